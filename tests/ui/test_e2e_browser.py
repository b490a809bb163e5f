"""End to end: a real headless Chromium drives the running Chainlit app to a recommendation."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.ui.conftest import SCREENSHOTS, RunningApp

pytest.importorskip("playwright.sync_api", reason="the playwright package drives the browser")
from playwright.sync_api import Error as PlaywrightError  # noqa: E402
from playwright.sync_api import Page, sync_playwright  # noqa: E402
from playwright.sync_api import TimeoutError as PlaywrightTimeout  # noqa: E402

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
FIRST = "We are a 300-person fintech operating in 3 countries."
SECOND = "We've been doing AI for a year, with a budget of 3 M€ per year."
TIMEOUT_MS = 90_000
SETTLE_MS = 700  # the side panel slides in; screenshots wait for it


@pytest.fixture()
def external_requests() -> list[str]:
    """URLs the page asked for outside the app (must stay empty: the UI works offline)."""
    return []


PROBE = """(() => {  // times on the page's own clock: the click that sends, then when each thing shows
  const probe = window.__probe = {sent: 0, seen: {}, watches: {}};
  const replies = "[data-step-type='assistant_message']";
  const check = () => {
    const key = "replies" + document.querySelectorAll(replies).length;
    if (!(key in probe.seen)) probe.seen[key] = performance.now();
    for (const [name, shown] of Object.entries(probe.watches))
      if (!(name in probe.seen) && shown()) probe.seen[name] = performance.now();
  };
  document.addEventListener("click", e => {
    if (e.target.closest && e.target.closest("#chat-submit")) { probe.sent = performance.now(); probe.seen = {}; }
  }, true);
  document.addEventListener("load", check, true);  // images drawn (load does not bubble: captured)
  new MutationObserver(check).observe(document, {childList: true, subtree: true, characterData: true});
})();"""


@contextmanager
def browser_page(chromium_path: str, app: RunningApp, external_requests: list[str],
                 **options: Any) -> Iterator[Page]:
    """A page in headless Chromium with a fresh profile, recording requests that leave the app;
    `options` are Playwright's context options (a phone's viewport, a French browser...)."""
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            tempfile.mkdtemp(prefix="chromium-", dir=app.data_dir), executable_path=chromium_path,
            headless=True, args=FLAGS, accept_downloads=True, color_scheme="light",
            **{"viewport": {"width": 1400, "height": 950}, **options})
        context.on("request", lambda r: None if r.url.startswith((app.url, "data:", "blob:"))
                   else external_requests.append(r.url))
        context.add_init_script(PROBE)
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        try:
            yield page
        finally:
            for number, open_page in enumerate(context.pages):  # what the page showed at the end
                open_page.screenshot(path=str(SCREENSHOTS / f"last-{app.data_dir.name}-{number}.png"))
            context.close()


@pytest.fixture()
def page(chromium_path: str, running_app: RunningApp, external_requests: list[str]) -> Iterator[Page]:
    with browser_page(chromium_path, running_app, external_requests) as page:
        yield page


def shot(page: Page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path


CHARTS = "img[alt='cost_chart.svg'], img[alt='criteria_chart.svg']"  # the view's SVG charts


def wait_for_charts(page: Page) -> None:
    """Both chart images in the page and drawn."""
    page.wait_for_function(f"""() => [...document.querySelectorAll("{CHARTS}")]
        .filter(i => i.complete && i.naturalWidth > 0).length >= 2""", polling=POLL_MS)


def chart_texts(page: Page) -> str:
    """The words inside the chart images (SVG text, fetched from the images' own URLs)."""
    return str(page.evaluate(f"""async () => (await Promise.all([...document.querySelectorAll("{CHARTS}")]
        .map(i => fetch(i.src).then(r => r.text())))).join("\\n")"""))


REPLIES = "[data-step-type='assistant_message']"
DRIVER_S: dict[str, float] = {}  # the last send as the test driver timed it
POLL_MS = 20  # timed waits poll on a clock: animation frames are throttled in a tab brought back to front


def send(page: Page, text: str) -> float:
    """Type a message, send it once the app accepts it, return the time until the reply shows.

    The send button stays disabled while a turn runs; a message typed while the socket is still
    connecting can be dropped (the text stays in the box), so sending is retried until it shows.
    """
    asked, replies = "[data-step-type='user_message']", REPLIES
    install_probe(page)
    sent, before = page.locator(asked).count(), page.locator(replies).count()
    page.locator("#chat-input").fill(text)
    shown = f'document.querySelectorAll("{asked}").length > {sent}'
    started = time.monotonic()
    for _ in range(5):
        page.wait_for_function(f"{shown} || document.querySelector('#chat-submit')?.disabled === false")
        if page.evaluate(shown):
            break
        started = time.monotonic()
        page.locator("#chat-submit").click()
        try:
            page.wait_for_function(shown, timeout=5000)
            break
        except PlaywrightTimeout:
            continue
    page.wait_for_function(f'document.querySelectorAll("{replies}").length > {before}', polling=POLL_MS)
    DRIVER_S["last"] = round(time.monotonic() - started, 3)  # with the driver's click checks and polling
    return shown_after_send(page, f"replies{before + 1}")


def install_probe(page: Page) -> None:
    """The timing probe in a page not opened by `browser_page`; the app may still navigate once
    right after its first paint, which destroys the script context, so that is waited out."""
    for _ in range(5):
        try:
            if not page.evaluate("() => Boolean(window.__probe)"):
                page.evaluate(PROBE)
            return
        except PlaywrightError as error:
            if "Execution context was destroyed" not in str(error):
                raise
            page.wait_for_load_state()
            page.locator("#chat-input").wait_for()
    raise AssertionError("the page kept navigating: no script context to install the probe in")


def watch(page: Page, name: str, shown: str) -> None:
    """From the next send on, note when the JavaScript condition `shown` first holds."""
    page.evaluate(f"() => {{ window.__probe.watches[{json.dumps(name)}] = () => ({shown}); }}")


def shown_after_send(page: Page, *names: str) -> float:
    """Seconds from the click that sent the last message until all `names` showed, on the page's
    clock (the test driver's own polling round trips are not the user's wait)."""
    seen = page.evaluate("() => window.__probe")
    return round((max(seen["seen"][name] for name in names) - seen["sent"]) / 1000, 3)


@pytest.mark.e2e
@pytest.mark.slow
def test_full_conversation_in_a_real_browser(page: Page, running_app: RunningApp,
                                             external_requests: list[str]) -> None:
    started = time.monotonic()
    page.goto(running_app.url)
    page.locator("#chat-input").wait_for()
    page.get_by_text("Banque, 2 000 salariés").wait_for()  # FR starter
    page.get_by_text("Fintech, 300 people").wait_for()  # EN starter
    shot(page, "01-welcome-starters")

    first_reply_s = send(page, FIRST)
    panel = page.locator("#side-view-content")
    panel.get_by_text("3/5 required fields known").wait_for()
    assert "300 employees" in panel.inner_text()
    assert "stated, turn 1" in panel.inner_text()
    page.get_by_text("How long have you been using AI").wait_for()
    page.wait_for_timeout(SETTLE_MS)
    shot(page, "02-first-turn-profile-panel")

    watch(page, "charts", f"""[...document.querySelectorAll("{CHARTS}")]
          .filter(i => i.complete && i.naturalWidth > 0).length >= 2""")
    watch(page, "panel", '(document.querySelector("#side-view-content")?.textContent || "")'
                         '.includes("5/5 required fields known")')
    links, reply = page.locator("a.element-link").count(), f"replies{page.locator(REPLIES).count() + 1}"
    watch(page, "cited", f'document.querySelectorAll("a.element-link").length > {links}')
    watch(page, "files", 'document.querySelectorAll("a[download$=\'.pdf\']").length > 0')
    recommendation_s = send(page, SECOND)
    wait_for_charts(page)
    panel.get_by_text("5/5 required fields known").wait_for()
    recommendation_all_s = shown_after_send(page, reply, "charts", "panel")  # reply, panel, charts
    page.locator("a.element-link", has_text="[2]").first.wait_for()  # cited passages attached after
    recommendation_cited_s = shown_after_send(page, "cited")
    page.locator("a[download$='.pdf']").first.wait_for()  # the report's files come last
    recommendation_files_s = shown_after_send(page, "files")
    panel.get_by_text("5/5 required fields known").wait_for()
    assert "stated, turn 2" in panel.inner_text()
    assert page.get_by_text("Recommendation: centralized").count() >= 1
    assert page.get_by_text("Details: every criterion").count() >= 1  # one click away (a collapsed step)
    words = chart_texts(page)
    assert "Cumulative cost over 24 months" in words and "(recommended)" in words, words
    assert "Criteria: vote × weight" in words.replace("&#215;", "×"), words
    cost_chart = page.locator("img[alt='cost_chart.svg']")
    cost_chart.scroll_into_view_if_needed()
    cost_chart.screenshot(path=str(SCREENSHOTS / "04-cost-chart.png"))
    page.locator("img[alt='criteria_chart.svg']").screenshot(path=str(SCREENSHOTS / "05-criteria-chart.png"))
    shot(page, "03-recommendation")

    today = dt.date.today().isoformat()
    downloads = {}
    for ext in ("md", "pdf"):
        name = f"orchestration-report-centralized-{today}.{ext}"
        with page.expect_download() as info:
            page.locator(f"a[download='{name}']").click()
        target = running_app.data_dir / name
        info.value.save_as(str(target))
        downloads[ext] = target
    shutil.copy(downloads["md"], SCREENSHOTS / downloads["md"].name)
    shutil.copy(downloads["pdf"], SCREENSHOTS / downloads["pdf"].name)
    report = downloads["md"].read_text()
    assert "scoring version 1." in report.lower() and "| employees | 300 | stated |" in report
    assert downloads["pdf"].read_bytes().startswith(b"%PDF")

    citation = page.locator("a.element-link", has_text="[2]").first
    citation.scroll_into_view_if_needed()
    citation.click()
    page.locator("#side-view-title", has_text="[2]").wait_for()
    assert "regulation" in page.locator("#side-view-content").inner_text().lower()
    shot(page, "06-citation-opened")

    resumed = page.context.new_page()  # a new tab: open the thread from the history sidebar
    resumed.set_default_timeout(TIMEOUT_MS)
    resumed.goto(running_app.url)
    resumed.locator("#thread-history a[href^='/thread/']").first.click()
    resumed.get_by_text("Noted: 3 countries").wait_for()
    resumed.locator("#side-view-content").get_by_text("5/5 required fields known").wait_for()
    resumed.locator("img[alt='cost_chart.svg']").first.wait_for()
    resumed.wait_for_timeout(SETTLE_MS)
    shot(resumed, "07-resumed-thread")

    page.bring_to_front()
    change_s = send(page, "Sorry, we are actually 800 employees, not 300.")  # a later profile change
    panel.get_by_text("800").first.wait_for()
    assert page.get_by_text("Recommendation: centralized").count() >= 1
    page.wait_for_function(f'document.querySelectorAll("{CHARTS}").length >= 4')  # redrawn, on the reply
    assert page.get_by_text("what weighs most").count() == 1  # what changed, not the summary again

    assert external_requests == []
    timings = {"app_start_s": round(running_app.start_s, 2), "first_reply_s": round(first_reply_s, 2),
               "recommendation_reply_s": round(recommendation_s, 2),
               "recommendation_all_shown_s": round(recommendation_all_s, 2),
               "recommendation_citation_links_s": round(recommendation_cited_s, 2),
               "recommendation_files_s": round(recommendation_files_s, 2),
               "profile_change_reply_s": round(change_s, 2), "profile_change_reply_driver_s": DRIVER_S["last"],
               "browser_flow_s": round(time.monotonic() - started, 2)}
    (SCREENSHOTS / "e2e_timings.json").write_text(json.dumps(timings, indent=1))
    print("E2E timings:", timings)


@pytest.mark.e2e
@pytest.mark.slow
def test_password_login_when_configured(chromium_path: str, password_app: RunningApp) -> None:
    external: list[str] = []
    with browser_page(chromium_path, password_app, external) as page:
        page.goto(password_app.url)
        page.wait_for_url("**/login")
        page.fill("#email", "cto")
        page.fill("#password", "wrong")
        page.keyboard.press("Enter")
        page.get_by_text("Unable to sign in").wait_for()
        shot(page, "08-login-refused")
        page.fill("#password", "s3cret")
        page.keyboard.press("Enter")
        page.locator("#chat-input").wait_for()
        assert not page.url.endswith("/login")
    assert external == []
