"""The matching rules of the measure on invented names, dates, texts and instruments."""

from __future__ import annotations

import pytest

from casewatch.evaluate.matching import (
    dates_compatible,
    instrument_matches,
    provision,
    same_name,
    texts_match,
)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Ms Ilona Varga", "Ilona Varga", True),  # honorific folded
        ("Ilona Várga", "ilona varga", True),  # accents and case folded
        ("Varga", "Ilona Varga", True),  # a surname alone
        ("Ilona Varga", "Ilona Horvath", False),  # persons must share the last name
        ("Committee", "Committee on Freedom of Association", False),  # a lone common word
        ("Government of Freedonia", "Government of the Republic of Freedonia", True),
        ("Federation of Sylvanian Miners", "Sylvanian Miners Federation", True),  # nearly all words shared
        ("Federation of Sylvanian Miners", "Federation of Sylvanian Teachers", False),
    ],
)
def test_names(a: str, b: str, same: bool) -> None:
    assert same_name(a, b) is same


@pytest.mark.parametrize(
    ("gold", "system", "ok"),
    [
        (None, None, True),
        ("2019-03", "2019-03-14", True),
        ("2019-03-14", "2019", True),
        ("2019-03", "2019-04", False),
        ("2019", None, False),
    ],
)
def test_dates(gold: str | None, system: str | None, ok: bool) -> None:
    assert dates_compatible(gold, system) is ok


def test_request_texts_overlap_by_content_words() -> None:
    gold = "release the detained leaders of the miners' federation without delay"
    assert texts_match(gold, "to release without delay all detained federation leaders")
    assert not texts_match(gold, "provide information on the pending court cases")


@pytest.mark.parametrize(
    ("key", "ok"),
    [
        ("ILO C087", True),
        ("ILO C098", False),
        ("FRD Law on Trade Unions", True),
        ("Law on Trade Unions", True),
        ("SYL Law on Trade Unions", False),
    ],
)
def test_instruments(key: str, ok: bool) -> None:
    gold_international = {"key": "ILO C087"}
    gold_national = {"key": "FRD Law on Trade Unions"}
    gold = gold_international if key.startswith("ILO") else gold_national
    assert instrument_matches(gold, key) is ok


def test_provisions_fold_their_label() -> None:
    assert provision("Article 2 (1)") == provision("art 2(1)") != provision("art 2(2)")
