"""The instrument catalogue the extractor reads is the one its script generates: edits go to the script."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from casewatch import vocab

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "make_instruments.py"


def test_the_catalogue_equals_the_script_s_output() -> None:
    spec = importlib.util.spec_from_file_location("make_instruments", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    generated = json.loads(json.dumps(module.catalogue(), ensure_ascii=False))
    assert generated == vocab.load("instruments")
