"""Requests in a Committee of Experts comment or a Committee on Freedom of Association report: the
record's own asks, not the recommendations of an earlier examination it quotes, nor the demands of a
complainant or a union it tells of."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

REPORT = Setting(PartialDate(2022, 3, 1), ("Committee",), ("Government",), body_only=True)
LETTER = Setting(PartialDate(2022, 3, 1), ("Arden Federation of Dock Workers",), ("Minister",), reported=True)


def texts(text: str, setting: Setting = REPORT) -> list[str]:
    return [r.text for r in find_requests(text, setting)]


@pytest.mark.parametrize(
    "text",
    [
        "214. At its June 2020 meeting, the Committee made the following recommendations "
        "[see 392nd Report, para. 118]:\n"
        "(a) The Committee requests the Government to register the Arden Union of Dock Workers.\n"
        "(b) The Committee urges the Government to release Mr Tor Alden without delay.",
        "31. A sa réunion de juin 2020, le comité a formulé les recommandations suivantes "
        "[voir 392e rapport, paragr. 118]:\n"
        "a) Le comité prie le gouvernement d’enregistrer le Syndicat des dockers d’Arden.\n"
        "b) Le comité prie le gouvernement de libérer M. Tor Alden.",
        "7. En su reunión de junio de 2020, el Comité formuló las siguientes recomendaciones "
        "[véase 392.º informe, párrafo 118]:\n"
        "a) El Comité pide al Gobierno que registre el Sindicato de Estibadores de Arden.",
    ],
)
def test_recommendations_of_an_earlier_examination_are_recalled(text: str) -> None:
    assert texts(text) == []


def test_the_reports_own_recommendations_are_asks() -> None:
    text = (
        "The Committee invites the Governing Body to approve the following recommendations:\n"
        "(a) The Committee requests the Government to register the Arden Union of Dock Workers.\n"
        "(b) The Committee urges the Government to release Mr Tor Alden without delay."
    )
    assert texts(text) == ["register the Arden Union of Dock Workers", "release Mr Tor Alden without delay"]


@pytest.mark.parametrize(
    "text",
    [
        "The complainant organization requests the Committee to urge the Government to reinstate them.",
        "The Committee notes that the Arden Dockers' Union asks the Government to repeal the decree.",
        "L’organisation plaignante demande au gouvernement de réintégrer les dockers licenciés.",
        "La organización querellante solicita al Gobierno que reintegre a los estibadores despedidos.",
        "The complainant requests the Committee to:\n"
        "(a) urge the Government to reinstate the dockers;\n"
        "(b) call on the Government to pay them compensation.",
    ],
)
def test_demands_told_of_in_a_report_are_not_its_requests(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Committee requests the Government to repeal the decree.", ["repeal the decree"]),
        ("It urges the Government to reinstate the dockers.", ["reinstate the dockers"]),
        ("La commission prie le gouvernement de communiquer le jugement.", ["communiquer le jugement"]),
        ("El Comité pide al Gobierno que envíe sus observaciones.", ["envíe sus observaciones"]),
    ],
)
def test_the_bodys_own_requests_are_kept(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_a_unions_demand_is_its_own_in_a_letter() -> None:
    text = "The Arden Federation of Dock Workers requests the Government to repeal the decree."
    assert texts(text, LETTER) == ["repeal the decree"]


def test_a_listed_item_holding_a_demand_is_read_once() -> None:
    text = (
        "We call on the Minister to:\n"
        "(a) urge the police to release Mr Tor Alden;\n"
        "(b) ask the port authority to reinstate the dockers."
    )
    assert texts(text, LETTER) == [
        "urge the police to release Mr Tor Alden",
        "ask the port authority to reinstate the dockers",
    ]


def test_topics_listed_after_a_request_for_information_are_one_ask() -> None:
    text = (
        "The Committee requests the Government to provide information on the consultations held on the "
        "matters covered: the agenda items of the Conference; the submission of instruments; the review "
        "of unratified Conventions."
    )
    assert len(texts(text)) == 1


def test_acts_listed_after_a_colon_are_separate_asks() -> None:
    text = "We urge the Government to: release the detainees; drop the charges; and reopen the union office."
    assert texts(text, LETTER) == ["release the detainees", "drop the charges", "reopen the union office"]


NEWS = Setting(PartialDate(2022, 3, 1), (), (), reported=True)
Asked = list[tuple[str, tuple[str, ...]]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Las federaciones hicieron un llamado urgente al gobierno para que ajuste los salarios, libere a "
            "los estibadores presos y cumpla con las recomendaciones de la OIT.",
            [
                "ajuste los salarios",
                "libere a los estibadores presos",
                "cumpla con las recomendaciones de la OIT",
            ],
        ),
        (
            "La confederación insta al gobierno andorrano “a que cumpla con las resoluciones del Grupo”.",
            ["cumpla con las resoluciones del Grupo"],
        ),
        ("Los dirigentes enfrentan juicios por exigir sus derechos laborales.", []),
        (
            "“All the charges against the two dockers have to be dropped,” said the General Secretary.",
            ["All the charges against the two dockers have to be dropped"],
        ),
        (
            "“Andorra must fulfil its obligations under the Convention,” he added.",
            ["fulfil its obligations under the Convention"],
        ),
        ("“Dockers must fight on,” he added.", []),
    ],
)
def test_reported_asks_in_news_and_union_statements(text: str, expected: list[str]) -> None:
    assert [r.text.split(" (")[0] for r in find_requests(text, NEWS)] == expected


def test_a_second_french_demand_after_et_nous_is_its_own() -> None:
    text = (
        "Le syndicat appelle à soutenir M. Tor Alden, connu pour son engagement, et nous demandons "
        "à la justice de le relaxer purement et simplement."
    )
    requests = find_requests(text, NEWS)
    assert [r.text for r in requests] == [
        "soutenir M. Tor Alden, connu pour son engagement",
        "le relaxer purement et simplement",
    ]
    assert requests[1].addressees == ("la justice",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Arden Congress has given the Orvik Cement Company 21 days to recall the sacked executives.",
            [("recall the sacked executives", ("Orvik Cement Company",))],
        ),
        (
            "The unions gave the port authority an ultimatum to reinstate the dockers or face a strike.",
            [("reinstate the dockers", ("port authority",))],
        ),
        (
            "The management of Orvik Power has been given up to 26 June to reinstate the union leaders.",
            [("reinstate the union leaders", ("management of Orvik Power",))],
        ),
        (
            "The General Secretary implored the government to intervene and facilitate their reinstatement.",
            [("intervene and facilitate their reinstatement", ("government",))],
        ),
        ("The court gave him 30 days to appeal the ruling.", []),
    ],
)
def test_ultimatums_and_implorings_are_asks_in_news(text: str, expected: Asked) -> None:
    assert [(r.text, r.addressees) for r in find_requests(text, NEWS)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("« La répression doit cesser », écrivent les syndicats d’Arden.", ["La répression doit cesser"]),
        (
            "Le président du syndicat doit être libéré immédiatement et toutes les charges retenues contre "
            "lui doivent être abandonnées.",
            [
                "Le président du syndicat doit être libéré immédiatement",
                "toutes les charges retenues contre lui doivent être abandonnées",
            ],
        ),
        (
            "Les autorités doivent libérer M. Tor Alden et abandonner les charges, ont déclaré les unions.",
            ["Les autorités doivent libérer M. Tor Alden", "abandonner les charges"],
        ),
        (
            "Los estibadores detenidos deben ser liberados de inmediato.",
            ["Los estibadores detenidos deben ser liberados de inmediato"],
        ),
        ("Le rapport doit être présenté au parlement en mai.", []),
        ("Il doit comparaître devant le tribunal le 3 mai.", []),
    ],
)
def test_french_and_spanish_modals_are_asks_in_news(text: str, expected: list[str]) -> None:
    assert [r.text for r in find_requests(text, NEWS)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ils exigent la suppression du statut précaire, une augmentation des salaires et la fin des "
            "poursuites contre les dockers.",
            [
                "la suppression du statut précaire",
                "une augmentation des salaires",
                "la fin des poursuites contre les dockers",
            ],
        ),
        (
            "La confédération exige la libération de M. Tor Alden, le dirigeant du syndicat des dockers.",
            ["la libération de M. Tor Alden, le dirigeant du syndicat des dockers"],
        ),
        (
            "Exigen la liberación inmediata de los estibadores y el respeto de la libertad sindical.",
            ["la liberación inmediata de los estibadores", "el respeto de la libertad sindical"],
        ),
    ],
)
def test_listed_nouns_of_a_demand_are_asks_of_their_own(text: str, expected: list[str]) -> None:
    assert [r.text for r in find_requests(text, NEWS)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "In reply to the Committee's request to provide information on strikes, the Government indicates "
        "that none took place.",
        "With regard to its previous request to amend section 5, the Committee notes the draft law.",
        "En respuesta a la solicitud de la Comisión de que proporcione información, el Gobierno indica que "
        "no hubo huelgas.",
    ],
)
def test_a_request_named_by_its_noun_is_recalled_in_a_report(text: str) -> None:
    assert texts(text) == []


def test_a_request_named_by_its_noun_is_an_ask_in_news() -> None:
    text = "The union urged the authorities to heed the Committee's request to register the dockers' union."
    assert texts(text, LETTER) == ["heed the Committee's request to register the dockers' union"]


def test_recalled_recommendations_under_dashed_items() -> None:
    text = (
        "5. En su reunión de marzo de 2020, el Comité formuló las siguientes recomendaciones [véase 391.er "
        "informe, párrafo 120]:\n"
        "– a) el Comité pide al Gobierno que registre el sindicato de estibadores;\n"
        "– b) el Comité urge al Gobierno a que libere al Sr. Tor Alden."
    )
    assert texts(text) == []


def test_dashed_items_of_the_reports_own_recommendations_name_the_committee() -> None:
    text = (
        "El Comité invita al Consejo de Administración a que apruebe las recomendaciones siguientes:\n"
        "– a) el Comité pide al Gobierno que registre el sindicato de estibadores;\n"
        "– b) el Comité urge al Gobierno a que libere al Sr. Tor Alden."
    )
    requests = find_requests(text, REPORT)
    assert [r.text for r in requests] == ["registre el sindicato de estibadores", "libere al Sr. Tor Alden"]
    assert {r.issuers for r in requests} == {("Comité",)}  # the article is no part of the name


def test_recommendations_told_in_the_present_are_the_reports_own() -> None:
    text = (
        "The Committee's recommendations, which follow up those made at its previous meeting, "
        "are as follows:\n"
        "(a) The Committee requests the Government to register the Arden Union of Dock Workers."
    )
    assert texts(text) == ["register the Arden Union of Dock Workers"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Committee therefore reiterates its request to the Government to repeal the decree.",
            ["repeal the decree"],
        ),
        (
            "The Committee renews its request that the Government reinstate Ms Lena Orvik.",
            ["reinstate Ms Lena Orvik"],
        ),
        (
            "In reply to the Committee's request to provide the judgment, the Government states none exists.",
            [],
        ),
    ],
)
def test_a_named_request_renewed_by_the_body_is_asked_again(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Committee requests the Government to ensure that the porters are reinstated or, if "
        "reinstatement is not possible, that they are adequately compensated.",
        "The Committee urges the Government to ensure that the union is registered or, where the law "
        "prevents it, that the law is amended.",
        "The Committee expects that the dismissed leaders will be reinstated or, if the court finds "
        "otherwise, that they will receive full compensation.",
    ],
)
def test_an_ask_and_its_fallback_are_one_request(text: str) -> None:
    assert len(texts(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The Committee requests the Government to provide information on: (i) the number of unions "
        "registered; (ii) the number of applications refused; and (iii) the grounds for refusal.",
        "The Committee requests the Government to provide information on (i) the number of unions "
        "registered, (ii) the number of applications refused and (iii) the grounds for refusal.",
        "The Committee requests the Government to supply statistics on: (a) the strikes called; "
        "(b) the strikes declared illegal.",
    ],
)
def test_enumerated_topics_of_a_request_for_information_are_one_request(text: str) -> None:
    assert len(texts(text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Committee requests the Government: (i) to amend section 4; and (ii) to provide a copy of "
            "the text.",
            ["amend section 4", "provide a copy of the text"],
        ),
        (
            "The Committee urges the Government: (a) to register the union; (b) to reinstate the porters.",
            ["register the union", "reinstate the porters"],
        ),
        (
            "The Committee urges the Government to (i) repeal section 12; (ii) release the leaders; "
            "and (iii) register the union.",
            ["repeal section 12", "release the leaders", "register the union"],
        ),
    ],
)
def test_enumerated_acts_are_one_request_each(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "12. At its March 2019 meeting, the Governing Body approved the following recommendations "
        "[see 388th Report, para. 240]:\n(a) The Committee requests the Government to probe the killings.",
        "12. A sa session de mars 2019, le Conseil d'administration a approuvé les recommandations "
        "suivantes:\na) Le comité prie le gouvernement d'enquêter sur les assassinats.",
        "88. En su reunión de marzo de 2019, el Consejo de Administración aprobó las siguientes "
        "recomendaciones:\n• a) el Comité pide al Gobierno que investigue los asesinatos.",
        "A sa réunion de juin 2018, le comité a formulé les recommandations intérimaires ci-après "
        "[voir 386e rapport, paragr. 412]:\n- a) Le comité demande au gouvernement d'ouvrir une enquête.",
        "En su reunión de junio de 2018, el Comité formuló las recomendaciones provisionales siguientes "
        "[véase 386.º informe]:\na) El Comité pide al Gobierno que investigue.",
    ],
)
def test_recommendations_approved_earlier_are_recalled(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "ask"),
    [
        (
            "Le comité demande au gouvernement de diligenter une enquête sur l'agression du dirigeant.",
            "diligenter une enquête sur l'agression du dirigeant",
        ),
        (
            "La commission demande au gouvernement de modifier l'article 5 du Code du travail.",
            "modifier l'article 5 du Code du travail",
        ),
        (
            "Le comité demande également au gouvernement de lui communiquer le jugement.",
            "lui communiquer le jugement",
        ),
    ],
)
def test_a_french_body_asking_with_demande_makes_its_own_ask(text: str, ask: str) -> None:
    assert texts(text) == [ask]


def test_a_request_named_by_its_noun_in_french_is_recalled() -> None:
    text = (
        "En réponse à la demande du comité de fournir des informations, le gouvernement indique que "
        "le syndicat est enregistré."
    )
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "12. Au vu des conclusions qui précèdent, le comité invite le Conseil d’administration à "
            "approuver les recommandations suivantes:\n"
            "a) Le comité prie le gouvernement d’enregistrer le Syndicat des meuniers de Castelbrun.\n"
            "b) Le comité rappelle que le droit de grève est un corollaire du droit syndical.",
            ["enregistrer le Syndicat des meuniers de Castelbrun"],
        ),
        (
            "40. Le comité invite le Conseil d’administration à approuver les recommandations suivantes:\n"
            "a) Le comité demande instamment au gouvernement de réintégrer Mme Ilse Varro.\n"
            "b) Le comité prend note des informations fournies par le gouvernement.",
            ["réintégrer Mme Ilse Varro"],
        ),
        (
            "8. En vista de las conclusiones que preceden, el Comité invita al Consejo de Administración "
            "a que apruebe las recomendaciones siguientes:\n"
            "a) El Comité pide al Gobierno que registre el Sindicato de Molineros de Castelbrun.\n"
            "b) El Comité recuerda que el derecho de huelga es un corolario del derecho de sindicación.",
            ["registre el Sindicato de Molineros de Castelbrun"],
        ),
    ],
)
def test_the_lead_in_asking_the_governing_body_to_approve_is_no_ask_of_its_own(
    text: str, expected: list[str]
) -> None:
    """The report's lead-in asks its Governing Body to approve what follows: each lettered item is read
    for its own ask, and an item recalling a principle or noting a reply asks nothing."""
    assert texts(text) == expected
