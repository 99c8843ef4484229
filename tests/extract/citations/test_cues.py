"""Cue words told from the document's shared pass: present exactly where a substring search finds them."""

from __future__ import annotations

import pytest

from casewatch.extract.citations.cues import Cues

CUES = Cues(("Ley", "ley ", "ecreto"), ("núms", "Nos", "№"))
TEXTS = [
    "La ley 12 del puerto de Miran fue derogada.",
    "LEY DEL PUERTO: texto integral.",  # the cue in another case is no cue
    "El Decreto 4 de la ciudad de Orvane.",
    "Conventions Nos 87 and 98 bind the State of Zembla.",
    "Les conventions nos 87 et 98, les lois № 5 et núms 6.",
    "Nothing here names a law.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(("group", "words"), [(0, ("Ley", "ley ", "ecreto")), (1, ("núms", "Nos", "№"))])
def test_a_group_is_held_where_one_of_its_cues_is_in_the_text(
    text: str, group: int, words: tuple[str, ...]
) -> None:
    assert CUES.held(text, group) == any(w in text for w in words)
