"""French and Spanish letters of the special procedures: questions opened by a polite imperative
("Veuillez fournir ...", "Sírvase proporcionar ...") and a demand of "le Gouvernement de Votre Excellence"
or "du gouvernement de la République de X"; a closing formula ("Veuillez agréer ...") asks nothing."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_asks, find_requests
from casewatch.model import PartialDate

LETTER = Setting(
    PartialDate(2022, 4, 4), ("Rapporteur spécial",), ("Gouvernement",), reply_due=PartialDate(2022, 6, 3)
)


@pytest.mark.parametrize(
    ("sentence", "ask"),
    [
        (
            "1. Veuillez fournir toute information complémentaire sur les allégations susmentionnées.",
            "fournir toute information complémentaire sur les allégations susmentionnées",
        ),
        (
            "3. Veuillez bien indiquer les mesures prises pour protéger les dockers.",
            "indiquer les mesures prises pour protéger les dockers",
        ),
        (
            "2. Sírvase proporcionar información sobre el fundamento jurídico de la detención del Sr. Alden.",
            "proporcionar información sobre el fundamento jurídico de la detención del Sr. Alden",
        ),
        (
            "4. Sírvanse indicar si se ha abierto una investigación.",
            "indicar si se ha abierto una investigación",
        ),
    ],
)
def test_a_polite_imperative_opens_a_question(sentence: str, ask: str) -> None:
    found = find_requests(sentence, LETTER)
    assert [r.text for r in found] == [ask]
    assert found[0].deadline == PartialDate(2022, 6, 3)  # a question is due when the letter asks replies


@pytest.mark.parametrize(
    "sentence",
    [
        "Veuillez agréer, Excellence, l'assurance de notre très haute considération.",
        "Veuillez trouver ci-joint la copie de la lettre du syndicat.",
        "Sírvase aceptar, Excelencia, la expresión de nuestra más distinguida consideración.",
    ],
)
def test_a_closing_formula_asks_nothing(sentence: str) -> None:
    assert find_asks(sentence, False) == []


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        (
            "Nous prions instamment le Gouvernement de Votre Excellence de prendre toutes les mesures.",
            "le Gouvernement de Votre Excellence",
        ),
        (
            "Nous exhortons le Gouvernement de la République de Valdorie à libérer les détenus.",
            "le Gouvernement de la République de Valdorie",
        ),
        (
            "La CSTV demande au gouvernement de la République démocratique de Valdorie de libérer X.",
            "au gouvernement de la République démocratique de Valdorie",
        ),
    ],
)
def test_the_government_named_in_full_is_the_addressee(sentence: str, addressee: str) -> None:
    asks = find_asks(sentence, False)
    assert [a.addressee for a in asks] == [addressee]
    assert not asks[0].text.startswith(("de ", "la "))


@pytest.mark.parametrize(
    ("sentence", "ask"),
    [
        (
            "The Committee would be grateful if the Government would provide a copy of the Arden rules.",
            "provide a copy of the Arden rules",
        ),
        (
            "We would appreciate it if your Excellency's Government could send the text of the decree.",
            "send the text of the decree",
        ),
        (
            "La commission saurait gré au gouvernement de fournir copie du décret no 12.",
            "fournir copie du décret no 12",
        ),
        (
            "La Comisión agradecería al Gobierno que envíe copia del decreto núm. 12.",
            "envíe copia del decreto núm. 12",
        ),
        (
            "La Comisión agradecería que el Gobierno indique si el sindicato fue registrado.",
            "indique si el sindicato fue registrado",
        ),
    ],
)
def test_gratitude_for_an_act_of_the_government_asks_it(sentence: str, ask: str) -> None:
    assert [a.text for a in find_asks(sentence, False)] == [ask]


def test_gratitude_for_something_done_asks_nothing() -> None:
    assert (
        find_asks("The Committee is grateful to the Government for the detailed report it sent.", False) == []
    )
