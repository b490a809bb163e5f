"""ui.report and ui.pdf: the downloadable report, stamped, in Markdown and PDF."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from tests.ui.helpers import CITATION, FINTECH, FINTECH_PROVENANCE, fintech_advice
from ui.pdf import markdown_to_pdf, pdf_text
from ui.report import report_filename, report_markdown, report_pdf

DAY = dt.date(2026, 11, 24)


def test_markdown_report_is_stamped_with_date_version_and_profile() -> None:
    advice = fintech_advice()
    report = report_markdown(advice, FINTECH, FINTECH_PROVENANCE, [CITATION], "en", DAY)
    assert report.startswith("# Orchestration Advisor — report")
    assert f"Date: 2026-11-24 · Scoring version: {advice.version} · Recommendation: **centralized**" in report
    assert "| **employees** | 300 employees | ✓ stated, turn 1" in report
    assert "## Recommendation: **centralized**" in report  # scoring.render's body
    assert "### What would change the advice" in report
    assert "- [2] Orchestration IA 2026 — Eight-criterion decision framework (`article/criteria/regulation`)" in report


def test_french_report_and_file_names() -> None:
    advice = fintech_advice()
    report = report_markdown(advice, FINTECH, FINTECH_PROVENANCE, (), "fr", DAY)
    assert "Date : 2026-11-24 · Version du scoring" in report and "## Profil utilisé" in report
    assert "## Sources" not in report
    assert report_filename(advice, "pdf", DAY) == "orchestration-report-centralized-2026-11-24.pdf"


def test_pdf_report_holds_the_same_stamp_and_profile() -> None:
    advice = fintech_advice()
    pdf = report_pdf(report_markdown(advice, FINTECH, FINTECH_PROVENANCE, [CITATION], "en", DAY))
    assert pdf.startswith(b"%PDF")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "2026-11-24" in text and advice.version in text
    assert "300 employees" in text and "centralized" in text


def test_pdf_without_unicode_font_folds_text_to_latin1() -> None:
    assert pdf_text("1.2 M€ → ✅ ≈", unicode_font=False) == "1.2 MEUR -> v ~"
    assert pdf_text("1.2 M€ → ✅", unicode_font=True) == "1.2 M€ → ✓"


def test_pdf_writer_handles_tables_lists_and_rules() -> None:
    pdf = markdown_to_pdf("# T\n\n| a | b |\n|---|---:|\n| 1 | 2 |\n\n- item\n1. step\n---\n_end_\n")
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
