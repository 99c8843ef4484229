"""A Conference committee's conclusions state its requests, even in the past tense its reports use;
the same past form elsewhere in an ILO record recalls an earlier request."""

from __future__ import annotations

from casewatch.extract.pipeline import extract
from casewatch.model import Text

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
