"""The `evaluate` command: the stored case file measured against hand-made gold answers."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from casewatch.cli_common import DbOption, err, new_table, open_store, out

if TYPE_CHECKING:
    from casewatch.evaluate.evaluation import Evaluation


def evaluate(
    ctx: typer.Context,
    gold_dir: Annotated[
        Path,
        typer.Argument(
            help="Folder of gold files: one JSON per document (source, genre, date, reference, countries, "
            "reply_due, senders, signatories, addressees, persons, organizations, instruments, events, "
            "requests; optional entries and an ignore list), and optionally _clusters.json.",
            exists=True,
            file_okay=False,
        ),
    ],
    db: DbOption = None,
    by_genre: Annotated[bool, typer.Option("--by-genre", help="Figures per gold genre as well.")] = False,
    misses: Annotated[
        bool,
        typer.Option("--misses", help="Per document: wrong values, gold answers missed, answers gold lacks."),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="The whole evaluation as JSON.")] = False,
    min_overall: Annotated[
        float | None, typer.Option("--min-overall", help="Exit 1 when the overall figure is below this.")
    ] = None,
) -> None:
    """Measure the stored case file against hand-made gold answers.

    Scores the case file in the database as the casefile measure does: accuracy
    of genre, date, reference, countries and reply_due; precision, recall and F1
    of senders, signatories, addressees, persons, organisations, instruments,
    provisions, events and requests. Names match after folding case, accents and
    honorifics, by their words or an acronym; events by type, a compatible date
    and a participant; requests by shared content words. A gold document missing
    from the store scores 0. Ingest the annotated documents first:

    casewatch --db my.sqlite ingest my-documents/

    casewatch --db my.sqlite evaluate my-gold/ --by-genre --misses
    """
    import json

    from casewatch.evaluate.evaluation import GoldSet
    from casewatch.evaluate.evaluation import evaluate as run
    from casewatch.export.casefile import build_casefile, case_documents

    gold = GoldSet.read(gold_dir)
    if not gold.documents:
        err.print(f"[red]error:[/] no gold files (*.json) in {gold_dir}")
        raise typer.Exit(2)
    with open_store(ctx, db) as store:
        evaluation = run(build_casefile(case_documents(store)), gold)
    if as_json:
        sys.stdout.write(json.dumps(evaluation.as_dict(), ensure_ascii=False, indent=1) + "\n")
    else:
        _print_evaluation(evaluation, by_genre, misses)
    if min_overall is not None and evaluation.overall < min_overall:
        raise typer.Exit(1)


def _print_evaluation(evaluation: Evaluation, by_genre: bool, misses: bool) -> None:
    from casewatch.evaluate import report

    table = new_table(*report.FIELD_COLUMNS)
    for row in report.field_rows(evaluation):
        table.add_row(*row)
    out.print(table)
    if by_genre:
        for genre, fields in evaluation.by_genre().items():
            docs = next(iter(fields.values())).documents
            title = f"{genre} ({docs} document{'' if docs == 1 else 's'})"
            genre_table = new_table(*report.FIELD_COLUMNS, title=title)
            for row in report.genre_rows(fields):
                genre_table.add_row(*row)
            out.print(genre_table)
    if misses:
        for line in report.miss_lines(evaluation.documents):
            out.print(line, markup=False, highlight=False)
    unresolved = evaluation.cross.unresolved if evaluation.cross else []
    for line in unresolved:
        out.print(f"unresolved across documents: {line}", markup=False)
    docs = len(evaluation.documents)
    out.print(f"overall {evaluation.overall:.3f} over {docs} documents ({evaluation.found} in the store)")
