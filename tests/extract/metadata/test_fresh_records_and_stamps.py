"""Genres and dates of record layouts and page stamps met on fresh real pages outside the corpus: a Committee
report titled by its number in words, a short CEACR comment, a union's or an NGO's publication opening on
its contents, a page's stamp with the hour it was posted, a UN document's run-together header, a Governing
Body's minutes (invented documents)."""

from __future__ import annotations

import pytest

from casewatch.model import Genre


@pytest.mark.parametrize(
    "doc",
    [
        "GB.401/5/2   401st Session   Geneva, March 2031\n\n"
        "THREE HUNDRED AND FORTY-SECOND REPORT OF THE COMMITTEE ON FREEDOM OF ASSOCIATION\n\n"
        "Contents\n\nIntroduction ..... 1-20\n\nCase No. 4101 (Tellary): Complaint presented by the Tellary "
        "Dockers' Union against the Government of Tellary ..... 21-40\n",
        "Genève, mars 2031\n\nTROIS CENT QUARANTE-DEUXIÈME RAPPORT DU COMITÉ DE LA LIBERTÉ SYNDICALE\n\n"
        "Table des matières\n\nIntroduction ..... 1-20\n",
    ],
)
def test_a_committee_report_titled_by_its_number_in_words_is_the_cfa(told, doc: str) -> None:
    assert told(doc).genre is Genre.ILO_CFA


@pytest.mark.parametrize(
    "doc",
    [
        "The Committee notes the Government's report. It recalls that it had asked the Government for its "
        "comments on the observations of the Union of Tellary Clerks. The Committee will address these "
        "matters in its observation on the application of Convention No. 98.\n",
        "La commission prend note du rapport du gouvernement. Elle rappelle qu'elle avait prié le "
        "gouvernement de répondre aux commentaires du Syndicat des employés de Velmar. Elle examinera ces "
        "questions dans son observation sur l'application de la convention no 98.\n",
    ],
)
def test_a_short_comment_sending_its_matters_to_its_companion_observation_is_the_ceacr(
    told, doc: str
) -> None:
    assert told(doc).genre is Genre.ILO_CEACR


SURVEY = (
    "Annual Survey of violations of union rights 2031\n"
    "Period under review: January to December 2030. The Global Federation of Dockers' Unions is a "
    "federation of national unions of port workers.\n"
    "Contents foreword ............ 5 the core labour standards .... 9 Africa ............. 14 "
    "Arvania ............ 16 Belmora ............ 18 Tellary ........... 19\n"
)


REPORT = (
    "Velmar Human Rights League\n\nSilenced at work: union leaders on trial in Velmar\n\n"
    "Table of contents\n\nSummary ........ 1\nThe strikes of 2030 ........ 4\nThe trials ........ 9\n"
    "Recommendations ........ 15\n"
)


@pytest.mark.parametrize(("doc", "genre"), [(SURVEY, Genre.UNION_LETTER), (REPORT, Genre.NGO_REPORT)])
def test_a_publication_opening_on_its_contents_is_its_publishers(told, doc: str, genre: Genre) -> None:
    assert told(doc).genre is genre


def test_a_page_stamp_with_its_hour_dates_the_story(told) -> None:
    doc = (
        "Asesinan a dos dirigentes sindicales en Velmar\n\nsábado, 3 de junio de 2031 · 16:31\n"
        "VELMAR (agencia).- Dos dirigentes sindicales fueron asesinados en menos de dos meses. El 11 de "
        "mayo, el secretario general del sindicato de la química fue atacado cuando conducía.\n"
    )
    assert told(doc).date == "2031-06-03"


@pytest.mark.parametrize(
    ("doc", "iso"),
    [
        (
            "A/HRC/71/12/Add.2 United Nations General Assembly Distr.: General 10 June 2031 English Only "
            "Human Rights Council Seventy-first session Report of the Special Rapporteur on the rights to "
            "freedom of peaceful assembly and of association Addendum Observations on communications\n",
            "2031-06-10",
        ),
        (
            "UNITED NATIONS E Economic and Social Council Distr. GENERAL E/CN.4/2031/G/7 17 March 2031 "
            "Original: ENGLISH Note verbale dated 10 March 2031 from the Permanent Mission of Velmar to the "
            "United Nations Office at Geneva addressed to the secretariat\n",
            "2031-03-10",
        ),
    ],
)
def test_a_un_document_run_together_is_dated_by_its_letter_or_its_distribution(
    told, doc: str, iso: str
) -> None:
    assert told(doc).date == iso


@pytest.mark.parametrize(
    "doc",
    [
        "1 INTERNATIONAL LABOUR OFFICE 401st Session Governing Body Geneva, March 2031 Minutes of the 401st "
        "Session\n\n2 The 401st Session of the Governing Body was held in Geneva. Table of contents by "
        "order of item on the agenda: 4 GB.401/4 512th Report of the Committee on Freedom of Association\n",
        "Procès-verbaux de la 401e session du Conseil d'administration du Bureau international du Travail\n\n"
        "La 401e session s'est tenue à Genève. Rapport du Comité de la liberté syndicale.\n",
    ],
)
def test_the_governing_body_minutes_are_no_committee_record(told, doc: str) -> None:
    assert told(doc).genre is Genre.OTHER


def test_a_stamp_posting_the_page_to_its_website_dates_it(told) -> None:
    doc = (
        "Dockers United\n\nFederation lodges complaint at the ILO Posted to the Dockers United website "
        "22-May-2031 Share this article.\nThe federation has stepped up pressure on the government of Velmar "
        "to reinstate the workers dismissed in 2030.\n"
    )
    assert told(doc).date == "2031-05-22"


@pytest.mark.parametrize(
    "doc",
    [
        "Display in: French - Spanish\nAllegations: Arrest of union officers in Tellary\n- 195. The "
        "complaint contained in this case appears in a communication from the Tellary Workers' Congress "
        "dated 7 February 2031. The Government sent its observations in a communication dated 15 May 2031.\n"
        "A. The complainant's allegations\n- 196. The Congress refers to the arrest of two officers.\n",
        "Reports of the Committee cannot be regarded as an infringement of freedom of association. The "
        "Committee notes that the judicial authorities gave orders to the police. The Committee also notes "
        "that, according to the complainant, two strikers died. The Committee requests the Government to "
        "send its observations on the death of a third striker.\n",
    ],
)
def test_a_cfa_excerpt_cut_below_its_header_is_the_cfa(told, doc: str) -> None:
    assert told(doc).genre is Genre.ILO_CFA


def test_an_iso_stamp_with_its_hour_at_the_top_dates_the_page(told) -> None:
    doc = (
        "Court turns down the claim of the Velmar radio workers' union\n\n"
        "2031 2031-04-23T19:52:19+0300 1970-01-01T03:00:00+0300 en\n\n"
        "On 22 April the district court turned down the claim by the union against the refusal to register "
        "its branch.\n"
    )
    assert told(doc).date == "2031-04-23"
