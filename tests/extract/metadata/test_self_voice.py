"""Who speaks on a page, by its own first person and its sign-off (invented pages in the shapes these
genres take): a body speaking of itself in the third person, a union's communiqué in the first person
plural signed at its foot, a letter set as a page without a salutation, one person writing as "I", a
story behind an outlet's paywall, a local branch named with its number."""

from __future__ import annotations

import pytest

from casewatch.extract.metadata.genre import classify
from casewatch.extract.metadata.page_parties import page_senders
from casewatch.extract.metadata.self_voice import (
    alerts,
    chamber_question,
    own_we,
    sign_off,
    signer_over_body,
    speaks_alone,
)
from casewatch.extract.pipeline import extract
from casewatch.model import Genre, Text

# A confederation's own statement, naming itself in the third person with its stance, quoting no one
THIRD_PERSON_STATEMENT = (
    "On this World Day for Decent Work, millions of workers still cannot join a union without fear.\n"
    "Union organisers continue to be arrested and dismissed, with a sharp rise in cases recorded in the "
    "latest annual report of the Arden Confederation of Trade Unions. The Arden Confederation is resolutely "
    "opposed to the prosecution of strikers, which continues in more than twenty countries.\n"
)


def test_a_body_speaking_of_itself_with_its_stance_is_its_statement() -> None:
    assert classify(THIRD_PERSON_STATEMENT) is Genre.UNION_LETTER
    assert [p.name for p in page_senders(THIRD_PERSON_STATEMENT)] == ["Arden Confederation"]


# A communiqué of local unions in the first person plural, signed at its foot with its date, under a
# blog's byline and above the site's calendar
COMMUNIQUE = (
    "Le communiqué des syndicats de la région d'Avra\n\n"
    "jeudi 4 mai 2031\n"
    "par  syndicats-avra\n\n"
    "Des interpellations inacceptables !\n"
    "Plus de cinquante manifestants ont été placés en garde à vue. Il y a parmi eux des collègues de nos "
    "syndicats qui ne sont pas à leur poste ce matin.\n"
    "Comme organisations syndicales, nous sommes attachés aux libertés démocratiques et nous exigeons "
    "leur libération immédiate.\n"
    "Les organisations syndicales de la région d'Avra, le 3/05/2031\n\n"
    "Agenda\n\nAucun évènement à venir\n"
)


def test_a_communique_signed_by_its_unions_is_theirs() -> None:
    assert own_we(COMMUNIQUE)
    assert sign_off(COMMUNIQUE) == (Genre.UNION_LETTER, "Les organisations syndicales de la région d'Avra")
    assert classify(COMMUNIQUE) is Genre.UNION_LETTER


def test_a_story_telling_the_same_in_the_third_person_is_not_signed() -> None:
    story = (
        "Unions protest arrests\n\nPort Avra, 4 May\n\nMore than fifty protesters were detained, among them "
        "teachers, the local unions said on Thursday. The Federation of Avra Teachers, which called the "
        "protest, demanded their release, its secretary said.\n"
    )
    assert sign_off(story) is None
    assert classify(story) is Genre.NEWS


# A union's letter set as a page: the addressees' block, "I am writing to you", the name over the union's
LETTER_AS_PAGE = (
    "Letter from the Arden Union of Postal Workers in support of detainees\n\n"
    "Port Avra, 5 March 2031\n\n"
    "Jan Miro\nOffice of the President\n\n"
    "On behalf of 40,000 members of the Arden Union of Postal Workers (AUPW), I am writing to you to "
    "express our great concern about the workers arrested after the March protests. We share the view of "
    "the confederation's leader, who said that only dialogue can end the crisis.\n"
    "We demand the immediate and unconditional release of all protesters.\n\n"
    "Tomas Kerr,\nArden Union of Postal Workers (AUPW)\n\n\nRecent posts\n"
)


def test_a_letter_set_as_a_page_is_signed_over_its_union() -> None:
    assert signer_over_body(LETTER_AS_PAGE) == "Tomas Kerr"
    meta = extract(Text(LETTER_AS_PAGE, "text/plain")).meta
    assert meta.genre is Genre.UNION_LETTER
    assert [p.name for p in meta.signatories] == ["Tomas Kerr"]


