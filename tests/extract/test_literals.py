"""Tests for the necessary-literal prefilter: it names what every match holds and never rules out a match."""

from __future__ import annotations

import re

import pytest

from casewatch.extract.literals import (
    alternation_matches,
    at_word_start,
    by_first_letter,
    case_forms,
    fold,
    in_lines,
    literal_index,
    literal_spans,
    may_match,
    necessary,
    trie,
    trie_not_after,
)
from casewatch.extract.openings import with_openings


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\bstrike\b", re.I, {"strike"}),
        (r"(?:was|were) (?:\w+ )?fined", re.I, {"fined"}),
        (r"(?:was|were) detained", re.I, {"was detained", "were detained"}),
        (r"(?<!un)lawful(?:ly)? dismissed", 0, {" dismissed"}),  # the longer of two runs
        (r"dismissed|fired", re.I, {"dismissed", "fired"}),
        (r"Union|Unions", 0, {"union"}),
        (r"\w+ised", re.I, {"ised"}),
        (r"(?:\w+ )?x", re.I, None),
        (r"picket|\d+", re.I, None),
        (r"Misión Permanente", re.I, {"misión permanente"}),  # accented letters lower as re does
        (r"Délégation|Делегация", re.I, {"délégation", "делегация"}),  # folding takes "ᲁ" for "д"
        (r"μεταφορά", re.I, {"τα"}),  # letters with a case twin lowering misses (μ, ε, φ, ρ) cut the run
    ],
)
def test_necessary_literals(pattern: str, flags: int, expected: set[str] | None) -> None:
    assert necessary(pattern, flags) == (None if expected is None else frozenset(expected))


@pytest.mark.parametrize(
    ("pattern", "text", "matches"),
    [
        (r"(?:was|were) detained", "They WERE Detained in Lima.", True),
        (r"(?:was|were) detained", "They were held in Lima.", False),
        (r"\bsei[sz]ed\b", "Police ſeized the files.", True),  # the long s is an s to re.IGNORECASE
        (r"\bdismissed\b", "The judge DİSMISSED it.", True),  # so is the dotted capital I an i
        (r"\bdismissed\b", "The judge dısmissed it.", True),  # and the dotless i
        (r"\bkilled\b", "They were \u212aILLED.", True),  # and the Kelvin sign a k
        (r"Постоянное представительство", "ПОСТОЯННОЕ ПРЕДСТАВИТЕЛЬСТВО", True),
        (r"Постоянное представительство", "Постоянное представительᲃтво", True),  # "ᲃ" is an "с"
        (r"Постоянное представительство", "Постоянная миссия", False),
        (r"Misión Permanente", "MISIÓN PERMANENTE", True),
    ],
)
def test_prefilter_never_rules_out_a_match(pattern: str, text: str, matches: bool) -> None:
    compiled = re.compile(pattern, re.I)
    assert bool(compiled.search(text)) is matches
    assert may_match(necessary(pattern, re.I), fold(text)) is matches


WORDS = ["june", "jun", "july", "jul", "janvier", "sept", "sep", "september", "may", "mayo", "мая", "май"]


@pytest.mark.parametrize(
    "text",
    ["On 3 Sept. 2019 and in Septembre", "JUNE or Jun, julyish", "mayor of Mayo", "5 мая, в мае, Май", ""],
)
def test_trie_matches_as_the_longest_first_alternation(text: str) -> None:
    flat = "|".join(sorted(WORDS, key=len, reverse=True))
    expected = [(m.span(), m.group(0)) for m in re.finditer(rf"\b(?:{flat})", text, re.I)]
    assert [(m.span(), m.group(0)) for m in re.finditer(rf"\b(?:{trie(WORDS)})", text, re.I)] == expected


