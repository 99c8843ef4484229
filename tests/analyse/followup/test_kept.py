"""A document's reading survives its trip through the store's JSON unchanged, so a refresh that
takes kept readings computes what a refresh reading every text computes."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import replace

from casewatch.analyse.followup.kept import kept_json, reading_json, reading_of, renamed
from casewatch.analyse.followup.reading import read
from casewatch.model import Genre, SpeakerGroup

RECORD = """Individual Case (CAS) - Discussion: 2023

Written information provided by the Government

The criminal case against Ms Lina Osk is not related to trade union activities but was initiated
due to tax evasion.

The Labour Code was amended in 2022 and the union of harbour pilots was registered.

Discussion by the Committee

Worker members – Judicial harassment of union leaders is still going on. The most striking example
is that of Ms Lina Osk. The union was not registered and the Labour Code still allows dismissal for
union work. We urge the Government to reinstate Ms Lina Osk.

Employer members – We note some progress on the Labour Code.
"""


def _record(doc):  # type: ignore[no-untyped-def]
    return doc(
        7,
        Genre.ILO_CAS,
        "2023-06",
        "ISL",
        RECORD,
        asks=["reinstate Ms Lina Osk"],
        names={"Lina Osk": "osk"},
        laws={"Labour Code": "ISL Labour Code"},
        turns=[
            ("Written information provided by the Government", SpeakerGroup.GOVERNMENT, None),
            ("Worker members –", SpeakerGroup.WORKERS, None),
            ("Employer members –", SpeakerGroup.EMPLOYERS, None),
        ],
    )


def test_a_reading_comes_back_from_json_as_it_was(doc):
    reading = read(_record(doc))
    assert reading.asks and reading.cued and reading.disputes  # every part is exercised
    assert any(c.subjects for c in reading.cued) and any(c.unit.speaker for c in reading.cued)
    body = json.loads(json.dumps(reading_json(reading)))  # as a database gives it back
    assert reading_of(body) == reading


def test_a_reading_of_a_document_naming_no_country_or_date_comes_back(doc):
    plain = doc(
        8, Genre.UNION_LETTER, "2020", "", "We urge the Government to reinstate the dismissed pilots.\n"
    )
    reading = read(plain)
    reading = dataclasses.replace(reading, date=None, country="")
    assert reading_of(json.loads(json.dumps(reading_json(reading)))) == reading


def _kept(doc):  # type: ignore[no-untyped-def]
    record = _record(doc)
    return record, kept_json(read(record), "basis", (("ref-osk", "osk"),))


def test_a_kept_reading_takes_an_actor_renamed(doc):
    record, body = _kept(doc)
    renamed_body = renamed(body, {"ref-osk": "osk-and-more"})
    assert renamed_body is not None
    assert reading_of(renamed_body) == read(
        replace(record, anchors=tuple(replace(a, key="osk-and-more") for a in record.anchors))
    )


def test_a_kept_reading_whose_keys_merge_is_not_renamed(doc):
    _record_doc, body = _kept(doc)
    assert renamed(body, {"ref-osk": "ISL Labour Code"}) is None  # now one key with its law
