from __future__ import annotations

import re

import pytest

from casewatch.extract.gated import gated

_PATTERNS = [
    re.compile(r"\b(?:arrested|detained|dismissed)\b", re.I),
    re.compile(r"(?<![\w-])(?:Law|Act|Code)\s+No\.\s*\d+"),
    re.compile(r"\b(?:in|of) \d+ (?:out )?of \d+ (?:countries|pays)", re.I),
    re.compile(r"[A-Z]{2,}"),  # no literal: every scan runs
    # more literals than a substring search each is worth: looked for by one automaton
    re.compile(
        r"\b(?:arrested|detained|dismissed|jailed|expelled|ſummoned|charged|fined|beaten|deported|exiled)\b",
        re.I,
    ),
]
_TEXTS = [
    "",
    "The leaders were ARRESTED on 3 May.",
    "Under Law No. 12 the union was dissolved; the Act No.4 followed.",
    "Workers were detained in 12 of 140 countries, DETAINED again in 3 OF 9 PAYS.",
    "Nothing of the kind here, nor any capitals.",
    "İstanbul: workers dismissed, ſo the union said (CSI).",
]


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("pattern", _PATTERNS, ids=lambda p: p.pattern[:20])
def test_gated_pattern_answers_as_its_pattern(pattern: re.Pattern[str], text: str) -> None:
    gate = gated(pattern)
    spans = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in gate.finditer(text)] == spans
    assert gate.findall(text) == pattern.findall(text)
    assert gate.sub("#", text) == pattern.sub("#", text)
    for pos in range(len(text) + 1):
        for endpos in (pos, (pos + len(text)) // 2 + 1, len(text)):
            found, expected = gate.search(text, pos, endpos), pattern.search(text, pos, endpos)
            assert (found and found.span()) == (expected and expected.span())
            assert [m.span() for m in gate.finditer(text, pos, endpos)] == [
                m.span() for m in pattern.finditer(text, pos, endpos)
            ]
        found, expected = gate.match_ahead(text, pos), pattern.match(text, pos)
        assert (found and found.span()) == (expected and expected.span())


def test_a_text_without_the_literals_is_not_scanned() -> None:
    gate = gated(re.compile(r"\b(?:arrested|detained)\b", re.I))
    assert gate.vain("The union held a congress.")
    assert not gate.vain("They were Detained.")
    assert gate.vain("They were Detained.", 0, 10)  # the literal lies past the end of the scan
    assert not gated(re.compile(r"[A-Z]{2,}")).vain("no capitals")  # no literal known: never vain


@pytest.mark.parametrize(
    ("text", "pos", "endpos", "vain"),
    [
        ("The union held a congress.", 0, 99, True),
        ("Two members were JAILED, one expelled.", 0, 99, False),
        ("Two members were JAILED, one expelled.", 0, 20, True),  # "jailed" runs past the scan's end
        ("Two members were JAILED, one expelled.", 18, 23, True),
        ("Two members were JAILED, one expelled.", 17, 23, False),
        ("Two members were JAILED, one expelled.", -9, 99, False),  # bounds read as a slice's
        ("Two members were JAILED, one expelled.", 30, 10, True),
    ],
)
def test_many_literals_are_looked_for_in_one_pass_within_the_scan(
    text: str, pos: int, endpos: int, vain: bool
) -> None:
    gate = gated(
        re.compile(
            r"\b(?:arrested|detained|dismissed|jailed|expelled|charged|fined|beaten|deported|exiled|sued)\b",
            re.I,
        )
    )
    assert gate.automaton is not None
    assert gate.vain(text, pos, endpos) is vain
    assert (gate.search(text, pos, endpos) is None) is (
        re.search(gate.pattern, text[pos:endpos], re.I) is None
    )


def test_a_lazy_run_before_its_words_is_tried_only_where_they_follow() -> None:
    dropped = gated(re.compile(r"[^.;]{0,60}?\b(?:was|were) (?:dropped|withdrawn)\b", re.I))
    text = "the charges against Ana Roe were DROPPED; the case against Jon Doe went on."
    assert dropped.match_ahead(text, 11) is not None
    assert dropped.match_ahead(text, 45) is None  # no "dropped" nor "withdrawn" after the second case
