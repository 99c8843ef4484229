"""Who is named right after an exception takes no part in the act: "the court released the strikers,
except X", "el juez los puso en libertad, a excepción de X", "tous ont été libérés, à l'exception de
M. X". Only the name right after the cue is left out; names listed after it are rare."""

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
