"""Extraction compiles no pattern: names, acronyms, laws and trigger wordings found in a document are
matched without one."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

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

# run in a fresh interpreter, after letters of the same shape with other names: a fixed pattern written
# inline is compiled on its first use (re keeps it), a pattern built from a document's words would be
# compiled for the probe again
_PROBE = """
import json, re, re._compiler, re._parser, sys
from casewatch.extract.pipeline import extract
from casewatch.model import Text
*warm, probe = json.loads(sys.argv[1])
for text in warm:
    extract(Text(text, "text/plain"))
compiled = []
original = re._compiler.compile
def counting(pattern, flags=0):
    compiled.append(str(pattern))
    return original(pattern, flags)
re._compiler.compile = counting
parsed = []
original_parse = re._parser.parse
def parsing(pattern, flags=0, state=None):  # a pattern read for its openings or literals, uncompiled
    parsed.append(str(pattern)[:80])
    return original_parse(pattern, flags, state)
re._parser.parse = parsing
ext = extract(Text(probe, "text/plain"))
print(json.dumps({"compiled": compiled, "parsed": parsed, "names": sorted({m.text for m in ext.mentions})}))
"""


@pytest.mark.parametrize(
    ("union", "acr", "given", "surname"),
    [
        ("Confederation of Dock Workers of Velmora", "CDWV", "Arlen", "Tovesk"),
        ("Union of Glass Makers of Ostrand", "UGMO", "Mirela", "Pashvili"),
    ],
)
def test_extracting_a_new_document_compiles_no_pattern(
    union: str, acr: str, given: str, surname: str
) -> None:
    warm = [
        _LETTER.format(union="Federation of Salt Workers", acr="FSW", given="Odile", surname="Brankov"),
        _LETTER.format(union="Guild of Tin Miners of Rusk", acr="GTMR", given="Peder", surname="Aslund"),
    ]
    probe = _LETTER.format(union=union, acr=acr, given=given, surname=surname)
    run = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps([*warm, probe])], capture_output=True, text=True, check=True
    )
    result = json.loads(run.stdout)
    assert result["compiled"] == [] and result["parsed"] == []
    assert surname in result["names"] and acr in result["names"]  # the echo and the acronym were matched
