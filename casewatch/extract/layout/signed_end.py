"""A statement that greets no one but ends signed: its place and date line, then its signer's title and name.

A union's communiqué or an open statement often has no greeting and no courtesy formula, yet closes as a
letter does: "Done at <city>, <date>" (or "<city>, <date>"), the signer's office on one line and the
signer's name on the next (or the name over the office). Those last lines are its signature and its date.
"""

from __future__ import annotations

import re
from functools import cache

from casewatch import vocab
from casewatch.extract.layout.letter_marks import is_date_line
from casewatch.extract.layout.lines import Line
from casewatch.model import Part

# An office a signer holds, alone on its line: "Le Secrétaire Général Confédéral", "General Secretary",
# "Presidenta", "Председатель"; with its article, the line names the office and no person
_ARTICLE = r"(?:Le|La|El|The|O|A|Pour le|Pour la|For the|Por el|Por la)\s+"
_OFFICE = (
    r"(?:(?:Vice|Deputy|Co|Sous|Sub)[- ]?)?(?:(?:General|National|Executive|Acting)\s+)?"
    r"(?:Secr[ée]taires?|Secretari[oa]s?|Secretary|Secretário|Secretária|Présidente?|President[ae]|President"
    r"|Chair(?:person|man|woman)?|Coordinat(?:or|ora|eur|rice)|Coordonnat(?:eur|rice)|Directora?|Directeur"
    r"|Directrice|Treasurer|Tr[ée]sori(?:er|ère)|Tesorer[oa]|Председатель|Генеральный секретарь|Секретарь"
    r"|Руководитель)\b[^\n.;:]{0,70}$"
)
OFFICE_LINE = re.compile(rf"^\W*(?:{_ARTICLE})?{_OFFICE}", re.I)
OFFICE_ALONE = re.compile(rf"^\W*{_ARTICLE}{_OFFICE}", re.I)
# An office with the unit it is held in before it: "Circle Secretary", "District Vice President"
OFFICE_CELL = re.compile(rf"^\W*(?:[A-ZÀ-Ý][\w'’-]+[ \t]+){{1,2}}(?i:{_OFFICE})")
# An office's title and nothing else, as a signature gives it under the name ("Secretary General.")
TITLE_ONLY = re.compile(
    r"^(?:(?:Vice|Deputy|Assistant|Joint|Acting)[- ])?(?:(?:General|National|Executive)\s+)?"
    r"(?:Secretary|President|Treasurer|Chair(?:person|man|woman)?|Director|Coordinator|Secr[ée]taire"
    r"|Pr[ée]sidente?|Tr[ée]sori(?:er|ère)|Secretari[oa]|President[ae]|Tesorer[oa])"
    r"(?:[- ]General|\s+g[ée]n[ée]ral[ea]?)?\.?$",
    re.I,
)
# Signers side by side sign over their offices side by side, a gap of columns between the cells
_COLUMN_GAP = re.compile(r" {3,}|\t+")
# "Done at Geneva, 3 May 2031", "Fait à Abidjan, le 15 mai 2023", "Hecho en Lima, el 2 de junio de 2031"
DONE_AT = re.compile(r"^\s*(?:Done|Signed|Fait|Hecho|Dado|Feito)\b[^\n]{0,60}?\d", re.I)
_TAIL = 4
# A name alone on its line: two to five capitalised words ("Ondo Marcel Kaffi", "KAFFI Ondo", "(J. Doe)"),
# no office
_NAME_LINE = re.compile(r"^\(?[A-ZÀ-ÝА-ЯЁ][\w'’.\-]+(?:[ \t]+[A-ZÀ-ÝА-ЯЁ][\w'’.\-]+){1,4}\)?$")


@cache
def _footer() -> re.Pattern[str]:
    return re.compile(rf"^\W*(?:{'|'.join(vocab.load('genres')['comment_footers'])})\W*$", re.I)


def office_line(text: str) -> bool:
    """A line giving a signer's office, or the offices of signers side by side ("Circle President,   Circle
    Secretary")."""
    cells = [cell for cell in _COLUMN_GAP.split(text.strip()) if cell]
    return bool(cells) and all(OFFICE_LINE.match(cell) or OFFICE_CELL.match(cell) for cell in cells)


def _name_line(line: Line) -> bool:
    return is_name(line.text)


def is_name(text: str) -> bool:
    """A person's name alone: capitalised words, no office."""
    return bool(_NAME_LINE.match(text)) and not OFFICE_LINE.match(text)


def _name_and_office(line: Line) -> bool:
    """A signer's line giving the name, then the office after a comma ("Jane Doe, Secretaria General")."""
    name, comma, office = line.text.partition(",")
    return bool(comma) and is_name(name.strip()) and office_line(office.strip(" ,."))


def _signed_with_offices(lines: list[Line], tail: list[int]) -> list[Part]:
    """The "Name, office" lines that close the page, one a signer, the date line just above them."""
    run: list[int] = []
    for i in reversed(tail):
        if not _name_and_office(lines[i]):
            break
        run.insert(0, i)
    if not run:
        return []
    parts = [Part("signature", lines[run[0]].start, lines[run[-1]].end)]
    above = next((j for j in reversed(tail) if j < run[0]), None)
    if above is not None and _dated(lines[above]):
        parts.insert(0, Part("date_line", lines[above].start, lines[above].end))
    return parts


def signed_end(lines: list[Line]) -> list[Part]:
    """The signature (office and name lines) among the last lines, and the date line just above it."""
    # a blog's comment prompts under the post are no part of its end
    own = [i for i, line in enumerate(lines) if line.text and not _footer().match(line.text)]
    tail = own[-_TAIL:]
    for i in reversed(tail):
        if not _name_line(lines[i]):
            continue
        block = _office_beside(lines, tail, i)
        if block is None:
            continue
        lo, hi = block
        parts = [Part("signature", lines[lo].start, lines[hi].end)]
        above = next((j for j in reversed(tail) if j < lo), None)
        if above is not None and _dated(lines[above]):
            parts.insert(0, Part("date_line", lines[above].start, lines[above].end))
        return parts
    return _signed_with_offices(lines, tail)


def _office_beside(lines: list[Line], tail: list[int], name: int) -> tuple[int, int] | None:
    """The signature's first and last lines: the name with the office line just above or just below it."""
    at = tail.index(name)
    if at > 0 and office_line(lines[tail[at - 1]].text):
        # "Jane Doe / Presidente / Arden Union": the signer over the office, the body's name under it
        signer = at > 1 and _name_line(lines[tail[at - 2]])
        return (tail[at - 2] if signer else tail[at - 1]), name
    below = at + 1
    while below < len(tail) and office_line(lines[tail[below]].text):
        below += 1  # an officer holding two offices signs with both ("General Secretary, X" over "..., Y")
    return (name, tail[below - 1]) if below > at + 1 else None


def _dated(line: Line) -> bool:
    return bool(DONE_AT.match(line.text)) or is_date_line(line)
