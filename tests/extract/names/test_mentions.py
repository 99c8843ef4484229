"""The mentions step: mentions point at document-local entities with deterministic keys."""

from __future__ import annotations

import pytest

from casewatch.extract.names.common import Found
from casewatch.extract.names.mentions import extract_mentions, letterhead_end, resolve_overlaps, run
from casewatch.model import Extraction, Part, Text

LETTER = """Dear Prime Minister,

The Cambodian Confederation of Unions (CCU) informs you that Mr Sok Dara, President of the CCU, was arrested
in Phnom Penh on 2 March. Sok Dara remains in custody. Human Rights Watch and the ILO were informed.

Yours sincerely,

Mary Okafor
General Secretary
"""


def test_keys_follow_first_mention_order() -> None:
    mentions, entities = extract_mentions(LETTER)
    assert [(e.key, e.name) for e in entities] == [
        ("o1", "Cambodian Confederation of Unions"),
        ("p1", "Sok Dara"),
        ("l1", "Phnom Penh"),
        ("o2", "Human Rights Watch"),
        ("o3", "International Labour Organization"),
        ("p2", "Mary Okafor"),
    ]
    assert all(LETTER[m.start : m.end] == m.text for m in mentions)
    assert {m.entity for m in mentions} == {e.key for e in entities}


def test_roles_are_recorded() -> None:
    entities = {e.name: e for e in extract_mentions(LETTER)[1]}
    assert entities["Sok Dara"].roles == ("President of the CCU",)
    assert entities["Mary Okafor"].roles == ()


def test_acronym_uses_point_at_the_defining_entity() -> None:
    mentions, _ = extract_mentions(LETTER)
    assert [m.entity for m in mentions if m.text == "CCU"] == ["o1", "o1"]


def test_step_reads_the_layout_parts() -> None:
    text = "Olga Brandt\nSecretary\n\nDear Sir,\nWe write.\n"
    ext = Extraction(parts=(Part("letterhead", 0, 20),))
    values = run.run(Text(text, "text/plain"), ext)
    assert [e.name for e in values["entities"]] == ["Olga Brandt"]


@pytest.mark.parametrize(
    ("text", "parts", "end"),
    [
        ("Board\nA B\n\nDear Sir,\nText", (), 11),
        ("Board\nA B\n\nDear Sir,\nText", (Part("letterhead", 0, 5),), 5),
        ("No letter here.", (), 0),
        ("Dear Sir,\nBoard", (), 0),
        ("Varn Union\n  ** Re: the strike\nSubject: x", (), 11),
        ("Varn Union, re: the strike\nDEAR colleagues", (), 27),
    ],
)
def test_letterhead_end(text: str, parts: tuple[Part, ...], end: int) -> None:
    assert letterhead_end(text, parts) == end


def test_resolve_overlaps_prefers_vocabulary_then_length() -> None:
    short = Found("organization", 0, 5, "Human")
    long_ = Found("organization", 0, 18, "Human Rights Watch X")
    vocab = Found("organization", 0, 17, "Human Rights Watch", canonical="Human Rights Watch")
    assert resolve_overlaps([short, long_, vocab]) == [vocab]
    assert resolve_overlaps([short, long_]) == [long_]


TURKISH_LETTER = """H.E. Recep Tayyip Erdoğan
President of the Republic of Türkiye

Brussels, 14 February 2023

Dear President,

The Confederation of Progressive Trade Unions of Türkiye (DİSK) condemns the detention of Arzu Çerkezoğlu,
DİSK General President, and of KESK co-chair Mehmet Bozgeyik in Istanbul. The Istanbul 25th Heavy Penal Court
ordered their detention. We urge you to release Ms Çerkezoğlu and Mr Bozgeyik.

Yours sincerely,

Anna Fischbach
General Secretary

cc: Vedat Bilgin, Minister of Labour and Social Security
"""


def test_a_protest_letter() -> None:
    entities = extract_mentions(TURKISH_LETTER)[1]
    people = [(e.name, e.roles) for e in entities if e.type.value == "person"]
    assert people == [
        ("Recep Tayyip Erdoğan", ()),
        ("Arzu Çerkezoğlu", ("DİSK General President",)),
        ("Mehmet Bozgeyik", ("co-chair",)),
        ("Anna Fischbach", ()),
        ("Vedat Bilgin", ("Minister of Labour and Social Security",)),
    ]
    organisations = [(e.name, e.acronyms) for e in entities if e.type.value == "organization"]
    assert organisations == [
        ("Confederation of Progressive Trade Unions of Türkiye", ("DİSK",)),
        ("Istanbul 25th Heavy Penal Court", ()),
    ]


CEACR_PARAGRAPH = (
    "The Committee notes the observations of the Belarusian Congress of Free Labour Unions (BKFL) "
    "alleging the arrest of its President, Aliaksandr Vetrashuk, and of Vice-President Siarhei Antonevich. "
    "The Director-General of the ILO, Marcel Dossavi, wrote to the Government. The Committee urges the "
    "Government to release Mr Vetrashuk and Mr Antonevich."
)


def test_titles_before_a_name_become_roles() -> None:
    people = [(e.name, e.roles) for e in extract_mentions(CEACR_PARAGRAPH)[1] if e.type.value == "person"]
    assert people == [
        ("Aliaksandr Vetrashuk", ("President",)),
        ("Siarhei Antonevich", ("Vice-President",)),
        ("Marcel Dossavi", ("Director-General of the ILO",)),
    ]


@pytest.mark.parametrize("text", ["", "   \n\n", "no capitals at all here.", "THE END"])
def test_texts_without_names(text: str) -> None:
    assert extract_mentions(text) == ((), ())
