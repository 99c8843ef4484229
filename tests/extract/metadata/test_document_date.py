"""The document's own date with its precision."""

from __future__ import annotations

import pytest

from casewatch.extract.layout import letter_parts
from casewatch.extract.metadata.document_date import document_date
from casewatch.model import Genre, PartialDate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Genève, le 5 janvier 2017\n\nMonsieur le Ministre,\n\nLe 3 mars 2016, ...\n",
            PartialDate(2017, 1, 5),
        ),
        (
            "Bogotá, 5 de enero de 2018\n\nSeñor Presidente:\n\nEl 1 de mayo de 2017 ...\n",
            PartialDate(2018, 1, 5),
        ),
        (
            "Union of Miners\n\nMarch 2020\n\nDear Minister,\n\nOn 4 February 2020 police came.\n",
            PartialDate(2020, 3),
        ),
        (
            "Our ref: X/1\n\nLima, 07.04.2021\n\nDear Sir,\n\nText of 1 January 2021.\n",
            PartialDate(2021, 4, 7),
        ),
        (
            "Date: 12 June 2015\nSubject: strike\n\nDear colleagues,\n\nOn 2 May 2015 ...\n",
            PartialDate(2015, 6, 12),
        ),
    ],
)
def test_letter_dates(text: str, expected: PartialDate) -> None:
    assert document_date(text, letter_parts(text)) == expected


def test_ilo_record_takes_the_discussion_year() -> None:
    text = (
        "Individual Case (CAS) - Discussion: 2019, Publication: 108th ILC session (2019)\n\nOn 3 May 2018.\n"
    )
    assert document_date(text, (), Genre.ILO_CAS) == PartialDate(2019)


def test_no_date() -> None:
    assert document_date("Dear Minister,\n\nNo dates here.\n", ()) is None


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        ("Observation (CEACR) - adopted 2022, published 111th ILC session (2023)\n\nText.", "2022"),
        ("Direct Request (CEACR) - adopted 2019, published 109th ILC session (2021)\n\nText.", "2019"),
        ("Report No 398, June 2022\n\nCase No 3418 (Colombia) - Complaint date: 14-FEB-21\n", "2022-06"),
    ],
)
def test_ilo_records_are_dated_by_adoption_or_report(head: str, iso: str) -> None:
    genre = Genre.ILO_CFA if "Case No" in head else Genre.ILO_CEACR
    found = document_date(head, (), genre)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize(
    ("closing", "expected"),
    [("Geneva, 14 March 2019", "2019-03-14"), ("Fait à Genève, le 14 mars 2019", "2019-03-14")],
)
def test_a_letter_dated_where_it_is_signed(closing: str, expected: str) -> None:
    text = (
        "Sylvanian Federation of Miners\n\nDear Minister,\n\nWe protest the arrest of 2 March 2019.\n\n"
        f"Yours sincerely,\n\nIlona Varga\nGeneral Secretary\n\n{closing}\n"
    )
    found = document_date(text, letter_parts(text), Genre.UNION_LETTER)
    assert found is not None and found.iso == expected


