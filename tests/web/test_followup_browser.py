"""In Chromium: the follow-up matrix of an invented case, a status cell leading to its sentence,
and a reviewer moving a request to another thread, a move that outlasts new documents."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from casewatch.analyse.derived import refresh_views
from casewatch.model import Extraction
from casewatch.store import Store
from casewatch.web.app import create_app

SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"

pytestmark = [pytest.mark.browser, pytest.mark.timeout(600)]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, writers: dict[str, Any], module_live_server: Any) -> Any:
    path = str(tmp_path_factory.mktemp("followup-browser") / "case.sqlite")
    with Store.open(path) as store:
        writers["fill_followup"](store)
    return module_live_server(create_app(path, today=lambda: writers["today"]))


@pytest.fixture(scope="module")
def server(served: Any) -> str:
    return str(served.url)


@pytest.fixture(scope="module")
def page(chromium: Any) -> Iterator[Any]:
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    yield context.new_page()
    context.close()


def test_matrix_cell_leads_to_the_sentence(server: str, page: Any) -> None:
    page.goto(server + "/followup")
    page.get_by_role("table").get_by_role("link", name="Georgia", exact=True).click()
    page.wait_for_selector("table.matrix")
    assert page.locator("table.matrix tbody tr").count() == 2
    assert page.locator("td.cell.met").count() == 1
    assert page.locator("td.cell.not_met").count() == 1
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "followup.png"), full_page=True)
    page.locator("td.cell.met a").click()
    page.wait_for_url("**/documents/*#at-*")
    target = page.url.rsplit("#", 1)[1]
    mark = page.locator(f"mark#{target}")
    assert "met (government)" in (mark.get_attribute("title") or "")
    assert "hl met" in (mark.get_attribute("class") or "")
    assert mark.inner_text().startswith("Mr")  # the marked sentence opens here; names nest inside it


def test_thread_page_shows_the_dispute(server: str, page: Any) -> None:
    page.goto(server + "/followup/GEO")
    page.locator("table.matrix tbody th a").first.click()
    page.wait_for_selector("h2")
    text = page.locator("main").inner_text()
    assert "Whether people are free" in text
    assert "still barred from union office" in text


def _asks(page: Any) -> list[str]:
    return [x.get_attribute("value") or "" for x in page.locator("form.move input[name=ask]").all()]


def test_a_reviewer_moves_a_request_and_the_move_outlasts_new_documents(
    served: Any, server: str, page: Any, writers: dict[str, Any]
) -> None:
    page.goto(server + "/followup/GEO")
    page.locator("table.matrix tbody th a").first.click()
    page.wait_for_selector("form.move")
    ask = _asks(page)[0]
    choices = page.locator("form.move select").first.locator("option")
    other_thread = next(
        v
        for i in range(choices.count())
        if (v := choices.nth(i).get_attribute("value") or "") not in ("", "alone")
    )
    page.locator("form.move select").first.select_option(other_thread)
    page.locator("form.move button").first.click()
    page.wait_for_url("**/followup/threads/*")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "thread-after-move.png"), full_page=True)
    assert ask in _asks(page)
    moved_into = page.url
    store = served.app.state.store
    writers["save"](store, "later-note.txt", "A later note about another matter.", Extraction())
    refresh_views(store)
    page.goto(server + "/followup/GEO")
    found = [
        page.locator("table.matrix tbody th a").nth(i)
        for i in range(page.locator("table.matrix tbody tr").count())
    ]
    holders = []
    for link in [x.get_attribute("href") for x in found]:
        page.goto(server + str(link))
        if ask in _asks(page):
            holders.append(page.url)
    assert holders == [moved_into] and len(holders) == 1
