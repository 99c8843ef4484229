"""What the citation tests share: the instruments a text cites, each with the provisions cited of it."""

from __future__ import annotations

from casewatch.extract.citations.find import find_citations


def cited(text: str, countries: tuple[str, ...] = ("RUT",)) -> dict[str, set[str]]:
    """Instrument key -> provisions, for a text of a document whose countries are `countries`."""
    out: dict[str, set[str]] = {}
    for citation in find_citations(text, countries):
        out.setdefault(citation.key, set()).update(citation.provisions)
    return out
