"""PartialDate keeps precision and refuses impossible dates."""

from __future__ import annotations

import pytest

from casewatch.model import PartialDate


@pytest.mark.parametrize(
    ("value", "precision"), [("2017", "year"), ("2017-01", "month"), ("2017-01-04", "day")]
)
def test_partial_date_round_trip(value: str, precision: str) -> None:
    date = PartialDate.parse(value)
    assert date.iso == value
    assert date.precision == precision


@pytest.mark.parametrize("value", ["2017-02-30", "2017-13", "17-01-01", "2017/01/04", ""])
def test_partial_date_rejects(value: str) -> None:
    with pytest.raises(ValueError):
        PartialDate.parse(value)


def test_partial_date_never_invents_a_day() -> None:
    assert PartialDate(2018, 11).as_date() is None
    assert str(PartialDate(2018, 11)) == "2018-11"
