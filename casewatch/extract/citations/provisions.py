"""Provisions cited: "articles 1, 2 and 5(a)", "section 12 (3) (b)", "paragraph 2 of article 7"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from casewatch.extract.openings import DOCUMENT, with_openings

# "5", "12.3", "15A", "20-B", "87bis", "87 bis", "5(a)(ii)"
# a French code's article ("L. 2511-1", "R.1234-5") is one number, its dashes no range
_CODE_ARTICLE = r"[LRD]\.?\s?\d+(?:-\d+)+"
_SUFFIX = r"(?:\s?(?:bis|ter|quater)\b|-?[a-zA-Z](?![a-zA-Z]))?"
_NUMBER = rf"(?:{_CODE_ARTICLE}|\d+(?:\.\d+)*{_SUFFIX}(?:\s?\((?:\d+|[a-z]{{1,4}})\))*)"
_LETTER_DASH = re.compile(r"(?<=\d)-(?=[a-zA-Z])")  # "20-B" is cited as 20B
_SUBNUMBER = r"\((?:\d+|[a-z]{1,4})\)"  # "1(2) and (3)": the second is 1(3)
_SUB = (  # a part of an article: "paragraph 2", "inciso 2", "alinéa 2", "пункт 2", "часть 1"
    r"(?i:(?:sub-?)?(?:paragraph|para\.?|part|item|point|clause|subparagraph|section)|inciso|párrafo|apartado|numeral"
    r"|alinéa|paragraphe|пункт[аеу]?|част[ьиюе]|ч\.|п\.)"
)
# "and" in the four languages read ("articles 6, 10 et 11", "artículos 27 y 28", "статьи 5 и 6")
_AND = r"(?:and|or|et|ou|y|e|o|и|или)"
_SEP = rf"(?:\s*,\s*(?:{_AND}\s+)?|\s+{_AND}\s+|\s*[–—-]\s*|\s+(?:to|through|until|à|a|по)\s+)"
_PART = rf"(?:(?<=\s){_NUMBER}|{_SUBNUMBER})"  # "paragraph 2", "subsection (2)"
# "paragraph 2 of article 7", "inciso 2 del artículo 7", "пункт 2 статьи 7" (the genitive needs no word)
_PART_OF = r"(?:(?:of|del?|du)\s+(?:l['’]\s*|la\s+)?|(?=[Сс]т))"
_OWN_ARTICLE = r"\s*(?:(?:of|del?|du)\s+(?:l['’]\s*|la\s+)?)?(?:[Aa]rt|[Ss]ection|[Сс]т(?:\.|ать))"
_PROVISION = re.compile(
    # every match starts with a sub-part word or a head: one test of the first letter rules most positions out
    r"(?=(?i:[acipsn])|§|[СсПпЧч])"
    rf"(?P<pre>(?:\b{_SUB}s?\s*{_PART}(?:{_SEP}{_PART})*\s*,?\s*)+{_PART_OF})?"
    r"\b(?P<head>[Aa]rticles?|ARTICLES?|[Aa]rts?\.?|[Aa]rt[íi]culos?|[Ss]ections?|[Ss]ecs?\.|S\.(?=\s?\d)|§§?"
    r"|[Pp]aragraphs?|[Pp]aras?\.?|[Сс]тать(?:я|и|ей|ёй|е|ю|ям|ями|ях)|[Сс]т\.)"
    rf"\s*(?P<nums>{_NUMBER}(?:{_SEP}(?:{_NUMBER}|{_SUBNUMBER}))*)(?![\w/])"
    # a part followed by an article of its own is that article's: "статья 19, часть 1 ст. 30" is 19 and 30(1)
    rf"(?P<post>(?:\s*,?\s*{_SUB}s?\s*{_PART}(?:{_SEP}{_PART})*(?!\w|{_OWN_ARTICLE}))+)?"
)
_PROVISIONS = with_openings(
    _PROVISION, together=DOCUMENT
)  # tried only where a sub-part word or a head starts
_RANGE = re.compile(r"\s*[–—-]\s*|\s+(?:to|through|until|à|a|по)\s+")


@dataclass(frozen=True)
class Provisions:
    """A phrase citing provisions: "articles 1, 2 and 5(a)" -> ("art 1", "art 2", "art 5(a)")."""

    kind: str  # art | s | para
    items: tuple[str, ...]
    start: int
    end: int


def _prefix(head: str) -> str:
    head = head.casefold()
    if head.startswith(("art", "ст")):
        return "art"
    return "para" if head.startswith("para") else "s"


_SEPARATED = re.compile(rf"({_SEP})")  # the separators kept: a dash makes a range
_SPACES = re.compile(r"\s+")
_CODE_ARTICLES = re.compile(_CODE_ARTICLE)
_KEPT_DASH = "\u2011"  # a code article's dash while the separators are split on


def _numbers(nums: str) -> list[str]:
    out: list[str] = []
    nums = _CODE_ARTICLES.sub(lambda m: m.group(0).replace("-", _KEPT_DASH), _LETTER_DASH.sub("", nums))
    parts = _SEPARATED.split(nums)
    for i in range(0, len(parts), 2):
        number = _SPACES.sub("", parts[i]).replace(_KEPT_DASH, "-")
        if number.startswith("(") and out and "(" in out[-1]:
            number = out[-1][: out[-1].rindex("(")] + number
        sep = parts[i - 1] if i else ""
        if out and sep == "-" and number.isdigit() and _one_article(out[-1], number):
            out[-1] += "-" + number
            continue
        if out and _RANGE.fullmatch(sep) and out[-1].isdigit() and number.isdigit():
            low, high = int(out[-1]), int(number)
            if low < high <= low + 50:
                out.extend(str(n) for n in range(low + 1, high + 1))
                continue
        out.append(number)
    return out


def _one_article(before: str, number: str) -> bool:
    """ "224-1-2", "431-1": a French code's article, not a range (a range rises: "articles 2-5")."""
    if "-" in before:
        return before.replace("-", "").isdigit()
    return before.isdigit() and int(number) <= int(before)


_PARTS = re.compile(rf"{_SUB}s?\s*({_PART}(?:{_SEP}{_PART})*)")


def _with_parts(number: str, pre: str, post: str) -> list[str]:
    """ "paragraphs 1 and 2 of article 22" -> 22(1), 22(2). Parts of parts ("paragraph 1, part 2, of
    article 342") are written in too many orders to nest: the article alone is cited."""
    groups = [_numbers(g) for g in _PARTS.findall(pre + " " + post)]
    return [_nested(number, part) for part in groups[0]] if len(groups) == 1 else [number]


_HEAD_PART = re.compile(r"\(?([^()]+)\)?(.*)")


def _nested(number: str, part: str) -> str:
    """ "paragraph 2(a) of article 5" is 5(2)(a): the part's own sub-part keeps its brackets."""
    m = _HEAD_PART.fullmatch(part)
    return f"{number}({m.group(1)}){m.group(2)}" if m else f"{number}({part})"


def find_provisions(text: str) -> Iterator[Provisions]:
    for m in _PROVISIONS.finditer(text):
        kind = _prefix(m.group("head"))
        numbers = _numbers(m.group("nums"))
        if len(numbers) == 1 and kind != "para" and "(" not in numbers[0]:
            numbers = _with_parts(numbers[0], m.group("pre") or "", m.group("post") or "")
        yield Provisions(kind, tuple(f"{kind} {n}" for n in numbers), m.start(), m.end())
