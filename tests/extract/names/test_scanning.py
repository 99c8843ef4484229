"""Tests for the scanning shortcuts of the name rules: each finds what the plain pattern finds."""

from __future__ import annotations

import re

import pytest

from casewatch import vocab
from casewatch.extract.literals import literal_spans, starts_of_literals, trie, trie_not_after
from casewatch.extract.names import (
    org_acronyms,
    org_chains,
    org_companies,
    org_cued,
    org_governments,
    org_latin,
    orgs,
    person_base,
    person_caps,
    person_context,
    person_honorifics,
    persons,
)
from casewatch.extract.names.common import (
    CYRILLIC_BLOCKS,
    NAME_WORD,
    NAME_WORD_WHOLE,
    NOT_BEFORE_NAME,
    SP,
    find_countries,
    has_cyrillic,
    honorific_pattern,
    not_after,
    words_not_after,
)
from casewatch.extract.names.org_words import _LONE_ORG_WORD, ORG_WORD, chain_pattern
from casewatch.extract.names.person_base import ITEM

TEXTS = [
    "Tovan Marek met Ilse Varga-Brun in Korvath; d'Ana Pell and x.Jon Tarr did not.",
    "Ana Quispe (born 1975), Luis Rojas (45) and Eva Paz, aged 51, were detained.",
    "ÉLODIE Varn, Ølsen Brakk-Tey and O'Dara Finch signed;-Rik Molle,_Sten Varg.",
    "Marek Tovan",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("pattern", [NAME_WORD, ITEM, rf"({ITEM}),?[ \t]+and"])
def test_not_after_matches_as_the_look_behind_first(pattern: str, text: str) -> None:
    opened = pattern[1:] if pattern.startswith("(") else pattern
    plain = re.compile(rf"(?<![{NOT_BEFORE_NAME}]){pattern}")
    rewritten = re.compile(
        "(" + not_after(NOT_BEFORE_NAME, opened)
        if pattern.startswith("(")
        else not_after(NOT_BEFORE_NAME, pattern)
    )
    assert [m.group(0) for m in rewritten.finditer(text)] == [m.group(0) for m in plain.finditer(text)]


@pytest.mark.parametrize("pattern", [r"\d+", "[A-Z]+", "(?:Mr|Ms)"])
def test_not_after_refuses_a_pattern_not_opening_with_one_capital(pattern: str) -> None:
    with pytest.raises(ValueError, match="capital"):
        not_after(NOT_BEFORE_NAME, pattern)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Workers in Tuvalu and Andorra struck.", ["Tuvalu", "Andorra"]),
        ("NorthTuvalu, -Andorra and Andorran unions met in Tuvalu.", ["Tuvalu"]),
        ("Andorra", ["Andorra"]),
    ],
)
def test_countries_are_found_at_word_starts_only(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in find_countries(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Varn Teachers' Union and the 3rd Congress of the Brakk Miners’ Federation met.",
        "x3rd Ward, -Tey Union, 12th of Marsh, ٣rd Ring, O'Dara's Guild & Sons Ltd",
        "ÖLSEN BRAKK and Tovan",
        "",
    ],
)
def test_the_chain_pattern_matches_as_its_word_behind_a_look_behind(text: str) -> None:
    chain = chain_pattern()
    plain = re.compile(chain.pattern.replace(_LONE_ORG_WORD, rf"(?<![\w’'-]){ORG_WORD}", 1))
    assert plain.pattern != chain.pattern
    assert [m.span() for m in chain.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "qu'Yves TARVELLE et d’Anne MORVIC, l'ÉTAT x.JEAN PELL Y PELL, @ILSE VARG",
        "Signed: Tovan BRAKK-TEY\nO'DARA Finch, A-B C'D Marek Tovan-Ilse",
        "ÉLODIE VARN\nСЕРГЕЙ ТОВАН and DE LA PELL Marek",
        "",
    ],
)
def test_the_capitals_run_matches_as_its_look_behinds_first(text: str) -> None:
    plain = re.compile(
        rf"(?:(?<![\w.’'@/-])|{person_caps.ELIDED_BEFORE})((?:{person_caps._CAPS_WORD}|{NAME_WORD})"
        rf"(?:{SP}+(?:{person_caps._PARTICLE}{SP}+)?(?:{person_caps._CAPS_WORD}|{NAME_WORD})){{1,5}})"
        rf"(?![\w’'@/-]|\.\w)"
    )
    assert [m.span(1) for m in person_caps._RUN.finditer(text)] == [m.span(1) for m in plain.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "the Government of Tuvalu and the gobierno de la Andorra, xGovernment of, -gouvernement du",
        "Governments of the Tuvalu; governo do Andorra; Gouvernement d’Andorre",
        "",
    ],
)
def test_the_government_head_matches_as_its_look_behind_first(text: str) -> None:
    plain = re.compile(
        rf"(?<![\w-])(?P<head>[Gg]overnment|[Gg]obierno|[Gg]ouvernement|[Gg]overno)s?{SP}+"
        rf"(?P<prep>of(?:{SP}+the)?|de(?:{SP}+la|{SP}+los)?|del|du|des|d[’']|do|da)(?:{SP}+|(?<=[’']))"
    )
    assert [m.span() for m in org_governments._HEAD.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Tovan Marek, Ilse Varga and KM Pell signed; xTovan Marek and Eva Brakk did not.",
        "JT Morvic and Ana Tarvelle, Sten Varg and .Rik Molle",
        "",
    ],
)
def test_the_name_list_matches_as_its_look_behind_first(text: str) -> None:
    sep = r"(?:,[ \t\u00a0]+|,?[ \t\u00a0]+and[ \t\u00a0]+)"
    plain = re.compile(rf"(?<![\w.])({persons._LIST_ITEM})((?:{sep}{persons._LIST_ITEM})+)")
    assert [m.span() for m in persons._patterns()["list"].finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "the Act No. 41/2009 on the Varn Teachers' Union and the Decree of 1998 concerning Brakk Guilds",
        "Regulations relating to\nPort Workers; the Code on  Tovan Federation, a union to Marek",
        "",
    ],
)
def test_a_law_title_before_a_chain_is_found_as_by_its_pattern(text: str) -> None:
    for start in range(len(text) + 1):
        plain = org_chains._LAW_SUBJECT.search(text, max(0, start - org_chains.LAW_SUBJECT_REACH), start)
        assert org_chains._after_a_law_title(text, start) == (plain is not None)


