"""Dates in running text: absolute, relative to the document date, ranges and non-dates."""

from __future__ import annotations

import pytest

from casewatch.extract.dates import find_dates, parse_date
from casewatch.model import PartialDate

LETTER_DATE = PartialDate(2017, 1, 23)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The union was dissolved on 4 January 2017.", "2017-01-04"),
        ("The court ruled on January 4, 2017 in Minsk.", "2017-01-04"),
        ("Cartagena, Octubre 7 de 2014", "2014-10-07"),  # a Latin American letter's date line
        ("Decision of 04.01.2017 of the district court", "2017-01-04"),
        ("filed on 2017-01-04", "2017-01-04"),
        ("Complaint date: 12-JAN-17", "2017-01-12"),
        ("Posted to the federation's website 14-Mar-2031", "2031-03-14"),  # month abbreviated, year in full
        ("registered in November 2018", "2018-11"),
        ("dissolved in March of 2012", "2012-03"),
        ("the law adopted in 2016 restricts", "2016"),
        ("protests continued in late 2018", "2018"),
        ("the strike from 3 to 5 May 2018", "2018-05-03"),
        ("strikes between January and March 2019", "2019-01"),
        ("the General Agreement for 2016–18", "2016"),
        ("Publication: 104th ILC session (2015)", "2015"),
        ("le syndicat a été dissous le 5 janvier 2017", "2017-01-05"),
        ("el 5 de enero de 2017 fue detenido", "2017-01-05"),
        ("задержан 5 января 2017 года", "2017-01-05"),
        ("11 February, 2008", "2008-02-11"),  # a comma between month and year
        ("Talks stalled12-03-2015", "2015-03-12"),  # glued to a heading's last word
        ("hearing of 12-03-2015 in the city court", "2015-03-12"),
        ("le 12 mars 2015, la police", "2015-03-12"),
        ("el 12 de marzo de 2015, la policía", "2015-03-12"),
        ("12 марта 2015 г. суд", "2015-03-12"),
        ("on the 4th of September 2021 the police", "2021-09-04"),
        ("September the 4th, 2021 saw the strike", "2021-09-04"),
        ("o sindicato foi dissolvido em 5 de janeiro de 2017", "2017-01-05"),  # Portuguese
        ("a polícia prendeu o dirigente em 12 de março de 2015", "2015-03-12"),
        ("Brasília, 3 de junho de 2031", "2031-06-03"),
        ("a greve de outubro de 2019", "2019-10"),
    ],
)
def test_absolute_dates_keep_their_precision(text: str, expected: str) -> None:
    assert [d.date.iso for d in find_dates(text, LETTER_DATE)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected_text", "expected"),
    [
        ("On 5 January, workers in Tbilisi went on strike.", "5 January", "2017-01-05"),
        ("He was released on parole earlier this year.", "earlier this year", "2017"),
        ("Her appeal was rejected last year.", "last year", "2016"),
        ("The minister pledged in May this year to act.", "May this year", "2017-05"),
        ("On 20 December, the union was closed.", "20 December", "2016-12-20"),
        ("On 4 May last year, the law was signed.", "4 May last year", "2016-05-04"),
        ("On the 9th of January they struck.", "9th of January", "2017-01-09"),
    ],
)
def test_relative_dates_take_the_year_of_the_letter(text: str, expected_text: str, expected: str) -> None:
    [found] = find_dates(text, LETTER_DATE)
    assert (found.text, found.date.iso) == (expected_text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Resolution No. 1234 of the Council",
        "Convention No. 87 and Convention No. 98",
        "under article 10(2) of the Law",
        "a fine of US$12,500 and 2,300,000 rupees",
        "Human Rights Council resolutions 32/32 and 15/21",
        "Decree No. 2019 on trade unions",
    ],
)
def test_numbers_that_are_not_dates(text: str) -> None:
    assert find_dates(text, LETTER_DATE) == []


def test_the_before_a_bare_number_is_no_day() -> None:
    [found] = find_dates("in May the 3 workers were dismissed", LETTER_DATE)
    assert found.date.day is None and found.date.month == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They were arrested in late February, 2011.", "2011-02"),
        ("He was released in January.", f"{LETTER_DATE.year}-01"),
        ("Los dirigentes fueron despedidos en diciembre.", f"{LETTER_DATE.year - 1}-12"),
        ("The union was raided earlier this month.", f"{LETTER_DATE.year}-{LETTER_DATE.month:02d}"),
    ],
)
def test_months_named_alone_take_the_last_such_month_of_the_letter(text: str, expected: str) -> None:
    [found] = find_dates(text, LETTER_DATE)
    assert found.date.iso == expected


@pytest.mark.parametrize(
    "text", ["Elles ont tenu en sept jours.", "They docked in oct and left.", "en mar abierto"]
)
def test_abbreviated_months_alone_are_no_dates(text: str) -> None:
    assert find_dates(text, LETTER_DATE) == []


def test_relative_dates_need_an_anchor() -> None:
    assert find_dates("On 5 January, they met. Last year too.") == []


def test_offsets_point_into_the_text() -> None:
    text = "Arrested (on 9 October 2012) in Bishkek."
    [found] = find_dates(text)
    assert text[found.start : found.end] == "9 October 2012"


def test_parse_date_reads_the_first_date() -> None:
    assert parse_date("Geneva, 14 March 2011") == PartialDate(2011, 3, 14)
    assert parse_date("no date here") is None


