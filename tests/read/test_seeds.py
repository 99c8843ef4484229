"""The five seed documents read back as non-empty UTF-8 text."""

from __future__ import annotations

from pathlib import Path

import pytest

from casewatch.read import read_path


@pytest.mark.parametrize("index", range(5))
def test_seed_reads_as_utf8(seeds_dir: Path, index: int) -> None:
    text = read_path(sorted(seeds_dir.glob("*.txt"))[index])
    assert text.encoding == "utf-8"
    assert text.media_type == "text/plain"
    assert len(text.text) > 1000
    assert all(text.text[block.start : block.end].strip() for block in text.blocks)


def test_all_five_seeds_are_there(seeds_dir: Path) -> None:
    assert len(list(seeds_dir.glob("*.txt"))) == 5
