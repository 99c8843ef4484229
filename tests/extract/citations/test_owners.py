"""Which instrument owns a provision that names none (invented texts)."""

from __future__ import annotations

import pytest

from tests.extract.citations.conftest import cited


@pytest.mark.parametrize(
    "owner",
    ["the Port Workers Welfare Scheme", "the Seafarers Statute Draft", "the Dock Labour Scheme"],
)
def test_a_provision_naming_an_owner_not_recognised_goes_to_no_other_instrument(owner: str) -> None:
    text = (
        "Convention No. 87, Article 2 of the Convention. "
        f"The Committee notes that section 18(4) of {owner} allows a suspension."
    )
    assert cited(text) == {"ILO C087": {"art 2"}}


@pytest.mark.parametrize(
    "bare",
    ["contrary to Article 3", "in breach of Article 3", "as Article 3 requires"],
)
def test_a_bare_article_is_not_owned_by_a_statute_cited_by_sections(bare: str) -> None:
    text = (
        "Convention No. 87 requires free registration (Article 2 of the Convention).\n"
        f"- the powers of the Registrar (section 3(4) of the Harbour Workers Act), {bare};\n"
    )
    found = cited(text)
    assert found["RUT Harbour Workers Act"] == {"s 3(4)"}
    assert "art 3" not in found["RUT Harbour Workers Act"]


@pytest.mark.parametrize("section", ["section 12", "sections 12 and 13", "section 12(1)(b)"])
def test_a_bare_section_is_no_treatys(section: str) -> None:
    text = f"Having regard to Article 2 of Convention No. 98, the Committee notes that {section} allows it."
    assert cited(text) == {"ILO C098": {"art 2"}}
