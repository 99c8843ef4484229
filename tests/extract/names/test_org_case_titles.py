"""Parties of a law report's title in capitals (invented reports)."""

from __future__ import annotations

from casewatch.extract.names.org_case_titles import case_parties

REPORT = """LAWS(VAL)-2010-3-36

ARDEN MILLS LTD Vs. ARDEN MILLS WORKERS UNION

Decided On March 04, 2010
(1.) The petitioner is a company registered under the Companies Act."""


def test_both_bodies_of_a_case_title_are_parties() -> None:
    assert [f.text for f in case_parties(REPORT)] == ["ARDEN MILLS LTD", "ARDEN MILLS WORKERS UNION"]


def test_a_person_or_a_state_in_a_case_title_is_no_body() -> None:
    assert list(case_parties("TOMAS BRELL Vs. STATE OF VALDOR\n")) == []


def test_a_sentence_with_versus_is_no_title() -> None:
    assert list(case_parties("The Arden Mills Ltd v. Workers Union case was heard.\n")) == []
