"""The cheap tests of a text's scripts that gate the rules for Russian names and for decomposed accents."""

from __future__ import annotations

from casewatch.extract.names.common import CYRILLIC_LEADS, has_cyrillic, may_hold


def test_latin_text_with_typographic_quotes_and_dashes_holds_no_cyrillic() -> None:
    assert not has_cyrillic("The “Harbour Workers’ Union” — founded in Velmora — wrote on 3 May.")


def test_one_cyrillic_letter_is_found() -> None:
    assert has_cyrillic("The union of Velmora (профсоюз) wrote.")


def test_old_cyrillic_letter_form_is_found() -> None:
    assert has_cyrillic("letter \u1c80 form")


def test_georgian_capital_sharing_the_lead_bytes_is_no_cyrillic() -> None:
    # U+1CA0 opens with the same two bytes as the old Cyrillic forms: the block's pattern decides
    assert may_hold("\u1ca0", CYRILLIC_LEADS)
    assert not has_cyrillic("\u1ca0")


def test_ascii_text_holds_no_block() -> None:
    assert not may_hold("Plain words only.", CYRILLIC_LEADS)
