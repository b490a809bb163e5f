"""RecommendationView: one recommendation, built once from the Advice, the citations and the
language, with one method per face (chat reply, details, report, PDF, JSON, Slack, charts, ADR)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from advisor.view import details, summary
from advisor.view.cite import Cite, Numbering, source_line
from advisor.view.stamp import framework_passage, stamp
from advisor.view.words import Words
from scoring.advice import Advice


def _tokens(*passage_ids: str) -> str:
    """The chat reply's marks, numbered when the reply is composed (advisor.citations)."""
    return "".join(f"⟦{pid}⟧" for pid in dict.fromkeys(passage_ids))


@dataclass
class RecommendationView:
    advice: Advice
    lang: str = "en"
    passages: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # cited passages by id
    provenance: Mapping[str, Any] = field(default_factory=dict)  # field -> {"status", "turn", ...}
    change: Mapping[str, Any] | None = None  # since the thread's previous recommendation
    index_version: str | None = None
    today: dt.date | None = None
    w: Words = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.w = Words(self.lang)
        self.lang = self.w.lang

    @classmethod
    def from_record(cls, record: Mapping[str, Any], lang: str | None, **options: Any) -> RecommendationView:
        """The view of a stored recommendation (`Advice.to_dict()`, with its `change` if any)."""
        from scoring.advice import advise
        from scoring.profile import OrgProfile

        advice = advise(OrgProfile.model_validate(record["profile"]))
        return cls(advice, lang or "en", change=record.get("change"), **options)

    # The chat reply: the summary, or what changed; its marks are tokens unless `cite` is given.
    def summary_markdown(self, cite: Cite = _tokens) -> str:
        return summary.summary_markdown(self.advice, self.w, cite, self.provenance)

    def delta_markdown(self, cite: Cite = _tokens) -> str:
        return summary.delta_markdown(self.advice, self.change or {}, self.w, cite)

    def reply_markdown(self, cite: Cite = _tokens) -> str:
        """A later profile change says what changed; otherwise the summary."""
        return self.delta_markdown(cite) if self.change else self.summary_markdown(cite)

    def details_markdown(self, clean: Callable[[str], str] | None = None) -> str:
        """The details, one click away from the summary, with their own numbered sources."""
        numbering = Numbering()
        body = details.details_markdown(self.advice, self.provenance, self.w, numbering.mark)
        return body + "\n" + "\n".join(self.sources_lines(numbering, clean)) + "\n"

    def method_texts(self) -> list[str]:
        """The catalogue sentences the summary and details use: their figures are the method's
        own (thresholds, the article's claims), so the guard may trace figures to them."""
        self.reply_markdown()
        self.summary_markdown()
        details.details_markdown(self.advice, self.provenance, self.w, _tokens)
        return sorted(set(self.w.used.values()))

    def record(self) -> dict[str, Any]:
        """What the state keeps: `Advice.to_dict()`, and what changed since the last one."""
        data = self.advice.to_dict()
        return {**data, "change": dict(self.change)} if self.change else data

    def stamp(self) -> dict[str, Any]:
        return stamp(self.advice, self.index_version, self.today)

    def sources_lines(self, numbering: Numbering, clean: Callable[[str], str] | None = None) -> list[str]:
        """"#### Sources" and one line per numbered passage."""
        from ui.escape import inert  # document titles are not ours: shown as written, never live

        known = {pid: self.passages.get(pid) or framework_passage(pid, self.lang) or {}
                 for pid in numbering.numbers}
        entries = numbering.entries(known)
        if not entries:
            return []
        lines = [f"{details.HEADING} {self.w('details.sources')}"]
        return lines + [f"- {source_line(e, self.w, clean or inert)}" for e in entries]

    def filename(self, kind: str, extension: str) -> str:
        """E.g. "orchestration-report-centralized-2026-11-24.pdf" ("rapport-orchestration-…" in French)."""
        return f"{self.w(f'{kind}.file')}-{self.advice.architecture}-{self.stamp()['date']}.{extension}"

    # Documents and other faces live in their own modules.
    def report_markdown(self) -> str:
        from advisor.view.report import report_markdown

        return report_markdown(self)

    def report_pdf(self) -> bytes:
        from advisor.view.pdf import report_pdf

        return report_pdf(self)

    def report_json(self) -> dict[str, Any]:
        from advisor.view.report import report_json

        return report_json(self)

    def adr_markdown(self) -> str:
        from advisor.view.adr import adr_markdown

        return adr_markdown(self)

    def charts(self) -> tuple[str, str]:
        """(cumulative cost, criteria) as SVG documents."""
        from advisor.view.charts import cost_chart, criteria_chart

        return cost_chart(self), criteria_chart(self)

    def slack_blocks(self, numbering: Mapping[str, int] | None = None) -> list[dict[str, Any]]:
        from advisor.view.slack import summary_blocks

        return summary_blocks(self, numbering)

    def slack_details_blocks(self) -> list[dict[str, Any]]:
        from advisor.view.slack import details_blocks

        return details_blocks(self)
