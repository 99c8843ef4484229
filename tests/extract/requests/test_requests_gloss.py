"""The English gloss of requests made in French, Spanish and Russian."""

from __future__ import annotations

import pytest

from casewatch.extract.pipeline import extract
from casewatch.extract.requests.gloss import gloss, language, with_gloss
from casewatch.model import Text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("libérer sans conditions les syndicalistes détenus",
         "release unconditional trade_unionists detained"),
        ("réintégrer les travailleurs licenciés", "reinstate workers dismissed"),
        ("retire los cargos penales contra los dirigentes sindicales",
         "withdraw charges criminal leaders trade"),
        ("освободить профсоюзных активистов", "release trade activists"),
    ],
)  # fmt: skip
def test_a_foreign_request_is_glossed_word_by_word(text: str, expected: str) -> None:
    assert gloss(text) == expected.replace("_", " ")


@pytest.mark.parametrize(
    "text", ["release the detained trade unionists", "provide information on the dismissals", ""]
)
def test_an_english_request_has_no_gloss(text: str) -> None:
    assert with_gloss(text) == text


def test_the_sentence_tells_the_language_of_a_short_request() -> None:
    assert language(["se", "pronuncie"]) is None
    sentence = "El sindicato hizo un llamado al Gobierno para que se pronuncie."
    assert gloss("se pronuncie", sentence) == "speak out"


def test_the_request_keeps_its_words_and_adds_the_gloss() -> None:
    text = "La fédération syndicale exige la libération immédiate des syndicalistes."
    [request] = extract(Text(text=text, media_type="text/plain")).requests
    assert request.text == "la libération immédiate des syndicalistes (release immediate trade unionists)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("la libération des dockers gardés à vue", "release custody"),
        ("se garantice el debido proceso", "guarantee due process"),
        ("lo mantenga informado de la evolución del caso", "keep informed developments"),
    ],
)
def test_a_phrase_is_glossed_as_one(text: str, expected: str) -> None:
    assert gloss(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "inclure dans son prochain rapport des informations détaillées sur les mesures prises",
            "include next report information detailed measures taken",
        ),
        ("répondre sur ces deux points dans son prochain rapport", "reply two points next report"),
        (
            "adopte a la mayor brevedad las medidas necesarias para modificar la ordenanza",
            "adopt as soon as possible measures necessary amend ordinance",
        ),
        (
            "incluya en su próxima memoria información sobre los progresos",
            "include next report information progress",
        ),
    ],
)
def test_what_a_committee_asks_for_in_its_next_report_is_glossed(text: str, expected: str) -> None:
    assert gloss(text) == expected


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("die sofortige Freilassung aller inhaftierten Aktivisten", "immediate release detained"),
        ("a libertação imediata dos detidos", "release immediate detained"),
        ("los dos dirigentes liberados", "leaders release"),
    ],
)
def test_german_and_portuguese_requests_gain_a_gloss(text: str, english: str) -> None:
    assert gloss(text).startswith(english)
