"""Search snippets cut from the text: context on both sides of the first match, ellipses where cut."""

from __future__ import annotations

import re

import pytest

from casewatch.store.query import parse
from casewatch.store.snippet import AFTER, BEFORE, Passages, snippet

FILLER = " ".join(f"filler{n}" for n in range(200))


@pytest.mark.parametrize(
    ("text", "query", "marked"),
    [
        (f"{FILLER} the strike of dockers. {FILLER}", "strike", ["strike"]),
        (f"{FILLER} Les grévistes licenciés. {FILLER}", "licencies", ["licenciés"]),
        (f"{FILLER} liquidated federation, liquidator {FILLER}", "liquidation", ["liquidated", "liquidator"]),
        (f"{FILLER} the trade union act {FILLER}", '"trade union"', ["trade", "union"]),
    ],
)
def test_a_deep_match_is_shown_with_context_on_both_sides(text: str, query: str, marked: list[str]) -> None:
    shown = snippet(text, parse(query), "fr" if "licenciés" in text else "en")
    assert re.findall(r"<mark>(.*?)</mark>", shown) == marked
    assert shown.startswith("…") and shown.endswith(" …")
    words = shown.strip("… ").split()
    first = next(i for i, w in enumerate(words) if w.startswith("<mark>"))
    assert first == BEFORE and len(words) == BEFORE + AFTER


def test_a_match_at_the_start_has_no_leading_ellipsis() -> None:
    shown = snippet("Strike & <b>lockout</b> now", parse("strike"), "en")
    assert shown == "<mark>Strike</mark> &amp; &lt;b&gt;lockout&lt;/b&gt; now"


def test_one_search_s_passages_are_each_text_s_own_snippet() -> None:
    """A search keeps each word's verdict per language: texts and languages in turn still get
    the snippet each would get alone."""
    texts = [f"{FILLER} Les grévistes licenciés. {FILLER}", "Strike & <b>lockout</b> now", "strike, struck"]
    for query in (parse("licencies strike"), parse('"grévistes licenciés" lock*')):
        passages = Passages(query)
        for text, language in [(t, lang) for lang in ("fr", "en", None) for t in texts]:
            assert passages.of(text, language) == snippet(text, query, language)
