"""An evaluation as rows and lines a reader scans: one row per field, per genre, one line per miss."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from casewatch.evaluate.evaluation import Evaluation
from casewatch.evaluate.fields import DocumentScore
from casewatch.evaluate.tally import FieldScore

FIELD_COLUMNS = ("field", "P", "R", "F1/acc", "tp/fp/fn")


def field_row(score: FieldScore) -> tuple[str, ...]:
    if score.tally is None:
        return (score.name, "", "", f"{score.score:.2f}", "")
    t = score.tally
    return (score.name, f"{t.precision:.2f}", f"{t.recall:.2f}", f"{t.f1:.2f}", f"{t.tp}/{t.fp}/{t.fn}")


def field_rows(evaluation: Evaluation) -> list[tuple[str, ...]]:
    rows = [field_row(score) for score in evaluation.fields.values()]
    if evaluation.cross is not None:
        cross = evaluation.cross
        rows.append(
            ("cross_document", "", "", f"{cross.score:.2f}", f"{cross.resolved}/{cross.clusters} clusters")
        )
    return rows


def genre_rows(fields: Mapping[str, FieldScore]) -> list[tuple[str, ...]]:
    """One genre's rows: P/R/F1 or accuracy per field, leaving out set fields its gold has nothing in."""
    return [
        field_row(score)
        for score in fields.values()
        if score.tally is None or score.tally.tp + score.tally.fp + score.tally.fn
    ]


def miss_lines(docs: Sequence[DocumentScore]) -> Iterator[str]:
    """Per document, the scalars it got wrong, the gold answers it missed and the answers gold lacks."""
    for doc in docs:
        if not doc.misses:
            continue
        yield f"{doc.source} ({doc.genre})" + ("" if doc.found else ": not in the store")
        for miss in doc.misses:
            yield f"  {miss.field} {miss.kind}: {miss.text}"