CUED_TEXTS = [
    "The company Veltrax, members of Union Nova and the president of Sindicato Arvel spoke.",
    "The bakers' union, Pan Comun Obrero, said that the leader of Korvath Metal and the founder of Ilsa "
    "Workers were held; afiliados a Solidez Textil and adhérents du Front Varmi joined.",
    "MEMBERS OF\nLine Two and the empresa estatal Petral; the union,\tnot here; ",
]


@pytest.mark.parametrize("text", CUED_TEXTS)
def test_rules_opened_by_cues_find_what_their_patterns_find(text: str) -> None:
    """The cued rules, tried only where one of their openings starts, find what a full scan finds."""
    rules = org_cued._opened_by_cues()
    for i, pattern in enumerate(rules.patterns):
        assert [m.span() for m in rules.finditer(text, i)] == [m.span() for m in pattern.finditer(text)]
    acts = person_context._opened_by_acts()
    assert [m.span() for m in acts.finditer(text)] == [m.span() for m in acts.patterns[0].finditer(text)]
    assert any(next(rules.finditer(text, i), None) for i in range(4))  # the test reads a match


WHOLE_TEXTS = [
    "Tovan Marek, secretary of the union, and Ilse Varga-Brun (Chair) met O'Dara McFinch – a lawyer.",
    "Ana Quispe (born 1975), Luis del Rojas and Eva Paz, aged 51, were detained; Hassan al-Varn, 40.",
    "MarekTovan, AnaB Quispe, Jo'Dar Pell-, Sten VARG, Rik Mo2lle, Ölsen Brakk-Tey (secrétaire général)",
    "Ilse Varga",
    "",
]


