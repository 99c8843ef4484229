"""The terminal summary: counts that add up, texts cut at word boundaries, text never read as markup."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from casewatch.ingest import ingest_paths
from casewatch.report import REQUESTS_SHOWN, clip, print_summary
from casewatch.store import Store


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("short enough", 20, "short enough"),
        ("release the detained union leaders immediately", 30, "release the detained union…"),
        ("one,  two;\nthree", 40, "one, two; three"),
        ("to: (a) free", 7, "to…"),
    ],
)
def test_clip_cuts_at_a_word_boundary(text: str, width: int, expected: str) -> None:
    assert clip(text, width) == expected
    assert len(clip(text, width)) <= width


def _letter(n: int) -> str:
    asks = "\n".join(
        f"{i}. We urge the Government to release worker number {i} [/red] at once." for i in range(n)
    )
    return (
        "International Federation of Invented Workers\n\n12 March 2024\n\nDear President,\n\n"
        f"We write about the arrests of union members.\n\n{asks}\n\nYours sincerely,\nA. Person\n"
    )


def test_summary_says_how_many_requests_it_does_not_list(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "letter [bold].txt").write_text(_letter(REQUESTS_SHOWN + 4), encoding="utf-8")
    buffer = io.StringIO()
    with Store.open(str(tmp_path / "c.sqlite")) as store:
        ingest_paths(store, [folder], workers=1)
        print_summary(store, Console(file=buffer, width=200, color_system=None))
    text = buffer.getvalue()
    total = int(text.split(" requests addressed")[0].split()[-1])
    listed = text.count("  • ")
    assert listed == min(total, REQUESTS_SHOWN)
    assert total > REQUESTS_SHOWN
    assert f"… {total - REQUESTS_SHOWN} more requests" in text
    assert "[/red]" in text and "letter [bold].txt" in text  # shown as written, not swallowed as markup
