"""`python -m knowledge.bench`: recall@5, MRR and latency on the gold set; index build time.

Builds a fresh index in a temporary data dir (framework passages only), then runs every gold
query in dense, lexical and hybrid mode with `lang` set to the query's language.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

GOLD_PATH = Path(__file__).resolve().parent / "gold" / "queries.yaml"
K = 5
RANK_DEPTH = 20


@dataclass
class ModeReport:
    """Figures for one retrieval mode over a set of gold queries."""

    mode: str
    recall_at_k: float
    mrr: float
    p50_ms: float
    p95_ms: float
    misses: list[str]


def load_gold(path: Path = GOLD_PATH) -> list[dict[str, Any]]:
    """The gold queries: q, lang, kind, expected (topic ids)."""
    import yaml

    return list(yaml.safe_load(path.read_text(encoding="utf-8")))


def evaluate(retriever: Any, gold: list[dict[str, Any]], mode: str) -> ModeReport:
    """Recall@K, MRR (first expected topic, depth 20) and latency of `retriever.search`."""
    hits, reciprocal, latencies, misses = 0, 0.0, [], []
    for item in gold:
        start = time.perf_counter()
        results = retriever.search(item["q"], k=RANK_DEPTH, lang=item["lang"], mode=mode)
        latencies.append((time.perf_counter() - start) * 1000)
        ranks = [n for n, p in enumerate(results, start=1) if p.id in item["expected"]]
        first = ranks[0] if ranks else None
        hits += first is not None and first <= K
        reciprocal += 1.0 / first if first else 0.0
        if first is None or first > K:
            misses.append(f"[{item['lang']}] {item['q']} (rank {first})")
    quantiles = statistics.quantiles(latencies, n=20)
    return ModeReport(mode, hits / len(gold), reciprocal / len(gold),
                      statistics.median(latencies), quantiles[18], misses)


def main() -> int:
    """Print the figures; exit 0 (the goals are reported, not enforced)."""
    from advisor.settings import get_settings
    from knowledge.index import ensure_index
    from knowledge.retriever import Retriever

    gold = load_gold()
    with tempfile.TemporaryDirectory(prefix="knowledge-bench-") as tmp:
        settings = get_settings().model_copy(update={"data_dir": Path(tmp), "chroma_host": None})
        start = time.perf_counter()
        index = ensure_index(settings, force=True, progress=False)
        build_s = time.perf_counter() - start
        retriever = Retriever(index)
        retriever.search("warm-up query", k=K)
        print(f"Knowledge bench: {len(gold)} gold queries "
              f"({sum(g['lang'] == 'fr' for g in gold)} FR, "
              f"{sum(g['kind'] == 'paraphrase' for g in gold)} paraphrases), "
              f"{len(index.passages)} passages, embedding {index.embedding_function.name()}")
        print(f"index build: {build_s:.2f} s (fresh, embedding included)")
        print(f"{'mode':<8} {'recall@5':>9} {'MRR':>6} {'p50 ms':>7} {'p95 ms':>7}")
        reports = [evaluate(retriever, gold, mode) for mode in ("dense", "lexical", "hybrid")]
        for r in reports:
            print(f"{r.mode:<8} {r.recall_at_k:>9.3f} {r.mrr:>6.3f} {r.p50_ms:>7.1f} "
                  f"{r.p95_ms:>7.1f}")
        for lang in ("en", "fr"):
            for kind in ("keyword", "paraphrase"):
                subset = [g for g in gold if g["lang"] == lang and g["kind"] == kind]
                if subset:
                    r = evaluate(retriever, subset, "hybrid")
                    print(f"  hybrid {lang} {kind:<10} n={len(subset):<3} "
                          f"recall@5={r.recall_at_k:.3f} MRR={r.mrr:.3f}")
        hybrid = reports[-1]
        print("goals: recall@5 >= 0.95 " + ("met" if hybrid.recall_at_k >= 0.95 else "NOT met")
              + ", p50 <= 30 ms " + ("met" if hybrid.p50_ms <= 30 else "NOT met"))
        for miss in hybrid.misses:
            print(f"  hybrid miss: {miss}")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
