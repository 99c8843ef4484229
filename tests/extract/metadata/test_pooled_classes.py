"""Classes of pages that recur across many sources: each test an invented page of the same shape."""

from __future__ import annotations

import pytest

from casewatch.extract.layout import letter_parts
from casewatch.extract.metadata.genre import classify
from casewatch.model import Genre


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
