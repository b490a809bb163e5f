"""The downloadable report: Markdown stamped with profile, scoring version and date, and its PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from scoring.advice import Advice
from scoring.render import render_markdown
from scoring.texts import architecture_name
from ui.escape import inert
from ui.pdf import markdown_to_pdf
from ui.profile_panel import profile_markdown

_T = {
    "title": ("Orchestration Advisor — report", "Orchestration Advisor — rapport"),
    "stamp": ("Date: {date} · Scoring version: {version} · Recommendation: **{arch}** "
              "(score {score:+.2f})",
              "Date : {date} · Version du scoring : {version} · Recommandation : **{arch}** "
              "(score {score:+.2f})"),
    "profile": ("Profile used", "Profil utilisé"),
    "sources": ("Sources", "Sources"),
    "footer": ("Deterministic scorecard; costs are model estimates over {h} months, not quotes.",
               "Grille déterministe ; les coûts sont des estimations du modèle sur {h} mois, pas des devis."),
}


def _t(key: str, lang: str, **values: object) -> str:
    return _T[key][lang == "fr"].format(**values)


def citation_line(citation: Mapping[str, Any]) -> str:
    """"[n] Title — section (source id)", as listed under Sources."""
    title = inert(str(citation.get("title") or citation.get("source") or ""))
    section = inert(str(citation.get("section") or ""))  # a document's heading: shown, never a link
    where = f" — {section}" if section else ""
    return f"[{citation.get('n', '?')}] {title}{where} (`{str(citation.get('id', '')).replace('`', '')}`)"


def report_markdown(advice: Advice, profile: Mapping[str, Any], provenance: Mapping[str, Any],
                    citations: Sequence[Mapping[str, Any]] = (), lang: str = "en",
                    today: dt.date | None = None) -> str:
    """The full report: stamp, profile table, recommendation (scoring.render) and sources."""
    date = (today or dt.date.today()).isoformat()
    defaults = {a.field: a.value for a in advice.scorecard.assumptions}
    lines = [
        f"# {_t('title', lang)}", "",
        _t("stamp", lang, date=date, version=advice.version,
           arch=architecture_name(advice.architecture, lang), score=advice.scorecard.score), "",
        f"## {_t('profile', lang)}", "",
        profile_markdown(profile, provenance, lang, defaults),
        render_markdown(advice, lang),
    ]
    if citations:
        lines += [f"## {_t('sources', lang)}", ""]
        lines += [f"- {citation_line(c)}" for c in citations]
        lines.append("")
    lines += ["---", f"_{_t('footer', lang, h=advice.costs.horizon_months)}_", ""]
    return "\n".join(lines)


def report_filename(advice: Advice, extension: str, today: dt.date | None = None) -> str:
    """E.g. "orchestration-report-centralized-2026-11-24.md"."""
    date = (today or dt.date.today()).isoformat()
    return f"orchestration-report-{advice.architecture}-{date}.{extension}"


def report_pdf(markdown: str) -> bytes:
    """The same report as a PDF document."""
    return markdown_to_pdf(markdown)
