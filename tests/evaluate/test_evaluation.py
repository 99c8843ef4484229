"""A whole evaluation over a small invented gold folder written by the test."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from casewatch.evaluate.evaluation import GoldSet, evaluate

LETTER = {
    "source": "a.txt",
    "genre": "union_letter",
    "date": "2019-03-14",
    "reference": None,
    "countries": ["FRD"],
    "reply_due": None,
    "senders": [{"name": "Sylvanian Federation of Miners", "acronyms": ["SFM"]}],
    "signatories": [{"name": "Ilona Varga"}],
    "addressees": [{"name": "Government of Freedonia"}, {"name": "Embassy of Freedonia", "optional": True}],
    "persons": [{"name": "Ilona Varga"}, {"name": "Petar Horvath", "variants": ["P. Horvath"]}],
    "organizations": [],
    "ignore": ["Board of Trustees"],
    "instruments": [{"key": "ILO C087", "provisions": ["art 2"]}],
    "events": [{"type": "arrest", "date": "2019-03", "participants": ["Petar Horvath"]}],
    "requests": [{"text": "release Petar Horvath without delay"}],
}
REPORT = {
    **LETTER,
    "source": "b.txt",
    "genre": "ilo_cfa",
    "senders": [],
    "signatories": [],
    "addressees": [],
    "persons": [],
    "instruments": [],
    "events": [],
    "requests": [],
    "date": "2020",
}
EXPORT: dict[str, Any] = {
    "format": "casefile/1",
    "documents": [
        {
            "source": "a.txt",
            "genre": "union_letter",
            "date": "2019-03-14",
            "reference": None,
            "countries": ["FRD"],
            "senders": ["SFM"],
            "signatories": ["Ms Ilona Varga"],
            "addressees": [
                "Government of Freedonia",
                "Embassy of Freedonia",
                "Board of Trustees",
                "Jane Roe",
            ],
            "reply_due": None,
        },
        {
            "source": "b.txt",
            "genre": "other",
            "date": "2020",
            "reference": None,
            "countries": ["FRD"],
            "senders": [],
            "signatories": [],
            "addressees": [],
            "reply_due": None,
        },
    ],
    "entities": [
        {"id": "e1", "type": "person", "name": "Petar Horvath", "aliases": [], "documents": ["a.txt"]},
        {"id": "e2", "type": "person", "name": "Ilona Varga", "aliases": ["Varga"], "documents": ["a.txt"]},
    ],
    "instruments": [{"key": "ILO C087", "provisions": ["art 2", "art 3"], "documents": ["a.txt"]}],
    "events": [
        {"type": "arrest", "date": "2019-03-02", "actors": [], "targets": ["e1"], "document": "a.txt"}
    ],
    "requests": [{"text": "to release Petar Horvath immediately and without delay", "document": "a.txt"}],
}


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    for doc in (LETTER, REPORT):
        (tmp_path / f"{doc['source'][:-4]}.json").write_text(json.dumps(doc), encoding="utf-8")
    clusters = {"clusters": [{"names": ["Petar Horvath", "P. Horvath"]}, {"names": ["Ilona Varga"]}]}
    (tmp_path / "_clusters.json").write_text(json.dumps(clusters), encoding="utf-8")
    return tmp_path


def test_fields(gold_dir: Path) -> None:
    result = evaluate(EXPORT, GoldSet.read(gold_dir))
    fields = result.fields
    assert fields["genre"].score == 0.5  # the report is not "other"
    assert fields["date"].score == 1.0
    assert fields["senders"].tally is not None and fields["senders"].tally.tp == 1  # by its acronym
    addressees = fields["addressees"].tally
    # the optional embassy and the ignored board are neutral; an unknown name is an extra answer
    assert addressees is not None and (addressees.tp, addressees.fp, addressees.fn) == (1, 1, 0)
    provisions = fields["provisions"].tally
    assert provisions is not None and (provisions.tp, provisions.fp) == (1, 1)
    assert fields["events"].score == 1.0 and fields["requests"].score == 1.0
    assert result.cross is not None and result.cross.score == 1.0


def test_overall_is_the_mean_of_the_field_figures(gold_dir: Path) -> None:
    result = evaluate(EXPORT, GoldSet.read(gold_dir))
    figures = [f.score for f in result.fields.values()]
    assert result.cross is not None
    assert result.overall == pytest.approx((sum(figures) + result.cross.score) / (len(figures) + 1))


def test_misses_name_the_document_and_the_answer(gold_dir: Path) -> None:
    result = evaluate(EXPORT, GoldSet.read(gold_dir))
    misses = {d.source: [(m.field, m.kind, m.text) for m in d.misses] for d in result.documents}
    assert ("addressees", "extra", "Jane Roe") in misses["a.txt"]
    assert ("genre", "wrong", "gold 'ilo_cfa', system 'other'") in misses["b.txt"]


def test_by_genre_groups_documents_by_their_gold_genre(gold_dir: Path) -> None:
    by_genre = evaluate(EXPORT, GoldSet.read(gold_dir)).by_genre()
    assert set(by_genre) == {"ilo_cfa", "union_letter"}
    assert by_genre["ilo_cfa"]["genre"].score == 0.0
    assert by_genre["union_letter"]["genre"].score == 1.0


def test_a_gold_document_missing_from_the_export_scores_nothing(gold_dir: Path) -> None:
    export = {**EXPORT, "documents": EXPORT["documents"][:1]}
    result = evaluate(export, GoldSet.read(gold_dir))
    missing = next(d for d in result.documents if d.source == "b.txt")
    assert not missing.found and not any(missing.scalars.values())
