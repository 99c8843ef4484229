"""The asks in one sentence: what is asked, by which subject, of which addressee (one per coordinated ask).

Forms: UN questions ("Please provide ..."), demands ("We urge you to A and to B", "calls on the
authorities to ..."), "requests that the Government provide ...", calls for a remedy ("calls for
the immediate release of ..."); in reporting genres also reported demands ("the ITUC urged the
authorities to ...", "called for the release of ..."), modals ("the authorities should release
...") and a body's request recalled ("the Committee's request to release ..."); French, Spanish
and Russian demands (see `foreign`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from casewatch.extract.metadata.fields import country_code
from casewatch.extract.openings import first_match
from casewatch.extract.requests.grammar import english_forms, english_gates, grammar
from casewatch.extract.requests.parts import remedy_nouns, same_subject

PRONOUN_SUBJECTS = frozenset(
    {"", "to", "we", "i", "they", "he", "she", "it"}
    | {"we would like to", "we therefore", "we also", "we again"}
    # "..., and requests it to ...": the subject of the clause before goes on asking
    | {"and", "but"}
    | {"nous", "nosotros", "nosotras", "ils", "elles", "ellos", "ellas"}
)


@dataclass(frozen=True)
class Ask:
    """One ask inside a sentence, before issuers and addressees are attached."""

    text: str
    subject: str
    addressee: str | None
    named: bool = False  # asked by name ("the Committee's request to ..."), not by a verb of asking


_ENUMERATOR = r"\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})\)"  # "(i)", "(b)", "2)": an enumerated ask
_INLINE_ITEM = re.compile(rf"(?:^|[,;]?\s+(?:and\s+)?){_ENUMERATOR}\s+")
_ADVERBS = re.compile(
    r"^(?:(?:hereby|therefore|thus|accordingly|now|again|also)\s+)+|\s+(?:hereby|therefore)$", re.I
)


_LEADING_ENUMERATOR = re.compile(rf"^{_ENUMERATOR}\s+")
# not the end of a name ("Durand"); "..., et nous" before a second demand of the sentence's own
_TRAILING_AND = re.compile(r"(?:[;,]\s*|\s+)(?:and|et|y)(?:\s+(?:we|nous|nosotros))?$")


# « la libération immédiate » de tous les camarades: a quoted word or two inside the ask, which goes on
_GOES_ON = re.compile(r"\s+(?:de|des|du|d['’]|of|del|para|pour|for)\s")


def _quote_end(text: str) -> int:
    """Where the quotation that holds the ask closes (its speaker follows: '...," said X'), else the end:
    a quote the ask began inside of, or one that opens the ask."""
    depth, straight = 0, False
    for i, ch in enumerate(text):
        if ch in "“«":
            depth += 1
        elif ch in "”»":
            if depth == 0 or (depth == 1 and text[0] in "“«" and not _GOES_ON.match(text, i + 1)):
                return i
            depth -= 1
        elif ch == '"':
            closes = i > 0 and not text[i - 1].isspace() and (i + 1 == len(text) or not text[i + 1].isalnum())
            if closes and (not straight or text[0] == '"'):
                return i
            straight = not straight
    return len(text)


# "..., said the General Secretary", "..., a déclaré X", "..., dijo X": who spoke is no part of the ask
_ATTRIBUTION = re.compile(
    r",\s+(?:(?:[\w’'.-]+\s+){0,10}(?:said|says|added|stated|told|declared|insisted)"
    r"|(?:said|says|added|stated|told|declared|according to|a (?:déclaré|dit|ajouté|souligné)|"
    r"ont (?:déclaré|dit|ajouté|souligné|affirmé)|"
    r"(?:dijo|afirmó|señaló|declaró|recalcó|agregó|añadió|según|selon)"
    # "..., describing his arrest as ...": the speaker's comment on the ask is no part of it
    r"|(?:describing|calling it|saying|adding|noting|warning|citing)))\b.*$",
    re.S,
)


def clean_ask(text: str) -> str:
    text = text.strip()
    text = text[: _quote_end(text)]
    text = _ATTRIBUTION.sub("", text)
    text = " ".join(text.split()).strip(" ,;:.–-►▶●•▪■◦‣")
    text = _LEADING_ENUMERATOR.sub("", text)
    text = grammar().fillers.sub("", text)
    return _TRAILING_AND.sub("", text).strip(' ,;:.«»"“”')


def is_ask(text: str) -> bool:
    g = grammar()
    return len(text.split()) >= 2 and not g.not_asks.match(text) and not g.back_reference.match(text)


_LISTED_TO = re.compile(r",\s*(?:and\s+)?to\s")
_AND_TO = re.compile(r",?\s+and\s+to\s+")


@cache
def _listed_infinitive() -> re.Pattern[str]:
    """ "and to" or a listed ", to" that is no purpose ("to ensure"): the vocabulary is loaded once."""
    keep = rf"(?!(?:{grammar().keep_purpose})\b)"
    return re.compile(rf"(,?\s+and\s+to\s+|,\s*to\s+{keep})")


def _split_infinitives(part: str) -> list[str]:
    """ "A, to B, and to C" -> [A, B, C]; a lone ", to" is a purpose or a complement, not a new ask.

    A list ends with its "and to": a later "and to" without a comma joins verbs inside the last ask
    ("and to adopt measures to ensure the freedom of workers to join unions and to strike")."""
    if len(_LISTED_TO.findall(part)) < 2:
        return _AND_TO.split(part)
    pieces = _listed_infinitive().split(part)
    asks, closed = [pieces[0]], False
    for sep, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        if closed and not sep.startswith(","):
            asks[-1] += sep + piece
        else:
            asks.append(piece)
        closed = closed or "and" in sep
    return asks


_VERB_THAT = re.compile(r"^(\w+\s+that)\s")
_LISTED_THAT = re.compile(
    r",\s*(?:and\s+)?(?:more generally\s+)?that\s+|\s+and\s+(?:more generally\s+)?that\s+"
)
_SEMICOLON_ASK = re.compile(r"\s*;\s*(?:and\s+)?(?:to\s+)?")
# "urge the government to release them, and calling for the charges to be withdrawn": a second ask;
# so is "... and in the event that the allegations are correct, to ensure the accountability of ..."
_AND_CALLING = re.compile(
    r",?\s+and\s+(?:also\s+)?(?:calling|calls?|demanding|demands?|pressing)\s+for\s+"
    r"|,?\s+and,?\s+(?:in the event|if|where|should)\b[^,;]{5,160},\s*(?:to\s+)?"
    # "the decree be revoked and the harassment must end": a second clause with its own modal
    r"|,?\s+and\s+(?=(?:the|all|its|their|[A-Z])[^,;]{0,100}?\s(?:must|has to|have to|needs? to)\s)"
)
_CLAUSE_BREAK = re.compile(r"[,;:]\s*")


def _split_that(part: str) -> list[str]:
    """ "ensure that A, that B and that C" -> [ensure that A, ensure that B, ensure that C]; "that A or, if
    A is not possible, that B" is one ask with its fallback."""
    head = _VERB_THAT.match(part)
    pieces: list[str] = []
    for piece in _LISTED_THAT.split(part):
        if pieces and _FALLBACK.search(pieces[-1]):
            pieces[-1] += f", that {piece}"
        else:
            pieces.append(piece)
    return [pieces[0], *(f"{head.group(1)} {p}" if head else p for p in pieces[1:])]


