"""In Chromium: the follow-up matrix of an invented case, a status cell leading to its sentence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from casewatch.store import Store
from casewatch.web.app import create_app

SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"

pytestmark = [pytest.mark.browser, pytest.mark.timeout(600)]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, writers: dict[str, Any], module_live_server: Any) -> str:
    path = str(tmp_path_factory.mktemp("followup-browser") / "case.sqlite")
    with Store.open(path) as store:
        writers["fill_followup"](store)
    return str(module_live_server(create_app(path, today=lambda: writers["today"])).url)


@pytest.fixture(scope="module")
def page(chromium: Any) -> Iterator[Any]:
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    yield context.new_page()
    context.close()


def test_matrix_cell_leads_to_the_sentence(server: str, page: Any) -> None:
    page.goto(server + "/followup")
    page.get_by_role("link", name="GEO").click()
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
