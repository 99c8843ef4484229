"""Stored JSON read back as it was written, by the engine every part of the Store uses."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from casewatch.store import engine as engines

_VALUES = sa.Table(
    "json_values", sa.MetaData(), sa.Column("id", sa.Integer, primary_key=True), sa.Column("value", sa.JSON)
)


def _round_trip(tmp_path: Path, value: object) -> object:
    engine = engines.create(engines.url_of(str(tmp_path / "values.db")))
    _VALUES.create(engine, checkfirst=True)
    with engine.begin() as conn:
        conn.execute(sa.delete(_VALUES))
        conn.execute(sa.insert(_VALUES), {"id": 1, "value": value})
    with engine.connect() as conn:
        read = conn.scalar(sa.select(_VALUES.c.value))
    engine.dispose()
    return read


def test_facts_of_every_shape_come_back_equal(tmp_path: Path) -> None:
    value = {
        "names": ["Ана Петрова", "Zoë"],
        "count": 3,
        "share": 0.25,
        "none": None,
        "ok": True,
        "big": 2**53,
    }
    assert _round_trip(tmp_path, value) == value


def test_a_name_that_was_no_valid_unicode_is_read_back_too(tmp_path: Path) -> None:
    """A lone surrogate (an undecodable byte of a file name) is written escaped; it still reads."""
    value = {"source": "report-\udc80.txt"}
    assert _round_trip(tmp_path, value) == value
