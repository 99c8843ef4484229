"""Who an ask names beside its verb: the office holder a pronoun stands for, a subject without its count
and the time it asked (invented names throughout)."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.extract.requests.named import bare_subject, office_holder_before
from casewatch.model import PartialDate

NEWS = Setting(PartialDate(2022, 3, 1), ("Arden Federation",), ("Government",), reported=True)


def asked(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], str]]:
    return [(r.issuers, r.addressees, r.text) for r in find_requests(text, NEWS)]


@pytest.mark.parametrize(
    ("text", "addressee", "ask"),
    [
        ("Delegates met with Labour Minister Ivo Petrak, urging him to release 12 detainees.",
         "Labour Minister Ivo Petrak", "release 12 detainees"),
        ("She met the Interior Minister Ola Brandt on Monday, urging her to free the two organisers.",
         "Interior Minister Ola Brandt", "free the two organisers"),
        ("The envoy saw President Tomas Varga and urged him to reinstate the dismissed teachers.",
         "President Tomas Varga", "reinstate the dismissed teachers"),
    ],
)  # fmt: skip
def test_a_pronoun_after_an_office_holder_stands_for_that_person(text: str, addressee: str, ask: str) -> None:
    assert [(to, a) for _, to, a in asked(text)] == [((addressee,), ask)]


def test_a_pronoun_with_no_office_holder_before_it_keeps_the_documents_addressee() -> None:
    assert office_holder_before("The union wrote again, urging him to act on the dismissals.", "him") is None
    assert office_holder_before("He met Minister Ana Kovic, urging them to act.", "them") is None


@pytest.mark.parametrize(
    ("subject", "bare"),
    [
        ("A group of four United Nations human rights experts today", "United Nations human rights experts"),
        ("Five independent rapporteurs on Friday", "Five independent rapporteurs"),
        ("The Dock Workers' Federation have on 19 May", "The Dock Workers' Federation"),
        ("A panel of UN experts last week", "UN experts"),
    ],
)
def test_a_subject_is_named_without_its_count_and_its_time(subject: str, bare: str) -> None:
    assert bare_subject(subject) == bare


def test_experts_counted_and_dated_ask_by_their_name() -> None:
    text = "A group of four UN human rights experts today urged the Government of Valdoria to halt the raids."
    assert asked(text) == [(("UN human rights experts",), ("Government of Valdoria",), "halt the raids")]


@pytest.mark.parametrize(
    ("subject", "bare"),
    [
        ("Labour Secretary Ana Kovic Friday", "Labour Secretary Ana Kovic"),
        ("The Dock Workers' Federation Monday", "The Dock Workers' Federation"),
        ("Este jueves la FETRAVAL", "la FETRAVAL"),
        ("El próximo lunes los dirigentes", "los dirigentes"),
        ("Ce mardi le syndicat", "le syndicat"),
    ],
)
def test_a_bare_day_is_when_they_asked_not_who(subject: str, bare: str) -> None:
    assert bare_subject(subject) == bare


def test_a_day_alone_is_left_as_it_is() -> None:
    assert bare_subject("Friday") == "Friday"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We call on the regime to end its abuses," Kovic said in a statement.', "Kovic"),
        ('"We demand the immediate release of the organisers," said Ana Torres, the federation\'s president.',
         "Ana Torres"),
        ("“We urge their release,” the federation’s general secretary Ivo Marsk said on Monday.",
         "federation’s general secretary Ivo Marsk"),
        ("« Nous exigeons la libération immédiate des militants », a déclaré Paul Amar, secrétaire général.",
         "Paul Amar"),
    ],
)  # fmt: skip
def test_a_quotation_asked_in_the_first_person_is_asked_by_its_speaker(text: str, speaker: str) -> None:
    assert [by for by, _, _ in asked(text)] == [(speaker,)]


def test_a_quotation_naming_its_own_asker_keeps_it() -> None:
    text = '"The Dock Union calls for the release of the leaders," the minister said.'
    assert [by for by, _, _ in asked(text)] == [("Dock Union",)]
