"""End to end: a document attached in the chat is added and quoted; one too big or unreadable is
refused with a clear message, in the conversation's language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.ui.conftest import RunningApp

pytest.importorskip("playwright.sync_api", reason="the playwright package drives the browser")
from playwright.sync_api import Page  # noqa: E402

from tests.ui.test_e2e_browser import FIRST, browser_page, send, shot  # noqa: E402

MEMO = b"# AI guild\n\nOur AI guild meets every Tuesday in Lyon to review the zebra pipeline.\n"
REPLIES = "[data-step-type='assistant_message']"


@pytest.fixture()
def page(chromium_path: str, running_app: RunningApp) -> Iterator[Page]:
    external: list[str] = []
    with browser_page(chromium_path, running_app, external) as page:
        yield page
    assert external == []


def attach(page: Page, name: str, mime: str, content: bytes) -> None:
    with page.expect_response(lambda r: "/project/file" in r.url and r.request.method == "POST") as sent:
        page.set_input_files("#upload-button-input", files=[{"name": name, "mimeType": mime, "buffer": content}])
    assert sent.value.ok, sent.value.status  # uploaded: the next message carries it
    page.wait_for_timeout(300)


def last_reply_with(page: Page, words: str) -> str:
    page.locator(REPLIES, has_text=words).last.wait_for()
    return page.locator(REPLIES, has_text=words).last.inner_text()


@pytest.mark.e2e
@pytest.mark.slow
def test_attached_documents_are_quoted_or_refused_clearly(page: Page, running_app: RunningApp) -> None:
    page.goto(running_app.url)
    page.locator("#chat-input").wait_for()
    page.get_by_text("attach a PDF, TXT or Markdown document").wait_for()  # said on the first screen
    send(page, FIRST)  # connected: the page now has a session to upload to
    page.get_by_text("How long have you been using AI").wait_for()

    attach(page, "guild-memo.md", "text/markdown", MEMO)
    send(page, "Here is our AI guild memo.")
    added = last_reply_with(page, "guild-memo.md")
    assert "Added" in added and "Only you can see it" in added, added
    send(page, "When does our AI guild meet to review the zebra pipeline?")
    answer = last_reply_with(page, "Tuesday")
    assert "Lyon" in answer, answer
    page.locator("a.element-link", has_text="[1]").last.click()
    page.locator("#side-view-content").get_by_text("guild-memo.md").first.wait_for()  # the cited source
    shot(page, "upload-01-quoted")

    attach(page, "huge.txt", "text/plain", b"a" * (11 * 1024 * 1024))
    send(page, "And the full archive.")
    too_big = last_reply_with(page, "huge.txt")
    assert "11.0 MB" in too_big and "10 MB limit" in too_big and "Nothing was added" in too_big, too_big

    attach(page, "broken.pdf", "application/pdf", b"%PDF-1.4\n" + b"\x00garbage" * 500)
    send(page, "And our slides.")
    unreadable = last_reply_with(page, "broken.pdf")
    assert "could not read" in unreadable and "Nothing was added" in unreadable, unreadable
    shot(page, "upload-02-refused")
