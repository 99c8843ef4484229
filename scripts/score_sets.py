"""Developer check: ingest a scored set with the real CLI, export the casefile and score it.

    .venv/bin/python scripts/score_sets.py                 # seeds, dev-tune and dev-holdout
    .venv/bin/python scripts/score_sets.py tune --by-doc   # one set, per document
    .venv/bin/python scripts/score_sets.py holdout --keep /tmp/h   # keep the database and export

The development corpus is split by position, not by content: of its documents in name order,
every third one (the 3rd, 6th, 9th ...) is the holdout set, kept untouched while rules are
tuned on the others, so its score stands for documents never looked at.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SETS = ("seeds", "tune", "holdout")


def dev_split() -> tuple[list[Path], list[Path]]:
    docs = sorted(p for p in (SHARED / "corpus" / "dev").iterdir() if p.suffix != ".tsv")
    holdout = [p for i, p in enumerate(docs, 1) if i % 3 == 0]
    tune = [p for p in docs if p not in holdout]
    return tune, holdout


def members(name: str) -> tuple[list[Path], Path]:
    """The documents of a set and the gold folder they are scored against."""
    if name == "seeds":
        return sorted((SHARED / "corpus" / "seeds").iterdir()), SHARED / "eval" / "gold"
    tune, holdout = dev_split()
    return (tune if name == "tune" else holdout), SHARED / "eval" / "dev-gold"


def gold_subset(docs: list[Path], gold: Path, into: Path) -> Path:
    """A gold folder holding only the files of these documents (and the shared underscore files)."""
    into.mkdir()
    stems = {d.stem for d in docs}
    for g in gold.iterdir():
        if g.stem in stems or g.name.startswith("_"):
            (into / g.name).symlink_to(g)
    return into


def score(name: str, work: Path, by_doc: bool) -> int:
    docs, gold = members(name)
    inbox = work / f"{name}-docs"
    inbox.mkdir()
    for d in docs:  # copies: links out of an ingested folder are refused
        shutil.copyfile(d, inbox / d.name)
    db, export = work / f"{name}.sqlite", work / f"{name}.json"
    cli = [str(Path(sys.executable).with_name("casewatch")), "--db", str(db)]
    subprocess.run([*cli, "ingest", str(inbox)], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([*cli, "export", "--format", "casefile", "-o", str(export)], check=True)
    gold_dir = gold_subset(docs, gold, work / f"{name}-gold")
    print(f"== {name} ({len(docs)} documents)", flush=True)
    cmd = [sys.executable, str(SHARED / "eval" / "score.py"), str(export), str(gold_dir)]
    return subprocess.call(cmd + (["--by-doc"] if by_doc else []))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="*", default=list(SETS))
    ap.add_argument("--by-doc", action="store_true", help="scores per document as well")
    ap.add_argument("--keep", type=Path, help="folder to keep the databases and exports in")
    args = ap.parse_args()
    if not (SHARED / "eval" / "score.py").exists():
        sys.exit(f"no scorer at {SHARED / 'eval' / 'score.py'}: put the shared folder beside the repository")
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        return max(score(name, work, args.by_doc) for name in args.sets or SETS)


if __name__ == "__main__":
    sys.exit(main())