_FALLBACK = re.compile(r"\bor,?\s+(?:if|where|when|should|failing)\b[^,;]*$")


def _split_verbs(part: str) -> list[str]:
    """ "reverse the closure, free the detainees and lift the ban" -> three asks. A bare "and" parts
    asks only as the close of such a comma list: alone it joins verbs of one ask ("promote and
    facilitate ... and provide information on it"); so does "as well as". A piece of one word
    ("release and compensate the workers") stays with the next one."""
    pieces, start, listed = [], 0, False
    for m in grammar().next_ask.finditer(part):
        sep = m["sep"].strip()
        opens = sep.startswith(",") or sep == "as well as" or listed
        if opens and len(part[start : m.start()].split()) >= 2:
            listed = listed or sep.startswith(",")
            pieces.append(part[start : m.start()])
            start = m.end()
    return [*pieces, part[start:]]


_TO = re.compile(r"^to\s+(?=[a-z])")  # "(ii) to provide ...": the item repeats the "to" of the lead


def split_coordinated(ask: str) -> list[str]:
    """One ask per coordinated verb phrase: semicolons, "and to", listed "to", listed "that", and listed
    verbs of asking without their "to"; one per remedy named by its noun ("the release of X and an end to
    Y")."""
    out: list[str] = []
    ask = _topics_masked(_PARENTHESIS.sub(_masked, ask))
    items = [part for item in _INLINE_ITEM.split(ask) for part in _AND_CALLING.split(_TO.sub("", item))]
    items = [part for item in items for part in remedy_nouns(item)]
    parts = [p for part in items for p in _SEMICOLON_ASK.split(part)]
    for part in parts:
        for piece in _split_infinitives(part):
            out.extend(p for that in _split_that(piece) for p in _split_verbs(that))
    return [a for a in (clean_ask(_unmasked(p)) for p in out) if is_ask(a)]


