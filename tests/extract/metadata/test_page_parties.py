"""Who sends a page that is no letter: a body named by the page's title (invented pages)."""

from __future__ import annotations

import pytest

from casewatch.extract.pipeline import extract
from casewatch.model import Text


@pytest.mark.parametrize(
    ("page", "sender"),
    [
        (
            "ЗАЯВЛЕНИЕ КОНФЕДЕРАЦИИ ТРУДА АРНИСТАНА\n\nМы осуждаем арест председателя профсоюза шахтеров "
            "и требуем его немедленного освобождения.\n",
            "Конфедерация труда арнистана",  # the genitive head in the nominative; case is no part of a name
        ),
        (
            "Обращение Федерации профсоюзов работников леса\n\nПризываем власти прекратить давление на "
            "профсоюз.\n",
            "Федерация профсоюзов работников леса",
        ),
        (
            "Déclaration de la Fédération nationale des travailleurs du bois\n\nNous condamnons "
            "l'arrestation de trois délégués et exigeons leur libération.\n",
            "Fédération nationale des travailleurs du bois",
        ),
        (
            "Statement of the Northern Dockworkers Union\n\nWe condemn the dismissal of twelve union members "
            "and call on the employer to reinstate them.\n",
            "Northern Dockworkers Union",
        ),
    ],
)
def test_a_page_titled_as_a_bodys_statement_is_sent_by_that_body(page: str, sender: str) -> None:
    assert [p.name for p in extract(Text(page, "text/plain")).meta.senders] == [sender]
