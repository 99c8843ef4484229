"""Document text with every extracted fact marked: `<mark>` spans built from offsets, pieces escaped.

Overlapping facts are handled by splitting: the text is cut at every fact boundary and each
piece is wrapped in the marks of all facts covering it, outermost first, so the HTML nests
properly. A fact's `id` goes on its first piece only; only the innermost linked fact of a
piece becomes a link, because links cannot nest.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from urllib.parse import quote

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Fact:
    """One highlighted span: `kind` becomes the CSS class, `href` (same-site path) a link."""

    id: str
    kind: str
    start: int
    end: int
    label: str
    href: str | None = None


def actor_href(cluster_id: str) -> str:
    """A same-site link to an actor page; the id is percent-encoded so no scheme can sneak in."""
    return "/actors/" + quote(cluster_id, safe="")


def _open(fact: Fact, first: bool) -> str:
    ident = f' id="{escape(fact.id)}"' if first else ""
    return f'<mark class="hl {escape(fact.kind)}"{ident} title="{escape(fact.label)}">'


def _piece(text: str, covering: Sequence[Fact], start: int) -> str:
    linked = next((f for f in reversed(covering) if f.href), None)
    body = str(escape(text))
    if linked is not None:
        body = f'<a href="{escape(linked.href)}">{body}</a>'
    opens = "".join(_open(f, f.start == start) for f in covering)
    return opens + body + "</mark>" * len(covering)


def highlight(text: str, facts: Sequence[Fact]) -> Markup:
    """The whole text as safe HTML with the facts marked; facts outside the text are dropped."""
    usable = [f for f in facts if 0 <= f.start < f.end <= len(text)]
    usable.sort(key=lambda f: (f.start, -f.end, f.id))
    cuts = sorted({0, len(text), *(f.start for f in usable), *(f.end for f in usable)})
    out: list[str] = []
    active: list[Fact] = []
    pending = 0
    for start, end in pairwise(cuts):
        active = [f for f in active if f.end > start]
        while pending < len(usable) and usable[pending].start <= start:
            active.append(usable[pending])
            pending += 1
        active.sort(key=lambda f: (f.start, -f.end, f.id))
        out.append(_piece(text[start:end], active, start))
    return Markup("".join(out))
