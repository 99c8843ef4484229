"""Benchmark: instructions per word of extraction and of the raw tokenizer, counted by callgrind.

    nice .venv/bin/python bench/bench_instructions.py [--corpus DIR] [--rounds 1]

CPU seconds swing with the machine's load (±20 % between runs on a shared machine); the count of
instructions does not, so a change of a few per cent shows. Each side (casewatch's extraction, the
blank spaCy English tokenizer of `bench_extract.py`) runs in its own process under
`valgrind --tool=callgrind` with counting switched on only after a warm-up round (vocabularies load
lazily) and off after `--rounds` rounds of the corpus (the development corpus's `.txt` documents by
default, read as `bench_extract.py` reads them). Prints instructions per word for both, their ratio
(what the goal of 0.5 in CPU time compares), and the shares of the regular-expression engine and of
the Aho-Corasick passes in the extraction's count. Needs valgrind (`apt-get install valgrind`); a
round of the development corpus takes a few minutes under it.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve()
SHARED = HERE.parents[1].parent / "shared" / "corpus"
COLLECTED = re.compile(r"Collected : (\d+)")
# self cost per function in `callgrind_annotate`'s listing: "1,234 (5.6%)  file:function [object]"
COST_LINE = re.compile(r"^\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+(\S+:\S+)")
# the functions of each engine, by their source file (pyahocorasick's files name no package)
ENGINES = {
    "regular expressions (_sre)": ("/_sre/",),
    "Aho-Corasick passes": ("/AutomatonSearchIter.c:", "/trienode.c:", "/trie.c:", "/Automaton.c:"),
}


def _texts(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def _counted(side: str, folder: Path, rounds: int) -> None:
    """The run inside callgrind: warm up, then count `rounds` rounds of one side."""
    from casewatch.extract.pipeline import default_steps, run_steps
    from casewatch.model import Text

    texts = [Text(t, "text/plain") for t in _texts(folder)]
    if side == "casewatch":
        steps = default_steps()
        run = lambda text: run_steps(steps, text)  # noqa: E731
    else:
        import spacy

        tokenizer = spacy.blank("en")
        run = lambda text: tokenizer(text.text)  # noqa: E731
    for text in texts:
        run(text)
    _switch("on")
    for _ in range(rounds):
        for text in texts:
            run(text)
    _switch("off")


def _switch(state: str) -> None:
    subprocess.run(["callgrind_control", "-i", state, str(os.getpid())], check=True, capture_output=True)


def _count(side: str, folder: Path, rounds: int, out: Path) -> int:
    """Instructions of `rounds` rounds of `side`, the callgrind output kept in `out`."""
    command = [
        "valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
        sys.executable, str(HERE), "--inside", side, "--corpus", str(folder), "--rounds", str(rounds),
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    found = COLLECTED.search(done.stderr)
    if found is None:
        sys.exit(f"callgrind counted nothing for {side}:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def _shares(out: Path, total: int) -> dict[str, float]:
    """Each engine's share of the count (the self cost of its functions)."""
    command = ["callgrind_annotate", "--auto=no", "--threshold=100", str(out)]
    listing = subprocess.run(command, capture_output=True, text=True, check=True)
    spent = dict.fromkeys(ENGINES, 0)
    for line in listing.stdout.splitlines():
        m = COST_LINE.match(line)
        for name, marks in ENGINES.items():
            if m and any(mark in m.group(2) for mark in marks):
                spent[name] += int(m.group(1).replace(",", ""))
    return {name: cost / total for name, cost in spent.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=SHARED / "dev", help="folder of .txt documents")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--inside", choices=["casewatch", "spacy"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.inside:
        _counted(args.inside, args.corpus, args.rounds)
        return
    words = args.rounds * sum(len(t.split()) for t in _texts(args.corpus))
    if not words:
        sys.exit(f"no .txt documents in {args.corpus}")
    with tempfile.TemporaryDirectory() as tmp:
        ours = _count("casewatch", args.corpus, args.rounds, Path(tmp) / "casewatch.out")
        shares = _shares(Path(tmp) / "casewatch.out", ours)
        theirs = _count("spacy", args.corpus, args.rounds, Path(tmp) / "spacy.out")
    print(f"corpus: {args.corpus}, {words:,} words counted")
    print(f"casewatch extraction   {ours:>15,} instructions, {ours / words:>9,.0f} per word")
    print(f"spacy.blank('en')      {theirs:>15,} instructions, {theirs / words:>9,.0f} per word")
    print(f"ratio                  {theirs / ours:>15.3f}   (words per instruction, casewatch ÷ spaCy)")
    for name, share in shares.items():
        print(f"  {name:<28} {share:5.1%} of the extraction's instructions")


if __name__ == "__main__":
    main()
