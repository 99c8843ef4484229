"""A Conference committee's conclusions state its requests, even in the past tense its reports use;
the same past form elsewhere in an ILO record recalls an earlier request."""

from __future__ import annotations

from dataclasses import replace

import pytest

from casewatch.extract.pipeline import extract
from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import Part, PartialDate, Text

CASE = "\n".join(
    [
        "Individual Case (CAS) - Discussion: 2019, Publication: 108th ILC session (2019)",
        "Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87) - "
        "Kandoria (Ratification: 1998)",
        "",
        "Discussion by the Committee",
        "",
        "Government representative – The Government recalled that the Committee requested the Government "
        "to amend the Trade Union Act in 2017, which it did.",
        "",
        "Conclusions of the Committee",
        "",
        "The Committee requested the Government to: register the Kandor Federation of Bakers without delay; "
        "and accept a direct contacts mission.",
    ]
)


def test_the_committees_conclusions_in_the_past_tense_are_its_requests() -> None:
    texts = [r.text for r in extract(Text(CASE, "text/plain")).requests]
    assert any(t.startswith("register the Kandor Federation of Bakers") for t in texts)
    assert any(t.startswith("accept a direct contacts mission") for t in texts)
    assert not any("amend the Trade Union Act" in t for t in texts)


CONCLUDED = Setting(PartialDate(2019, 6, 1), ("Committee",), ("Government",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La commission a prié le gouvernement de modifier le code du travail.",
         ["modifier le code du travail"]),
        ("La commission a instamment prié le gouvernement de libérer les syndicalistes détenus et de fournir "
         "des informations sur les poursuites.",
         ["libérer les syndicalistes détenus", "fournir des informations sur les poursuites"]),
        ("Elle a également prié le gouvernement d’accepter une mission de contacts directs.",
         ["accepter une mission de contacts directs"]),
        ("La commission a encouragé le gouvernement à poursuivre le dialogue social.",
         ["poursuivre le dialogue social"]),
    ],
)  # fmt: skip
def test_french_conclusions_in_the_past_tense_are_requests(text: str, expected: list[str]) -> None:
    """'a prié le gouvernement de', the French of a Conference committee's past-tense conclusions."""
    whole = Part("section", 0, len(text), "conclusions")
    assert [r.text for r in find_requests(text, CONCLUDED, own_words=[whole])] == expected
    assert find_requests(text, replace(CONCLUDED, body_only=True)) == []  # elsewhere in a record: recalled
