"""Benchmark: the follow-up's reading of each document (its asks, status cues and disputes) against a
raw baseline on the same texts.

    .venv/bin/python bench/bench_followup.py [--bench 200] [--rounds 3]

Bench documents (`bench_ingest.make_collection`: the seed documents with generated person names)
are ingested once into a temporary SQLite database. Each round then reads every stored document
as the follow-up does (`analyse.followup.reading.read`) and, over the same texts, runs the
baseline: the sentence splitter the reading itself starts from (`extract.sentences.split_sentences`).
Printed: CPU ms per document for both, and their ratio (the median round), which is what to compare
between runs and machines.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from bench_ingest import SEEDS, make_collection

from casewatch.analyse.followup.load import followup_docs_of
from casewatch.analyse.followup.model import FollowupDoc
from casewatch.analyse.followup.reading import read
from casewatch.extract.sentences import split_sentences
from casewatch.ingest import Ingestor
from casewatch.store import Store


def _cpu_ms(work: Callable[[FollowupDoc], object], docs: Sequence[FollowupDoc]) -> float:
    """CPU milliseconds per document of `work` over `docs`."""
    start = time.process_time()
    for doc in docs:
        work(doc)
    return 1000 * (time.process_time() - start) / len(docs)


def stored_docs(size: int, tmp: Path) -> list[FollowupDoc]:
    """`size` bench documents ingested, then loaded as the follow-up reads them."""
    folder = tmp / "docs"
    folder.mkdir()
    make_collection(folder, size)
    with Store.open(str(tmp / "bench.sqlite")) as store:
        Ingestor(store).run_paths([folder])
        ids = [row.id for row in store.documents(order="id")]
        return [doc for doc, _label in followup_docs_of(store, ids)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", type=int, default=200, help="bench documents")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    if not SEEDS.is_dir():
        sys.exit(f"the bench documents are made from the seeds: no {SEEDS}")
    with tempfile.TemporaryDirectory() as tmp:
        docs = stored_docs(args.bench, Path(tmp))
    sentences: Callable[[FollowupDoc], object] = lambda doc: split_sentences(doc.text)  # noqa: E731
    rounds = [(_cpu_ms(read, docs), _cpu_ms(sentences, docs)) for _ in range(args.rounds)]
    reading, baseline = (statistics.median(values) for values in zip(*rounds, strict=True))
    print(f"{len(docs)} bench documents, {args.rounds} rounds (median)")
    print(f"follow-up reading: {reading:.1f} ms CPU per document")
    print(f"baseline, sentence splitting of the same texts: {baseline:.1f} ms CPU per document")
    print(f"ratio: {reading / baseline:.1f}")


if __name__ == "__main__":
    main()
