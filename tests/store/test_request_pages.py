"""The requests page reads every group's slice in one statement: the same slices as one read per
group, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from casewatch.store import Store
from casewatch.store.asks import AskRow
from casewatch.store.derived import ViewRows
from casewatch.store.schema import EVERYTHING

BODIES = ("Arden Federation of Dock Workers", "Committee on Harbour Freedoms")
TOPICS = ("release", "registration", "inquiry")


def _ask(n: int) -> AskRow:
    topics = tuple(t for k, t in enumerate(TOPICS) if n % (k + 2) == 0)
    due = f"2021-0{1 + n % 9}-01" if n % 4 else None
    return AskRow({"id": f"r{n}", "text": f"Release worker {n}."}, due, (BODIES[n % 2],), topics)


@pytest.mark.parametrize(("limit", "offset"), [(5, 0), (5, 5), (7, 14), (50, 0), (3, 60)])
def test_slices_read_together_equal_slices_read_one_by_one(store: Store, limit: int, offset: int) -> None:
    store.replace_views(
        {EVERYTHING: ViewRows(requests=[_ask(n) for n in range(40)])}, revision=store.revision()
    )
    groups = [(g.kind, g.name) for g in store.request_groups("2021-05-01")]
    assert len(groups) == len(BODIES) + len(TOPICS)
    together = store.request_group_pages(groups, limit, offset)
    assert together == {
        (kind, name): store.request_group_page(kind, name, limit, offset) for kind, name in groups
    }
    assert store.request_group_pages([], limit, offset) == {}