@pytest.mark.parametrize("text", WHOLE_TEXTS)
@pytest.mark.parametrize(
    "follower",
    [r"(?:,|[ \t]+[–—-])[ \t]+", r"[ \t]*\(([^()\n]{1,60})\)", r"(?![\w’'-])", r",?[ \t]+and[ \t]+", ""],
)
def test_names_taken_whole_match_as_names_given_back(follower: str, text: str) -> None:
    """Where no letter, apostrophe or hyphen follows a name, its words taken whole find the same."""
    whole = re.compile(rf"(?<![\w.])({person_base.ITEM_WHOLE}){follower}")
    plain = re.compile(rf"(?<![\w.])({ITEM}){follower}")
    assert [m.span(1) for m in whole.finditer(text)] == [m.span(1) for m in plain.finditer(text)]
    word = re.compile(rf"(?<![\w.])({NAME_WORD_WHOLE}){follower}")
    assert [m.span(1) for m in word.finditer(text)] == [
        m.span(1) for m in re.finditer(rf"(?<![\w.])({NAME_WORD}){follower}", text)
    ]


WORDS = ["Sr", "Sra", "Sres", "Dr", "Mr", "Mrs", "Ms", "M", "señor", "г-н", "Tovan", "Tov"]


@pytest.mark.parametrize(
    "text",
    [
        "Sra Pell, Sres Varn and Mrs Tovan met Dr. Tov; xMr Pell, .Ms Varn, M Tovanek",
        "señor Brakk y г-н Тован; Sr\nSra-Sres Tovan Tov Mrs. Ms",
        "Dr",
        "",
    ],
)
def test_words_not_after_matches_as_the_trie_behind_a_look_behind(text: str) -> None:
    dispatched = re.compile(words_not_after(r"\w.", WORDS) + r"\.?")
    tried = re.compile(trie_not_after(r"\w.", WORDS) + r"\.?")
    spans = [m.span() for m in dispatched.finditer(text)]
    assert spans == [m.span() for m in tried.finditer(text)]
    assert bool(spans) == bool(text)  # every text but the empty one names someone


@pytest.mark.parametrize(
    "text",
    [
        "the VTU/UTV and the ÉTAT/CGV, x-AB/CD, xAB/CD, /AB/CD, AB/CD/EF",
        "ТФП/ФПТ joined; ABCDEFGHI/AB and AB/ABCDEFGHI; AB/CD-EF; AB/cd",
        "VTU/UTV",
        "",
    ],
)
def test_the_acronym_pair_matches_as_its_look_behind_first(text: str) -> None:
    plain = re.compile(r"(?<![\w/-])([A-ZА-ЯЁ]{2,8})/([A-ZА-ЯЁ]{2,8})(?![\w/-])")
    assert [m.groups() for m in org_acronyms._PAIR.finditer(text)] == [
        m.groups() for m in plain.finditer(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Mining Ltd, Varn & Tey Holdings, S.A. and Brakk-Tey de Norte LLC signed",
        "ABCDEFGHIJ Ltd, AT&T Corp, O'Dara's Foods Inc and McVarn Logistics Ltd.",
        "Lácteos Sur, S.A. de C.V. and JSC «Varn Steel»",
        "ТОО «Сункар», АҚ «Тарвен», x-JSC «Tey» and OJSC “Brakk”; aLLC «No»",
        "",
    ],
)
def test_the_company_pattern_matches_as_its_plain_form_with_words_given_back(text: str) -> None:
    plain = org_companies.plain_pattern()
    given_back = re.compile(
        plain.replace(org_companies._COMPANY_WORD, rf"(?:{NAME_WORD}|[A-Z][A-Z&]{{1,7}})")
    )
    assert given_back.pattern != plain
    found = [
        (m.span(), text[m.start() : m.end(1)] if m.group(1) is not None else None)
        for m in org_companies._pattern().finditer(text)
    ]
    assert found == [(m.span(), m.group(1)) for m in given_back.finditer(text)]


