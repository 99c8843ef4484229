"""Demands in French, Spanish and Russian: "exhorte les autorités à A et à B", "pide al Gobierno que A",
"требуем освободить ...". Coordinated asks repeat the particle their verb governs."""

from __future__ import annotations

import re

from casewatch.extract.literals import first_match
from casewatch.extract.requests.asks import Ask, clean_ask, is_ask, subject_before
from casewatch.extract.requests.grammar import foreign_forms, foreign_gates

_PRONOUNS = re.compile(
    r"^(?:nous|je|il|elle|ils|elles|on|nosotros|él|ella|ellos|ellas|мы|я|он|она|они)?\s*"
    r"(?:vous|lui|leur|les|le|la|les)?$",
    re.I,
)
_ARTICLE = re.compile(r"^(?:(?:la|le|les|el|los|las)\s+|l['’]\s*)", re.I)
# "que le gouvernement prendra ...", "que el Gobierno tome ...": the ask without the one asked
_GOVERNMENT_SUBJECT = re.compile(r"^(?:le gouvernement|les autorités|el Gobierno|las autoridades)\s+", re.I)
# The particle repeated before each coordinated ask: "à A et à B", "que A y que B", "a A y a B".
_NEXT_ASK = {
    particle: re.compile(pattern)
    for particle, pattern in {
        "à": r",?\s+et\s+à\s+",
        "à ce que": r",?\s+et\s+(?:à\s+ce\s+)?que\s+",
        "a que": r",?\s+y\s+(?:a\s+)?que\s+",
        "de": r",?\s+et\s+(?:de\s+|d['’]\s*)",
        "que": r",?\s+(?:et|y)\s+que\s+",
        "a": r",?\s+y\s+a\s+",
        "para que": r",?\s+y\s+(?:para\s+)?que\s+",
    }.items()
}
_SEMICOLON = re.compile(r"\s*;\s*")
_TRAILING_CONJUNCTION = re.compile(r"\s+(?:et|y|и|and)$")


def _pieces(ask: str, particle: str | None) -> list[str]:
    key = "de" if particle and particle.startswith("d") else particle
    split = _NEXT_ASK.get(key or "")
    parts = _SEMICOLON.split(ask)
    if split:
        parts = [p for part in parts for p in split.split(part)]
    return [a for a in (clean_ask(_GOVERNMENT_SUBJECT.sub("", p)) for p in parts) if is_ask(a)]


def _first_demand(body: str, pos: int, tried: list[int], starts: list[list[int]]) -> re.Match[str] | None:
    """The first demand from `pos` of the patterns `tried` (indices into `foreign_forms`)."""
    forms, _ = foreign_forms()
    found = [m for m in (first_match(forms, body, i, starts, pos) for i in tried) if m]
    return min(found, key=lambda f: f.start()) if found else None


def _tried(body: str, reported: bool) -> list[int]:
    """The demand patterns whose gate the sentence opens, in the languages' order, reported ones after."""
    opened = foreign_gates().open(body)
    if not reported:
        opened = frozenset(name for name in opened if not name.endswith(" reported"))
    _, index = foreign_forms()
    demands = [i for name, i in index.items() if name in opened and not name.endswith(" reported")]
    return demands + [i for name, i in index.items() if name in opened and name.endswith(" reported")]


def foreign_asks(body: str, reported: bool = False) -> list[Ask]:
    """Each demand of the sentence in any of the languages, one ask per repeated particle; a demand
    ends where the next one starts ("exhorte X à A et appelle Y à B"). `reported`: the genre reports
    asks, so past forms ("a appelé les autorités à", "pidió al Gobierno que") count."""
    asks: list[Ask] = []
    tried = _tried(body, reported)
    starts = foreign_forms()[0].starts(body) if tried else []
    m = _first_demand(body, 0, tried, starts)
    while m:
        after = _first_demand(body, m.end("verb"), tried, starts)
        ask = body[m.start("ask") : after.start() if after else len(body)]
        ask = _TRAILING_CONJUNCTION.sub("", ask.rstrip(" ,"))
        subject = subject_before(body, m.start("verb")).lstrip('«“" ')
        subject = "" if _PRONOUNS.match(subject) else _ARTICLE.sub("", subject)
        asks.extend(Ask(p, subject, m["to"]) for p in _pieces(ask, m["p"]))
        m = after
    return asks