# Examples in parentheses ("(such as: time off; access to workplaces; notice boards)") are part of the
# ask they explain: their commas and semicolons part no asks.
_PARENTHESIS = re.compile(r"\([^()]*\)")
# So are the topics a colon lists after a request for information ("provide information on consultations
# held on all matters covered: the agenda items; the submission of instruments; ..."): nouns, not acts.
# So are topics enumerated after it ("information on: (i) the number of ...; (ii) the grounds ...").
_TOPIC_LIST = re.compile(
    r"(?::\s*|\b(?:on|of|about|concerning|regarding|sur|sobre)\s+(?=\(?(?:i|a|1)\)\s))"
    r"(?=(?:\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})\)\s+)?(?:the|a|an|its|their|le|la|les|l['’]|el|los|las)\s).*$",
    re.S,
)
_INFORMATION = re.compile(
    r"\b(?:information|details|particulars|statistics|informations|información|datos)\b", re.I
)


def _topics_masked(ask: str) -> str:
    topics = _TOPIC_LIST.search(ask)
    if not topics or not _INFORMATION.search(ask, 0, topics.start()):
        return ask
    return ask[: topics.start()] + topics.group(0).translate(_TOPIC_MASKS)


_MASKS = str.maketrans({";": "\x00", ",": "\x01"})
_TOPIC_MASKS = str.maketrans({";": "\x00", ",": "\x01", "(": "\x02", ")": "\x03"})  # enumerators too
_UNMASKS = str.maketrans({"\x00": ";", "\x01": ",", "\x02": "(", "\x03": ")"})


def _masked(m: re.Match[str]) -> str:
    return m.group(0).translate(_MASKS)


def _unmasked(text: str) -> str:
    return text.translate(_UNMASKS)


def subject_before(sentence: str, verb_start: int) -> str:
    clause = _ADVERBS.sub("", _CLAUSE_BREAK.split(sentence[:verb_start])[-1].strip())
    return clause.lower() if clause.lower() in PRONOUN_SUBJECTS else clause


def _please_asks(body: str) -> list[Ask]:
    g = grammar()
    asks = [
        Ask(clean_ask(m.group("ask")), "", None)
        for m in g.please.finditer(body)
        if not g.please_not.match(m.group("ask")) and not m.group("ask").startswith(",")
    ]
    return [a for a in asks if a.text]


# "that the Government will ...", "that all necessary measures be taken to ...": the ask is what follows
_GOVERNMENT_WILL = re.compile(
    r"^(?:the\s+|your\s+(?:Excellency[’']s\s+)?)?(?:(?-i:[A-Z][\w’'-]+)\s+)?(?:Government|authorities|State)\s+"
    r"(?:(?:will|shall|should|would)\s+)?",
    re.I,
)
_MEASURES_BE_TAKEN = re.compile(r"^all\s+(?:necessary\s+)?(?:interim\s+)?measures\s+be\s+taken\s+to\s+")


@cache
def _place_acts() -> re.Pattern[str]:
    """ "that Ruritania drop the charges": a country or city standing for its authorities."""
    name = r"(?-i:[A-Z][\w’'-]+)"
    return re.compile(rf"^(?P<to>{name}(?:\s+{name}){{0,2}})\s+(?={grammar().remedy_verbs}\s)")


