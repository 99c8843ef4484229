"""In Chromium: the pages a person uses, on the seeds plus hand-written documents, and XSS payloads."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from casewatch.analyse.derived import refresh_views
from casewatch.ingest import ingest_paths
from casewatch.model import (
    DocumentMeta,
    Entity,
    EntityType,
    Event,
    EventType,
    Extraction,
    Genre,
    Mention,
    Party,
)
from casewatch.store import Store
from casewatch.web.app import create_app

REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "artifacts" / "screenshots"
PAYLOAD = (
    '<script>window.__pwned=1</script><svg onload="window.__pwned=2"></svg>'
    '<img src=x onerror="window.__pwned=3">'
)
JS_LINK = "javascript:window.__pwned=4"

pytestmark = [pytest.mark.browser, pytest.mark.timeout(900)]


def _hostile(store: Store, save: Any) -> None:
    """A document whose text, names, title, headers and file name all carry script payloads."""
    text = f"Subject: {PAYLOAD}\nFrom: {JS_LINK}\n\n{PAYLOAD} was detained. See {JS_LINK}\n"
    start = text.index(PAYLOAD, 10)
    person = Entity(JS_LINK, EntityType.PERSON, PAYLOAD, aliases=(JS_LINK,), roles=(PAYLOAD,))
    ext = Extraction(
        meta=DocumentMeta(
            Genre.NEWS,
            None,
            PAYLOAD,
            "en",
            (PAYLOAD,),
            senders=(Party(PAYLOAD, JS_LINK, PAYLOAD),),
            title=PAYLOAD,
        ),
        mentions=(Mention("person", PAYLOAD, start, start + len(PAYLOAD), JS_LINK),),
        entities=(person,),
        events=(
            Event(
                EventType.ARREST,
                start,
                start + len(PAYLOAD) + 13,
                PAYLOAD,
                targets=(JS_LINK,),
                place=PAYLOAD,
                date_text=PAYLOAD,
            ),
        ),
    )
    save(store, f"{PAYLOAD}.txt", text, ext)
    sha = hashlib.sha256(text.encode()).hexdigest()
    store.set_clusters({**store.clusters(), f"{sha[:16]}:{JS_LINK}": JS_LINK})
    refresh_views(store)


@pytest.fixture(scope="module")
def server(
    tmp_path_factory: pytest.TempPathFactory,
    writers: dict[str, Any],
    seeds_dir: Path,
    module_live_server: Any,
) -> str:
    path = str(tmp_path_factory.mktemp("browser") / "casewatch.sqlite")
    with Store.open(path) as store:
        ingest_paths(store, [seeds_dir], by="test")
        writers["fill"](store)
        _hostile(store, writers["save"])
    return str(module_live_server(create_app(path, today=lambda: writers["today"])).url)


@pytest.fixture(scope="module")
def browser(chromium: Any) -> Any:
    return chromium


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


def _shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_overview(server, page):
    page.goto(server + "/")
    assert page.locator("h1").inner_text() == "Overview"
    assert page.locator(".stats").inner_text().count("documents") == 1
    _shot(page, "overview")


def test_document_fact_leads_to_actor_page(server, page):
    page.goto(server + "/documents")
    _shot(page, "documents")
    page.get_by_role("link", name="Letter on the arrest of a union president").click()
    page.wait_for_selector("mark#f-m0")
    _shot(page, "document")
    page.locator("mark#f-m0 a").click()
    page.wait_for_url("**/actors/quispe")
    assert page.locator("h1").inner_text() == "Rosa Quispe"
    _shot(page, "actor")


def test_event_on_the_timeline_with_all_sources(server, page):
    page.goto(server + "/timeline?actor=quispe")
    entry = page.locator("li.entry").first
    assert entry.locator("figure.source").count() == 2
    assert "Sources disagree" in entry.inner_text()
    _shot(page, "timeline")
    page.goto(server + "/requests")
    _shot(page, "requests")


def test_search(server, page):
    page.goto(server + "/")
    page.fill("header input[name=q]", "arrested")
    page.press("header input[name=q]", "Enter")
    page.wait_for_selector("article.hit")
    assert page.locator("article.hit mark").count() >= 2
    _shot(page, "search")


def test_communications_list_and_the_life_of_one(server, page):
    page.goto(server + "/")
    page.locator("header nav").get_by_role("link", name="Communications").click()
    page.wait_for_url("**/communications")
    rows = page.locator("table.communications tbody tr")
    assert rows.count() == 2  # the seed letter and the hand-written one
    assert page.locator("tr.overdue .badge.bad").count() == 1
    assert "replied" in page.locator("tr.replied").inner_text()
    _shot(page, "communications")
    page.select_option("select[name=status]", "overdue")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url("**/communications?*status=overdue*")
    assert rows.count() == 1
    rows.first.locator("a").first.click()  # the seed letter: no reply, nothing marked addressed
    page.wait_for_url("**/communications/*")
    assert page.locator("ol.questions > li").count() >= 4
    assert page.locator(".badge.good").count() == 0
    assert "no reply citing it is in the collection" in page.locator("dl.meta").inner_text()
    _shot(page, "communication-overdue")
    page.goto(server + "/communications?status=replied")
    rows.first.locator("a").first.click()
    page.wait_for_url("**/communications/*")
    page.get_by_role("link", name="where it says so").click()
    page.wait_for_url("**/documents/*?at=*")
    assert page.locator("mark.quoted").inner_text().startswith("AL PER 2/2022")
    _shot(page, "communication-reply-in-reader")


def test_overview_charts_are_drawn_and_link_to_their_lists(server, page):
    page.goto(server + "/")
    charts = page.locator("svg.chart")
    assert charts.count() == 2 and charts.first.is_visible()
    box = charts.first.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 80  # drawn, not collapsed
    _shot(page, "overview-charts")
    page.locator("svg.chart").nth(1).locator("a").first.click()  # a genre bar
    page.wait_for_url("**/documents?genre=*")


def test_actor_page_draws_the_actors_events_in_time(server, page):
    page.goto(server + "/actors/quispe")
    assert page.locator("svg.chart circle").count() >= 1
    _shot(page, "actor-life-line")


def test_the_actor_page_leads_to_the_actors_dossier(server, page):
    page.goto(server + "/actors/quispe")
    name = page.locator("h1").inner_text()
    page.get_by_role("link", name="dossier to print").click()
    page.wait_for_url("**/dossier/actor/quispe")
    assert page.locator("h1").inner_text() == f"Case file: {name}"
    assert page.locator("#timeline blockquote").count() >= 1
    _shot(page, "actor-dossier")
    assert page.goto(server + "/dossier/actor/nobody").status == 404


def test_search_finds_other_forms_of_a_word_and_explains_the_language(server, page):
    page.goto(server + "/search?q=arrests")
    page.wait_for_selector("article.hit")
    assert "arrested" in page.locator("article.hit mark").first.inner_text()
    assert page.locator("details.query-help").count() == 1
    _shot(page, "search-stems")


def test_api_reference_and_exports_pages(server, page):
    page.goto(server + "/docs")
    assert page.locator("section.api-op").count() >= 10
    page.goto(server + "/exports")
    assert page.locator("a[href='/api/v1/export/casefile']").count() == 1
    _shot(page, "exports")


def test_upload_then_listed(server, page, tmp_path):
    note = tmp_path / "bolivia-note.txt"
    note.write_text("La Paz, 4 April 2023\n\nThe Federation of Bakers wrote to the Ministry of Labour.\n")
    page.goto(server + "/upload")
    page.set_input_files("input[type=file]", str(note))
    page.click("form.upload button")
    page.wait_for_url("**/jobs/*")
    page.wait_for_selector("p.job.done", timeout=60_000)  # the job page reloads itself until then
    assert "bolivia-note.txt" in page.locator("table.list").inner_text()
    assert page.locator("table.list a", has_text="open").count() == 1
    _shot(page, "upload")
    page.goto(server + "/documents?order=added")
    assert "bolivia-note.txt" in page.content()


def test_phone_width(server, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(server + "/documents/1")
    width = page.evaluate("document.documentElement.scrollWidth")
    _shot(page, "phone-document")
    context.close()
    assert width <= 400


XSS_PAGES = [
    "/",
    "/documents",
    "/actors",
    "/timeline",
    "/requests",
    "/communications",
    "/search?q=detained",
    "/search?q=script",
    "/upload",
    "/search?q=%3Cscript%3Ewindow.__pwned%3D5%3C%2Fscript%3E",
]


def _assert_clean(page: Any) -> None:
    assert page.evaluate("window.__pwned") is None
    assert page.dialogs == []
    assert page.evaluate("document.querySelectorAll('script,[onload],[onerror]').length") == 0
    hrefs = page.evaluate("[...document.querySelectorAll('a')].map(a => a.getAttribute('href'))")
    assert not any(h and h.strip().lower().startswith("javascript:") for h in hrefs)


@pytest.mark.parametrize("url", XSS_PAGES)
def test_no_script_runs_on_any_page(server, page, url):
    response = page.goto(server + url)
    assert response.headers["content-security-policy"].startswith("default-src 'self'")
    _assert_clean(page)


def test_no_script_runs_in_hostile_document_or_actor(server, page):
    page.goto(server + "/documents?genre=news")
    page.locator("table.list a").first.click()
    page.wait_for_selector("mark.person")
    _assert_clean(page)
    assert PAYLOAD in page.locator(".doc-text").inner_text()
    page.locator("mark.person a").first.click()
    page.wait_for_selector("h1")
    _assert_clean(page)
    assert page.locator("h1").inner_text() == PAYLOAD


def test_hostile_file_name_upload(server, page, tmp_path):
    hostile = tmp_path / '<img src=x onerror="window.__pwned=6">.txt'
    hostile.write_text("Quito, 1 May 2023\n\nA union in Ecuador wrote again.\n")
    page.goto(server + "/upload")
    page.set_input_files("input[type=file]", str(hostile))
    page.click("form.upload button")
    page.wait_for_selector("p.job.done", timeout=60_000)
    _assert_clean(page)
    page.goto(server + "/documents")
    _assert_clean(page)


def test_the_dossier_prints_to_pdf_with_every_section(server, page, tmp_path):
    import pypdfium2

    page.goto(server + "/dossier/PER")
    assert page.locator("section").count() == 8
    pdf = tmp_path / "dossier.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=True)
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / "dossier-PER.pdf").write_bytes(pdf.read_bytes())
    document = pypdfium2.PdfDocument(str(pdf))
    text = " ".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    sections = ("Documents", "Timeline", "Follow-up", "Requests", "UN communications", "Disputes", "Actors")
    for title in (*sections, "Sources"):
        assert title in text, title
    assert "Case file: PER" in text
