"""A document's sentences as the follow-up reads them: who says each, and which names it carries."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from casewatch.analyse.followup.model import FollowupDoc, share
from casewatch.extract.layout import ilo_anatomy
from casewatch.extract.sentences import split_sentences
from casewatch.model import Genre, SpeakerGroup, Statement

# Who speaks where no speaker turn says so: the genre's author.
_GENRE_GROUP = {
    Genre.GOVERNMENT_REPLY: SpeakerGroup.GOVERNMENT,
    Genre.ILO_CEACR: SpeakerGroup.COMMITTEE,
    Genre.ILO_CFA: SpeakerGroup.COMMITTEE,
    Genre.ILO_CAS: SpeakerGroup.COMMITTEE,
    Genre.UNION_LETTER: SpeakerGroup.WORKERS,
    Genre.UN_COMMUNICATION: SpeakerGroup.OBSERVER,
}
# Acronyms name organisations across languages; these name the supervisory system itself.
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{2,}\b")
_ILO_GENRES = frozenset({Genre.ILO_CAS, Genre.ILO_CEACR, Genre.ILO_CFA})
# A speaker turn opens with its label: "Worker member, Germany – ..."; a quote starts after it.
_TURN_LABEL = re.compile(r"^[^–—\n]{1,200}?\s[–—]\s*")
_INTERNATIONAL_HEADS = frozenset({"ILO", "HRC", "UN"})
_GENERIC_ACRONYMS = frozenset({"ILO", "CEACR", "CAS", "CFA", "NGO", "OHCHR", "ILC", "BIT", "OIT", "CIT"})


@dataclass(frozen=True, slots=True)
class Unit:
    start: int
    end: int
    text: str
    group: str
    speaker: str | None
    turn: int  # index of the speaker turn (or -1): a quote never runs across turns
    anchors: frozenset[str]  # actors, national laws and acronyms it names
    laws: frozenset[str]  # the national laws among them

    def __post_init__(self) -> None:
        share(self, "anchors", "laws")


def _statement_at(statements: list[Statement], starts: list[int], pos: int) -> tuple[int, Statement | None]:
    i = bisect_right(starts, pos) - 1
    if i >= 0 and statements[i].start <= pos < statements[i].end:
        return i, statements[i]
    return -1, None


def _group(doc: FollowupDoc, statement: Statement | None) -> tuple[str, str | None]:
    if statement is None:
        return _GENRE_GROUP.get(doc.meta.genre, SpeakerGroup.OTHER).value, None
    concerned = statement.country is None or statement.country in doc.meta.countries
    if statement.group is SpeakerGroup.GOVERNMENT and not concerned:
        return SpeakerGroup.OTHER.value, statement.speaker  # another country's government: a third party
    return statement.group.value, statement.speaker


def _statements(doc: FollowupDoc) -> list[Statement]:
    """The document's speaker turns; an ILO record that extraction did not take for one (a lone
    "Written information provided by the Government") is parsed for its sections here, so the
    government's words are never taken for the Committee's."""
    if doc.statements or doc.meta.genre not in _ILO_GENRES:
        return sorted(doc.statements, key=lambda s: s.start)
    return sorted(ilo_anatomy(doc.text)[1], key=lambda s: s.start)


def units(doc: FollowupDoc) -> list[Unit]:
    statements = _statements(doc)
    starts = [s.start for s in statements]
    named = _Named(doc)
    found = []
    for sentence in split_sentences(doc.text):
        turn, statement = _statement_at(statements, starts, sentence.start)
        group, speaker = _group(doc, statement)
        start = sentence.start
        if statement is not None and start == statement.start:
            label = _TURN_LABEL.match(sentence.text)
            start += label.end() if label else 0
        if start < sentence.end:
            text = flat(doc.text[start : sentence.end])
            anchors, laws = named.anchors_in(start, sentence.end), named.laws_in(start, sentence.end)
            found.append(Unit(start, sentence.end, text, group, speaker, turn, anchors, laws))
    return found


def flat(text: str) -> str:
    """Text with its line wrapping undone: cues and quotes read across a line break."""
    return " ".join(text.split())


class _Named:
    """The actors and national laws of a document by where they start, so that each sentence finds its
    own by bisection (a scan of them all per sentence grew with the square of the document)."""

    def __init__(self, doc: FollowupDoc) -> None:
        self.doc = doc
        actors = sorted((a.start, a.key) for a in doc.anchors)
        laws = sorted((c.start, c.key) for c in doc.citations if not _international(c.key))
        self.actor_starts, self.actor_keys = [s for s, _ in actors], [k for _, k in actors]
        self.law_starts, self.law_keys = [s for s, _ in laws], [k for _, k in laws]
        self.countries = set(doc.meta.countries)

    def laws_in(self, start: int, end: int) -> frozenset[str]:
        return frozenset(
            self.law_keys[bisect_left(self.law_starts, start) : bisect_left(self.law_starts, end)]
        )

    def anchors_in(self, start: int, end: int) -> frozenset[str]:
        """The actors, national laws and acronyms named in doc.text[start:end]."""
        keys = set(_between(self.actor_starts, self.actor_keys, start, end))
        keys |= self.laws_in(start, end)
        acronyms = _ACRONYM.findall(self.doc.text, start, end)
        keys |= {m for m in acronyms if m not in _GENERIC_ACRONYMS and m not in self.countries}
        return frozenset(keys)


def _between(starts: list[int], keys: list[str], start: int, end: int) -> list[str]:
    """The keys of the names starting in [start, end), `starts` sorted."""
    return keys[bisect_left(starts, start) : bisect_left(starts, end)]


def ask_anchors(doc: FollowupDoc, start: int, end: int, words: str) -> frozenset[str]:
    """The anchors of a request: those of its span whose words are in its own text (one sentence
    often holds several requests, each naming its own law or actor)."""
    folded = words.casefold()
    keys = {a.key for a in doc.anchors if start <= a.start < end and _named(doc, a.start, a.end, folded)}
    keys |= {
        c.key
        for c in doc.citations
        if start <= c.start < end and not _international(c.key) and _named(doc, c.start, c.end, folded)
    }
    countries = set(doc.meta.countries)
    return frozenset(keys | {m for m in _ACRONYM.findall(words) if m not in _GENERIC_ACRONYMS | countries})


def _named(doc: FollowupDoc, start: int, end: int, folded: str) -> bool:
    return doc.text[start:end].casefold() in folded


def _international(key: str) -> bool:
    """A catalogue instrument (ILO C087, ICCPR) is cited everywhere: it singles out no fact."""
    head, _, rest = key.partition(" ")
    return not rest or head in _INTERNATIONAL_HEADS
