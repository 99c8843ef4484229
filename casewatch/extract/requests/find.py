"""Requests to a government or authority in a document: one per distinct ask, with issuer and deadline.

The document is read sentence by sentence (`asks` finds the asks of one sentence); this module adds
what needs more than one sentence: lists announced by a lead-in ("requests the Government to:" +
bullets, "To the Government of X:" + bullets), a question continuing the one before, a lettered
recommendation as one ask, and a headline restating the article's demand (not counted twice).
Issuers are the speaker of the turn in an ILO discussion, else a named subject ("The Committee",
"ICTUR"), else the document's senders. Perfect forms ("has urged") recall earlier requests; simple
past and modal forms are asks only in genres that report them (news, reports, letters).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from casewatch.extract.pipeline import step
from casewatch.extract.requests import layout
from casewatch.extract.requests.asks import (
    PRONOUN_SUBJECTS,
    Ask,
    clean_ask,
    demands,
    english_asks,
    subject_before,
)
from casewatch.extract.requests.deadlines import deadline
from casewatch.extract.requests.foreign import foreign_asks
from casewatch.extract.requests.gloss import with_gloss
from casewatch.extract.requests.grammar import grammar
from casewatch.extract.requests.issuers import REPORTED_CLAUSE, named_asker
from casewatch.extract.requests.named import office_holder_before, quoted_speaker
from casewatch.extract.requests.parts import merge_tails
from casewatch.extract.requests.restated import lead_restated, once_each
from casewatch.extract.requests.silent import Found, Quiet, quiet, silence
from casewatch.extract.sentences import Sentence, split_sentences, strip_bullet
from casewatch.model import Extraction, Genre, Part, PartialDate, Request, Statement, Text

SKIPPED_PARTS = frozenset(
    {"annex", "letterhead", "addressee", "cc", "signature", "mandates", "header", "title"}
)
# Genres whose past and modal forms state the ask itself; ILO records and replies recall earlier ones.
REPORTING_GENRES = frozenset(
    {Genre.NEWS, Genre.NGO_REPORT, Genre.UNION_LETTER, Genre.UN_COMMUNICATION, Genre.OTHER}
)
# Letters (and letters of no known genre) whose signatory asks in the first person when no body is named
LETTER_GENRES = frozenset({Genre.UNION_LETTER, Genre.UN_COMMUNICATION, Genre.GOVERNMENT_REPLY, Genre.OTHER})
_SIGNATURE_END = re.compile(r"[.,;]+$")  # "Ana Kovic." closing the letter
# Records whose running text tells other parties' demands (a complainant's, a union's) beside the body's own
BODY_GENRES = frozenset({Genre.ILO_CEACR, Genre.ILO_CFA})
# "(a) The Committee requests ...", also under a paragraph number ("2. (b) The Committee ...")
_LETTERED = re.compile(r"^\s*(?:\d{1,3}\.\s+)?\(?(?:[a-z]{1,2}|[ivx]{3,4})\)\s")
# A report's recommendations, grouped under whom they address: "To the Government of X:" + bullets
_ADDRESSED_LEAD = re.compile(
    r"^(?:To|For|À|Au|Aux|A|Al|A la|A los)\s+(?:the\s+|l['’]|la\s+|les\s+|el\s+|los\s+)?"
    r"(?P<to>[A-ZÀ-Ý][^:\n]{2,100}?)\s*:$"
)


# a line with no closing mark before a line opening a quotation: a headline, ended where the quotation opens
_HEADLINE_BEFORE_QUOTE = re.compile(r"(?<=[^\s.!?:;,])[ \t]*\n(?=[ \t]*[«“„\"][ \t]*[A-ZА-ЯЁÀ-Ý])")
# "the Govern-\nment": a word hyphenated at a line's end is one word
_HYPHENATED = re.compile(r"(?<=[a-z])-\n[ \t]*(?=[a-z])")


def find_asks(sentence: str, reported: bool = False, found: Found = None) -> list[Ask]:
    """The asks in one sentence (a bullet list announced by a trailing colon is read by the caller).
    `reported`: the genre reports asks (news, reports, letters), so past and modal forms count. `found`:
    the fragments of any ask the sentence holds (`silent.Quiet`), read from it when not given."""
    # a line wrapped inside the sentence ("requests the\nGovernment to") parts no words of its phrases
    body = strip_bullet(Sentence(0, len(sentence), sentence)).text
    if "-\n" in body:  # the look-behind first would be tried at every letter of every sentence
        body = _HYPHENATED.sub("", body)
    if "\n" in body:
        body = _HEADLINE_BEFORE_QUOTE.sub(". ", body)
    body = body.replace("\n", " ")
    # most sentences hold nothing any form needs: the forms of a reader that cannot match are not tried
    reader = silence()
    found = reader.found(body) if found is None else found
    english, other = reader.ways(found, reported)
    asks = english_asks(body, reported, reader.english_forms(found)) if english else []
    return asks or (foreign_asks(body, reported, reader.foreign_forms(found)) if other else [])


_JOINED_PARTICLE = re.compile(r"\s(?:and|or|et|y)\s+(?:to|à)$")


def sentence_asks(sentence: Sentence, doc: Quiet, reported: bool = False) -> list[Ask]:
    """`find_asks` of a sentence of the document, its fragments read from the document (most hold none,
    and most of the others too few for any way of asking: neither is read further)."""
    found = doc.found(sentence)
    if found is not None and not any(silence().ways(found, reported)):
        return []
    return find_asks(sentence.text, reported, found)


def announces_list(sentence: str) -> bool:
    lead = sentence.rstrip()
    return lead.endswith(":") or layout.waits_for_list(lead)


@dataclass(frozen=True)
class Setting:
    """What requests in one document are read against."""

    anchor: PartialDate | None
    senders: tuple[str, ...]
    addressees: tuple[str, ...]
    statements: tuple[Statement, ...] = ()
    reply_due: PartialDate | None = None
    reported: bool = False  # the genre reports asks: past and modal forms count (see REPORTING_GENRES)
    body_only: bool = False  # a comment or complaint report: only its own body's asks count (see BODY_GENRES)


# the letter's own addressee: "you", "vous", "su Gobierno"; a record's "requests it to": the Government;
# "urging him to release ...": the authority named before
_YOU = re.compile(r"^(?:you|your|it|him|her|them|vous|votre|vos|(?:a )?su|вас|вам)\b", re.I)
_LEADING_ARTICLE = re.compile(r"^(?:(?:the|à|a|au|aux|al|le|la|les|el|los|las|от)\s+|l['’]\s*)", re.I)


def _issuers(setting: Setting, pos: int, subject: str) -> tuple[str, ...]:
    turn = next((s for s in setting.statements if s.start <= pos < s.end), None)
    if turn is not None:
        return (turn.speaker,)
    named = named_asker(subject)
    return (named,) if named else setting.senders


# "Se pide al Gobierno que ...": the impersonal of a record is the body's own voice
_BODY_PRONOUNS = frozenset({"it", "elle", "ella", "il", "se"})


def _by_the_body(setting: Setting, pos: int, subject: str) -> bool:
    """Whether an ask is the record's own: in a comment or complaint report, one whose subject names the
    supervisory body (or stands for it: none, a pronoun); a complainant's or a union's demand is told of."""
    if not setting.body_only or any(s.start <= pos < s.end for s in setting.statements):
        return True
    clause = REPORTED_CLAUSE.split(subject)[-1].strip()
    own = clause.lower() in PRONOUN_SUBJECTS or clause.lower() in _BODY_PRONOUNS
    return own or bool(grammar().supervisory_bodies.search(clause))


def _own_ask(setting: Setting, pos: int, ask: Ask) -> bool:
    """Whether an ask is made by the record. In a comment or complaint report, a request named by its noun
    ("in reply to the Committee's request to provide ...", "with regard to its previous request") recalls
    one made before: the record makes its own with a verb ("requests the Government to"), or renews a
    named one ("reiterates its request to the Government to")."""
    renewed = bool(grammar().renewed_request.search(ask.subject))
    recalled = setting.body_only and ask.named and not renewed
    return not recalled and _by_the_body(setting, pos, ask.subject)


def _addressees(setting: Setting, phrase: str | None) -> tuple[str, ...]:
    if phrase is None or _YOU.match(phrase):
        return setting.addressees or ("Government",)
    both = _CO_ADDRESSED.match(phrase)
    return tuple(_LEADING_ARTICLE.sub("", p) for p in (both.groups() if both else (phrase,)))


# "the Government and the social partners", "al Gobierno y a los interlocutores sociales": two parties
_CO_ADDRESSED = re.compile(
    r"^((?:the |The |le |au |al |el )?(?:Government|gouvernement|Gobierno))"
    r"\s+(?:and|et|y)\s+(?:(?:a|à)\s+)?(.+)$"
)


def _request(setting: Setting, sentence: Sentence, ask: Ask, is_question: bool, after: str = "") -> Request:
    """`after`: the text following the sentence, where a quotation going on past it may name its speaker."""
    due, due_text = deadline(ask.text, setting.anchor)
    if due is None and due_text is None and is_question and setting.reply_due is not None:
        due, due_text = setting.reply_due, None
    speaker = quoted_speaker(sentence.text, ask.subject, after)
    issuers = _issuers(setting, sentence.start, speaker or ask.subject)
    addressee = office_holder_before(sentence.text, ask.addressee) or ask.addressee
    to = _addressees(setting, addressee)
    return Request(issuers, to, ask.text, sentence.start, sentence.end, due, due_text)


def _follows_up(text: str, previous: Sentence, sentence: Sentence, requests: Sequence[Request]) -> bool:
    """A question continuing the previous one in the same numbered item and pointing back to it
    ("2. Please explain the dissolution. Please indicate how it complies ...") is part of that question."""
    asked_before = bool(requests) and requests[-1].start == previous.start
    same_line = "\n" not in text[previous.end : sentence.start]
    same_item = same_line and not layout.BULLET_START.match(sentence.text)
    body = _please_body(sentence.text)
    return asked_before and same_item and bool(grammar().refers_back.match(body))


def _please_body(sentence: str) -> str:
    m = grammar().please.search(sentence)
    return clean_ask(m["ask"]) if m else ""


def find_requests(
    text: str, setting: Setting, skip: Sequence[Part] = (), own_words: Sequence[Part] = ()
) -> list[Request]:
    """Every request in `text`, outside the `skip` parts; inside the `own_words` parts (a committee's
    conclusions) past forms ("the Committee requested the Government to") state the ask itself."""
    g = grammar()
    kept = split_sentences(text)
    if skip:  # most documents have no part to skip
        kept = [s for s in kept if not any(p.start <= s.start < p.end for p in skip)]
    sentences = [item for s in kept for item in layout.items(s)]
    sentences = layout.titles_apart(sentences)
    headlines = layout.headlines(sentences)
    doc = quiet(text)
    requests: list[Request] = []
    listed: set[int] = set()
    for i, sentence in enumerate(sentences):
        # a listed item is known by where its text starts, after its marker
        if (listed and strip_bullet(sentence).start in listed) or sentence.start in headlines:
            continue
        stripped = sentence.text.strip()
        addressed = _ADDRESSED_LEAD.match(stripped) if stripped.endswith(":") else None
        if addressed:
            bullets = layout.bullets(text, sentences, i)
            listed.update(b.start for b in bullets)
            asks = [Ask(clean_ask(b.text), "", addressed["to"]) for b in bullets]
            requests.extend(_request(setting, b, a, False) for b, a in zip(bullets, asks, strict=True))
            continue
        if announces_list(sentence.text) and _recalls_recommendations(sentence.text):
            listed.update(b.start for b in layout.bullets(text, sentences, i))
            continue
        reported = setting.reported or any(p.start <= sentence.start < p.end for p in own_words)
        found = sentence_asks(sentence, doc, reported)
        if not found and not announces_list(sentence.text):
            continue  # most sentences ask nothing and lead no list
        asks = [a for a in found if _own_ask(setting, sentence.start, a)]
        lead_in = announces_list(sentence.text) and (
            asks
            or demands(sentence.text, reported)
            or g.bare_lead_in.search(sentence.text.rstrip())
            # a wish for information before it ("we would appreciate a response on ...") leads no list
            or (
                i
                and sentence_asks(sentences[i - 1], doc, reported)
                and not g.grateful_info.search(sentences[i - 1].text)
            )
        )
        if lead_in:
            # "the complainant asks the Committee to:" + its demands: told of, not asked by the record
            asker = _lead_head(sentence.text, False).subject
            told_of = (bool(found) and not asks) or not _by_the_body(setting, sentence.start, asker)
            asks = [a for a in asks if not g.measures_intro.match(a.text)]
            head = asks[0] if asks else _lead_head(sentence.text, reported)
            topics = bool(asks) and bool(g.topic_lead.search(sentence.text.rstrip()))
            # unmarked lines are items only under a lead-in that itself asks ("We urge you to:")
            own_lead = bool(found) or demands(sentence.text, reported) or g.bare_lead_in.search(sentence.text)
            bullets = layout.bullets(text, sentences, i, bool(own_lead))
            for bullet in bullets:
                listed.add(bullet.start)
                if told_of or topics:
                    continue
                requests.extend(_request(setting, bullet, a, False) for a in _bullet_asks(bullet, head))
            # what announces the list ("Please write to the authorities urging them to:") asks nothing
            # itself; with no list after it ("called on X to cooperate with Y:" + a paragraph) it asks
            lead = sentence.text.rstrip().rstrip(":").rstrip()
            # "... to respect X and to" + items: the ask before the conjunction is whole, no head of them
            if not topics and not _JOINED_PARTICLE.search(lead):
                heads = [a for a in asks if bullets and lead.endswith(a.text)]
                asks = [a for a in asks if a not in heads and len(a.text.split()) > 3]
        asks = merge_tails(asks, bool(asks) and bool(_LETTERED.match(sentence.text)))
        # "requests the Government to keep it informed in this regard" alone names nothing to do
        asks = [a for a in asks if not g.informed_only.match(a.text)]
        is_question = bool(asks) and bool(g.please.search(sentence.text))  # only an ask is a question
        if asks and is_question and i and _follows_up(text, sentences[i - 1], sentence, requests):
            requests[-1] = replace(
                requests[-1], text=f"{requests[-1].text} and {asks[0].text}", end=sentence.end
            )
            asks = asks[1:]
        after = text[sentence.end : sentence.end + 800]
        # a wish for information is a question too: the reply answers it, so it falls due with the reply
        due_with_reply = is_question or bool(asks and g.grateful_info.search(sentence.text))
        requests.extend(_request(setting, sentence, a, due_with_reply, after) for a in asks)
    requests = once_each(text, _with_headline_asks(setting, sentences, headlines, requests, doc))
    return lead_restated(text, requests) if setting.reported else requests


def _recalls_recommendations(sentence: str) -> bool:
    """A lead-in quoting the recommendations of an earlier examination ("At its March 2019 meeting, the
    Committee made the following recommendations [see ...]:"): the items below it were asked before."""
    g = grammar()
    return bool(g.recalled_lead.search(sentence) and g.earlier_examination.search(sentence))


def _lead_head(sentence: str, reported: bool) -> Ask:
    """Who asks whom in a lead-in with nothing after its verb ("The complainant requests the Committee
    to:"; where the genre reports asks, also "The Committee called upon the Government to:")."""
    g = grammar()
    verb = g.demand.search(sentence) or (g.reported_demand.search(sentence) if reported else None)
    return Ask("", subject_before(sentence, verb.start()), verb["to"]) if verb else Ask("", "", None)


_LEADING_TO = re.compile(r"^to\s+", re.I)


def _bullet_asks(bullet: Sentence, head: Ask) -> list[Ask]:
    """The asks of one bullet under a lead-in: one per act asked after a semicolon ("guarantee their
    safety; and ensure their release"), without the "to" that repeats the lead-in's."""
    pieces = [_LEADING_TO.sub("", p) for p in _BULLET_SEMICOLON.split(clean_ask(bullet.text))]
    return [Ask(p, head.subject, head.addressee) for p in pieces if p]


# "...; and ensure their release": a further act in the same bullet, and so is one after a kept dash; so
# is a further remedy told in the
# passive ("drop the charges; the detained stewards to be released")
_BULLET_SEMICOLON = re.compile(
    r"\s*;\s*and\s+(?=[a-z])"
    r"|\s*;\s*[-–—•]\s+(?=[a-z])"  # "...; - remove ...": items run into one line, their dashes kept
    r"|\s*;\s*(?:and\s+)?(?=(?:all\s+)?(?:the\s+)?[a-z][^;]{0,80}?\sto\s+be\s+"
    r"(?:(?:immediately|unconditionally|promptly|fully|urgently)\s+)*[a-z]+(?:ed|en|t)\b)"
)


def _with_headline_asks(
    setting: Setting, sentences: Sequence[Sentence], headlines: set[int], requests: list[Request], doc: Quiet
) -> list[Request]:
    """A title's demand over a body that asks nothing ("Union calls for release of jailed dockers" over
    a report of the arrests) is the page's ask; a body that asks restates the title's demand, often
    with a pronoun for its object ("their immediate release"), and that is the request."""
    if requests:
        return requests
    titles = (s for s in sentences if s.start in headlines)
    return [_request(setting, t, a, False) for t in titles for a in sentence_asks(t, doc, setting.reported)]


# "Taking into account the discussion of the case, the Committee urged the Government to ...": the
# Conference Committee's conclusions open so, with or without a heading over them
_CONCLUSIONS_OPENING = re.compile(
    r"^[ \t]*(?:Taking into account the discussion|In the light of the discussion|Tenant compte de la "
    r"discussion|Teniendo en cuenta la discusión|Принимая во внимание (?:состоявшееся )?обсуждение)",
    re.M | re.I,
)


def _unheaded_conclusions(text: str) -> list[Part]:
    opening = _CONCLUSIONS_OPENING.search(text)
    return [Part("section", opening.start(), len(text), "conclusions")] if opening else []


@step("requests", needs=["meta.genre"], adds=["requests"])
def STEP(text: Text, ext: Extraction) -> Mapping[str, Any]:
    meta = ext.meta
    senders = tuple(p.name for p in meta.senders)
    if not senders and meta.genre in LETTER_GENRES:  # "we ask ..." signed by one person, no body named
        senders = tuple(_SIGNATURE_END.sub("", p.name) for p in meta.signatories)
    setting = Setting(
        meta.date,
        senders,
        tuple(p.name for p in meta.addressees),
        ext.statements,
        meta.reply_due,
        meta.genre in REPORTING_GENRES,
        meta.genre in BODY_GENRES,
    )
    skip = [p for p in ext.parts if p.kind in SKIPPED_PARTS]
    conclusions = [p for p in ext.parts if p.kind == "section" and p.label == "conclusions"]
    if not conclusions and meta.genre is Genre.ILO_CAS:
        conclusions = _unheaded_conclusions(text.text)
    requests = find_requests(text.text, setting, skip, conclusions)
    # a request in French, Spanish or Russian keeps its words and gains an English gloss
    glossed = (replace(r, text=with_gloss(r.text, text.text[r.start : r.end])) for r in requests)
    return {"requests": tuple(glossed)}
