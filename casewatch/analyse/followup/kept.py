"""A document's reading as the store keeps it (plain JSON), so that a refresh reads again only
the documents that changed: `reading_of(reading_json(r)) == r` for every reading."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from casewatch.analyse.followup.model import Ask, Dispute, Side
from casewatch.analyse.followup.reading import Cued, Reading
from casewatch.analyse.followup.units import Unit
from casewatch.model import PartialDate

_FLAGS = ("progress", "lack", "partial", "repeated")


def _day(date: PartialDate | None) -> str | None:
    return date.iso if date else None


def _date(value: str | None) -> PartialDate | None:
    return PartialDate.parse(value) if value else None


def _keys(values: Iterable[str]) -> list[str]:
    return sorted(values)


def _ask_json(ask: Ask) -> dict[str, Any]:
    return {
        "id": ask.id,
        "text": ask.text,
        "remedy": ask.remedy,
        "family": ask.family,
        "issuers": list(ask.issuers),
        "span": [ask.start, ask.end],
        "anchor": ask.anchor,
        "names": _keys(ask.names),
        "laws": _keys(ask.laws),
    }


def _ask(body: dict[str, Any], reading: dict[str, Any]) -> Ask:
    return Ask(
        id=body["id"],
        document_id=reading["document_id"],
        source=reading["source"],
        date=_date(reading["date"]),
        text=body["text"],
        remedy=body["remedy"],
        family=body["family"],
        issuers=tuple(body["issuers"]),
        start=body["span"][0],
        end=body["span"][1],
        anchor=body["anchor"],
        names=frozenset(body["names"]),
        laws=frozenset(body["laws"]),
    )


def _unit_json(unit: Unit) -> dict[str, Any]:
    return {
        "span": [unit.start, unit.end],
        "text": unit.text,
        "group": unit.group,
        "speaker": unit.speaker,
        "turn": unit.turn,
        "anchors": _keys(unit.anchors),
        "laws": _keys(unit.laws),
    }


def _unit(body: dict[str, Any]) -> Unit:
    start, end = body["span"]
    anchors, laws = frozenset(body["anchors"]), frozenset(body["laws"])
    return Unit(start, end, body["text"], body["group"], body["speaker"], body["turn"], anchors, laws)


def _cued_json(cued: Cued) -> dict[str, Any]:
    return {
        "unit": _unit_json(cued.unit),
        "anchors": _keys(cued.anchors),
        "laws": _keys(cued.laws),
        "subjects": sorted([remedy, n] for remedy, n in cued.subjects),
        "done": _keys(cued.done),
        "failed": _keys(cued.failed),
        "flags": [kind for kind in _FLAGS if getattr(cued, kind)],
    }


def _cued(body: dict[str, Any]) -> Cued:
    return Cued(
        unit=_unit(body["unit"]),
        anchors=frozenset(body["anchors"]),
        laws=frozenset(body["laws"]),
        subjects=frozenset((remedy, n) for remedy, n in body["subjects"]),
        done=frozenset(body["done"]),
        failed=frozenset(body["failed"]),
        **{kind: kind in body["flags"] for kind in _FLAGS},
    )


def _dispute_json(dispute: Dispute) -> dict[str, Any]:
    return {
        "id": dispute.id,
        "topic": dispute.topic,
        "about": dispute.about,
        "country": dispute.country,
        "sides": [[s.group, s.speaker, s.quote, s.start, s.end] for s in dispute.sides],
        "threads": list(dispute.threads),
    }


def _dispute(body: dict[str, Any], reading: dict[str, Any]) -> Dispute:
    return Dispute(
        id=body["id"],
        document_id=reading["document_id"],
        source=reading["source"],
        date=_date(reading["date"]),
        country=body["country"],
        topic=body["topic"],
        about=body["about"],
        sides=tuple(Side(*side) for side in body["sides"]),
        threads=tuple(body["threads"]),
    )


def reading_json(reading: Reading) -> dict[str, Any]:
    """The reading as plain JSON; its asks and disputes take the document's id, source and date."""
    return {
        "document_id": reading.document_id,
        "source": reading.source,
        "date": _day(reading.date),
        "country": reading.country,
        "asks": [_ask_json(a) for a in reading.asks],
        "cued": [_cued_json(c) for c in reading.cued],
        "disputes": [_dispute_json(d) for d in reading.disputes],
    }


def reading_of(body: dict[str, Any]) -> Reading:
    return Reading(
        document_id=body["document_id"],
        source=body["source"],
        date=_date(body["date"]),
        country=body["country"],
        asks=tuple(_ask(a, body) for a in body["asks"]),
        cued=tuple(_cued(c) for c in body["cued"]),
        disputes=tuple(_dispute(d, body) for d in body["disputes"]),
    )


def kept_json(reading: Reading, basis: str, clusters: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """The reading as kept: with the basis of its document (text and facts, see `ReadState`)
    and the anchor key each of its entities was read with."""
    return {**reading_json(reading), "basis": basis, "clusters": dict(clusters)}


def _renaming(body: dict[str, Any], clusters: Mapping[str, str]) -> dict[str, str] | None:
    """Old anchor key -> new one, when the clusters now only rename the reading's keys one to
    one (an actor of it joined by new documents); None when two of its keys become one."""
    names: dict[str, str] = {}
    for ref, old in body["clusters"].items():
        if names.setdefault(old, clusters.get(ref, ref)) != clusters.get(ref, ref):
            return None
    renamed = {old: new for old, new in names.items() if old != new}
    others = _anchor_keys(body) - renamed.keys()
    if len(set(renamed.values())) < len(renamed) or others & set(renamed.values()):
        return None
    return renamed


def _anchor_keys(body: dict[str, Any]) -> set[str]:
    keys = {key for ask in body["asks"] for key in ask["names"]}
    keys.update(key for cued in body["cued"] for key in (*cued["anchors"], *cued["unit"]["anchors"]))
    return keys


def renamed(body: dict[str, Any], clusters: Mapping[str, str]) -> dict[str, Any] | None:
    """The kept reading with its anchor keys as `clusters` (entity ref -> cluster) name them now,
    which equals reading its document again with them (every step of a reading compares keys,
    none orders them); None when they merge two of its keys (a document read again)."""
    names = _renaming(body, clusters)
    if names is None:
        return None

    def keys(values: list[str]) -> list[str]:
        return sorted(names.get(key, key) for key in values)

    return {
        **body,
        "asks": [{**ask, "names": keys(ask["names"])} for ask in body["asks"]],
        "cued": [
            {**c, "anchors": keys(c["anchors"]), "unit": {**c["unit"], "anchors": keys(c["unit"]["anchors"])}}
            for c in body["cued"]
        ],
        "clusters": {ref: clusters.get(ref, ref) for ref in body["clusters"]},
    }
