"""The compiled trigger vocabulary: each type's wordings in one run, the types in vocabulary order."""

from __future__ import annotations

from casewatch.extract.events.cues import cues


def test_each_types_wordings_follow_one_another_in_the_order_of_the_types() -> None:
    # `find_triggers` reads the wordings found in index order and takes their types in that order
    c = cues()
    runs = [c.type_of[i] for i in range(len(c.type_of)) if i == 0 or c.type_of[i] != c.type_of[i - 1]]
    assert runs == [etype for etype, indices in c.triggers if indices]
    for etype, indices in c.triggers:
        assert all(c.type_of[i] is etype for i in indices)
        assert list(indices) == list(range(indices[0], indices[0] + len(indices))) if indices else True
