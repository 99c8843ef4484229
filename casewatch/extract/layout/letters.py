"""A letter's anatomy: head blocks, date and reference lines, salutation, body, closing, signature."""

from __future__ import annotations

import re

from casewatch.extract.dates import find_dates
from casewatch.extract.layout.letter_marks import (
    ADDRESS_END,
    ADDRESSEE_CUE,
    ADDRESSEE_MARK,
    ANNEX,
    BOARD_LINE,
    CC,
    CLOSING,
    CONTACT,
    LIST_ITEM,
    MANDATES,
    MEMO_FIELD,
    MEMO_FROM,
    MEMO_TO,
    QUESTIONS_CUE,
    REFERENCE,
    SALUTATION,
    SIGNATURE_END,
    TITLE,
    is_date_line,
)
from casewatch.extract.layout.lines import Line, blocks, split_lines
from casewatch.extract.layout.signed_end import is_name, signed_end
from casewatch.model import Part


def _first(lines: list[Line], pattern: re.Pattern[str], lo: int, hi: int) -> int | None:
    return next((i for i in range(lo, hi) if len(lines[i].text) < 200 and pattern.match(lines[i].text)), None)


def _last(lines: list[Line], pattern: re.Pattern[str], lo: int, hi: int) -> int | None:
    return next((i for i in range(hi - 1, lo - 1, -1) if pattern.match(lines[i].text)), None)


_DIGIT = re.compile(r"\d")
_COLUMNS = re.compile(r"\S {3,}\S")


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
    # a date or reference line parts what is above it from what is below: a page's title over the date,
    # the address block under it, with no blank line between them
    runs: list[list[Line]] = [[]]
    in_cc = False
    memo = any(MEMO_FROM.match(line.text) for line in block)
    for line in block:
        kind = _line_kind(line)
        if memo and (field := _memo_field(line)):
            parts.append(field)
            runs.append([])
            continue
        if columns := _reference_and_date(line):
            parts += columns
            runs.append([])
            continue
        cc = CC.search(line.text)
        if in_cc:
            parts[-1] = Part("cc", parts[-1].start, line.end)
        elif cc and cc.start() == 0:
            in_cc = True
            parts.append(Part("cc", line.start, line.end))
        elif cc:
            offset = line.start + line.text.find(cc.group(0).strip())
            before = line.text[: cc.start()].strip()
            runs[-1].append(Line(line.start, line.start + len(before), before))
            parts.append(Part("cc", offset, line.end))
        elif kind:
            parts.append(Part(kind, line.start, line.end))
            runs.append([])
        elif dated := _sender_line(line):
            # the sender's line names the signer and the body: its date is the letter's
            parts += [Part("sender", line.start, dated.start), Part("date_line", dated.start, dated.end)]
            runs.append([])
        elif runs[-1] and _writer_over_mark(runs[-1][-1], line):
            # "Jane Doe, secrétaire générale," over "A" alone: the writer, the addressee's block below
            parts.append(Part("sender", runs[-1][-1].start, runs[-1][-1].end))
            runs[-1].pop()
            runs.append([])
        else:
            runs[-1].append(line)
    parts += [_run_part(run, previous) for run in _joined(runs) if run]
    return sorted(parts, key=lambda p: p.start)


_BARE_MARK = re.compile(r"(?:To|A|À|Al|Au|Aux|Para)[ \t]*:?", re.I)


def _writer_over_mark(above: Line, line: Line) -> bool:
    """A signer's "Name, role," line right over a line that is "A" or "To" alone."""
    name, comma, _ = above.text.partition(",")
    return bool(_BARE_MARK.fullmatch(line.text.strip()) and comma and is_name(name.strip()))


_GAP = re.compile(r"[ \t]{3,}")


def _reference_and_date(line: Line) -> list[Part] | None:
    """A reference and the date on one line, in two columns ("Cir. No. 12/2031        27th July, 2031")."""
    cells = _GAP.split(line.text.strip()) if "   " in line.text else []
    if len(cells) != 2 or not REFERENCE.match(cells[0]) or not is_date_line(Line(0, 0, cells[1])):
        return None
    at = line.start + line.text.rfind(cells[1])
    return [Part("reference", line.start, line.start + line.text.find(cells[0]) + len(cells[0])),
            Part("date_line", at, at + len(cells[1]))]  # fmt: skip


def _memo_field(line: Line) -> Part | None:
    """A memo's field line as a part of its own, its label cut off where it names a party: "From:" names
    the sender (the signer, or the body), "To:" the addressee, "Re:" the title."""
    for label, kind in ((MEMO_FROM, "sender"), (MEMO_TO, "addressee")):
        m = label.match(line.text)
        if m:
            return Part(kind, line.start + m.end(), line.end)
    if TITLE.match(line.text):
        return Part("title", line.start, line.end)
    return None


def _memo_head(lines: list[Line]) -> int | None:
    """Where a memo's head of labelled fields ends (the index of the line after it), if the document opens
    with one that has a "From:" field and one more: it stands for the head a greeting would close."""
    fields = [i for i, line in enumerate(lines[:12]) if MEMO_FIELD.match(line.text)]
    if len(fields) < 2 or not any(MEMO_FROM.match(lines[i].text) for i in fields):
        return None
    if any(line.text for line in lines[: fields[0]]):
        return None
    return fields[-1] + 1


