"""Document anatomy: split a letter or an ILO record into parts (letterhead, addressee, body ...), turns."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from casewatch.extract.dates import find_dates
from casewatch.extract.metadata.fields import country_code, header_country
from casewatch.extract.pipeline import step
from casewatch.model import Extraction, Part, SpeakerGroup, Statement, Text


@dataclass(frozen=True)
class Line:
    """One line of the document: its offsets and its text without markdown marks."""

    start: int
    end: int
    text: str
    heading: bool = False


_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_HEADING_MARK = re.compile(r"^\s*#+\s*")


def clean(raw: str) -> str:
    """A line without markdown headings, emphasis and link targets."""
    # most lines hold neither a link nor a heading mark: the tests cost less than a substitution
    text = _LINK.sub(r"\1", raw) if "](" in raw else raw
    text = _HEADING_MARK.sub("", text) if "#" in text else text
    return text.replace("**", "").replace("__", "").strip()


def split_lines(text: str) -> list[Line]:
    lines, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        lines.append(Line(pos, pos + len(body), clean(body), body.lstrip().startswith("#")))
        pos += len(raw)
    return lines


def blocks(lines: list[Line]) -> Iterator[list[Line]]:
    """Runs of non-blank lines."""
    run: list[Line] = []
    for line in lines:
        if line.text:
            run.append(line)
        elif run:
            yield run
            run = []
    if run:
        yield run


# ---- letters ------------------------------------------------------------------------------

# "Monsieur le Président," greets; "Monsieur Jean Dupont" on an address line does not: French and
# Spanish salutations are told apart by their closing comma or colon.
SALUTATION = re.compile(
    r"^(?:(?:(?:Your |My )?Excellency|Dear\b.{0,60}|Hono(?:u)?rable\b.{0,60}[,:]|To whom it may concern"
    r"|Sir|Madam)\s*[,:]?"
    r"|(?:Monsieur|Madame|Mesdames|Messieurs|Señor|Señora|Estimad[oa]s?|Excelencia|Excellence"
    r"|Уважаем\w+)\b.{0,60}[,:!]|(?:Sr|Sra|Sres|Sras)\.[ \t].{0,70}[,:!]|Ваше [Пп]ревосходительство\s*[,:!]?"
    # an office greeted by its title, with or without a comma: "Madam High Commissioner,",
    # "Monsieur le Secrétaire Général" (an address line names a person: "Monsieur Jean Dupont")
    r"|(?:Madam|Mister|Mr\.?|Sir)[ \t]+(?:the[ \t]+)?(?:Vice[- ])?(?:President|Prime Minister|Minister"
    r"|High Commissioner|Ambassador|Secretary[- ]General|Director[- ]General|Chair\w*|Commissioner"
    r"|Governor|Speaker)\s*[,:]?"
    r"|(?:Monsieur|Madame)[ \t]+(?:le|la)[ \t]+[\w'’\- ]{3,50}?\s*[,:]?)$",
    re.I,
)
CLOSING = re.compile(
    r"^(?:Yours (?:faithfully|sincerely|truly)|(?:Very )?(?:Sincerely|Respectfully|Faithfully)(?: yours)?"
    r"|(?:With )?(?:best|kind|warm) regards|In solidarity|Fraternally|Cordialement|Atentamente"
    r"|Please accept.{0,120}(?:assurances?|consideration)|(?:Je vous prie|Veuillez) (?:d')?agréer"
    r"|Acepte.{0,80}consideración|С (?:глубоким )?уважением|Искренне (?:Ваш|ваш)"
    # the French and Spanish courtesy formula, often after a clause: "Dans l'attente, recevez ...",
    # "Vous en souhaitant bonne réception, je vous prie d'agréer ..."
    r"|(?:[^.\n]{0,80},\s*)?"
    r"(?:je vous prie d['’]agréer|veuillez (?:agréer|recevoir)|recevez|nous vous prions)"
    r"|Dans l['’]attente\b|(?:Salutations|Saludos) (?:syndicales|fraternelles|cordiales|solidari\w+)"
    r"|Fraternellement|Solidairement|Cordialmente|Fraternalmente|Un (?:cordial|fraternal) saludo)",
    re.I,
)
ANNEX = re.compile(r"^(?:Annex|Annexe|Anexo)\b", re.I)
MANDATES = re.compile(
    r"^(?:Mandates? of|Mandats? (?:du|de la|des)|Mandatos? (?:del|de la|de los)"
    r"|Мандаты? (?=Специальн|Рабоч|Независим))",
    re.I,
)
REFERENCE = re.compile(
    r"^(?:REFERENCE|Ref(?:erence)?\.?|Our ref(?:erence)?\.?|Your ref(?:erence)?\.?"
    r"|Réf(?:érence)?\.?|N/Réf\.?)\s*:"
    r"|^(?:J?(?:AL|UA|OL))\s+[A-Z]{3}\s+\d+/\d{4}$|^[A-Z]{2,}(?:/[A-Za-z0-9.\-]+)+$|^\d{4}-[A-Z]{3}-[CP]\d{3}-\w{2}$",
    re.I,
)
ADDRESSEE_MARK = re.compile(
    r"^(?:A la atención de|À l['’]attention de|(?:For the )?[Aa]ttention of"
    r"|Attn|Attention|To|A|À|By e-?mail|Sent by e-?mail(?: to)?|Via e-?mail|E-?mail"
    r"|By fax|Fax|Addressee)\b"
    r"\s*[:\-]?|^[\w.+\-]+@[\w\-]+\.[\w.\-]+$|^-\s*[\w.+\-]+@",
    re.I,
)
ADDRESSEE_CUE = re.compile(
    r"\b(?:Republic|Kingdom|Government|State|President|Minister|Ministry|Prime Minister) of\b"
    r"|\b(?:Présidente?|Premier ministre|Ministre|Gouvernement|République|Royaume)\s+(?:de|du|des|d['’])"
    r"|\b(?:President[ae]|Ministr[oa]|Gobierno|República|Reino)\s+(?:de|del)\b"
    r"|^(?:Mr\.?|Ms\.?|Mrs\.?|Mme\.?|M\.|H\.\s?E\.|S\.\s?E\.|His Excellency|Her Excellency|Son Excellence"
    r"|Hon\.|Prime Minister|Monsieur|Madame|Sr\.|Sra\.|Excm[oa]\.?|Señora?)\s"
    r"|^(?:Señora?|Señores|Doctora?)$"  # alone on its line over the name or office
    # a head of state or junta addressed by rank: "General Jane Doe" over "Chairman, National Council"
    r"|^(?:(?:Lieutenant |Major |Brigadier )?General|Colonel|Admiral|(?:Field )?Marshal|King|Queen|Emir"
    r"|Sheikh|Prince|Sultan)\s+(?!Secretary|Secretariat|Counsel|Director|Manager|Assembly|Council)"
    r"[A-ZÀ-Ý][\w'’\-]+\s+[A-ZÀ-Ý]"
    r"|^(?:To|À|A)\s+(?:His|Her|Son|Su)\s+(?:Excellency|Excellence|Excelencia)\b"
    # Russian addressees are in the dative: "Президенту Республики ...", "Министру труда ..."
    r"|^(?:Президенту|Премьер-министру|Министру|Генеральному (?:прокурору|секретарю|директору)|Председателю"
    r"|Главе|Губернатору|Мэру|Послу"
    r"|Господину|Госпоже|Г-ну|Г-же|Его Превосходительству|Ее Превосходительству)\b"
)
BOARD_LINE = re.compile(
    r"^(?:Vice-?\s?Presidents?|Treasurer|Deputy General Secretary|Honorary President|Board)\b[^:\n]{0,30}:",
    re.I,
)
_COLUMNS = re.compile(r"\S {3,}\S")
CC = re.compile(r"(?:^|\s)(?:cc|c\.c\.|copy to|copies to|copie à|(?:con )?copias?(?: a)?)\s*:", re.I)
TITLE = re.compile(r"^(?:Re|Subject|Objet|Asunto)\s*:", re.I)
LIST_ITEM = re.compile(r"^\s*(?:[-•*–]\s+|\(?\d{1,2}[.)]\s+|\(?[a-z][.)]\s+|[-•*]\s+\d{1,2}[.)]\s+)")
QUESTIONS_CUE = re.compile(
    r"following (?:matters|questions|points)|observations sur les points suivants", re.I
)
CONTACT = re.compile(r"^(?:Web(?:site)?|Tel|Tél|Phone|Telephone|www\.)\b", re.I)
# contact lines, or a rule line before a forwarded text, end a signature
SIGNATURE_END = re.compile(r"^(?:(?:Contact|Tel|Fax|Phone|Web|www\.)\b|[-=_*~]{4,})", re.I)


_DATE_LABEL = re.compile(r"^Date\s*:", re.I)


def is_date_line(line: Line) -> bool:
    if _DATE_LABEL.match(line.text):
        return bool(find_dates(line.text))
    found = find_dates(line.text)
    return bool(found) and len(line.text) <= len(found[0].text) + 30 and not LIST_ITEM.match(line.text)


def _first(lines: list[Line], pattern: re.Pattern[str], lo: int, hi: int) -> int | None:
    return next((i for i in range(lo, hi) if len(lines[i].text) < 200 and pattern.match(lines[i].text)), None)


def _last(lines: list[Line], pattern: re.Pattern[str], lo: int, hi: int) -> int | None:
    return next((i for i in range(hi - 1, lo - 1, -1) if pattern.match(lines[i].text)), None)


_DIGIT = re.compile(r"\d")


def _board(block: list[Line]) -> bool:
    """A letterhead's officers: "Treasurer: Name" lines, or titles over names in two columns (lines
    without digits: an address beside a date line is two columns too)."""
    columns = [line for line in block if _COLUMNS.search(line.text) and not _DIGIT.search(line.text)]
    return len(columns) >= 2 or any(BOARD_LINE.search(line.text) for line in block)


def _head_kind(block: list[Line], previous: str | None) -> str:
    first = block[0].text
    if MANDATES.match(first):
        return "mandates"
    if TITLE.match(first) or (len(block) == 1 and block[0].heading):
        return "title"
    if any(CONTACT.match(line.text) for line in block):
        return "letterhead"  # the sender's own contact lines
    if _board(block):
        return "letterhead"  # officers listed in columns or as "Treasurer: Name" are the sender's board
    if ADDRESSEE_MARK.match(first) or any(ADDRESSEE_CUE.search(line.text) for line in block):
        return "addressee"
    if previous == "marker":  # "Attn:" alone on its line, its block follows
        return "addressee"
    return "letterhead"


def _head_parts(lines: list[Line], end: int) -> list[Part]:
    parts: list[Part] = []
    previous: str | None = None
    for block in (part for whole in blocks(lines[:end]) for part in _at_mandates(whole)):
        parts.extend(_block_parts(block, previous))
        bare = len(block) == 1 and ADDRESSEE_MARK.fullmatch(block[0].text.rstrip(": "))
        previous = "marker" if bare else None
    return parts


def _at_mandates(block: list[Line]) -> list[list[Line]]:
    """A UN letterhead runs on into the mandates heading without a blank line: two blocks."""
    at = next((i for i, line in enumerate(block) if i and MANDATES.match(line.text)), None)
    return [block[:at], block[at:]] if at else [block]


def _block_parts(block: list[Line], previous: str | None) -> list[Part]:
    """Single-line kinds (date, reference, cc) are cut out of the block; the rest keeps the block's kind."""
    parts: list[Part] = []
    rest: list[Line] = []
    in_cc = False
    for line in block:
        kind = _line_kind(line)
        cc = CC.search(line.text)
        if in_cc:
            parts[-1] = Part("cc", parts[-1].start, line.end)
        elif cc and cc.start() == 0:
            in_cc = True
            parts.append(Part("cc", line.start, line.end))
        elif cc:
            offset = line.start + line.text.find(cc.group(0).strip())
            before = line.text[: cc.start()].strip()
            rest.append(Line(line.start, line.start + len(before), before))
            parts.append(Part("cc", offset, line.end))
        elif kind:
            parts.append(Part(kind, line.start, line.end))
        else:
            rest.append(line)
    if rest:
        kind = _head_kind(rest, previous)
        parts.append(Part(kind, rest[0].start, rest[-1].end))
    return sorted(parts, key=lambda p: p.start)


