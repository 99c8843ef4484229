"""Who tells of an act rather than takes part in it: named before a verb of saying or reporting, after
"according to", as the speaker of a quotation, or as who reacts to the act ("welcomed by")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from casewatch import vocab
from casewatch.extract.events.framing import title_case
from casewatch.extract.events.participants import key
from casewatch.extract.events.reporting import reporting_verbs, told_to
from casewatch.extract.events.roles import GROUP
from casewatch.extract.gated import Gated, gated
from casewatch.extract.names.common import role_words
from casewatch.extract.sentences import Sentence
from casewatch.model import Mention

# "..., Arden Rights Watch said today": who is named right before a verb of saying only tells
_SAID = re.compile(
    r"\s*(?:\w+\s+)?(?:said|says|stated|reported|declared|told"
    r"|a déclaré|déclare|dijo|declaró|afirmó|señaló|indicó)\b"
)
# "“...”, said the secretary general of X, Y": a quotation then its speaker, named after the verb
_QUOTE_THEN_SAID = re.compile(
    r"[”\"»]\s*,?\s*(?:[–—-]\s*)?(?:así lo\s+|ainsi l['’]a\s+)?"
    r"(?:said|says|added|explained|stated|declared|told"
    r"|reported|informó|informaron|denunció|a (?:informé|dénoncé)"
    r"|señaló|dijo|afirmó|declaró|indicó|agregó|añadió|explicó|sostuvo"
    r"|a (?:déclaré|affirmé|ajouté|expliqué|indiqué|souligné)|déclare|affirme|souligne|заявил\w*|сказал\w*)\b"
)
# "according to X, ...", "según la FSM, ...": who is named up to the comma tells, whatever follows
# between a subject and its verb: a few words, no clause break ("and its partners have reiterated their")
_SUBJECT_GAP = re.compile(
    r"(?:\s+(?!(?:that|who|which|whose|whom|after|before|when|is|are|was|were|be|been|being)\b)[^\W\d_][\w'’-]*){0,8}\s+"
)
# "the release of X was welcomed by the federation": who reacts to an act after it tells of it
_REACTED_BY = re.compile(
    r"\b(?:welcomed|condemned|denounced|deplored|decried|critici[sz]ed|hailed|praised|applauded|celebrated"
    r"|reported|documented|saludad[oa]s?|celebrad[oa]s?|denunciad[oa]s?|rechazad[oa]s?|repudiad[oa]s?"
    r"|salué(?:e|s|es)?|dénoncée?s?|déplorée?s?)\s+(?:\w+ly\s+)?(?:by|por|par)\s+(?:[\w'’-]+\s+){0,5}$",
    re.I,
)
# the verbs' literals, looked for once in a sentence before the pattern is tried for each name in it
_REACTED_GATE = gated(_REACTED_BY)
_ACCORDING = frozenset({
    "according to", "según", "selon", "d'après", "d’après", "по словам", "по данным", "по информации",
})  # fmt: skip
_TELLER_REACH = 40  # chars from a Russian verb of telling to its teller ("рассказал журналистам «X»")
# "..., сообщает «Интерфакс»", "- ..., - рассказал нам Сидоров": Russian puts the teller after its
# verb (and after whom it tells, "нам", "изданию"); named right there, one tells of the act
_SAID_BEFORE = gated(
    r"(?:сообща\w*|сообщил\w*|рассказ(?:ал|ала|али|ывает|ывают)|сказал\w*|заявил\w*|пишет|пишут|переда[её]т"
    r"|отметил\w*|добавил\w*|уточнил\w*|подчеркнул\w*)\s+(?:(?:нам|мне|журналистам|корреспонденту|изданию"
    r"|газете|агентству|телеканалу)\s+)?[«\"]?$",
    re.I,
)


# "..., dénonce Julien Doe, secrétaire", "..., ont déclaré X et Y", "..., dijo X": a verb of saying set
# off after a comma, its teller named right after it, maybe behind the teller's office ("..., said union
# secretary X", "..., denunció la secretaria del sindicato X"): a word of office must be there, so that
# "..., said police had arrested X" keeps X in the act
_ARTICLE = r"(?:the\s+|le\s+|la\s+|les\s+|el\s+|l['’])?"
_INVERTED_VERBS = (
    r",\s*(?:said|says|added|explained|(?:a|ont) (?:déclaré|affirmé|ajouté|expliqué|dénoncé|indiqué)"
    r"|déclarent|déclare|dénonce|rapporte|explique|précise|ajoute|souligne|indique|estime|affirme|raconte"
    r"|dijo|afirmó|señaló|explicó|denunció|indicó|declaró|aseguró|añadió|sostuvo)\s+"
)


@cache
def _said_inverted() -> Gated:
    own = vocab.load("events")["teller_offices"]
    offices = sorted({*own, *(w for w in role_words() if " " not in w)}, key=len, reverse=True)
    # the words before the office name whose office it is ("union", "the federation's"), not a verb
    filler = r"(?:(?!\w+ed\s|(?:had|has|have|was|were|is|are|that|que|qu['’]|a|ha|han)\s)[\w'’-]+\s+)"
    of_whom = rf"\s+(?:of|du|de|del|des)\s+{_ARTICLE}(?:[\w'’-]+\s+){{1,3}}?"
    office = rf"{filler}{{0,3}}?(?:{'|'.join(map(re.escape, offices))})(?:{of_whom}|\s+)"
    return gated(
        _INVERTED_VERBS
        + _ARTICLE
        + f"(?:{office})?"
        # "X et Y": the first of two tellers named
        + rf"(?:[^\W\d][^,.;:]{{0,60}}?\s+(?:and|et|y)\s+{_ARTICLE})?$",
        re.I,
    )


INVERTED_REACH = 100  # chars back from a teller to the verb of saying before it, past one named with it


def reporters(text: str, sentence: Sentence, trigger_start: int, mentions: Sequence[Mention]) -> set[str]:
    """Who tells of the act: named before a reporting verb that comes before it ("the ITUC alleges
    that ...", "UN experts expressed concern about ..."), after "according to", or right before a
    verb of saying anywhere ("..., the federation said")."""
    said = {key(m) for m in mentions if _SAID.match(text, m.end, sentence.end)}
    if not _said_inverted().vain(text, sentence.start, sentence.end):  # most sentences tell no teller so
        said |= {
            key(m)
            for m in mentions
            if _said_inverted().search(text, max(sentence.start, m.start - INVERTED_REACH), m.start)
        }
    if not _SAID_BEFORE.vain(text, sentence.start, sentence.end):  # a Russian telling's word order
        said |= {
            key(m)
            for m in mentions
            if _SAID_BEFORE.search(text, max(sentence.start, m.start - _TELLER_REACH), m.start)
        }
    if not _REACTED_GATE.vain(text, sentence.start, sentence.end):  # most sentences tell no reaction
        said |= {
            key(m)
            for m in mentions
            if m.start > trigger_start and _REACTED_BY.search(text, sentence.start, m.start)
        }
    said |= _telling_after(text, sentence, trigger_start, mentions) | _according_after(
        text, sentence, trigger_start, mentions
    )
    quoted = _QUOTE_THEN_SAID.search(text, trigger_start, sentence.end)
    if quoted:
        said |= {key(m) for m in mentions if m.start >= quoted.end()}
    told = reporting_verbs(text, sentence.start, trigger_start)
    if not told:
        return said
    last = told[-1]
    according = last.group(0).lower() in _ACCORDING
    if according:
        stop = text.find(",", last.end(), trigger_start)
        return said | {key(m) for m in mentions if last.end() <= m.start and (stop < 0 or m.end <= stop)}
    # one named again after the verb is what is told of ("X asked ..., she reported the release of X")
    told_of = {key(m) for m in mentions if m.start >= last.end()}
    return said | {key(m) for m in mentions if m.end <= last.start() and m.label != GROUP} - told_of


def _telling_after(
    text: str, sentence: Sentence, trigger_start: int, mentions: Sequence[Mention]
) -> set[str]:
    """ "On the eve of the trial of X, the federation and its partners renewed their call for ...":
    named after the act as the subject of a verb of telling or appeal, one tells of the act."""
    verbs = reporting_verbs(text, trigger_start, sentence.end)
    return {
        key(m)
        for m in mentions
        if m.start >= trigger_start
        and any(m.end <= v.start() and _SUBJECT_GAP.fullmatch(text, m.end, v.start()) for v in verbs)
    }


def _according_after(
    text: str, sentence: Sentence, trigger_start: int, mentions: Sequence[Mention]
) -> set[str]:
    """ "Three dockers were detained on Monday, according to police spokesman X": who is named after
    the act's "according to", up to the next comma, tells of it."""
    found = _ACCORDING_AFTER.search(text, trigger_start, sentence.end)
    if not found:
        return set()
    stop = text.find(",", found.end(), sentence.end)
    return {key(m) for m in mentions if found.end() <= m.start and (stop < 0 or m.end <= stop)}


# behind its words: most stretches it is read in, one per act, hold none
_ACCORDING_AFTER = gated(r",?\s+(?:according to|según|selon|d['’]après)\s", re.I)


@cache
def _speakers() -> frozenset[str]:
    return frozenset(w.lower() for w in vocab.load("events")["collectives"]["speakers"])


def speaking_groups(text: str, sentence: Sentence, trigger_start: int, groups: Sequence[Mention]) -> set[str]:
    """Groups before a reporting verb: a committee's side, or any group in a title-case headline; and
    those it is said to ("ha dicho a periodistas que", "told reporters", "a déclaré aux journalistes")."""
    verbs = list(reporting_verbs(text, sentence.start, trigger_start))
    if not verbs or not groups:
        return set()
    headline = title_case(text, sentence.start)
    audience = {key(g) for g in told_to(text, verbs, groups)}
    told = verbs[-1].start()
    speaking = {key(g) for g in groups if (headline or g.text.lower() in _speakers()) and g.end <= told}
    return audience | speaking
