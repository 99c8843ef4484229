"""When an ask falls due, as the ask states it."""

import pytest

from casewatch.extract.requests.deadlines import deadline
from casewatch.model import PartialDate


@pytest.mark.parametrize(
    ("ask", "expected"),
    [
        ("reply within 60 days", (PartialDate(2020, 5, 1), "within 60 days")),
        ("report by 1 September 2021 on the measures", (PartialDate(2021, 9, 1), "by 1 September 2021")),
        ("report before its next session", (None, "before its next session")),
        ("free the leaders", (None, None)),
    ],
)
def test_deadline(ask: str, expected: tuple[PartialDate | None, str | None]) -> None:
    assert deadline(ask, PartialDate(2020, 3, 2)) == expected


@pytest.mark.parametrize("ask", ["reply within sixty days", "reply within 60 days with the facts"])
def test_a_window_in_words_or_figures_runs_from_the_letter(ask: str) -> None:
    assert deadline(ask, PartialDate(2020, 3, 2))[0] == PartialDate(2020, 5, 1)


def test_a_window_without_a_dated_letter_falls_due_on_no_day() -> None:
    assert deadline("reply within 60 days", None) == (None, "within 60 days")
