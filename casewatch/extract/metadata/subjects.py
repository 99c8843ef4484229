"""Whether a body named before a verb is the verb's subject, or only part of a list or a phrase."""

from __future__ import annotations

import re


def listed(head: str, start: int) -> bool:
    """The name ends a list ("SNES, SUD, CGT demand ..."), or a phrase it is the object of ("the unions of
    Avra and the X support ..."): the verb is the list's or the phrase's, not the name's."""
    before = _BEFORE_LISTED.search(head, max(0, start - 6), start)
    # "the board of X condemns", "A diretoria do X repudia": the body's own organ speaks for it
    return before is not None and not _ORGAN.search(head, max(0, start - 40), before.start())


_BEFORE_LISTED = re.compile(r"(?:, |(?<![\w'’-])(?:of|from|du|de|des|del|da|do|das|dos) )\Z")
_ORGAN = re.compile(
    r"\b(?:[Bb]oard|[Ee]xecutive|[Ll]eadership|[Cc]ouncil|[Ss]ecretariat|[Dd]iretoria|[Dd]ireção|[Dd]irección"
    r"|[Dd]irectiva|[Bb]ureau|[Cc]omité|[Cc]ommittee|[Ee]jecutiva|[Ee]xécutif|[Ии]сполком)[ \t]*\Z"
)
