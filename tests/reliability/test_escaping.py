"""Issue 16 item 9: document content is inert on every face (chat, side panel, report, Slack)."""

from __future__ import annotations

import re

from advisor.view import RecommendationView
from advisor.view.cite import Numbering
from tests.ui.helpers import fintech_advice
from ui.escape import defuse, inert
from ui.presenter import citation_text
from ui.slack.blocks import citation_blocks
from ui.slack.mrkdwn import to_mrkdwn

HOSTILE = ("Policy ![pixel](http://tracker.example/p.png) see [the intranet](http://evil.example/login) "
           "<!channel> <http://evil.example|https://bank.example> www.evil.example")
CITATION = {"n": 1, "id": "user/memo/1", "title": "[memo](http://evil.example)",
            "section": "[Click here](http://evil.example/x)", "text": HOSTILE, "publisher": "<!here>"}
LIVE_IMAGE = re.compile(r"(?<!\\)!\[[^\]]*\]\(")
LIVE_LINK = re.compile(r"(?<![\\!])\[[^\]]+\]\(")


def _cited_view(lang: str = "en") -> RecommendationView:
    """A recommendation whose sources include the hostile document (as the reply cited it)."""
    return RecommendationView(fintech_advice(), lang, passages={"article/criteria/regulation": CITATION})


def test_side_panel_and_every_document_face_show_documents_as_text() -> None:
    body = citation_text(CITATION).content
    numbering = Numbering()
    numbering.mark("article/criteria/regulation")
    view = _cited_view()
    sources = "\n".join(view.sources_lines(numbering))
    faces = (body, sources, view.details_markdown(), view.report_markdown(), view.adr_markdown())
    for shown in faces:
        assert not LIVE_IMAGE.search(shown) and not LIVE_LINK.search(shown)
        assert "http://" not in shown  # no bare URL left to autolink
    assert "tracker" in body and "intranet" in body  # still readable
    assert "memo" in sources and "Click here" in sources


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
    hostile = {**CITATION, "section": "<!channel> <http://evil.example|bank>"}
    details = str(RecommendationView(fintech_advice(), "en",
                                     passages={"article/criteria/regulation": hostile}).slack_details_blocks())
    assert "<!channel>" not in details and "<http" not in details and "&lt;!channel&gt;" in details


def test_inert_escapes_what_could_load_or_link() -> None:
    assert inert("# h *b* [l](u) ![i](u) <b> see https://x.example and www.y.example") == (
        "# h *b* \\[l\\]\\(u\\) \\!\\[i\\]\\(u\\) \\<b\\> see https\\://x.example and www\\.y.example")


def test_the_pdf_report_shows_escaped_text_plainly() -> None:
    from advisor.view.pdf import inline

    assert inline(inert("[memo](http://evil.example)")) == "[memo](http://evil.example)"
    assert _cited_view().report_pdf().startswith(b"%PDF")  # hostile source lines still make a PDF
