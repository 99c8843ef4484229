"""Reader for HTML: paragraph structure from block elements, scripts and styles dropped."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from casewatch.model import Text
from casewatch.read.base import Reader
from casewatch.read.encoding import decode
from casewatch.read.limits import Limits
from casewatch.read.normalise import Piece, assemble, check_chars

_DROPPED = frozenset(
    {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas", "select"}
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_ITEMS = frozenset({"li", "dt", "dd"})
_BLOCKS = frozenset(
    {
        "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "blockquote",
        "pre", "address", "figure", "figcaption", "ul", "ol", "dl", "table", "thead", "tbody",
        "tfoot", "caption", "form", "fieldset", "hr", "center", "body", "details", "summary",
    }
)  # fmt: skip
_WHITESPACE = re.compile(r"[ \t\r\n\f]+")
_AROUND_BREAK = re.compile(r" *\n *")
_SPACE_RUNS = re.compile(r" {2,}")
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_META_NAMES = frozenset({"author", "description", "date", "keywords", "dc.title", "dc.date", "dc.creator"})
# The HTML tree builder looks through the stack of open elements at every start tag, so its time
# grows with the square of the nesting: 20,000 nested <div>s take seconds, 100,000 minutes.
# Tags nested deeper than this are dropped before parsing (their text stays), as browsers do.
MAX_DEPTH = 512
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:.-]*)[^<>]*>")
# Void elements, and elements whose end tag may be left out, do not count towards the depth.
_UNNESTED = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr", "param", "keygen", "p", "li", "dt", "dd", "option", "optgroup", "tr",
        "td", "th", "thead", "tbody", "tfoot", "colgroup", "rp", "rt",
    }
)  # fmt: skip


class HtmlReader(Reader):
    media_types = ("text/html", "application/xhtml+xml")
    extensions = ("html", "htm", "xhtml")

    def read(self, data: bytes, media_type: str, limits: Limits) -> Text:
        declared = _DECLARED.search(data[:4096])
        markup, encoding = decode(data, declared.group(1).decode("ascii") if declared else None)
        check_chars(markup, limits.max_chars)
        return html_text(markup, media_type, encoding, limits)


def html_text(markup: str, media_type: str, encoding: str | None, limits: Limits) -> Text:
    tree = parse_html(markup)
    text, blocks = assemble(html_pieces(tree), limits.max_chars)
    return Text(text, media_type, blocks, encoding=encoding, title=_title(tree), headers=_meta(tree))


def parse_html(markup: str) -> LexborHTMLParser:
    """The parsed document, in time linear in its size however deeply it nests."""
    return LexborHTMLParser(_flattened(markup))


def _flattened(markup: str) -> str:
    """The markup without the tags nested deeper than MAX_DEPTH; unchanged when none are."""
    kept: list[str] = []
    depth = start = 0
    for tag in _TAG.finditer(markup):
        if tag.group(2).lower() in _UNNESTED or tag.group(0).endswith("/>"):
            continue
        if tag.group(1):  # an end tag closes the innermost open element
            dropped = depth > MAX_DEPTH
            depth = max(0, depth - 1)  # a stray end tag must not make later nesting look shallow
        else:
            depth += 1
            dropped = depth > MAX_DEPTH
        if dropped:
            kept.append(markup[start : tag.start()])
            start = tag.end()
    return "".join(kept) + markup[start:] if kept else markup


def html_pieces(tree: LexborHTMLParser) -> list[Piece]:
    return _Walker().walk(tree.body) if tree.body is not None else []


def _title(tree: LexborHTMLParser) -> str | None:
    node = tree.css_first("title")
    title = _WHITESPACE.sub(" ", node.text()).strip() if node is not None else ""
    return title or None


def _meta(tree: LexborHTMLParser) -> tuple[tuple[str, str], ...]:
    found = []
    for node in tree.css("meta[name][content]"):
        name, content = (node.attributes.get("name") or "").lower(), node.attributes.get("content")
        if name in _META_NAMES and content and content.strip():
            found.append((name, content.strip()))
    return tuple(found)


@dataclass
class _Walker:
    """Walks the DOM without recursion (deeply nested hostile markup must not exhaust the stack)."""

    in_row: bool = False  # inside a table cell, a nested table's rows are plain blocks
    pieces: list[Piece] = field(default_factory=list)
    buffer: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    pre_depth: int = 0

    def walk(self, root: LexborNode) -> list[Piece]:
        stack: list[tuple[LexborNode, bool]] = [(root, False)]
        while stack:
            node, leaving = stack.pop()
            if leaving:
                self.leave(node)
            elif self.enter(node):
                stack.append((node, True))
                stack.extend((child, False) for child in reversed(list(node.iter(include_text=True))))
        self.flush()
        return self.pieces

    def enter(self, node: LexborNode) -> bool:
        """Handle the opening of a node; True when its children should be visited."""
        tag = node.tag or ""
        if tag == "-text":
            self.add_text(node.text(deep=False))
        elif tag == "br":
            self.buffer.append("\n")
        elif tag == "tr" and not self.in_row:
            self.flush()
            self.pieces.append(Piece("table_row", _row(node)))
            return False
        elif tag in _BLOCKS or tag in _HEADINGS or tag in _ITEMS:
            self.flush()
            self.kinds.append(_kind(tag))
            self.pre_depth += tag == "pre"
            return True
        return tag not in _DROPPED and not tag.startswith("-")

    def leave(self, node: LexborNode) -> None:
        tag = node.tag or ""
        if tag in _BLOCKS or tag in _HEADINGS or tag in _ITEMS:
            self.flush()
            self.kinds.pop()
            self.pre_depth -= tag == "pre"

    def add_text(self, text: str) -> None:
        self.buffer.append(text if self.pre_depth else _WHITESPACE.sub(" ", text))

    def flush(self) -> None:
        if not self.buffer:
            return
        joined = "".join(self.buffer)
        self.buffer.clear()
        if not self.pre_depth:
            joined = _AROUND_BREAK.sub("\n", _SPACE_RUNS.sub(" ", joined))
        if joined.strip():
            self.pieces.append(Piece(self.kinds[-1] if self.kinds else "paragraph", joined.strip()))


def _kind(tag: str) -> str:
    if tag in _HEADINGS:
        return "heading"
    return "list_item" if tag in _ITEMS else "paragraph"


def _row(row: LexborNode) -> str:
    cells = [child for child in row.iter() if child.tag in ("td", "th")]
    texts = (" ".join(piece.text for piece in _Walker(in_row=True).walk(cell)) for cell in cells)
    return " | ".join(text.replace("\n", " ") for text in texts if text)
