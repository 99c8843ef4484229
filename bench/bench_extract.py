"""Benchmark: extraction alone (Text -> Extraction) against a raw tokenizer, on the same text.

    .venv/bin/python bench/bench_extract.py [--corpus DIR] [--words 1000000] [--rounds 3]
        [--profile 25] [--steps]

The corpus (the development corpus beside the project by default, else the seeds) is repeated
to at least --words words. Each round runs casewatch's extraction and the baseline, a blank
spaCy English tokenizer (`spacy.blank("en")`, no model), over the same texts one after the
other, so both see the same machine load; the figure is words per CPU second in one process,
and the ratio casewatch ÷ baseline is what to compare between runs and machines. Install the
baseline with `pip install -e '.[bench]'`. `--steps` adds each step's share of the CPU time.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from casewatch.extract.pipeline import Step, apply, default_steps, run_steps
from casewatch.model import Extraction, Text

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def _corpus(folder: Path | None) -> list[Text]:
    for candidate in (folder,) if folder else (SHARED / "dev", SHARED / "seeds"):
        files = sorted(p for p in candidate.glob("*.txt")) if candidate.is_dir() else []
        if files:
            return [Text(p.read_text(encoding="utf-8"), "text/plain") for p in files]
    sys.exit(f"no .txt documents in {folder or SHARED}: pass --corpus DIR")


def _cpu_rate(run: Callable[[Text], object], texts: list[Text], words: int) -> float:
    """Words per CPU second of `run` over `texts` repeated to at least `words` words."""
    done, cpu = 0, time.process_time()
    while done < words:
        for text in texts:
            run(text)
            done += len(text.text.split())
    return done / (time.process_time() - cpu)


def _baseline() -> Callable[[Text], object]:
    try:
        import spacy
    except ImportError:
        sys.exit("the baseline needs spaCy: pip install -e '.[bench]'")
    tokenizer = spacy.blank("en")
    return lambda text: tokenizer(text.text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, help="folder of .txt documents (default: the development corpus)")
    ap.add_argument("--words", type=int, default=1_000_000, help="words per round and per side")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="print the N most costly functions")
    ap.add_argument("--steps", action="store_true", help="print each step's CPU time and share")
    args = ap.parse_args()
    texts = _corpus(args.corpus)
    steps = default_steps()
    extract = lambda text: run_steps(steps, text)  # noqa: E731
    baseline = _baseline()
    for text in texts:  # warm up: vocabularies load once, lazily
        extract(text), baseline(text)
    ours, theirs = [], []
    for _ in range(args.rounds):
        ours.append(_cpu_rate(extract, texts, args.words))
        theirs.append(_cpu_rate(baseline, texts, args.words))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    mine, raw = statistics.median(ours), statistics.median(theirs)
    total = sum(len(t.text.split()) for t in texts)
    print(f"corpus: {len(texts)} documents, {total:,} words, repeated to {args.words:,} words per round")
    print(f"casewatch extraction   {mine:>10,.0f} words per CPU second (rounds: {_rounds(ours)})")
    print(f"spacy.blank('en')      {raw:>10,.0f} words per CPU second (rounds: {_rounds(theirs)})")
    print(f"ratio                  {mine / raw:>10.2f}   (goal >= 0.5); peak RSS {rss:,.0f} MiB")
    if args.steps:
        _step_shares(steps, texts, args.words // 4)
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(_cpu_rate, extract, texts, args.words // 4)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)


def _step_shares(steps: list[Step], texts: list[Text], words: int) -> None:
    """Each step's CPU seconds over `texts` repeated to `words` words, as `run_steps` runs them."""
    spent = dict.fromkeys((step.name for step in steps), 0.0)
    done = 0
    while done < words:
        for text in texts:
            extraction = Extraction()
            for step in steps:
                cpu = time.process_time()
                found = step.run(text, extraction)
                spent[step.name] += time.process_time() - cpu
                extraction = apply(extraction, found)
            done += len(text.text.split())
    total = sum(spent.values())
    print(f"steps: {done / total:,.0f} words per CPU second inside the steps")
    for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"  {name:<15} {seconds:7.3f} s  {seconds / total:4.0%}")


def _rounds(rates: list[float]) -> str:
    return ", ".join(f"{r:,.0f}" for r in rates)


if __name__ == "__main__":
    main()
