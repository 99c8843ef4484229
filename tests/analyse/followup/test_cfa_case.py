"""A CFA case followed over three reports: the same asks repeated, then partly and fully met."""

from __future__ import annotations

from casewatch.analyse.followup import followup
from casewatch.model import Genre

REPORT_1 = """Case No. 9901 (Guatemala) - Complaint date: 03-MAR-19
Report No. 390, June 2019

The complainant alleges that Mr Ramiro Ostal, treasurer of the Union of Banana Workers (SITRABAN),
was shot dead on 2 February 2019 and that forty members were dismissed after the union was founded.

The Committee's recommendations

(a) The Committee requests the Government to carry out without delay an independent investigation
into the killing of Mr Ramiro Ostal.

(b) The Committee requests the Government to ensure the reinstatement of the forty dismissed members
of SITRABAN.
"""

REPORT_2 = """Case No. 9901 (Guatemala)
Report No. 393, March 2020

The Committee notes the Government's indication that the investigation into the killing of Mr Ostal
was closed without identifying the perpetrators.

The Committee welcomes the reinstatement of twelve of the dismissed members of SITRABAN, however
regrets that the others have not been reinstated.

The Committee's recommendations

(a) The Committee once again requests the Government to reopen the investigation into the killing of
Mr Ostal.

(b) The Committee requests the Government to reinstate the remaining dismissed members of SITRABAN.
"""

REPORT_3 = """Case No. 9901 (Guatemala)
Report No. 401, November 2022

The Committee notes with satisfaction that the remaining dismissed members of SITRABAN were
reinstated in January 2022.

The Committee notes that the two perpetrators of the killing of Mr Ostal were convicted in May 2022.
"""


def _case(doc):  # type: ignore[no-untyped-def]
    names = {"Ramiro Ostal": "ostal", "Mr Ostal": "ostal", "SITRABAN": "sitraban"}
    return [
        doc(
            1,
            Genre.ILO_CFA,
            "2019-06",
            "GTM",
            REPORT_1,
            names=names,
            asks=[
                "carry out without delay an independent investigation into the killing of Mr Ramiro Ostal",
                "ensure the reinstatement of the forty dismissed members of SITRABAN",
            ],
        ),
        doc(
            2,
            Genre.ILO_CFA,
            "2020-03",
            "GTM",
            REPORT_2,
            names=names,
            asks=[
                "reopen the investigation into the killing of Mr Ostal",
                "reinstate the remaining dismissed members of SITRABAN",
            ],
        ),
        doc(3, Genre.ILO_CFA, "2022-11", "GTM", REPORT_3, names=names),
    ]


def _by_remedy(found):  # type: ignore[no-untyped-def]
    return {t.remedy: t for t in found.threads}


def test_each_remedy_is_one_thread_across_reports(doc):
    threads = _by_remedy(followup(_case(doc)))
    assert set(threads) == {"investigate", "reinstate"}
    assert [a.document_id for a in threads["investigate"].asks] == [1, 2]
    assert [a.document_id for a in threads["reinstate"].asks] == [1, 2]


def test_status_report_by_report(doc):
    threads = _by_remedy(followup(_case(doc)))
    investigation = {s.document_id: s.status for s in threads["investigate"].statuses}
    reinstatement = {s.document_id: s.status for s in threads["reinstate"].statuses}
    assert investigation == {2: "not_met", 3: "met"}
    assert reinstatement == {2: "partly_met", 3: "met"}
    assert threads["reinstate"].latest == "met"


def test_each_status_quotes_its_sentence(doc):
    threads = _by_remedy(followup(_case(doc)))
    first = threads["investigate"].statuses[0]
    assert "closed without identifying the perpetrators" in first.quote or "once again" in first.quote
    assert first.group == "committee"
    assert "however regrets" in threads["reinstate"].statuses[0].quote
