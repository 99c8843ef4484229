"""A page's body-naming phrases behind their gates find what their patterns find."""

from __future__ import annotations

import pytest

from casewatch.extract.metadata import page_parties

PHRASES = ["ON_BEHALF", "ON_BEHALF_ROMANCE", "IN_CAPACITY", "WE_THE", "LETTER_SENT_BY", "SUBMISSION_TO"]
HEADS = [
    "Dear Minister,\nOn behalf of the Orvane Workers Union, I write to protest.",
    "Monsieur le Ministre,\nAu nom de la Fédération des ouvriers de Tarsis, je vous écris.",
    "Señor Ministro:\nEn nombre de la Federación de Paler, le escribo como Secretario General de la Unión X.",
    "We, the Velmar Teachers Union, protest. The letter was sent by the Kestrel Dockers Federation.",
    "Nothing here names a body: the weather was fine and the port stayed open.",
    "Submission to the UN Special Rapporteur on the rights of workers, by the Velmar Dockers Union.",
]


@pytest.mark.parametrize("head", HEADS)
@pytest.mark.parametrize("phrase", PHRASES)
def test_a_gated_phrase_finds_what_its_pattern_finds(phrase: str, head: str) -> None:
    gate = getattr(page_parties, phrase)
    found, whole = gate.search(head), gate.compiled.search(head)
    assert (found and found.span()) == (whole and whole.span())


def test_a_body_writing_on_its_own_behalf_sends_the_letter() -> None:
    senders = page_parties.body_senders(HEADS[0])
    assert [p.name for p in senders] and "Orvane Workers Union" in senders[0].name


SIGNED_HEADS = [
    ("The letter, signed by its General Secretary, Mara Velin, asks for the release.", ["Mara Velin"]),
    ("La carta fue firmada por el secretario general, Tomas Ortal Ruiz. Otra frase.", ["Tomas Ortal Ruiz"]),
    ("The General Secretary, Ivo Dren, spoke at the rally. No letter was named.", []),
    ("Our General Secretary, Ivo Dren, spoke at the rally. Nothing else happened.", []),
    ("The letter was sent on Monday. Nobody holding a title is named in it.", []),
]


@pytest.mark.parametrize(("head", "names"), SIGNED_HEADS)
def test_a_head_without_a_signer_or_a_letter_word_names_no_signatory(head: str, names: list[str]) -> None:
    # the head is ruled out as a whole before it is read sentence by sentence: the same signatories
    assert [p.name for p in page_parties.reported_signatories(head)] == names
