"""Dates, countries and letter layouts of shapes met on fresh real pages outside the corpus (invented
documents)."""

from __future__ import annotations

import pytest

from casewatch.extract.metadata.fields import countries_concerned
from casewatch.extract.pipeline import extract
from casewatch.model import Extraction, Genre, Text


def _extract(doc: str) -> Extraction:
    return extract(Text(doc, "text/plain"))


PAGE_WITH_LETTER = (
    "{stamp}\n\n{heading}\n\n{dated}\n\n{block}\n\n{greeting}\n\nWe protest.\n\nYours,\nAna Ferel\n"
)


@pytest.mark.parametrize(
    ("doc", "iso"),
    [
        (
            "Kessland: free the strikers\n\nParis, le 3 mars 2031 – Les autorités doivent libérer les "
            "grévistes, a déclaré aujourd'hui la Ligue kesslandaise des droits humains.\n",
            "2031-03-03",
        ),
        (
            "Velmar: stop the raids\n\nLondon, 14 May 2032 – The authorities of Velmar should stop raiding "
            "union offices, Rights Watchers International said today.\n",
            "2032-05-14",
        ),
        (
            "Kessland: liberen a los huelguistas\n\nMadrid, 2 de junio de 2033 – Las autoridades deben "
            "liberar a los huelguistas, dijo hoy el Observatorio de derechos humanos.\n",
            "2033-06-02",
        ),
    ],
)
def test_a_release_dated_by_its_title_case_dateline(doc: str, iso: str) -> None:
    date = _extract(doc).meta.date
    assert date is not None and date.iso == iso


@pytest.mark.parametrize("weekday", ["Friday", "Vendredi", "Viernes"])
def test_a_weekday_is_no_dateline_city(weekday: str) -> None:
    from casewatch.extract.metadata.document_date import _press_dateline

    assert _press_dateline(f"{weekday}, 29 March 2031 – Union news of the week\n") is None


@pytest.mark.parametrize(
    ("doc", "iso"),
    [
        (
            "Union leaders arrested in Port Velmar12 March 2031\n\nPolice arrested four dockers.\n",
            "2031-03-12",
        ),
        ("Strike ends at the glass works3 June 2032\n\nThe workers went back on Monday.\n", "2032-06-03"),
        ("Huelga en el puerto de Kessa15 de abril de 2033\n\nLos estibadores pararon.\n", "2033-04-15"),
    ],
)
def test_a_heading_s_date_glued_to_its_last_word(doc: str, iso: str) -> None:
    date = _extract(doc).meta.date
    assert date is not None and date.iso == iso


@pytest.mark.parametrize(
    ("doc", "iso"),
    [
        ("Annual report 2031: attacks on trade unionists in Kessland\n\nUnions faced arrests.\n", "2031"),
        (
            "Rapport 2032 – violations des droits syndicaux\n\nLes syndicats ont subi des arrestations.\n",
            "2032",
        ),
        ("Informe anual 2033: violaciones de los derechos sindicales\n\nHubo detenciones.\n", "2033"),
    ],
)
def test_a_year_closing_a_title_s_lead_dates_the_page(doc: str, iso: str) -> None:
    date = _extract(doc).meta.date
    assert date is not None and date.iso == iso


def test_two_years_in_a_title_s_lead_date_nothing() -> None:
    assert _extract("From 2030 to 2031: a review\n\nUnions faced arrests.\n").meta.date is None


@pytest.mark.parametrize(
    ("stamp", "heading", "dated", "block", "greeting", "iso"),
    [
        (
            "Friday, December 28, 2031",
            "Letter from the Union Congress to the President",
            "21 December 2031",
            "His Excellency Mr Oren Valk\nPresident of the Republic",
            "Your Excellency,",
            "2031-12-21",
        ),
        (
            "Monday, 3 March 2032",
            "Open letter of the Miners' Federation",
            "25 February 2032",
            "Mr Oren Valk\nPrime Minister",
            "Dear Prime Minister,",
            "2032-02-25",
        ),
        (
            "lundi 5 mai 2033",
            "Lettre de la Fédération des mineurs au Président",
            "Genève, le 30 avril 2033",
            "Monsieur Oren Valk\nPrésident de la République",
            "Monsieur le Président,",
            "2033-04-30",
        ),
    ],
)
def test_a_page_carrying_a_letter_takes_the_letter_s_date(
    stamp: str, heading: str, dated: str, block: str, greeting: str, iso: str
) -> None:
    doc = PAGE_WITH_LETTER.format(stamp=stamp, heading=heading, dated=dated, block=block, greeting=greeting)
    date = _extract(doc).meta.date
    assert date is not None and date.iso == iso


