"""A real Chromium against a real `agenda serve`: browse, filter, Spanish, review, and no injected script runs."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

from .cli_runner import run_agenda
from .conftest import FIXTURES

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
SCREENSHOTS = Path(__file__).resolve().parents[1] / "test-output" / "screenshots"
HOSTILE_KEY = "hostile-\"'<b>"

INJECTED_ELEMENTS = """[...document.querySelectorAll('*')]
  .filter(e => ['IMG', 'IFRAME', 'SVG'].includes(e.tagName.toUpperCase()) && !e.classList.contains('chart')
            || e.tagName === 'SCRIPT' && e.getAttribute('src') !== '/static/app.js'
            || [...e.attributes].some(a => a.name.startsWith('on')))
  .map(e => e.outerHTML.slice(0, 80))"""

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's Chromium is not installed at /usr/bin/chromium "
                                                     "(apt-get install chromium)"),
]


@dataclass
class Server:
    url: str
    db: str
    process: subprocess.Popen[bytes]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Our test agenda and corpus (a new pledge, a hostile document and agenda too) through the real flow, an editor."""
    folder = tmp_path_factory.mktemp("served")
    db = f"sqlite:///{folder / 'agenda.db'}"
    _ok(run_agenda("import", str(FIXTURES / "agenda_small.yaml"), db=db))
    _ok(run_agenda("import", str(FIXTURES / "web_hostile_agenda.yaml"), db=db))
    _ok(run_agenda("ingest", str(FIXTURES / "web_corpus.jsonl"), str(FIXTURES / "web_new_pledge.jsonl"),
                   str(FIXTURES / "web_hostile.jsonl"), db=db))
    _ok(run_agenda("user", "add", "ed", "--role", "editor", "--password-stdin", db=db, input_text="editor-pass-1\n"))
    port = _free_port()
    env = {**os.environ, "AGENDA_DB": db}
    process = subprocess.Popen([sys.executable, "-m", "agenda", "serve", "--port", str(port)], env=env,
                               cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(f"{url}/api/agendas", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"agenda serve did not start: {process.stdout.read().decode() if process.stdout else ''}")
        time.sleep(0.2)
    yield Server(url=url, db=db, process=process)
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


@dataclass
class Watch:
    """What the page did that it should not: dialogs, CSP violations."""

    dialogs: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser) -> Iterator[tuple[object, Watch]]:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
    tab = context.new_page()
    watch = Watch()

    def on_dialog(dialog) -> None:  # type: ignore[no-untyped-def]
        watch.dialogs.append(dialog.message)
        dialog.dismiss()

    tab.on("dialog", on_dialog)
    tab.on("console", lambda message: watch.console.append(message.text))
    yield tab, watch
    context.close()


def _shot(tab, name: str) -> None:  # type: ignore[no-untyped-def]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def _log_in(tab, server: Server) -> None:  # type: ignore[no-untyped-def]
    tab.goto(f"{server.url}/login")
    tab.fill("input[name=name]", "ed")
    tab.fill("input[name=password]", "editor-pass-1")
    tab.click("form.login button[type=submit]")
    tab.wait_for_load_state()


def test_hostile_text_never_runs(server: Server, page) -> None:  # type: ignore[no-untyped-def]
    tab, watch = page
    _log_in(tab, server)
    pages = ["/", "/documents", f"/documents/{quote(HOSTILE_KEY, safe='')}", "/agendas/test-pact",
             "/agendas/test-pact/commitments/water-fund", "/agendas/test-pact/commitments/trade-forum",
             "/agendas/hostile-pact", "/agendas/hostile-pact/commitments?q=river",
             "/agendas/hostile-pact/commitments/river-cleanup", "/review?agenda=test-pact"]
    for path in pages:
        tab.goto(server.url + path)
        tab.wait_for_load_state("load")
        for link in tab.query_selector_all("a"):
            href = (link.get_attribute("href") or "").strip().lower()
            assert not href.startswith("javascript:"), (path, href)
        tab.mouse.move(5, 5)
        assert tab.evaluate("typeof window.__pwned") == "undefined", path
        # and the markup never became elements (the CSP would also stop it running: two layers)
        assert tab.evaluate(INJECTED_ELEMENTS) == [], path
    document = f"{server.url}/documents/{quote(HOSTILE_KEY, safe='')}"
    tab.goto(document)
    text = tab.inner_text(".doc-text")
    assert "<script>window.__pwned='text'</script>" in text  # shown, as text
    assert tab.inner_text("h1").startswith('Readout "><img src=x onerror=')
    for source in tab.query_selector_all("mark.st a"):
        source.hover()
    assert tab.evaluate("typeof window.__pwned") == "undefined"
    _shot(tab, "hostile-document")
    assert watch.dialogs == []
    assert not [m for m in watch.console if "Content Security Policy" in m]


