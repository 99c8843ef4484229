"""French and Spanish demands of a party named before the act asked of it ("demande à tous ses membres
de signer ...", "pide a los trabajadores que ..."), and a noun asked after a colon ("réclame : la
libération de ...")."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import find_asks


@pytest.mark.parametrize(
    ("sentence", "party", "ask"),
    [
        (
            "La FSTV demande à la compagnie minière de réintégrer les grévistes.",
            "la compagnie minière",
            "réintégrer les grévistes",
        ),
        (
            "La centrale appelle la communauté internationale à faire pression sur le régime.",
            "la communauté internationale",
            "faire pression sur le régime",
        ),
        (
            "El sindicato pide a la empresa minera que reintegre a los despedidos.",
            "la empresa minera",
            "reintegre a los despedidos",
        ),
        (
            "La federación invita a los inversores extranjeros a retirar sus fondos.",
            "los inversores extranjeros",
            "retirar sus fondos",
        ),
    ],
)
def test_the_party_named_before_the_act_is_the_addressee(sentence: str, party: str, ask: str) -> None:
    asks = find_asks(sentence, True)
    assert [(a.addressee, a.text) for a in asks] == [(party, ask)]


@pytest.mark.parametrize(
    "sentence",
    [
        "La FSTV demande à tous ses membres de signer et partager la pétition.",
        "La centrale appelle les enseignants à se mobiliser devant le ministère le 3 mai.",
        "El sindicato pide a los trabajadores que se sumen a la huelga del jueves.",
        "La federación invita a sus afiliados a participar en la marcha del lunes.",
        "The union called on its members to join the national strike on Monday.",
        "La centrale appelle les syndicalistes et toutes les structures locales à se tenir prêts à "
        "défendre le droit de grève.",
        "La central pide a los sindicalistas que se movilicen el lunes.",
    ],
)
def test_a_call_to_ones_own_side_to_act_is_no_request(sentence: str) -> None:
    assert find_asks(sentence, True) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Le syndicat exige la réintégration des travailleurs et de garantir leurs droits.",
        "La CGTV réclame la libération des dirigeants de la fédération.",
        "El sindicato exige la reincorporación de los despedidos de la planta.",
    ],
)
def test_a_noun_asked_names_no_party(sentence: str) -> None:
    assert all(a.addressee is None for a in find_asks(sentence, True))


@pytest.mark.parametrize(
    ("sentence", "ask"),
    [
        (
            "Mme Orlane Vey, secrétaire générale, réclame : la libération des dockers détenus.",
            "la libération des dockers détenus",
        ),
        (
            "Le bureau exige : la levée immédiate de la suspension du syndicat.",
            "la levée immédiate de la suspension du syndicat",
        ),
        (
            "La central exige: la reincorporación de los dirigentes despedidos.",
            "la reincorporación de los dirigentes despedidos",
        ),
    ],
)
def test_a_noun_asked_after_a_colon_is_an_ask(sentence: str, ask: str) -> None:
    assert [a.text for a in find_asks(sentence, True)] == [ask]


@pytest.mark.parametrize(
    ("sentence", "ask"),
    [
        (
            "La Comisión pide por consiguiente al Gobierno que modifique el artículo 5.",
            "modifique el artículo 5",
        ),
        ("La Comisión pide asimismo al Gobierno que envíe copia de la ley.", "envíe copia de la ley"),
        (
            "La commission prie en conséquence le gouvernement de modifier l'article 5.",
            "modifier l'article 5",
        ),
        ("The Committee requests once again the Government to amend section 5.", "amend section 5"),
    ],
)
def test_a_linking_adverb_beside_the_verb_of_asking(sentence: str, ask: str) -> None:
    assert [a.text for a in find_asks(sentence, False)] == [ask]


@pytest.mark.parametrize(
    ("sentence", "ask"),
    [
        (
            "La Comisión pide al Gobierno que, en consulta con los interlocutores, modifique la ley.",
            "modifique la ley, en consulta con los interlocutores",
        ),
        (
            "Le comité prie le gouvernement de, sans délai, libérer les dockers.",
            "libérer les dockers, sans délai",
        ),
        (
            "Nous demandons que, dans les plus brefs délais, les détenus soient libérés.",
            "les détenus soient libérés, dans les plus brefs délais",
        ),
    ],
)
def test_an_aside_before_the_act_asked_goes_after_it(sentence: str, ask: str) -> None:
    assert [a.text for a in find_asks(sentence, False)] == [ask]