# One person writing as "I" of unionists prosecuted: a politician's page, no union's
@pytest.mark.parametrize(
    "page",
    [
        "Ce matin à Port-Avra, j'ai apporté tout mon soutien à Léa Morin et à Paul Brun, militants "
        "syndicaux. Ils ont été entendus par la gendarmerie.\n"
        "Plus de cent militants syndicaux sont poursuivis.\n"
        "Protéger nos libertés syndicales est une priorité.\n",
        "This morning I visited the picket line in Port Avra and gave my full support to the two union "
        "delegates facing charges. Hundreds of trade unionists are prosecuted.\nDefending our union rights "
        "is a priority.\n",
    ],
)
def test_one_person_writing_as_i_of_unionists_is_no_union_page(page: str) -> None:
    assert speaks_alone(page)
    assert classify(page) is Genre.OTHER


def test_a_union_officer_writing_as_i_signs_for_her_union() -> None:
    letter = (
        "Je vous écris au sujet de l'arrestation de Léa Morin, secrétaire générale de la centrale d'Avra. "
        "Je demande sa libération immédiate et je suivrai de près vos actions.\n"
        "La Secrétaire Générale du SNAV\nNadia Kerr\n"
    )
    assert not speaks_alone(letter)


# A story behind an outlet's paywall, reporting a federation's telegram
def test_a_story_behind_a_paywall_is_the_outlet_s() -> None:
    page = (
        "Protest over attacks on workers\n\n"
        "The secretary general of the Arden Metalworkers Federation has sent telegrams to the King and the "
        "Prime Minister, in which he states that the attacks on peaceful members contradict...\n\n"
        "Subscribe to continue reading\n\n"
        "The secretary general of the Arden Metalworkers Federation has sent telegrams to the King.\n"
    )
    assert classify(page) is Genre.NEWS


# A local branch named by its acronym and number speaking in its own voice
def test_a_numbered_local_branch_is_the_sender() -> None:
    page = (
        "Plus de cent personnes se sont rassemblées ce mardi contre la répression syndicale.\n"
        "Les sanctions adressées à deux collègues demeurent inacceptables. Le SNAV FSA 42 réitère son entier "
        "soutien aux camarades concernés.\n11 octobre 2031\n"
    )
    assert classify(page) is Genre.UNION_LETTER
    assert [p.name for p in page_senders(page)] == ["SNAV FSA 42"]


# A member of parliament's letter to a minister about unionists, and a politician's communiqué under his
# name: one person writing as "I", no union's
POLITICIAN_LETTER = (
    "Voici la lettre que j'ai adressée au ministre de l'Intérieur.\n"
    "Port-Avra, le 23 mai 2031\n"
    "Monsieur le Ministre,\n"
    "Je veux vous faire part de ma stupéfaction après l'interpellation de deux syndicalistes à leur "
    "domicile. "
    "Ils n'ont fait que défendre leurs collègues lors d'une grève.\n"
    "Aussi, je vous saurai gré d'intervenir afin qu'ils soient libérés sans délai.\n"
    "Recevez, Monsieur le Ministre, l'expression de ma plus haute considération.\n"
    "Marc Dorval\n"
)
POLITICIAN_COMMUNIQUE = (
    "Communiqué de Marc Dorval :\n\nNon à la criminalisation du mouvement syndical !\n\n3 mai 2031\n\n"
    "Deux syndicalistes viennent d'être placés en garde à vue après une manifestation.\n"
    "J'en appelle à la population de la région :\n- Refusons cette criminalisation de l'action syndicale.\n"
    "Je demande aux élus de toutes sensibilités de dénoncer ces agissements.\n"
)


@pytest.mark.parametrize("page", [POLITICIAN_LETTER, POLITICIAN_COMMUNIQUE])
def test_a_politician_writing_of_unionists_is_no_union(page: str) -> None:
    assert extract(Text(page, "text/plain")).meta.genre is Genre.OTHER


def test_a_union_leader_s_letter_signed_for_her_union_stays_the_union_s() -> None:
    letter = POLITICIAN_LETTER.replace(
        "Marc Dorval\n", "Léa Morin\nPrésidente, Syndicat des dockers d'Avra\n"
    )
    assert extract(Text(letter, "text/plain")).meta.genre is Genre.UNION_LETTER


