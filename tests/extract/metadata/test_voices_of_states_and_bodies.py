"""Who speaks on a page without a letter's anatomy: a State answering the UN's experts, a UN mechanism in
its release, a union relaying a joint statement, a story's byline (invented documents)."""

from __future__ import annotations

from casewatch.extract.pipeline import extract
from casewatch.model import Genre, Text


def _meta(text: str):  # type: ignore[no-untyped-def]
    return extract(Text(text, "text/plain")).meta


STATE = (
    "La República de Ostravia rechaza categóricamente las afirmaciones publicadas hoy por dos Relatores "
    "Especiales de las Naciones Unidas sobre el supuesto encarcelamiento de dirigentes sindicales en "
    "Ostravia.\n"
    "El Gobierno recuerda que respondió a cada comunicación dentro del plazo fijado y que los dirigentes "
    "citados están en libertad.\n"
)


def test_a_state_answering_the_un_experts_in_its_own_voice_is_a_government_reply() -> None:
    assert _meta(STATE).genre is Genre.GOVERNMENT_REPLY


def test_a_story_of_a_ministry_s_statement_is_no_reply() -> None:
    story = (
        "La cancillería de Ostravia difundió el martes una nota, en la que rechaza las críticas de dos "
        "expertos de la ONU.\n"
        "Según la agencia estatal, el Estado recibió una comunicación conjunta de los Relatores Especiales "
        "el 3 de marzo de 2031.\n"
    )
    assert _meta(story).genre is not Genre.GOVERNMENT_REPLY


def test_a_un_mechanism_named_as_its_release_s_subject_sends_it() -> None:
    release = (
        "GENEVA (3 May 2031) – The United Nations Working Group on Enforced Disappearances* today urged "
        "the authorities of Ostravia to disclose the fate of two missing dock workers' leaders.\n"
        "(*) The Working Group is made up of five independent experts.\n"
    )
    meta = _meta(release)
    assert meta.genre is Genre.UN_COMMUNICATION
    assert [p.name for p in meta.senders] == ["Working Group on Enforced Disappearances"]


def test_a_union_relaying_a_joint_statement_sends_it_not_the_last_of_the_list() -> None:
    page = (
        "Arrestation d'un docker syndicaliste : libération immédiate !\n\n"
        "La FSPV FP-DK reprend à son compte le communiqué des syndicats du port de Valdor.\n\n"
        "« Les syndicats du port SND, SPV, UGTV apportent leur soutien à notre camarade arrêté samedi. "
        "Les syndicats du port SND, SPV, UGTV demandent sa libération immédiate. »\n"
    )
    assert [p.name for p in _meta(page).senders] == ["FSPV FP-DK"]


def test_a_byline_makes_the_page_a_story() -> None:
    page = (
        "— Le , par Amélie Corvin.\n"
        "VALDOR - Des militants syndicaux convoqués par la police\n"
        "Quatre militants syndicaux ont été convoqués par la police après la manifestation des dockers, "
        "a indiqué le syndicat.\n"
    )
    assert _meta(page).genre is Genre.NEWS


def test_a_committee_of_experts_comment_cut_below_its_header_is_still_its_comment() -> None:
    comment = (
        "Display in: French - SpanishView all\n"
        "The Committee regrets that, once more, the Government’s report gives no answer to the Committee’s "
        "previous direct requests on the registration of dockers' unions.\n"
        "The Committee is also addressing a request directly to the Government.\n"
    )
    assert _meta(comment).genre is Genre.ILO_CEACR


def test_an_ngo_appeal_is_referenced_by_its_appeal_code() -> None:
    appeal = (
        "Urgent Interventions\n"
        "Detention of a dockers' union leader\n"
        "OST 002 / 0331 / OBS 017\n"
        "4 March 2031\n"
        "The Observatory for the Protection of Human Rights Defenders requests your urgent intervention in "
        "the following situation in Ostravia.\n"
    )
    assert _meta(appeal).reference == "OST 002 / 0331 / OBS 017"
