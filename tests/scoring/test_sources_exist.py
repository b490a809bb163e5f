"""Every passage id the scorecard and the replies cite exists in both languages."""

from __future__ import annotations

from knowledge.passages import load_sources
from scoring.sources import ALL_SOURCE_IDS, PATTERN_SOURCES


def test_scoring_source_ids_exist_in_english_and_french() -> None:
    keys = {(p.id, p.lang) for p in load_sources()}
    missing = [(pid, lang) for pid in ALL_SOURCE_IDS for lang in ("en", "fr") if (pid, lang) not in keys]
    assert not missing


def test_reply_source_ids_exist() -> None:
    ids = {p.id for p in load_sources()}
    used_in_replies = {"method/scoring/weights", "method/costs/model", "method/scoring/sensitivity",
                       "article/hybrid/ratio", "article/hybrid/architecture", "article/migration/plan",
                       "article/patterns/wild-west", *PATTERN_SOURCES.values()}
    assert used_in_replies <= ids
