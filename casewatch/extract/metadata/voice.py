"""Who speaks on a page that is not a letter: a body in its own voice (its statement), or a reporter."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from casewatch import vocab
from casewatch.extract.dates import find_dates
from casewatch.extract.gated import Gated, gated
from casewatch.extract.metadata.boards import board_acronym
from casewatch.extract.metadata.page_language import portuguese
from casewatch.extract.metadata.subjects import listed
from casewatch.extract.metadata.verb_lines import VerbLines
from casewatch.extract.openings import Openings, with_openings
from casewatch.model import Genre

# A body's name just before a verb: capitalised words, small joining words, an acronym in brackets (its first
# character, a capital or a bracket, is one class: `re` scans for a pattern opening with it at C speed)
BODY = (
    r"(?P<who>[A-ZÀ-ÝА-Я(](?:(?<=[A-ZÀ-ÝА-Я])[\w'’\-]*|(?<=\()[A-ZА-Я][\w\-]{1,10}\))"
    r"(?:[ \t]+(?:[A-ZÀ-ÝА-Я][\w'’\-]*|[ld]['’][A-ZÀ-Ý][\w'’\-]*"  # "l'Education", "d'Ouvriers"
    r"|of|for|on|and|the|de|des|du|la|le|del|los|las|y|et"
    r"|\([A-ZА-Я][\w\-]{1,10}\)|[а-яё]+"  # Russian names run on in lower case: "Профсоюз горняков ..."
    r"|(?<=[A-ZÀ-Ý]{2}[ \t])\d{1,3}(?![\w/.:,]\d)))*?)"  # a local branch's number after its acronym: "FSU 35"
    # "La FSR –a regional federation– subrayó", "La X -XU- condena", "A X – Central dos Y, manifesta"
    r"(?:\s*[–—-][^–—\n]{3,90}?(?:[–—-](?=[ \t])|,))?"
)
_ADVERB = (
    r"(?:[ \t]+(?:today|also|strongly|firmly|vigorously|once again|again|à nouveau|de nouveau|de nuevo"
    # a conclusion's link before the demand: "La X par conséquent demande au gouvernement ..."
    r"|therefore|thus|par conséquent|en conséquence|donc|por (?:lo tanto|consiguiente|ende)|por eso"
    r"|\w+(?:ly|ment|mente)))?"
)


def _alternation(key: str) -> str:
    return "|".join(vocab.load("genres")[key])


# "The Arden Union, which represents 3,000 workers, condemns ...", "La X et l'Y, réunies en congrès à
# Porto Avra, se félicitent ...": a body described between commas before its verb (a number's
# separators, "3,000", stay inside the description)
_APPOSITION = r"(?:(?:,[ \t]+(?:[^,.;:\n]|(?<=\d)[,.](?=\d)){3,120}){1,2},)?"


@cache
def _own_voice() -> VerbLines:
    verbs = _alternation("own_voice")
    return VerbLines(re.compile(rf"{BODY}{_APPOSITION}{_ADVERB}[ \t]+(?:{verbs})\b"), verbs)


# "Desde UGT entendemos que ...", "Desde la Federación exigimos ...": a Spanish body speaking as "we"
_FROM_BODY = gated(rf"\bDesde[ \t]+(?:la |el |las |los )?{BODY}[ \t]*,?[ \t]+[a-záéíóú]+mos\b")


@cache
def _press_release() -> Gated:
    return gated(rf"{BODY}[ \t]+(?:{_alternation('press_release')})\b")


@cache
def _inverted_release() -> Gated:
    """ "..., a déclaré aujourd'hui Arden Rights Watch": a body's own release naming it after the verb."""
    words = _alternation("press_release_inverted")
    return gated(rf"(?:{words})[ \t]+(?:la |le |el |l['’]|the )?{_NAMED_LAST}(?=[ \t]*(?:[.,;:\n]|$))")


# A body named last in its sentence, after its verb: its name runs to the sentence's end, lower-case words
# too, as French and Spanish names run on ("la Ligue velmarienne des droits humains.")
_NAMED_LAST = r"(?P<who>[A-ZÀ-ÝА-Я][\w'’\-]*(?:[ \t]+[\w'’\-]+){0,8}?(?:[ \t]+\([A-ZА-Я][\w\-]{1,10}\))?)"


# a page's head is read for its bodies' own statements and for reported speech by several tests in turn
# (the genre's and the senders' steps): found once per head
@lru_cache(maxsize=16)
def _own_voices(head: str) -> tuple[re.Match[str], ...]:
    return tuple(_own_voice().finditer(head))


@lru_cache(maxsize=16)
def _told_marks(head: str) -> tuple[int, ...]:
    """Where each reported-speech mark of the head starts: the plain ones, then the inverted ones."""
    return tuple(m.start() for m in (*_reported().finditer(head), *_inverted().finditer(head)))


