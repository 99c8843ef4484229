"""Requests addressed to a government or authority: one per distinct ask, with issuer and deadline.

Recognised forms: UN questions ("Please provide ..."), interim measures ("we urge that all
necessary interim measures be taken to ensure that A, that B ..."), demands ("We urge you to A and
to B", "calls on the authorities to ..."), committee conclusions ("requests the Government to take
all necessary measures to:" + bullets, "requests that the Government provide ..."). Past forms
("has urged") report earlier requests and are left out. Issuers are the speaker of the turn in an
ILO discussion, else a named subject ("The Committee", "ICTUR"), else the document's senders.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from functools import cache
from typing import Any

from casewatch import vocab
from casewatch.extract.dates import find_dates
from casewatch.extract.pipeline import step
from casewatch.extract.sentences import Sentence, split_sentences, strip_bullet
from casewatch.model import Extraction, Part, PartialDate, Request, Statement, Text

SKIPPED_PARTS = frozenset(
    {"annex", "letterhead", "addressee", "cc", "signature", "mandates", "header", "title"}
)
_PRONOUN_SUBJECTS = frozenset({"", "we", "i", "we would like to", "we therefore", "we also", "we again"})
_NUMBERS = {"thirty": 30, "sixty": 60, "ninety": 90, "fifteen": 15, "twenty": 20, "forty-five": 45}
_WITHIN_DAYS = re.compile(
    r"\bwithin\s+(\d{1,3}|thirty|sixty|ninety|fifteen|twenty|forty-five)\s+days\b", re.I
)
_BY_TIME = re.compile(
    r"\b(?:by|before|no later than|not later than)\s+(?:its|the|their)?\s*(?:next|\d{4}|forthcoming)"
    r"[^,;.]{0,60}(?:session|meeting|report)|\b(?:by|before|no later than)\s+(?=\d|[A-Z][a-z]+ \d)",
)
_LETTERED = re.compile(r"^\s*\(?[a-z]{1,2}\)\s")  # "(a) The Committee requests ..."
_FOREIGN_PRONOUNS = re.compile(r"^(?:nous|je|nosotros)?\s*(?:vous|lui|leur|les|le|la)?$", re.I)
# A report's recommendations, grouped under whom they address: "To the Government of X:" + bullets
_ADDRESSED_LEAD = re.compile(
    r"^(?:To|For|À|Au|Aux|A|Al|A la|A los)\s+(?:the\s+|l['’]|la\s+|les\s+|el\s+|los\s+)?"
    r"(?P<to>[A-ZÀ-Ý][^:\n]{2,100}?)\s*:$"
)
_BULLET_START = re.compile(r"^\s*(?:[-•■▪*]|\(?[a-z0-9]{1,2}[.)])\s")


@dataclass(frozen=True)
class Grammar:
    """Compiled request vocabulary."""

    demand: re.Pattern[str]
    demand_that: re.Pattern[str]
    call_for: re.Pattern[str]
    please: re.Pattern[str]
    please_not: re.Pattern[str]
    fillers: re.Pattern[str]
    measures_intro: re.Pattern[str]
    keep_purpose: str
    not_asks: re.Pattern[str]
    foreign: re.Pattern[str]
    foreign_and: re.Pattern[str]
    informed_tail: re.Pattern[str]
    back_reference: re.Pattern[str]  # "take all measures to address these issues": no new ask
    refers_back: re.Pattern[str]  # "indicate how it complies": a question about the one before


@cache
def grammar() -> Grammar:
    data = vocab.load("requests")
    verbs, addressees = data["verbs"], data["addressees"]
    demand = (
        rf"\b(?P<verb>{verbs})\s+(?P<to>{addressees})(?:\s+\(\w+\))?\s*,?\s+(?:\w+\s+)?"
        r"to\b\s*:?\s*(?P<ask>.*)"
    )
    demand_that = rf"\b(?P<verb>{verbs})\s+that\s+(?P<ask>.*)"
    return Grammar(
        re.compile(demand, re.I | re.S),
        re.compile(demand_that, re.I | re.S),
        re.compile(
            rf"\b(?P<verb>{data['call_for']})\s+(?P<ask>(?:the|an?|immediate|urgent)\s.*)", re.I | re.S
        ),
        re.compile(r"\bplease\s+(?P<ask>.*?)(?=\s*\bplease\b|$)", re.I | re.S),
        re.compile(data["please_not_asks"], re.I),
        re.compile(data["fillers"], re.I),
        re.compile(data["measures_intro"], re.I),
        data["keep_purpose"],
        re.compile(data["not_asks"], re.I),
        re.compile(data["foreign_demand"], re.I | re.S),
        re.compile(rf"\s*;\s*|{data['foreign_and']}", re.I),
        re.compile(data["informed_tail"], re.I),
        re.compile(data["back_reference"], re.I),
        re.compile(data["refers_back"], re.I),
    )


@dataclass(frozen=True)
class Ask:
    """One ask inside a sentence, before issuers and addressees are attached."""

    text: str
    subject: str
    addressee: str | None


def clean_ask(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;:.–-")
    text = grammar().fillers.sub("", text)
    return re.sub(r"(?:;|,)?\s*and$", "", text).strip(" ,;:.")


def _split_infinitives(part: str) -> list[str]:
    """ "A, to B, and to C" -> [A, B, C]; a lone ", to" is a purpose or a complement, not a new ask.

    A list ends with its "and to": a later "and to" without a comma joins verbs inside the last ask
    ("and to adopt measures to ensure the freedom of workers to join unions and to strike")."""
    keep = rf"(?!(?:{grammar().keep_purpose})\b)"
    if len(re.findall(r",\s*(?:and\s+)?to\s", part)) < 2:
        return re.split(r",?\s+and\s+to\s+", part)
    pieces = re.split(rf"(,?\s+and\s+to\s+|,\s*to\s+{keep})", part)
    asks, closed = [pieces[0]], False
    for sep, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        if closed and not sep.startswith(","):
            asks[-1] += sep + piece
        else:
            asks.append(piece)
        closed = closed or "and" in sep
    return asks


def _split_that(part: str) -> list[str]:
    """ "ensure that A, that B and that C" -> [ensure that A, ensure that B, ensure that C]."""
    head = re.match(r"^(\w+\s+that)\s", part)
    pieces = re.split(
        r",\s*(?:and\s+)?(?:more generally\s+)?that\s+|\s+and\s+(?:more generally\s+)?that\s+", part
    )
    return [pieces[0], *(f"{head.group(1)} {p}" if head else p for p in pieces[1:])]


def split_coordinated(ask: str) -> list[str]:
    """One ask per coordinated verb phrase: semicolons, "and to", listed "to", listed "that"."""
    out = []
    for part in re.split(r"\s*;\s*(?:and\s+)?(?:to\s+)?", ask):
        for piece in _split_infinitives(part):
            out.extend(_split_that(piece))
    asks = [clean_ask(p) for p in out]
    g = grammar()
    return [
        a for a in asks if len(a.split()) >= 2 and not g.not_asks.match(a) and not g.back_reference.match(a)
    ]


def _subject(sentence: str, verb_start: int) -> str:
    clause = re.split(r"[,;:]\s*", sentence[:verb_start])[-1]
    return clause.strip().lower() if clause.strip().lower() in _PRONOUN_SUBJECTS else clause.strip()


def _please_asks(body: str) -> list[Ask]:
    g = grammar()
    asks = [
        Ask(clean_ask(m.group("ask")), "", None)
        for m in g.please.finditer(body)
        if not g.please_not.match(m.group("ask")) and not m.group("ask").startswith(",")
    ]
    return [a for a in asks if a.text]


def _that_asks(body: str, that: re.Match[str]) -> list[Ask]:
    """ "requests that the Government provide ...", "expects that the Government will ..."."""
    ask = re.sub(
        r"^(?:the\s+)?(?:Government|authorities|State)\s+(?:(?:will|shall|should|would)\s+)?", "", that["ask"]
    )
    ask = re.sub(r"^all\s+(?:necessary\s+)?(?:interim\s+)?measures\s+be\s+taken\s+to\s+", "", ask)
    return [Ask(a, _subject(body, that.start()), None) for a in split_coordinated(ask)]


def _foreign_asks(body: str) -> list[Ask]:
    """French and Spanish demands: "exhorte le gouvernement à A et à B", "instamos al Gobierno a A"."""
    m = grammar().foreign.search(body)
    if not m:
        return []
    verb = "verb" if m["verb"] else "verb_es"
    subject = _subject(body, m.start(verb))
    subject = "" if _FOREIGN_PRONOUNS.match(subject) else re.sub(r"^(?:La|Le|L['’]|El)\s*", "", subject)
    to = m["to"] or m["to_es"]
    pieces = [clean_ask(p) for p in grammar().foreign_and.split(m["ask"] or m["ask_es"])]
    return [Ask(p, subject, to) for p in pieces if len(p.split()) >= 2]


def merge_tails(asks: list[Ask], one_item: bool) -> list[Ask]:
    """ "... and to keep it informed" belongs to the ask before it; a lettered recommendation is one ask."""
    merged: list[Ask] = []
    for ask in asks:
        if merged and (one_item or grammar().informed_tail.match(ask.text)):
            head = merged[-1]
            merged[-1] = Ask(f"{head.text} and {ask.text}", head.subject, head.addressee)
        else:
            merged.append(ask)
    return merged


def find_asks(sentence: str) -> list[Ask]:
    """The asks in one sentence (a bullet list announced by a trailing colon is read by the caller)."""
    g = grammar()
    body = strip_bullet(Sentence(0, len(sentence), sentence)).text
    asks = _please_asks(body)
    if asks:
        return asks
    found = [m for m in (g.demand.search(body), g.demand_that.search(body), g.call_for.search(body)) if m]
    if not found:
        return _foreign_asks(body)
    m = min(found, key=lambda f: (f.start(), -len(f.groupdict())))
    if m.re is g.demand_that:
        return _that_asks(body, m)
    addressee = m.groupdict().get("to")
    return [Ask(a, _subject(body, m.start()), addressee) for a in split_coordinated(m["ask"])]


def _demands(sentence: str) -> bool:
    """A demand verb with nothing after it yet: "requests the Government to:" before its bullets."""
    g = grammar()
    return any(p.search(sentence) for p in (g.demand, g.demand_that, g.call_for))


def announces_list(sentence: str) -> bool:
    return sentence.rstrip().endswith(":")


def deadline(text: str, anchor: PartialDate | None) -> tuple[PartialDate | None, str | None]:
    """A deadline stated in an ask: "within 60 days" from the anchor, a date, or a session."""
    within = _WITHIN_DAYS.search(text)
    if within:
        raw = within.group(1).lower()
        days = int(raw) if raw.isdigit() else _NUMBERS[raw]
        start = anchor.as_date() if anchor else None
        return (PartialDate.of(start + timedelta(days=days)) if start else None), within.group(0)
    by = _BY_TIME.search(text)
    if by:
        dates = find_dates(text[by.start() : by.end() + 40], anchor)
        if dates and dates[0].start <= by.end() - by.start() + 1:
            return dates[0].date, text[by.start() : by.start() + dates[0].end]
        return None, by.group(0).strip()
    return None, None


@dataclass(frozen=True)
class Setting:
    """What requests in one document are read against."""

    anchor: PartialDate | None
    senders: tuple[str, ...]
    addressees: tuple[str, ...]
    statements: tuple[Statement, ...] = ()
    reply_due: PartialDate | None = None


def _issuers(setting: Setting, pos: int, subject: str) -> tuple[str, ...]:
    turn = next((s for s in setting.statements if s.start <= pos < s.end), None)
    if turn is not None:
        return (turn.speaker,)
    if subject and subject not in _PRONOUN_SUBJECTS and len(subject.split()) <= 8:
        return (re.sub(r"^(?:the|The)\s+", "", subject),)
    return setting.senders


def _addressees(setting: Setting, phrase: str | None) -> tuple[str, ...]:
    if phrase is None or re.match(r"^(?:you|your|vous|votre|vos|(?:a )?su)\b", phrase, re.I):
        return setting.addressees or ("Government",)
    return (re.sub(r"^(?:the|à|a|au|aux|al|les|las|l['’])\s*", "", phrase, flags=re.I),)


def _request(setting: Setting, sentence: Sentence, ask: Ask, is_question: bool) -> Request:
    due, due_text = deadline(ask.text, setting.anchor)
    if due is None and due_text is None and is_question and setting.reply_due is not None:
        due, due_text = setting.reply_due, None
    issuers = _issuers(setting, sentence.start, ask.subject)
    return Request(
        issuers, _addressees(setting, ask.addressee), ask.text, sentence.start, sentence.end, due, due_text
    )


def _bullets(sentences: Sequence[Sentence], i: int) -> list[Sentence]:
    """The items after a lead-in: marked bullets, or (from html lists, whose markers are gone)
    items that start in lower case, as a verb continuing the lead-in does."""
    out = []
    for s in sentences[i + 1 :]:
        if not (_BULLET_START.match(s.text) or s.text[:1].islower()):
            break
        out.append(strip_bullet(s))
    return out


def _follows_up(text: str, previous: Sentence, sentence: Sentence, requests: Sequence[Request]) -> bool:
    """A question continuing the previous one in the same numbered item and pointing back to it
    ("2. Please explain the dissolution. Please indicate how it complies ...") is part of that question."""
    asked_before = bool(requests) and requests[-1].start == previous.start
    same_item = "\n" not in text[previous.end : sentence.start] and not _BULLET_START.match(sentence.text)
    body = _please_body(sentence.text)
    return asked_before and same_item and bool(grammar().refers_back.match(body))


def _please_body(sentence: str) -> str:
    m = grammar().please.search(sentence)
    return clean_ask(m["ask"]) if m else ""


def find_requests(text: str, setting: Setting, skip: Sequence[Part] = ()) -> list[Request]:
    """Every request in `text`, outside the `skip` parts."""
    g = grammar()
    sentences = [s for s in split_sentences(text) if not any(p.start <= s.start < p.end for p in skip)]
    requests: list[Request] = []
    listed: set[int] = set()
    for i, sentence in enumerate(sentences):
        if sentence.start in listed:
            continue
        addressed = _ADDRESSED_LEAD.match(sentence.text.strip())
        if addressed:
            bullets = _bullets(sentences, i)
            listed.update(b.start for b in bullets)
            asks = [Ask(clean_ask(b.text), "", addressed["to"]) for b in bullets]
            requests.extend(_request(setting, b, a, False) for b, a in zip(bullets, asks, strict=True))
            continue
        asks = find_asks(sentence.text)
        is_question = "please" in sentence.text.lower()
        lead_in = announces_list(sentence.text) and (
            asks or _demands(sentence.text) or (i and find_asks(sentences[i - 1].text))
        )
        if lead_in:
            asks = [a for a in asks if not g.measures_intro.match(a.text)]
            for bullet in _bullets(sentences, i):
                listed.add(bullet.start)
                head = asks[0] if asks else Ask("", _subject(sentence.text, 0), None)
                bullet_ask = Ask(clean_ask(bullet.text), head.subject, head.addressee)
                requests.append(_request(setting, bullet, bullet_ask, False))
            asks = [a for a in asks if not a.text.endswith(":") and len(a.text.split()) > 3]
        asks = merge_tails(asks, bool(_LETTERED.match(sentence.text)))
        if asks and is_question and i and _follows_up(text, sentences[i - 1], sentence, requests):
            requests[-1] = replace(
                requests[-1], text=f"{requests[-1].text} and {asks[0].text}", end=sentence.end
            )
            asks = asks[1:]
        requests.extend(_request(setting, sentence, a, is_question) for a in asks)
    return requests


@step("requests", adds=["requests"])
def STEP(text: Text, ext: Extraction) -> Mapping[str, Any]:
    meta = ext.meta
    setting = Setting(
        meta.date,
        tuple(p.name for p in meta.senders),
        tuple(p.name for p in meta.addressees),
        ext.statements,
        meta.reply_due,
    )
    skip = [p for p in ext.parts if p.kind in SKIPPED_PARTS]
    return {"requests": tuple(find_requests(text.text, setting, skip))}
