"""What the event tests share: mentions of invented names placed where a text names them."""

from __future__ import annotations

from casewatch.model import Mention


def mentions_of(text: str, names: dict[str, str]) -> list[Mention]:
    """A mention of each name (name -> label) at every place the text holds it, in text order."""
    out = []
    for name, label in names.items():
        start = text.find(name)
        while start >= 0:
            out.append(Mention(label, name, start, start + len(name), entity=name))
            start = text.find(name, start + 1)
    return sorted(out, key=lambda m: m.start)
