"""The document's own reference: a UN communication's code, the sender's reference line, an ILO record's
code, a CFA case, an NGO's appeal code, a note verbale's number."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from casewatch import vocab
from casewatch.extract.dates import find_dates
from casewatch.extract.gated import gated
from casewatch.model import Part

UN_REFERENCE = gated(r"\b(?:J?(?:AL|UA|OL))\s+([A-Z]{3})\s+\d{1,3}/(?:19|20)\d\d\b")
ILO_RECORD_CODE = gated(r"^\s*(\d{4}-[A-Z]{3}-[CP]\d{3}-\w{2})\s*$", re.M)
# A CFA case header line, in English, French, Spanish or Russian: "Cas no 4012 (Ruritanie) - ...", "Дело
# № 4012", or as a page template leaves it unfilled: "CASE_NUMBER 4012 (Ruritania) - COMPLAINT_DATE: ..."
CFA_CASE = gated(
    r"^[ \t]*(?:Case No\.?|Cas no|Caso núm\.|CASE_NUMBER|Дело №)\s*(\d{3,4})(?:\s*\(([^)\n]{3,60})\))?", re.M
)
_LABELLED_UN_CODE = gated(
    r"^\s*(?:Reference|Référence|Referencia)\s*:\s*([A-Z]{3}\s+\d{1,3}/(?:19|20)\d\d)\s*$", re.M
)
# An older communication prints its country code on a line of its own under a filing reference:
# "REFERENCE: AL G/SO 214 (67-17) ..." then "CMR 3/2013"
_CODE_LINE = gated(r"^[ \t]*([A-Z]{3})[ \t]+\d{1,3}/(?:19|20)\d\d[ \t]*$", re.M)
# ... or at the end of its filing reference line: "REFERENCE: UA Food (2000-9) G/SO 214 (53-24) CMR 3/2013"
_FILED_CODE = gated(
    r"^[ \t]*(?:REFERENCE|Référence|Referencia)\s*:[^\n]*?\b([A-Z]{3})[ \t]+\d{1,3}/(?:19|20)\d\d[ \t]*$",
    re.M,
)
_TYPED_LABEL = gated(r"^[ \t]*(?:REFERENCE|Référence|Referencia)\s*:\s*(J?(?:AL|UA|OL))\b", re.M)
# A reference line that runs on into the letter's place and date: "109/SC-X/02/2014 Bujumbura, le 01/08/2014"
_PLACE_DATE_TAIL = re.compile(
    r"\s{3,}.*$|\s+[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)*,\s*(?:le\s+|el\s+)?\d.*$"
)
# "with reference to the communication AL ..." cites another document's code, not this one's
_CITED = re.compile(
    r"(?:communication|comunicación|lettre|carta|letter|reference to|référence à|referencia a|your|dated?)"
    r"(?:\s+(?:conjointe|conjunta|urgente|d['’]allégation|de alegación))?\W*(?:No\.?|n°|núm\.)?\s*$",
    re.I,
)
_REF_LABEL = re.compile(
    r"^\s*(?:(?:REFERENCE|Ref(?:erence)?\.?|Our ref(?:erence)?\.?|Réf(?:érence)?\.?|N/Réf\.?"
    r"|(?:Nuestra )?Referencia|N/Ref\.?|Ссылка|Исх\.?)\s*:"
    # a circular's number is its code: "Head Office Circular No. AB/1/19" is "AB/1/19"
    r"|(?:[A-Z][\w'’]*[ \t]+){0,3}(?:Circular|Circulaire|Cir\.?)[ \t]+(?:No\.?|N[°º]\.?|n[°º]|Number))\s*",
    re.I,
)
# A note verbale's own number on a line of its own near the top: "NV-OMGG-123-2021", "No. 02-11/245"
NOTE_NUMBER = re.compile(
    r"^[ \t#*]*(?:(?:Note(?: verbale)?|Nota(?: verbal)?|Ref(?:erence)?|Réf|No|N°|Nº|Nr|Núm)\.?\s*:?\s*){0,2}"
    r"(?P<code>(?=[\w./-]*\d)[A-Z0-9][\w.-]*[/-][\w./-]*\w)[ \t*]*$",
    re.M,
)
# Markdown marks in a reference line; the reader's own reference; a web or mail address
_MARKUP = re.compile(r"[*#]")
_YOUR_REF = re.compile(r"^(?:Your ref|Su referencia|V/R[ée]f)", re.I)
_WEB_OR_MAIL = re.compile(r"www\.|@|\.(?:org|com|int|ch)\b")


def reference(text: str, parts: Sequence[Part]) -> str | None:
    """The document's own reference: a UN code, the sender's reference, an ILO record code, a CFA case."""
    m = next(
        (
            m
            for m in UN_REFERENCE.finditer(text[:5000])
            if not _CITED.search(text[max(0, m.start() - 60) : m.start()])
        ),
        None,
    )
    if m:
        return " ".join(m.group(0).split())
    m = _LABELLED_UN_CODE.search(text[:3000])
    if m:  # an older communication's code, without its type: "Reference: TUR 5/2009"
        return " ".join(m.group(1).split())
    coded = _filed_code(text)
    if coded:
        return coded
    for part in parts:
        if part.kind == "reference":
            line = _MARKUP.sub("", text[part.start : part.end]).strip()
            if not _YOUR_REF.match(line):
                return _PLACE_DATE_TAIL.sub("", _REF_LABEL.sub("", line)).strip() or None
    m = ILO_RECORD_CODE.search(text[:5000])
    if m:
        return m.group(1)
    m = CFA_CASE.search(text[:3000])
    if m:
        return f"Case No. {m.group(1)}"
    m = _appeal_code().search(text[:1500])
    return " ".join(m.group(1).split()) if m else note_number(text)


@cache
def _appeal_code() -> re.Pattern[str]:
    """An NGO's urgent appeal code alone on its line near the top: "ABC 001 / 0231 / OBS 004"."""
    codes = "|".join(vocab.load("genres")["appeal_codes"])
    return re.compile(rf"^[ \t]*((?:{codes}))[ \t]*$", re.M)