def _line_kind(line: Line) -> str | None:
    if MANDATES.match(line.text):
        return None
    if REFERENCE.match(line.text):
        return "reference"
    if is_date_line(line):
        return "date_line"
    return None


def _body_parts(lines: list[Line], lo: int, hi: int) -> list[Part]:
    if lo >= hi:
        return []
    parts = [Part("body", lines[lo].start, lines[hi - 1].end)]
    asking = False
    for line in lines[lo:hi]:
        if QUESTIONS_CUE.search(line.text):
            asking = True
        elif LIST_ITEM.match(line.text):
            parts.append(Part("questions" if asking else "list", line.start, line.end))
        elif line.text and asking:
            asking = False
    return parts


def _signature_parts(lines: list[Line], lo: int, hi: int) -> list[Part]:
    run = [line for line in lines[lo:hi] if line.text]
    stop = next((i for i, line in enumerate(run) if SIGNATURE_END.match(line.text)), len(run))
    run, cc = run[:stop], next((i for i, line in enumerate(run[:stop]) if CC.match(line.text)), None)
    # a copy line under the signature: its list runs to the next blank line
    end = next((ln for ln in lines[lines.index(run[cc]) :] if not ln.text), lines[-1]) if cc else None
    copies = [Part("cc", run[cc].start, end.start if end.text == "" else end.end)] if cc and end else []
    run = run[:cc] if cc else run
    return ([Part("signature", run[0].start, run[-1].end)] if run else []) + copies


