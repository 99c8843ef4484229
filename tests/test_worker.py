"""Worker processes: a file that takes too long or kills its worker fails alone; the pool goes on."""

from __future__ import annotations

import threading

import pytest

from casewatch.read import Limits
from casewatch.worker import Failed, Job, Processed, WorkerPool, process

SMALL = b"Dear Minister,\nThe union was dissolved on 3 May 2019.\n"


def test_outcomes_come_back_for_every_job() -> None:
    with WorkerPool(2) as pool:
        for i in range(5):
            pool.submit(Job(i, f"f{i}.txt", SMALL))
        outcomes = dict((job.tag, out) for job, out in pool.outcomes())
    assert sorted(outcomes) == [0, 1, 2, 3, 4]
    assert all(isinstance(o, Processed) for o in outcomes.values())


def test_a_job_over_its_time_limit_fails_and_the_pool_recovers() -> None:
    # 3 s, not 1: the small job runs in a fresh worker, whose first extraction loads the date
    # parser's data, and on a loaded machine that alone took over a second.
    huge = ("The union was dissolved by the court on 3 May 2019. " * 200_000).encode()
    limits = Limits(timeout_s=3.0, max_chars=50_000_000, max_extract_chars=50_000_000)
    with WorkerPool(1, limits) as pool:
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


LONG_LETTER = (
    "The union was dissolved by the court on 3 May 2019.\n\n" + "Nothing further was said.\n\n" * 2000
)


def test_facts_of_a_text_over_the_extraction_limit_come_from_its_head() -> None:
    tail = "The police arrested the union leader on 4 June 2020.\n"
    outcome = process((LONG_LETTER + tail).encode(), "long.txt", Limits(max_extract_chars=20_000))
    assert isinstance(outcome, Processed)
    assert outcome.text.text.endswith(tail.strip())  # the whole text is kept
    assert outcome.note and "first 19,9" in outcome.note and "characters only" in outcome.note
    assert outcome.extraction.events and all(e.end <= 20_000 for e in outcome.extraction.events)
    assert not any("2020" in str(e.date) for e in outcome.extraction.events)


def test_a_text_within_the_extraction_limit_has_no_note() -> None:
    outcome = process(LONG_LETTER.encode(), "long.txt", Limits())
    assert isinstance(outcome, Processed) and outcome.note is None


@pytest.mark.slow
def test_a_19_mb_text_is_read_and_extracted_within_the_time_limit() -> None:
    """Extraction takes time in proportion to the text (several seconds a megabyte on a busy
    machine): before the extraction limit a 19 MB letter always outlasted the 60 s limit."""
    sentences = [
        "The Committee requests the Government to register the confederation without delay.",
        "On 5 January 2017 the court ordered the liquidation of the union.",
        "The Minister of Labour replied on 12 March 2018 that the leaders had been released.",
        "Workers gathered in Northport and the police detained several of them.",
    ]
    paragraph = " ".join(sentences * 3) + "\n\n"
    data = (paragraph * (19_000_000 // len(paragraph))).encode()
    with WorkerPool(1) as pool:
        pool.submit(Job("big", "big.txt", data))
        [(_, outcome)] = list(pool.outcomes())
    assert isinstance(outcome, Processed), outcome
    assert len(outcome.text.text) > 18_000_000 and outcome.note
