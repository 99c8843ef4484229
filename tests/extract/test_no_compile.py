"""Extraction compiles no pattern: names, acronyms and laws found in a document are matched without one."""

from __future__ import annotations

import re
import re._compiler

import pytest

from casewatch.extract.pipeline import extract
from casewatch.model import Text

# invented letters of one shape with different names: a pattern built from a document's names would
# be compiled anew for the second
_LETTER = """Dear Sir,

We write on behalf of the {union} ({acr}). On 3 March 2024 {given} {surname}, President of the {acr},
was arrested in Velmora. Mr {surname} was released on 5 March 2024, but the {acr} offices were closed.
The National Labour Relations Act (NLRA) was invoked; the {acr} considers that NLRA section 12 was breached.
{surname} and the {acr} ask the Government to ensure that trade union rights are respected.

Yours faithfully,
{given} {surname}
"""


def _letter(union: str, acr: str, given: str, surname: str) -> Text:
    return Text(_LETTER.format(union=union, acr=acr, given=given, surname=surname), "text/plain")


@pytest.mark.parametrize(
    ("union", "acr", "given", "surname"),
    [
        ("Confederation of Dock Workers of Velmora", "CDWV", "Arlen", "Tovesk"),
        ("Union of Glass Makers of Ostrand", "UGMO", "Mirela", "Pashvili"),
    ],
)
def test_extracting_a_new_document_compiles_no_pattern(
    monkeypatch: pytest.MonkeyPatch, union: str, acr: str, given: str, surname: str
) -> None:
    extract(_letter("Federation of Salt Workers of Kerrin", "FSWK", "Odile", "Brankov"))  # warm the caches
    compiled: list[object] = []
    original = re._compiler.compile

    def counting(pattern: object, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return original(pattern, flags)  # type: ignore[no-any-return]

    monkeypatch.setattr(re._compiler, "compile", counting)
    ext = extract(_letter(union, acr, given, surname))
    assert compiled == []
    names = {m.text for m in ext.mentions}
    assert surname in names and acr in names  # the echo and the acronym were matched