def test_every_letter_the_cyrillic_count_reads_lies_in_the_blocks_tested_first() -> None:
    counted = [chr(i) for i in range(0x110000) if org_latin._CYRILLIC.match(chr(i))]
    assert "Ж" in counted and "ж" in counted and "z" not in counted
    assert all(CYRILLIC_BLOCKS.match(c) for c in counted)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tovan Marek", False),
        ("Марек Тован", True),
        ("Tovan (Тован)", True),
        ("Tovan\u1c80", True),
        ("", False),
    ],
)
def test_a_text_has_cyrillic_letters_when_one_is_in_the_blocks(text: str, expected: bool) -> None:
    assert has_cyrillic(text) is expected


def test_the_russian_heads_are_cyrillic_words() -> None:
    stems = vocab.load("org_heads")["cyrillic_heads"]
    assert stems and all(CYRILLIC_BLOCKS.match(s[0]) for s in stems)


# the rule as one alternation whose branches open with a word boundary: tried at every position
_NAME_BEFORE_PLAIN = re.compile(
    r"(?:\b(?:[Tt]he|[Ll]a|[Ll]e|[Ee]l|[Dd]el|[Dd]u|[Aa]l|[Dd]e|[Dd]es)|\b[Ll][’']|"
    r"\b(?:confédération|confederación|federation|fédération|federación|union|unión|syndicat|sindicato|"
    r"centrale|central|профсоюз|профсоюза|союз|федерация|конфедерация)"
    r"|\b(?:[Mm]embers?|[Aa]ctivists|[Aa]ffiliates|[Mm]ilitant(?:e)?s|[Ss]yndicalistes|[Aa]dhérents|[Mm]embres"
    r"|[Mm]iembros|[Aa]filiados|[Aa]ctivistas|[Dd]éputée?|[Dd]iputad[oa]|[Ss]énat(?:eur|rice)|[Ss]enator)"
    r"|\b(?:convened|organi[sz]ed|mediated|brokered|backed|called|led|chaired|hosted|sponsored)"
    r"(?:[ \t\u00a0]+[a-z]+)?[ \t\u00a0]+by"
    r"|\)[ \t\u00a0]*(?:,|y|and|et|e|и)"
    r"|\b(?:organi[sz]ations|organizaciones|federations|federaciones|fédérations|confederations|confederaciones"
    r"|centrales|sindicatos|syndicats)(?:[ \t\u00a0]+[a-zà-ÿ]+)?"
    r")[ \t\u00a0]*$"
)


@pytest.mark.parametrize(
    "before",
    [
        "the ", "The  ", "xthe ", "Le ", "L’", "xl'", "unión ", "Union ", "militantes ", "Militants ",
        "députée ", "Sénatrice ", "called by ", "called in by ", "led  by ", "Led by ", "(VTU) y ", ") и ",
        "organisations regional ", "Fédérations ", "federations régionales ", "members of the ", "member",
        "strikers ", "by ", "", "profession ", "deled by ",
    ],
)  # fmt: skip
@pytest.mark.parametrize("opening", ["", "a ", "x", "-", "é", "Tovan and "])
def test_the_word_before_an_acronym_is_read_as_the_plain_rule_reads_it(opening: str, before: str) -> None:
    text = opening + before + "VTU"
    start = len(text) - 3
    window = (max(0, start - org_acronyms.NAME_REACH), start)
    assert bool(org_acronyms._NAME_BEFORE.search(text, *window)) == bool(
        _NAME_BEFORE_PLAIN.search(text, *window)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Mining Ltd signed.\nIt was said as usual.\nVarn Holdings S.A. de C.V. paid\nLtdx and Coy",
        "ТОО «Сункар» and Tey GmbH;\nno form here, as was said\nBrakk plc\nPell S.A.S.x\nJSCx",
        "Tovan Private Limited\n\nVarn AG\n",
        "",
    ],
)
def test_the_legal_form_cue_holds_the_lines_the_forms_alternation_holds(text: str) -> None:
    forms = trie(sorted(vocab.load("org_heads")["legal_suffixes"], key=len, reverse=True))
    plain = re.compile(rf"(?:{forms})(?![\w])|ТОО|АО|ООО|ОАО|ПАО|ЗАО|ЖШС|АҚ|LLP|JSC|LLC|OJSC|PJSC")
    lines = text.split("\n")
    cued = [line for line in lines if org_companies._cue().search(line)]
    assert cued == [line for line in lines if plain.search(line)]
    assert bool(cued) == bool(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tova Quill, president of the union, said; Mr Lev Rosk – its treasurer – and Sra. Eda Pell, lawyer",
        "x.Tovan Marek, y; señor Ilse Varga-Brun,\n  the secretary; Dr. Jon Tarr, MA, barrister; MrTey Pell",
        "His Excellency Marek Tovan, Minister, and Ms Ilse Varn — chair",
        "M. Jean Roe, délégué; U Tin Maw, leader; Mme Ana Roe, juge; H.E. Tom Wu, envoy; Mrs Eda Kell, chair",
        "",
    ],
)
def test_the_apposition_pattern_finds_the_names_of_the_look_behind_first(text: str) -> None:
    plain = re.compile(
        rf"(?<![\w.])(?:{honorific_pattern()}{SP}+)?({person_base.ITEM_WHOLE})(?:,|{SP}+[–—-])"
        rf"(?:{SP}+|{SP}*\n{SP}*)(?=([^\n]{{1,120}}))"
    )
    rewritten = person_honorifics.every_honorific()["apposition"]
    found = [(*persons._apposed(text, m), m.group(3)) for m in rewritten.finditer(text)]
    assert found == [(m.start(1), m.group(1), m.group(2)) for m in plain.finditer(text)]
    assert bool(found) == bool(text)