def _that_asks(body: str, that: re.Match[str]) -> list[Ask]:
    """ "requests that the Government provide ...", "expects that the Government will ..."."""
    ask = _GOVERNMENT_WILL.sub("", that["ask"])
    ask = _MEASURES_BE_TAKEN.sub("", ask)
    place = _place_acts().match(ask)
    addressee = place["to"] if place else None
    ask = ask[place.end() :] if place else ask
    asks = same_subject(split_coordinated(ask))
    return [Ask(a, subject_before(body, that.start()), addressee) for a in asks]


def _recalled(body: str, m: re.Match[str]) -> bool:
    """ "has urged", "previously requested": an earlier request recalled, not the one made here."""
    return bool(grammar().not_reported.search(body[max(0, m.start() - 40) : m.start()]))


# "a rally of dockers demanding his release": what protesters demand is told of, not asked by the text
_PROTESTERS = re.compile(
    r"\b(?:rall(?:y|ies)|protests?|march(?:es)?|demonstrations?|sit-ins?|pickets?|strikes?|protesters"
    r"|demonstrators|strikers)\b(?:\s+of\s+[\w’'-]+(?:\s+[\w’'-]+)?)?\s*,?\s*$",
    re.I,
)


def _protesters_demand(body: str, m: re.Match[str]) -> bool:
    before = body[max(0, m.start() - 60) : m.start()]
    return m["verb"].lower().endswith("ing") and bool(_PROTESTERS.search(before))


_PAST_OR_PARTICIPLE = re.compile(r"(?:ed|ing)\b")


def _present(verb: str) -> bool:
    return not _PAST_OR_PARTICIPLE.search(verb.split()[0])


def _matches(body: str, reported: bool) -> list[re.Match[str]]:
    g = grammar()
    names = ["demand", "demand_that", "call_for", "noun_request", "call_for_passive", "info_request"]
    if reported:
        names += [
            "reported_demand",
            "reported_call_for",
            "reported_demand_that",
            "modal",
            "modal_passive",
            "ultimatum",
            "reported_info_request",
        ]
    tried = english_gates().open(body)
    forms, index = english_forms()
    starts = forms.starts(body) if tried else []
    found = [m for m in (first_match(forms, body, index[n], starts) for n in names if n in tried) if m]
    # "called for X to be released" recalls an earlier call where the genre does not report asks
    found = [m for m in found if reported or m.re is not g.call_for_passive or _present(m["verb"])]
    reported_forms = (g.reported_demand, g.reported_call_for, g.reported_demand_that)
    return [
        m
        for m in found
        if m.re not in reported_forms or not (_recalled(body, m) or _protesters_demand(body, m))
    ]


# A clause that may hold a second demand of its own: ", and the government must ...", "; the experts
# urged ...": a short subject, then a verb of asking or a modal
_SECOND_CLAUSE = re.compile(
    r"[,;]\s+(?:and\s+|but\s+|while\s+)?(?=(?:[\w’'-]+\s+){0,6}?"
    r"(?:urg|call|demand|request|ask|appeal|press|insist|must|should)\w*\s)",
    re.I,
)


def _second_demand(body: str, m: re.Match[str], reported: bool) -> int | None:
    """Where a second demand of its own starts inside the ask of `m` (its clause break), if one does."""
    for brk in _SECOND_CLAUSE.finditer(body, m.start("ask")):
        tail = body[brk.end() :]
        found = [f for f in _matches(tail, reported) if f.start() <= 80]
        if found and not _RELATIVE.match(tail):
            return brk.start()
    return None


_RELATIVE = re.compile(r"(?:who|which|that|whose|where|as)\b", re.I)


def english_asks(body: str, reported: bool) -> list[Ask]:
    """The asks of an English sentence without its list marker; a second demand in a clause of its own
    ("..., and the government must ...") gives asks of its own."""
    asks = _please_asks(body)
    if asks:
        return asks
    found = _matches(body, reported)
    if not found:
        return _country_modal(body) if reported else []
    m = min(found, key=lambda f: (f.start(), -len(f.groupdict())))
    cut = _second_demand(body, m, reported)
    if cut is None:
        return _asks_of(body, m)
    return _asks_of(body[:cut], m) + english_asks(body[cut + 1 :], reported)


# "Ruritania must fulfil its obligations": a country standing for its authorities, in a modal ask
_COUNTRY_MODAL = re.compile(
    r"(?:^|(?<=[\s\"“«(]))(?P<to>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+"
    r"(?:must|should|needs? to|has to|ought to)\s+(?:(?:immediately|urgently|now|also|promptly)\s+)*"
    r"(?!(?:be|have|not|also)\b)(?P<ask>[a-z].*)",
    re.S,
)
_MODAL_CUE = re.compile(r"\b(?:must|should|needs? to|has to|ought to)\s")


