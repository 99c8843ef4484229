"""Benchmark: the whole pipeline (read + extract + store + resolve) over synthetic collections.

    .venv/bin/python bench/bench_ingest.py [--sizes 200 2000] [--workers 2]

The collection is made from the seed documents with their person names replaced by generated
ones, so that resolution faces many distinct actors. Reports documents and words per second,
and the cost per document at each size (it should not grow with the size of the collection).
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import tempfile
import time
from pathlib import Path

from casewatch.ingest import Ingestor, resolve_collection
from casewatch.store import Store

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seeds"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
GIVEN = ["Anna", "Boris", "Chen", "Dilnoza", "Emeka", "Fatima", "Goran", "Hana", "Ivan", "Jamila"]
FAMILY = [
    "Abara",
    "Bekova",
    "Castillo",
    "Demir",
    "Eriksen",
    "Farouk",
    "Gashi",
    "Hoang",
    "Ilyin",
    "Jovanovic",
    "Kaya",
    "Lungu",
    "Mensah",
    "Novak",
    "Osei",
    "Petrova",
    "Quispe",
    "Rahman",
    "Silva",
    "Tanaka",
]
TITLED = re.compile(r"\b(Mr|Ms|Mrs|Dr)\.? ([A-Z][a-z]+)")


def variant(text: str, rng: random.Random) -> str:
    """The same document about other people: titled surnames replaced consistently within the document."""
    mapping: dict[str, str] = {}

    def swap(m: re.Match[str]) -> str:
        name = mapping.setdefault(m.group(2), rng.choice(FAMILY) + rng.choice(["", "ov", "enko", "ic"]))
        return f"{m.group(1)} {name}"

    return TITLED.sub(swap, text) + f"\n\n{rng.choice(GIVEN)} {rng.choice(FAMILY)}\n"


def make_collection(folder: Path, size: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    sources = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir())]
    words = 0
    for i in range(size):
        text = variant(sources[i % len(sources)], rng) + f"\nDocument {i}\n"
        (folder / f"doc{i:05d}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def run(size: int, workers: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "docs")
        folder.mkdir()
        words = make_collection(folder, size)
        store = Store.open(str(Path(tmp, "bench.sqlite")))
        ing = Ingestor(store, workers=workers)
        t0 = time.perf_counter()
        report = ing.run_paths([folder])
        total = time.perf_counter() - t0
        t1 = time.perf_counter()
        resolve_collection(store)
        resolve_s = time.perf_counter() - t1
        n = report.count("ingested")
        store.close()
    print(f"{size:>6} documents ({words:,} words), {workers} workers: {total:.1f} s total")
    print(
        f"        {n / total:,.1f} documents/s, {words / total:,.0f} words/s, "
        f"{1000 * total / size:.1f} ms per document; resolution alone {resolve_s:.2f} s "
        f"({1000 * resolve_s / size:.2f} ms per document)"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[200, 2000])
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    for size in args.sizes:
        run(size, args.workers)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # workers are started by a fork server, so their peak is not seen here: this is the storing process
    print(f"peak RSS of the storing process: {peak:,.0f} MiB")


if __name__ == "__main__":
    main()
