"""Genre and senders of page shapes met on unseen pages: a union's own release that tells what it did rather
than what it "condemns", a committee's comment cut below its header, the Conference's record of its
committee's report (invented documents of the same shape)."""

from __future__ import annotations

from casewatch.extract.metadata.genre import classify
from casewatch.extract.pipeline import extract
from casewatch.model import Genre, Text

# a global union's release: it steps up pressure and lodges a complaint; the workers "reported for work",
# which is nobody's reported speech
STEPPED_UP = (
    "Arden federation lodges complaint at the ILO over dismissed port workers\n"
    "Posted to the website 3-Mar-2031\n\n"
    "The ATWF has stepped up pressure on the Government of Freedonia to reinstate 80 dockers dismissed "
    "during a dispute over their collective agreement. When they reported for work, security guards "
    "prevented them from entering the port. The dismissals were upheld by the Supreme Court, in clear "
    "violation of ILO Conventions 87 and 98.\n"
    "The ATWF is calling on the ILO to demand that the Government reinstate the workers with full back pay."
)

# a campaign message telling what a union launched, signed off by the campaigner
LAUNCHED = (
    "Freedonia: Stop union-busting at the Grand Orchard Hotel\n"
    "Last month the hotel's management sacked the union's chairman along with 11 other workers.\n"
    "The International Union of Foodworkers (IUF) has launched a global online campaign calling on the "
    "hotel management to reinstate the 12 dismissed workers and to negotiate with the union.\n"
    "Please take a moment to show your support for these workers.\n"
    "Thank you.\n"
)

# a national centre answering a minister's words in its own voice, by its acronym
DISAPPOINTED = (
    "Minister's contempt for trade unions\n\n"
    "Personal attacks made against union leaders by the Minister are shallow and lack substance.\n"
    "ATUC is disappointed by the lack of professionalism shown by the media that published them.\n"
    "ATUC would like to reassure the Government that it will not back down from its fight for the rights "
    "of workers."
)


def test_a_union_release_telling_its_own_acts_is_the_unions() -> None:
    assert classify(STEPPED_UP) is Genre.UNION_LETTER


def test_a_campaign_naming_the_union_that_launched_it_is_the_unions() -> None:
    assert classify(LAUNCHED) is Genre.UNION_LETTER


def test_a_union_disappointed_in_its_own_name_sends_its_page() -> None:
    meta = extract(Text(DISAPPOINTED, "text/plain")).meta
    assert meta.genre is Genre.UNION_LETTER
    assert [p.name for p in meta.senders] == ["ATUC"]


# a committee's comment without its header: two sentences in its voice and its formulas
BARE_COMMENT = (
    "Display in: French - Spanish\n"
    "The Committee notes that the report has not been received. It refers to its previous comments on the "
    "application of this Convention. The Committee hopes that the Government will not fail to transmit a "
    "detailed report under article 22 of the Constitution for examination at its next session."
)

# the Conference's record: the session's heading, then the committee's report submitted in plenary
PLENARY = (
    "112th Session\nGeneva, June 2034\n\n"
    "Report of the Committee on the Application of Standards\n\n"
    "Submission, discussion and adoption\n\n"
    "Ms DOE (Government delegate, Ruritania; Reporter of the Committee) -- It is my honour to present the "
    "report of the Committee on the Application of Standards to this plenary."
)


def test_a_comment_cut_below_its_header_is_the_experts() -> None:
    meta = extract(Text(BARE_COMMENT, "text/plain")).meta
    assert meta.genre is Genre.ILO_CEACR
    assert [p.name for p in meta.senders] == [
        "Committee of Experts on the Application of Conventions and Recommendations"
    ]


def test_the_conference_record_of_the_committees_report_is_the_committees() -> None:
    assert classify(PLENARY) is Genre.ILO_CAS


# a paper's story of a confederation's communiqué: the confederation named again and again, never quoted by
# a plain "said", but told from outside ("Dans un communiqué rendu public", "a tenu à condamner")
TOLD_COMMUNIQUE = (
    "Six ans après le dépôt de son dossier, la Confédération des syndicats ardeniens (CSA) réclame toujours "
    "le récépissé d'enregistrement de son dossier. Dans un communiqué rendu public, les syndicats membres de "
    "la CSA ont mis en exergue le refus du ministère de recevoir ses dirigeants. Par la suite, la CSA a tenu "
    "à condamner cette mise au ban, rejetant « la politique de deux poids, deux mesures » du ministre."
)


def test_a_story_telling_a_unions_communique_from_outside_is_news() -> None:
    assert classify(TOLD_COMMUNIQUE) is Genre.NEWS


# a State's letter and note circulated as UN documents, titled with whom they are addressed to
CIRCULATED_LETTER = (
    "Letter dated 3 May 2031 from the Permanent Representative of the Republic of Arden to the United "
    "Nations Office at Geneva addressed to the Chairperson of the Council\n\n"
    "I have the pleasure to report to you on the following measures taken by the Republic of Arden following "
    "the last session of the Council, in reply to the communication of the special procedures."
)
CIRCULATED_NOTE = (
    "Note verbale dated 9 June 2031 from the Permanent Mission of the Republic of Arden addressed to the "
    "secretariat of the Council The Permanent Mission of the Republic of Arden presents its compliments to "
    "the secretariat of the Council. The Permanent Mission has the honour to transmit its reply to the "
    "allegations sent by the Special Rapporteur."
)


def test_a_circulated_letter_is_addressed_as_its_title_says() -> None:
    meta = extract(Text(CIRCULATED_LETTER, "text/plain")).meta
    assert meta.genre is Genre.GOVERNMENT_REPLY
    assert [p.name for p in meta.addressees] == ["Chairperson of the Council"]


def test_compliments_to_a_secretariat_name_it_in_lower_case() -> None:
    meta = extract(Text(CIRCULATED_NOTE, "text/plain")).meta
    assert meta.genre is Genre.GOVERNMENT_REPLY
    assert [p.name for p in meta.addressees] == ["secretariat of the Council"]


# a Conference committee's record cut below its header: the discussion's heading, the government's speaker
BARE_DISCUSSION = (
    "Display in: English - French\n"
    "Discussion by the Committee\n"
    "Government representative, Minister of Labour - On behalf of the State of Arden, I refer to the report "
    "of the Committee of Experts, which notes the observations of the employers' organization on the "
    "detention of its leaders. The State of Arden rejects any interference in its internal affairs."
)


def test_a_committees_discussion_cut_below_its_header_is_the_conference_committees() -> None:
    assert classify(BARE_DISCUSSION) is Genre.ILO_CAS


# a Brazilian union's note of protest: it comes forward in public and speaks of "our" support
NOTA_DE_REPUDIO = (
    "NOTA DE REPÚDIO\n\n"
    "O Sindicato dos Portuários de Avra vem a público manifestar seu mais veemente repúdio à prisão do "
    "companheiro sindicalista João Batista, liderança reconhecida na luta dos trabalhadores.\n\n"
    "A prisão de um dirigente sindical representa um grave ataque à liberdade sindical. Prestamos todo o "
    "nosso apoio ao companheiro e à sua família.\n\n"
    "Liberdade para quem luta!"
)


def test_a_unions_note_speaking_as_nos_is_the_unions() -> None:
    assert classify(NOTA_DE_REPUDIO) is Genre.UNION_LETTER
