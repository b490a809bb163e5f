"""`python -m scoring.bench`: time to score + cost one profile, and portfolio throughput."""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

from scoring.costs import estimate_costs
from scoring.profile import OrgProfile, Sector
from scoring.scorecard import score
from scoring.sensitivity import sensitivity

PROFILE = OrgProfile(
    employees=500, sector="other", countries=2, ai_maturity_months=20, annual_ai_budget_eur=2e6
)


def _median_us(fn: Callable[[], object], repeat: int = 2000, rounds: int = 7) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(repeat):
            fn()
        samples.append((time.perf_counter() - start) / repeat * 1e6)
    return statistics.median(samples)


def random_rows(n: int, seed: int = 7) -> list[dict[str, object]]:
    rng = random.Random(seed)
    sectors = [s.value for s in Sector]
    return [
        {
            "employees": rng.randint(5, 20000),
            "sector": rng.choice(sectors),
            "countries": rng.randint(1, 5),
            "ai_maturity_months": rng.randint(0, 48),
            "annual_ai_budget_eur": rng.uniform(5e4, 2e7),
        }
        for _ in range(n)
    ]


def main() -> None:
    one = _median_us(lambda: (score(PROFILE), estimate_costs(PROFILE)))
    print(f"score + cost, one profile: median {one:.1f} µs (goal ≤ 20 µs)")
    print(f"score only: median {_median_us(lambda: score(PROFILE)):.1f} µs")
    print(f"sensitivity: median {_median_us(lambda: sensitivity(PROFILE), repeat=100):.0f} µs")
    rows = random_rows(20000)
    profiles = [OrgProfile.model_validate(r) for r in rows]
    start = time.perf_counter()
    for p in profiles:
        score(p)
        estimate_costs(p)
    scored = len(profiles) / (time.perf_counter() - start)
    start = time.perf_counter()
    for r in rows:
        p = OrgProfile.model_validate(r)
        score(p)
        estimate_costs(p)
    validated = len(rows) / (time.perf_counter() - start)
    print(f"portfolio: {scored:,.0f} profiles/s scored + costed (goal ≥ 50k/s); "
          f"{validated:,.0f} profiles/s including validation from raw rows")


if __name__ == "__main__":
    main()
