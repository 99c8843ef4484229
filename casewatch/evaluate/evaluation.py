"""A whole evaluation: gold files read from a folder, every document scored, figures per field and genre."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casewatch.evaluate.fields import SCALAR_FIELDS, SET_FIELDS, DocumentScore, DocumentScorer
from casewatch.evaluate.matching import any_same
from casewatch.evaluate.tally import FieldScore, Tally

CLUSTERS = "_clusters.json"


@dataclass(frozen=True)
class GoldSet:
    """The gold files of a folder: one per document, and the actor clusters across documents if any."""

    documents: list[dict[str, Any]]
    clusters: list[list[str]] | None = None

    @classmethod
    def read(cls, folder: Path) -> GoldSet:
        files = sorted(p for p in folder.glob("*.json") if not p.name.startswith("_"))
        documents = [json.loads(p.read_text(encoding="utf-8")) for p in files]
        clusters_file = folder / CLUSTERS
        clusters = None
        if clusters_file.exists():
            data = json.loads(clusters_file.read_text(encoding="utf-8"))
            clusters = [c["names"] for c in data.get("clusters", [])]
        return cls(documents, clusters)


@dataclass(frozen=True)
class CrossDocument:
    """Gold actor clusters that landed in exactly one system entity holding no other cluster's names."""

    resolved: int
    clusters: int
    unresolved: list[str]

    @property
    def score(self) -> float:
        return self.resolved / self.clusters if self.clusters else 1.0


def cross_document(clusters: Sequence[Sequence[str]], export: Mapping[str, Any]) -> CrossDocument:
    entities = export.get("entities", [])
    hits = [
        {i for i, e in enumerate(entities) if any_same(names, [e.get("name", ""), *e.get("aliases", [])])}
        for names in clusters
    ]
    unresolved = []
    for n, (names, mine) in enumerate(zip(clusters, hits, strict=True)):
        others = set().union(*(h for m, h in enumerate(hits) if m != n))
        if len(mine) != 1 or mine & others:
            shared = " (shared with another cluster)" if mine & others else ""
            unresolved.append(f"{names[0]}: {len(mine)} entities{shared}")
    return CrossDocument(len(clusters) - len(unresolved), len(clusters), unresolved)


def field_scores(docs: Sequence[DocumentScore]) -> dict[str, FieldScore]:
    """Accuracy of each scalar field and micro-averaged P/R/F1 of each set field over `docs`."""
    scores = {
        name: FieldScore(
            name, sum(d.scalars[name] for d in docs) / len(docs) if docs else 0.0, None, len(docs)
        )
        for name in SCALAR_FIELDS
    }
    for name in SET_FIELDS:
        total = Tally()
        for doc in docs:
            total += doc.sets[name]
        scores[name] = FieldScore(name, total.f1, total, len(docs))
    return scores


@dataclass(frozen=True)
class Evaluation:
    documents: list[DocumentScore]
    fields: dict[str, FieldScore]
    cross: CrossDocument | None

    @property
    def overall(self) -> float:
        """The plain mean of the field figures (and of cross-document resolution when gold has clusters)."""
        figures = [f.score for f in self.fields.values()]
        if self.cross is not None:
            figures.append(self.cross.score)
        return sum(figures) / len(figures) if figures else 0.0

    @property
    def found(self) -> int:
        return sum(d.found for d in self.documents)

    def by_genre(self) -> dict[str, dict[str, FieldScore]]:
        """The field figures over the documents of each gold genre."""
        groups: dict[str, list[DocumentScore]] = defaultdict(list)
        for doc in self.documents:
            groups[doc.genre].append(doc)
        return {genre: field_scores(docs) for genre, docs in sorted(groups.items())}

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": len(self.documents),
            "found": self.found,
            "overall": self.overall,
            "fields": {name: _field_dict(f) for name, f in self.fields.items()},
            "cross_document": None if self.cross is None else vars(self.cross) | {"score": self.cross.score},
            "by_genre": {
                genre: {name: _field_dict(f) for name, f in fields.items()}
                for genre, fields in self.by_genre().items()
            },
            "misses": {d.source: [vars(m) for m in d.misses] for d in self.documents if d.misses},
        }


def _field_dict(score: FieldScore) -> dict[str, Any]:
    if score.tally is None:
        return {"accuracy": score.score}
    t = score.tally
    return {"precision": t.precision, "recall": t.recall, "f1": t.f1, "tp": t.tp, "fp": t.fp, "fn": t.fn}


def evaluate(export: Mapping[str, Any], gold: GoldSet) -> Evaluation:
    """Score a casefile/1 export against gold files (see EVAL.md for the format and the rules)."""
    scorer = DocumentScorer(export)
    docs = [scorer.score(g) for g in gold.documents]
    cross = cross_document(gold.clusters, export) if gold.clusters is not None else None
    return Evaluation(docs, field_scores(docs), cross)
