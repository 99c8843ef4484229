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

from casewatch.extract.datelines import dateline_end
from casewatch.extract.gated import gated
from casewatch.extract.metadata.fields import country_code
from casewatch.extract.openings import first_match
from casewatch.extract.requests.coordinated import clean_ask, second_call, split_coordinated
from casewatch.extract.requests.grammar import english_forms, english_gates, grammar
from casewatch.extract.requests.parts import noun_then_passive, same_subject
from casewatch.extract.requests.subjects import main_clause_subject

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


_ADVERBS = re.compile(
    r"^(?:(?:hereby|therefore|thus|accordingly|now|again|also)\s+)+|\s+(?:hereby|therefore)$", re.I
)
_CLAUSE_BREAK = re.compile(r"(?:,(?!\d)|[;:])\s*")  # "40,000 members" is no clause break


# "The FDU, along with other unions, is calling for ...": only an auxiliary after the aside
_AUXILIARY_ONLY = re.compile(r"^(?:(?:is|are|was|were|has|have|had)(?:\s+(?:been|also))?)?$", re.I)


def subject_before(sentence: str, verb_start: int) -> str:
    # "GENEVA, May 3 (Agency) - UN experts urged ...": the experts ask, not the agency
    opening = dateline_end(sentence, 0, verb_start)
    clauses = _CLAUSE_BREAK.split(sentence[opening:verb_start])
    clause = _ADVERBS.sub("", clauses[-1].strip())
    first = _FIRST_VERB_SUBJECT.match(clause)
    if first:  # "La CGTR recuerda que ... y exige": who recalls demands
        clause = first["s"]
    elif _AUXILIARY_ONLY.match(clause) and len(clauses) > 1 and _NAME_ALONE.match(clauses[0].strip()):
        clause = clauses[0].strip()  # "The Committee, while noting ..., requests it to ..."
    elif not clause and len(clauses) > 2 and _NAME_ALONE.match(clauses[-2].strip()):
        clause = clauses[-2].strip()  # "El relator especial, Ivo Marsk, hizo un llamado a ..."
    elif _MADE_A_CALL.match(clause) and len(clauses) > 1:
        clause = clauses[-2].strip()  # "El alto comisionado, Ivo Marsk, hizo un llamado para exigir ..."
    else:
        clause = main_clause_subject(clauses, clause, sentence[verb_start:]) or clause
    return clause.lower() if clause.lower() in PRONOUN_SUBJECTS else clause


_ARTICLE = r"(?:the|la|le|les|el|los|las)\s+|l['’]\s*"
_CAPITALISED = r"(?-i:[A-ZÀ-Ý][\w’'-]*)(?:\s+(?-i:[A-ZÀ-Ý][\w’'-]*)){0,4}"
# A subject, a verb of stating or condemning and what it says, then the demand after "and"/"et"/"y"
_FIRST_VERB_SUBJECT = re.compile(
    rf"^(?P<s>(?:{_ARTICLE})[\w’'-]+(?:\s+[\w’'-]+){{0,3}}?|{_CAPITALISED})\s+"
    # "The Committee deeply regrets that ... and urges": an adverb before the verb of stating
    r"(?:(?:deeply|strongly|firmly|profoundly|once again|again|also|further|vivement|profondément"
    r"|nuevamente|profundamente)\s+)*"
    # "El Comité desea subrayar que ... y pide", "Le comité tient à rappeler que ... et prie"
    r"(?:(?:desea|quisiera|debe|tient à|souhaite|doit)\s+"
    r"(?:recordar|subrayar|señalar|destacar|lamentar|rappeler|souligner|regretter|noter)"
    r"|recalls?|recuerdan?|rappellent|rappelle|condemns?|condenan?|condamnent|condamne"
    r"|denounces?|denuncian?|dénoncent|dénonce|deplores?|deploran?|déplorent|déplore"
    r"|stress(?:es)?|subraya|soulignent|souligne|prennent note|prend note|takes? note|toman? nota"
    r"|reiterates?|reiteran?|réitère|regrets?|lamentan?|regrette|notes?|señalan?"
    # "The Committee refers to its previous comments and once again requests ..."
    r"|refers?\s+to|se réfère|se remite|welcomes?"
    # "El Comité espera firmemente que el tribunal se pronuncie ... y pide al Gobierno": who hopes asks
    r"|espera(?:n)?(?:\s+firmemente)?|confía(?:n)?\s+en|espère|exprime\s+(?:le\s+ferme\s+|l['’])espoir"
    r"|s['’]attend|veut\s+croire)\b.*\s(?:and|et|y)"
    # "Le comité regrette que ... et le prie de", "lamenta que ... y le pide que": a pronoun for the asked
    r"(?:\s+(?:le|la|les|lo|lui|leur)|\s+l['’])?$",
    re.I | re.S,
)
# "..., Ivo Marsk, hizo un llamado para exigir ...", "..., made a call to demand ...": a call made, whose
# maker is named in the clause before
_MADE_A_CALL = re.compile(
    r"^(?:hizo|hicieron|lanzó|lanzaron|made|a lancé|ont lancé)\s+(?:un|una|an?)"
    r"(?:\s+(?:(?:urgent|urgente|nuevo|new)\s+)?(?:llamado|llamamiento|appel|call|appeal)\b|$)",
    re.I,
)
# "The Committee" or "La CGTR" alone before an aside: "La CGTR, tras recordar que ..., exige"
_NAME_ALONE = re.compile(rf"^(?:{_ARTICLE})?{_CAPITALISED}$", re.I)


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
# "President Ivo Brandt", "the President of Valdoria", "Labour Minister Ana Kovic", "the Minister of Labour,
# Ana Kovic,": a person asked by title; a word of the office may stand before the title ("Interior Minister")
OFFICE_HOLDER = (
    r"(?:the\s+)?(?-i:(?:[A-Z][\w’'-]+\s+)?"
    r"(?:President|Prime Minister|Minister|Governor|King|Emir|Ambassador|Consul|Mayor)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]+(?:,\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2},)?"
    r"|(?:\s+[A-Z][\w’'-]+){0,3}))"
)
_TITLED_PERSON = re.compile(
    rf"^(?P<to>{OFFICE_HOLDER})\s+(?:(?:immediately|urgently|personally|also)\s+)*(?=[a-z])"
)
_MEASURES_BE_TAKEN = re.compile(r"^all\s+(?:necessary\s+)?(?:interim\s+)?measures\s+be\s+taken\s+to\s+")


