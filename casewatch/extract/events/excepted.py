"""Who is named right after an exception takes no part in the act: "the court released the strikers,
except X", "el juez los puso en libertad, a excepción de X", "tous ont été libérés, à l'exception de
M. X". Only the name right after the cue is left out; names listed after it are rare. Nor does the
subject of a clause timing the act ("detained a day after Minister X announced ...")."""

from __future__ import annotations

import re

from casewatch.extract.gated import gated

# who is named right after an exception is left out of the act: "released them, except Ana Ruiz",
# "los puso en libertad, a excepción de X", "tous ont été libérés, à l'exception de M. X" (behind its
# literals: read before every name after an act, in a stretch that most often holds none)
_EXCEPTED = gated(
    r"\b(?:except(?:\s+for)?|with\s+the\s+exception\s+of|à\s+l['’]exception\s+(?:de|du|des)|sauf|excepté|"
    r"(?:a|con)\s+excepción\s+(?:de|del)|excepto)\s+"
    r"(?:(?:the|le|la|les|el|los|las|l['’])\s*)?(?:(?:Mr|Ms|Mrs|M|MM|Mme|Sr|Sra|Sres)\.?\s+)?$",
    re.I,
)
EXCEPTED_REACH = 60  # chars back from a name to the exception that leaves it out


def excepted(text: str, after: int, start: int) -> bool:
    """The name starting at `start`, after the act ending at `after`, follows an exception."""
    return _EXCEPTED.search(text, max(after, start - EXCEPTED_REACH), start) is not None


# the subject of a clause that times the act: "detained hours after President X said", "arrêté après que
# le ministre X a annoncé" (up to three words, a title, between the conjunction and the name)
_TIMING_SUBJECT = gated(
    r"\b(?:(?:hours|days|weeks|a day|a week|shortly|soon|just|only)\s+(?:after|before)|while|after|before"
    r"|après que|avant que|alors que|después de que|antes de que|mientras)\s+"
    r"(?:(?:the|le|la|el)\s+)?(?:[\w'’.-]+\s+){0,3}?$",
    re.I,
)


def timing_subject(text: str, after: int, start: int) -> bool:
    """The name starting at `start`, after the act ending at `after`, is the subject of a clause
    timing the act."""
    return _TIMING_SUBJECT.search(text, max(after, start - EXCEPTED_REACH), start) is not None
