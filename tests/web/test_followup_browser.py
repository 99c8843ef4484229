"""In Chromium: the follow-up matrix of an invented case, a status cell leading to its sentence."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from casewatch.store import Store
from casewatch.web.app import create_app

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-sync"]
SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"

pytestmark = [pytest.mark.browser, pytest.mark.timeout(600)]

if not Path(CHROMIUM).exists():
    if os.environ.get("CASEWATCH_REQUIRE_BROWSER") == "1":
        raise RuntimeError(f"Chromium is required (CASEWATCH_REQUIRE_BROWSER=1) but {CHROMIUM} is missing")
    pytest.skip(f"{CHROMIUM} is missing", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, writers: dict[str, Any]) -> Iterator[str]:
    import uvicorn

    path = str(tmp_path_factory.mktemp("followup-browser") / "case.sqlite")
    with Store.open(path) as store:
        writers["fill_followup"](store)
    app = create_app(path, today=lambda: writers["today"])
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    app.state.store.close()


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        context = chromium.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
        yield context.new_page()
        context.close()
        chromium.close()


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