REPORT_DAY = PartialDate(2019, 3, 14)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested the union leader yesterday.", "2019-03-13"),
        ("Le dirigeant a été arrêté hier.", "2019-03-13"),
        ("Председатель был задержан вчера.", "2019-03-13"),
        ("The union leader was arrested on Monday.", "2019-03-11"),
        ("El dirigente fue detenido el lunes.", "2019-03-11"),
        ("Les grévistes ont été dispersés mardi.", "2019-03-12"),
        ("On Thursday, police arrested two strikers.", "2019-03-14"),
        # a weekday opening a full date, or a habit, is no date of its own
        ("He was arrested on Monday, 11 February 2019.", "2019-02-11"),
        ("The union meets on Mondays.", None),
    ],
)
def test_a_news_report_dates_yesterday_and_a_weekday_from_its_own_day(
    text: str, expected: str | None
) -> None:
    found = parse_date(text, REPORT_DAY)
    assert (found.iso if found else None) == expected


def test_a_weekday_needs_the_day_of_the_report() -> None:
    assert parse_date("The union leader was arrested on Monday.", PartialDate(2019, 3)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police detained the union's treasurer last night.", "2019-03-13"),
        ("Tres trabajadores fueron detenidos esta mañana.", "2019-03-14"),
        ("Le dirigeant a été interpellé ce matin.", "2019-03-14"),
        ("The union leader was arrested three days ago.", "2019-03-11"),
        ("El dirigente fue detenido hace dos semanas.", "2019-02-28"),
        ("Il a été arrêté il y a deux mois.", "2019-01"),
    ],
)
def test_a_news_report_dates_its_own_day_and_counts_back_from_it(text: str, expected: str) -> None:
    found = parse_date(text, REPORT_DAY)
    assert (found.iso if found else None) == expected


def test_a_count_back_from_a_report_dated_to_the_month_is_a_month() -> None:
    found = parse_date("He was arrested five weeks ago.", PartialDate(2023, 8))
    assert found is not None and found.iso == "2023-07"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("el 1.º de mayo de 2018 fue detenido", "2018-05-01"),
        ("por comunicación de 1.° de septiembre de 2015", "2015-09-01"),
        ("en una comunicación de 1.o de junio de 2001", "2001-06-01"),
        ("desde el 1° de marzo de 2010", "2010-03-01"),
    ],
)
def test_a_spanish_first_day_with_its_ordinal_mark_keeps_its_day(text: str, expected: str) -> None:
    dates = find_dates(text)
    assert [d.date.iso for d in dates] == [expected]


def test_a_number_with_an_ordinal_mark_and_no_month_is_no_date() -> None:
    assert find_dates("el inciso 1.o de la resolución") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rare word's form (searched only where its word is) beside the common forms of one sentence
        ("In March the plant closed; earlier this month, on 12 January, the leaders were held.", "2017-01"),
        ("En marzo cerró la planta y este mes, el 12 de enero, detuvieron a los dirigentes.", "2017-01"),
        ("Depuis mars la grève dure; ce mois-ci, le 12 janvier, les dirigeants furent arrêtés.", "2017-01"),
    ],
)
def test_rare_and_common_relative_forms_of_one_sentence_are_all_found(text: str, expected: str) -> None:
    found = find_dates(text, LETTER_DATE)
    assert [str(d.date) for d in found] == ["2016-03", expected, "2017-01-12"]
    assert [d.start for d in found] == sorted(d.start for d in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Road A12 May 2017 was closed.", "2017-05"),  # a day glued to a word is no day
        ("Lot 112 May 2017 was sold.", "2017-05"),  # nor the end of a longer number
        ("Code X4-JAN-17 and lot 4-JAN-17.", "2017-01-04"),
        ("File 1.12.05.2017 and 12.05.2017.", "2017-05-12"),
        ("From 3 to 5 May 2018 and 35 to 5 May 2018.", "2018-05-03"),
    ],
)
def test_a_day_opens_a_date_only_at_the_start_of_a_number(text: str, expected: str) -> None:
    assert str(find_dates(text)[0].date) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The strike ended yesterday, the union said.",
        "Los dirigentes fueron detenidos hace tres días en la planta.",
        "Il a été arrêté mardi soir devant l'usine.",
        "The leader was released on Monday.",
        "Ни один из них не был освобождён в среду.",
        "The meeting is planned for next month, not this year.",
    ],
)
def test_needs_met_are_those_of_a_search_per_word(text: str) -> None:
    # the day words are found in one pass: the needs are those a substring search per word tells
    from casewatch.extract import dates

    lower = text.lower()
    met = dates._needs_met(text)
    assert met["day"] == ("day" in lower or any(w in lower for w in dates._DAY_WORDS))
    assert met["month"] == ("mo" in lower or "mes" in lower)
    assert met["year"] == ("year" in lower)


def test_a_page_time_stamp_dates_its_day() -> None:
    assert [d.date.iso for d in find_dates("Posted 2011-06-14T08:15:02+0200 by staff")] == ["2011-06-14"]


def test_the_unix_epoch_stamp_is_no_date() -> None:
    assert find_dates("Modified 1970-01-01T03:00:00+0300 en") == []


def test_a_month_of_a_language_the_grammar_lacks_is_read_and_a_word_that_is_no_month_is_not() -> None:
    assert [d.date.iso for d in find_dates("Er wurde am 3 Oktober 2031 verhaftet.")] == ["2031-10-03"]
    assert [d.date.iso for d in find_dates("Sie kamen am 4 Oktober 2031 frei.")] == ["2031-10-04"]
    assert find_dates("Around 3 leaders 2031 were named.") == []
