"""Worker processes: a file that takes too long or kills its worker fails alone; the pool goes on."""

from __future__ import annotations

import threading

from casewatch.read import Limits
from casewatch.worker import Failed, Job, Processed, WorkerPool

SMALL = b"Dear Minister,\nThe union was dissolved on 3 May 2019.\n"


def test_outcomes_come_back_for_every_job() -> None:
    with WorkerPool(2) as pool:
        for i in range(5):
            pool.submit(Job(i, f"f{i}.txt", SMALL))
        outcomes = dict((job.tag, out) for job, out in pool.outcomes())
    assert sorted(outcomes) == [0, 1, 2, 3, 4]
    assert all(isinstance(o, Processed) for o in outcomes.values())


def test_a_job_over_its_time_limit_fails_and_the_pool_recovers() -> None:
    huge = ("The union was dissolved by the court on 3 May 2019. " * 400_000).encode()
    # The limit leaves a fresh worker time to start under load; the huge file needs far more.
    with WorkerPool(1, Limits(timeout_s=3.0, max_chars=50_000_000)) as pool:
        pool.submit(Job("huge", "huge.txt", huge))
        pool.submit(Job("small", "small.txt", SMALL))
        outcomes = dict((job.tag, out) for job, out in pool.outcomes())
    assert isinstance(outcomes["huge"], Failed)
    assert "longer than 3 s" in outcomes["huge"].reason
    assert isinstance(outcomes["small"], Processed)


def test_a_worker_that_dies_fails_its_job_only() -> None:
    huge = ("The union was dissolved by the court on 3 May 2019. " * 100_000).encode()
    with WorkerPool(1) as pool:
        pool.submit(Job("victim", "victim.txt", huge))
        pool.submit(Job("next", "next.txt", SMALL))
        results = pool.outcomes()
        pool._dispatch()
        pool._workers[0].process.kill()  # what a segfault in a parser looks like from here
        outcomes = dict((job.tag, out) for job, out in results)
    assert isinstance(outcomes["victim"], Failed)
    assert "died" in outcomes["victim"].reason
    assert isinstance(outcomes["next"], Processed)


def test_bad_input_is_a_failure_not_an_exception() -> None:
    with WorkerPool(1) as pool:
        pool.submit(Job("empty", "empty.txt", b""))
        [(_, outcome)] = list(pool.outcomes())
    assert isinstance(outcome, Failed)
    assert "empty" in outcome.reason


def test_a_stopped_pool_fails_running_and_queued_jobs_at_once() -> None:
    huge = ("The union was dissolved by the court on 3 May 2019. " * 200_000).encode()
    stop = threading.Event()
    with WorkerPool(1, Limits(timeout_s=120, max_chars=50_000_000), stop=stop) as pool:
        pool.submit(Job("huge", "huge.txt", huge))
        pool.submit(Job("queued", "queued.txt", SMALL))
        threading.Timer(0.3, stop.set).start()
        outcomes = dict((job.tag, out) for job, out in pool.outcomes())
    assert set(outcomes) == {"huge", "queued"}
    assert all(isinstance(o, Failed) and "stopped" in o.reason for o in outcomes.values())
