"""Remedies asked in the passive of what is to be done to whom ("they must be immediately and
unconditionally released", "demanded that the commander should be relieved of his duties and
prosecuted"), however long the subject named before the modal."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

NEWS = Setting(PartialDate(2023, 5, 2), (), (), reported=True)


def texts(text: str, setting: Setting = NEWS) -> list[str]:
    return [r.text for r in find_requests(text, setting)]


@pytest.mark.parametrize(
    ("text", "ask"),
    [
        (
            "Unless there is real evidence against them, they must be immediately and unconditionally "
            "released.",
            "they must be immediately and unconditionally released",
        ),
        (
            "Those still held in Norvik must be promptly and fully compensated.",
            "Those still held in Norvik must be promptly and fully compensated",
        ),
    ],
)
def test_adverbs_joined_by_and_keep_a_modal_passive_an_ask(text: str, ask: str) -> None:
    assert texts(text) == [ask]


@pytest.mark.parametrize(
    ("text", "ask"),
    [
        (
            "He said: “We demanded that the district commander who led the raid on the depot should be "
            "relieved of his duties and prosecuted.”",
            "the district commander who led the raid on the depot should be relieved of his duties and "
            "prosecuted",
        ),
        (
            "We asked also that the mayor’s adviser on security, Tomas Brell, who everyone knew paid the "
            "gang should also be arrested and prosecuted.",
            "Tomas Brell, who everyone knew paid the gang should also be arrested and prosecuted",
        ),
        (
            "Send a message to the port authorities demanding that the union leaders and all the arrested "
            "be immediately released and all charges dropped.",
            "the union leaders and all the arrested be immediately released and all charges dropped",
        ),
    ],
)
def test_a_demand_that_someone_be_punished_or_freed_is_an_ask(text: str, ask: str) -> None:
    found = texts(text)
    assert len(found) == 1
    assert found[0].endswith(ask.split(", ", 1)[-1])


def test_a_demand_for_a_dismissal_is_not_read_as_a_remedy() -> None:
    assert texts("The manager demanded that the strikers be dismissed before the talks.") == []


@pytest.mark.parametrize(
    ("text", "ask", "to"),
    [
        (
            "The federation calls on the President, Attorney-General, and Prime Minister of Ruritania to "
            "stop the seizure of the union halls.",
            "stop the seizure of the union halls",
            "President, Attorney-General, and Prime Minister of Ruritania",
        ),
        (
            "We call on the international partners, trade unions and human rights institutions to condemn "
            "the raids on the union offices.",
            "condemn the raids on the union offices",
            "international partners, trade unions and human rights institutions",
        ),
    ],
)
def test_parties_listed_after_the_first_are_asked_together(text: str, ask: str, to: str) -> None:
    found = find_requests(text, NEWS)
    assert [r.text for r in found] == [ask]
    assert found[0].addressees == (to,)


def test_a_call_on_trade_unions_alone_mobilises_and_asks_nothing() -> None:
    assert texts("The confederation calls on trade unions to join the strike on Monday.") == []


def test_a_comma_may_close_the_addressee_before_the_particle() -> None:
    found = find_requests(
        "Instamos al gobierno de Ruritania, a que garantice la vida de los dirigentes.", NEWS
    )
    assert [r.text.split(" (")[0] for r in found] == ["garantice la vida de los dirigentes"]
