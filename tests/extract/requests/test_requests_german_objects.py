"""German demands whose object opens with no article ("fordern 6,5 Prozent mehr Gehalt", "fordert vor allem
höhere Löhne"), and the object told first only when it is a noun of action ("Die Freilassung ... fordert
der Verband"): a sentence opening with who demands ("Die Gewerkschaften fordern ...") is not read backwards
(invented names throughout)."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

NEWS = Setting(PartialDate(2023, 11, 1), ("Nordblatt",), (), reported=True)


def asked(text: str) -> list[str]:
    return [r.text for r in find_requests(text, NEWS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Pflegekräfte in Lindau fordern 300 Euro Zulage im Monat.", ["300 Euro Zulage im Monat"]),
        (
            "Der Verband fordert vor allem bessere Schichtpläne für das Pflegepersonal.",
            ["bessere Schichtpläne für das Pflegepersonal"],
        ),
        (
            "Die Einstellung aller Verfahren fordert der Bund in einem offenen Brief.",
            ["Die Einstellung aller Verfahren"],
        ),
        ("Die Gewerkschaften fordern Fortschritte in den Gesprächen.", []),
    ],
)
def test_german_objects(text: str, expected: list[str]) -> None:
    assert asked(text) == expected
