"""Pages without letter anatomy (statements, news, UN press pages, CFA excerpts): genre, date, parties."""

from __future__ import annotations

import pytest

from casewatch.extract.pipeline import extract
from casewatch.model import Extraction, Genre, Text

UNION_STATEMENT = (
    "Freedonia: Miners' Federation demands release of jailed leaders\n\n"
    "published 3 May 2021 updated 5 May 2021\n\n"
    "The International Miners' Federation (IMF-S) strongly condemns the arrest of two union leaders in "
    "Freedonia.\n\nIMF-S demands their immediate release.\n"
)
FRENCH_UNION_PAGE = (
    "Arrestations imminentes de syndicalistes en Freedonie\n\n"
    "La CSI a appris que trois dirigeants de la centrale risquent une arrestation.\n\n"
    "La CSI exhorte les autorités de Freedonie à s'abstenir de les arrêter.\n"
)
NEWS_ABOUT_A_LETTER = (
    "En una carta a la presidenta Ana Soler, la Confederación Sindical de las Islas subrayó su preocupación "
    "por el secuestro de un dirigente.\n"
    "La carta, firmada por el secretario general de la Confederación, Pedro Ibarra, agregó que "
    "la situación es grave.\n“Es un hecho gravísimo”, concluyó la misiva.\n"
)
NGO_PRESS_RELEASE = (
    "(Northport) – Dozens of garment workers face fabricated charges after wage strikes, Rights Now Watch "
    "said today. The authorities should drop the charges.\n"
    "“Arresting workers is no answer to wage demands,” said Mara Lind, director at Rights Now Watch.\n"
)
UN_STATEMENT = (
    "Experts alarmed by crackdown on unions – March 9, 2023\n\n"
    "The following experts issued this statement:\n"
    "Ms. Jane Roe, Special Rapporteur on the rights to freedom of peaceful assembly and of association;\n"
    "Mr. John Poe, Special Rapporteur on the situation of human rights defenders.\n\n"
    "GENEVA (9 March 2023) – UN human rights experts today called for the release of dock workers.\n"
)
HIGH_COMMISSIONER_PAGE = (
    "Statements\n\n5 April 2009\n\n4 April 2009\n\n"
    "This statement was issued on 4 April 2009 by acting High Commissioner for Human Rights:\n\n"
    "The acting High Commissioner appeals to the Freedonian authorities to free the jailed dockers.\n"
)
CFA_FROM_ALLEGATIONS = (
    "Alegatos: injerencia patronal y negativa a negociar con el sindicato\n-\n"
    "501. La queja figura en una comunicación de la Federación de Trabajadores, de fecha 3 de junio.\n"
)
CFA_FRENCH_HEADER = (
    "Rapport intérimaire - Rapport No. 390, Octobre 2019\n\n"
    "Cas no 3111 (Colombie) - Date de la plainte: 18-MARS -15 - Clos\n\n"
    "Allégations: Le syndicat plaignant fait état de licenciements antisyndicaux\n"
)
CEACR_SPANISH = (
    "Observación (CEACR) - Adopción: 2019, Publicación: 109ª reunión CIT (2021)\n\n"
    "Convenio sobre la libertad sindical y la protección del derecho de sindicación, 1948 (núm. 87) - "
    "Chile (Ratificación : 1999)\n\nLa Comisión toma nota de las observaciones.\n"
)
RUSSIAN_NEWS = (
    "Суд закрыл профсоюз\n\n14 марта 2019 г. городской суд закрыл профсоюз. Как сообщила пресс-служба, "
    "решение вынесено впервые в России. Российские власти не прокомментировали.\n"
)


def _meta(text: str) -> Extraction:
    return extract(Text(text, "text/plain"))


@pytest.mark.parametrize(
    ("text", "genre"),
    [
        (UNION_STATEMENT, Genre.UNION_LETTER),
        (FRENCH_UNION_PAGE, Genre.UNION_LETTER),
        (NEWS_ABOUT_A_LETTER, Genre.NEWS),
        (NGO_PRESS_RELEASE, Genre.NGO_REPORT),
        (UN_STATEMENT, Genre.UN_COMMUNICATION),
        (HIGH_COMMISSIONER_PAGE, Genre.UN_COMMUNICATION),
        (CFA_FROM_ALLEGATIONS, Genre.ILO_CFA),
        (CFA_FRENCH_HEADER, Genre.ILO_CFA),
        (CEACR_SPANISH, Genre.ILO_CEACR),
        (RUSSIAN_NEWS, Genre.NEWS),
    ],
)
def test_genre(text: str, genre: Genre) -> None:
    assert _meta(text).meta.genre is genre


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (UNION_STATEMENT, "2021-05-03"),  # its publication stamp
        (UN_STATEMENT, "2023-03-09"),  # a heading ending with its date
        (HIGH_COMMISSIONER_PAGE, "2009-04-04"),  # the day the statement was issued, not the page's
        (CFA_FRENCH_HEADER, "2019-10"),  # the report's month
        (CEACR_SPANISH, "2019"),  # the year of adoption
        (RUSSIAN_NEWS, "2019-03-14"),  # a dated opening paragraph
    ],
)
def test_date(text: str, date: str) -> None:
    found = _meta(text).meta.date
    assert found is not None and found.iso == date


