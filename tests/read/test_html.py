"""HTML reading: paragraph structure kept, scripts and styles dropped, title and meta kept."""

from __future__ import annotations

import time

import pytest

from casewatch.read import Limits, read_bytes

PAGE = """<!DOCTYPE html>
<html><head>
<meta charset="windows-1251">
<title>Statement on the  arrest of union leaders</title>
<meta name="author" content="Federation of Transport Workers">
<style>p { color: red }</style>
<script>var tracking = "do not read me";</script>
</head>
<body>
<noscript>Enable JavaScript</noscript>
<h1>Statement</h1>
<p>The federation condemns the
   arrest of <b>two</b> leaders&nbsp;on 4&nbsp;June 2022.</p>
<ul><li>Release them</li><li>Drop the charges<ul><li>all of them</li></ul></li></ul>
<table><tr><th>Name</th><th>Position</th></tr>
<tr><td>A. Mensah</td><td><p>General secretary</p></td></tr></table>
<p>Signed,<br>The Executive Board</p>
<template><p>hidden template</p></template>
<svg><text>vector text</text></svg>
<p>Тест</p>
</body></html>
"""

EXPECTED = (
    "Statement\n\n"
    "The federation condemns the arrest of two leaders on 4 June 2022.\n\n"
    "Release them\n\n"
    "Drop the charges\n\n"
    "all of them\n\n"
    "Name | Position\n\n"
    "A. Mensah | General secretary\n\n"
    "Signed,\nThe Executive Board\n\n"
    "Тест"
)


def test_html_structure_and_dropped_elements() -> None:
    text = read_bytes(PAGE.encode("cp1251"), "statement.html")
    assert text.text == EXPECTED
    assert text.encoding == "cp1251"
    assert text.title == "Statement on the arrest of union leaders"
    assert text.headers == (("author", "Federation of Transport Workers"),)
    assert [block.kind for block in text.blocks] == [
        "heading", "paragraph", "list_item", "list_item", "list_item",
        "table_row", "table_row", "paragraph", "paragraph",
    ]  # fmt: skip
    assert [text.text[block.start : block.end] for block in text.blocks] == EXPECTED.split("\n\n")


def test_html_is_recognised_without_extension() -> None:
    text = read_bytes(b"<html><body><p>Press release</p></body></html>", "download")
    assert text.media_type == "text/html"
    assert text.text == "Press release"


def test_preformatted_text_keeps_its_lines() -> None:
    text = read_bytes(b"<html><body><pre>Article 1\n    indented  line</pre></body></html>", "a.htm")
    assert text.text == "Article 1\n    indented  line"


def test_deeply_nested_markup_does_not_exhaust_the_stack() -> None:
    markup = "<div>" * 5000 + "deep text" + "</div>" * 5000
    assert read_bytes(markup.encode(), "deep.html").text == "deep text"


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("<div>", "</div>"),
        ("<table><tr><td>", "</td></tr></table>"),
        ("<ul><li>", "</li></ul>"),
        ("<b><i>", "</b></i>"),
        ("<blockquote>", ""),
    ],
)
def test_markup_nested_100000_deep_reads_in_linear_time(opening: str, closing: str) -> None:
    """Before tags past MAX_DEPTH were dropped, 100,000 nested <div>s took 39 s to parse (20,000: 1 s)."""
    depth = 100_000
    data = f"<html><body>{opening * depth}The union was dissolved.{closing * depth}</body></html>".encode()
    started = time.perf_counter()
    text = read_bytes(data, "deep.html")
    assert time.perf_counter() - started < Limits().timeout_s / 6
    assert "The union was dissolved." in text.text


def test_nesting_within_the_limit_keeps_every_tag() -> None:
    markup = "<div>" * 40 + "<p>Deep paragraph.</p>" + "</div>" * 40 + "<p>After.</p>"
    text = read_bytes(f"<html><body>{markup}</body></html>".encode(), "page.html")
    assert text.text == "Deep paragraph.\n\nAfter."
