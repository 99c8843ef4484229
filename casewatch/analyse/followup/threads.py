"""Request threads: asks for the same remedy, whoever makes them and whenever, are one thread.

An ask's thread key is (country, remedy family, object): the family groups remedies followed
together (release, pardon and dropped charges of the same people), and a law reform is keyed
by the national law it names, so reforming the criminal code and the trade union law stay
two threads. An ask naming no law ("bring all legislation into line with the Convention")
joins the country's most asked-for law reform. Asks of no known remedy join an earlier one
only when their wording mostly overlaps. A reviewer's judgement (move an ask to another
ask's thread, or set it apart) is applied last, so it survives every recomputation.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from casewatch.analyse.common import date_key
from casewatch.analyse.followup.model import Ask
from casewatch.analyse.followup.reading import Reading
from casewatch.analyse.followup.remedies import OTHER

LAW = "law"
_LOOSE = frozenset({OTHER, "information"})  # families too broad to group by remedy alone
_WORD = re.compile(r"\w{3,}")
_SAME_WORDING = 0.5
Key = tuple[str, str, str]


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def _similar(left: str, right: str) -> bool:
    a, b = _words(left), _words(right)
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= _SAME_WORDING


def group_asks(readings: Sequence[Reading]) -> list[tuple[str, list[Ask]]]:
    """(country, asks) of every thread, by the date of its first ask."""
    keyed: dict[Key, list[Ask]] = defaultdict(list)
    loose: list[tuple[str, list[Ask]]] = []
    ordered = sorted(readings, key=lambda r: (date_key(r.date), r.document_id))
    for reading in ordered:
        for ask in reading.asks:
            if ask.family in _LOOSE:
                _add_loose(loose, reading.country, ask)
            else:
                law = min(ask.laws) if ask.family == LAW and ask.laws else ""
                keyed[(reading.country, ask.family, law)].append(ask)
    _fold_generic_law(keyed)
    groups = [(key[0], asks) for key, asks in keyed.items()] + loose
    return sorted(groups, key=lambda g: (date_key(g[1][0].date), g[1][0].document_id, g[1][0].id))


def _add_loose(loose: list[tuple[str, list[Ask]]], country: str, ask: Ask) -> None:
    for their_country, asks in loose:
        first = asks[0]
        if their_country == country and first.family == ask.family and _similar(first.text, ask.text):
            asks.append(ask)
            return
    loose.append((country, [ask]))


def _fold_generic_law(keyed: dict[Key, list[Ask]]) -> None:
    """A law reform naming no law joins the country's law reform asked for in most documents."""
    for key in [k for k in keyed if k[1] == LAW and k[2] == ""]:
        named = [k for k in keyed if k[0] == key[0] and k[1] == LAW and k[2]]
        if not named:
            continue
        main = min(named, key=lambda k: (-len({a.document_id for a in keyed[k]}), date_key(keyed[k][0].date)))
        keyed[main] = sorted([*keyed[main], *keyed.pop(key)], key=lambda a: (date_key(a.date), a.id))


def apply_judgements(
    groups: list[tuple[str, list[Ask]]], moves: Mapping[str, str | None]
) -> list[tuple[str, list[Ask]]]:
    """A reviewer's moves: ask id -> the id of an ask whose thread it joins, or None to stand alone."""
    if not moves:
        return groups
    where = {ask.id: n for n, (_, asks) in enumerate(groups) for ask in asks}
    result = [(country, [a for a in asks if a.id not in moves]) for country, asks in groups]
    by_id = {ask.id: (country, ask) for country, asks in groups for ask in asks}
    for ask_id, target in moves.items():
        if ask_id not in by_id:
            continue  # the document is gone: the judgement waits for it
        country, ask = by_id[ask_id]
        if target is not None and target in where and target not in moves:
            result[where[target]][1].append(ask)
        else:
            result.append((country, [ask]))
    kept = [(c, sorted(asks, key=lambda a: (date_key(a.date), a.id))) for c, asks in result if asks]
    return sorted(kept, key=lambda g: (date_key(g[1][0].date), g[1][0].document_id, g[1][0].id))