def _joined(runs: list[list[Line]]) -> list[list[Line]]:
    """The runs a date line parts, kept whole when neither side alone reads as an address block."""
    kept = [run for run in runs if run]
    if len(kept) > 1 and not any(_head_kind(run, None) == "addressee" for run in kept):
        return [[line for run in kept for line in run]]
    return kept


def _run_part(run: list[Line], previous: str | None) -> Part:
    return Part(_head_kind(run, previous), run[0].start, run[-1].end)


_FIELD_DIGIT = re.compile(r"\d")


def _sender_line(line: Line) -> Line | None:
    """A sender's whole head on one line, dated at its end: "Jane Doe, General Secretary, Federation of X,
    FX, City, 3 May 2031". The date it ends with, as a line of its own, if it is one."""
    fields = line.text.split(",")
    if len(fields) < 4 or len(line.text) > 250 or _FIELD_DIGIT.search(fields[0]):
        return None
    # a date may hold a comma itself ("May 3, 2031"): its last two fields, or its last
    for n in (2, 1):
        tail = ",".join(fields[-n:]).strip()
        found = find_dates(tail)
        if found and len(tail) <= len(found[0].text) + 4 and len(fields) - n >= 3:  # "le 9 avril 2031"
            at = line.start + line.text.rfind(tail)
            return Line(at, at + len(tail), tail)
    return None


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
    # most bodies announce no questions: one search of the whole body rules out a search per line (the cue
    # holds no line break, so a line's match is one of the body)
    cued = QUESTIONS_CUE.search("\n".join(line.text for line in lines[lo:hi])) is not None
    for line in lines[lo:hi]:
        if cued and QUESTIONS_CUE.search(line.text):
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


def _salutation(lines: list[Line], first: int | None = None) -> int | None:
    """The greeting line. A title without a comma ("Monsieur le Ministre") may also head an address
    block: a punctuated greeting in the lines just after it is then the greeting. `first`: the first
    line a greeting pattern matches, when known."""
    sal = first if first is not None else _first(lines, SALUTATION, 0, len(lines))
    if sal is None:
        return _first(lines, ADDRESS_END, 0, min(len(lines), 30))
    if sal is None or lines[sal].text.rstrip()[-1:] in {",", ":", "!"}:
        return sal
    later = _first(lines, SALUTATION, sal + 1, min(len(lines), sal + 15))
    return later if later is not None and lines[later].text.rstrip()[-1:] in {",", ":", "!"} else sal


# A date glued to the greeting on one line, as text taken from a PDF often joins them:
# "31 January 2031  Excellency,"
_GLUED_GREETING = re.compile(r"^(?P<date>\S.{4,40}?)\s{2,}(?P<greeting>\S.{0,80})$")


_TOP_LINES = 200


def _unglued(text: str, lines: list[Line]) -> list[Line]:
    """The lines with a dated greeting cut in two: its date line, then its greeting."""
    out: list[Line] = []
    for line in lines:
        m = _GLUED_GREETING.match(line.text) if "  " in line.text and len(line.text) < 130 else None
        if m and SALUTATION.match(m.group("greeting")) and is_date_line(Line(0, 0, m.group("date"))):
            raw = text[line.start : line.end]
            at = raw.find(m.group("greeting"))
            out += [
                Line(line.start, line.start + len(raw[:at].rstrip()), m.group("date")),
                Line(line.start + at, line.end, m.group("greeting")),
            ]
            continue
        out.append(line)
    return out


def letter_parts(text: str) -> list[Part]:
    lines = split_lines(text)
    # a greeting is near the top: only there is a date glued to it looked for
    top = _first(lines, SALUTATION, 0, min(len(lines), _TOP_LINES))
    if top is None:
        lines = _unglued(text, lines[:_TOP_LINES]) + lines[_TOP_LINES:]
    n = len(lines)
    sal = _salutation(lines, top)  # a greeting found at the top is the first: it is not looked for again
    memo = _memo_head(lines) if sal is None else None
    body_start = sal + 1 if sal is not None else memo or 0
    annex = _first(lines, ANNEX, body_start, n)
    stop = annex if annex is not None else n
    closing = _last(lines, CLOSING, body_start, stop)
    head_end = sal if sal is not None else memo
    parts = _head_parts(lines, head_end) if head_end is not None else []
    if sal is not None:
        parts.append(Part("salutation", lines[sal].start, lines[sal].end))
    body_end = closing if closing is not None else stop
    parts += _body_parts(lines, body_start, body_end)
    if closing is not None:
        parts.append(Part("closing", lines[closing].start, lines[closing].end))
        parts += _signature_parts(lines, closing + 1, stop)
    elif memo is None:  # no courtesy formula: the signature, if any, closes the text itself
        parts += signed_end(lines[body_start:stop])
    if annex is not None:
        parts.append(Part("annex", lines[annex].start, len(text)))
    return sorted(parts, key=lambda p: (p.start, p.kind != "body"))
