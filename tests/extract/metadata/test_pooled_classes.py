"""Classes of pages that recur across many sources: each test an invented page of the same shape."""

from __future__ import annotations

import pytest

from casewatch.extract.layout import letter_parts
from casewatch.extract.metadata.addressees import addressees
from casewatch.extract.metadata.document_date import document_date
from casewatch.extract.metadata.genre import classify
from casewatch.extract.metadata.self_voice import foot_body
from casewatch.model import Genre, Part, PartialDate


def parts(text: str) -> tuple[Part, ...]:
    return tuple(letter_parts(text))


def _genre(text: str) -> Genre:
    return classify(text, tuple(letter_parts(text)))


# A committee's comment cut below its header, in its plainest form: the committee's own sentences, none of
# the formulas a comment's full form repeats
COMMENT = """Display in: French - Spanish
The Committee notes the comments submitted by the Harbour Workers' Federation in a communication dated
3 March 2031 concerning the application of the Convention in the ports.
In its previous comments, the Committee had noted that a union must have at least 40 members to be
registered. The Committee notes the Government's explanation that the threshold is being reviewed.
The Committee recalls that such a requirement is too high and requests the Government to amend the Act.
"""

CASE = """- 12. El Comité examinó ya este caso en marzo de 2030 y presentó un informe provisional.
- 13. Los querellantes alegan la detención de dirigentes del Sindicato de Estibadores de Puerto Nuevo.
- 14. El Comité lamenta que el Gobierno no haya enviado sus observaciones.
"""

STORY = """Port union wins its case in Geneva
The union's leaders welcomed the decision on Tuesday. The committee noted that the threshold was too
high, the federation's lawyer said. "The Committee requests the Government to amend the Act," she
quoted from the report, adding that the union would press the ministry next week.
"""


@pytest.mark.parametrize(("text", "genre"), [(COMMENT, Genre.ILO_CEACR), (CASE, Genre.ILO_CFA)])
def test_a_committee_speaking_in_its_own_sentences_is_its_record(text: str, genre: Genre) -> None:
    assert _genre(text) is genre


def test_a_story_quoting_the_committee_once_stays_news() -> None:
    assert _genre(STORY) is Genre.NEWS


@pytest.mark.parametrize(
    "text",
    [
        "Los trabajadores de la planta de Puerto Avra han iniciado este martes su primer día de encierro "
        'en las instalaciones de la empresa para denunciar "la actitud antisindical de la dirección" y '
        "exigir la readmisión del delegado despedido.",
        "Rights groups abroad are following the detention of port workers in Arden after last week's "
        "protest. A global federation has sent an e-mail to the President and the Minister of Labour "
        "requesting the release of the dockers' leaders.",
    ],
)
def test_a_brief_of_a_few_lines_told_in_the_third_person_is_news(text: str) -> None:
    assert _genre(text) is Genre.NEWS


# A union's statement in its own "we", signed only at its foot: its name over a date, or its name on a line
# of its own closing the page over the site's links
SIGNED_BY_NAME_AND_DATE = """Arrests in the port: unacceptable!
More than forty dockers were arrested on Monday; among them are colleagues of ours.
We demand their release and the end of all proceedings against them.
Les syndicats du port d’Arden, le 30/11/2031

PDF - 120 ko
Agenda
"""

SIGNED_BY_NAME_LINE = """STOP THE CRIMINALISATION OF UNION ACTION
This Thursday our two comrades were thrown to the ground and handcuffed while speaking at a rally.
We stayed at the station until late in the evening. We will keep you informed.
--
Syndicat Fictif des Agents du Port d'Arden.
Union syndicale Fictive
"""

STORY_LAST_LINE = """Port workers detained
Police arrested twelve dockers' union leaders during a march in Arden.
"""


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (SIGNED_BY_NAME_AND_DATE, "Les syndicats du port d’Arden"),
        (SIGNED_BY_NAME_LINE, "Syndicat Fictif des Agents du Port d'Arden"),
        (
            "Statement\nWe condemn the arrests.\n\nJan Kovar,\nDockers' Union of Arden (DUA – SDA)\n",
            "Dockers' Union of Arden",
        ),
        (STORY_LAST_LINE, None),
        # the line says for whom it signs: the body is what follows "Pour le", "For the"
        (
            "Halte !\nNous exigeons leur libération.\n\nPour le Bureau du Syndicat des Dockers\n",
            "Bureau du Syndicat des Dockers",
        ),
        (
            "Stop the arrests\nWe demand their release.\n\nFor the Council of the Arden Dockers' Union\n",
            "Council of the Arden Dockers' Union",
        ),
    ],
)
def test_a_page_signed_at_its_foot_names_its_body(text: str, body: str | None) -> None:
    assert foot_body(text) == body


# A letter's dateline giving its year in two digits after the place, day first
@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Villa Arden, 08/02/07", PartialDate(2007, 2, 8)),
        ("Puerto Fictivo, 25.12.98", PartialDate(1998, 12, 25)),
        ("Boletín Fictivo -SFX, Villa Arden, 08/02/07.-", PartialDate(2007, 2, 8)),
        ("Ref. 08/02/07", None),  # not a place before it
        ("Villa Arden, 08/13/07", None),  # no thirteenth month
    ],
)
def test_a_dateline_with_a_two_digit_year_dates_the_letter(line: str, day: PartialDate | None) -> None:
    text = f"Sindicato Fictivo de Prensa\n{line}\nSeñor Ministro:\nNos dirigimos a usted por el despido.\n"
    assert document_date(text, parts(text), Genre.UNION_LETTER) == day


# A letter's title naming the person written to, with the office it gives
@pytest.mark.parametrize(
    ("title", "name", "role"),
    [
        ("Letter to Commissioner Jan Novak", "Jan Novak", "Commissioner"),
        ("Carta al Señor Juan Perales, Ministro de Trabajo", "Juan Perales", "Ministro de Trabajo"),
        ("Lettre ouverte à M. Jean Dufresne, Premier ministre", "Jean Dufresne", "Premier ministre"),
        (
            "Carta al Presidente de la Federación Fictiva, Señor Juan Perales Gómez |",
            "Juan Perales Gómez",
            "Presidente de la Federación Fictiva",
        ),
    ],
)
def test_a_letter_titled_to_a_person_is_addressed_to_them(title: str, name: str, role: str) -> None:
    text = f"{title}\n\nWe write to protest the dismissal of three union delegates at the port of Arden.\n"
    found = addressees(text, parts(text), Genre.UNION_LETTER, ())
    assert [(p.name, p.role) for p in found] == [(name, role)]


def test_a_letter_to_the_editor_names_no_addressee() -> None:
    text = "Letter to the editor\n\nWe write to protest the dismissal of three union delegates.\n"
    assert addressees(text, parts(text), Genre.UNION_LETTER, ()) == []
