"""Document anatomy: split a letter or an ILO record into parts (letterhead, addressee, body ...), turns."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from casewatch.extract.layout.ilo import ilo_anatomy, is_ilo_record
from casewatch.extract.layout.letters import letter_parts
from casewatch.extract.layout.lines import clean
from casewatch.extract.pipeline import step
from casewatch.model import Extraction, Text

__all__ = ["STEP", "clean", "ilo_anatomy", "is_ilo_record", "letter_parts"]


@step("layout", adds=["parts", "statements"])
def STEP(text: Text, ext: Extraction) -> Mapping[str, Any]:
    if is_ilo_record(text.text):
        parts, statements = ilo_anatomy(text.text)
        return {"parts": tuple(parts), "statements": tuple(statements)}
    return {"parts": tuple(letter_parts(text.text)), "statements": ()}
