"""Citations: instruments with their provisions, international and national."""

from __future__ import annotations

from pathlib import Path

import pytest

from casewatch.extract.citations.find import find_citations
from casewatch.extract.citations.pointers import ANAPHOR
from casewatch.extract.citations.provisions import find_provisions
from casewatch.extract.pipeline import run_steps
from casewatch.extract.steps import STEPS
from casewatch.model import Text

from .conftest import cited


@pytest.mark.parametrize(
    ("text", "provisions"),
    [
        ("articles 1, 2 and 5(a)", ["art 1", "art 2", "art 5(a)"]),
        ("sections 4 through 7", ["s 4", "s 5", "s 6", "s 7"]),
        ("sections 3–5", ["s 3", "s 4", "s 5"]),
        ("paragraph 3 of article 17", ["art 17(3)"]),
        ("article 8, paragraph 1,", ["art 8(1)"]),
        ("paragraph 1, part 2, of article 342", ["art 342"]),
        ("section 61(2)", ["s 61(2)"]),
        ("Art. 22", ["art 22"]),
    ],
)
def test_provisions_normalised(text: str, provisions: list[str]) -> None:
    assert [p for prov in find_provisions(text) for p in prov.items] == provisions


@pytest.mark.parametrize(
    ("text", "countries", "expected"),
    [
        (
            "The dismissal breached article 354 of the Labor Code of Colombia.",
            (),
            {"COL Labour Code": {"art 354"}},
        ),
        (
            "Law No. 6356 on Trade Unions and Collective Labour Agreements requires, under section 41 of "
            "Law No. 6356, a threshold.",
            ("TUR",),
            {"TUR Law on Trade Unions and Collective Labour Agreements": {"s 41"}},
        ),
        (
            "He was charged under section 342 of the Belarusian Criminal Code.",
            (),
            {"BLR Criminal Code": {"s 342"}},
        ),
        (
            "The Committee recalls that Articles 2, 3 and 5 of the Convention guarantee these rights "
            "under Convention No. 87.",
            (),
            {"ILO C087": {"art 2", "art 3", "art 5"}},
        ),
        (
            "Convention No. 87 applies. Article 3 of the Convention protects the right to strike.",
            (),
            {"ILO C087": {"art 3"}},
        ),
        (
            # an English 'Act' is the law's own title, kept as written; 'Trade Union Law' is a translation
            "The Trade Unions Act of Zambia and the Trade Union Law were both cited.",
            ("ZMB",),
            {"ZMB Trade Unions Act": set(), "ZMB Law on Trade Unions": set()},
        ),
        ("The Criminal Code was amended.", (), {}),
        (
            "the Code of Administrative Offences (hereinafter the CAO) ... under article 23.34 of the CAO",
            ("BLR",),
            {"BLR Code of Administrative Offences": {"art 23.34"}},
        ),
        (
            "article 19 of the International Covenant on Civil and Political Rights and ICCPR art. 22",
            (),
            {"ICCPR": {"art 19", "art 22"}},
        ),
        (
            "resolution 22/6 of the Human Rights Council and articles 1 and 12 of the Declaration on "
            "Human Rights Defenders",
            (),
            {"HRC res 22/6": set(), "UNDHRD": {"art 1", "art 12"}},
        ),
        (
            "the Labour Code of the Republic of Uzbekistan (article 22)",
            ("KAZ",),
            {"UZB Labour Code": {"art 22"}},
        ),
        (
            "the Law on Trade Unions (hereinafter the Law) ... article 11, paragraph 4, of the Law",
            ("KGZ",),
            {"KGZ Law on Trade Unions": {"art 11(4)"}},
        ),
    ],
)
def test_find_citations(text: str, countries: tuple[str, ...], expected: dict[str, set[str]]) -> None:
    assert cited(text, countries) == expected


def test_citation_span_covers_the_phrase() -> None:
    text = "as set out in article 21 of the International Covenant on Civil and Political Rights, which"
    (citation,) = find_citations(text)
    assert text[citation.start : citation.end] == (
        "article 21 of the International Covenant on Civil and Political Rights"
    )
    assert citation.title == "International Covenant on Civil and Political Rights"


def test_step_uses_document_country() -> None:
    text = Text(
        text="Government reply. Georgia\n\nThe Labour Code of Georgia, article 2, applies.",
        media_type="text/plain",
    )
    steps = [s for s in STEPS if s.name in {"layout", "genre", "document_date", "metadata", "citations"}]
    ext = run_steps(steps, text)
    assert ("GEO Labour Code", ("art 2",)) in {(c.key, c.provisions) for c in ext.citations}


def test_seed_letter_cites_the_covenant_and_resolution(seeds_dir: Path) -> None:
    path = next(p for p in sorted(seeds_dir.iterdir()) if p.name.startswith("000_"))
    keys = cited(path.read_text(encoding="utf-8"), ("KAZ",))
    assert keys["ICCPR"] == {"art 21"}
    assert "HRC res 24/5" in keys


RECORD = (
    "Labour Inspection Convention, 1947 (No. 81) - Peru (Ratification: 1960)\n\n"
    "Article 3. Functions of the inspection system. The Committee notes the report.\n\n"
    "Article 12 of the Convention. Free entry. The Committee recalls its comments.\n"
)


def test_a_bare_article_heading_cites_the_records_convention() -> None:
    assert cited(RECORD, ("PER",)) == {"ILO C081": {"art 3", "art 12"}}


@pytest.mark.parametrize(
    "text",
    [
        # two conventions named: a bare heading cannot tell which
        RECORD.replace("Labour Inspection", "Minimum Age Convention, 1973 (No. 138) and Labour Inspection"),
        # inside a sentence, not a heading
        "Labour Inspection Convention, 1947 (No. 81).\nUnder article 3 the inspectors report.\n",
    ],
)
def test_a_bare_article_outside_a_single_convention_heading_cites_none(text: str) -> None:
    assert "art 3" not in {p for provs in cited(text, ("PER",)).values() for p in provs}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was fined under the Law on Mass Events of Belarus.", {"BLR Law on Mass Events": set()}),
        ("The Law on Peaceful Assembly of Armenia was amended.", {"ARM Law on Peaceful Assemblies": set()}),
    ],
)
def test_a_law_keeps_its_own_title_unless_listed_as_a_synonym(
    text: str, expected: dict[str, set[str]]
) -> None:
    assert cited(text, ()) == expected


@pytest.mark.parametrize(
    ("text", "pointers"),
    [
        ("The Act was amended. (The Convention applies.)", ["The Act", "The Convention"]),
        ("said Law and this Code, then the same Covenant", ["said Law", "this Code", "same Covenant"]),
        ("Soothe Law; bathe Act; represent Code; the Act of 2001", []),  # inside a word, or a title follows
    ],
)
def test_a_pointer_opens_at_a_word_start(text: str, pointers: list[str]) -> None:
    """'the Act', 'said Law': a pointing word opens the pointer only as a word of its own."""
    assert [m.group(0) for m in ANAPHOR.finditer(text)] == pointers