@pytest.mark.parametrize(
    "text", ["Labour Code and labor law", "the ILO Convention", "Convenio sobre", "(x) law"]
)
def test_first_letter_groups_match_as_the_plain_alternation(text: str) -> None:
    branches = [
        ("l", "labou?r code"),
        ("c", "convenio"),
        ("l", "labou?r"),
        ("c", "convention"),
        ("(", r"\(x\)"),
    ]
    plain = "|".join(regex for _, regex in branches)
    expected = [m.span() for m in re.finditer(rf"(?:{plain})", text, re.I)]
    assert [m.span() for m in re.finditer(by_first_letter(branches), text, re.I)] == expected
    assert expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the union was registered", {0, 1, 3}),
        ("an appeal was lodged", {2, 3}),
        ("nothing here", {3}),
        ("registration refused", {0, 1, 3}),
    ],
)
def test_literal_index_passes_the_sets_present(text: str, expected: set[int]) -> None:
    sets = [frozenset({"regist"}), frozenset({"registered", "registration"}), frozenset({"appeal"}), None]
    index = literal_index(sets)
    assert index.passing(fold(text)) == expected
    assert {i for i, s in enumerate(sets) if may_match(s, fold(text))} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Aktobe Region\nthe Labour Code and\nNorth Coast Province, Lima District",
        "no area here\nnor here",
        "Region\n\nSan Isidro District",
    ],
)
@pytest.mark.parametrize("tried_at_openings", [False, True])
def test_in_lines_finds_what_finditer_finds(text: str, tried_at_openings: bool) -> None:
    pattern = re.compile(r"(?<![\w-])[A-Z]\w+(?: [A-Z]\w+)? (?:Region|Province|District)\b")
    cue = re.compile("Region|Province|District")
    expected = [m.span() for m in pattern.finditer(text)]
    finder = with_openings(cue) if tried_at_openings else cue  # a cue's openings find the same lines
    assert [m.span() for m in in_lines(pattern, text, finder)] == expected


@pytest.mark.parametrize(
    "text", ["The Constitution, Constitutional, theConstitution; (Constitution)", "Constitution"]
)
def test_at_word_start_is_a_word_boundary_then_the_literal(text: str) -> None:
    expected = [m.span() for m in re.finditer(r"\bConstitution", text)]
    assert [m.span() for m in re.finditer(at_word_start("Constitution"), text)] == expected


@pytest.mark.parametrize(
    ("literals", "text"),
    [
        (["CDWV", "CDW"], "The CDWV and CDW met; XCDW, CDW-a and CDWVs did not, CDW."),
        (["AA", "A"], "AAA AA A-A A_A"),
        (["Tovesk", "Tov"], "Tovesk, Tov.Tovesk Tov-esk Tovesk"),
        ([], "nothing to find"),
    ],
)
def test_literal_spans_match_as_the_alternation(literals: list[str], text: str) -> None:
    ordered = sorted(literals, key=len, reverse=True)
    alternation = "|".join(map(re.escape, ordered)) or "(?!)"
    expected = [m.span() for m in re.finditer(rf"(?<![\w-])(?:{alternation})(?![\w])", text)]
    found = list(literal_spans(text, ordered, re.compile(r"[\w-]"), re.compile(r"\w")))
    assert found == expected


def test_case_forms_are_what_ignorecase_equates_with_a_letter() -> None:
    chars = "".join(map(chr, range(0x10000)))
    for letter in "abcdefghijklmnopqrstuvwxyz0123456789":
        equated = set(re.findall(letter, chars, re.IGNORECASE))
        assert equated == set(case_forms(letter))


@pytest.mark.parametrize(
    "text",
    [
        "The Labour Code and the LABOUR LAW",
        "a labour act, la ley laboral, the Law",
        "Ķode, ſtatute, İnternal law",
    ],
)
def test_by_first_letter_for_ignorecase_matches_as_before(text: str) -> None:
    names = ["Labour Code", "labour law", "Law", "ley laboral", "statute", "internal law", "Act", "code"]
    branches = [(n[0], re.escape(n).replace(r"\ ", r"\s+")) for n in sorted(names, key=len, reverse=True)]
    plain = re.compile(rf"\b{by_first_letter(branches)}\b", re.I)
    spelt = re.compile(rf"\b{by_first_letter(branches, ignorecase=True)}\b", re.I)
    assert [m.span() for m in spelt.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert plain.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "Workers were arrested and detained; the union was dissolved, its leader arrested again.",
        "ARRESTED at dawn, then Detained-and-released: arrests, re-arrests, detentions.",
        "nothing happened here",
    ],
)
def test_alternation_matches_as_the_compiled_alternation(text: str) -> None:
    wordings = [r"\b(?:re-)?arrest(?:ed|s)?\b", r"\bdetain(?:ed)?\b", "detained-and-released"]
    wordings.append("(?<=s )dissolved")
    patterns = [re.compile(w, re.I) for w in wordings]
    alternation = re.compile("|".join(f"(?:{w})" for w in wordings), re.I)
    expected = [m.span() for m in alternation.finditer(text)]
    assert [m.span() for m in alternation_matches(patterns, text)] == expected