def _filed_code(text: str) -> str | None:
    """A communication's code printed under its filing reference, with the type the label gives."""
    label = _TYPED_LABEL.search(text[:3000])
    code = _CODE_LINE.search(text, label.end(), label.end() + 400) if label else None
    if (
        label and not code
    ):  # ... or at the end of the label's own line: "REFERENCE: UA G/SO 214 ... ABC 5/2031"
        code = _LINE_END_CODE.match(text, label.end())
    if not label or not code or code.group(1) not in vocab.load("countries"):
        return None
    return f"{label.group(1)} {' '.join(code.group(0).split()[-2:])}"


_LINE_END_CODE = re.compile(r"[^\n]*?\b([A-Z]{3})[ \t]+\d{1,3}/(?:19|20)\d\d[ \t]*$", re.M)


# A release's serial with its day's date, as a wire numbers its releases: "002/090115" (release 2 of 9
# January 2015): a page's issue number, no reference a reply would cite
_RELEASE_SERIAL = re.compile(r"\d{1,4}/(?P<day>[0-3]\d)(?P<month>[01]\d)\d\d")


def _release_serial(code: str) -> bool:
    m = _RELEASE_SERIAL.fullmatch(code)
    return m is not None and 1 <= int(m.group("day")) <= 31 and 1 <= int(m.group("month")) <= 12


def note_number(text: str) -> str | None:
    """A note number alone on a line among the first lines (not a date, not a web or mail address, not a
    release's serial)."""
    for m in NOTE_NUMBER.finditer(text[:1500]):
        code = m.group("code")
        if not find_dates(code) and not _WEB_OR_MAIL.search(code) and not _release_serial(code):
            return code
    return None
