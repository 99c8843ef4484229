"""Developer check: extract the seed documents in memory (no database) and score the casefile.

.venv/bin/python scripts/eval_seeds.py [--by-doc] [--out x.json]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from casewatch.export.casefile import CaseDocument, build_casefile
from casewatch.extract.pipeline import extract
from casewatch.model import Text

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--by-doc", action="store_true")
    ap.add_argument("--out", default="/tmp/casewatch-seeds.json")
    args = ap.parse_args()
    docs = []
    for path in sorted((SHARED / "corpus" / "seeds").iterdir()):
        text = Text(text=path.read_text(encoding="utf-8"), media_type="text/plain")
        docs.append(CaseDocument(path.name, extract(text)))
    try:
        from casewatch.resolve.collection import resolve_documents  # type: ignore[attr-defined]

        docs = resolve_documents(docs)
    except ImportError:
        pass
    Path(args.out).write_text(json.dumps(build_casefile(docs), indent=1, ensure_ascii=False))
    cmd = [sys.executable, str(SHARED / "eval" / "score.py"), args.out, str(SHARED / "eval" / "gold")]
    return subprocess.call(cmd + (["--by-doc"] if args.by_doc else []))


if __name__ == "__main__":
    sys.exit(main())
