"""FollowTheMoney export: every entity valid in followthemoney's model, read back unchanged, ids stable."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from casewatch.export import EXPORTERS
from casewatch.ingest import ingest_paths
from casewatch.store import Store

followthemoney = pytest.importorskip("followthemoney", reason="the ftm extra is not installed")
from followthemoney import model  # noqa: E402
from followthemoney.types import registry  # noqa: E402


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path) -> tuple[str, str]:
    with Store.open(str(tmp_path_factory.mktemp("ftm") / "c.sqlite")) as store:
        ingest_paths(store, [examples_dir], workers=1)
        return EXPORTERS["ftm"](store), EXPORTERS["ftm"](store)


@pytest.fixture(scope="module")
def entities(exported: tuple[str, str]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in exported[0].splitlines()]


def test_every_entity_passes_its_schema(entities: list[dict[str, Any]]) -> None:
    assert entities
    for data in entities:
        schema = model.get(data["schema"])
        assert schema is not None, data["schema"]
        for prop, values in data["properties"].items():
            assert prop in schema.properties, (data["schema"], prop)
            kind = schema.properties[prop].type
            assert all(kind.clean(v) is not None for v in values), (prop, values)
        assert set(schema.required) <= set(data["properties"]), (data["schema"], schema.required)


def test_read_back_through_followthemoney_unchanged(entities: list[dict[str, Any]]) -> None:
    for data in entities:
        assert model.get_proxy(data, cleaned=False).to_dict() == data


def test_references_point_at_exported_entities(entities: list[dict[str, Any]]) -> None:
    ids = {e["id"] for e in entities}
    for data in entities:
        schema = model.get(data["schema"])
        for prop, values in data["properties"].items():
            if schema.properties[prop].type == registry.entity:
                assert set(values) <= ids, (data["schema"], prop)


def test_the_collection_maps_onto_the_schemata(entities: list[dict[str, Any]]) -> None:
    schemata = {e["schema"] for e in entities}
    assert {"Document", "Person", "Organization", "Documentation", "Event"} <= schemata
    documents = [e for e in entities if e["schema"] == "Document"]
    assert len(documents) == 4
    assert all(e["properties"].get("proof") for e in entities if e["schema"] == "Event")
    people = [e for e in entities if e["schema"] == "Person"]
    linked = {e["properties"]["entity"][0] for e in entities if e["schema"] == "Documentation"}
    assert {p["id"] for p in people} <= linked


def test_ids_are_the_same_in_a_second_export(exported: tuple[str, str]) -> None:
    assert exported[0] == exported[1]
