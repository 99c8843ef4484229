"""Who asks when the clause of the verb of asking names no one: a participle after the main clause ("The
federation condemned the arrests, calling on ..."), a relative or participial aside before the verb ("The
union, which represents 900 dockers, called on ...", "The unions, led by the X, called on ..."), a first act
joined by "and" ("The federation expressed alarm and urged ...")."""

from __future__ import annotations

import re

_ARTICLE = r"(?:the|la|le|les|el|los|las)\s+|l['’]\s*"
_CAPITALISED = r"(?-i:[A-ZÀ-Ý][\w’'-]*)(?:\s+(?-i:[A-ZÀ-Ý][\w’'-]*)){0,4}"
_NOUN_PHRASE = rf"(?:{_ARTICLE})[\w’'-]+(?:\s+[\w’'-]+){{0,3}}?|{_CAPITALISED}"
# a past act told in English: what its subject did before asking
_PAST_ACT = r"(?:[a-z]+ed|said|wrote|sent|held|made|spoke|issued|met|took|gave)"
_ASIDE_WORDS = r"(?:also|has|have|had|today|yesterday|again|strongly)"

# "calling on", "urging", "demanding": a participle asking, its subject that of the main clause
_PARTICIPLE = re.compile(
    r"^(?:calling|urging|demanding|asking|appealing|requesting|pressing|exhorting|imploring"
    r"|llamando|exigiendo|pidiendo|instando|exhortando|appelant|exigeant|demandant|exhortant)\b",
    re.I,
)
_MAIN_SUBJECT = re.compile(rf"^(?P<s>{_NOUN_PHRASE})\s+(?:{_ASIDE_WORDS}\s+)*(?-i:{_PAST_ACT})\b", re.I)
# "which represents ...", "qui regroupe ...", "que agrupa ...": a relative aside after the one who asks
# also "led by the X", "encabezados por la X", "menés par la X": who stands behind them, not who asks
_RELATIVE = re.compile(
    r"^(?:which|who|whose|qui|dont|que|quien|quienes|cuyo|cuya"
    r"|(?:led|backed|supported|joined|headed|represented)\s+by"
    r"|(?:encabezad|liderad|apoyad|respaldad)[oa]s?\s+por|(?:menée?s?|soutenue?s?|dirigée?s?)\s+par)\b",
    re.I,
)
_SUBJECT_ALONE = re.compile(rf"^(?:{_NOUN_PHRASE})$", re.I)
# "The federation expressed alarm and urged ...": the subject of the first act asks
_FIRST_ACT_AND = re.compile(
    rf"^(?P<s>{_NOUN_PHRASE})\s+(?:{_ASIDE_WORDS}\s+)*(?-i:{_PAST_ACT})\b[^,;:]*\s(?:and|et|y)$", re.I
)


def main_clause_subject(clauses: list[str], clause: str, verb: str) -> str | None:
    """Who asks, told outside the clause of the verb (`clause`, stripped; `verb` the words from it on)."""
    first = clauses[0].strip()
    if not clause and len(clauses) > 1 and _PARTICIPLE.match(verb):
        main = _MAIN_SUBJECT.match(first)
        return main["s"] if main else None
    if not clause and len(clauses) > 2 and _RELATIVE.match(clauses[-2].strip()):
        named = clauses[-3].strip()
        return named if _SUBJECT_ALONE.match(named) else None
    joined = _FIRST_ACT_AND.match(clause)
    return joined["s"] if joined else None
