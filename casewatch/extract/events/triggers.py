"""Event triggers: the vocabulary per event type, and the cues that make a trigger no reported fact.

A trigger is dropped when it is negated ("was not arrested"), hypothetical ("may be dissolved",
"faces a risk of closure"), asked for ("calls for the release of") or a purpose ("a lawsuit to
withdraw the registration"). Also the classes of event types the other event modules reason on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from casewatch import vocab
from casewatch.extract.events.attributes import attribute
from casewatch.extract.events.cues import cues, opened
from casewatch.extract.events.wordings import found_in
from casewatch.extract.gated import Gated, gated
from casewatch.extract.literals import automaton_of, fold
from casewatch.extract.openings import with_openings
from casewatch.extract.sentences import Sentence
from casewatch.model import EventType

STATE_ACTS = frozenset({EventType.RATIFICATION})  # done by a State, named as a place
# acts an institution does once: a year-only retelling is the same act whoever is named with it
ONCE_A_YEAR = frozenset({
    EventType.MISSION, EventType.AGREEMENT, EventType.LAW_CHANGE, EventType.RATIFICATION,
    EventType.DEREGISTRATION, EventType.SUSPENSION,
})  # fmt: skip
# acts on an organisation: a dateless telling naming the organisation of a dated one summarises it
# ("was refused registration on four occasions"); acts on persons need a shared person
ORGANISATION_ACTS = ONCE_A_YEAR | {EventType.REGISTRATION, EventType.REGISTRATION_REFUSED}
# acts of an institution: who is named in a concession before them ("Despite the objections of X,
# the law was adopted") takes no part in them
INSTITUTION_ACTS = frozenset({
    EventType.LAW_CHANGE, EventType.RATIFICATION, EventType.MISSION, EventType.AGREEMENT,
})  # fmt: skip
PERSON_ACTS = frozenset({
    EventType.ARREST, EventType.CONVICTION, EventType.RELEASE, EventType.PARDON, EventType.ASSAULT,
    EventType.KILLING, EventType.LEGAL_ACTION, EventType.HARASSMENT,
})  # fmt: skip
# acts a court decides: a court that is their subject (or agent) acts in them, it does not only hear them
DECISIONS = frozenset({
    EventType.CONVICTION, EventType.APPEAL, EventType.DEREGISTRATION, EventType.SUSPENSION,
    EventType.REGISTRATION_REFUSED, EventType.RELEASE,
})  # fmt: skip
GATHERING_REACH = 45  # chars around a closure where the gathering it breaks up is named
# a trigger that is a noun naming its object next ("the killing of", "l'arrestation de"): a noun act
NOUN_OF = re.compile(r"^(?!\w+ed\s)(?:l')?\w+\s+(?:of|de|d'|du|des|del)$", re.I)
_CLAUSE_BREAK = re.compile(
    r";|\s[–—]\s|:\s|,\s*(?:and|but|while|whereas|although|then|puis|ensuite|luego|y luego|después)\s"
    r"|\b(?:since|after|before|when|because|which|who)\s"
)
# a second thing reported ("states that X was dismissed on 3 May and that Y was charged")
_NEXT_REPORT = gated(  # behind its words: most stretches it is read in, one per act or date, hold none
    r"\b(?:and|et|y|but|mais|pero)\s+(?:also\s+|aussi\s+|además\s+)?(?:that|que|qu['’])", re.I
)
_REPORTED = re.compile(
    r",\s+(?:she|he|they|it|the government|the minister|the representative)\s+(?:\w+\s+){0,3}"
    r"(?:reported|reports?|announced|confirmed|informed|stated|indicated|noted)\b",
    re.I,
)
# a demand told as someone's purpose or manner: "a protest to demand that", "strikers demanding" (tried
# where one may start: the stretch before every trigger is read)
_PURPOSE_DEMAND = with_openings(
    re.compile(
        r"\b(?:to (?:demand|call for|request|ask for|protest against)|demanding|calling for|requesting)\b"
        r"|\b(?:pour (?:exiger|réclamer|demander)|para (?:exigir|reclamar|pedir)|exigiendo|reclamando)\b",
        re.I,
    )
)
# verbs after which "to <trigger>" is the act itself, not a purpose
_DECIDED = re.compile(
    r"\b(?:decided|agreed|voted|went on|began|started|continued?s?|sentenced|ordered)\b", re.I
)


@dataclass(frozen=True)
class Trigger:
    type: EventType
    start: int  # offsets into the document text
    end: int
    word: str
    nominal: bool = False  # a noun act ("arrests of workers"): no subject, its participants follow it


_PARTICIPLE = re.compile(
    r"(?:arrested|detained|imprisoned|jailed|dismissed|sentenced|convicted|charged|prosecuted|"
    r"detenid[oa]s?|arrestad[oa]s?|encarcelad[oa]s?|apresad[oa]s?|despedid[oa]s?|"
    r"détenue?s?|arrêtée?s?|emprisonnée?s?|incarcérée?s?|licenciée?s?|"
    r"задержанн\w*|арестованн\w*|уволенн\w*)",
    re.I,
)
# a bare infinitive or subjunctive "be" before an act: asked, owed or expected, never done
# its adverbs may come joined: "that they be immediately and unconditionally released"
_JOINED_ADVERBS = r"(?:\w+ly,?\s+(?:(?:and|or)\s+)?){0,3}"
# ... but "vient d'être condamné" is the French recent past: done just now, not asked
_BARE_BE = re.compile(
    rf"(?<!\bvient d['’])(?<!\bviennent d['’])(?<!\bvenait d['’])(?<!\bvenaient d['’])"
    rf"\b(?:be|être|ser|sea|sean|soit|soient|быть)\s+{_JOINED_ADVERBS}$",
    re.I,
)
_AUXILIARY_REACH = 60
# ... unless a court or officer decided it: "sentenced him to be taken into custody"
_ORDERED_TO_BE = re.compile(
    r"\b(?:sentenced|ordered|decided|condamné|ordonné|condenó|ordenó)\b[^.;]{0,50}\s+$", re.I
)
# a relative clause about who is named: what it tells of them is done, not asked
_RELATIVE_BEFORE = re.compile(
    r",\s*(?:who|whom|whose|which|que|qui|quien(?:es)?|el cual|la cual|los cuales|которы\w+)\s+"
    r"(?:[\w'’-]+\s+){0,6}$",
    re.I,
)
# a participle as an adjective ("the arrested unionists") retells an act told elsewhere
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|their|his|her|its|our|those|these|los|las|sus|les|des|ces|leurs|nos)\s+(?:\w+ly\s+)?$", re.I
)
# an auxiliary, modal or "to" right before a participle: what is asked, not what was done
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:be|been|being|to|get|is|are|was|were|sea|sean|ser|sido|fue|fueron|soit|soient|être|été|"
    r"est|sont|a|ont|быть|был[аио]?)\s+" + _JOINED_ADVERBS + "$",
    re.I,
)


# "those who were arrested were released", "ceux qui ont été arrêtés ont été libérés": who undergoes
# another act, named by an act told before
_RETOLD_RELATIVE = re.compile(
    r"\b(?:those|ceux|celles|los|las|quienes)\s+(?:\w+\s+)?(?:who|qui|que|quienes)\s+(?:(?:had|have|were|ont|avaient|"
    r"étaient|fueron|habían|han)\s+(?:been\s+|été\s+|sido\s+)?)?$",
    re.I,
)


# "was not freed until late February", "n'a été libéré qu'en mars": done, at the time named after it
_HABITUAL_REACH = 40  # chars before a trigger where a habitual cue governs it
_HABITUAL_BREAK = re.compile(r"[,;:()]")
_UNTIL_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:until|till|jusqu['’]|hasta)\b", re.I)
# an act told as still to come, right after its noun: "a national strike that will begin on Tuesday",
# "una huelga nacional que empezará a regir"
_FUTURE_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,2}\s*,?\s+(?:which|that|que|qui)\s+(?:will|shall|is to|empezará|empezarán|comenzará|"
    r"comenzarán|iniciará|regirá|commencera|commenceront|débutera|aura lieu)\b",
    re.I,
)


# an act told as possible right after its noun: "забастовки возможны", "арест не исключён"
_POSSIBLE_AFTER = re.compile(r"\s+(?:вполне\s+|также\s+|уже\s+)?(?:возможн\w*|не исключ\w*|вероятн\w*)", re.I)
# "угрожать рабочим ... задержанием": the act a threat names, in the instrumental case, is threatened
# only; the objects of the threat may stand between the verb and the act
_THREATENED_WITH = gated(r"\b(?:угрож\w*|пригрози\w*|грози\w*)\b[^.;:!?]{0,150}$", re.I)
# "the bill on strikes", "ley de huelgas", "закон о митингах": the act, right after the law's
# preposition, names what the law is about, not an act done
_LAW_ON_BEFORE = re.compile(
    r"\b(?:law|bill|act|legislation|ley|proyecto(?: de ley)?|plan|loi|projet de loi|закона?|законопроект\w*)"
    r"\s+(?:(?:on|regulating|governing|restricting|de|sobre|para regular|que regula|sur|relati(?:f|ve) aux?"
    r"|о|об)\s+)"
    r"(?:(?:the|las?|los|les|la|el|public|publics|públicas?|публичных)\s+)*$",
    re.I,
)
THING_REACH = 120  # chars before an act where the thing it is told of may stand
LAW_REACH = 60  # chars before an act where the law it names as its subject may stand
_LAW_WORD = re.compile(r"(?:law|bill|act|ley|loi|закон)", re.I)  # the act is the law's own making
_INSTRUMENTAL = re.compile(r"\w+(?:ием|ем|ом|ой|ами|ями)\b", re.I)


def other_report(text: str, start: int, end: int) -> bool:
    """Another thing reported opens between `start` and `end` ("and that ..."): a date on one side
    dates what is reported on that side only."""
    return _NEXT_REPORT.search(text, start, end) is not None


def report_bounds(text: str, start: int, end: int) -> list[int]:
    """Where each further thing reported opens between `start` and `end` ("..., and that ...")."""
    return [m.start() for m in _NEXT_REPORT.finditer(text, start, end)]


def clause_start(sentence: Sentence, pos: int) -> int:
    """Offset (in the sentence) where the clause holding `pos` begins."""
    return _clause_start(sentence.text, pos)


@lru_cache(maxsize=64)  # the checks of an act ask for its clause in turn
def _clause_start(text: str, pos: int) -> int:
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, pos)]
    return breaks[-1] if breaks else 0


def in_document(cue: Gated, text: str) -> bool:
    """Whether the cue may match anywhere in the document: one holding none of its literals spares
    the search in each of its sentences (a sentence is a stretch of the document's text)."""
    return cue.literals is None or _DOCUMENT_CUES.present(cue, text)


class DocumentCues:
    """The cues asked of whole documents (`in_document`), their literals looked for in one pass over
    the folded document where each cue would make a pass of its own; the answers of the last
    documents are kept."""

    KEPT = 2

    def __init__(self) -> None:
        self.cues: dict[int, int] = {}  # id of a cue -> its index
        self.literals: dict[str, set[int]] = {}  # literal -> the cues holding it
        self.automaton: Any = None  # built when a cue joins
        self.kept: dict[str, frozenset[int]] = {}  # document -> the cues one of whose literals it holds

    def present(self, cue: Gated, text: str) -> bool:
        if id(cue) not in self.cues:
            self._join(cue)
        found = self.kept.get(text)
        if found is None:
            found = frozenset(k for _, cues in self.automaton.iter(fold(text)) for k in cues)
            if len(self.kept) >= self.KEPT:
                del self.kept[next(iter(self.kept))]
            self.kept[text] = found
        return self.cues[id(cue)] in found

    def _join(self, cue: Gated) -> None:
        self.cues[id(cue)] = len(self.cues)
        for literal in cue.literals or ():
            self.literals.setdefault(literal, set()).add(self.cues[id(cue)])
        self.automaton = automaton_of({word: tuple(sorted(held)) for word, held in self.literals.items()})
        self.kept.clear()


_DOCUMENT_CUES = DocumentCues()


def _is_fact(sentence: Sentence, start: int, word: str = "") -> bool:
    """False when the trigger at sentence offset `start` is negated, hypothetical, asked or a purpose."""
    if _BARE_BE.search(sentence.text, max(0, start - _AUXILIARY_REACH), start) and not _ORDERED_TO_BE.search(
        sentence.text, max(0, start - 80), start
    ):
        return False  # "demanding that he be freed", "doit être libéré", "debe ser liberado"
    until = _UNTIL_AFTER.match(sentence.text, start + len(word)) is not None
    if not told_as_fact(sentence, start, _presupposed(sentence, start, word), until):
        return False
    if _RETOLD_RELATIVE.search(sentence.text, max(0, start - 40), start):
        return False
    if told_as_future(sentence, start + len(word)):
        return False
    opening = clause_start(sentence, start)
    if _habitual(sentence.text, max(opening, start - _HABITUAL_REACH), start, start + len(word)):
        return False
    before = sentence.text[opening:start]
    return not (cues().purpose.search(before[-40:]) and not _DECIDED.search(before))


def _habitual(text: str, pos: int, start: int, end: int) -> bool:
    """ "strikers are routinely dismissed", "sont souvent arrêtés" (the trigger may hold the
    auxiliary): a general statement, told right before the trigger, not across a comma ("X, who is
    often critical of the ministry, was arrested")."""
    return any(
        not _HABITUAL_BREAK.search(text, m.end(), start) for m in cues().habitual.finditer(text, pos, end)
    )


def _presupposed(sentence: Sentence, start: int, word: str) -> bool:
    """A bare participle after a noun ("the release of the workers arrested on 3 May", "la
    liberación de sus compañeros detenidos") tells a done act even inside a request; one after an
    auxiliary or "to" ("that X be released") is what is asked."""
    before = sentence.text[max(0, start - _AUXILIARY_REACH) : start]
    if _RELATIVE_BEFORE.search(sentence.text, max(0, start - 70), start):
        return True  # "release X, who has been detained since May": the detention is told as done
    first = word.split(maxsplit=1)[0].rstrip(",;:") if word.strip() else ""
    return bool(_PARTICIPLE.fullmatch(first)) and not (
        _AUXILIARY_BEFORE.search(before) or _DETERMINER_BEFORE.search(before)
    )


def told_as_future(sentence: Sentence, end: int) -> bool:
    """ "a national strike that will begin on Tuesday", "забастовки возможны": the act named at sentence
    offset `end` is to come, or only may."""
    return bool(_FUTURE_AFTER.match(sentence.text, end) or _POSSIBLE_AFTER.match(sentence.text, end))


def told_as_fact(sentence: Sentence, start: int, presupposed: bool = False, until: bool = False) -> bool:
    """A noun act is no fact when asked for, denied, named by a principle, negated or hypothetical;
    "relating to arrests" is no purpose, so that cue does not apply to it. Negated up to a time
    ("was not freed until February") it is done at that time."""
    c = cues()
    before_sentence = sentence.text[:start]
    before = before_sentence[clause_start(sentence, start) :]
    if _INSTRUMENTAL.match(sentence.text, start) and _THREATENED_WITH.search(before_sentence):
        return False
    if _LAW_ON_BEFORE.search(before_sentence, max(0, start - LAW_REACH)) and not _LAW_WORD.match(
        sentence.text, start
    ):
        return False
    asked = not presupposed and found_in(c.request, _asked_scope(before_sentence))
    if asked or found_in(c.denial, before_sentence) or c.principle_clause.search(before_sentence):
        return False
    # a match of the joined modality cues is one of either
    modal = found_in(c.modality, before) or (c.modality_news is not None and c.modality_news.search(before))
    return not ((found_in(c.negation, before) and not until) or modal)


def _asked_scope(before: str) -> str:
    """Where a request before a trigger still governs it: up to a later report of what happened
    ("Regarding the request to release X, she reported the release of X in June"), and up to the
    comma closing a demand told as someone's purpose ("workers protested to demand that ..., the
    police attacked them")."""
    reports = list(_REPORTED.finditer(before))
    scope = before[reports[-1].end() :] if reports else before
    purposes = list(_PURPOSE_DEMAND.finditer(scope))
    if purposes and "," in scope[purposes[-1].end() :]:
        return scope[scope.rindex(",") :]
    return scope


def states_principle(sentence: Sentence) -> bool:
    return found_in(cues().principle, sentence.text)


def counts_across_countries(sentence: Sentence) -> bool:
    """A survey's tally ("workers were arrested in 68 of 149 countries") tells a trend, not an act."""
    c = cues()
    if c.aggregate.vain(sentence.text):  # most sentences hold none of the literals of any branch
        return False
    # the alternation matches where one of its branches does
    return any(branch.search(sentence.text) is not None for branch in c.aggregate_branches)


def is_question(sentence: Sentence) -> bool:
    body = sentence.text.lstrip("-•■▪*0123456789.() \t")
    # only the opening word is lowered, not the whole sentence: each letter lowers alone, the same test
    return body[:6].lower() == "please" or sentence.text.rstrip().endswith("?")


def find_triggers(sentence: Sentence) -> list[Trigger]:
    """Fact triggers in one sentence, first by position."""
    found: list[Trigger] = []
    c = cues()
    # a wording that cannot start anywhere in the sentence changes nothing when left out
    starts = opened(sentence.text)
    if not starts:  # most sentences hold no trigger's opening
        return found
    # each type's wordings follow one another in the order of the types (`cues`): read in index order,
    # the types come in that order too
    kept: dict[EventType, list[int]] = {}
    for i in sorted(starts):
        if i < c.nouns_from:  # the noun acts' wordings are read apart (`allegations.noun_acts`)
            kept.setdefault(c.type_of[i], []).append(i)
    for etype, indices in kept.items():
        for m in c.scan.alternation(indices, sentence.text, starts):
            if (
                _is_fact(sentence, m.start(), m.group(0))
                and not _gathering_closed(sentence, etype, m)
                and not _adjectival(sentence, etype, m)
            ):
                start, end, word = sentence.start + m.start(), sentence.start + m.end(), m.group(0)
                found.append(Trigger(etype, start, end, word, nominal=bool(NOUN_OF.search(word))))
    return sorted((t for t in found if not _inside_other(t, found)), key=lambda t: t.start)


@cache
def _adjectives(key: str) -> dict[EventType, re.Pattern[str]]:
    data = vocab.load("events").get(key, {})
    return {EventType(name): re.compile(p, re.I) for name, p in data.items()}


def _adjectival(sentence: Sentence, etype: EventType, match: re.Match[str]) -> bool:
    """ "the application of ratified Conventions", "les conventions ratifiées": the trigger word
    describes the noun next to it, it tells no act."""
    if attribute(sentence.text, match.start(), match.group(0)):
        return True  # "hundreds of fired union members": who underwent an act told elsewhere
    after = _adjectives("adjectival_records").get(etype)
    before = _adjectives("adjectival_before_records").get(etype)
    if after is not None and after.match(sentence.text, match.end()):
        return True
    start = match.start()
    if before is not None and before.search(sentence.text, max(0, start - 30), start) is not None:
        return True
    thing = _adjectives("things_told_before").get(etype)  # "the statement ... was released"
    return thing is not None and thing.search(sentence.text, max(0, start - THING_REACH), start) is not None


def _gathering_closed(sentence: Sentence, etype: EventType, match: re.Match[str]) -> bool:
    """ "peaceful demonstrations were disbanded", "dissolved the meeting": a gathering broken up, named
    right before the closure (no comma between) or as its object, is no closure of an organisation."""
    if etype is not EventType.DEREGISTRATION:
        return False
    c = cues()
    start = max(0, match.start() - GATHERING_REACH)
    return bool(
        c.gathering_before.search(sentence.text, start, match.start())
        or c.gathering_after.match(sentence.text, match.end())
    )


def _inside_other(trigger: Trigger, found: Sequence[Trigger]) -> bool:
    """ "was closed" inside "the investigation was closed": the longer wording decides the type."""
    return any(
        o.type != trigger.type
        and o.start <= trigger.start
        and trigger.end <= o.end
        and o.end - o.start > trigger.end - trigger.start
        for o in found
    )
