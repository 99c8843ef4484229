"""Reported demands in less common forms: a Spanish gerund or "presionar por" ("exigiendo la libertad
de ...", "presionan por la libertad de ..."), a German "ruft zu ... auf", two calls for a thing to be done
("calling for X to be rehired and for Y to reconsider ..."), a headline ask ending where a quotation opens
on the next line, and adverbs or pronouns that name no one asking ("También reclamaron ...",
"мы также требуем ...")."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

NEWS = Setting(PartialDate(2024, 3, 9), ("Harbour Workers Union",), ("Government",), reported=True)


def texts(text: str) -> list[str]:
    return [r.text for r in find_requests(text, NEWS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Una delegación de la central entregó una declaración en la embajada, exigiendo la libertad de "
            "los cinco presos del puerto de Varel.",
            ["la libertad de los cinco presos del puerto de Varel"],
        ),
        (
            "Organizaciones internacionales presionan por la libertad inmediata del dirigente sindical.",
            ["la libertad inmediata del dirigente sindical"],
        ),
        (
            "„Der Verband ruft zu ihrer sofortigen und bedingungslosen Freilassung auf“, heißt es in der "
            "Erklärung.",
            ["ihrer sofortigen und bedingungslosen Freilassung"],
        ),
    ],
)
def test_a_reported_demand_in_a_less_common_form_is_an_ask(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_two_calls_for_things_to_be_done_are_two_asks() -> None:
    text = (
        "The union is calling for the three cooks to be rehired and for the Arts Centre, where the café "
        "is located, to reconsider its lease with the company."
    )
    assert texts(text) == [
        "the three cooks to be rehired",
        "the Arts Centre, where the café is located, to reconsider its lease with the company",
    ]


def test_a_headline_ask_ends_where_a_quotation_opens_on_the_next_line() -> None:
    text = (
        "Конфедерация Варела призывает к освобождению всех заключенных активистов\n"
        "«Мы осуждаем судебные процессы против лидеров профсоюзов."
    )
    assert texts(text) == ["к освобождению всех заключенных активистов"]


@pytest.mark.parametrize(
    "text",
    [
        "También reclamaron el otorgamiento de visas para las familias de los presos.",
        "У нас есть опасения, и мы также требуем информации об этих судебных процессах.",
    ],
)
def test_an_adverb_or_a_pronoun_names_no_one_asking(text: str) -> None:
    assert [r.issuers for r in find_requests(text, NEWS)] == [("Harbour Workers Union",)]
