"""An ILO record's anatomy: its header, sections (written information, discussion, conclusions) and turns."""

from __future__ import annotations

import re

from casewatch.extract.layout.lines import Line, split_lines
from casewatch.extract.metadata.fields import country_code, header_country
from casewatch.model import Part, SpeakerGroup, Statement

SECTIONS: list[tuple[str, re.Pattern[str]]] = [
    (
        "written_information",
        re.compile(
            r"^(?:Written information (?:provided|submitted)|Information écrite|Información escrita)", re.I
        ),
    ),
    (
        "discussion",
        re.compile(r"^(?:Discussion by the Committee|Discussion par la commission|Discusión)", re.I),
    ),
    (
        "conclusions",
        re.compile(r"^(?:Conclusions of the Committee|Conclusions de la commission|Conclusiones)", re.I),
    ),
]
# A turn's label in English, French or Spanish: "Worker members –", "Membre gouvernemental, Ruritanie –",
# "Representante gubernamental –", "Observer, X –", "Chairperson –".
_MEMBERS = (
    r"(?:Government|Worker|Employer)s?\s+(?:members?|representatives?|delegates?)"
    r"|(?:Membres?|Représentante?s?|Délégué(?:e|s)?)\s+(?:gouvernementa(?:l|le|ux|les)|travailleu(?:r|rs|se|ses)"
    r"|employeu(?:r|rs))"
    r"|(?:Miembros?|Representantes?|Delegad[oa]s?)\s+(?:gubernamental(?:es)?|trabajador(?:a|es|as)?"
    r"|empleador(?:a|es|as)?)"
)
TURN = re.compile(
    r"^(?:Interpretation from [A-Z]\w+\s*:\s*)?"
    rf"(?P<label>(?:{_MEMBERS})(?:\s*,\s*[^–—\n]{{1,160}}?)?"
    r"|(?:Observers?|Observat(?:eur|rice)s?|Observador(?:a|es)?)\s*,\s*[^–—\n]{1,160}?"
    r"|(?:The )?(?:Chairperson|Chair|Reporter)|(?:Le |La )?(?:Présidente?|Rapporteu(?:r|se))"
    r"|(?:El |La )?(?:President[ae]|Ponente))"
    r"\s*(?:[–—]| - )\s*"
)
# the group a label's words name, whatever its language
_GROUPS = (
    (re.compile(r"government|gouvernement|gubernamental", re.I), SpeakerGroup.GOVERNMENT),
    (re.compile(r"worker|travailleu|trabajador", re.I), SpeakerGroup.WORKERS),
    (re.compile(r"employer|employeu|empleador", re.I), SpeakerGroup.EMPLOYERS),
)
_OBSERVER = re.compile(r"observ(?:er|ateur|atrice|ador)", re.I)
_MEMBER = re.compile(r"\b(?:members?|membres?|miembros?)\b", re.I)
_REPRESENTATIVE = re.compile(r"representative|représentant|representante", re.I)


def _section_at(line: Line) -> str | None:
    return next((label for label, pattern in SECTIONS if pattern.match(line.text)), None)


def _scoped(pattern: re.Pattern[str]) -> str:
    return f"(?i:{pattern.pattern})" if pattern.flags & re.I else f"(?:{pattern.pattern})"


# A line opening with a section's heading or a turn's label: the section patterns and the turn's in one
# alternation, each with its own flags, so that a line is tried once where it was tried once per pattern
_RECORD_LINE = re.compile("|".join(_scoped(p) for p in (*(p for _, p in SECTIONS), TURN)))


def is_ilo_record(text: str) -> bool:
    lines = split_lines(text)
    return sum(1 for line in lines if _RECORD_LINE.match(line.text)) >= 2


def speaker_of(label: str, country: str | None) -> tuple[SpeakerGroup, str | None]:
    """The group of a turn label, and the ISO3 country a member speaks for."""
    head = label.split(",")[0]
    if _OBSERVER.match(head):
        return SpeakerGroup.OBSERVER, None
    group = next((g for pattern, g in _GROUPS if pattern.search(head)), SpeakerGroup.OTHER)
    tail = label.split(",", 1)[1].strip() if "," in label else ""
    if _MEMBER.search(head) and tail:
        return group, country_code(tail)
    if group is SpeakerGroup.GOVERNMENT and _REPRESENTATIVE.search(head):
        return group, country
    return group, None


def ilo_anatomy(text: str) -> tuple[list[Part], list[Statement]]:
    lines = split_lines(text)
    country = header_country(text)
    marks: list[tuple[int, str, str]] = []  # (line index, kind, label)
    for i, line in enumerate(lines):
        section = _section_at(line)
        turn = TURN.match(line.text)
        if section and len(line.text) < 80:
            marks.append((i, "section", section))
        elif turn:
            marks.append((i, "turn", turn.group("label").strip()))
    parts: list[Part] = []
    if marks:
        parts.append(Part("header", 0, lines[marks[0][0]].start))
        parts += [Part("reference", ln.start, ln.end) for ln in lines[: marks[0][0]] if _is_record_code(ln)]
    statements: list[Statement] = []
    sections = [m for m in marks if m[1] == "section"]
    for j, (i, kind, label) in enumerate(marks):
        nxt = marks[j + 1][0] if j + 1 < len(marks) else len(lines)
        if kind == "section":
            nxt_section = next((s[0] for s in sections if s[0] > i), len(lines))
            end = _last_text_end(lines, i, nxt_section)
            parts.append(Part("section", lines[i].start, end, label))
            statements += _section_statement(
                label, lines[i + 1].start if i + 1 < len(lines) else end, end, country
            )
            continue
        end = _last_text_end(lines, i, nxt)
        parts.append(Part("turn", lines[i].start, end, label))
        group, speaker_country = speaker_of(label, country)
        statements.append(Statement(label, group, lines[i].start, end, speaker_country))
    return parts, statements


def _last_text_end(lines: list[Line], lo: int, hi: int) -> int:
    """Where the last non-blank line of lines[lo:hi] ends."""
    return next((lines[k].end for k in range(hi - 1, lo - 1, -1) if lines[k].text), lines[lo].end)


# a supervisory record's code on a line of its own: "2019-XYZ-C087-En"
_RECORD_CODE = re.compile(r"^\d{4}-[A-Z]{3}-[CP]\d{3}-\w{2}$")


def _is_record_code(line: Line) -> bool:
    return bool(_RECORD_CODE.match(line.text))


def _section_statement(label: str, start: int, end: int, country: str | None) -> list[Statement]:
    if label == "conclusions":
        return [Statement("The Committee", SpeakerGroup.COMMITTEE, start, end)]
    if label == "written_information":
        return [Statement("Government", SpeakerGroup.GOVERNMENT, start, end, country)]
    return []
