"""Disputes in a Conference Committee record: the government's account and the workers' side by side."""

from __future__ import annotations

from dataclasses import replace

from casewatch.analyse.followup import followup
from casewatch.model import Genre, SpeakerGroup

RECORD = """Individual Case (CAS) - Discussion: 2024, Publication: 112th ILC session (2024)

Written information provided by the Government

The criminal case against Mr Tomas Verel is not related to trade union activities but was initiated
due to tax evasion.

Currently, Mr Tomas Verel is at liberty.

Under the amended Penal Code, joining an unauthorized strike is no longer a criminal offence.

Discussion by the Committee

Worker members – Judicial harassment of union leaders is still going on. The most striking example
is that of Mr Tomas Verel.

Mr Tomas Verel was released from custody but is still barred from union office for five years.

The amendment of the Penal Code still makes joining an unauthorized strike a criminal offence.

Government member, Norway – We note that Mr Tomas Verel was released and encourage dialogue.

Employer members – We thank the Government for the information.
"""


def _record(doc):  # type: ignore[no-untyped-def]
    return doc(
        1,
        Genre.ILO_CAS,
        "2024-06",
        "MDV",
        RECORD,
        names={"Tomas Verel": "verel"},
        laws={"Penal Code": "MDV Penal Code"},
        turns=[
            ("Written information provided by the Government", SpeakerGroup.GOVERNMENT, None),
            ("Worker members –", SpeakerGroup.WORKERS, None),
            ("Government member, Norway –", SpeakerGroup.GOVERNMENT, "NOR"),
            ("Employer members –", SpeakerGroup.EMPLOYERS, None),
        ],
    )


def _by_topic(doc):  # type: ignore[no-untyped-def]
    return {d.topic: d for d in followup([_record(doc)]).disputes}


def test_three_facts_are_disputed(doc):
    assert set(_by_topic(doc)) == {"prosecution", "liberty", "criminalisation"}


def test_each_dispute_keeps_both_speakers_and_sentences(doc):
    disputes = _by_topic(doc)
    liberty = disputes["liberty"].sides
    assert ("government", "Currently, Mr Tomas Verel is at liberty.") in [(s.group, s.quote) for s in liberty]
    assert any(s.group == "workers" and "still barred" in s.quote for s in liberty)
    prosecution = disputes["prosecution"].sides
    worker = next(s for s in prosecution if s.group == "workers")
    assert worker.quote.startswith("Judicial harassment of union leaders is still going on.")
    assert worker.speaker == "Worker members –"


def test_another_countrys_government_is_not_the_government(doc):
    sides = [s for d in _by_topic(doc).values() for s in d.sides]
    assert not any(s.group == "government" and "Norway" in (s.speaker or "") for s in sides)


def test_no_dispute_without_an_opposing_speaker(doc):
    """A government reply speaks with one voice: it disputes nothing by itself."""
    record = _record(doc)
    reply = replace(record, meta=replace(record.meta, genre=Genre.GOVERNMENT_REPLY), statements=())
    assert followup([reply]).disputes == ()
