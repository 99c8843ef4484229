"""The instrument catalogue and the international finders."""

from __future__ import annotations

import re

import pytest

from casewatch import vocab
from casewatch.extract.citations.instruments import catalogue, find_international


def test_catalogue_holds_every_ilo_convention_once_zero_padded() -> None:
    keys = [entry["key"] for entry in vocab.load("instruments")]
    conventions = [k for k in keys if k.startswith("ILO C")]
    assert len(keys) == len(set(keys))
    assert {f"ILO C{n:03d}" for n in range(1, 191)} <= set(conventions)
    assert all(re.fullmatch(r"ILO [CPR]\d{3}", k) for k in keys if re.match(r"ILO [CPR]\d", k))


@pytest.mark.parametrize(
    ("key", "title"),
    [
        ("ILO C087", "Freedom of Association and Protection of the Right to Organise Convention, 1948"),
        ("ILO C098", "Right to Organise and Collective Bargaining Convention, 1949"),
        ("ILO C190", "Violence and Harassment Convention, 2019"),
        ("ILO P029", "Protocol of 2014 to the Forced Labour Convention, 1930"),
    ],
)
def test_catalogue_titles(key: str, title: str) -> None:
    assert title in catalogue()[key].titles


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("ratified Conventions Nos 87 and 98 in 1999", ["ILO C087", "ILO C098"]),
        ("see C.111 and C154", ["ILO C111", "ILO C154"]),
        ("the Labor Relations (Public Service) Convention, 1978 (No. 151)", ["ILO C151"]),
        ("Convenio núm. 87 sobre la libertad sindical", ["ILO C087"]),
        ("the 2014 Protocol to the Forced Labour Convention", ["ILO P029"]),
        ("Workers' Representatives Recommendation, 1971 (No. 143)", ["ILO R143"]),
        ("Recommendation No. 91", ["ILO R091"]),
        ("Human Rights Council resolutions 15/21 and 21/16", ["HRC res 15/21", "HRC res 21/16"]),
        ("the International Covenant on Economic, Social and Cultural Rights", ["ICESCR"]),
        ("the ILO Declaration on Fundamental Principles and Rights at Work", ["ILO Declaration 1998"]),
        ("the Convention against Torture", ["CAT"]),
        ("the 1948 Convention turned 75", []),
    ],
)
def test_find_international(text: str, keys: list[str]) -> None:
    assert sorted({f.key for f in find_international(text)}) == sorted(keys)


@pytest.mark.parametrize(
    "text",
    [
        "The Government ratified Conventions Nos 87 and 98 in 2031; see C.87 and ILO Convention No. 144.",
        "el Convenio sobre la política del empleo, 1964 (núm. 122), y la Recomendación núm. 143 del Zembla",
        "Recommendation No. 143 and Protocol No. 29 apply; the Recommendations (Nos 91 and 92) do not.",
    ],
)
def test_numbered_forms_match_as_a_full_scan(text: str) -> None:
    # the numbered forms are tried only where their words start: the same matches as a scan of every position
    from casewatch.extract.citations import instruments

    forms = instruments._by_number()
    for i, pattern in enumerate((instruments._NUMBERED, instruments._TITLE_THEN_NUMBER)):
        assert [m.span() for m in forms.finditer(text, i)] == [m.span() for m in pattern.finditer(text)]
    assert list(instruments.find_numbered(text))
