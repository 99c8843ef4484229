"""The parties of a law report's title in capitals: 'ARDEN MILLS LTD Vs. ARDEN MILLS WORKERS UNION'.

A report opens with its case's title, the parties set in capitals around 'Vs.': a party that ends with a
company's legal form or a body's head noun is an organisation (a person or an officer is not).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from casewatch import vocab
from casewatch.extract.names.common import Found
from casewatch.extract.names.org_words import ORG, word_sets

_PARTY = r"[A-Z][A-Z0-9&.,'’ -]{1,80}?"
_CASE_TITLE = re.compile(
    rf"^[ \t]*({_PARTY})[ \t]+(?:VS?\.?|Vs\.?|v\.|versus|VERSUS)[ \t]+({_PARTY})[ \t.]*$", re.MULTILINE
)


@cache
def _closing_words() -> frozenset[str]:
    """A party's last word that shows a body, in capitals: legal forms and head nouns."""
    forms = {f.rstrip(".").upper() for f in vocab.load("org_heads")["legal_suffixes"]}
    return frozenset(forms | {h.upper() for h in word_sets()["heads"]})


def case_parties(text: str) -> Iterator[Found]:
    for m in _CASE_TITLE.finditer(text):
        for group in (1, 2):
            party = m.group(group).rstrip(" .,")
            words = party.split()
            if len(words) >= 2 and words[-1].rstrip(".") in _closing_words():
                start = m.start(group)
                yield Found(ORG, start, start + len(party), party)
