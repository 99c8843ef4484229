"""Calls that news pages report: Spanish perfect and past forms ("han exigido", "llamaron", "Urgimos"),
a government named with its leader ("al Gobierno de Juan Orvel en Valdoria"), a party asked to demand of
another ("instan a la comunidad internacional a exigir a X que ..."), a party then the noun asked of it
("a representantes del Ministerio, la liberación de ..."), a renewed call ("Repito mi llamamiento para
que ...", "have renewed their call for ..."), a country's quoted modal, and dashes of a list run into one
line ("...; - remove ...")."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_asks, find_requests
from casewatch.model import PartialDate

NEWS = Setting(PartialDate(2022, 3, 1), ("Arden Post",), (), reported=True)


@pytest.mark.parametrize(
    ("sentence", "ask"),
    [
        (
            "Los relatores han exigido el fin inmediato del acoso a los sindicalistas.",
            "el fin inmediato del acoso a los sindicalistas",
        ),
        ("Los expertos llamaron al Gobierno a que libere a los detenidos.", "libere a los detenidos"),
        (
            '"Urgimos al Gobierno a que retire los cargos contra los dirigentes", dijeron los expertos.',
            "retire los cargos contra los dirigentes",
        ),
    ],
)
def test_spanish_reported_calls_are_asks(sentence: str, ask: str) -> None:
    assert [a.text for a in find_asks(sentence, True)] == [ask]


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        (
            "Los relatores exigieron al Gobierno de Juan Pablo Orvel en Valdoria que ordene una auditoría.",
            "al Gobierno de Juan Pablo Orvel en Valdoria",
        ),
        (
            "La central pidió al gobierno de Ana Ruiz que reintegre a los despedidos.",
            "al gobierno de Ana Ruiz",
        ),
        (
            "La federación instó al Gobierno de Valdoria Oriental a que derogue el decreto.",
            "al Gobierno de Valdoria Oriental",
        ),
    ],
)
def test_a_government_named_with_its_leader_or_country_is_addressed(sentence: str, addressee: str) -> None:
    assert [a.addressee for a in find_asks(sentence, True)] == [addressee]


@pytest.mark.parametrize(
    ("sentence", "party", "ask"),
    [
        (
            "Instan a la comunidad internacional a exigir a Valdoria que libere a los presos.",
            "la comunidad internacional",
            "exigir a Valdoria que libere a los presos",
        ),
        (
            "La CSTV appelle la communauté internationale à exiger du gouvernement qu'il libère les détenus.",
            "la communauté internationale",
            "exiger du gouvernement qu'il libère les détenus",
        ),
        (
            "Exhortan a los donantes europeos a pedir al Gobierno que derogue el decreto.",
            "los donantes europeos",
            "pedir al Gobierno que derogue el decreto",
        ),
    ],
)
def test_a_party_asked_to_demand_of_another_is_one_ask(sentence: str, party: str, ask: str) -> None:
    assert [(a.addressee, a.text) for a in find_asks(sentence, True)] == [(party, ask)]


@pytest.mark.parametrize(
    ("sentence", "party", "ask"),
    [
        (
            "Hemos solicitado a representantes del Ministerio, la liberación de los dirigentes detenidos.",
            "representantes del Ministerio",
            "la liberación de los dirigentes detenidos",
        ),
        (
            "Pidieron a los delegados del Ministerio, la reincorporación de los despedidos.",
            "los delegados del Ministerio",
            "la reincorporación de los despedidos",
        ),
        (
            "Solicitamos a la dirección de la empresa, la readmisión de los trabajadores despedidos.",
            "la dirección de la empresa",
            "la readmisión de los trabajadores despedidos",
        ),
    ],
)
def test_a_party_then_the_noun_asked_of_it(sentence: str, party: str, ask: str) -> None:
    assert [(a.addressee, a.text) for a in find_asks(sentence, True)] == [(party, ask)]


@pytest.mark.parametrize(
    ("sentence", "ask"),
    [
        (
            "Repito mi llamamiento para que se ponga en libertad a los dirigentes presos.",
            "se ponga en libertad a los dirigentes presos",
        ),
        (
            "Reiteramos nuestro llamado para que cese el hostigamiento contra el sindicato.",
            "cese el hostigamiento contra el sindicato",
        ),
        (
            "La central renueva su llamamiento para que se reintegre a los despedidos.",
            "se reintegre a los despedidos",
        ),
    ],
)
def test_a_renewed_spanish_call_is_an_ask(sentence: str, ask: str) -> None:
    assert [a.text for a in find_asks(sentence, True)] == [ask]


@pytest.mark.parametrize(
    "sentence",
    [
        "Twelve UN experts have renewed their call for the Government to release the dockers.",
        "The federations renewed their call for the Government to release the dockers.",
        "Arden Teachers' Union reiterates its call for the Government to release the dockers.",
    ],
)
def test_those_renewing_a_call_ask(sentence: str) -> None:
    found = find_requests(sentence, NEWS)
    assert [r.text for r in found] == ["release the dockers"]
    assert not any(w in found[0].issuers[0] for w in ("renew", "reiterat", "their", "its"))


@pytest.mark.parametrize(
    ("sentence", "ask"),
    [
        (
            'The experts called it unlawful, adding that Iceland should "release the detained teachers".',
            "release the detained teachers",
        ),
        (
            'Iceland should "drop the charges against the dockers", the experts said.',
            "drop the charges against the dockers",
        ),
        (
            'The rapporteurs added that Finland must "reinstate the dismissed leaders".',
            "reinstate the dismissed leaders",
        ),
    ],
)
def test_a_countrys_quoted_modal_is_an_ask(sentence: str, ask: str) -> None:
    assert [a.text for a in find_asks(sentence, True)] == [ask]


def test_dashes_of_a_list_run_into_one_line_part_its_asks() -> None:
    text = (
        "The Committee's report calls on the authorities to:\n"
        "- 'stop the raids on union offices; - lift the ban "
        "on the dockers' union; - review the Associations Decree.'"
    )
    assert [r.text for r in find_requests(text, NEWS)] == [
        "stop the raids on union offices",
        "lift the ban on the dockers' union",
        "review the Associations Decree",
    ]


@pytest.mark.parametrize(
    ("sentence", "party", "ask"),
    [
        (
            "The IFDW urges the international community to put pressure on the regime.",
            "the international community",
            "put pressure on the regime",
        ),
        (
            "The confederation asked the employers to return to the negotiating table.",
            "the employers",
            "return to the negotiating table",
        ),
        (
            "The union called on global brands to stop sourcing from the Arden mills.",
            "global brands",
            "stop sourcing from the Arden mills",
        ),
        (
            "The union asked the police to release the detained pickets.",
            "the police",
            "release the detained pickets",
        ),
    ],
)
def test_a_party_other_than_an_authority_may_be_asked(sentence: str, party: str, ask: str) -> None:
    assert [(a.addressee, a.text) for a in find_asks(sentence, True)] == [(party, ask)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The police asked the company to dismiss the strike leaders.",
        "Security forces urged the employer to close the factory.",
        "Soldiers called on the management to lock out the strikers.",
    ],
)
def test_an_order_of_those_who_use_force_is_no_request(sentence: str) -> None:
    assert find_asks(sentence, True) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "We call upon the authorities to immediately and unconditionally release all detained dockers.",
        "We urge the authorities to urgently and immediately release all detained dockers.",
        "We urge the authorities to unconditionally release all detained dockers.",
    ],
)
def test_adverbs_splitting_the_infinitive_are_no_part_of_the_ask(sentence: str) -> None:
    assert [a.text for a in find_asks(sentence, True)] == ["release all detained dockers"]


@pytest.mark.parametrize(
    ("sentence", "ask"),
    [
        ("We urge the immediate release of all the detained organisers.",
         "the immediate release of all the detained organisers"),
        ("We urge their urgent release on humanitarian grounds.",
         "their urgent release on humanitarian grounds"),
        ("The federation urges the reinstatement of the dismissed drivers.",
         "the reinstatement of the dismissed drivers"),
        ("The experts urged his immediate and unconditional release.",
         "his immediate and unconditional release"),
    ],
)  # fmt: skip
def test_urging_a_remedy_named_by_its_noun_asks_it(sentence: str, ask: str) -> None:
    assert [r.text for r in find_requests(sentence, NEWS)] == [ask]


@pytest.mark.parametrize(
    ("sentence", "ask"),
    [
        ("The panel called for fair and open trials for the convicted activists.",
         "fair and open trials for the convicted activists"),
        ("The federation called for a fair trial for the two organisers.",
         "a fair trial for the two organisers"),
        ("The lawyers called for the retrial of the eleven dockers.", "the retrial of the eleven dockers"),
    ],
)  # fmt: skip
def test_a_call_for_a_trial_is_an_ask(sentence: str, ask: str) -> None:
    assert [r.text for r in find_requests(sentence, NEWS)] == [ask]


@pytest.mark.parametrize(
    "sentence",
    [
        "The union urged their members to join the march.",
        "They called for independent candidates to stand.",
        "We urge their families to stay calm.",
    ],
)
def test_urging_no_remedy_asks_nothing(sentence: str) -> None:
    assert find_requests(sentence, NEWS) == []


@pytest.mark.parametrize(
    ("sentence", "ask"),
    [
        ("The federation urged the President to intervene.", "intervene"),
        ("The rapporteurs called on the Prime Minister to intercede.", "intercede"),
        ("Le syndicat appelle le Président à intervenir.", "intervenir"),
    ],
)
def test_an_act_asked_in_one_word_is_an_ask(sentence: str, ask: str) -> None:
    assert [r.text for r in find_requests(sentence, NEWS)] == [ask]


def test_a_single_word_of_another_kind_is_no_ask() -> None:
    assert find_requests("The federation urged the President to act.", NEWS) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Kovic said the union was calling on the government to release the leaders.",
        "The drivers were demanding the release of their leaders.",
        "The experts were urging the authorities to drop the charges against the teachers.",
    ],
)
def test_a_call_going_on_when_told_is_an_ask(sentence: str) -> None:
    assert len(find_requests(sentence, NEWS)) == 1


def test_a_call_made_before_is_still_no_ask() -> None:
    assert find_requests("The union had called on the government to release the leaders.", NEWS) == []