# A release announcing a day of action names the bodies that organise it: they are its senders
@pytest.mark.parametrize(
    ("sentence", "senders"),
    [
        (
            "This day of action has been organised by the Arden Confederation of Trade Unions (ACTU) and the "
            "Avra Dockers' Federation (ADF) and is being backed by several groups.",
            ["Arden Confederation of Trade Unions", "Avra Dockers' Federation"],
        ),
        (
            "La journée d'action a été organisée par la Fédération des Dockers d'Avra.",
            ["Fédération des Dockers d'Avra"],
        ),
    ],
)
def test_the_organisers_of_the_action_a_release_announces_send_it(sentence: str, senders: list[str]) -> None:
    page = "Today thousands of workers call for the release of two jailed union leaders.\n" + sentence + "\n"
    assert [p.name for p in page_senders(page)] == senders


def test_a_story_of_an_action_organised_in_the_past_names_no_organiser() -> None:
    page = "The strike was organised by the Arden Dockers' Federation in May, the paper reported.\n"
    assert page_senders(page) == []


# A member's speech in a chamber asking the minister about arrested unionists: no union's page
@pytest.mark.parametrize(
    "speech",
    [
        "La colère des salariés est immense. Indignés, nous faisons nôtre ce vieux conseil.\n"
        "Le placement en garde à vue de ces syndicalistes relève d'une affaire de grand banditisme. "
        "Pourquoi, madame la ministre, recourir à de telles méthodes, totalement disproportionnées ?\n",
        "The workers of Port Avra are angry. The arrest of these trade unionists at dawn was shocking. "
        "Will the Government, Mr Speaker, explain why such methods were used against them?\n",
    ],
)
def test_a_member_asking_a_minister_in_a_chamber_is_no_union(speech: str) -> None:
    assert chamber_question(speech)
    assert classify(speech) is Genre.OTHER


def test_a_union_s_open_letter_greeting_the_minister_is_still_the_union_s() -> None:
    letter = (
        "Monsieur le Ministre,\n\nNotre syndicat proteste contre la garde à vue de deux de nos délégués. "
        "Pourquoi, monsieur le ministre, recourir à de telles méthodes ?\n\n"
        "Veuillez agréer, Monsieur le Ministre, nos salutations.\n\nLe Syndicat des dockers d'Avra\n"
    )
    assert extract(Text(letter, "text/plain")).meta.genre is Genre.UNION_LETTER


# An NGO's action alert about union leaders: its "we" names no union, it asks its reader to act
ACTION_ALERT = (
    "Alerts\n\nRuritania: two union leaders freed; one still jailed. Please act!\n\n"
    "After a month in prison, Ms. Ana Varo, director of the Avra Workers Centre, and Mr. Ivo Daln, "
    "president of the Avra Garment Workers Federation, have been granted bail.\n"
    "They still face charges brought by the garment exporters' association.\n"
    "But another trade union leader remains imprisoned. We need to redouble our efforts to free him.\n"
)


def test_an_action_alert_whose_we_names_no_union_is_the_ngo_s() -> None:
    assert alerts(ACTION_ALERT)
    assert classify(ACTION_ALERT) is Genre.NGO_REPORT


def test_a_union_s_alert_speaking_of_its_own_members_stays_the_union_s() -> None:
    page = ACTION_ALERT.replace(
        "We need to redouble our efforts", "Our union and our members will redouble efforts"
    )
    assert classify(page) is Genre.UNION_LETTER


# A story quoting an interview in dash-led lines, its speaker saying "I": the reporter's page
def test_an_interview_s_dash_led_lines_are_the_speaker_s_words() -> None:
    story = (
        "Профсоюзных активистов задержали после пикета\n"
        "Четыре часа в отделении пришлось провести председателю профкома Ивану Дорну. Об этом он заявил "
        "на пресс-конференции.\n"
        "- Провели задержание, удерживали четыре часа. На суде я заявил, что мне нужен адвокат. Я считаю, "
        "что задержание незаконно.\n"
        "По телефону мы связались с начальником отдела полиции.\n"
    )
    assert not speaks_alone(story)


# A union page speaking as "we" of "our country of human rights": the rights are no NGO
def test_rights_spoken_of_as_ours_name_no_ngo() -> None:
    page = (
        "Près de deux cents personnes devant le commissariat ce matin pour soutenir le secrétaire du "
        "syndicat des dockers, convoqué pour la troisième fois dans notre beau pays des droits de l'homme. "
        "L'Union départementale des syndicats d'Avra remercie ceux qui nous ont fait part de leur soutien.\n"
    )
    assert Genre.NGO_REPORT not in own_we(page)
    assert classify(page) is Genre.UNION_LETTER
