"""The board-ready report of the recommendation view: Markdown, PDF and JSON, stamped."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from advisor.view import RecommendationView
from advisor.view.pdf import ReportPDF, markdown_to_pdf, pdf_text
from advisor.view.stamp import framework_version, profile_hash
from tests.ui.helpers import CITATION, FINTECH_PROVENANCE, fintech_advice

DAY = dt.date(2026, 11, 24)


def _view(lang: str = "en") -> RecommendationView:
    return RecommendationView(fintech_advice(), lang, passages={CITATION["id"]: CITATION},
                              provenance=FINTECH_PROVENANCE, today=DAY)


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_markdown_report_opens_with_stamp_and_executive_summary() -> None:
    advice = fintech_advice()
    report = _view().report_markdown()
    assert report.startswith("# Orchestration Advisor — report")
    stamp = (f"Profile {profile_hash(advice)} · scoring version {advice.version} · "
             f"index version {framework_version()} · November 24, 2026")
    assert stamp in report
    assert report.index("## Executive summary") < report.index("### Recommendation: **centralized**") \
        < report.index("## Profile used") < report.index("## Criteria") < report.index("## Sources")
    assert "| employees | 300 | stated |" in report
    assert "Eight-criterion decision framework" in report  # the cited passage, by its section


def test_every_assumption_is_listed_as_such_and_no_internal_name_shows() -> None:
    report = _view().report_markdown()
    assert "| yearly AI budget | 3 M€ a year | assumed |" in report  # the user did not know it
    assert "| teams using AI | 6 | default |" in report and "| AI governance | partial | default |" in report
    section = report.split("## Assumptions")[1].split("## Criteria")[0]
    for line in ("- yearly AI budget: 3 M€ a year — 3,000 € per employee per year",
                 "- teams using AI: 6 — one AI-using team per 50 employees",
                 "- regulation: strong — the usual regulation of the sector",
                 "- an engineer costs 100 k€ a year"):
        assert line in section
    for internal in ("teams_using_ai", "annual_ai_budget_eur", "ai_maturity_months", "governance ="):
        assert internal not in report


def test_french_report_and_file_names() -> None:
    view = _view("fr")
    report = view.report_markdown()
    assert "## Synthèse pour la direction" in report and "## Profil utilisé" in report
    assert "24 novembre 2026" in report and "| budget IA annuel | 3 M€ par an | hypothèse |" in report
    assert view.filename("report", "pdf") == "rapport-orchestration-centralized-2026-11-24.pdf"
    assert _view().filename("adr", "md") == "orchestration-adr-centralized-2026-11-24.md"


def test_pdf_report_has_the_summary_the_two_charts_and_the_stamp() -> None:
    advice = fintech_advice()
    pdf = _view().report_pdf()
    assert pdf.startswith(b"%PDF")
    text = _text(pdf)
    assert profile_hash(advice) in text and advice.version in text and framework_version() in text
    assert text.index("Executive summary") < text.index("Cumulative cost over 24 months") \
        < text.index("Criteria: vote × weight") < text.index("Profile used")
    assert "300" in text and "centralized (recommended)" in text


def test_pdf_tables_fit_the_page_and_never_break_a_word() -> None:
    pdf = ReportPDF()
    rows = [["Option", "Total (low–high)", "Value", "Days per workflow", "Security", "Compliance", "Interop."],
            ["decentralized ✗", "2.28 M€ (2.05 M€–3.66 M€)", "2.03 M€", "1.0", "73%", "64%", "23%"],
            ["Criterion", "+1.0", "20%", "Strong regulation: a single audit trail " * 6, "", "", ""]]
    widths = pdf.column_widths(rows)
    assert sum(widths) <= pdf.epw + 0.01
    pdf.set_font(pdf.family_name, "B", 8)
    for i, head in enumerate(rows[0]):
        assert widths[i] >= max(pdf.get_string_width(word) for word in head.split())
    assert "Weight" in _text(_view().report_pdf())  # a header on one line, not "Weigh/t"


def test_json_report_holds_the_record_the_stamp_and_the_words() -> None:
    data = _view("fr").report_json()
    assert data["architecture"] == "centralized" and data["language"] == "fr"
    assert data["stamp"]["date"] == "2026-11-24" and data["stamp"]["profile_hash"]
    assert data["text"]["summary"].startswith("### Recommandation : **centralisée**")
    assert any("secteur" in line for line in data["text"]["sensitivity"])


def test_pdf_without_unicode_font_folds_text_to_latin1() -> None:
    assert pdf_text("1.2 M€ → ✅ ≈", unicode_font=False) == "1.2 MEUR -> v ~"
    assert pdf_text("1.2 M€ → ✅", unicode_font=True) == "1.2 M€ → ✓"


def test_pdf_writer_handles_tables_lists_and_rules() -> None:
    pdf = markdown_to_pdf("# T\n\n| a | b |\n|---|---:|\n| 1 | 2 |\n\n- item\n1. step\n---\n_end_\n")
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