@pytest.mark.parametrize(
    "window",
    [
        "with the Government of ", "by the gobierno de la ", "au gouvernement d’", "o Governo do ",
        "the governments of ", "Gouvernement du ", "del Gobierno del ", "the government of the ", "in ",
    ],
)  # fmt: skip
def test_every_government_phrase_holds_one_of_the_stems_looked_for_first(window: str) -> None:
    if orgs._GOVERNMENT_OF.search(window):
        assert any(stem in window for stem in orgs._GOVERNMENT_STEMS)
    assert bool(orgs._GOVERNMENT_OF.search(window)) == (window != "in " and "governments" not in window)


@pytest.mark.parametrize(
    "text",
    [
        "The VTU and the VTUX; -VTU, xVTU, VTU-B, VTU2 and VT joined the VTUM.",
        "VT VTU VTUM VTUMX (VTU) VTU.",
        "no acronym here",
        "",
    ],
)
def test_acronym_uses_are_the_spans_of_the_literal_alternation(text: str) -> None:
    acronyms = ["VTUM", "VTU", "VT"]
    expected = list(literal_spans(text, acronyms, orgs._WORD_OR_HYPHEN, orgs._WORD))
    assert list(orgs._acronym_spans(text, acronyms)) == expected
    assert bool(expected) == text.startswith(("The", "VT"))


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Tovan met Marek; Tovana and Marek Tovan", ["Tovan", "Marek"], [0, 10, 17, 28, 34]),
        ("VTU VTUM", ["VTUM", "VTU", ""], [0, 4]),
        ("nothing", ["Tovan"], []),
        ("aaa", ["aa"], [0, 1]),
    ],
)
def test_the_starts_of_words_are_every_occurrence_in_order(
    text: str, words: list[str], expected: list[int]
) -> None:
    assert starts_of_literals(text, words) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("la loi sur les associations de Varnie (LAV) et le syndicat (STV)", {"LAV"}),
        ("the Trade Union ACT of Tovania (TUA) and the Tovan Workers' Union (TWU)", {"TUA"}),
        ("el Código del Trabajo (CTV); the union (VTU)", {"CTV"}),
        ("the contact group of workers (CGW)", set()),
    ],
)
def test_the_acronyms_defined_for_a_law_are_read_behind_the_law_words(text: str, expected: set[str]) -> None:
    assert org_acronyms._law_acronyms(text) == expected
    plain = {
        m.group(1)
        for m in org_acronyms._DEFINED.finditer(text)
        if org_acronyms._law_word().search(text, max(0, m.start() - 80), m.start())
    }
    assert plain == expected