@cache
def _place_acts() -> re.Pattern[str]:
    """ "that Ruritania drop the charges": a country or city standing for its authorities; "that the NWRC
    change its ruling": a body by its name or acronym."""
    name = r"(?-i:[A-Z][\w’'-]+)"
    return re.compile(rf"^(?:the\s+)?(?P<to>{name}(?:\s+{name}){{0,2}})\s+(?={grammar().remedy_verbs}\s)")


def _that_asks(body: str, that: re.Match[str]) -> list[Ask]:
    """ "requests that the Government provide ...", "expects that the Government will ..."."""
    ask = _GOVERNMENT_WILL.sub("", that["ask"])
    ask = _MEASURES_BE_TAKEN.sub("", ask)
    person = _TITLED_PERSON.match(ask)
    if person:  # "demands that President Ivo Brandt immediately order ...": the person is asked
        return [
            Ask(a, subject_before(body, that.start()), person["to"].rstrip(","))
            for a in split_coordinated(ask[person.end() :])
        ]
    place = _place_acts().match(ask)
    addressee = place["to"] if place else None
    ask = ask[place.end() :] if place else ask
    asks = same_subject([p for a in split_coordinated(ask) for p in _passives_apart(a)])
    return [Ask(a, subject_before(body, that.start()), addressee) for a in asks]


# "that the dockers should be given the right to organise and the ban should be lifted": each passive
# with its own subject is an ask of its own; an "and" before the first one joins its subject ("the dock
# and port workers should be reinstated")
_SHOULD_BE = re.compile(r"\s(?:should|must)\s+be\s+[a-z]+(?:ed|en)\b")
_AND_SHOULD_BE = re.compile(
    r",?\s+and\s+(?=(?:(?!\band\b)[^,;]){0,80}?\s(?:should|must)\s+be\s+[a-z]+(?:ed|en)\b)"
)


def _passives_apart(ask: str) -> list[str]:
    """The asks of a clause of passives, split only after the first passive ends."""
    first = _SHOULD_BE.search(ask)
    if first is None:
        return [ask]
    head, *others = _AND_SHOULD_BE.split(ask[first.end() :])
    return [ask[: first.end()] + head, *others]


def _recalled(body: str, m: re.Match[str]) -> bool:
    """ "has urged", "previously requested": an earlier request recalled, not the one made here; so is one
    told as the background of another's ("the union joined the federation in calling for ...")."""
    before = body[max(0, m.start() - 120) : m.start()]
    # "said the union was calling on ...": a call going on when told, not an earlier one
    going_on = m["verb"].split()[0].endswith("ing") and bool(_WAS.search(before[-40:]))
    earlier = not going_on and bool(grammar().not_reported.search(before[-40:]))
    return earlier or bool(_JOINED_IN.search(before))


_WAS = re.compile(r"\b(?:was|were)\s+(?:(?:also|still|now|again)\s+)?$", re.I)


# "had joined the federation in demanding ...", "joined workers across the sector in calling for ...";
# not "we join the federation in calling for ...", which makes the call
_JOINED_IN = re.compile(r"\bjoined\s+(?:[^\s.;:]+\s+){1,10}?in\s+$", re.I)


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