@pytest.mark.parametrize(
    ("address", "code"),
    [
        ("Palace of the Republic\nLiberty Street\nIceland", "ISL"),
        ("Office of the President\nAvenida Central\nUruguay", "URY"),
        ("Presidential Palace\nGreat Square\nMongolia", "MNG"),
    ],
)
def test_an_address_s_country_under_its_street_line(address: str, code: str) -> None:
    doc = f"His Excellency Mr Oren Valk\n{address}\n\nYour Excellency,\n\nThe union of Latvia protests.\n"
    parts = _extract(doc).parts
    assert countries_concerned(doc, parts) == (code,)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Police searched the office on Avenida Iceland in Montevideo, Uruguay.", "URY"),
        ("The union met on Mongolia Street, in Riga, Latvia.", "LVA"),
        ("The march went down Rue de Malawi, Lilongwe; unions in Namibia protested.", "NAM"),
    ],
)
def test_a_street_named_after_a_country_stays_no_country(text: str, code: str) -> None:
    assert countries_concerned(text, ()) == (code,)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Dockers struck in the DRC on Monday; the union said the strike would go on.", "COD"),
        ("Miners in the DRC were dismissed after the strike, the federation said.", "COD"),
        ("The union's leaders were arrested in the USA, the federation said.", "USA"),
    ],
)
def test_a_country_named_by_its_capital_initials(text: str, code: str) -> None:
    assert countries_concerned(text, ()) == (code,)


def test_initials_in_lower_case_name_no_country() -> None:
    assert countries_concerned("The union will uk the plan, usa said.", ()) == ()


@pytest.mark.parametrize(
    ("doc", "iso"),
    [
        (
            "Kessland\n\n14. On 2 February 2032, the Special Rapporteur on the situation of human rights "
            "defenders sent an urgent appeal to the Government concerning the detention of union leaders.\n",
            "2032-02-02",
        ),
        (
            "Velmarie\n\n21. Le 5 mai 2031, le Rapporteur spécial sur la situation des défenseurs des droits "
            "de l'homme a envoyé un appel urgent au Gouvernement concernant l'arrestation de M. Ivo Prann.\n",
            "2031-05-05",
        ),
        (
            "Kessland\n\n9. El 7 de julio de 2033, el Relator Especial sobre la situación de los defensores "
            "de los derechos humanos envió un llamamiento urgente al Gobierno sobre la detención de "
            "sindicalistas.\n",
            "2033-07-07",
        ),
    ],
)
def test_a_un_summary_entry_dated_by_its_opening_words(doc: str, iso: str) -> None:
    meta = _extract(doc).meta
    assert meta.genre is Genre.UN_COMMUNICATION
    assert meta.date is not None and meta.date.iso == iso


@pytest.mark.parametrize(
    ("blocks", "addressees"),
    [
        (
            "His Excellency Oren Valk\nPresident of the Republic\n\nHer Excellency Ana Lorne\nPrime Minister",
            ["Oren Valk", "Ana Lorne"],
        ),
        (
            "His Excellency Ivo Tamm\nMinister of Labour\n\nHis Excellency Peter Osk\nMinister of Justice",
            ["Ivo Tamm", "Peter Osk"],
        ),
        (
            "Her Excellency Mira Sabel\nPresident\n\nHis Excellency Luc Daren\nSpeaker of Parliament",
            ["Mira Sabel", "Luc Daren"],
        ),
    ],
)
def test_a_letter_greeting_excellencies_addresses_each_block(blocks: str, addressees: list[str]) -> None:
    doc = (
        f"{blocks}\n\n5 July 2031\n\nYour Excellencies,\n\nThe International Union of Glass Makers "
        "protests.\n\nYours sincerely,\nPeter Halden\n"
    )
    assert [p.name for p in _extract(doc).meta.addressees] == addressees


@pytest.mark.parametrize(
    ("closing", "signer"),
    [("Yours,", "Ana Ferel"), ("Yours", "Ivo Marren"), ("Yours in solidarity,", "Luc Daren")],
)
def test_a_short_closing_before_the_signer(closing: str, signer: str) -> None:
    doc = (
        "Hon. Ivo Tamm\nMinister of Labour\n\n4 June 2031\n\nDear Minister,\n\nThe Kessland Teachers' Union "
        f"protests the dismissal of its delegates.\n\n{closing}\n{signer}\n"
    )
    assert [p.name for p in _extract(doc).meta.signatories] == [signer]