@pytest.mark.parametrize(
    ("text", "genre", "expected"),
    [
        # a wrapped line of running text that ends with a date is no date line
        (
            "Allegations: the complainants allege dismissals\n- 12. The complaint is contained in letters"
            " dated 3 and\n9 May 2021, respectively.\n- 13. The Government replied.\n",
            Genre.ILO_CFA,
            None,
        ),
        # a short line with a year in it is no date line either
        (
            "Right to strike\n\nWorkers were arrested in 60 countries.\n\nCompared with 70 in 2022\n",
            Genre.NEWS,
            None,
        ),
        # a place, a weekday or an article before the date leave it a date line
        (
            "Union of Dockers\n\nWednesday 6 November 2013\n\nDear Colleagues,\n\nText.\n",
            Genre.OTHER,
            "2013-11-06",
        ),
        # a publication stamp without its accent, a weekday between it and the date
        (
            "Accueil > Luttes\n\nPublie le jeudi 14 juillet 2016 par la rédaction\n\nTexte.\n",
            Genre.NEWS,
            "2016-07-14",
        ),
        (
            "Published: Wed 9 Nov 2005 10:45 AM\n\nThe federation condemns the arrests.\n",
            Genre.NEWS,
            "2005-11-09",
        ),
        # a dated entry of a chronology far down a page does not date the page
        (
            "Timeline\n\n"
            + "The strike went on for weeks and nothing was agreed. " * 40
            + "\n\n3 March 2019\n",
            Genre.NEWS,
            None,
        ),
        # a capitalised dateline must hold a whole day's date, nothing else
        ("AVRA, 3 June 2020 – The ministry announced ...\n", Genre.NEWS, "2020-06-03"),
        ("RURITANIA, Law of 2014 - amendments debated\n", Genre.NEWS, None),
    ],
)
def test_a_date_only_where_pages_and_letters_put_their_own(
    text: str, genre: Genre, expected: str | None
) -> None:
    found = document_date(text, letter_parts(text), genre)
    assert (found.iso if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "UN News\n\nThe following statement was issued on 4 March 2011 by the High Commissioner:\n",
            "2011-03-04",
        ),
        ("This statement was made on 12 June 2019 by the Working Group.\n", "2019-06-12"),
        # another's statement the page tells of
        (
            "Union protests ban\n\nThe federation rejects the Press Statement issued on 7 April 2011 from the"
            " Prime Minister's Office, which declared the march illegal.\n",
            None,
        ),
    ],
)
def test_a_statement_dates_itself_only_in_its_own_words(text: str, expected: str | None) -> None:
    found = document_date(text, letter_parts(text), Genre.NEWS)
    assert (found.iso if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14 marzo, 2031La Federación de Estibadores publicó su informe anual.\nMás texto.\n", "2031-03-14"),
        ("March 14, 2031The Arden Federation published its yearly survey.\nMore text.\n", "2031-03-14"),
    ],
)
def test_a_page_stamp_run_into_its_first_sentence_dates_the_page(text: str, expected: str) -> None:
    found = document_date(text, letter_parts(text), Genre.NEWS)
    assert (found.iso if found else None) == expected


@pytest.mark.parametrize(
    "banner",
    [
        "martes, 14 marzo 2031\nDólar BCV 45,12   Euro 48,30\n",
        "Tuesday, 14 March 2031   Port Avra 24°C\n",
    ],
)
def test_a_banner_date_beside_exchange_rates_or_weather_is_the_visit_s(banner: str) -> None:
    page = f"{banner}\nDockers demand the release of their leaders\n\nThe unions said on Monday that ...\n"
    assert document_date(page, letter_parts(page), Genre.NEWS) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "Réunion jeudi 4 avril 2022\nPublié le 2/04/2022\nAtelier\nPublié le 9/03/2022\n"
            "Avra, le 8 octobre 2016\nMadame la Ministre,\nNous vous écrivons au sujet des poursuites.\n",
            "2016-10-08",
        ),
        (
            "Latest posts\nPosted 3 March 2022\nUnion picnic\nPosted 1 February 2022\n"
            "Avra, 5 May 2015\nDear Minister,\nWe write about the arrest of our members.\n",
            "2015-05-05",
        ),
        (
            "Noticias\nPublicado el 2 de abril de 2021\nAsamblea anual\nPublicado el 9 de marzo de 2021\n"
            "Ciudad Capital, 14 de junio de 2018\nSeñor Ministro:\nLe escribimos por las detenciones.\n",
            "2018-06-14",
        ),
    ],
)
def test_a_letter_under_a_listings_stamps_is_dated_above_its_greeting(text: str, iso: str) -> None:
    date = document_date(text, letter_parts(text), Genre.UNION_LETTER)
    assert date is not None and date.iso == iso


