"""A date in a numbered instrument's name dates the instrument: an arrest made under it takes none of
it, the law's own adoption does."""

from __future__ import annotations

import pytest

from casewatch.extract.dates import find_dates
from casewatch.extract.events.enacted import instrument_date
from casewatch.extract.events.find import find_events


def kinds(text: str) -> list[tuple[str, str | None]]:
    return [(e.type.value, e.date.iso if e.date else None) for e in find_events(text, None, [])]


@pytest.mark.parametrize(
    "text",
    [
        "Los dirigentes sindicales fueron detenidos en virtud del decreto núm. 88, de 4 de marzo de 1991.",
        "Les dirigeants syndicaux ont été arrêtés en application du décret no 88 du 4 mars 1991.",
        "The union leaders were detained under Decree No. 88 of 4 March 1991.",
        "Los huelguistas fueron detenidos conforme a la ley núm. 12-3, de fecha 4 de marzo de 1991.",
    ],
)
def test_an_act_done_under_a_numbered_instrument_takes_none_of_its_date(text: str) -> None:
    assert ("arrest", None) in kinds(text)
    assert all(date != "1991-03-04" for _, date in kinds(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("en virtud del decreto núm. 507, de 3 de diciembre de 1980, por", True),
        ("conformément à la loi no 90-14 du 2 juin 1990 relative", True),
        ("under Act No. 5 of 3 May 2019 on trade unions", True),
        ("fueron detenidos el 3 de diciembre de 1980 por la policía", False),
        ("in its communication of 3 May 2019", False),
    ],
)
def test_a_date_after_a_numbered_instrument_is_the_instruments(text: str, expected: bool) -> None:
    (date,) = find_dates(text)
    assert instrument_date(text, date) is expected


@pytest.mark.parametrize(
    "text",
    [
        "El Gobierno adoptó el decreto núm. 12, de 4 de marzo de 1991.",
        "The Government adopted Decree No. 12 of 4 March 1991 amending the Trade Union Act.",
        "Le gouvernement a adopté le décret no 12 du 4 mars 1991.",
    ],
)
def test_the_adoption_of_the_instrument_takes_its_date(text: str) -> None:
    assert ("law_change", "1991-03-04") in kinds(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("La ley núm. 12, de 4 de marzo de 1991, fue derogada en 2005.", "2005"),
        ("Act No. 5 of 2001 was repealed in 2010.", "2010"),
        ("La loi no 9 du 2 mai 2000 a été abrogée en 2008.", "2008"),
        ("Le décret no 2000-14 du 2 mai 2000 a été modifié le 3 juin 2009.", "2009-06-03"),
        ("El Decreto Supremo núm. 44, de 1990, fue modificado el 3 de junio de 2009.", "2009-06-03"),
        ("La ley núm. 12, de 4 de marzo de 1991, fue derogada.", None),
    ],
)
def test_a_numbered_law_repealed_or_amended_in_the_passive_takes_the_date_of_its_undoing(
    text: str, date: str | None
) -> None:
    assert kinds(text) == [("law_change", date)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The Labour Code was amended by Act No. 5 of 12 June 2001.", "2001-06-12"),
        ("Law No. 12 of 4 March 1991 was adopted by Parliament.", "1991-03-04"),
        ("La ley núm. 12, de 4 de marzo de 1991, fue aprobada por el Congreso.", "1991-03-04"),
    ],
)
def test_a_law_made_or_the_amending_law_keeps_its_instruments_date(text: str, date: str) -> None:
    assert kinds(text) == [("law_change", date)]
