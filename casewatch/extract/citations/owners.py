"""Which instrument a provision belongs to: the one named right after or before it ("article 5 of
X", "X, art. 5"), the one it was cited with before, the one a list's opening line names, or the
convention a record is about."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from casewatch.extract.citations.provisions import Provisions

# "article 5 of the X", "l'article 5 de la X", "artículo 5 del X", "статья 5 X" (a genitive, no word between)
_AFTER_GAP = re.compile(
    r"\s*,?\s*(?:(?:of|under|in|from)\s+(?:the\s+|this\s+|that\s+|said\s+|its\s+)?"
    r"|(?:de|du|des|del|dans|en)\s+(?:la\s+|le\s+|les\s+|l['’]\s*|los\s+|las\s+|cette\s+|ce\s+|su\s+|sa\s+)?"
    r")"
)
_CYRILLIC = re.compile(r"[А-ЯЁа-яё]")
_GENITIVE_GAP = re.compile(r"\s+")  # "статья 402 Уголовного кодекса": the law follows in the genitive
_NOT_IN_AFTER_GAP = re.compile(r"[^\s,a-zà-ÿ’']")  # an after-gap cannot reach past such a character
_BEFORE_GAP = re.compile(r"[\s,(]{0,3}")
BEFORE_GAP_MAX = 3


@dataclass(frozen=True)
class Mention:
    """An instrument named or pointed back to; key None when a national law has no known country."""

    key: str | None
    cls: str  # what "the <word>" can point back to: convention, covenant, law, code ...
    start: int
    end: int
    title: str
    pointer: bool = False  # "the Convention", an alias: cites only with provisions


def named_owner(text: str, prov: Provisions, mentions: list[Mention]) -> list[Mention]:
    """The instrument named right after the provisions ("article 5 of X") or right before ("X, art. 5")."""
    # cheap bounds first, so the gap patterns run on a few mentions instead of all of them
    stop = _NOT_IN_AFTER_GAP.search(text, prov.end)
    reach = stop.start() if stop else len(text)
    gap = _GENITIVE_GAP if _CYRILLIC.match(text, prov.start) else _AFTER_GAP
    after = [m for m in mentions if prov.end <= m.start <= reach and gap.fullmatch(text, prov.end, m.start)]
    if after:
        return [m for m in after if m.start == after[0].start]
    near = [m for m in mentions if prov.start - BEFORE_GAP_MAX <= m.end <= prov.start]
    before = [m for m in near if _BEFORE_GAP.fullmatch(text, m.end, prov.start)]
    return [m for m in before if m.end == before[-1].end] if before else []


# "section 18(4) of the Trade Union Bill": the provisions name their owner, even one not recognised
_OWNER_NAMED_AFTER = re.compile(r"\s*,?\s+(?:of|under)\s+(?:the\s+)?[A-Z]")
# treaties are cited by article, never by section
_TREATIES = frozenset({"convention", "covenant", "declaration", "charter", "protocol", "recommendation"})


def earlier_owner(
    text: str, prov: Provisions, mentions: list[Mention], seen: Mapping[str, Mention]
) -> Mention | None:
    """Bare "Article 21": the instrument it was cited with before, else the latest one in the paragraph
    that is cited the same way (a statute cited by sections does not own a bare "Article 3")."""
    if _OWNER_NAMED_AFTER.match(text, prov.end):
        return None
    for item in prov.items:
        if item in seen:
            return seen[item]
    line_break = text.rfind("\n", 0, prov.start)  # an earlier mention must end after it
    earlier = [m for m in mentions if line_break < m.end <= prov.start and m.key]
    earlier = [m for m in earlier if _cited_alike(prov, m, seen)]
    # "... (No. 98). La convention collective contenait, en son article 39": a collective agreement named
    # after the instrument owns the article
    if earlier and _AGREEMENT.search(text, earlier[-1].end, prov.start):
        return None
    return earlier[-1] if earlier else _list_owner(text, prov, mentions)


_AGREEMENT = re.compile(
    r"\b(?:[Cc]onventions?|[Cc]onvenios?|[Cc]onvenções?|[Aa]ccords?|[Aa]cuerdos?|[Cc]ontrat(?:o|os|s)?)\s+"
    r"(?:collectiv|colectiv|coletiv)|\b[Cc]ollective\s+(?:bargaining\s+|labour\s+|labor\s+)?agreements?\b"
)


def _cited_alike(prov: Provisions, mention: Mention, seen: Mapping[str, Mention]) -> bool:
    """Whether the instrument is cited by the provisions' kind: sections are no treaty's, and an
    instrument cited so far by sections alone is not the owner of a bare article."""
    if prov.kind == "s":
        return mention.cls not in _TREATIES
    kinds = {item.split(" ", 1)[0] for item, owner in seen.items() if owner.key == mention.key}
    return kinds != {"s"}


_LIST_ITEM = re.compile(r"[ \t]*(?:[•·*–-][ \t]*)+")
LIST_REACH = 20  # list entries walked back over to the line that introduces them


def _list_owner(text: str, prov: Provisions, mentions: list[Mention]) -> Mention | None:
    """ "• Section 18 (...)" in a list that a line ending with a colon introduced ("the following
    provisions of the Arden Labour Act:"): the instrument that line names last."""
    start = text.rfind("\n", 0, prov.start) + 1
    if not _LIST_ITEM.fullmatch(text, start, prov.start):
        return None
    for _ in range(LIST_REACH):
        if start == 0:
            return None
        start = text.rfind("\n", 0, start - 1) + 1
        end = text.find("\n", start)
        line = text[start : end if end >= 0 else len(text)].rstrip()
        if line.endswith(":"):
            named = [m for m in mentions if start <= m.start and m.end <= start + len(line) and m.key]
            return named[-1] if named else None
        if line and not _LIST_ITEM.match(line):
            return None
    return None


_HEADING_END = re.compile(r"\.\s+[A-Z]")  # "Article 3. Right to strike.": a heading, not a phrase


def record_instrument(text: str, prov: Provisions, mentions: list[Mention]) -> Mention | None:
    """A bare "Article 3." heading opening a line: the convention the record is about, the first one
    named in the document, when the document names no other convention."""
    if text[text.rfind("\n", 0, prov.start) + 1 : prov.start].strip() or not _HEADING_END.match(
        text, prov.end
    ):
        return None
    named = [m for m in mentions if m.key and not m.pointer and m.cls == "convention"]
    keys = {m.key for m in named}
    return named[0] if len(keys) == 1 and named[0].start < prov.start else None