@cache
def _reported() -> Openings:
    """The reporting verbs ("said", "a déclaré"), tried only where one starts: a case-blind alternation
    opening with a look-behind is otherwise tried at every character of the page."""
    return with_openings(re.compile(rf"(?<![\w-])(?:{_alternation('reported_speech')})(?![\w-])", re.I))


@cache
def _inverted() -> Gated:
    """ "..., ajoute la CSI", "..., said Jane Doe": a reporter quoting someone."""
    return gated(rf"[,”»\"]\s*(?:{_alternation('inverted_speech')})\s+(?:la |le |el |the )?[A-ZÀ-Ý]")


@cache
def _kinds() -> list[tuple[Genre, re.Pattern[str]]]:
    data = vocab.load("genres")
    words, bodies = "|".join(data["union_words"]), "|".join(data["union_bodies"])
    return [
        (Genre.UNION_LETTER, re.compile(rf"(?<![\w-])(?:{words}|(?-i:{bodies}))(?![\w-])", re.I)),
        (Genre.NGO_REPORT, re.compile(rf"(?<![\w-])(?:{_alternation('ngo_words')})(?![\w-])", re.I)),
    ]


@cache
def _un_voice() -> Gated:
    return gated(_alternation("un_voice"))


def speaker_genre(who: str) -> Genre | None:
    """The genre of what a body says in its own voice: a union's statement, an NGO's, else None."""
    return next((genre for genre, words in _kinds() if words.search(who)), None)


def names_ngo(text: str) -> bool:
    return bool(_kinds()[1][1].search(text))


@cache
def _ngo_forms() -> re.Pattern[str]:
    """Every name, variant and acronym (three letters or more) of the well-known human-rights NGOs."""
    forms = {
        form
        for body in vocab.load("international_bodies")
        for form in [body["name"], *body.get("variants", []), *body.get("acronyms", [])]
        if len(form) >= 3 and any(names_ngo(f) for f in [body["name"], *body.get("acronyms", [])])
    }
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


def well_known_ngo(text: str) -> str | None:
    """The first well-known human-rights NGO a text names, as written."""
    m = _ngo_forms().search(text)
    return m.group(0) if m else None


def speakers(head: str) -> list[str]:
    """Each union or NGO that speaks in its own voice ("EI demands ...", "HRW said today"), as written."""
    found = [m.group("who") for m in _press_release().finditer(head[:1500])]
    found += [m.group("who") for m in _inverted_release().finditer(head[:1500])]
    found = [who for who in found if speaker_genre(who)]
    found += [
        who
        for m in _own_voices(head)
        if not listed(head, m.start()) and _we_genre(who := _LEADING_ARTICLE.sub("", m.group("who")), head)
    ]
    return found + [m.group("who") for m in _FROM_BODY.finditer(head) if _we_genre(m.group("who"), head)]


# an acronym, of several parts too ("CGT-CI", "CUT-A", "FNEC FP-FO"), a local branch's number after it ("FSU
# 35"): a body's short name, not a person's
_ACRONYM = re.compile(r"[A-ZÀ-Ý]{2,14}(?:[- ][A-ZÀ-Ý]{1,10}){0,2}(?: \d{1,3})?")
_LEADING_ARTICLE = re.compile(r"^(?:The|La|Le|El|Les|Los|Las|L['’]|(?:A|O|Os|As)(?=\s))\s*")


@cache
def _union_body_names() -> Openings:
    """The names behind their openings: the pattern opens with a look-behind, which `re` would try at every
    position of a head; it is tried only where a name starts."""
    bodies = "|".join(vocab.load("genres")["union_bodies"])
    return with_openings(re.compile(rf"(?<![\w-])(?:{bodies})(?![\w-])"))


def _we_genre(who: str, head: str) -> Genre | None:
    """A body speaking as "we" is an organisation even when known only by its acronym ("Desde UGT
    entendemos"): a union's or an NGO's by its own name, else by the words of the page it speaks on."""
    known_by_acronym = bool(_ACRONYM.fullmatch(who) or board_acronym(who)) and who not in _official_acronyms()
    return speaker_genre(who) or (speaker_genre(head[:3000]) if known_by_acronym else None)


def intergovernmental(name: str) -> bool:
    """An intergovernmental body's name (the ILO's, a UN committee's): no union or NGO however it reads."""
    return bool(_OFFICIAL.search(name))


@cache
def _official_acronyms() -> frozenset[str]:
    """Acronyms of intergovernmental bodies (the ILO, the UN): a page's words do not make them unions."""
    bodies = vocab.load("international_bodies")
    official = (
        body for body in bodies if _OFFICIAL.search(body["name"]) and not _kinds()[0][1].search(body["name"])
    )
    return frozenset(acronym for body in official for acronym in body.get("acronyms", []))


