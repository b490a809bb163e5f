"""One recommendation, every face: `RecommendationView(advice, lang, …)` renders the chat reply,
the details, the report (Markdown, PDF, JSON), Slack blocks, charts and a decision record."""

from __future__ import annotations

from advisor.view.model import RecommendationView
from advisor.view.summary import change_record

__all__ = ["RecommendationView", "change_record"]
