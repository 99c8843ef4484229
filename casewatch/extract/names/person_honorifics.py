"""The person rules opening with an honorific or a capital: a name after an honorific, and a name in
apposition ('Jane Doe, president of ...'), each a pattern in two forms: with every honorific, and with those
opening with a capital only, for a text holding no honorific written in lower case (most)."""

from __future__ import annotations

import re
from functools import cache

from casewatch.extract.literals import fold
from casewatch.extract.names.common import (
    CAP,
    SP,
    UPPER,
    after_first_letter,
    honorific_names,
    honorific_pattern,
    words_not_after,
)
from casewatch.extract.names.person_base import ITEM_WHOLE, SEQ
from casewatch.extract.openings import DOCUMENT, Openings, literals_together


def _honorific(honorifics: list[str]) -> re.Pattern[str]:
    """A name after one of `honorifics`; honorifics may stack: "Samdech Akka Moha Sena Padei Techo Ren Vath",
    "His Excellency Mr"."""
    first = words_not_after(r"\w.", honorifics)  # "(?<![\w.])(?:honorific...)"
    return re.compile(rf"{first}\.?(?:{SP}+(?:{honorific_pattern()}))*{SP}+({SEQ})")


@cache
def every_honorific() -> dict[str, re.Pattern[str]]:
    """The honorific and apposition patterns with every honorific."""
    return {"honorific": _honorific(honorific_names()), "apposition": _apposition(honorific_names())}


@cache
def _lower_case_honorifics() -> tuple[str, ...]:
    """Honorifics written in lower case ('señor', 'honorable'), whose first letters are common in any text."""
    return tuple(h for h in honorific_names() if not h[:1].isupper())


@cache
def _capitalised_patterns() -> dict[str, re.Pattern[str]]:
    """The honorific and apposition patterns with the honorifics opening with a capital only."""
    capitalised = [h for h in honorific_names() if h[:1].isupper()]
    return {"honorific": _honorific(capitalised), "apposition": _apposition(capitalised)}


@cache
def _lower_case_gate() -> Openings:
    """The lower-case honorifics looked for in the document's one pass (in the folded text: a text naming
    one in capitals is read with every honorific too)."""
    honorifics = {fold(h) for h in _lower_case_honorifics()}
    return literals_together(every_honorific()["honorific"], honorifics, DOCUMENT)


def honorific_patterns(text: str) -> dict[str, re.Pattern[str]]:
    """The honorific and apposition patterns for a text. A text holding no lower-case honorific (most) is
    scanned by the patterns without them, which `re` stops at capitals only, where the full ones stop at
    every 'h' and 's' of the text to try 'honorable' and 'señor': the same matches, as no match of theirs
    opens with a lower-case letter but one of these words."""
    return every_honorific() if _lower_case_gate().starts(text)[0] else _capitalised_patterns()


def _apposition(honorifics: list[str]) -> re.Pattern[str]:
    r"""`(?<![\w.])(?:{honorific}{SP}+)?({ITEM_WHOLE})`, a comma or a dash, then what follows (group 3),
    written with the first letter first (an honorific's or a capital) and the look-behind after it, which
    `re` scans for at C speed where it tried the look-behind at every position. After the letter come the
    honorific's rest and the name (group 1), else the rest of the name (group 2, the name read from the
    match's start): the honorific is tried first, as the optional group before did."""
    letters, honorific_rests = after_first_letter(honorifics)
    return re.compile(
        rf"[{''.join(dict.fromkeys(UPPER + letters))}](?<![\w.].)"
        rf"(?:(?:{honorific_rests})\.?{SP}+({ITEM_WHOLE})|(?<={CAP})({ITEM_WHOLE.removeprefix(CAP)}))"
        rf"(?:,|{SP}+[–—-])(?:{SP}+|{SP}*\n{SP}*)(?=([^\n]{{1,120}}))"
    )
