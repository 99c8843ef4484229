"""Cue words without which a rule is not run on a document, told from the pass over the document that the
names and the citations rules share (`openings.DOCUMENT`), where a substring search per cue would read the
whole document once for each: a group of cues is one pattern, tried only where one of its cues starts (in
any case; the pattern itself reads the cue's case)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from casewatch.extract.openings import DOCUMENT, with_openings


class Cues:
    """Groups of cue words, each told present or not in a document."""

    def __init__(self, *groups: Sequence[str]) -> None:
        patterns = (re.compile("|".join(re.escape(cue) for cue in group)) for group in groups)
        self.finder = with_openings(*patterns, together=DOCUMENT)

    def held(self, text: str, group: int = 0) -> bool:
        """Whether one of the cues of `group` is in `text`: `any(cue in text for cue in cues)`."""
        return next(self.finder.finditer(text, group), None) is not None
