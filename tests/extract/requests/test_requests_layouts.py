"""Requests in layouts and wordings met on new pages: roman-numbered items under a lead-in, examples in
parentheses, a French demand of a quoted noun, a Spanish second ask without its particle, and a
relative clause that tells a fact."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

APPEAL = Setting(PartialDate(2001, 5, 2), ("Observatory",), (), reported=True)
RECORD = Setting(PartialDate(2001, 5, 2), ("Committee",), ("Government",))


def texts(text: str, setting: Setting = APPEAL) -> list[str]:
    return [r.text for r in find_requests(text, setting)]


def test_roman_numbered_items_under_a_please_lead_in_are_the_asks() -> None:
    text = (
        "Action requested:\n"
        "Please write to the authorities of Ruritania urging them to:\n"
        "i. guarantee the physical integrity of Mr Arlen Tovesk; and ensure his release;\n"
        "ii. to lift the ban on the dockers' union.\n"
    )
    assert texts(text) == [
        "guarantee the physical integrity of Mr Arlen Tovesk",
        "ensure his release",
        "lift the ban on the dockers' union",
    ]


def test_examples_in_parentheses_belong_to_their_ask() -> None:
    text = (
        "The Committee requests the Government to indicate the facilities afforded to union officers "
        "(such as: time off; access to workplaces; notice boards) and to supply the text of the decree."
    )
    assert texts(text, RECORD) == [
        "indicate the facilities afforded to union officers (such as: time off; access to workplaces; "
        "notice boards)",
        "supply the text of the decree",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La fédération réclame « la libération de tous les dockers détenus ».",
         ["la libération de tous les dockers détenus"]),
        ("Elle exige également «la levée des restrictions imposées aux réunions».",
         ["la levée des restrictions imposées aux réunions"]),
        ("Nous demandons dès lors aux autorités ruritaniennes l’amnistie des grévistes.",
         ["l’amnistie des grévistes"]),
        ("Nous en appelons instamment au gouvernement du président Arlen Tovesk à libérer les détenus "
         "et à renoncer à la répression.",
         ["libérer les détenus", "renoncer à la répression"]),
    ],
)  # fmt: skip
def test_french_demands_of_a_quoted_noun_or_after_an_adverb(text: str, expected: list[str]) -> None:
    assert [t.split(" (")[0] for t in texts(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La central insta al Gobierno a que cese la represión y libere a los dirigentes detenidos.",
         ["cese la represión", "libere a los dirigentes detenidos"]),
        ("Los sindicatos exigen la liberación de los estudiantes y que el juez sea juzgado.",
         ["la liberación de los estudiantes", "el juez sea juzgado"]),
        ("El Comité pide al Gobierno que pague los salarios de los trabajadores despedidos y que aún no "
         "han sido reintegrados.",
         ["pague los salarios de los trabajadores despedidos y que aún no han sido reintegrados"]),
    ],
)  # fmt: skip
def test_spanish_second_asks_and_relative_clauses(text: str, expected: list[str]) -> None:
    assert [t.split(" (")[0] for t in texts(text, RECORD if "Comité" in text else APPEAL)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The authorities in the Republic of Ruritania (ROR) should release him immediately, a group of "
         "over twenty human rights organisations said on Monday.",
         ["release him immediately"]),
        ("The experts called on the government to release Mr Tovesk, describing his arrest as an attack "
         "on the union.",
         ["release Mr Tovesk"]),
        ("Los activistas exigen la liberación de los dirigentes detenidos, según la prensa local.",
         ["la liberación de los dirigentes detenidos"]),
        ("Ils exigent « la libération immédiate » de tous leurs camarades arrêtés.",
         ["la libération immédiate » de tous leurs camarades arrêtés"]),
        ("Los sindicalistas demandaron la liberación inmediata de sus compañeros.",
         ["la liberación inmediata de sus compañeros"]),
    ],
)  # fmt: skip
def test_who_said_it_and_where_a_quote_sits_bound_the_ask(text: str, expected: list[str]) -> None:
    assert [t.split(" (")[0] for t in texts(text)] == expected


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("We urge the authorities to free Ana Vell.", 1),
        ("We demand:\n(a) the release of Ivo Dren;\n(b) the end of the ban.", 3),
        ("The union asks for talks;\nThe ministry refuses.", 2),
    ],
)
def test_a_sentence_on_one_line_is_its_own_item(text: str, pieces: int) -> None:
    from casewatch.extract.requests.layout import items
    from casewatch.extract.sentences import Sentence

    found = items(Sentence(10, 10 + len(text), text))
    assert len(found) == pieces and found[0].start == 10
    assert all(text.startswith(s.text, s.start - 10) for s in found)
