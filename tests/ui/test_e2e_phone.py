"""End to end on a phone screen (390×844, touch): the profile panel never covers the chat by
itself, stays reachable (also after a citation was opened and closed), and the charts fit."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.ui.conftest import SCREENSHOTS, RunningApp

pytest.importorskip("playwright.sync_api", reason="the playwright package drives the browser")
from playwright.sync_api import Page  # noqa: E402

from tests.ui.test_e2e_browser import FIRST, SECOND, browser_page, send, shot, wait_for_charts  # noqa: E402

PHONE: dict[str, Any] = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True,
                         "device_scale_factor": 2}
SHEET = "[role=dialog] #side-view-content"  # Chainlit's side panel on a small screen: a sheet
FITS = """() => [...document.querySelectorAll("img[alt$='_chart.svg']")].map(img => {
  const box = img.getBoundingClientRect();
  return {left: box.left, right: box.right, width: box.width};
})"""


@pytest.fixture()
def phone(chromium_path: str, running_app: RunningApp) -> Iterator[Page]:
    external: list[str] = []
    with browser_page(chromium_path, running_app, external, **PHONE) as page:
        yield page
    assert external == []


def chat_is_free(page: Page) -> None:
    """No sheet over the chat, and the message box takes a tap."""
    page.wait_for_timeout(700)  # the panel is refreshed after the reply
    page.wait_for_function(f"!document.querySelector('{SHEET}')", timeout=5000)
    page.locator("#chat-input").click(trial=True, timeout=5000)


def open_profile(page: Page, summary: str) -> None:
    page.locator("button:has(.lucide-user-round)").last.click()
    page.locator(SHEET).get_by_text(summary).wait_for()


def close_sheet(page: Page) -> None:
    page.locator("[role=dialog] button:has(.lucide-x)").click()
    page.wait_for_function(f"!document.querySelector('{SHEET}')")


@pytest.mark.e2e
@pytest.mark.slow
def test_phone_layout_keeps_the_chat_free_and_the_profile_reachable(phone: Page, running_app: RunningApp) -> None:
    page = phone
    page.goto(running_app.url)
    page.locator("#chat-input").wait_for()
    page.get_by_text("Tell me five facts").wait_for()  # the first screen says what it needs
    shot(page, "phone-01-welcome")

    send(page, FIRST)
    page.get_by_text("How long have you been using AI").wait_for()
    chat_is_free(page)
    shot(page, "phone-02-first-turn")

    send(page, SECOND)
    wait_for_charts(page)
    chat_is_free(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # nothing wider than the screen
    charts = page.evaluate(FITS)
    assert len(charts) == 2, charts
    for chart in charts:  # the whole picture (title, axes, legend below) on the screen, wide enough to read
        assert chart["left"] >= 0 and chart["right"] <= 390 and chart["width"] >= 300, chart
    shot(page, "phone-03-recommendation")
    for n, name in ((0, "phone-04-cost-chart"), (1, "phone-05-criteria-chart")):
        chart = page.locator("img[alt$='_chart.svg']").nth(n)
        chart.scroll_into_view_if_needed()
        chart.screenshot(path=str(SCREENSHOTS / f"{name}.png"))

    open_profile(page, "5/5 required fields known")
    page.wait_for_timeout(700)
    shot(page, "phone-06-profile-on-request")
    close_sheet(page)

    citation = page.locator("a.element-link", has_text="[2]").first
    citation.scroll_into_view_if_needed()
    citation.click()
    page.locator("#side-view-title", has_text="[2]").wait_for()
    page.wait_for_timeout(700)
    shot(page, "phone-07-citation")
    close_sheet(page)
    open_profile(page, "5/5 required fields known")  # closing the citation lost nothing
    close_sheet(page)

    send(page, "What if we were 800 people?")
    page.get_by_text("800").last.wait_for()
    chat_is_free(page)
    shot(page, "phone-08-later-turn")