@pytest.mark.parametrize("chars", [r"\w.", r"\w-"])
@pytest.mark.parametrize(
    "text",
    [
        "Vrs. Tovan and Vrss Marek met Vr Ilse; xVrs, .Vrs, -Vrs (Vrs) Vrss.",
        "Qel-Brak, ]Qel ^Zo, Зар. and Зарина: Qel Qelo Zo",
        "V",
        "",
    ],
)
def test_trie_not_after_matches_as_the_look_behind_then_the_trie(chars: str, text: str) -> None:
    words = [
        "Vrss.",
        "Vrss",
        "Vrs.",
        "Vrs",
        "Vr",
        "V",
        "Qel-Brak",
        "Qelo",
        "Qel",
        "Zo",
        "Зарина",
        "Зар.",
        "]Qel",
        "^Zo",
    ]
    plain = re.compile(rf"(?<![{chars}])(?:{trie(words)})")
    written = re.compile(trie_not_after(chars, words))
    assert [m.span() for m in written.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    "text",
    ["THE Vrs and the vRS; xthe, THIS, ThAt Vr", "vrss. Vrs. tHe-said SAME", "present PRESENTLY ſaid"],
)
def test_trie_not_after_under_ignorecase_matches_as_the_look_behind_then_the_trie(text: str) -> None:
    """Under `re.IGNORECASE` two first letters' branches match at one position, in the trie's order."""
    words = ["The", "the", "This", "that", "said", "same", "Vrss.", "Vrs", "Vr", "present"]
    plain = re.compile(rf"(?<![\w])(?:{trie(words)})", re.IGNORECASE)
    written = re.compile(trie_not_after(r"\w", words), re.IGNORECASE)
    assert [m.span() for m in written.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert any(True for _ in written.finditer(text))  # the texts hold matches: the test reads something


@pytest.mark.parametrize(
    "text",
    [
        "the Harbour Act and the Ferry Act and the Quay Act\nno law here\nthe Dock Act",
        "Act Act Act\n\nthe Salt Code\nthe Mill Act and Act",
        "Act\nthe Bell Act\nthe Reed Code",
    ],
)
def test_in_lines_with_a_cue_many_times_a_line_finds_what_finditer_finds(text: str) -> None:
    """A compiled cue is looked for again after each line searched: the lines all its matches give."""
    pattern = re.compile(r"(?<=the )[A-Z]\w+ (?:Act|Code)\b")
    expected = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in in_lines(pattern, text, re.compile("Act|Code"))] == expected
    assert expected


@pytest.mark.parametrize(
    ("literals", "text"),
    [
        (["CDWV", "CDW", "CE"], "C C CE CDW CCDW CDWV-C ce CECE CE."),
        (["Tov", "Tara", "T"], "T Tt Tov Tara Tarara TTov tov T-T"),
        (["Lenn", "Lenn"], "Lenn Lennn Le Lenn"),
    ],
)
def test_literal_spans_try_only_where_a_literal_starts(literals: list[str], text: str) -> None:
    """Positions are found per literal, not per first letter: the same spans as the alternation."""
    ordered = sorted(literals, key=len, reverse=True)
    alternation = "|".join(map(re.escape, ordered))
    expected = [m.span() for m in re.finditer(rf"(?<![\w-])(?:{alternation})(?![\w])", text)]
    assert list(literal_spans(text, ordered, re.compile(r"[\w-]"), re.compile(r"\w"))) == expected
    assert expected
