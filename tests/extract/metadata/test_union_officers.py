"""A union's own release headed by its name and quoting its elected officer, a president too (invented
pages in the shapes these releases and the stories about them take)."""

from __future__ import annotations

import pytest

from casewatch.extract.metadata.genre import classify
from casewatch.extract.metadata.union_officers import headed_release_genre
from casewatch.model import Genre


@pytest.mark.parametrize(
    "page",
    [
        "Avra Council of Trade Unions\n\nUnions demand release of jailed dockers\n\nUnions across Avra will "
        "protest at the Ruritanian embassy today over the detention of six dockers.\n\nACTA President Jane "
        "Doe met the dockers' leader in Geneva in June.\n\n“He knew the risks and went home all the same,” "
        "said Ms Doe.\n",
        "Avra Council of Trade Unions – Media Release\n\nUnions call for release of jailed dockers\n\nJane "
        "Doe, President of the Avra Council of Trade Unions, said today the arrests broke international "
        "law.\n\n“These men are unionists, not criminals,” Ms Doe said.\n",
        "Confederación Sindical de Avra\n\nExigimos la libertad de los estibadores\n\nAna Ruiz, presidenta "
        "de la Confederación Sindical de Avra, afirmó que las detenciones violan los convenios.\n\n«Son "
        "sindicalistas, no delincuentes», dijo Ruiz.\n",
    ],
)
def test_a_release_headed_by_a_union_quoting_its_president_is_the_union_s(page: str) -> None:
    assert headed_release_genre(page) is Genre.UNION_LETTER
    assert classify(page) is Genre.UNION_LETTER


@pytest.mark.parametrize(
    "page",
    [
        # an outlet's byline and related-links block: a reporter quoting the union's president
        "Avra Council of Trade Unions slams arrests\n\nBy Tom Fay\n\nACTA President Jane Doe said the "
        "arrests broke international law. “They are not criminals,” Doe said.\n\nRead more\n",
        # a head of state is a president too: no union's officer
        "Avra Council of Trade Unions\n\nPolice detained six dockers. Ruritania's President Max Roe said the "
        "strike was illegal, and Roe said it had to end.\n",
        # the union's officer quoted as told to an agency: a story about the union
        "Avra Council of Trade Unions\n\nACTA President Jane Doe told AFP the arrests broke the law. “They "
        "are not criminals,” Doe said.\n",
        # no heading naming the union: a story's first sentence
        "Six dockers were detained in Ruritania on Monday.\n\nACTA President Jane Doe said the arrests broke "
        "the law. “They are not criminals,” Doe said.\n",
    ],
)
def test_a_story_quoting_a_union_s_president_is_no_union_release(page: str) -> None:
    assert headed_release_genre(page) is None
