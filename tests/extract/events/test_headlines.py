"""Layout lines apart from the story (events/headlines.py): a headline, an all-caps subhead or a
byline run into the sentence under it by a single line break, and related-link lines. Invented
pages only."""

from __future__ import annotations

import pytest

from casewatch.extract.events.headlines import related_link, split_headlines
from casewatch.extract.sentences import Sentence
from casewatch.model import Event, PartialDate

from .conftest import found_in, kinds_and_dates

PAGE_DATE = PartialDate(2031, 6, 20)


def events(text: str, names: dict[str, str]) -> list[Event]:
    return found_in(text, PAGE_DATE, names)


def pieces(text: str) -> list[str]:
    return [s.text for s in split_headlines(text, Sentence(0, len(text), text))]


@pytest.mark.parametrize(
    "text",
    [
        "Dock leaders detained\nThe police detained Ivo Brant and Olek Sarn in Velm.",
        "POLICE RAID OFFICES\nThe police arrested Ivo Brant on 3 May 2031.",
        "LOS SOLTARON\nIvo Brant fue liberado el 5 de mayo de 2031 en Velm.",
        "Posted on 3 May 2031 by Mira Quell\nThe police arrested Ivo Brant in Velm.",
    ],
)
def test_a_short_unpunctuated_line_over_a_sentence_is_cut_off(text: str) -> None:
    assert pieces(text) == text.split("\n")


@pytest.mark.parametrize(
    "text",
    [
        # a paragraph wrapped at its width: the first line is as long as the next
        "The police arrested the president of the dockers' union of Velm on\nThursday in the port.",
        "Ivo Brant, a union leader\nwas arrested.",  # the next line goes on in lower case
        "The union protested.\nThe police arrested Ivo Brant on 3 May 2031 in the port.",
    ],
)
def test_a_wrapped_line_or_a_full_sentence_is_not_cut(text: str) -> None:
    assert pieces(text) == [text]


@pytest.mark.parametrize(
    "page",
    [
        "Strike in Velm\n\nPOLICE RAID OFFICES\nThe police arrested Ivo Brant on 3 May 2031.\n",
        "Huelga en Velm\n\nLOS SOLTARON\nIvo Brant fue liberado el 5 de mayo de 2031.\n",
        "Grève à Velm\n\nILS SONT LIBRES\nIvo Brant a été libéré le 5 mai 2031.\n",
    ],
)
def test_an_all_caps_subhead_names_no_one(page: str) -> None:
    caps = page.split("\n")[2]
    found = events(page, {"Ivo Brant": "person", caps: "person"})
    acts = [e for e in found if e.type.value in {"arrest", "release"}]
    assert acts and all(set(e.actors + e.targets) <= {"police", "Ivo Brant"} for e in acts)


@pytest.mark.parametrize(
    "page",
    [
        "June 9, 2031/ by Mira Quell\nThe police arrested Ivo Brant, a union leader, in Velm.\n",
        "Posted on 3 May 2031 by Mira Quell\nThe police arrested Ivo Brant, a union leader, in Velm.\n",
        "Publicado el 3 de mayo de 2031 por Mira Quell\nLa policía detuvo a Ivo Brant en Velm.\n",
    ],
)
def test_a_byline_date_over_the_lead_does_not_date_its_act(page: str) -> None:
    assert kinds_and_dates(events(page, {"Ivo Brant": "person"})) == [("arrest", None)]


def test_a_headline_over_the_lead_gives_its_persons_no_group() -> None:
    page = "Dockers' leaders detained\nThe police detained Ivo Brant and Olek Sarn on 4 June 2031.\n"
    (arrest,) = events(page, {"Ivo Brant": "person", "Olek Sarn": "person"})
    assert arrest.targets == ("Ivo Brant", "Olek Sarn")
    assert arrest.date == PartialDate(2031, 6, 4)


@pytest.mark.parametrize(
    "line",
    [
        "Read also: Police arrest union leader in Velm",
        "Lea también: Detienen a dirigente sindical en Velm",
        "Lire aussi : Un syndicaliste arrêté à Velm",
    ],
)
def test_a_related_link_line_tells_no_act(line: str) -> None:
    assert related_link(Sentence(0, len(line), line))
    assert events(f"The union met in Velm on 3 May 2031.\n\n{line}\n", {}) == []


@pytest.mark.parametrize(
    "page",
    [
        "VELM CITY (3 May 2031) – Ivo Brant, a union leader, was arrested by the police.\n",
        "Velm (3 May 2031) – The police arrested Ivo Brant, a union leader, in the port.\n",
        "Port Velm, 3 May 2031 (Dock News) – Police arrested Ivo Brant and twelve dock workers.\n",
    ],
)
def test_a_release_dateline_names_no_one_and_dates_no_act(page: str) -> None:
    place = page.split(" (")[0].split(",")[0]
    (arrest,) = events(page, {"Ivo Brant": "person", place: "place"})
    assert "Ivo Brant" in arrest.targets
    assert not {place, "CITY", "Velm"} & set(arrest.actors + arrest.targets)
    assert arrest.date is None


def test_an_opening_date_is_no_dateline() -> None:
    (arrest,) = events("On 3 May 2031, the police arrested Ivo Brant in Velm.\n", {"Ivo Brant": "person"})
    assert arrest.date == PartialDate(2031, 5, 3)
