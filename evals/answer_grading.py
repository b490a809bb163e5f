"""Grade the one answerer on a question set (evals/heldout/RUBRIC.md): 0-2 per question.

`python -m evals.answer_grading [--questions FILE] [--json]` asks every question in a fresh
conversation through `AdvisorSession` (the chat's answerer, the same as `advisor ask`) and prints
the per-language means, the off-topic mean and the zero-score ids.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import tempfile
import time
import unicodedata
from pathlib import Path
from typing import Any

import yaml

HELDOUT = Path(__file__).parent / "heldout" / "questions.yaml"
_DECENTRAL = re.compile(r"\b(?:de|dé)-?centrali[sz]\w*|\bteam-owned\b", re.I)
_CENTRAL = re.compile(r"\bcentrali[sz]\w*", re.I)
_HYBRID = re.compile(r"\bhybrid\w*", re.I)
_MARKER = re.compile(r"\[\d+\]")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    for space in ("\u00a0", "\u202f", "\u2009"):
        text = text.replace(space, " ")
    return text.replace("’", "'")


def named_first(reply: str) -> str | None:
    """The architecture named first in the reply (decentralized matches removed before centralized)."""
    found: list[tuple[int, str]] = [(m.start(), "decentralized") for m in _DECENTRAL.finditer(reply)]
    masked = _DECENTRAL.sub(lambda m: " " * len(m.group()), reply)
    found += [(m.start(), "centralized") for m in _CENTRAL.finditer(masked)]
    found += [(m.start(), "hybrid") for m in _HYBRID.finditer(reply)]
    return min(found)[1] if found else None


def grade(question: dict[str, Any], reply: str, citations: list[Any],
          recommendation: dict[str, Any] | None) -> int:
    """The rubric's score for one reply."""
    text = normalise(reply)
    cited = bool(citations) or bool(_MARKER.search(reply))
    if question.get("offtopic"):
        return 2 if not cited and recommendation is None and "orchestration" in text else 0
    points = question.get("key_points") or []
    matched = sum(any(normalise(s) in text for s in alternatives) for alternatives in points)
    arch = (recommendation or {}).get("architecture") or named_first(reply)
    if matched == len(points) and (question.get("kind") != "decision"
                                   or arch == question.get("expect_architecture")):
        return 2
    return 1 if matched >= len(points) / 2 else 0


def run(path: Path) -> dict[str, Any]:
    """Every question through a fresh offline conversation; scores and latency."""
    from advisor.context import Context
    from advisor.session import AdvisorSession
    from advisor.settings import Settings
    from evals.cli import make_harness

    questions = yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]
    harness = make_harness("offline")
    rows, latencies = [], []
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), advisor_mode="offline")
        session = AdvisorSession(settings, context=Context(settings=settings, retriever=harness.retriever))
        for n, q in enumerate(questions):
            started = time.perf_counter()
            turn = session.send(f"q{n}", q["question"])
            latencies.append(time.perf_counter() - started)
            score = grade(q, turn.reply, turn.citations, turn.recommendation)
            rows.append({"id": q["id"], "lang": q["lang"], "kind": q["kind"], "score": score})
    return {"rows": rows, "summary": summary(rows, latencies)}


def summary(rows: list[dict[str, Any]], latencies: list[float]) -> dict[str, Any]:
    def mean(selected: list[dict[str, Any]]) -> float | None:
        return round(statistics.mean(r["score"] for r in selected), 2) if selected else None

    on = [r for r in rows if r["kind"] != "offtopic"]
    return {"en": mean([r for r in on if r["lang"] == "en"]),
            "fr": mean([r for r in on if r["lang"] == "fr"]),
            "offtopic": mean([r for r in rows if r["kind"] == "offtopic"]), "on_topic": mean(on),
            "by_kind": {k: mean([r for r in on if r["kind"] == k]) for k in sorted({r["kind"] for r in on})},
            "zero": [r["id"] for r in rows if r["score"] == 0],
            "latency_p50_ms": round(1000 * statistics.median(latencies), 1) if latencies else None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--questions", type=Path, default=HELDOUT)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = run(args.questions)
    print(json.dumps(result if args.json else result["summary"], indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
