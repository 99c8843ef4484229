"""Vocabularies as data: loaded lazily from the JSON files beside this module, cached once read."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> Any:
    """The parsed contents of `casewatch/vocab/<name>.json`."""
    with resources.files(__name__).joinpath(f"{name}.json").open(encoding="utf-8") as fh:
        return json.load(fh)
