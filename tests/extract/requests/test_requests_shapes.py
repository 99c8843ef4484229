"""Requests in shapes met on real pages: quotations with their speaker, addressees named by title or
place, lettered items on their own lines, bare lead-ins, wishes to be kept informed, second demands."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

NEWS = Setting(PartialDate(2021, 6, 1), ("Dockers' Federation",), ("Minister",), reported=True)
RECORD = Setting(PartialDate(2021, 6, 1), ("Committee",), ("Government",))


def texts(text: str, setting: Setting = NEWS) -> list[str]:
    return [r.text for r in find_requests(text, setting)]


Asked = list[tuple[str, tuple[str, ...]]]


def asked(text: str, setting: Setting = NEWS) -> Asked:
    return [(r.text, r.addressees) for r in find_requests(text, setting)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ITUC called on the authorities to respect the right to organise, said its General Secretary.",
         ["respect the right to organise"]),
        ("La CSI exhorte les autorités à libérer les détenus, a déclaré son secrétaire général.",
         ["libérer les détenus"]),
        ('The union called on the government to "lift the ban on the union," its president told reporters.',
         ["lift the ban on the union"]),
        ("“We demand the immediate release of these leaders,” said the Ruritanian confederation.",
         ["the immediate release of these leaders"]),
        ("Exigió que «le den la libertad a los dirigentes detenidos», dijo el secretario general.",
         ["le den la libertad a los dirigentes detenidos"]),
    ],
)  # fmt: skip
def test_an_ask_ends_where_its_quotation_closes(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Dockworkers Council today demanded that Ruritania drop all charges against the dockers.",
         [("drop all charges against the dockers", ("Ruritania",))]),
        ("The federation is calling for the Ruritanian government to release the detained workers.",
         [("release the detained workers", ("Ruritanian government",))]),
        ("Prime Minister Adam Brenner should release the dockers.",
         [("release the dockers", ("Prime Minister Adam Brenner",))]),
        ("(c) The Committee requests the complainant organization to provide information on the dismissals.",
         [("provide information on the dismissals", ("complainant organization",))]),
        ("El sindicato llama a Brenner a reflexionar sobre la reforma.",
         [("reflexionar sobre la reforma", ("Brenner",))]),
        ("Просим Вас обеспечить соблюдение конвенции.", [("обеспечить соблюдение конвенции", ("Minister",))]),
        ("Мы настаиваем, чтобы органы власти как можно скорее освободили задержанных.",
         [("освободили задержанных", ("органы власти",))]),
    ],
)  # fmt: skip
def test_addressees_named_by_title_place_or_role(text: str, expected: Asked) -> None:
    assert asked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The federation urged the authorities to guarantee the right to strike, and calling for all charges "
         "to be withdrawn.",
         ["guarantee the right to strike", "all charges to be withdrawn"]),
        ("Unions joined a campaign to press for the release of those arrested.",
         ["the release of those arrested"]),
        ("La CSI exhorte les autorités à libérer les détenus et appelle tant l’OIT que l’ONU à intervenir "
         "auprès du gouvernement.",
         ["libérer les détenus", "intervenir auprès du gouvernement"]),
        ("Мы настаиваем, чтобы власти освободили задержанных и провели расследование.",
         ["освободили задержанных", "провели расследование"]),
        ("Мы призываем всех остановить насилие и начать диалог.", ["остановить насилие", "начать диалог"]),
        ("Acompañó la demanda de la Central para que se investigue la agresión.",
         ["se investigue la agresión"]),
        ("El Comité se ve obligado a urgir nuevamente al Gobierno a que comunique el fallo.",
         ["comunique el fallo"]),
        ("Le comité demande au gouvernement de répondre de façon précise aux allégations.",
         ["répondre de façon précise aux allégations"]),
        ("Le comité attend du gouvernement qu’il réintègre les travailleurs licenciés.",
         ["réintègre les travailleurs licenciés"]),
        ("Nous vous prions de libérer M. Durand, d’abandonner les poursuites et de garantir ses droits.",
         ["libérer M. Durand", "abandonner les poursuites", "garantir ses droits"]),
        ("While awaiting a reply, we urge that all necessary interim measures be taken to halt the alleged "
         "violations and in the event that the allegations prove correct, to ensure the accountability of "
         "those responsible.",
         ["halt the alleged violations", "ensure the accountability of those responsible"]),
    ],
)  # fmt: skip
def test_one_request_per_asked_act(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_a_recommendation_to_the_governing_body_asks_only_where_it_requests() -> None:
    text = (
        "281. In all the circumstances the Committee recommends the Governing Body:\n"
        "(a) to decide that the allegations on the seizure of funds do not call for further examination;\n"
        "(b) to request the Government to furnish information on the outcome of the trial;\n"
        "(c) to take note of this interim report."
    )
    [request] = find_requests(text, RECORD)
    assert request.text == "furnish information on the outcome of the trial"
    assert request.issuers == ("Committee",)


def test_the_subject_of_a_second_demand_is_the_first_ones() -> None:
    text = "La CSI exhorte les autorités à libérer les détenus et demande à l’OIT d’envoyer une mission."
    issuers = [r.issuers for r in find_requests(text, NEWS)]
    assert issuers == [("CSI",), ("CSI",)]


def test_lettered_items_on_their_own_lines_are_separate_requests() -> None:
    text = (
        "Le comité a formulé les recommandations suivantes:\n"
        "a) le comité demande au gouvernement de transmettre le jugement et de fournir ses observations;\n"
        "b) le comité demande au gouvernement de réintégrer les dirigeants licenciés."
    )
    assert texts(text, RECORD) == [
        "transmettre le jugement et fournir ses observations",
        "réintégrer les dirigeants licenciés",
    ]


def test_a_bare_lead_in_announces_bulleted_demands() -> None:
    text = (
        "Therefore we demand:\n"
        "- Release all detained teachers. Stop the crackdown now.\n"
        "- Withdraw the police from the campus\n"
        "Yours sincerely,"
    )
    assert texts(text) == ["Release all detained teachers", "Withdraw the police from the campus"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(a) The Committee requests the Government to keep it informed of developments in this regard.", []),
        ("(b) The Committee requests to be kept informed of any developments.", []),
        ("La commission prie le gouvernement de la tenir informée à cet égard.", []),
        ("La Comisión pide al Gobierno que la mantenga informada al respecto.", []),
        ("(c) The Committee requests the Government to keep it informed of the outcome of the appeal.",
         ["keep it informed of the outcome of the appeal"]),
        ("La Comisión pide al Gobierno que la mantenga informada de la evolución del recurso de apelación.",
         ["la mantenga informada de la evolución del recurso de apelación"]),
    ],
)  # fmt: skip
def test_a_wish_to_be_kept_informed_is_a_request_only_when_it_names_a_matter(
    text: str, expected: list[str]
) -> None:
    assert texts(text, RECORD) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Committee reiterates its previous request to the Government to provide a copy of the ruling.",
         ["provide a copy of the ruling"]),
        ("La commission prie le gouvernement de bien vouloir fournir le texte de la loi.",
         ["fournir le texte de la loi"]),
        ("La commission encourage le gouvernement à poursuivre le dialogue.", ["poursuivre le dialogue"]),
        ("La Comisión alienta al Gobierno a continuar sus esfuerzos.", ["continuar sus esfuerzos"]),
        ("La Comisión recomienda al Gobierno que modifique la ley.", ["modifique la ley"]),
        ("La Comisión pide al Gobierno que tenga a bien comunicar la ley.", ["comunicar la ley"]),
    ],
)  # fmt: skip
def test_supervisory_bodies_ask_in_many_verbs(text: str, expected: list[str]) -> None:
    assert texts(text, RECORD) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Union demands release of jailed dockers\nThe dockers were arrested on Monday.",
            ["release of jailed dockers"],
        ),
        (
            "Union demands release of jailed dockers\n"
            "The union called on the government to release the five dockers.",
            ["release the five dockers"],
        ),
        (
            "Federation urges end to crackdown\nPolice raided the union office on Monday. "
            "The federation urged the authorities to stop the raids.",
            ["stop the raids"],
        ),
    ],
)
def test_a_title_over_a_line_of_prose_is_read_apart_from_it(text: str, expected: list[str]) -> None:
    assert texts(text) == expected
