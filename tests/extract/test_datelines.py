"""A news release's dateline: where it ends, so that its place and agency take no part."""

from __future__ import annotations

import pytest

from casewatch.extract.datelines import dateline_end


@pytest.mark.parametrize(
    ("text", "story"),
    [
        ("AVRA (3 May 2031) – The union said", "The union said"),
        ("Avra City, 3 May 2031 (Union News) – Police arrested", "Police arrested"),
        ("AVRA, Jan. 31 (Wire Agency) -- Police arrested", "Police arrested"),
        ("AVRA (Wire Agency) - Police arrested", "Police arrested"),
        ("Feb. 10 (Wire Agency) -- U.N. experts urged", "U.N. experts urged"),
        ("AVRA, May 10 (Wire Agency) — Labour groups condemned", "Labour groups condemned"),
    ],
)
def test_the_story_starts_after_its_dateline(text: str, story: str) -> None:
    assert text[dateline_end(text, 0, len(text)) :] == story


@pytest.mark.parametrize(
    "text",
    [
        "The Union of Dockers (UD) - which has 400 members - said so.",
        "On 3 May 2031 (a Monday) – police arrested four pickets.",
        "Ivo Marsk (Avra) - the union's secretary - was detained.",
    ],
)
def test_a_bracket_and_a_dash_inside_a_sentence_make_no_dateline(text: str) -> None:
    assert dateline_end(text, 0, len(text)) == 0
