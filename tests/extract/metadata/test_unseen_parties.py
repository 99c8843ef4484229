"""Parties of page shapes met on unseen pages: a body named on a banner with the site's tagline, a campaign
message signed under its thanks (invented pages)."""

from __future__ import annotations

import pytest

from casewatch.extract.metadata.party_names import untagged
from casewatch.extract.pipeline import extract
from casewatch.model import Genre, Text


@pytest.mark.parametrize(
    ("banner", "name"),
    [
        ("IUF - Uniting Food, Farm and Hotel Workers World-Wide", "IUF"),
        ("Human Rights Watch - Home Page", "Human Rights Watch"),
        ("ATWF | News and campaigns", "ATWF"),
        # a name that runs on past a dash is kept whole: the part before it is no body of its own
        ("Arden Union of Dockers - Branch 5", "Arden Union of Dockers - Branch 5"),
        ("Jean-Pierre Dupont", "Jean-Pierre Dupont"),
    ],
)
def test_a_banners_tagline_is_no_part_of_the_name(banner: str, name: str) -> None:
    assert untagged(banner) == name


# an NGO's report page whose banner carries the site's furniture after the NGO's name
REPORT_PAGE = (
    "Human Rights Watch - Home Page\n\n"
    "I. SUMMARY\n\n"
    "Workers in the garment zones of Freedonia are dismissed for joining unions, and labour inspectors "
    "rarely act on their complaints.\n\n"
    "II. RECOMMENDATIONS\n\n"
    "The Government of Freedonia should amend the Labour Code to protect workers who organise."
)


def test_a_reports_sender_is_its_publisher_without_the_tagline() -> None:
    meta = extract(Text(REPORT_PAGE, "text/plain")).meta
    assert [p.name for p in meta.senders] == ["Human Rights Watch"]


# a campaign's message thanking its reader over the campaigner's name, with no "Yours sincerely"
CAMPAIGN_MESSAGE = (
    "Freedonia: Free the jailed dockers' leader\n"
    "Last week the police arrested the general secretary of the dockers' union on his way to a meeting.\n"
    "Please take a moment to send a message of protest to the port authority.\n"
    "And please share this message with your friends and fellow union members.\n"
    "Thank you!\n"
    "Jan Kowalczyk\n"
)


def test_a_campaign_message_is_signed_by_the_name_under_its_thanks() -> None:
    meta = extract(Text(CAMPAIGN_MESSAGE, "text/plain")).meta
    assert [p.name for p in meta.signatories] == ["Jan Kowalczyk"]


# a union president's letter to a paper's editor, signed with a blank line between the name and the office
EDITOR_LETTER = (
    "Your article went on to state that the Commissioner has apparently blamed the Arden Dockers Union for "
    "not furnishing further details of the allegations.\n\n"
    "If your reporting is accurate, this apportioning of blame is outrageous and must be corrected. The "
    "union has clearly acted in a responsible manner.\n\n"
    "Jan Kowalczyk\n\n"
    "President, Arden Dockers Union\n"
)


def test_a_letter_signed_by_a_unions_president_is_the_unions() -> None:
    meta = extract(Text(EDITOR_LETTER, "text/plain")).meta
    assert meta.genre is Genre.UNION_LETTER
    assert [p.name for p in meta.signatories] == ["Jan Kowalczyk"]


# a federation's letter of solidarity closing "En solidaridad," over its officer's name
SOLIDARITY_LETTER = (
    "De nuestra consideración,\n\n"
    "La Federación Sindical de Servicios de Avra manifiesta su apoyo y solidaridad con los trabajadores "
    "portuarios que celebrarán un acto en defensa del derecho de huelga.\n\n"
    "En solidaridad,\n\n"
    "María Fernández\n"
)


def test_a_letter_closing_in_solidarity_is_signed_by_the_name_under_it() -> None:
    meta = extract(Text(SOLIDARITY_LETTER, "text/plain")).meta
    assert [p.name for p in meta.signatories] == ["María Fernández"]