@pytest.mark.parametrize(
    "banner",
    [
        "На главную\n\nДоллар = 88,15\n\nЕвро = 95,30\n\n7 февраля 2023\n\n",
        "Главная\nКурс доллара: 91,20\n5 марта 2023\n",
        "Inicio\nUSD: 36,52\nEUR: 39,80\n12 de mayo de 2024\n",
    ],
)
def test_a_sites_banner_date_beside_its_exchange_rates_dates_the_visit(banner: str) -> None:
    text = banner + "Активисты профсоюза задержаны полицией.\n"
    assert document_date(text, (), Genre.NEWS) is None


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Statement on the arrest of the dockers' leaders (12 April 2031)", PartialDate(2031, 4, 12)),
        ("Arden: union leader jailed | 3 June 2031 | News", PartialDate(2031, 6, 3)),
        (
            "Communiqué du 7 mai 2031 : la fédération dénonce l’arrestation de ses dirigeants",
            PartialDate(2031, 5, 7),
        ),
        ("Comunicado [14 de junio de 2031] – la federación exige la liberación", PartialDate(2031, 6, 14)),
    ],
)
def test_a_heading_giving_its_date_as_one_of_its_segments_dates_the_page(
    heading: str, expected: PartialDate
) -> None:
    text = f"{heading}\n\nThe federation condemns the arrest of its general secretary.\n"
    assert document_date(text, (), Genre.UNION_LETTER) == expected


def test_a_date_inside_the_first_sentence_is_no_headings_date() -> None:
    text = "Police said on 3 June 2031 that the leaders would stay in custody, the union reported.\n"
    assert document_date(text, (), Genre.NEWS) != PartialDate(2031, 6, 3)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            "Governing Body 412th Session, Geneva, 28 October–7 November 2031\nGB.412/INS/9",
            PartialDate(2031, 10),
        ),
        (
            "Conseil d’administration 413e session, Genève, 12-26 mars 2032\nGB.413/INS/7",
            PartialDate(2032, 3),
        ),
        ("Consejo de Administración 414.ª reunión, Ginebra, 2-16 de junio de 2032", PartialDate(2032, 6)),
        ("GB.415/INS/5\nGoverning Body\n415th Session, Geneva, October–November 2032", PartialDate(2032, 10)),
    ],
)
def test_a_governing_body_paper_is_dated_by_the_month_its_session_opens(
    head: str, expected: PartialDate
) -> None:
    text = f"{head}\n\nReports of the Committee on Freedom of Association\n\nCase No. 9001 (Arden)\n"
    assert document_date(text, (), Genre.ILO_CFA) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tag\n\nPORT AVRA, Jan. 31 (Wire) -- The dockers' union said. Photo taken January 17, 2031.",
            "2031-01-31",
        ),
        (
            "PUERTO AVRA, 5 de mayo (Agencia) – El sindicato denunció. Foto del 2 de mayo de 2029.",
            "2029-05-05",
        ),
        (
            "PORT-AVRA, 5 mai (Agence) – Le syndicat dénonce les arrestations. Archives du 3 mai 2030.",
            "2030-05-05",
        ),
    ],
)
def test_a_wire_dateline_without_its_year_takes_the_pages_sole_year(text: str, expected: str) -> None:
    assert str(document_date(text, (), Genre.NEWS)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "PORT AVRA, Jan. 31 (Wire) -- The union said. Photos from 2030 and 2031.",
        "PORT AVRA, Jan. 31 (Wire) -- The union said so on the day of the strike.",
        "PUERTO AVRA, 5 de mayo (Agencia) – Los hechos de 2027 y de 2028 siguen impunes.",
        "PUERTO AVRA, 1 de mayo (Agencia) – El dirigente asesinado en junio de 2029 sigue sin justicia.",
    ],
)
def test_a_wire_dateline_without_a_sole_year_stays_undated(text: str) -> None:
    assert document_date(text, (), Genre.NEWS) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Paro en la planta\nRead this article in:\n14 marzo, 2019La policía detuvo al delegado.\n",
            "2019-03-14",
        ),
        (
            "Union row\nLatest News Tuesday, June 4th, 2013The ministry denied the union's claims.\n",
            "2013-06-04",
        ),
    ],
)
def test_a_page_stamp_running_into_the_next_word_dates_the_page(text: str, expected: str) -> None:
    found = document_date(text, letter_parts(text), Genre.NEWS)
    assert (found.iso if found else None) == expected
