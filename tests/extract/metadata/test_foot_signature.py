"""The signature at a page's foot: an officer's title names the body whose letter the page is and who sends
it; a byline, a date or a title naming no body is no such signature (invented pages)."""

from __future__ import annotations

import pytest

from casewatch.extract.metadata.foot_signature import signed_genre, signing_body
from casewatch.extract.metadata.genre import classify
from casewatch.extract.pipeline import extract
from casewatch.model import Genre, Text

# A federation's solidarity statement, closed by its officer's signature: no story ends so
SIGNED = (
    "Greetings from the ARPS to the twelve trade union delegates of the Avra dockers who face the "
    "criminal court on 16 March.\n\n"
    "The ARPS stands by these comrades and asks the ministry to withdraw a case built on a peaceful sit-in, "
    "for which one of them was already cleared last year, the court reported.\n"
    "Your struggle is ours.\n\n"
    "{name}\n{title}\n"
)


@pytest.mark.parametrize(
    ("name", "title", "genre"),
    [
        ("Jan Kovar", "General Secretary ARPS", Genre.UNION_LETTER),
        ("Ana Ruiz", "Secretaria general, Federación de Trabajadores Portuarios", Genre.UNION_LETTER),
        ("Marta Lind", "Executive Director, Arden Human Rights League", Genre.NGO_REPORT),
    ],
)
def test_a_page_closing_on_an_officer_s_signature_is_the_body_s(name: str, title: str, genre: Genre) -> None:
    text = SIGNED.format(name=name, title=title)
    assert signed_genre(text) is genre
    assert classify(text) is genre


@pytest.mark.parametrize(("name", "title"), [("Jan Kovar", "Staff reporter"), ("Porto Avra", "3 May 2031")])
def test_a_byline_or_a_date_at_the_foot_is_no_officer_s_signature(name: str, title: str) -> None:
    assert signed_genre(SIGNED.format(name=name, title=title)) is None


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("General Secretary ARPS", "ARPS"),
        ("Secretaria general de la Federación de Estibadores", "Federación de Estibadores"),
        ("Executive Director, Arden Human Rights League", "Arden Human Rights League"),
        ("General Secretary TUI P&S", "TUI P&S"),
    ],
)
def test_the_body_an_officer_signs_for_is_the_page_s_sender(title: str, body: str) -> None:
    text = SIGNED.format(name="Jan Kovar", title=title)
    assert signing_body(text) == body
    assert [p.name for p in extract(Text(text, "text/plain")).meta.senders] == [body]


@pytest.mark.parametrize(
    "title", ["General Secretary", "Staff reporter, The Avra Daily", "Director of photography"]
)
def test_a_title_naming_no_body_gives_no_sender(title: str) -> None:
    assert signing_body(SIGNED.format(name="Jan Kovar", title=title)) is None
