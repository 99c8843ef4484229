"""Dates that supervisory records write about themselves, never about the acts they tell.

A record page heads its text with the report and the case it belongs to ("Interim Report - Report
No 391, June 2019", "Case No 3377 (X) - Complaint date: 14-MAR-17 - Active", "Observation (CEACR) -
adopted 2018"): those lines date the report, the complaint or the comment. A Committee of Experts
comment opens on the observations a party sent ("the observations made by the X on 2 March,
which denounce arrests", FR "formulées par la X le", ES "presentadas por la X el"): that date is the
communication's, like "in a communication dated ...".

The party whose allegations, observations or comments a record names ("the allegations of the X
that Y had been arrested", "les allégations de la X selon lesquelles", "los alegatos de la X según
los cuales") tells the acts and takes no part in them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from casewatch.extract.dates import DateMention
from casewatch.extract.events.participants import key
from casewatch.extract.gated import gated
from casewatch.extract.sentences import Sentence
from casewatch.model import Mention

# a line naming the report, the case and its complaint date, or the comment and its adoption
_RECORD_LINE = re.compile(
    r"\b(?:report|rapport|informe)\s+(?:no\b\.?|n[o°º]\b\.?|núm\.?|num\.?)\s*\d+"
    r"|\b(?:complaint date|date de la plainte|fecha de presentaci[óo]n de la queja)\b"
    r"|\((?:CEACR|CAS)\)\s*[-–]"
    r"|\b(?:adopted|adoptée?|adoptada|discussion|discusi[óo]n)\s*:?\s*(?:in\s+)?\d{4}\s*,\s*(?:published|publiée?|publicada|publication|publicaci[óo]n)",
    re.I,
)
RECORD_REACH = 200  # chars: a record's heading line is short
# observations a party sent, named before their date: "observations transmises par la X le",
# "the comments made by the X on", "las observaciones formuladas por la X el"
_SUBMITTED = gated(  # behind its words: most stretches it is read in, one per act or date, hold none
    r"\b(?:observations?|comments?|communications?|commentaires?|observaci[óo]n(?:es)?|comentarios?|"
    r"comunicaci[óo]n(?:es)?)\s+(?:\w+\s+)?"
    r"(?:submitted|made|sent|provided|transmitted|received|présentée?s?|formulée?s?|transmise?s?|envoyée?s?|"
    r"communiquée?s?|reçue?s?|presentad[ao]s?|formulad[ao]s?|enviad[ao]s?|transmitid[ao]s?|recibid[ao]s?)"
    r"\s+(?:by|from|par|por|de)\s+"
    # the party's name, no clause of what it tells ("..., alleging that X was arrested on")
    r"(?:(?!\b(?:that|which|who|alleging|que|qui|qu['’]|alegando|alléguant)\b)[^.;:,\d]){2,140}?"
    r"\s+(?:on|dated|le|en date du|el|de fecha|en)\s+"
    r"(?:1(?:\.?\s*[º°o]|er)\s+(?:de\s+)?)?$",  # "el 1.º de septiembre": a first day read apart
    re.I,
)
SUBMITTED_REACH = 220  # chars before the date: the party's name may be long
# a committee's examination of a case or an act, dated after what it examined: "the Committee
# examined the dismissal of X in March 2019", "le comité a examiné le licenciement de X en mars 2019"
_EXAMINED = gated(  # behind its words: most stretches it is read in, one per act or date, hold none
    r"\b(?:examined|examin[ée]e?s?|examinó|examinad[oa]s?)\s+"
    # what a mission or act was carried out in is its own date: "examined the case in the light of
    # the mission carried out in X in May 2009" dates the mission, not the examination
    r"(?:(?!\b(?:that|which|who|and|que|qui|qu['’]|et|y|since|depuis|desde|carried|conducted|undertaken|"
    r"effectuée?s?|menée?s?|réalisée?s?|efectuad[oa]s?|realizad[oa]s?|llevad[oa]s?)\b)"
    r"(?:\b(?:M|Mr|Mme|Mrs|Ms|Dr|Sr|Sra)\.|[^.;:,\[\]\d])){2,120}?"
    r"\s+(?:in|en|au cours de|durante)\s+(?:(?:el\s+)?mes\s+de\s+)?$",
    re.I,
)
EXAMINED_REACH = 160  # chars before the date: the verb and what was examined


def record_line_date(text: str, date: DateMention) -> bool:
    """The date is written on a record's heading line (its report, case or comment)."""
    start = text.rfind("\n", 0, date.start) + 1
    end = text.find("\n", date.end)
    line = text[start : len(text) if end < 0 else end]
    return len(line) <= RECORD_REACH and _RECORD_LINE.search(line) is not None


def submitted_on(text: str, date: DateMention) -> bool:
    """The date is the day a party's observations were sent or received, or the month a committee
    examined the case or an act of it."""
    return (
        _SUBMITTED.search(text, max(0, date.start - SUBMITTED_REACH), date.start) is not None
        or _EXAMINED.search(text, max(0, date.start - EXAMINED_REACH), date.start) is not None
    )


# "the allegations of the X that", "les observations de la X selon lesquelles", "los alegatos de la X"
_ALLEGATIONS_OF = gated(  # behind its words: most stretches it is read in, one per act or date, hold none
    r"\b(?:allegations?|claims?|observations|comments|communications?|complaints?|allégations?|plaintes?|"
    r"alegatos?|alegaciones|observaciones|comentarios|quejas?)\s+(?:made\s+|submitted\s+|sent\s+|"
    r"formulées?\s+|présentées?\s+|formulad[oa]s\s+|presentad[oa]s\s+)?"
    r"(?:of|by|from|de|du|des|del|par|por)\s*(?:the\s+|la\s+|le\s+|el\s+|los\s+|las\s+|l['’])?$",
    re.I,
)
ALLEGATIONS_REACH = 60  # chars before the party's name


def alleging(text: str, sentence: Sentence, trigger_start: int, mentions: Sequence[Mention]) -> set[str]:
    """The parties named as whose allegations tell the act, before it in its sentence."""
    return {
        key(m)
        for m in mentions
        if sentence.start <= m.start
        and m.end <= trigger_start
        and _ALLEGATIONS_OF.search(text, max(sentence.start, m.start - ALLEGATIONS_REACH), m.start)
    }