# A Latin American letter may greet no one: its address block ends "Presente", "Despacho" or "E.S.D."
ADDRESS_END = re.compile(r"^(?:Presente|Despacho|E\.?\s?S\.?\s?D\.?|Ciudad)\.?$", re.I)


def _salutation(lines: list[Line]) -> int | None:
    """The greeting line. A title without a comma ("Monsieur le Ministre") may also head an address
    block: a punctuated greeting in the lines just after it is then the greeting."""
    sal = _first(lines, SALUTATION, 0, len(lines))
    if sal is None:
        return _first(lines, ADDRESS_END, 0, min(len(lines), 30))
    if sal is None or lines[sal].text.rstrip()[-1:] in {",", ":", "!"}:
        return sal
    later = _first(lines, SALUTATION, sal + 1, min(len(lines), sal + 15))
    return later if later is not None and lines[later].text.rstrip()[-1:] in {",", ":", "!"} else sal


def letter_parts(text: str) -> list[Part]:
    lines = split_lines(text)
    n = len(lines)
    sal = _salutation(lines)
    body_start = sal + 1 if sal is not None else 0
    annex = _first(lines, ANNEX, body_start, n)
    stop = annex if annex is not None else n
    closing = _last(lines, CLOSING, body_start, stop)
    parts = _head_parts(lines, sal) if sal is not None else []
    if sal is not None:
        parts.append(Part("salutation", lines[sal].start, lines[sal].end))
    body_end = closing if closing is not None else stop
    parts += _body_parts(lines, body_start, body_end)
    if closing is not None:
        parts.append(Part("closing", lines[closing].start, lines[closing].end))
        parts += _signature_parts(lines, closing + 1, stop)
    if annex is not None:
        parts.append(Part("annex", lines[annex].start, len(text)))
    return sorted(parts, key=lambda p: (p.start, p.kind != "body"))