_OFFICIAL = re.compile(
    r"United Nations|International Labour|Committee|Conference|Council|Governing Body|Commissioner|Rapporteur"
    r"|Working Group|Office\b"
)


def own_statements(head: str) -> list[Genre]:
    """The genre of each statement a union or NGO makes in its own voice ("EI demands ...", "La CGT
    condamne ..."): a body named only by its acronym takes the genre of the page's words."""
    found = [_we_genre(_LEADING_ARTICLE.sub("", m.group("who")), head) for m in _own_voices(head)]
    found += [_we_genre(m.group("who"), head) for m in _FROM_BODY.finditer(head)]
    return [g for g in found if g]


def opens_own(head: str, officer: int) -> bool:
    """The page's first statement is a body's own, before anyone is reported ("Brussels: The X condemns"),
    or its own officer's (`officer`: where the first quote of one starts)."""
    own = next((m.start() for m in _own_voices(head) if own_statements(m.group(0))), len(head))
    told = _told_marks(head)
    return min(own, officer) < min(told, default=len(head))


def un_voice(head: str) -> bool:
    """UN experts or the High Commissioner speaking: a UN statement."""
    return bool(_un_voice().search(head))


def release_genre(head: str) -> Genre | None:
    """The genre of a union's or NGO's release naming itself by its formula ("X said today")."""
    for release in (_press_release().search(head[:1500]), _inverted_release().search(head[:1500])):
        if release and (genre := speaker_genre(release.group("who"))):
            return genre
    return None


def union_bodies(head: str) -> list[str]:
    """Every mention of a well-known union body by its acronym or name, as written."""
    return [m.group(0) for m in _union_body_names().finditer(head)]


def reported_speech(head: str) -> int:
    """How often a page reports what others said: a reporter's page counts many."""
    return len(_told_marks(head))


_TOLD_FROM_OUTSIDE = gated("|".join(vocab.load("genres")["told_from_outside"]))


# the genre's weights and a union's headed release both read it of one head: counted once per head
@lru_cache(maxsize=16)
def told_from_outside(head: str) -> int:
    """How often a page tells a body's words from outside ("told AFP", "the group said", "indicó el
    organismo"): marks no body's own release carries of itself, whoever it quotes."""
    return len(_TOLD_FROM_OUTSIDE.findall(QUOTATION.sub(" ", head)))


@dataclass(frozen=True)
class _Publisher:
    own: Gated  # titles only the body's series carries
    series: Gated  # titles its entries share with other reports
    names: Gated  # the body or its survey, by name
    genre: Genre
    sender: str

    def marks(self, head: str) -> bool:
        """The page is an entry of the series: its own title; a shared title on a page naming the body; or
        two different shared titles, as the series lays out its entries ("... in law", "... in practice")."""
        top = head[:2000]
        if self.own.search(top):
            return True
        shared = {m.group(0).strip().lower() for m in self.series.finditer(top)}
        return len(shared) >= 2 or bool(shared and self.names.search(head[:4000]))


@cache
def _publishers() -> list[_Publisher]:
    return [
        _Publisher(
            gated("|".join(p["marks"]), re.I),
            gated("|".join(p["series_marks"]), re.I),
            gated("|".join(p["names"])),
            Genre(p["genre"]),
            p["sender"],
        )
        for p in vocab.load("genres")["publishers"]
    ]


def publisher(head: str) -> tuple[Genre, str] | None:
    """The genre and sender of a page in a body's published series (a survey of violations), if it is one."""
    return next(((p.genre, p.sender) for p in _publishers() if p.marks(head)), None)


# A dateline credited to a union or NGO's own wire: "Brussels, 9 April 2009 (ITUC OnLine): The ..."
# A page credited to its body on a line of its own at its top: "From the RWU", "De la part de la FSK"
CREDIT_LINE = re.compile(
    r"\A\s*(?:From|De la part de|Desde)[ \t]+(?:the[ \t]+|la[ \t]+|le[ \t]+|l['’]|el[ \t]+)?"
    r"(?P<org>[A-ZÀ-Ý][^\n,;:.]{1,80}?)[ \t]*$",
    re.M,
)


def credited_body(head: str) -> Genre | None:
    """The genre of a union or NGO a page credits itself to on its first line."""
    m = CREDIT_LINE.match(head)
    return speaker_genre(m.group("org")) if m else None


_WIRE_CREDIT = re.compile(
    r"^[ \t]*[A-ZÀ-Ý][\w .'’-]{1,30},[ \t]*[^()\n]{4,30}?\((?P<who>[^()\n]{2,40})\)", re.M
)
_WIRE_WORDS = re.compile(r"\s+(?:On-?[Ll]ine|[Ee]n [Ll](?:igne|ínea)|News|Press|Info|Newsletter)$")


