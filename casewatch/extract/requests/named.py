"""Who an ask names beside its verb: the office holder a pronoun stands for ("met Labour Minister Ana Kovic,
urging him to ..."), and the body a subject names once its count and its time are left out ("A group of four
UN experts today urged ...", "Five rapporteurs on Friday called for ...")."""

from __future__ import annotations

import re

from casewatch.extract.anchored_dates import MONTH_NAMES_EN, WEEKDAY_NAMES_EN
from casewatch.extract.requests.asks import OFFICE_HOLDER

_HIM_OR_HER = re.compile(r"\b(?:him|her)\s+to\b", re.I)
_OFFICE_HOLDER = re.compile(rf"(?<![\w’'-]){OFFICE_HOLDER}(?=[\s,.;])")


def office_holder_before(sentence: str, addressee: str | None) -> str | None:
    """ "met Labour Minister Ana Kovic, urging him to release ...": the pronoun stands for the office holder
    named last before it, not for the letter's addressees."""
    if addressee is None or addressee.lower() not in ("him", "her"):
        return None
    pronoun = _HIM_OR_HER.search(sentence)
    named = list(_OFFICE_HOLDER.finditer(sentence, 0, pronoun.start())) if pronoun else []
    return named[-1].group(0).rstrip(",") if named else None


_MONTH, _WEEKDAY = MONTH_NAMES_EN, WEEKDAY_NAMES_EN
# "... today", "... on Friday", "... have on 19 May", "... last week": when they asked, not who
_WHEN = re.compile(
    rf"\s+(?:today|yesterday|this (?:week|month|morning)|last (?:week|month)|earlier this (?:week|month)"
    rf"|on {_WEEKDAY}|on (?:\d{{1,2}} {_MONTH}|{_MONTH} \d{{1,2}})(?:,? \d{{4}})?|in {_MONTH}(?: \d{{4}})?)$"
)
# "A group of four UN experts", "A coalition of nine unions": the count is no part of the name
_COUNTED = re.compile(
    r"^(?:an?|the)\s+(?:group|number|panel|team)\s+of\s+"
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some)\s+)?",
    re.I,
)
_AUXILIARY = re.compile(r"\s+(?:has|have|had)$")


def bare_subject(subject: str) -> str:
    """The subject of an ask without its count and the time it was made."""
    return _COUNTED.sub("", _AUXILIARY.sub("", _WHEN.sub("", subject)))
