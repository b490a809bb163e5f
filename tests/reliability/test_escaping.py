"""Issue 16 item 9: document content is inert on every face (chat, side panel, report, Slack)."""

from __future__ import annotations

import re

from ui.escape import defuse, inert
from ui.presenter import citation_text
from ui.report import citation_line
from ui.slack.blocks import citation_blocks
from ui.slack.mrkdwn import to_mrkdwn

HOSTILE = ("Policy ![pixel](http://tracker.example/p.png) see [the intranet](http://evil.example/login) "
           "<!channel> <http://evil.example|https://bank.example> www.evil.example")
CITATION = {"n": 1, "id": "user/memo/1", "title": "[memo](http://evil.example)",
            "section": "[Click here](http://evil.example/x)", "text": HOSTILE, "publisher": "<!here>"}
LIVE_IMAGE = re.compile(r"(?<!\\)!\[[^\]]*\]\(")
LIVE_LINK = re.compile(r"(?<![\\!])\[[^\]]+\]\(")


def test_side_panel_and_report_show_documents_as_text() -> None:
    body = citation_text(CITATION).content
    line = citation_line(CITATION)
    for shown in (body, line):
        assert not LIVE_IMAGE.search(shown) and not LIVE_LINK.search(shown)
        assert "http://" not in shown  # no bare URL left to autolink
    assert "tracker" in body and "intranet" in body  # still readable


def test_a_reply_quoting_a_document_keeps_our_markdown_but_no_live_image_or_disguised_link() -> None:
    reply = "**Answer** [1]\n\n> " + HOSTILE
    shown = defuse(reply)
    assert shown.startswith("**Answer** [1]")
    assert not LIVE_IMAGE.search(shown) and not LIVE_LINK.search(shown)
    assert "the intranet (http\\://evil.example/login)" in shown  # the address is visible


def test_slack_text_cannot_ping_or_disguise_links() -> None:
    text = to_mrkdwn(HOSTILE)
    assert "<!channel>" not in text and "<http" not in text and "&lt;!channel&gt;" in text
    assert "the intranet (http://evil.example/login)" in text and "[image: pixel]" in text
    small_print = str(citation_blocks([CITATION]))
    assert "<!here>" not in small_print and "&lt;!here&gt;" in small_print


def test_inert_escapes_what_could_load_or_link() -> None:
    assert inert("# h *b* [l](u) ![i](u) <b> see https://x.example and www.y.example") == (
        "# h *b* \\[l\\]\\(u\\) \\!\\[i\\]\\(u\\) \\<b\\> see https\\://x.example and www\\.y.example")


def test_the_pdf_report_shows_escaped_text_plainly() -> None:
    from ui.pdf import _inline

    assert _inline(inert("[memo](http://evil.example)")) == "[memo](http://evil.example)"
