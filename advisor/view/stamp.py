"""What a report is stamped with: the profile's hash, the scoring and index versions, the date;
and the shipped framework passages, to name the sources a document cites."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from functools import cache
from typing import Any

from scoring.advice import Advice


def profile_hash(advice: Advice) -> str:
    """A short SHA-256 of the scored profile (canonical JSON): same profile, same hash."""
    canonical = json.dumps(advice.profile.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()[:12]


@cache
def _framework() -> tuple[str, dict[tuple[str, str], dict[str, Any]]]:
    from knowledge.passages import content_hash, load_sources

    passages = load_sources()
    by_key = {(p.id, p.lang): {"title": p.title, "section": p.section, "source": p.source}
              for p in passages}
    return content_hash(passages, "framework")[:12], by_key


def framework_version() -> str:
    """The content hash of the shipped framework passages (what the index is built from)."""
    return _framework()[0]


def framework_passage(passage_id: str, lang: str) -> dict[str, Any] | None:
    """Title, section and origin of a shipped passage, in `lang` if it has that language."""
    by_key = _framework()[1]
    return by_key.get((passage_id, lang)) or by_key.get((passage_id, "en"))


def stamp(advice: Advice, index_version: str | None, today: dt.date | None) -> dict[str, Any]:
    return {"profile_hash": profile_hash(advice), "scoring_version": advice.version,
            "index_version": index_version or framework_version(),
            "date": (today or dt.date.today()).isoformat()}
