"""A process killed (SIGKILL) between two groups of a whole follow-up refresh leaves a
consistent database whose follow-up is marked not built, and `casewatch rebuild` then gives the
follow-up of a rebuild never interrupted."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from casewatch.store import Store
from tests.analyse.followup.invented import ALL, add_batch, all_rows
from tests.conftest import Documents

# The refresh of `casewatch rebuild`, one country per group, held still once its first group is
# kept (the follow-up then reads as not built and holds threads): the test kills it there.
_CUT_OFF = """
import sys, threading, time
from casewatch.analyse.derived import refresh_views
from casewatch.analyse.followup import grouped
from casewatch.store import Store

class HoldAfterFirstGroup(threading.Event):
    def __init__(self, store):
        super().__init__()
        self.store = store

    def is_set(self):
        if self.store.followup_built_from() is None and self.store.count_threads() > 0:
            print("first group kept", flush=True)
            time.sleep(600)
        return False

grouped._GROUP_DOCUMENTS = 1
with Store.open(sys.argv[1]) as store:
    refresh_views(store, HoldAfterFirstGroup(store), everything=True)
"""


def _rebuild(db: Path) -> None:
    run = [sys.executable, "-m", "casewatch", "--db", str(db), "rebuild"]
    subprocess.run(run, check=True, capture_output=True, timeout=300)


@pytest.mark.slow
def test_a_rebuild_killed_after_its_first_group_is_completed_by_the_next(tmp_path: Path) -> None:
    db, untouched = tmp_path / "killed.sqlite", tmp_path / "untouched.sqlite"
    with Store.open(str(db)) as store:
        add_batch(store, Documents(store), ALL)
        threads = store.count_threads()
    shutil.copy(db, untouched)
    child = subprocess.Popen(
        [sys.executable, "-c", _CUT_OFF, str(db)], stdout=subprocess.PIPE, text=True, start_new_session=True
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "first group kept"
    finally:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()
    with Store.open(str(db)) as store:
        assert store.integrity_check() == []
        assert store.followup_built_from() is None  # the pages and the API say it is behind
        assert 0 < store.count_threads() < threads
    _rebuild(db)
    _rebuild(untouched)
    with Store.open(str(db)) as killed, Store.open(str(untouched)) as whole:
        assert killed.followup_built_from() == killed.revision()
        assert all_rows(killed) == all_rows(whole)