def own_wire(head: str) -> str | None:
    """The union or NGO whose own wire a page's dateline credits, by the name it gives ("ITUC")."""
    for m in _WIRE_CREDIT.finditer(head[:2000]):
        if speaker_genre(m.group("who")):
            return _WIRE_WORDS.sub("", m.group("who").strip())
    return None


def agency_wire(head: str) -> bool:
    """A dateline credited to a wire that is no union's, NGO's or intergovernmental body's: a news
    agency's ("Valdor, 21 November 2023 (XNA): ...")."""
    for m in _WIRE_CREDIT.finditer(head[:1500]):
        who, dated = m.group("who").strip(), find_dates(m.group(0)[: m.start("who") - m.start()])
        known = speaker_genre(who) or who in _official_acronyms() or who in _speaking(head)  # its own wire
        if dated and _ACRONYM.fullmatch(who) and not known:
            return True
    return False


def _speaking(head: str) -> set[str]:
    """The bodies stating in their own voice on the page, as named: read only for a credit of theirs."""
    return {_LEADING_ARTICLE.sub("", m.group("who")) for m in _own_voices(head)}


# Who speaks as "we" (outside quotations, which give others' words)
_WE = re.compile(
    r"(?<![\w-])(?:we|our|ours|nous|notre|nos|nosotr[oa]s|nuestr[oa]s?|nós|noss[oa]s?|мы|наш\w*)(?![\w-])",
    re.I,
)
QUOTATION = re.compile(r"“[^”]*”|«[^»]*»|\"[^\"\n]*\"")


@lru_cache(maxsize=16)  # the genre's tiers read it of one head in turn
def first_person(head: str) -> int:
    """How often a page speaks as "we" / "our" in its own words (not Portuguese "nos", "in the")."""
    said = QUOTATION.sub(" ", head)
    we = _WE.findall(said)
    if portuguese(said):
        we = [w for w in we if w.lower() != "nos"]
    return len(we)


# An officer speaking for a body: "said ITUC General Secretary Jane Doe", "Jane Doe, the NGO's Director for
# Asia, said", "declaró el secretario general de la Federación". Not a president: a head of state is one too,
# and the one a letter is written to.
OFFICER = gated(
    r"\b(?:(?:Deputy |Assistant )?General Secretary|Secretary[- ]General|Chair(?:person)?"
    r"|(?:Executive |Regional |Deputy |Programme |Program )?Director|Spokes(?:person|man|woman)"
    r"|secrétaire général(?:e)?|directeur|directrice|porte-parole|secretari[oa] general|directora?|portavoz"
    r"|генеральн\w+ секретар\w+|руководител\w+)\b",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def officer_quotes(head: str) -> list[tuple[int, Genre | None, int]]:
    """Sentences that quote a union's or NGO's officer next to the reporting verb: where each starts, the
    body's genre when the page names it the way a body's own release does ("said ITUC General Secretary X",
    "X, the NGO's Director, said"; None for "X, general secretary of the Y union, told the agency", which
    reporters write as well), and the reported-speech marks the sentence holds."""
    return [(start, genre, marks) for start, genre, marks, _ in _officer_sentences(head)]


def officer_bodies(head: str) -> list[str]:
    """The well-known union bodies whose officers a release quotes the way only its own body does ("said
    ITUC General Secretary X"), as written."""
    named = (union_bodies(before) for *_, before in _officer_sentences(head))
    return [bodies[-1] for bodies in named if bodies]


# the genre's and the senders' steps both read a page's officer quotes: found once per head
@lru_cache(maxsize=16)
def _officer_sentences(head: str) -> tuple[tuple[int, Genre | None, int, str], ...]:
    found: list[tuple[int, Genre | None, int, str]] = []
    if OFFICER.vain(head):  # no officer's title in the whole head: none in any of its sentences
        return ()
    start = 0
    for sentence in _SENTENCE.split(head):
        start = head.find(sentence, start)
        officers = list(OFFICER.finditer(sentence))
        if not officers:  # most sentences name no officer: their reported speech is not looked for
            continue
        marks = [m.start() for m in (*_reported().finditer(sentence), *_inverted().finditer(sentence))]
        officer = next((o for o in officers if any(abs(o.start() - at) < 100 for at in marks)), None)
        if officer is None:
            continue
        before = sentence[max(0, officer.start() - 40) : officer.start()].rsplit(",", 1)[-1]
        after = sentence[officer.end() : officer.end() + 60].split(",", 1)[0]
        if _TOLD_FROM_OUTSIDE.search(sentence):  # "the NGO's director said": a reporter quoting an officer
            found.append((start, None, len(marks), ""))
        elif own := speaker_genre(before):
            found.append((start, own, len(marks), before))
        elif speaker_genre(after):
            found.append((start, None, len(marks), ""))
    return tuple(found)
