"""End to end in French: a French browser gets the French first screen; a French conversation gets
French replies, a French profile panel, and a French report (Markdown and PDF text)."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator

import pytest

from tests.ui.conftest import SCREENSHOTS, RunningApp

pytest.importorskip("playwright.sync_api", reason="the playwright package drives the browser")
from playwright.sync_api import Page  # noqa: E402

from tests.ui.test_e2e_browser import SETTLE_MS, browser_page, chart_texts, send, shot, wait_for_charts  # noqa: E402

PREMIER = "Nous sommes une fintech de 300 personnes présente dans 3 pays."
SECOND = "Nous faisons de l'IA depuis un an, avec un budget de 3 M€ par an."
ENGLISH = ("Recommendation", "Why", "Costs over 24 months", "First step", "required fields known",
           "stated, turn", "Executive summary", "Profile used", "How long have you been")


@pytest.fixture()
def french_page(chromium_path: str, running_app: RunningApp) -> Iterator[Page]:
    external: list[str] = []
    with browser_page(chromium_path, running_app, external, locale="fr-FR",
                      extra_http_headers={"Accept-Language": "fr-FR,fr;q=0.9"}) as page:
        yield page
    assert external == []


def no_english(text: str) -> list[str]:
    return [words for words in ENGLISH if words in text]


@pytest.mark.e2e
@pytest.mark.slow
def test_a_french_conversation_end_to_end(french_page: Page, running_app: RunningApp) -> None:
    page = french_page
    page.goto(running_app.url)
    page.locator("#chat-input").wait_for()
    page.get_by_text("Donnez-moi cinq informations").wait_for()  # the first screen, in French
    first_starter = page.locator("#starters [id^='starter-']").first.get_attribute("id")
    assert first_starter == "starter-banque,-2-000-salariés,-5-pays", first_starter  # French ones first
    shot(page, "fr-01-accueil")

    send(page, PREMIER)
    panel = page.locator("#side-view-content")
    panel.get_by_text("3/5 champs requis connus").wait_for()
    assert "300 salariés" in panel.inner_text() and "déclaré, tour 1" in panel.inner_text()
    reply = page.locator("[data-step-type='assistant_message']").last.inner_text()
    assert "C'est noté" in reply and not no_english(reply), reply
    page.wait_for_timeout(SETTLE_MS)
    shot(page, "fr-02-premier-tour")

    send(page, SECOND)
    wait_for_charts(page)
    panel.get_by_text("5/5 champs requis connus").wait_for()
    page.get_by_text("Recommandation : centralisée").first.wait_for()
    replies = "\n".join(page.locator("[data-step-type='assistant_message']").all_inner_texts())
    assert "Coûts sur 24 mois" in replies and not no_english(replies), no_english(replies)
    charts = chart_texts(page).replace("&#215;", "×")
    assert "Coût cumulé sur 24 mois" in charts and "Critères : vote × poids" in charts, charts
    assert not no_english(panel.inner_text()), panel.inner_text()
    page.wait_for_timeout(SETTLE_MS)
    shot(page, "fr-03-recommandation")

    downloads = {}
    for ext in ("md", "pdf"):
        link = page.locator(f"a[download^='rapport-orchestration-'][download$='.{ext}']")
        with page.expect_download() as info:
            link.click()
        target = running_app.data_dir / info.value.suggested_filename
        info.value.save_as(str(target))
        shutil.copy(target, SCREENSHOTS / target.name)
        downloads[ext] = target
    report = downloads["md"].read_text(encoding="utf-8")
    assert "Synthèse pour la direction" in report and "| salariés | 300 | déclaré |" in report, report[:800]
    assert not no_english(report), no_english(report)

    from pypdf import PdfReader

    pdf_text = "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(downloads["pdf"].read_bytes())).pages)
    assert "Synthèse pour la direction" in pdf_text and "Recommandation : centralisée" in pdf_text
    assert not no_english(pdf_text), no_english(pdf_text)
    print(f"French report: {len(report)} characters, PDF {len(pdf_text)} characters of French text")
