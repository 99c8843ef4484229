"""Highlight markup: escaped pieces, nested overlaps, one id per fact, only same-site links."""

from __future__ import annotations

from casewatch.web.highlight import Fact, actor_href, highlight
from casewatch.web.routes.documents import safe_filename
from casewatch.web.routes.search import safe_snippet


def test_overlapping_facts_are_split_and_nested():
    text = "<b>Ana</b> met the Union"
    facts = [
        Fact("f-e0", "event", 0, 24, "protest"),
        Fact("f-m0", "person", 3, 6, "Ana", "/actors/a"),
        Fact("f-m1", "organization", 15, 24, "the Union"),
    ]
    assert str(highlight(text, facts)) == (
        '<mark class="hl event" id="f-e0" title="protest">&lt;b&gt;</mark>'
        '<mark class="hl event" title="protest"><mark class="hl person" id="f-m0" title="Ana">'
        '<a href="/actors/a">Ana</a></mark></mark>'
        '<mark class="hl event" title="protest">&lt;/b&gt; met </mark>'
        '<mark class="hl event" title="protest"><mark class="hl organization" id="f-m1" title="the Union">'
        "the Union</mark></mark>"
    )


def test_facts_outside_the_text_are_dropped():
    assert str(highlight("abc", [Fact("f-m0", "person", 2, 9, "x")])) == "abc"


def test_actor_links_cannot_change_scheme_or_path():
    assert actor_href("javascript:alert(1)") == "/actors/javascript%3Aalert%281%29"
    assert actor_href("../../x y") == "/actors/..%2F..%2Fx%20y"


def test_snippets_keep_only_mark_tags():
    assert str(safe_snippet('a <mark>b</mark> <img src=x onerror="y"> &amp;')) == (
        "a <mark>b</mark> &lt;img src=x onerror=&#34;y&#34;&gt; &amp;"
    )


def test_download_names_are_plain_ascii():
    assert safe_filename('../../"evil"\r\n<script>.html') == "evil_script_.html"
    assert safe_filename("...") == "document"
