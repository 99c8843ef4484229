"""The `entities` and `threads` commands, run as a user runs them: a real process, a real database file."""

from __future__ import annotations

from pathlib import Path

from casewatch.store import Store

from .conftest import cw


def test_entities_merge_then_split_undoes_it(tmp_path: Path, examples_dir: Path) -> None:
    db = tmp_path / "c.sqlite"
    cw("ingest", str(examples_dir), db=db)
    with Store.open(str(db)) as store:
        by_name = {r.name: r for r in store.entity_records()}
        first, second = by_name["Jonas Lindqvist"].ref, by_name["Mary Okonjo"].ref
        assert store.clusters()[first] != store.clusters()[second]
    cw("entities", "merge", first, second, db=db)
    with Store.open(str(db)) as store:
        assert store.clusters()[first] == store.clusters()[second]
    shown = cw("entities", "show", first, db=db).stdout
    assert "user" in shown and "same" in shown
    cw("entities", "split", first, second, db=db)
    with Store.open(str(db)) as store:
        assert store.clusters()[first] != store.clusters()[second]
        assert [j.verdict.value for j in store.judgements(source="user")] == ["different"]
    listed = cw("entities", "list", "--name", "Lindqvist", db=db).stdout
    assert "Jonas Lindqvist" in listed and "Mary Okonjo" not in listed


def test_threads_list_and_move(tmp_path: Path, examples_dir: Path) -> None:
    db = tmp_path / "threads.sqlite"
    cw("ingest", str(examples_dir), db=db)
    listed = cw("threads", "list", "--country", "blr", db=db).stdout
    assert listed.count(" release (") == 1
    ask = listed.split(" release (", 1)[1].splitlines()[2].split()[0]  # its second request's id
    assert "stands alone" in cw("threads", "move", ask, db=db).stdout
    after = cw("threads", "list", db=db).stdout
    assert after.count(ask) == 1
    assert after.count(" release (") == 2


def test_threads_list_reads_every_label_as_the_owner(tmp_path: Path, examples_dir: Path) -> None:
    db = tmp_path / "owner.sqlite"
    cw("ingest", str(examples_dir), db=db)
    for document_id in range(1, 5):  # a label no viewer reads
        cw("label", str(document_id), "restricted", db=db)
    assert " release (" in cw("threads", "list", "--country", "blr", db=db).stdout
    assert "every label" in " ".join(cw("threads", "list", "--help", db=db).stdout.split())
