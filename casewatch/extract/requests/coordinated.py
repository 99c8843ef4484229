"""Parting one sentence's ask into its coordinated asks, and cleaning each one.

"We urge you to A, to B and to C", "ensure that A, that B and that C", "release X, free Y and lift Z",
"(i) ... (ii) ...", semicolons, a second call ("and calling for ..."): one ask each. Examples in
parentheses and topics listed after a request for information stay inside their ask. Each ask loses its
quotation marks, the speaker's attribution ("..., said X"), list markers and fillers.
"""

from __future__ import annotations

import re
from functools import cache

from casewatch.extract.requests.grammar import grammar
from casewatch.extract.requests.parts import remedy_nouns

_ENUMERATOR = r"\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})\)"  # "(i)", "(b)", "2)": an enumerated ask
_INLINE_ITEM = re.compile(rf"(?:^|[,;]?\s+(?:and\s+)?){_ENUMERATOR}\s+")


_LEADING_ENUMERATOR = re.compile(rf"^{_ENUMERATOR}\s+")
# not the end of a name ("Durand"); "..., et nous" before a second demand of the sentence's own; "... and
# to" before a numbered list of further asks
_TRAILING_AND = re.compile(r"(?:[;,]\s*|\s+)(?:and|et|y)(?:\s+(?:we|nous|nosotros|to|à))?$")
_TRAILING_WORDS = ("and", "et", "y", "we", "nous", "nosotros", "to", "à")  # what a match of it ends with


# « la libération immédiate » de tous les camarades: a quoted word or two inside the ask, which goes on
_GOES_ON = re.compile(r"\s+(?:de|des|du|d['’]|of|del|para|pour|for)\s")


_QUOTE_MARK = re.compile(r'[“«”»"]')


def _quote_end(text: str) -> int:
    """Where the quotation that holds the ask closes (its speaker follows: '...," said X'), else the end:
    a quote the ask began inside of, or one that opens the ask."""
    depth, straight = 0, False
    for mark in _QUOTE_MARK.finditer(text):  # only the quotation marks count: most asks hold none
        i, ch = mark.start(), mark.group()
        if ch == "“" and depth == 0 and i > 0 and not text[i - 1].isspace():
            return i  # a German quotation („...“) closing after the word before it
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
    r"a (?:indiqué|affirmé|précisé|expliqué|assuré|martelé)|"
    r"(?:dijo|afirmó|señaló|declaró|recalcó|agregó|añadió|aseguró|indicó|precisó|explicó|manifestó|"
    r"sostuvo|expresó|informó|subrayó|según|selon)"
    # "..., describing his arrest as ...": the speaker's comment on the ask is no part of it
    r"|(?:describing|calling it|saying|adding|noting|warning|citing)))\b.*$",
    re.S,
)


# "... detenidos, aseguró X. «Nuestra central ...": a new sentence opening a quotation ends the ask
_QUOTED_SENTENCE = re.compile(r"(?<=[.!?])\s+[«“„\"]\s*(?=[A-ZÀ-ÝА-ЯЁ])")
_OPENING_QUOTES = '«“„"'


def told_part(ask: str) -> str:
    """The ask without who told it and what the speaker goes on to say: cut before it is parted, so
    that a speaker's words are no asks of their own."""
    quoted = _QUOTED_SENTENCE.search(ask) if any(mark in ask for mark in _OPENING_QUOTES) else None
    return _ATTRIBUTION.sub("", ask[: quoted.start()] if quoted else ask)


# "... the reinstatement of the workers, but the company refused": what answered the ask is no part of it
# ("..., but also ..." goes on asking)
_CONTRAST = re.compile(
    r",\s+(?:but|yet|however|mais|pero|sin embargo|aber|mas)\s+(?!(?:also|aussi|también|auch|também)\b).*$",
    re.S | re.I,
)


# "'refrain from ... of the Covenant.'": single quotation marks around the ask, not a plural possessive
_SINGLE_QUOTES = re.compile(r"^['‘]\s*|(?<=[.!?])['’]$|(?<![sS])['’]$")
# the ends these hold: an ask without them (most) is not scanned for them
_OPENING_SINGLE_QUOTES = ("'", "‘")
_CLOSING_SINGLE_QUOTES = ("'", "’")


def clean_ask(text: str) -> str:
    text = text.strip()
    text = text[: _quote_end(text)]
    text = _CONTRAST.sub("", _ATTRIBUTION.sub("", text))
    # "..., resaltando la represión", "... et menace l'Etat": a comment on the ask, another act of its asker
    text = grammar().ask_end.sub("", text)
    text = " ".join(text.split()).strip(" ,;:.–-►▶●•▪■◦‣")
    if text.startswith(_OPENING_SINGLE_QUOTES) or text.endswith(_CLOSING_SINGLE_QUOTES):
        text = _SINGLE_QUOTES.sub("", text)
    text = _LEADING_ENUMERATOR.sub("", text.strip(" ,;:."))
    text = grammar().fillers.sub("", text)
    if text.endswith(_TRAILING_WORDS):
        text = _TRAILING_AND.sub("", text)
    return text.strip(' ,;:.«»"“”')


# "urged the President to intervene": an act asked in one word
_ONE_WORD_ASKS = frozenset(
    {"intervene", "intercede", "resign", "reconsider", "négocier", "intervenir", "intervenga", "intervengan"}
    | {"intervenire", "intervenga", "intervengano", "intervir", "intervenha", "intervenham"}
)


