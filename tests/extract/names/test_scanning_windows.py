"""More scanning shortcuts of the name rules, each tried on invented texts: it finds what the plain scan
of its pattern finds (the same spans and groups, in the same order)."""

from __future__ import annotations

import re

import pytest

from casewatch.extract.names import (
    org_acronyms,
    org_cued,
    org_governments,
    org_romance,
    orgs,
    person_plural,
    persons,
)
from casewatch.extract.names.common import NAME_WORD, SP, words_not_after
from casewatch.extract.names.cued_lines import in_cued_lines
from casewatch.extract.openings import first_match, matches_from

TEXTS = [
    "The union's president Dara Venn (General Secretary) and Ilse Marr (treasurer) were detained.",
    "Tovan Marek (Chair), Jon Tarr (a member) (second bracket) and (no name) Lia Pell (Vice-Chair)",
    "An unclosed (bracket before Osk Rand (President) of the union\nRuo Dell\n(Secretary) spoke.",
    "The Government of Korvath and the government of Ardenia; los gobiernos, le Gouvernement de la Valdia",
    "ungoverned, Governo do Estado, the Governments of Korvath, Ardenia and Valdia, sub-government of X",
    "The FGTB/ABVV and CSC/ACV unions; 2019/2020; and/or A/B; UGT-A/CCOO on one line\nKVN/ORT",
    "MM. Tovan Marek et Jon Tarr; Messrs Dara Venn and Osk Rand; mm. nothing; Sres. Ruo Dell y Lia Pell",
    'the "Fair Wage for port workers" local trade union and “Harbour Hands” union; "x" union',
    "Workers at Kestrel Mining and the members of Korvath Dockers; workers of Ardenia; Unions at Velm",
    "the Kestrel Shoes factory, the Karta retail company, determine the Velm mines and Orto companies",
    "",
]


