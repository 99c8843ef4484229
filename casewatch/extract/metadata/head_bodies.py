"""Senders a letter's head line names in a sentence of its own: the bodies it lists ("Les organisations
syndicales X, Y, Z") or the body whose officer acts ("XYZ President Jane Doe has protested to ...")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from casewatch.extract.metadata.party_names import org_name

# a collective noun for unions, then the list of them: "Les organisations syndicales A, B et C", "The trade
# unions A, B and C", "Las organizaciones sindicales A, B y C"
_LISTED = re.compile(
    r"^(?:(?:Les|The|Las|Los)[ \t]+)?(?:organisations syndicales|syndicats|(?:trade )?unions"
    r"|organizaciones sindicales|sindicatos|centrales sindicales)[ \t]*:?[ \t]+(?P<list>\S.+?)[ \t.]*$",
    re.I,
)
_ACRONYM = re.compile(r"[A-ZÀ-Ý]{2,10}")
_LIST_SEPARATOR = re.compile(r"[ \t]*,[ \t]*|[ \t]+(?:et|and|y)[ \t]+")
# a list's entry led by an acronym, with a local branch's number or place after it: "UD XTR 13", "FSX 13"
_ACRONYM_LED = re.compile(
    r"[A-ZÀ-Ý][A-ZÀ-Ý&.-]{1,9}(?:[ \t]+[\w-]{1,12}){0,3}"
    r"|[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+)?[ \t]+\d{1,3}"
)
_BODY = (
    r"[A-ZÀ-Ý]{2,10}"
    r"|[A-ZÀ-Ý][\w'’-]+(?:[ \t]+(?:[A-ZÀ-Ý][\w'’-]+|of|for|and|the|de|des|du|la|del|y|et)){1,8}?"
)
_OFFICER = (
    r"General Secretary|Secretary[- ]General|President|Chair(?:person)?|[Ss]ecrétaire [Gg]énéral(?:e)?"
    r"|[Pp]résident(?:e)?|[Ss]ecretari[oa] [Gg]eneral|[Pp]residente?"
)
# "XYZ President Jane Doe has protested to ...", "The XYZ has written to ...": the body acts by its letter
_BODY_ACTS = re.compile(
    rf"^(?:The[ \t]+)?(?P<org>{_BODY})[ \t]+(?:(?:{_OFFICER})[ \t]+(?:[A-ZÀ-Ý][\w'’.-]+[ \t]+){{1,3}})?"
    r"(?:has[ \t]+|have[ \t]+)?(?:protested|written|wrote|sent a letter|addressed a letter|a écrit|a adressé"
    r"|ha escrito|escribió|envió una carta)\b"
)


def _listed(line: str) -> list[str]:
    m = _LISTED.match(line)
    if not m:
        return []
    entries = [e.strip() for e in _LIST_SEPARATOR.split(m.group("list")) if e.strip()]
    named = [e for e in entries if _ACRONYM_LED.fullmatch(e) or org_name(e)]
    return named if len(entries) >= 2 and len(named) == len(entries) else []


def head_bodies(lines: Sequence[str]) -> list[str]:
    """The bodies a letter's head lines name as sending it, by a list or by the act of their officer."""
    for line in lines:
        if listed := _listed(line):
            return listed
        m = _BODY_ACTS.match(line)
        if m and (_ACRONYM.fullmatch(m.group("org")) or org_name(m.group("org"))):
            return [m.group("org")]
    return []