def is_ask(text: str) -> bool:
    g = grammar()
    long_enough = len(text.split()) >= 2 or text.strip(" .").lower() in _ONE_WORD_ASKS
    return long_enough and not g.not_asks.match(text) and not g.back_reference.match(text)


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
    if "," not in part or len(_LISTED_TO.findall(part)) < 2:
        return _split_at(_AND_TO, part, "and")
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


# "for the cooks to be rehired and for the Centre, where ..., to reconsider its lease": a second thing called
# to be done, each with its own doer
_CALLED_TO_BE_DONE = re.compile(
    r"^[^;]*?\bto\s+[a-z]+[^;]*?(,?\s+and\s+(?:also\s+)?for\s+)(?=[^;.]{2,160}?\bto\s+[a-z])"
)


# what parts the two calls, in every match: looked for first, since the lazy runs of the whole pattern retry
# each "to" up to the item's end, in most items for nothing
_AND_FOR = re.compile(r"\sand\s+(?:also\s+)?for\s")


def second_call(item: str) -> list[str]:
    m = _CALLED_TO_BE_DONE.match(item) if _AND_FOR.search(item) else None
    return [item[: m.start(1)], item[m.end(1) :]] if m else [item]


def _split_that(part: str) -> list[str]:
    """ "ensure that A, that B and that C" -> [ensure that A, ensure that B, ensure that C]; "that A or, if
    A is not possible, that B" is one ask with its fallback."""
    head = _VERB_THAT.match(part)
    pieces: list[str] = []
    for piece in _split_at(_LISTED_THAT, part, "that"):
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
        opens = sep.startswith(",") or sep == "as well as" or listed or _remedy_pair(part, start, m)
        # "describe how the board, meeting twice a year, settles ...": the comma closes an aside
        # inside an indirect question, whose verb it is
        opens = opens and not (sep == "," and _ASIDE_IN_QUESTION.search(part, start, m.start()))
        if opens and len(part[start : m.start()].split()) >= 2:
            listed = listed or sep.startswith(",")
            pieces.append(part[start : m.start()])
            start = m.end()
    return [*pieces, part[start:]]


def _remedy_pair(part: str, start: int, joint: re.Match[str]) -> bool:
    """ "reinstate the workers and regulate contract work": two remedies, though joined by a bare "and";
    so are two after the one asked and a modal ("that the police should release them and arrest ...")."""
    pair = grammar().remedy_pair
    if joint["sep"].strip() != "and" or not pair.match(part, joint.end()):
        return False
    return bool(pair.match(part, start) or _modal_remedy(part[start : joint.start()]))


# "the police should immediately release": whoever is asked, a modal and a remedy opening the piece
_MODAL_BEFORE = re.compile(
    r"^(?:the\s+|all\s+)?[^,;]{1,80}?\s(?:should|must|shall)\s+(?:(?:immediately|urgently|also|promptly)\s+)*"
)


def _modal_remedy(piece: str) -> bool:
    modal = _MODAL_BEFORE.match(piece) if " s" in piece or " m" in piece else None
    return bool(modal and grammar().remedy_pair.match(piece, modal.end()))


_ASIDE_IN_QUESTION = re.compile(r"\b(?:how|whether|why|what|which|where)\b[^,;]*,[^,;]*$")
_TO = re.compile(r"^to\s+(?=[a-z])")  # "(ii) to provide ...": the item repeats the "to" of the lead


def split_coordinated(ask: str) -> list[str]:
    """One ask per coordinated verb phrase: semicolons, "and to", listed "to", listed "that", and listed
    verbs of asking without their "to"; one per remedy named by its noun ("the release of X and an end to
    Y")."""
    out: list[str] = []
    ask = told_part(ask)
    ask = _topics_masked(_PARENTHESIS.sub(_masked, ask) if "(" in ask else ask)
    items = _questions_with_verb(_split_at(_INLINE_ITEM, ask, ")"))
    items = [part for item in items for part in _split_at(_AND_CALLING, _TO.sub("", item), "and")]
    items = [part for item in items for part in second_call(item)]
    items = [part for item in items for part in remedy_nouns(item)]
    parts = [p for part in items for p in _split_at(_SEMICOLON_ASK, part, ";")]
    for part in parts:
        for piece in _split_infinitives(part):
            out.extend(p for that in _split_that(piece) for p in _split_verbs(that))
    return [a for a in (clean_ask(_unmasked(p)) for p in out) if is_ask(a)]


def _split_at(pattern: re.Pattern[str], text: str, mark: str) -> list[str]:
    """`pattern.split(text)` for a pattern every match of which holds `mark`: most asks hold none of the
    enumerators, semicolons or conjunctions a split needs, and are not scanned for it."""
    return pattern.split(text) if mark in text else [text]


# "indicate in its next report: (i) whether ...; (ii) whether ...": a verb, with no object of its own, asking
# the enumerated questions; each question is asked with it
_VERB_ALONE = re.compile(
    r"^(?:to\s+)?(?P<verb>[a-z]+)(?:\s+(?:in|by|before|within)\s+[^,;:()]{1,60}?)?[\s,:]*$"
)
_QUESTION = re.compile(r"^\s*(?:whether|how|what|which|why|when|where|who|if)\b")


def _questions_with_verb(items: list[str]) -> list[str]:
    head = _VERB_ALONE.match(items[0]) if len(items) > 1 else None
    if head is None or not all(_QUESTION.match(i) for i in items[1:]):
        return items
    return [f"{head['verb']} {i}" for i in items[1:]]


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
    topics = _TOPIC_LIST.search(ask) if ":" in ask or ")" in ask else None  # one of them opens a list
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