# ---- ILO records ----------------------------------------------------------------------------

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
TURN = re.compile(
    r"^(?:Interpretation from [A-Z]\w+\s*:\s*)?"
    r"(?P<label>(?P<who>Government|Worker|Employer)s?\s+(?:members?|representatives?|delegates?)"
    r"(?:\s*,\s*[^–—\n]{1,160}?)?|Observers?\s*,\s*[^–—\n]{1,160}?|(?:The )?(?:Chairperson|Chair|Reporter))"
    r"\s*(?:[–—]| - )\s*"
)
_GROUPS = {
    "government": SpeakerGroup.GOVERNMENT,
    "worker": SpeakerGroup.WORKERS,
    "employer": SpeakerGroup.EMPLOYERS,
}


def _section_at(line: Line) -> str | None:
    return next((label for label, pattern in SECTIONS if pattern.match(line.text)), None)


def is_ilo_record(text: str) -> bool:
    lines = split_lines(text)
    return sum(1 for line in lines if _section_at(line) or TURN.match(line.text)) >= 2


def speaker_of(label: str, country: str | None) -> tuple[SpeakerGroup, str | None]:
    """The group of a turn label, and the ISO3 country a member speaks for."""
    head = label.split(",")[0].lower()
    if head.startswith("observer"):
        return SpeakerGroup.OBSERVER, None
    group = next((g for key, g in _GROUPS.items() if head.startswith(key)), SpeakerGroup.OTHER)
    tail = label.split(",", 1)[1].strip() if "," in label else ""
    if "member" in head and tail:
        return group, country_code(tail)
    if group is SpeakerGroup.GOVERNMENT and "representative" in head:
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


@step("layout", adds=["parts", "statements"])
def STEP(text: Text, ext: Extraction) -> Mapping[str, Any]:
    if is_ilo_record(text.text):
        parts, statements = ilo_anatomy(text.text)
        return {"parts": tuple(parts), "statements": tuple(statements)}
    return {"parts": tuple(letter_parts(text.text)), "statements": ()}
