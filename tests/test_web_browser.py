"""Browser tests of the web app: a real uvicorn server driven by Debian's Chromium.

Playwright's Python package drives /usr/bin/chromium headless (never a downloaded
browser). Each test saves a screenshot under test-output/screenshots/ for review.
Without /usr/bin/chromium the tests skip, unless PLANWATCH_REQUIRE_BROWSER is set
(CI), when they fail.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "test-output" / "screenshots"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _browser_available() -> None:
    missing = None
    if not Path(CHROMIUM).exists():
        missing = f"{CHROMIUM} is absent (apt-get install chromium)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            missing = "the playwright Python package is not installed"
    if missing:
        if os.environ.get("PLANWATCH_REQUIRE_BROWSER"):
            pytest.fail(f"browser tests required but {missing}")
        pytest.skip(f"browser tests skipped: {missing}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory, examples_dir):
    """A uvicorn server on 127.0.0.1:<free port> over a fresh store of the sample corpus."""
    _browser_available()
    import uvicorn

    from planwatch.ingest import ingest
    from planwatch.options import Options
    from planwatch.store.repo import Store
    from planwatch.web import create_app

    folder = tmp_path_factory.mktemp("webstore")
    url = f"sqlite:///{folder / 'store.db'}"
    with Store(url) as store:
        ingest([str(examples_dir)], store, Options(workers=1, show_progress=False))
    port = _free_port()
    config = uvicorn.Config(
        create_app(url, upload_dir=folder / "uploads"),
        host="127.0.0.1",
        port=port,
        log_level="warning",
    )
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}", url
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1440, "height": 1000}, locale="zh-CN")
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    # Offline check: every request must go to the app itself.
    external: list[str] = []
    pg.on(
        "request",
        lambda r: (
            external.append(r.url)
            if not r.url.startswith(("http://127.0.0.1", "data:", "blob:"))
            else None
        ),
    )
    yield pg
    ctx.close()
    assert not errors, f"JavaScript errors: {errors}"
    assert not external, f"requests left the machine: {external}"


def _doc_id(base_url: str, name_prefix: str) -> int:
    import json
    import urllib.request

    with urllib.request.urlopen(f"{base_url}/documents.json") as resp:
        docs = json.load(resp)
    return next(d["id"] for d in docs if d["name"].startswith(name_prefix))


def test_overview_and_area_page(server, page):
    base, _ = server
    page.goto(base + "/")
    page.get_by_role("link", name="鹤山市").first.wait_for()
    page.screenshot(path=str(SHOTS / "overview.png"), full_page=True)
    page.get_by_role("link", name="鹤山市").first.click()
    page.wait_for_url("**/areas/440784")
    assert page.locator("h1").inner_text().startswith("鹤山市")
    # The plan's documents are listed; targets are shown (evaluated or as extracted).
    assert page.locator("ul.doclist li").count() >= 2
    assert page.locator("table.data tbody tr").count() > 5
    if page.locator("div.chart").count():
        page.locator("div.chart .main-svg").first.wait_for(timeout=10000)  # plotly drew it
    page.screenshot(path=str(SHOTS / "area-heshan.png"), full_page=True)


def test_click_fact_in_document_viewer(server, page):
    base, _ = server
    doc_id = _doc_id(base, "000_")  # 鹤山市十四五规划纲要
    page.goto(f"{base}/documents/{doc_id}")
    fact = page.locator("#doctext a.fact").nth(3)
    fact_id = fact.get_attribute("data-fact")
    fact.click()
    page.wait_for_selector(f"#f{fact_id}.active")
    panel = page.locator("#factpanel .factpanel")
    panel.wait_for()
    assert f"Fact #{fact_id}" in panel.locator("h3").inner_text()
    # The panel's quote shows the same characters as the highlighted value.
    assert panel.locator("mark.fact.active").inner_text() == fact.inner_text()
    assert page.locator("#doctext a.fact.active").count() == 1
    page.screenshot(path=str(SHOTS / "document-fact-selected.png"))
    # A table cell linked to a fact selects it too.
    cell = page.locator("a.cellfact").first
    if cell.count():
        cid = cell.get_attribute("data-fact")
        cell.click()
        page.wait_for_selector(f"#f{cid}.active")
        page.screenshot(path=str(SHOTS / "document-table-cell.png"))


def test_search_highlights(server, page):
    base, _ = server
    page.goto(base + "/search")
    page.fill("form.searchform input[name=q]", "地区生产总值")
    page.click("form.searchform button[type=submit]")
    page.wait_for_selector(".hit mark.match")
    marks = page.locator(".hit mark.match").all_inner_texts()
    assert "地区生产总值" in marks
    assert page.locator(".hit").count() >= 5
    page.screenshot(path=str(SHOTS / "search-gdp.png"), full_page=True)


def test_indicator_page(server, page):
    base, _ = server
    page.goto(base + "/indicators/gdp")
    page.locator("div.chart .main-svg").first.wait_for(timeout=10000)
    assert "鹤山市" in page.locator("table.side").inner_text()
    page.screenshot(path=str(SHOTS / "indicator-gdp.png"), full_page=True)


def test_upload_a_file(server, page, tmp_path):
    base, _ = server
    doc = tmp_path / "鹤山市2024年政府工作报告.txt"
    doc.write_text(
        "鹤山市2024年政府工作报告\n\n一、2023年工作回顾\n\n"
        "2023年，全市实现地区生产总值505.2亿元，增长5.1%；规模以上工业增加值增长6.3%。\n\n"
        "二、2024年主要预期目标\n\n地区生产总值增长5.5%左右；一般公共预算收入增长5%。\n",
        encoding="utf-8",
    )
    page.goto(base + "/upload")
    page.set_input_files("input[type=file]", str(doc))
    page.click("form.uploadform button[type=submit]")
    page.wait_for_selector("#upload-result")
    assert "Stored" in page.locator("#upload-result").inner_text()
    page.screenshot(path=str(SHOTS / "upload-done.png"), full_page=True)
    page.locator("#upload-result a").click()
    page.wait_for_selector("#doctext a.fact")
    assert page.locator("#doctext a.fact").count() >= 3
    page.screenshot(path=str(SHOTS / "uploaded-document.png"))
    # A file planwatch cannot read: the ingest error shows on the page.
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"not a pdf at all")
    page.goto(base + "/upload")
    page.set_input_files("input[type=file]", str(bad))
    page.click("form.uploadform button[type=submit]")
    page.wait_for_selector("#upload-error")
    assert "scan.pdf" in page.locator("#upload-error").inner_text()
    page.screenshot(path=str(SHOTS / "upload-error.png"))


# ---- phones, the compare page, the area matrix ---------------------------------


@pytest.fixture
def phone(browser):
    ctx = browser.new_context(
        viewport={"width": 390, "height": 844}, locale="zh-CN", is_mobile=True, has_touch=True
    )
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    ctx.close()
    assert not errors, f"JavaScript errors: {errors}"


def _fact_of(base_url: str, doc_id: int) -> int:
    import json
    import urllib.request

    with urllib.request.urlopen(f"{base_url}/facts.json?doc={doc_id}&limit=1") as resp:
        return json.load(resp)[0]["id"]


def test_no_page_is_wider_than_a_phone(server, phone):
    base, _ = server
    plan = _doc_id(base, "000_")
    pages = {
        "overview": "/",
        "area-heshan": "/areas/440784",
        "area-jiangmen": "/areas/440700",
        "compare": "/evaluations",
        "facts": "/facts",
        "documents": "/documents",
        "search": "/search?q=地区生产总值",
        "indicators": "/indicators",
        "indicator-gdp": "/indicators/gdp",
        "document": f"/documents/{plan}",
        "fact": f"/facts/{_fact_of(base, plan)}",
        "upload": "/upload",
        "api": "/api",
    }
    wide = {}
    for name, url in pages.items():
        phone.goto(base + url)
        width = phone.evaluate("document.documentElement.scrollWidth")
        if width > 390:
            wide[name] = width
        phone.screenshot(path=str(SHOTS / f"phone-{name}.png"))
    assert not wide, f"pages wider than 390 px: {wide}"


def test_fact_panel_opens_next_to_the_tapped_fact_on_a_phone(server, phone):
    base, _ = server
    plan = _doc_id(base, "000_")
    phone.goto(f"{base}/documents/{plan}")
    facts = phone.locator("#doctext a.fact")
    fact = facts.nth(facts.count() // 2)  # far down the plan's text
    fact_id = fact.get_attribute("data-fact")
    fact.scroll_into_view_if_needed()
    fact.tap()
    phone.wait_for_selector(f"#f{fact_id}.active")
    phone.locator("#factpanel .factpanel").wait_for()
    tapped = fact.bounding_box()
    panel = phone.locator("#factpanel").bounding_box()
    assert tapped and panel
    assert 0 <= panel["y"] - (tapped["y"] + tapped["height"]) < 300, (tapped, panel)
    phone.screenshot(path=str(SHOTS / "phone-fact-panel.png"))


def test_compare_page_sorts_on_the_server(server, page):
    base, _ = server
    page.goto(base + "/evaluations")
    page.locator("table.compare").wait_for()
    page.screenshot(path=str(SHOTS / "compare.png"), full_page=True)
    page.get_by_role("link", name="暂无", exact=True).click()
    page.wait_for_url("**sort=no_data**")
    counts = [
        int(t) for t in page.locator("table.compare tbody tr td:nth-child(6)").all_inner_texts()
    ]
    assert counts == sorted(counts, reverse=True) and len(counts) >= 3
    # A status cell leads to its row on the area page.
    page.locator("table.compare tbody a[href*='#t']").first.click()
    page.wait_for_load_state()
    anchor = page.evaluate("location.hash")
    assert anchor.startswith("#t") and page.locator(f"tr{anchor}").count() == 1
    page.screenshot(path=str(SHOTS / "compare-to-row.png"))


def test_area_matrix_links_results_and_targets(server, page):
    base, _ = server
    page.goto(base + "/areas/440700")
    matrix = page.locator("table.matrix")
    matrix.wait_for()
    assert page.locator("script[src*=plotly]").count() == 0  # no chart here, no Plotly
    assert matrix.locator("a.kind-actual").count() > 20
    page.screenshot(path=str(SHOTS / "area-jiangmen-matrix.png"), full_page=True)
    link = matrix.locator("a.kind-actual").first
    href = link.get_attribute("href")
    link.click()
    page.wait_for_url("**" + href)
    assert "Fact #" in page.locator("body").inner_text()
