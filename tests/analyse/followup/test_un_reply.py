"""A UN communication and the government's reply: what the reply claims of each ask."""

from __future__ import annotations

from dataclasses import replace

from casewatch.analyse.followup import followup
from casewatch.model import Genre, PartialDate

LETTER = """Mandates of the Special Rapporteur on the rights to freedom of peaceful assembly and of
association

REFERENCE: UA NPL 4/2023

12 April 2023

Excellency,

According to the information received, Ms Sunita Barel, general secretary of the Federation of Tea
Estate Workers, was detained on 2 April 2023 after a strike at the Kalimpur estate.

We urge your Excellency's Government to release Ms Sunita Barel and to drop all charges against her.

Please indicate the measures taken to amend section 9 of the Trade Union Act, which requires prior
authorization of strikes.
"""

REPLY = """The Permanent Mission of Nepal presents its compliments to the Office of the High Commissioner.

20 June 2023

Ms Sunita Barel was released on bail on 5 May 2023.

The draft amendment to section 9 of the Trade Union Act has not yet been adopted by Parliament.
"""


def _case(doc):  # type: ignore[no-untyped-def]
    names = {"Sunita Barel": "barel"}
    laws = {"Trade Union Act": "NPL Trade Union Act"}
    letter = doc(
        1,
        Genre.UN_COMMUNICATION,
        "2023-04-12",
        "NPL",
        LETTER,
        names=names,
        laws=laws,
        asks=[
            "release Ms Sunita Barel and to drop all charges against her",
            "indicate the measures taken to amend section 9 of the Trade Union Act",
        ],
    )
    reply = doc(2, Genre.GOVERNMENT_REPLY, "2023-06-20", "NPL", REPLY, names=names, laws=laws)
    return [letter, reply]


def test_one_thread_per_remedy(doc):
    found = followup(_case(doc))
    assert sorted(t.family for t in found.threads) == ["information:law", "persons"]


def test_the_reply_shows_release_met_and_reform_not_met(doc):
    found = followup(_case(doc))
    status = {t.family: [(s.document_id, s.status, s.group) for s in t.statuses] for t in found.threads}
    assert status["persons"] == [(2, "met", "government")]
    assert status["information:law"] == [(2, "not_met", "government")]


def test_an_earlier_document_shows_nothing(doc):
    """A reply dated before the letter cannot show the fate of its asks."""
    letter, reply = _case(doc)
    early = replace(reply, meta=replace(reply.meta, date=PartialDate(2023, 1, 5)))
    assert all(not t.statuses for t in followup([letter, early]).threads)