def _country_modal(body: str) -> list[Ask]:
    m = _COUNTRY_MODAL.search(body) if _MODAL_CUE.search(body) else None
    if m is None or country_code(m["to"]) is None:
        return []
    return [Ask(a, "", m["to"]) for a in split_coordinated(m["ask"])]


def _with_bare_verbs(parts: list[str]) -> list[str]:
    """ "release and drop all charges against X": a verb with no object of its own shares the next one's."""
    out: list[str] = []
    for part in parts:
        if out and len(clean_ask(out[-1]).split()) < 2:
            out[-1] = f"{out[-1]} and {part}"
        else:
            out.append(part)
    return out


def _asks_of(body: str, m: re.Match[str]) -> list[Ask]:
    """The asks of match `m`, read up to the end of `body`."""
    g = grammar()
    m = m.re.match(body, m.start()) or m
    if m.re in (g.demand_that, g.reported_demand_that):
        return _that_asks(body, m)
    if m.re is g.call_for_passive:  # one ask: "X to be released and the charges dropped"
        subject = subject_before(body, m.start())
        return [Ask(clean_ask(a), subject, None) for a in _noun_then_passive(m["ask"])]
    if m.re is g.modal_passive:  # "those detained must be released": who is to be freed is part of the ask
        return [Ask(clean_ask(m["ask"]), "", None)]
    if m.re is g.ultimatum:
        return _ultimatum_asks(body, m)
    if m.re is g.modal:  # no "to" repeats before each ask: a remedy verb after "and" starts one
        parts = _with_bare_verbs(g.next_verb.split(m["ask"]))
        return [Ask(a, "", m["to"]) for part in parts for a in split_coordinated(part)]
    owner_end = m.end("owner") if m.re is g.noun_request and m["owner"] else m.start()
    subject = subject_before(body, owner_end)
    if m.re is g.noun_request:  # "with regard to the Committee's request": the Committee asks
        owner = _CAPITALISED_END.search(subject)
        subject = owner.group(0) if owner else subject
    named = m.re is g.noun_request
    return [Ask(a, subject, m.groupdict().get("to"), named) for a in split_coordinated(m["ask"])]


# "the release of X and all the charges against her to be dropped": a remedy named by its noun, then a
# second one told in the passive
_AND_PASSIVE = re.compile(r",?\s+and\s+(?=(?:all\s+)?(?:the\s+)?[^,;]{0,80}?\sto\s+be\s+[a-z]+\b)")
_TO_BE = re.compile(r"\sto\s+be\s")


def _noun_then_passive(ask: str) -> list[str]:
    parts = _AND_PASSIVE.split(ask, maxsplit=1)
    return parts if len(parts) == 2 and not _TO_BE.search(parts[0]) else [ask]


# "... to reinstate the workers or face a strike": the threat is no part of the ask
_THREAT = re.compile(r",?\s+(?:or|failing which|otherwise)\s+(?:face|risk|else|they will|we will)\b.*$", re.S)


def _ultimatum_asks(body: str, m: re.Match[str]) -> list[Ask]:
    """ "gave the company an ultimatum to reinstate ...": the company is asked; "the company has been
    given until June to reinstate ...": the subject is."""
    subject = subject_before(body, m.start())
    if m["ask3"]:
        asker, to, ask = "", subject, m["ask3"]
    else:
        asker, to, ask = subject, m["to"] or m["to2"], m["ask"] or m["ask2"]
    return [Ask(a, asker, to) for a in split_coordinated(_THREAT.sub("", ask))]


def demands(sentence: str, reported: bool = False) -> bool:
    """A demand verb with nothing after it yet: "requests the Government to:" before its bullets; where
    past forms state the ask (a committee's conclusions, news), also "urged the Government to:"."""
    g = grammar()
    forms = (g.demand, g.demand_that, g.call_for, *((g.reported_demand,) if reported else ()))
    return any(p.search(sentence) for p in forms)


# "the Committee's request": the capitalised words that end the subject own it
_CAPITALISED_END = re.compile(r"(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*$")