def test_the_body_speaking_in_its_own_voice_sends_the_page() -> None:
    assert [p.name for p in _meta(FRENCH_UNION_PAGE).meta.senders] == [
        "International Trade Union Confederation"
    ]
    assert [p.name for p in _meta(NGO_PRESS_RELEASE).meta.senders] == ["Rights Now Watch"]


def test_a_reported_letter_gives_its_addressee_and_signer() -> None:
    meta = _meta(NEWS_ABOUT_A_LETTER).meta
    assert [p.name for p in meta.addressees] == ["Ana Soler"]
    assert [p.name for p in meta.signatories] == ["Pedro Ibarra"]
    assert meta.senders == ()  # news: the bodies it quotes did not send it


def test_un_statement_senders_are_the_mandates_listed() -> None:
    senders = [p.name for p in _meta(UN_STATEMENT).meta.senders]
    assert senders == [
        "Special Rapporteur on the rights to freedom of peaceful assembly and of association",
        "Special Rapporteur on the situation of human rights defenders",
    ]
    issued = [p.name for p in _meta(HIGH_COMMISSIONER_PAGE).meta.senders]
    assert issued == ["acting High Commissioner for Human Rights"]


def test_cfa_header_in_french_gives_reference_country_and_parties() -> None:
    meta = _meta(CFA_FRENCH_HEADER).meta
    assert meta.reference == "Case No. 3111"
    assert meta.countries == ("COL",)
    assert [p.name for p in meta.senders] == ["Committee on Freedom of Association"]
    assert [p.name for p in meta.addressees] == ["Government of Colombia"]


SURVEY_ENTRY = (
    "Freedonia\n\nSurvey of violations of Trade Union Rights\n\n"
    "Union leader jailed after strike stalled12-03-2015\n\n"
    "Police arrested the president of the dockers' union in Northport after the strike.\n"
)
UN_SUMMARY = (
    "Communication details\n\nReference: FRD 2/2014\nType of communication: Urgent appeal\n"
    "Mandates: Special Rapporteur on the rights to freedom of peaceful assembly and of association; "
    "Special Rapporteur on the situation of human rights defenders\n\nSummary: Arrest of union leaders.\n"
)
SUBMISSION = (
    "Submission to the UN Special Rapporteur on the rights to freedom of peaceful assembly and of association"
    "\n\nThe Sylvanian Confederation of Labour submits the following information on restrictions on unions.\n"
)


def test_survey_entry_is_the_publishers_and_dated_by_its_glued_heading() -> None:
    meta = _meta(SURVEY_ENTRY).meta
    assert meta.genre is Genre.UNION_LETTER
    assert [p.name for p in meta.senders] == ["International Trade Union Confederation"]
    assert meta.date is not None and meta.date.iso == "2015-03-12"


def test_un_communication_summary_gives_its_code_and_mandates() -> None:
    meta = _meta(UN_SUMMARY).meta
    assert meta.genre is Genre.UN_COMMUNICATION
    assert meta.reference == "FRD 2/2014"
    assert [p.name for p in meta.senders] == [
        "Special Rapporteur on the rights to freedom of peaceful assembly and of association",
        "Special Rapporteur on the situation of human rights defenders",
    ]


def test_submission_to_an_expert_is_addressed_to_the_mandate() -> None:
    meta = _meta(SUBMISSION).meta
    assert [p.name for p in meta.senders] == ["Sylvanian Confederation of Labour"]
    assert [p.name for p in meta.addressees] == [
        "Special Rapporteur on the rights to freedom of peaceful assembly and of association"
    ]


RUSSIAN_LETTER = (
    "Конфедерация труда Сильвании\n\nПрезиденту Республики Фридония\nг-ну К. Брандту\n\n14 марта 2019 г.\n\n"
    "Уважаемый господин Президент!\n\nКонфедерация труда Сильвании выражает протест.\n\n"
    "С уважением,\n\nИлона Варга\nГенеральный секретарь\n"
)
RUSSIAN_STATEMENT = (
    "Профсоюз горняков Сильвании требует освободить лидеров\n\n"
    "Профсоюз горняков Сильвании требует немедленно освободить арестованных лидеров в Казахстане.\n"
)


def test_russian_letter() -> None:
    meta = _meta(RUSSIAN_LETTER).meta
    assert meta.genre is Genre.UNION_LETTER
    assert meta.date is not None and meta.date.iso == "2019-03-14"
    assert [p.name for p in meta.senders] == ["Конфедерация труда Сильвании"]
    assert [p.name for p in meta.signatories] == ["Илона Варга"]
    # the office's holder, in the nominative, the office (in the nominative) his role
    assert [(p.name, p.role) for p in meta.addressees] == [("К. Брандт", "Президент Республики Фридония")]


def test_russian_statement_in_its_own_voice() -> None:
    meta = _meta(RUSSIAN_STATEMENT).meta
    assert (meta.genre, meta.countries) == (Genre.UNION_LETTER, ("KAZ",))
    assert [p.name for p in meta.senders] == ["Профсоюз горняков Сильвании"]
