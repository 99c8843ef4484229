"""Extraction output kept as a snapshot, to prove that a change to the scanning machinery changes no fact.

    .venv/bin/python bench/golden_extract.py dump  DIR [--corpus FOLDER ...]
    .venv/bin/python bench/golden_extract.py check DIR [--corpus FOLDER ...]

Every file of the folders (the seeds and the development corpus beside the project by default) is
read as an ingest reads it and extracted; `dump` writes each document's facts as JSON into DIR (keep
it outside the repository), `check` compares today's facts with them and names every document that
differs, writing its new facts beside the snapshot as `<name>.now.json`.
"""

from __future__ import annotations

import argparse
import dataclasses
import enum
import json
import sys
from pathlib import Path
from typing import Any

from casewatch.extract.pipeline import extract
from casewatch.read import read_path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def plain(value: Any) -> Any:
    """A JSON value holding every field of a fact, sets in a stable order."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted((plain(v) for v in value), key=repr)
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return repr(value)


def facts(path: Path) -> str:
    return json.dumps(plain(extract(read_path(path))), ensure_ascii=False, indent=1, sort_keys=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=["dump", "check"])
    ap.add_argument("snapshot", type=Path, help="folder of the snapshot (outside the repository)")
    ap.add_argument("--corpus", type=Path, action="append", help="folder of documents (repeatable)")
    args = ap.parse_args()
    folders = args.corpus or [SHARED / "seeds", SHARED / "dev"]
    files = [p for folder in folders for p in sorted(folder.iterdir()) if p.is_file()]
    args.snapshot.mkdir(parents=True, exist_ok=True)
    differ = 0
    for path in files:
        kept = args.snapshot / f"{path.parent.name}__{path.name}.json"
        now = facts(path)
        if args.mode == "dump":
            kept.write_text(now, encoding="utf-8")
        elif not kept.is_file() or kept.read_text(encoding="utf-8") != now:
            differ += 1
            kept.with_suffix(".now.json").write_text(now, encoding="utf-8")
            print(f"differs: {path.parent.name}/{path.name}")
    print(f"{len(files)} documents, {differ} differ")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
