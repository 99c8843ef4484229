"""What a sentence's events are read against: the document's text, date and mentions, and who a
sentence naming no one speaks of."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from casewatch.extract.events.authorities import is_force
from casewatch.extract.events.participants import key
from casewatch.extract.events.roles import collectives, forum, is_authority
from casewatch.extract.events.speakers import reporters
from casewatch.extract.sentences import Sentence
from casewatch.model import Mention, PartialDate

ACTOR_LABELS = frozenset({"person", "organization"})
PRONOUN_REACH = 1500  # chars back to the person a sentence-opening pronoun stands for
_PRONOUN = re.compile(r"\s*(?:[^,.;]{0,40},\s*)?(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|Il|Elle|Él|Ella|Он|Она)\s")
_MANY_OF_THEM = re.compile(
    r"\s*(?:many|most|some|all|several|none|few|muchos|algunos|varios|todos|beaucoup|certains|plusieurs|"
    r"tous)\s+(?:of\s+them|de\s+ellos|d['’]entre\s+eux)\b",
    re.I,
)
_PLURAL_PRONOUN = re.compile(
    r"\s*(?:[^,.;]{0,40},\s*)?(?:They|they|Ils|ils|Elles|elles|Ellos|Ellas|Они|они)\s"
)
# a Spanish plural verb with no subject ("Aunque poco después serían puestos en libertad, fueron
# despedidos"): its subject is the group told before, as with "They"
_PLURAL_DROPPED = re.compile(
    r"\s*(?:(?:aunque|pero|luego|después|poco|más|tarde|también|además|posteriormente|finalmente|y|ya|"
    r"entonces|inmediatamente|días|horas|semanas)\s+){0,4}"
    r"(?:fueron|serían|serán|han sido|habían sido|habrían sido|quedaron|resultaron)\s",
    re.I,
)
# "The three were arrested", "Both were released": the persons named together before
_COUNTED_BACK = re.compile(
    r"\s*(?:(?:The|These|Those|All)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)"
    r"|Both|Les deux|Los dos)"
    r"(?:\s+(?:men|women|of them))?\s+(?:were|are|have|had|was|ont|sont|fueron|han)\b"
)
_NEUTER = re.compile(r"\s*(?:[^,.;]{0,40},\s*(?:its|it)|Its|It)\s")
# "It goes on to report that several of them were freed", "Il ajoute que": who tells, then what is told;
# the teller (a complainant, the Government) is not whom the told act befalls
_TOLD_OPENING = re.compile(
    r"\s*(?:(?:\d+|[a-z])[.)]\s*)*(?:[^,.;]{0,40},\s*)?(?:[Ii]t|[Hh]e|[Ss]he|[Tt]hey|Il|Elle|Ils|Elles|Él|Ella|Ellos|"
    r"(?:[Tt]he|[Ll][ea]|[Ll]es|[Ee]l|[Ll]os|[Ll]as)\s+[^,.;]{1,60}?)\s+"
    r"(?:[a-z]+\s+){0,3}?(?:states?|adds?|indicates?|alleges?|claims?|reports?|explains?|points? out|"
    r"declares?|asserts?|affirme|ajoute|indique|allègue|déclare|précise|afirma|añade|indica|alega|declara|"
    r"señala)\s+(?:further\s+|also\s+|en outre\s+|además\s+)?(?:that|que|qu['’])\s*"
)


# where the sentence holding a mention starts: after the last sentence end before it
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“A-ZÀ-ÝА-Я])|\n\s*")
# what may come before a sentence's subject: a title
_BEFORE_SUBJECT = re.compile(r"\s*(?:(?:Mr|Ms|Mrs|Dr|Prof|M|Mme|Sr|Sra)\.?\s+)?")
# "X said: «...": a quotation opens after its speaker, and what it tells speaks of others
_QUOTE_OPENS = re.compile(r":\s*[«“\"]")


def _subject_among(text: str, persons: list[Mention]) -> Mention:
    """The person a pronoun stands for: the subject of the last sentence naming a person, when it
    opens with one ("X, treasurer of Y, was arrested three days after the arrest of Z. ... He began a
    hunger strike" speaks of X) and quotes no one naming another, else the last person named."""
    last = persons[-1]
    ends = list(_SENTENCE_END.finditer(text, max(0, last.start - 400), last.start))
    opening = ends[-1].end() if ends else 0 if last.start <= 400 else None
    if opening is None:
        return last
    first = next((m for m in persons if m.start >= opening), last)
    if _QUOTE_OPENS.search(text, first.end, last.start):
        return last  # "X said: «The charges against Y are unjust. He ...»": Y, not the speaker
    return first if _BEFORE_SUBJECT.fullmatch(text, opening, first.start) else last


def _persons_of_last_sentence(text: str, persons: list[Mention]) -> list[Mention]:
    """The persons of the last sentence naming any, each once: whom "the three" or "they" stand for."""
    last = persons[-1]
    ends = list(_SENTENCE_END.finditer(text, max(0, last.start - 400), last.start))
    opening = ends[-1].end() if ends else 0
    keys: dict[str, Mention] = {}
    for m in persons:
        if m.start >= opening:
            keys.setdefault(m.entity or m.text, m)
    return list(keys.values())


def _in(mention: Mention, sentence: Sentence) -> bool:
    return sentence.start <= mention.start and mention.end <= sentence.end


@dataclass(frozen=True)
class Context:
    """What a sentence's events are read against: the document text, date and mentions."""

    text: str
    anchor: PartialDate | None
    mentions: tuple[Mention, ...]
    # mention indices by start, so a sentence finds its mentions by bisection, not a full scan
    by_start: tuple[int, ...] = ()
    starts: tuple[int, ...] = ()

    @classmethod
    def of(cls, text: str, anchor: PartialDate | None, mentions: Iterable[Mention]) -> Context:
        mentions = tuple(mentions)
        by_start = tuple(sorted(range(len(mentions)), key=lambda i: mentions[i].start))
        return cls(text, anchor, mentions, by_start, tuple(mentions[i].start for i in by_start))

    def referred(
        self, sentence: Sentence, previous: Sentence | None, aside: set[str], on_person: bool
    ) -> list[Mention]:
        """Who a sentence naming no one speaks of: the persons and organisations of the sentence
        before (not the courts, nor who only tells of it), or, when it opens with a personal
        pronoun ("He was charged ...") or the sentence before names no one, the last person named
        shortly before it (for an act on a person)."""
        told = _TOLD_OPENING.match(sentence.text)
        if told:  # "It adds that they were released": what is told opens after the teller's words
            sentence = Sentence(sentence.start + told.end(), sentence.end, sentence.text[told.end() :])
        if _MANY_OF_THEM.match(sentence.text):  # "Many of them were sentenced": the group told before
            groups = (
                []
                if previous is None
                else [g for g in collectives(self.text, previous) if not is_authority(g)]
            )
            # "X, Y and Z were arrested. Some of them were released": of the persons named before
            persons = [m for m in self._before(sentence) if m.label == "person" and key(m) not in aside]
            return groups or (_persons_of_last_sentence(self.text, persons) if persons else [])
        if not _PRONOUN.match(sentence.text) and previous is not None:
            named = [m for m in self.within(previous) if m.label in ACTOR_LABELS and key(m) not in aside]
            # who told of the sentence before ("The UN experts said ...") is not who it speaks of
            aside = aside | reporters(self.text, previous, previous.end, named)
            named = [m for m in named if key(m) not in aside]
            named = [m for m in named if key(m) not in forum(named)]
            if (
                on_person
            ):  # "Police Force X held them. They were sentenced": the force is no one they speak of
                named = [m for m in named if not is_force(m)]
            if named and _NEUTER.match(sentence.text):  # "Its appeal": an organisation's
                return [m for m in named if m.label == "organization"]
            if named:
                return named
            groups = [g for g in collectives(self.text, previous) if not is_authority(g)]
            if _PLURAL_PRONOUN.match(sentence.text) or _PLURAL_DROPPED.match(sentence.text):
                # "Five members were held. They had marched. They are charged": the group told before
                # a sentence that itself only says "they"
                return groups or self._group_before(previous)
        if not on_person:
            return []
        before = self._before(sentence)
        if _NEUTER.match(sentence.text):  # "Its appeal was rejected": an organisation's, never a person's
            return [m for m in before if m.label == "organization"][-1:]
        # "- It was planned for four, - Doe told us. - When I came, all were detained": who tells of
        # the act in the sentence is not whom it speaks of
        persons = [m for m in before if m.label == "person" and key(m) not in aside]
        if persons and (_COUNTED_BACK.match(sentence.text) or _PLURAL_PRONOUN.match(sentence.text)):
            return _persons_of_last_sentence(self.text, persons)
        return [_subject_among(self.text, persons)] if persons else []

    def _group_before(self, sentence: Sentence) -> list[Mention]:
        """The last group named shortly before a sentence, not an authority."""
        lo = max(0, sentence.start - PRONOUN_REACH)
        span = Sentence(lo, sentence.start, self.text[lo : sentence.start])
        return [g for g in collectives(self.text, span) if not is_authority(g)][-1:]

    def _before(self, sentence: Sentence) -> list[Mention]:
        """The mentions shortly before the sentence, in text order."""
        lo = bisect_left(self.starts, sentence.start - PRONOUN_REACH)
        hi = bisect_left(self.starts, sentence.start)
        return [self.mentions[i] for i in self.by_start[lo:hi]]

    def within(self, sentence: Sentence) -> list[Mention]:
        """The mentions inside the sentence, in their original order."""
        lo = bisect_left(self.starts, sentence.start)
        hi = bisect_right(self.starts, sentence.end)
        found = (self.mentions[i] for i in sorted(self.by_start[lo:hi]))
        return [m for m in found if _in(m, sentence)]
