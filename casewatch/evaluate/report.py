"""An evaluation as rows and lines a reader scans: one row per field, per genre, one line per miss."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from casewatch.evaluate.evaluation import Evaluation
from casewatch.evaluate.fields import SCALAR_FIELDS, SET_FIELDS, DocumentScore
from casewatch.evaluate.tally import FieldScore

FIELD_COLUMNS = ("field", "P", "R", "F1/acc", "tp/fp/fn")
_SHORT = {
    "countries": "ctry",
    "reply_due": "due",
    "signatories": "sign",
    "addressees": "addr",
    "organizations": "orgs",
    "instruments": "instr",
    "provisions": "prov",
    "reference": "ref",
}


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


def genre_columns() -> tuple[str, ...]:
    return ("genre", "docs", *(_SHORT.get(name, name) for name in (*SCALAR_FIELDS, *SET_FIELDS)))


def genre_rows(by_genre: Mapping[str, Mapping[str, FieldScore]]) -> list[tuple[str, ...]]:
    """Per gold genre, each field's accuracy or F1; "-" where the genre's gold has nothing to find."""
    rows = []
    for genre, fields in by_genre.items():
        cells = [_cell(fields[name]) for name in (*SCALAR_FIELDS, *SET_FIELDS)]
        rows.append((genre, str(next(iter(fields.values())).documents), *cells))
    return rows


def _cell(score: FieldScore) -> str:
    t = score.tally
    if t is not None and t.tp + t.fp + t.fn == 0:
        return "-"
    return f"{score.score:.2f}"


def miss_lines(docs: Sequence[DocumentScore]) -> Iterator[str]:
    """Per document, the scalars it got wrong, the gold answers it missed and the answers gold lacks."""
    for doc in docs:
        if not doc.misses:
            continue
        yield f"{doc.source} ({doc.genre})" + ("" if doc.found else ": not in the store")
        for miss in doc.misses:
            yield f"  {miss.field} {miss.kind}: {miss.text}"
