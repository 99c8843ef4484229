"""A body's name as a site's banner gives it, with the site's tagline after a dash (invented banners)."""

from __future__ import annotations

import pytest

from casewatch.extract.metadata.party_names import untagged
from casewatch.extract.pipeline import extract
from casewatch.model import Text


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
