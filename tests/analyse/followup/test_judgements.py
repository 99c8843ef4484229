"""A reviewer's judgements on threads: move an ask to another ask's thread, or set it apart."""

from __future__ import annotations

from casewatch.analyse.followup import followup
from casewatch.model import Genre

LETTER = "We call for the release of Mr Ivo Danek and for the registration of the Miners' Union."
REPORT = "The Committee requests the Government to register the Miners' Union and to free him."


def _docs(doc):  # type: ignore[no-untyped-def]
    return [
        doc(
            1,
            Genre.UNION_LETTER,
            "2020-01",
            "HRV",
            LETTER,
            asks=["release of Mr Ivo Danek", "registration of the Miners' Union"],
        ),
        doc(2, Genre.ILO_CFA, "2020-06", "HRV", REPORT, asks=["register the Miners' Union", "free him"]),
    ]


def _threads(found):  # type: ignore[no-untyped-def]
    return sorted(sorted(a.id for a in t.asks) for t in found.threads)


def test_without_judgements(doc):
    assert _threads(followup(_docs(doc))) == [
        ["0000000000000001:r0", "0000000000000002:r1"],
        ["0000000000000001:r1", "0000000000000002:r0"],
    ]


def test_an_ask_set_apart(doc):
    found = followup(_docs(doc), {"0000000000000002:r1": None})
    assert ["0000000000000002:r1"] in _threads(found)
    assert len(found.threads) == 3


def test_an_ask_moved_to_another_thread(doc):
    found = followup(_docs(doc), {"0000000000000002:r1": "0000000000000001:r1"})
    assert _threads(found) == [
        ["0000000000000001:r0"],
        ["0000000000000001:r1", "0000000000000002:r0", "0000000000000002:r1"],
    ]


def test_a_judgement_on_a_missing_document_waits(doc):
    assert _threads(followup(_docs(doc), {"ffffffffffffffff:r0": None})) == _threads(followup(_docs(doc)))
