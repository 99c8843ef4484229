"""The fork server's warm-up: its sample must keep reaching the extraction's main steps, or the
workers would again build those parts for their first file."""

from casewatch.extract.pipeline import extract
from casewatch.model import Text
from casewatch.worker import Job, Processed, WorkerPool
from casewatch.worker_warm import SAMPLE


def test_the_sample_reaches_names_events_and_requests() -> None:
    found = extract(Text(SAMPLE, "text/plain"))
    labels = {m.label for m in found.mentions}
    assert {"person", "organization"} <= labels
    assert found.events and found.requests
    assert found.meta.genre is not None


def test_a_pool_works_with_the_warmed_fork_server() -> None:
    with WorkerPool(1) as pool:
        pool.submit(Job("a", "a.txt", data=b"On 1 June 2020 the police arrested Ms Ana Kovac."))
        outcomes = list(pool.outcomes())
    assert [job.tag for job, _ in outcomes] == ["a"]
    outcome = outcomes[0][1]
    assert isinstance(outcome, Processed) and outcome.extraction.events