def _matches(body: str, reported: bool, tried: frozenset[str] | None = None) -> list[re.Match[str]]:
    """The forms matching `body`, of those whose gates it passes (`tried`, told when not given)."""
    g = grammar()
    names = ["demand", "passive_demand", "demand_that", "call_for", "noun_request", "call_for_passive"]
    names += ["grateful", "grateful_info", "info_request"]
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
    tried = english_gates().open(body) if tried is None else tried
    forms, index = english_forms()
    starts = forms.starts(body) if tried else []
    found = [m for m in (first_match(forms, body, index[n], starts) for n in names if n in tried) if m]
    # "called for X to be released" recalls an earlier call where the genre does not report asks
    found = [m for m in found if reported or m.re is not g.call_for_passive or _present(m["verb"])]
    reported_forms = (g.reported_demand, g.reported_call_for, g.reported_demand_that)
    return [
        m
        for m in found
        if m.re not in reported_forms
        or not (_recalled(body, m) or _protesters_demand(body, m) or _by_force(body, m))
    ]


# "the police asked the workers to leave the premises": an order of those who use force, told as an act
_FORCES = re.compile(
    r"\b(?:police(?:men|man)?|officers|security forces|soldiers|troops|guards|army|military|gendarmes?)\b"
    r"[^,;]{0,40}$",
    re.I,
)


def _by_force(body: str, m: re.Match[str]) -> bool:
    return bool(_FORCES.search(body, max(0, m.start() - 60), m.start()))


# A clause that may hold a second demand of its own: ", and the government must ...", "; the experts
# urged ...": a short subject, then a verb of asking or a modal
_SECOND_CLAUSE = re.compile(
    r"[,;]\s+(?:and\s+|but\s+|while\s+)?(?=(?:[\w’'-]+\s+){0,6}?"
    r"(?:urg|call|demand|request|ask|appeal|press|insist|must|should)\w*\s)"
    # "expects that the Government will reinstate them and requests it to report ...": a second verb of
    # asking of the same addressee
    r"|\s+and\s+(?=(?:also\s+)?(?:urges?|requests?|asks?|invites?|calls?\s+(?:on|upon))\s+"
    r"(?:it|them|the\s+Government|the\s+authorities)\b)"
    # "... by tomorrow and the government should also withdraw ...": a further party's duty
    r"|\s+and\s+(?=(?:the|its|their)\s+[\w’'-]+(?:\s+[\w’'-]+)?\s+(?:should|must)\s)",
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


def english_asks(body: str, reported: bool, tried: frozenset[str] | None = None) -> list[Ask]:
    """The asks of an English sentence without its list marker; a second demand in a clause of its own
    ("..., and the government must ...") gives asks of its own. `tried`: the forms whose gates the
    sentence passes, when known."""
    asks = _please_asks(body)
    if asks:
        return asks
    found = _matches(body, reported, tried)
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
    r"(?:[\"“]\s*)?(?!(?:be|have|not|also)\b)(?P<ask>[a-z].*)",
    re.S,
)
MODAL_CUE = gated(r"\b(?:must|should|needs? to|has to|ought to)\s")


def _country_modal(body: str) -> list[Ask]:
    m = _COUNTRY_MODAL.search(body) if MODAL_CUE.search(body) else None
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
        asks = [call for a in noun_then_passive(m["ask"]) for call in second_call(a)]
        return [Ask(clean_ask(a), subject, None) for a in asks]
    if m.re is g.modal_passive:  # "those detained must be released": who is to be freed is part of the ask
        return [Ask(clean_ask(m["ask"]), "", None)]
    if m.re is g.ultimatum:
        return _ultimatum_asks(body, m)
    if m.re is g.modal and g.general_duty.match(m["to"]):  # "All States must ...": a principle
        return []
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


# "... to reinstate the workers or face a strike": the threat is no part of the ask
_THREAT = re.compile(r",?\s+(?:or|failing which|otherwise)\s+(?:face|risk|else|they will|we will)\b.*$", re.S)


def _ultimatum_asks(body: str, m: re.Match[str]) -> list[Ask]:
    """ "gave the company an ultimatum to reinstate ...": the company is asked; "the company has been
    given until June to reinstate ...": the subject is; "served notice on the company (for them) to ...": the
    company is."""
    subject = subject_before(body, m.start())
    if m["ask3"]:
        asker, to, ask = "", subject, m["ask3"]
    else:  # "threatened to strike if the management does not reinstate ...": the management is asked
        asker, to = subject, m["to"] or m["to2"] or m["to4"] or m["to5"]
        ask = m["ask"] or m["ask2"] or m["ask4"] or m["ask5"]
    return [Ask(a, asker, to) for a in split_coordinated(_THREAT.sub("", ask))]


def demands(sentence: str, reported: bool = False) -> bool:
    """A demand verb with nothing after it yet: "requests the Government to:" before its bullets; where
    past forms state the ask (a committee's conclusions, news), also "urged the Government to:"."""
    g = grammar()
    forms = [g.demand, g.passive_demand, g.demand_that, g.call_for]
    forms += [g.reported_demand] if reported else []
    return any(p.search(sentence) for p in forms)


# "the Committee's request": the capitalised words that end the subject own it
_CAPITALISED_END = re.compile(r"(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*$")
