"""Scoring one document's answers against its gold file, field by field, keeping what was missed."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casewatch.evaluate.matching import (
    any_same,
    dates_compatible,
    fold,
    gold_forms,
    instrument_matches,
    provision,
    texts_match,
)
from casewatch.evaluate.tally import Tally

SCALAR_FIELDS = ("genre", "date", "reference", "countries", "reply_due")
PARTY_FIELDS = ("senders", "signatories", "addressees")
SET_FIELDS = (*PARTY_FIELDS, "persons", "organizations", "instruments", "provisions", "events", "requests")
_ENTITY_TYPES = {"persons": "person", "organizations": "organization"}

Item = Mapping[str, Any]
Matcher = Callable[[Item, Any], bool]


@dataclass(frozen=True)
class Miss:
    """A gold answer the system did not give ("missed"), one it gave that gold lacks ("extra"),
    or a scalar it got wrong ("wrong": gold and system values)."""

    field: str
    kind: str
    text: str


@dataclass
class DocumentScore:
    source: str
    genre: str
    found: bool
    scalars: dict[str, bool] = field(default_factory=dict)
    sets: dict[str, Tally] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)


@dataclass(frozen=True)
class Pairing:
    tally: Tally
    missed: list[Item]
    extra: list[Any]


def pair(
    gold: Sequence[Item], system: Sequence[Any], matches: Matcher, neutral: Callable[[Any], bool]
) -> Pairing:
    """Greedy one-to-one pairing. Optional gold answers, and system answers `neutral` accepts (names
    on the gold file's ignore list), neither count for nor against the system."""
    free = list(range(len(system)))
    missed: list[Item] = []
    tp = 0
    for item in sorted(gold, key=lambda g: bool(g.get("optional"))):  # required answers take first pick
        hit = next((i for i in free if matches(item, system[i])), None)
        if hit is not None:
            free.remove(hit)
            tp += not item.get("optional")
        elif not item.get("optional"):
            missed.append(item)
    extra = [system[i] for i in free if not neutral(system[i])]
    return Pairing(Tally(tp, len(extra), len(missed)), missed, extra)


def _scalars(gold: Item, doc: Item | None) -> dict[str, bool]:
    if doc is None:
        return dict.fromkeys(SCALAR_FIELDS, False)
    gold_ref, ref = gold.get("reference"), doc.get("reference")
    return {
        "genre": doc.get("genre") == gold["genre"],
        "date": doc.get("date") == gold["date"],
        "reference": (not ref) if gold_ref is None else (ref is not None and fold(gold_ref) == fold(ref)),
        "countries": sorted(doc.get("countries") or []) == sorted(gold.get("countries") or []),
        "reply_due": doc.get("reply_due") == gold.get("reply_due"),
    }


def _in(source: str, documents: Sequence[str]) -> bool:
    return source in {Path(d).name for d in documents}


class DocumentScorer:
    """Scores the documents of one export: entity names are looked up once for every document."""

    def __init__(self, export: Item) -> None:
        self.export = export
        self.entity_names = {
            e["id"]: [e.get("name", ""), *e.get("aliases", [])]
            for e in export.get("entities", [])
            if "id" in e
        }

    def score(self, gold: Item) -> DocumentScore:
        source = gold["source"]
        doc = next(
            (d for d in self.export.get("documents", []) if Path(d.get("source", "")).name == source), None
        )
        result = DocumentScore(source, gold.get("genre", "other"), doc is not None, _scalars(gold, doc))
        for name, ok in result.scalars.items():
            if not ok:
                mine = doc.get(name) if doc else "(document not in the export)"
                result.misses.append(Miss(name, "wrong", f"gold {gold.get(name)!r}, system {mine!r}"))
        ignore = list(gold.get("ignore", []))
        for name in SET_FIELDS:
            gold_items, system, matches = self._field(name, gold, doc or {})
            neutral = (lambda s: isinstance(s, list) and any_same(ignore, s)) if ignore else (lambda s: False)
            pairing = pair(gold_items, system, matches, neutral)
            result.sets[name] = pairing.tally
            result.misses += [Miss(name, "missed", _gold_text(name, g)) for g in pairing.missed]
            result.misses += [Miss(name, "extra", _system_text(name, s)) for s in pairing.extra]
        return result

    def _field(self, name: str, gold: Item, doc: Item) -> tuple[list[Item], list[Any], Matcher]:
        source = gold["source"]
        if name in PARTY_FIELDS:
            return gold.get(name, []), [[n] for n in doc.get(name) or [] if isinstance(n, str)], _names_match
        if name in _ENTITY_TYPES:
            ents = [e for e in self.export.get("entities", []) if _in(source, e.get("documents", []))]
            names = [
                [e.get("name", ""), *e.get("aliases", [])]
                for e in ents
                if e.get("type") == _ENTITY_TYPES[name]
            ]
            return gold.get(name, []), names, _names_match
        if name in {"instruments", "provisions"}:
            cited = [i for i in self.export.get("instruments", []) if _in(source, i.get("documents", []))]
            if name == "instruments":
                return (
                    gold.get("instruments", []),
                    cited,
                    lambda g, s: instrument_matches(g, s.get("key", "")),
                )
            return _gold_provisions(gold), _system_provisions(cited), _provision_match
        if name == "events":
            events = [e for e in self.export.get("events", []) if Path(e.get("document", "")).name == source]
            return gold.get("events", []), events, self._event_match
        requests = [r for r in self.export.get("requests", []) if Path(r.get("document", "")).name == source]
        return gold.get("requests", []), requests, lambda g, s: texts_match(g["text"], s.get("text", ""))

    def _event_match(self, gold: Item, event: Item) -> bool:
        if event.get("type") != gold["type"] or not dates_compatible(gold.get("date"), event.get("date")):
            return False
        if not gold.get("participants"):
            return True
        refs = [*(event.get("actors") or []), *(event.get("targets") or [])]
        names = [n for ref in refs if isinstance(ref, str) for n in self.entity_names.get(ref, [ref])]
        return any_same(gold["participants"], names)


def _names_match(gold: Item, names: list[str]) -> bool:
    return any_same(gold_forms(gold), names)


def _gold_provisions(gold: Item) -> list[Item]:
    found: dict[tuple[str, str], Item] = {}
    for item in gold.get("instruments", []):
        for raw in item.get("provisions", []):
            found[(item["key"], provision(raw))] = {**item, "provision": provision(raw)}
    return list(found.values())


def _system_provisions(cited: Sequence[Item]) -> list[Item]:
    found = {(i.get("key", ""), provision(p)): i for i in cited for p in i.get("provisions", [])}
    return [{"key": key, "provision": prov} for key, prov in found]


def _provision_match(gold: Item, mine: Item) -> bool:
    return gold["provision"] == mine["provision"] and instrument_matches(gold, mine["key"])


def _gold_text(name: str, item: Item) -> str:
    if name in {"events"}:
        return f"{item['type']} {item.get('date') or ''} {', '.join(item.get('participants', []))}".strip()
    if name == "requests":
        return item["text"]
    if name == "provisions":
        return f"{item['key']} {item['provision']}"
    return item.get("name") or item.get("key", "")


def _system_text(name: str, item: Any) -> str:
    if isinstance(item, list):
        return item[0]
    if name == "events":
        return f"{item.get('type')} {item.get('date') or ''}: {item.get('quote', '')[:80]}".strip()
    if name == "requests":
        return item.get("text", "")[:120]
    if name == "provisions":
        return f"{item['key']} {item['provision']}"
    return str(item.get("key", item))
