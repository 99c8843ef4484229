"""The HTML dossier: every section, one country's documents only, a public edition."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from casewatch.export import EXPORTERS
from casewatch.export.audience import REDACTED
from casewatch.export.dossier import dossier
from casewatch.ingest import ingest_paths
from casewatch.store import Store

SECTIONS = (
    "documents",
    "timeline",
    "followup",
    "requests",
    "communications",
    "disputes",
    "actors",
    "sources",
)


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path) -> str:
    path = str(tmp_path_factory.mktemp("dossier") / "c.sqlite")
    with Store.open(path) as store:
        ingest_paths(store, [examples_dir], workers=1)
    return path


def test_every_section_is_there_with_its_facts(filled: str) -> None:
    with Store.open(filled) as store:
        html = dossier(store, country="blr")
    for section in SECTIONS:
        assert f'<section id="{section}">' in html
    assert "Case file: BLR" in html and "<style>" in html  # a file that stands alone
    assert "un-allegation-letter.txt" in html and "<blockquote>" in html


def test_the_communications_section_says_which_letter_was_answered_by_which_reply(filled: str) -> None:
    with Store.open(filled) as store:
        html = dossier(store, country="BLR", today=date(2024, 1, 1))
    section = html.split('<section id="communications">')[1].split("</section>")[0]
    assert section.count("<tr>") == 2  # the header and the one letter
    assert ">replied</span> 2023-05-10" in section and "government-reply.docx" in section
    assert "As of 2024-01-01" in section


def test_a_country_without_documents_has_an_empty_dossier(filled: str) -> None:
    with Store.open(filled) as store:
        html = dossier(store, country="ISL")
    assert "0 documents" in html and "un-allegation-letter.txt" not in html


def test_the_public_edition_holds_only_public_documents(filled: str) -> None:
    with Store.open(filled) as store:
        html = EXPORTERS["dossier"](store, REDACTED)
    assert "Public edition" in html and "un-allegation-letter.txt" not in html  # all are internal
