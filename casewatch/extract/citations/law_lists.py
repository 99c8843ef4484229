"""Laws named together by their numbers: "ordenanzas ministeriales núms. 9/1981 y 10/1981" is two laws.

A plural head ("Decrees", "décrets", "ordenanzas ministeriales", "указы") takes a list of numbers,
written after it or in brackets after a year ("two ministerial orders in 1981 (Nos 9 and 10)");
each number is one law, keyed in English ("Ministerial Order No. 9/1981") whatever the language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from casewatch.extract.citations.cues import Cues
from casewatch.extract.citations.law_countries import LawName, numbered_title
from casewatch.extract.openings import DOCUMENT, Openings, with_openings

_NUMBER = r"\d[\w./-]*(?<=\w)"
_PLURAL = re.compile(
    r"(?<![\w-])(?P<head>"
    r"(?:[Oo]rdenanzas|[Dd]ecretos|[Ll]eyes|[Rr]esoluciones|[ÓóOo]rdenes)"
    r"(?:\s+(?:ministeriales|[Mm]inisteriales|supremos|[Ss]upremos|ejecutivos|legislativos|leyes))?"
    r"|[Dd]écrets(?:-lois)?|[Ll]ois|[Oo]rdonnances|[Aa]rrêtés(?:\s+(?:ministériels|royaux))?"
    r"|(?:(?:[Mm]inisterial|[Pp]residential|[Rr]oyal|[Ee]xecutive)\s+)?(?:Decrees|Orders|Ordinances|Regulations)"
    r"|[Ll]aws|Acts|[Уу]казы|[Зз]аконы|[Пп]остановления)"
    r"(?:\s+(?:de|en|of|in|from)\s+(?:19|20)\d\d)?"
    r"\s*\(?\s*(?:[Nn]úms\.?|n[°º]s|[Nn]os\.?|Numbers|№№?)\s*"
    rf"(?P<nums>{_NUMBER}(?:\s*(?:,|y|et|and|и)\s*{_NUMBER})+)"
)


@cache
def _plural_heads() -> Openings:
    """The plural heads open with letters common in any text: the pattern is tried only where one starts."""
    return with_openings(_PLURAL, together=DOCUMENT)


_SPLIT = re.compile(r"\s*(?:,|\by\b|\bet\b|\band\b|\bи\b)\s*")
_CUES = Cues(("núms", "Núms", "n°s", "nºs", "Nos", "nos", "Numbers", "№"))


def law_lists(text: str) -> Iterator[LawName]:
    if not _CUES.held(text):
        return
    for m in _plural_heads().finditer(text):
        head = " ".join(m.group("head").split())
        for number in _SPLIT.split(m.group("nums")):
            title = numbered_title(head, number)
            yield LawName(title.split(" No. ")[0].split()[-1], title, m.start(), m.end(), None, number)