def spans(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", TEXTS)
def test_a_name_before_a_bracket_is_found_as_by_the_scan_of_its_line(text: str) -> None:
    pattern = persons._patterns()["bracketed_role"]
    with_roles = [m for m in pattern.finditer(text) if persons.is_role(m.group(2))]
    assert spans(persons._named_before_brackets(text)) == spans(with_roles)


@pytest.mark.parametrize("text", TEXTS)
def test_government_heads_tried_at_their_stems_are_those_of_the_scan(text: str) -> None:
    head = org_governments._HEAD
    assert spans(matches_from(head, text, org_governments._head_starts(text))) == spans(head.finditer(text))


@pytest.mark.parametrize("text", TEXTS)
def test_acronym_pairs_on_the_lines_holding_a_slash_are_those_of_the_scan(text: str) -> None:
    pair = org_acronyms._PAIR
    assert spans(in_cued_lines(pair, text, org_acronyms._SLASH)) == spans(pair.finditer(text))


@pytest.mark.parametrize("text", TEXTS)
def test_plural_honorifics_tried_at_their_openings_are_those_of_the_scan(text: str) -> None:
    found = person_plural._opened_by_plural_honorifics().finditer(text)
    assert spans(found) == spans(person_plural.PLURAL_HONORIFIC.finditer(text))


@pytest.mark.parametrize("text", TEXTS)
def test_quoted_unions_tried_at_quotes_are_those_of_the_scan(text: str) -> None:
    found = [f.text for f in orgs._quoted_unions(text)]
    assert found == [m.group(0) for m in orgs._QUOTED_UNION.finditer(text)]


_WORKPLACE_BEFORE = re.compile(
    r"(?<![\w-])(?:[Ww]orkers|[Ee]mployees|[Ss]taff|[Uu]nions?|[Ss]trikers?|[Bb]ranch|[Mm]embers|[Dd]ismissals"
    r"|[Dd]ockers|[Mm]iners|[Dd]rivers)"
)


@pytest.mark.parametrize("text", TEXTS)
def test_the_workforce_nouns_by_first_letter_match_as_behind_a_look_behind(text: str) -> None:
    nouns = words_not_after(r"\w-", [w for n in org_cued._WORKFORCE for w in (n.capitalize(), n)])
    rest = org_cued._WORKPLACE.pattern.removeprefix(nouns)
    assert rest != org_cued._WORKPLACE.pattern
    plain = re.compile(_WORKPLACE_BEFORE.pattern + rest)
    assert spans(org_cued._WORKPLACE.finditer(text)) == spans(plain.finditer(text))


@pytest.mark.parametrize("text", TEXTS)
def test_the_works_cue_holds_every_line_a_works_name_is_on(text: str) -> None:
    assert spans(in_cued_lines(org_cued._WORKS, text, org_cued._WORKS_CUE)) == spans(
        org_cued._WORKS.finditer(text)
    )


_CUED_TEXTS = [
    *TEXTS,
    "Tovan Marek, Ilse Varga and Jon Tarr signed; bread and butter\nDara Venn and Osk Rand\tand Lia Pell",
    "KM Rahman, Jalal Uddin and Ruo Dell; Ana Paz, Eva Roe,\u00a0and Tom Wu; cats and dogs and Mice",
    "A. Previous examination\nJ. R. Tarr and B.Venn met; U.N. staff; e.g. nothing",
    "the Port and Dock Services union, Velm Harbour federation, the trade union and\nKorvath Miners union",
]


@pytest.mark.parametrize("text", _CUED_TEXTS)
def test_lists_on_the_lines_saying_and_before_a_capital_are_those_said_with_and(text: str) -> None:
    pattern = persons._patterns()["list"]
    with_and = [m for m in pattern.finditer(text) if " and " in m.group(0) or "\tand" in m.group(0)]
    cued = [m for m in persons._matches("list", text) if " and " in m.group(0) or "\tand" in m.group(0)]
    assert spans(cued) == spans(with_and)


@pytest.mark.parametrize("text", _CUED_TEXTS)
def test_initials_on_the_lines_holding_a_capital_and_a_point_are_those_of_the_scan(text: str) -> None:
    assert spans(persons._matches("initials", text)) == spans(persons._patterns()["initials"].finditer(text))


@pytest.mark.parametrize("text", _CUED_TEXTS)
def test_lower_case_heads_after_a_capitalised_word_are_those_of_the_scan(text: str) -> None:
    pattern, cue = orgs._lowercase_headed_pattern()
    assert spans(in_cued_lines(pattern, text, cue)) == spans(pattern.finditer(text))


@pytest.mark.parametrize(
    "text",
    [*_CUED_TEXTS, "the union met; the Velm union and the Dock union\nthe federation, Korvath council"],
)
def test_lower_case_headed_names_are_those_of_every_match_of_the_scan(text: str) -> None:
    pattern, _ = orgs._lowercase_headed_pattern()
    every = [f for m in pattern.finditer(text) if (f := orgs._headed(text, m))]
    assert list(orgs._lowercase_headed(text)) == every


@pytest.mark.parametrize(
    "text",
    [
        *TEXTS,
        "workers\u00a0at Kestrel Mining and staff of Velm; nothing of note",
        "workers\u00a0at Kestrel Mining\nthe staff\tat Orto Foods",
    ],
)
def test_workplaces_at_their_nouns_are_those_of_the_lines_saying_at_or_of(text: str) -> None:
    rules = org_cued._opened_by_cues()
    at_nouns = [m for m in rules.finditer(text, 4) if org_cued._on_a_line_saying_at_or_of(text, m)]
    assert spans(at_nouns) == spans(in_cued_lines(org_cued._WORKPLACE, text, org_cued._AT))


@pytest.mark.parametrize(
    "text",
    [
        "el Sindicato Nacional de Trabajadores de Valdor y la Confédération générale du travail (CGT)",
        "le ministère a refusé; el ministerio del Interior, la Superintendencia de Puertos\ny el SINDICATO",
        "Union des syndicats du bois, de la chimie et des mines; unions; Unión",
        "",
    ],
)
def test_romance_heads_tried_at_their_openings_are_those_a_search_finds(text: str) -> None:
    heads = org_romance._opened_by_heads()
    starts = heads.starts(text)
    for pos in range(len(text) + 1):
        found, searched = first_match(heads, text, 0, starts, pos), heads.patterns[0].search(text, pos)
        assert (found and (found.span(), found.groups())) == (
            searched and (searched.span(), searched.groups())
        )


@pytest.mark.parametrize(
    "text",
    [
        "the United Steelworkers of Arden (USW) and the Korvath Dock Workers' Union (KDWU)",
        "ÉLODIE Varn of the FTU and Confederation of Labour (CL); TUC-Arden Branch (TAB)",
        "x (Y) AB CD (ABCD) - Ministry of Labour, Social Affairs and Health (MLSAH)",
    ],
)
def test_a_name_before_an_acronym_read_from_its_first_capital_is_that_of_the_plain_run(text: str) -> None:
    word = NAME_WORD
    plain = re.compile(
        rf"((?:{word}|[A-Z]{{2,}})(?:{SP}+(?:(?:of|for|and|the|on|in|de|des|du|la|del|y|et|&){SP}+)*"
        rf"(?:{word}|[A-Z]{{2,}})){{0,7}}){SP}*$"
    )
    for bracket in re.finditer(r"\(", text):
        for start in range(bracket.start() + 1):
            found = org_acronyms._NAME_RUN.search(text, start, bracket.start())
            expected = plain.search(text, start, bracket.start())
            assert (found and found.span(1)) == (expected and expected.span(1))
