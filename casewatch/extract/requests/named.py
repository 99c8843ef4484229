"""Who an ask names beside its verb: the office holder a pronoun stands for ("met Labour Minister Ana Kovic,
urging him to ..."), and the body a subject names once its count and its time are left out ("A group of four
UN experts today urged ...", "Five rapporteurs on Friday called for ...")."""

from __future__ import annotations

import re

from casewatch.extract.anchored_dates import MONTH_NAMES_EN, WEEKDAY_NAMES_EN
from casewatch.extract.requests.asks import OFFICE_HOLDER

_HIM_OR_HER = re.compile(r"\b(?:him|her)\s+to\b", re.I)
_OFFICE_HOLDER = re.compile(rf"(?<![\w’'-]){OFFICE_HOLDER}(?=[\s,.;])")


def office_holder_before(sentence: str, addressee: str | None) -> str | None:
    """ "met Labour Minister Ana Kovic, urging him to release ...": the pronoun stands for the office holder
    named last before it, not for the letter's addressees."""
    if addressee is None or addressee.lower() not in ("him", "her"):
        return None
    pronoun = _HIM_OR_HER.search(sentence)
    named = list(_OFFICE_HOLDER.finditer(sentence, 0, pronoun.start())) if pronoun else []
    return named[-1].group(0).rstrip(",") if named else None


_MONTH, _WEEKDAY = MONTH_NAMES_EN, WEEKDAY_NAMES_EN
# "... today", "... on Friday", "... have on 19 May", "... last week": when they asked, not who
_WHEN = re.compile(
    rf"\s+(?:today|yesterday|this (?:week|month|morning)|last (?:week|month)|earlier this (?:week|month)"
    rf"|on {_WEEKDAY}|on (?:\d{{1,2}} {_MONTH}|{_MONTH} \d{{1,2}})(?:,? \d{{4}})?|in {_MONTH}(?: \d{{4}})?"
    # "Labor Secretary Ana Kovic Friday called on ...": news names the day bare after the one who asked
    rf"|{_WEEKDAY})$"
)
# "Este jueves la federación solicitará ...", "El próximo lunes, los dirigentes ...", "Ce mardi, le syndicat":
# the day opening the clause is when they ask, not who
_WHEN_FIRST = re.compile(
    r"^(?:(?:este|esta|el próximo|el pasado|la próxima|la pasada|ce|cette|(?:on )?this|last|next)\s+)?"
    r"(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|semana|lundi|mardi|mercredi|jeudi|vendredi"
    r"|samedi|dimanche|semaine|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)\s+(?=\S)",
    re.I,
)
# "A group of four UN experts", "A coalition of nine unions": the count is no part of the name
_COUNTED = re.compile(
    r"^(?:an?|the)\s+(?:group|number|panel|team)\s+of\s+"
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some)\s+)?",
    re.I,
)
_AUXILIARY = re.compile(r"\s+(?:has|have|had)$")
# "miembros de la Coalición X", "members of the Y Federation": the members speak for the body they name
_MEMBERS_OF = re.compile(
    r"^(?:(?:some|several|many|dozens of|hundreds of|algunos|varios|decenas de|cientos de|des|plusieurs)\s+)?"
    r"(?:members|miembros|integrantes|membres|adherents|adhérents|afiliados|affiliés)\s+"
    r"(?:of\s+the|of|de\s+la|de\s+los|de\s+las|del|de\s+l['’]|de|du|des)\s*(?=(?-i:[A-ZÀ-Ý]))",
    re.I,
)


def bare_subject(subject: str) -> str:
    """The subject of an ask without its count, the time it was made and the members it speaks through."""
    bare = _COUNTED.sub("", _AUXILIARY.sub("", _WHEN.sub("", _WHEN_FIRST.sub("", subject))))
    return _MEMBERS_OF.sub("", bare)


_SPEECH = (
    r"(?:said|says|stated|states|added|adds|declared|wrote|dijo|afirmó|declaró|señaló"
    r"|a déclaré|a dit|a ajouté)"
)
_SPEAKER = (
    r"(?:(?:the|The|la|La|le|Le|el|El|los|Los|las|Las)\s+[\w’'-]+|(?-i:[A-ZÀ-Ý])[\w’'-]*)"
    r"(?:\s+[\w’'-]+){0,5}?"
)
# '"We call on the regime to end the abuses," the minister said in a statement.': a quotation whose speaker
# is named after it (or 'said the minister')
_QUOTED_SPEAKER = re.compile(
    rf"^\s*[\"“«][^\"“”«»]+[\"”»],?\s+(?:(?P<who>{_SPEAKER})\s+{_SPEECH}\b|{_SPEECH}\s+(?P<who2>{_SPEAKER})(?=[,.;:]|\s*$))"
)
# '"We urge the minister to act. The arrests must end," the federation said.': a quotation going on past
# the sentence of the ask, its speaker named after it closes within the paragraph
_QUOTE_CLOSED_LATER = re.compile(
    rf"^[^\"“”«»\n]{{0,600}}?[\"”»],?\s+(?:(?P<who>{_SPEAKER})\s+{_SPEECH}\b|{_SPEECH}\s+(?P<who2>{_SPEAKER})(?=[,.;:]|\s*$))"
)
_OPENS_QUOTE = re.compile(r"^\s*[\"“«]")
_QUOTE_MARK = re.compile(r"[\"“”«»]")
_FIRST_PERSON = frozenset({"", "we", "i", "nous", "je", "nosotros", "nosotras", "yo"})


def quoted_speaker(sentence: str, subject: str, after: str = "") -> str | None:
    """Who speaks a quotation asked in the first person: the name told after it, in the same sentence or,
    when the quotation goes on, in the text `after` it."""
    if subject.strip("\"“«‘' ").lower() not in _FIRST_PERSON:
        return None
    m = _QUOTED_SPEAKER.match(sentence)
    if m is None and _OPENS_QUOTE.match(sentence) and len(_QUOTE_MARK.findall(sentence)) == 1:
        m = _QUOTE_CLOSED_LATER.match(after)
    return (m["who"] or m["who2"]) if m else None
