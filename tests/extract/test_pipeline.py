"""The pipeline runner: declared needs and adds are enforced; steps compose."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from casewatch.errors import PipelineError
from casewatch.extract.pipeline import check_order, default_steps, run_steps, step
from casewatch.model import Extraction, Genre, PartialDate, Text


@step("first", adds=["meta.genre"])
def _first(text: Text, ext: Extraction) -> Mapping[str, Any]:
    return {"meta.genre": Genre.NEWS}


@step("second", needs=["meta.genre"], adds=["meta.date"])
def _second(text: Text, ext: Extraction) -> Mapping[str, Any]:
    return {"meta.date": PartialDate(2020) if ext.meta.genre is Genre.NEWS else None}


@step("sneaky", adds=["meta.date"])
def _sneaky(text: Text, ext: Extraction) -> Mapping[str, Any]:
    return {"meta.reference": "X"}


def test_steps_compose() -> None:
    ext = run_steps([_first, _second], Text("x", "text/plain"))
    assert ext.meta.genre is Genre.NEWS
    assert ext.meta.date == PartialDate(2020)


def test_a_need_nobody_adds_is_refused() -> None:
    with pytest.raises(PipelineError, match="needs"):
        check_order([_second, _first])


def test_an_undeclared_result_is_refused() -> None:
    with pytest.raises(PipelineError, match="undeclared"):
        run_steps([_sneaky], Text("x", "text/plain"))


def test_unknown_field_names_are_refused() -> None:
    with pytest.raises(PipelineError, match="unknown"):
        step("bad", adds=["meta.nonsense"])(lambda text, ext: {})


def test_default_pipeline_is_well_ordered() -> None:
    check_order(default_steps())
