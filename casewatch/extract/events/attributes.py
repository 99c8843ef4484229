"""Participles written as adjectives: "hundreds of fired union members occupied the square", "the
arrested dockers were taken to hospital". The word describes who underwent an act told elsewhere in the
page (or nowhere, as a title of theirs), so it tells no act of its own. A detention said to go on
("his continued detention") is likewise the state an arrest left: it retells the arrest."""

from __future__ import annotations

import re

from casewatch.model import Event

# an English past participle opening the wording ("fired", "arrested"), not one after an auxiliary
_PARTICIPLE = re.compile(r"(?:[A-Z]?[a-z]+ed)\b")
# what opens a noun phrase right before it: an article, a possessive, a number or a quantity word
_OPENS_PHRASE = re.compile(
    r"(?:^\s*|\b(?:of|the|their|his|her|its|our|all|some|many|several|other|both|dozens|hundreds|"
    r"thousands|scores|\d[\d,]*)\s+)$",
    re.I,
)
# the noun (or a further adjective) it describes, in lower case: no preposition, article or pronoun
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:by|for|in|on|at|after|before|during|from|with|without|to|and|or|as|the|a|an|his|her|their|its|"
    r"him|them|it|this|that|these|those|over|under|since|until|when|while|because|last|yesterday|today|"
    r"are|were|is|was|be|been|being|have|has|had|will|would|include[sd]?|remain(?:s|ed)?)\b)"
    r"[a-z][\w'’-]*",
)
# a Romance participle after its noun: "les syndicalistes arrêtés", "LES SYNDICALISTES ARRÊTÉS", "sus
# compañeros detenidos"
_ROMANCE_PARTICIPLE = re.compile(r"\w+(?:ée?s?|é|ad[oa]s|id[oa]s)", re.I)
_NOUN_BEFORE = re.compile(
    r"\b(?:les|leurs|des|ses|ces|nos|vos|los|las|sus|estos|esos|nuestros)\s+"
    r"(?:(?!(?:ont|sont|été|est|a|han|ha|fueron|fue|sido|ya|déjà)\b)[\w'’-]+\s+){1,2}$",
    re.I,
)
REACH = 25  # chars before the participle searched for what opens its noun phrase


def attribute(text: str, start: int, word: str) -> bool:
    """Whether the wording `word` at `start` of `text` opens with a participle describing the noun
    after it ("of fired union members", "Arrested workers were"), which tells no act."""
    first = _PARTICIPLE.match(word)
    if first is None:
        return False
    end = start + first.end()
    return bool(_OPENS_PHRASE.search(text, max(0, start - REACH), start) and _NOUN_AFTER.match(text, end))


def described(text: str, start: int, word: str, dated_at: int | None = None) -> bool:
    """ "les manifestants interpellés", "sus compañeros detenidos": the wording at `start` opens with a
    participle after its noun, without auxiliary; it names who underwent an act, told before or
    elsewhere, and takes no date written before its noun (ending at `dated_at`)."""
    if dated_at is not None and dated_at > start:
        return False
    first = word.split(maxsplit=1)[0] if word.strip() else ""
    return (
        bool(_ROMANCE_PARTICIPLE.fullmatch(first))
        and _NOUN_BEFORE.search(text, max(0, start - 60), start) is not None
    )


# a detention said to go on ("his continued detention", "la détention prolongée de", "la detención
# prolongada de"): the state an arrest left, not the arrest
_ONGOING_BEFORE = re.compile(r"\b(?:continued|continuing|ongoing|prolonged|further|maintien en)\s+$", re.I)
_ONGOING_AFTER = re.compile(r"\s*(?:prolongée?s?|prolongad[oa]s?|continuad[oa]s?)\b", re.I)
ONGOING_REACH = 16  # chars before the noun searched for "continued", "maintien en"


def ongoing(text: str, start: int, word: str) -> bool:
    """ "concerned at his continued detention in 2021": the wording at `start` names a state going on,
    which takes no date of the sentence (the date of a concern or a call) and retells the act."""
    if start < 0:
        return False
    return bool(
        _ONGOING_BEFORE.search(text, max(0, start - ONGOING_REACH), start)
        or _ONGOING_AFTER.match(text, start + len(word))
    )


def ongoing_event(event: Event) -> bool:
    """ "his continued detention": an event told as a state going on, by its wording in its quote."""
    word = event.trigger or ""
    return bool(word) and ongoing(event.quote, event.quote.find(word), word)
