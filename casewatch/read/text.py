"""Reader for plain text and Markdown: decode, normalise, one block per paragraph."""

from __future__ import annotations

import re

from casewatch.model import Block, Text
from casewatch.read.base import Reader
from casewatch.read.encoding import decode
from casewatch.read.limits import Limits
from casewatch.read.normalise import check_chars, normalise

_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")
_HEADING = re.compile(r"#{1,6}[ \t]+(\S.*)")
_BULLET = re.compile(r"[ \t]*(?:[-*+•–]|\d{1,3}[.)]|[a-z][.)])[ \t]+\S")


class TextReader(Reader):
    media_types = ("text/plain",)
    extensions = ("txt", "text")

    def read(self, data: bytes, media_type: str, limits: Limits) -> Text:
        raw, encoding = decode(data)
        check_chars(raw, limits.max_chars)
        text = normalise(raw)
        blocks = paragraph_blocks(text)
        return Text(text, media_type, blocks, encoding=encoding, title=_title(text, blocks))


class MarkdownReader(TextReader):
    """Markdown is read as it is written: its marks stay in the text, headings become blocks."""

    media_types = ("text/markdown",)
    extensions = ("md", "markdown")


def paragraph_blocks(text: str, offset: int = 0) -> tuple[Block, ...]:
    """Blocks for text whose paragraphs are separated by blank lines: headings, list items, paragraphs."""
    blocks: list[Block] = []
    for match in _PARAGRAPH.finditer(text):
        blocks.extend(_classify(match.group(), offset + match.start()))
    return tuple(blocks)


def _classify(paragraph: str, start: int) -> list[Block]:
    lines = paragraph.split("\n")
    if len(lines) == 1 and _HEADING.match(paragraph):
        return [Block("heading", start, start + len(paragraph))]
    if all(_BULLET.match(line) for line in lines):
        return _line_blocks(lines, start)
    return [Block("paragraph", start, start + len(paragraph))]


def _line_blocks(lines: list[str], start: int) -> list[Block]:
    blocks = []
    for line in lines:
        blocks.append(Block("list_item", start, start + len(line)))
        start += len(line) + 1
    return blocks


def _title(text: str, blocks: tuple[Block, ...]) -> str | None:
    heading = next((block for block in blocks if block.kind == "heading"), None)
    if heading is None:
        return None
    match = _HEADING.match(text[heading.start : heading.end])
    return match.group(1).strip() if match else None
