"""Document anatomy: split a letter or an ILO record into parts (letterhead, addressee, body ...), turns."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from casewatch.extract.layout.ilo import ilo_anatomy, is_ilo_record, speaker_of
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
    QUESTIONS_CUE,
    REFERENCE,
    SALUTATION,
    SIGNATURE_END,
    TITLE,
)
from casewatch.extract.layout.letters import is_date_line, letter_parts
from casewatch.extract.layout.lines import Line, blocks, clean, split_lines
from casewatch.extract.pipeline import step
from casewatch.model import Extraction, Text

__all__ = [
    "ADDRESSEE_CUE", "ADDRESSEE_MARK", "ADDRESS_END", "ANNEX", "BOARD_LINE", "CC", "CLOSING", "CONTACT",
    "LIST_ITEM", "MANDATES", "QUESTIONS_CUE", "REFERENCE", "SALUTATION", "SIGNATURE_END", "STEP", "TITLE",
    "Line", "blocks", "clean", "ilo_anatomy", "is_date_line", "is_ilo_record", "letter_parts", "speaker_of",
    "split_lines",
]  # fmt: skip


@step("layout", adds=["parts", "statements"])
def STEP(text: Text, ext: Extraction) -> Mapping[str, Any]:
    if is_ilo_record(text.text):
        parts, statements = ilo_anatomy(text.text)
        return {"parts": tuple(parts), "statements": tuple(statements)}
    return {"parts": tuple(letter_parts(text.text)), "statements": ()}