def test_browse_filter_open_switch_language_log_in_and_accept(server: Server, page) -> None:  # type: ignore[no-untyped-def]
    tab, watch = page
    tab.goto(server.url + "/")
    tab.click("text=Test pact between Atlantis and Mexico")
    tab.wait_for_load_state()
    assert tab.inner_text("h1") == "Test pact between Atlantis and Mexico"
    assert tab.query_selector("svg.chart") is not None
    _shot(tab, "overview")

    tab.click("a.card >> text=commitments")
    with tab.expect_navigation():
        tab.select_option("select[name=pillar]", "economy")  # app.js submits the form on change
    assert "pillar=economy" in tab.url
    rows = tab.inner_text("table.commitments tbody")
    assert "trade-forum" in rows and "water-fund" not in rows
    _shot(tab, "commitments-filtered")

    tab.click("text=trade-forum")
    tab.wait_for_load_state()
    assert tab.inner_text("h1") == "trade-forum"
    assert "Trade ministers from both countries held the trade forum in Monterrey" in tab.inner_text("#evidence ~ ul")
    _shot(tab, "commitment")

    tab.click("a.lang-toggle")
    tab.wait_for_load_state()
    assert tab.get_attribute("html", "lang") == "es"
    assert "Historial de estados" in tab.inner_text("main")
    _shot(tab, "commitment-es")

    tab.click("text=Iniciar sesión")
    tab.fill("input[name=name]", "ed")
    tab.fill("input[name=password]", "editor-pass-1")
    tab.click("form.login button[type=submit]")
    tab.wait_for_load_state()
    assert tab.inner_text("h1") == "trade-forum"  # back where the editor was
    assert "ed (editor)" in tab.inner_text("header")

    tab.click("text=Revisión")
    tab.wait_for_load_state()
    _shot(tab, "review-queue-es")
    # the readout (w-02), not the hostile document, which reports the forum again "on Friday"
    card = tab.locator("article.proposal", has_text="held the trade forum in Monterrey on Thursday")
    card.locator("form[action$='/accept'] input[name=reason]").fill("la minuta lo confirma")
    card.locator("form[action$='/accept'] button").click()
    tab.wait_for_load_state()
    assert re.search(r"Evidencia \d+ aceptada", tab.inner_text("p.notice"))

    tab.goto(server.url + "/agendas/test-pact/commitments/trade-forum?lang=en")
    status_line = tab.inner_text("main p:has(.badge)")
    assert status_line.startswith("Status: delivered")
    history = tab.inner_text("#history ~ table")
    assert "la minuta lo confirma" in history and "ed" in history
    _shot(tab, "commitment-after-review")
    assert watch.dialogs == []


def test_filters_and_forms_work_without_javascript(server: Server, browser) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(server.url + "/agendas/test-pact/commitments")
    tab.select_option("select[name=pillar]", "energy_climate")
    tab.click("form.filters button[type=submit]")
    tab.wait_for_load_state()
    assert "pillar=energy_climate" in tab.url
    listed = tab.inner_text("table.commitments")
    assert "water-fund" in listed and "trade-forum" not in listed
    tab.goto(server.url + "/documents/w-01")
    recognised = httpx.get(f"{server.url}/api/documents/w-01").json()["statements"]
    assert len(tab.query_selector_all(".doc-text mark.st")) == len(recognised) > 0
    _shot(tab, "document")
    context.close()


def test_an_editor_adopts_a_proposed_new_commitment(server: Server, page) -> None:  # type: ignore[no-untyped-def]
    tab, watch = page
    _log_in(tab, server)
    tab.goto(server.url + "/review")
    tab.click("main >> text=Proposed new commitments")
    tab.wait_for_load_state()
    assert tab.inner_text("h1") == "Proposed new commitments"
    tab.goto(server.url + "/review/new?agenda=test-pact")  # the hostile agenda's parties name it too
    card = tab.locator("article.proposal", has_text="joint task force on avocado exports")
    _shot(tab, "new-commitments")
    card.locator("form[action$='/adopt'] input[name=id]").fill("avocado-task-force")
    card.locator("form[action$='/adopt'] input[name=reason]").fill("not in the agenda yet")
    card.locator("form[action$='/adopt'] button").click()
    tab.wait_for_load_state()
    assert tab.inner_text("p.notice") == "Commitment avocado-task-force added to test-pact."
    assert tab.locator("article.proposal", has_text="avocado exports").count() == 0
    tab.goto(server.url + "/agendas/test-pact/commitments/avocado-task-force")
    assert tab.inner_text("h1") == "avocado-task-force"
    assert "not in the agenda yet" in tab.inner_text("#history ~ table")
    assert watch.dialogs == []
