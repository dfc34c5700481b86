"""The dashboard in a real browser: headless Chromium (Debian's) driven by Playwright.

Skips when /usr/bin/chromium or the playwright package is missing. Never runs ``playwright install``:
it drives the system browser through ``executable_path``.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from test_web import ISSUE, build_store

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real app under uvicorn, in a thread, on a free local port."""
    uvicorn = pytest.importorskip("uvicorn")
    from faultline.web import create_app

    db = build_store(tmp_path_factory.mktemp("browser") / "browser.db")
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):  # wait for the socket, not for a time: at most ~10 s
        if server.started:
            break
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def test_a_reader_follows_a_split_to_its_quotes(base_url: str, page, repo_dir: Path) -> None:
    page.goto(f"{base_url}/splits?as_of=2025-12-31&bloc=NATO")
    card = page.locator(".split-card").first
    assert card.locator(".side.for").inner_text().split("\n")[-1] == "France, Italy"
    assert card.locator(".side.against").inner_text().split("\n")[-1] == "United Kingdom"
    assert card.locator(".side.for").is_visible() and card.locator(".side.against").is_visible()

    artifacts = repo_dir / "artifacts"
    artifacts.mkdir(exist_ok=True)
    page.goto(f"{base_url}/splits")
    assert page.get_by_text("France, Italy").first.is_visible()
    page.screenshot(path=str(artifacts / "splits.png"), full_page=True)
    assert (artifacts / "splits.png").stat().st_size > 10_000

    page.locator(".split-card a", has_text="negotiations with Russia").first.click()
    page.wait_for_url(f"**/issues/{ISSUE}")
    assert page.locator("h1").inner_text() == "negotiations with Russia"
    assert page.locator("table.matrix td.pos").count() >= 3
    assert page.locator("table.matrix td.neg").count() >= 2

    page.locator("table.matrix td.neg a").first.click()  # a cell goes through to its evidence
    page.wait_for_url("**/articles/**")
    marks = page.locator("mark.quote")
    assert marks.count() >= 1 and marks.first.is_visible()
    colour = marks.first.evaluate("el => getComputedStyle(el).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.locator("mark.actor").first.is_visible()
    page.screenshot(path=str(artifacts / "article.png"), full_page=True)


def test_script_in_an_article_does_not_run(base_url: str, page) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{base_url}/search?q=reader")
    page.locator("a", has_text="Berlin changes tone").first.click()
    page.wait_for_url("**/articles/**")
    assert "<script>alert(1)</script>" in page.locator("article").inner_text()
    assert dialogs == []
