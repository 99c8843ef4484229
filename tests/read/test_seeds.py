"""The five seed documents read back as non-empty UTF-8 text."""

from __future__ import annotations

from pathlib import Path

import pytest

from casewatch.read import read_path

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "seeds"


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda path: path.name)
def test_seed_reads_as_utf8(path: Path) -> None:
    text = read_path(path)
    assert text.encoding == "utf-8"
    assert text.media_type == "text/plain"
    assert len(text.text) > 1000
    assert all(text.text[block.start : block.end].strip() for block in text.blocks)


def test_all_five_seeds_are_there() -> None:
    assert len(list(SEEDS.glob("*.txt"))) == 5
