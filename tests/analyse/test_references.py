"""UN reference codes in their written forms, letters named by date, and index-of-communications rows."""

from __future__ import annotations

import pytest

from casewatch.analyse.references import (
    RefKey,
    index_rows,
    letter_dates_in,
    reference_key,
    references_in,
)
from casewatch.model import PartialDate

ALLEGATION = RefKey("MNG", 3, 2021, "AL")


@pytest.mark.parametrize(
    "written",
    [
        "AL MNG 3/2021",
        "Ref.: AL MNG 3/2021",
        "REFERENCE: AL MNG 3/2021",
        "al mng 3/2021",
        "AL  MNG  3 / 2021",
        "AL-MNG-3/2021",
        "JAL MNG 3/2021",
        "AL MNG 3/21",
    ],
)
def test_the_forms_of_one_reference_give_one_key(written):
    assert reference_key(written) == ALLEGATION


def test_a_code_without_its_type_matches_any_type_but_a_different_type_does_not():
    bare = reference_key("our letter MNG 3/2021")
    assert bare == RefKey("MNG", 3, 2021)
    assert bare is not None and bare.same(ALLEGATION)
    appeal = reference_key("UA MNG 3/2021")
    assert appeal is not None and not appeal.same(ALLEGATION)
    assert not ALLEGATION.same(RefKey("MNG", 4, 2021, "AL"))


@pytest.mark.parametrize(
    "text",
    [
        "under law 3/2021 of the province",  # no country code
        "see article ABC 3/2021",  # no such country
        "the mng 3/2021 decree",  # lower case without a type
        "file AL MNG 3/20215",  # runs on into digits
    ],
)
def test_what_is_no_reference(text):
    assert references_in(text) == []


def test_each_code_of_a_text_is_found_once_with_its_place():
    text = "Further to JUA PRY 2/2020 and PRY 7/2020, and our appeal UA PRY 9/2020."
    found = references_in(text)
    assert [str(c.key) for c in found] == ["UA PRY 2/2020", "PRY 7/2020", "UA PRY 9/2020"]
    assert [text[c.start : c.end] for c in found] == ["JUA PRY 2/2020", "PRY 7/2020", "UA PRY 9/2020"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("In reply to your communication dated 14 May 2021, the Mission ...", PartialDate(2021, 5, 14)),
        ("with reference to the joint communication of 14 May 2021", PartialDate(2021, 5, 14)),
        ("en réponse à votre lettre du 3 février 2020", PartialDate(2020, 2, 3)),
        ("en respuesta a su comunicación de fecha 9 de marzo de 2019", PartialDate(2019, 3, 9)),
    ],
)
def test_a_letter_named_by_its_date(text, day):
    assert [found.date for found in letter_dates_in(text)] == [day]


def test_a_month_alone_names_no_letter():
    assert letter_dates_in("in its letter of May 2021 the union wrote") == []


INDEX = """| Date | Reference | Mandates | Reply |
|---|---|---|---|
| 14/05/2021 | AL MNG 3/2021 | FOAA; HRD | 02/07/2021 |
| 20/06/2021 | UA MNG 5/2021 | FOAA | No reply |
| 01/08/2021 | OL MNG 6/2021 | FOAA |  |

UA PRY 9/2020, sent 4 March 2020. Reply received on 30 April 2020.
AL PRY 10/2020, sent 5 May 2020: no reply received as of 1 September 2020.
In the absence of a reply to UA PRY 11/2020 of 3 June 2020, the experts went public.
"""


def test_an_index_dates_replies_in_a_reply_column_or_after_a_reply_word():
    rows = index_rows(INDEX)
    assert [(str(r.key), r.replied.iso) for r in rows] == [
        ("AL MNG 3/2021", "2021-07-02"),
        ("UA PRY 9/2020", "2020-04-30"),
    ]
    assert "02/07/2021" in INDEX[rows[0].start : rows[0].end]
