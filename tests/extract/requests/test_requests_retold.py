"""Asks of one document told again in other words or other shapes: a release retold in a quotation, a
present 'insists that' naming an office holder, enumerated questions under one verb, French demands
with an adverb of force and ultimatums (invented names throughout)."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

NEWS = Setting(PartialDate(2022, 3, 1), ("Arden Federation",), ("Government",), reported=True)
RECORD = Setting(PartialDate(2022, 3, 1), ("Committee",), ("Government",), body_only=True)


def texts(text: str, setting: Setting = NEWS) -> list[str]:
    return [r.text for r in find_requests(text, setting)]


@pytest.mark.parametrize(
    "text",
    [
        "La fédération a demandé la libération immédiate de sept syndicalistes arrêtés mardi. « Nous "
        "appelons le gouvernement à veiller à ce que les syndicalistes arrêtés soient libérés "
        "sur-le-champ », a déclaré sa présidente.",
        'The federation demanded the immediate release of the six detained dockers. "We call on the '
        'authorities to ensure that the detained dockers are released without delay," its leader said.',
        "The union called for the release of the arrested teachers on Monday. Its secretary urged the "
        "authorities to release the arrested teachers immediately.",
    ],
)
def test_a_release_told_again_in_other_words_is_one_ask(text: str) -> None:
    assert len(texts(text)) == 1


def test_a_release_of_others_told_after_is_a_further_ask() -> None:
    text = (
        "The experts called on the authorities to free Ivo Marsk and all other detained unionists. "
        "They urged the Government to release him unconditionally and to free all the remaining teachers."
    )
    assert "free all the remaining teachers" in texts(text)


@pytest.mark.parametrize(
    ("text", "to"),
    [
        ("The union insists that Minister Tomas Varga reinstate the dismissed drivers.",
         "Minister Tomas Varga"),
        ("The federation insists that Labour Minister Ana Kovic reinstate the workers.",
         "Labour Minister Ana Kovic"),
        ("The union insists that the Minister of Labour, Ana Kovic, reinstate the workers.",
         "Minister of Labour, Ana Kovic"),
    ],
)  # fmt: skip
def test_insisting_that_an_office_holder_act_asks_that_person(text: str, to: str) -> None:
    [request] = find_requests(text, NEWS)
    assert (request.text.split()[0], request.addressees) == ("reinstate", (to,))


@pytest.mark.parametrize(
    "text",
    [
        "The union insists that the Minister acted lawfully.",
        "The union insists that President Ivo Brandt was informed.",
        "The federation insists that Labour Minister Ana Kovic is to blame.",
    ],
)
def test_insisting_on_what_an_office_holder_did_asks_nothing(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Committee requests the Government to indicate (i) whether the board has met; and (ii) whether "
         "the unions were consulted.",
         ["indicate whether the board has met", "indicate whether the unions were consulted"]),
        ("The Committee requests the Government to indicate in its next report: (i) whether the council has "
         "met, and (ii) whether the unions were heard.",
         ["indicate whether the council has met", "indicate whether the unions were heard"]),
        ("The Committee requests the Government to specify (a) how many unions were registered and (b) which "
         "were refused.",
         ["specify how many unions were registered", "specify which were refused"]),
    ],
)  # fmt: skip
def test_enumerated_questions_keep_the_verb_asking_them(text: str, expected: list[str]) -> None:
    assert texts(text, RECORD) == expected


def test_enumerated_acts_each_have_their_own_verb() -> None:
    text = "The Committee requests the Government to (i) amend section 5; and (ii) repeal section 9."
    assert texts(text, RECORD) == ["amend section 5", "repeal section 9"]


@pytest.mark.parametrize(
    ("text", "ask", "by"),
    [
        ("Le SNTV a condamné ces arrestations avant de demander avec force la libération immédiate de leurs "
         "camarades.", "la libération immédiate de leurs camarades", "SNTV"),
        ("Le syndicat a donné un ultimatum de cinq jours au gouvernement pour la libération des militants "
         "arrêtés.", "la libération des militants arrêtés", "syndicat"),
        ("La centrale a lancé un ultimatum aux autorités pour la réintégration des enseignants licenciés.",
         "la réintégration des enseignants licenciés", "centrale"),
        ("La fédération réclame avec insistance la réouverture du siège syndical.",
         "la réouverture du siège syndical", "fédération"),
    ],
)  # fmt: skip
def test_french_demands_with_force_and_ultimatums(text: str, ask: str, by: str) -> None:
    [request] = find_requests(text, NEWS)
    assert (request.text, request.issuers) == (ask, (by,))


def test_an_ultimatum_for_nothing_asks_nothing() -> None:
    assert texts("Il a lancé un ultimatum pour rien.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The authorities must immediately release all detained teachers, and revoke the decree that bans "
         "the union.", ["release all detained teachers", "revoke the decree that bans the union"]),
        ("The Government should free the organisers and rescind the dismissals.",
         ["free the organisers", "rescind the dismissals"]),
        ("The ministry must reinstate the drivers and overturn the ban on the union.",
         ["reinstate the drivers", "overturn the ban on the union"]),
    ],
)  # fmt: skip
def test_a_modal_with_a_further_remedy_of_revoking_asks_it_apart(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'The union demanded the reinstatement of the twelve dismissed drivers. "We urge the company to '
        'reinstate the dismissed drivers now," its leader said.',
        "The union called for an investigation into the attack on Ivo Marsk. Its secretary urged the police "
        "to investigate the attack on Marsk.",
        "Le syndicat exige la réintégration des douze chauffeurs licenciés. « Nous appelons la direction à "
        "réintégrer les chauffeurs licenciés », a dit sa secrétaire.",
    ],
)
def test_any_remedy_told_again_for_no_one_new_is_one_ask(text: str) -> None:
    assert len(texts(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The union urged the Government to amend section 10 of the Act. It also urged it to amend section 12 "
        "of the Act.",
        "The experts called for the release of Ivo Marsk. They urged the authorities to release Ana Marsk.",
        "The union urged the Government to reinstate the drivers. It also urged the company to reinstate the "
        "dismissed cleaners.",
    ],
)
def test_a_remedy_asked_again_for_others_is_a_further_ask(text: str) -> None:
    assert len(texts(text)) == 2


@pytest.mark.parametrize(
    ("text", "ask", "to"),
    [
        ("The teachers' union is serving notice to the ministry for them to pay the allowances.",
         "pay the allowances", "ministry"),
        ("The dockers served notice on the port authority to reinstate the sacked crane operators.",
         "reinstate the sacked crane operators", "port authority"),
        ("The federation issued a 14-day notice to the ministry to pay the arrears or face a strike.",
         "pay the arrears", "ministry"),
        ("The union serves notice on the employer to recognise it.", "recognise it", "employer"),
    ],
)  # fmt: skip
def test_notice_served_on_a_party_to_act_asks_it(text: str, ask: str, to: str) -> None:
    assert [(r.text, r.addressees) for r in find_requests(text, NEWS)] == [(ask, (to,))]


def test_a_strike_notice_alone_asks_nothing() -> None:
    assert texts("The union served a strike notice on the employer on Monday.") == []
