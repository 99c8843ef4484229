"""Headlines of union releases and surveys (events/headings.py): a title line ending in its year in
brackets, and title lines right over a release's dateline, announce the act the story tells, so the
story's telling is the one kept. Invented pages only."""

from __future__ import annotations

import pytest

from casewatch.model import PartialDate

from .conftest import found_in, kinds_and_dates

PAGE_DATE = PartialDate(2021, 6, 2)


def kinds(text: str) -> list[str]:
    return [kind for kind, _ in kinds_and_dates(found_in(text, PAGE_DATE))]


@pytest.mark.parametrize(
    "page",
    [
        "Arden - Strikers attacked by police (2019)\n\nWorkers staged a strike on 2 March. "
        "On 5 March the police attacked the strikers.",
        "Dock workers arrested at the port (2020)\n\nDockers picketed the gate on 3 May. The next day "
        "the police arrested twelve dockers.",
        "Teachers' leaders detained (2018)\n\nTeachers marched on 8 April. On 9 April security forces "
        "detained three leaders of the teachers' union.",
    ],
)
def test_a_title_ending_in_its_bracketed_year_is_a_headline(page: str) -> None:
    acts = [(k, d) for k, d in kinds_and_dates(found_in(page, PAGE_DATE)) if k in {"assault", "arrest"}]
    # the story's telling is kept, not the title's dated by its bracketed year
    assert len(acts) == 1 and not (acts[0][1] or "").startswith(("2018", "2019", "2020"))


@pytest.mark.parametrize(
    "page",
    [
        "Arden: union leaders arrested\nArden: fears for five union leaders arrested by the army\n"
        "Arden City, 9 April 2021 (Union News): The federation has condemned the arrest by the army "
        "of five of its leaders.",
        "Union leaders arrested in Arden\nLondon, 3 May 2021 – The confederation condemns the arrest "
        "of three dockers' leaders by the police.",
        "Arden teachers detained\nGeneva, May 3, 2021: The federation condemns the detention of two "
        "teachers' leaders by the police.",
    ],
)
def test_title_lines_over_a_dateline_are_headlines(page: str) -> None:
    assert kinds(page) == ["arrest"]


def test_a_headline_is_kept_when_the_story_tells_no_act_of_its_type() -> None:
    page = (
        "Police arrested the treasurer (2019)\n\nOn 4 May 2021 the court sentenced the treasurer to a fine."
    )
    assert kinds(page) == ["arrest", "conviction"]


def test_the_story_under_a_dateline_tells_the_act_not_its_title_lines() -> None:
    page = (
        "Arden: Concern Grows Over Union Congress Delegates\n"
        "Arden: Union Congress Delegates Arrested by Army on Way Home\n"
        "Arden City, 9 April 2021 (Union News): The federation has condemned the arrest by the army of five "
        "delegates to the congress of the Arden Workers' Federation as they returned home."
    )
    assert [e.trigger for e in found_in(page, PAGE_DATE)] == ["arrest"]
