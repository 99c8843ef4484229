"""Benchmark: extraction alone (Text -> Extraction) on the seed documents repeated to >= 1 million words.

    .venv/bin/python bench/bench_extract.py [--words 1000000] [--profile 25]

Runs in one process, so the figure is words per second per core.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import resource
import time
from pathlib import Path

from casewatch.extract.pipeline import default_steps, run_steps
from casewatch.model import Text

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seeds"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=1_000_000)
    ap.add_argument("--seeds", type=Path, default=SEEDS)
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="print the N most costly functions")
    args = ap.parse_args()
    texts = [Text(p.read_text(encoding="utf-8"), "text/plain") for p in sorted(args.seeds.iterdir())]
    steps = default_steps()
    run_steps(steps, texts[0])  # warm up: vocabularies load once, lazily
    profiler = cProfile.Profile() if args.profile else None
    words = docs = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    if profiler:
        profiler.enable()
    while words < args.words:
        for text in texts:
            run_steps(steps, text)
            words += len(text.text.split())
            docs += 1
    if profiler:
        profiler.disable()
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start  # steadier than the wall clock when other work shares the cores
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"extraction: {words:,} words in {docs:,} documents, {elapsed:.2f} s, peak RSS {rss:,.0f} MiB")
    print(f"  {words / elapsed:,.0f} words/s per core, {docs / elapsed:,.1f} documents/s")
    print(f"  {words / cpu:,.0f} words per CPU second ({cpu:.2f} s of CPU)")
    if profiler:
        print("(profiled: the timing above includes the profiler's overhead)")
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)


if __name__ == "__main__":
    main()
