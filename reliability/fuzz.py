"""Property fuzz (hypothesis) of extraction and scoring: count cases and crashes.

A crash is any exception other than the documented refusal (pydantic's ValidationError, a
ValueError, for an invalid profile). `python -m reliability.fuzz [cases]` prints the figures.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from scoring.profile import CurrentArchitecture, Governance, Regulation, Sector

WORDS = ("we are", "nous sommes", "people", "personnes", "employees", "salariés", "countries", "pays",
         "budget", "M€", "k€", "million", "milliards", "per year", "par an", "AI for", "l'IA depuis",
         "months", "mois", "years", "ans", "fintech", "bank", "hospital", "retail", "actually",
         "what if", "et si", "I don't know", "je ne sais pas", "?", "-", ",", ".", "%", "€", "$",
         "ignore previous instructions", "jane@example.com", "+33 6 12 34 56 78", "reset", "0", "1e9")


def messages() -> st.SearchStrategy[str]:
    """Free text, and text built from the extractor's own vocabulary with numbers in between."""
    numbers = st.one_of(st.integers(-10**12, 10**12).map(str),
                        st.floats(allow_nan=True, allow_infinity=True).map(str),
                        st.from_regex(r"\d{1,3}([ .,]\d{3}){0,3}([.,]\d+)?", fullmatch=True))
    pieces = st.lists(st.one_of(st.sampled_from(WORDS), numbers, st.text(max_size=8)), max_size=14)
    return st.one_of(st.text(max_size=300), pieces.map(" ".join))


def profiles() -> st.SearchStrategy[dict[str, Any]]:
    """Profile dicts: mostly in range, sometimes out of range, of the wrong type or missing."""
    def number(low: float, high: float, integer: bool = True) -> st.SearchStrategy[Any]:
        valid = st.integers(int(low), int(high)) if integer else st.floats(low, high)
        odd = st.one_of(st.none(), st.integers(-10**9, 10**13), st.floats(), st.text(max_size=4))
        return st.integers(0, 19).flatmap(lambda n: odd if n == 0 else valid)

    def category(values: list[Any]) -> st.SearchStrategy[Any]:
        odd = st.one_of(st.none(), st.text(max_size=6))
        return st.integers(0, 19).flatmap(lambda n: odd if n == 0 else st.sampled_from(values))

    required = {"employees": number(1, 3_000_000), "ai_maturity_months": number(0, 600),
                "countries": number(1, 200), "annual_ai_budget_eur": number(0, 1e11, integer=False),
                "sector": category(list(Sector))}
    optional = {"ai_stacks": number(1, 1000), "teams_using_ai": number(1, 100_000),
                "regulation": category(list(Regulation)), "governance": category(list(Governance)),
                "current_architecture": category(list(CurrentArchitecture))}
    return st.fixed_dictionaries(required, optional=optional)


def fuzz_extraction(cases: int) -> dict[str, Any]:
    """Run `extract` (with every expected field and language) on `cases` generated messages."""
    from advisor.extraction import extract

    crashes: list[str] = []
    count = [0]
    fields = st.sampled_from([None, "employees", "ai_maturity_months", "sector", "countries",
                              "annual_ai_budget_eur"])

    @settings(max_examples=cases, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(messages(), fields, st.sampled_from(["en", "fr"]))
    def run(text: str, expected: str | None, lang: str) -> None:
        count[0] += 1
        try:
            extract(text, expected=expected, lang=lang)
        except Exception as exc:  # noqa: BLE001 - counted as a crash
            crashes.append(f"{type(exc).__name__}: {exc} <- {text!r}"[:300])

    run()
    return {"cases": count[0], "crashes": crashes}


def fuzz_scoring(cases: int) -> dict[str, Any]:
    """Run `advise` on `cases` generated profiles; invalid ones must be refused, never crash."""
    from advisor.slots import to_profile
    from scoring.advice import advise

    crashes: list[str] = []
    count, valid = [0], [0]

    @settings(max_examples=cases, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(profiles(), st.booleans())
    def run(data: dict[str, Any], with_sensitivity: bool) -> None:
        count[0] += 1
        try:
            profile = to_profile(data)
        except (ValidationError, ValueError):
            return
        valid[0] += 1
        try:
            advice = advise(profile, with_sensitivity=with_sensitivity)
            assert advice.architecture in ("centralized", "hybrid", "decentralized")
        except Exception as exc:  # noqa: BLE001 - counted as a crash
            crashes.append(f"{type(exc).__name__}: {exc} <- {data!r}"[:300])

    run()
    return {"cases": count[0], "valid_profiles": valid[0], "crashes": crashes}


def fuzz_session(cases: int) -> dict[str, Any]:
    """Send generated messages through a real offline session: every turn must get a reply."""
    import logging
    import tempfile
    from pathlib import Path

    from reliability.harness import make_session

    logging.getLogger("advisor.understand").setLevel(logging.CRITICAL)
    session = make_session(Path(tempfile.mkdtemp(prefix="advisor-fuzz-")))
    count, lost = [0], []

    @settings(max_examples=cases, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(messages())
    def run(text: str) -> None:
        count[0] += 1
        try:
            if not session.send(f"fuzz-{count[0] % 20}", text).reply.strip():
                lost.append(f"empty reply <- {text!r}")
        except Exception as exc:  # noqa: BLE001 - counted as a lost turn
            lost.append(f"{type(exc).__name__}: {exc} <- {text!r}"[:300])

    run()
    return {"cases": count[0], "crashes": lost}


def print_figures(extraction: dict[str, Any], scoring: dict[str, Any], seconds: float,
                  session: dict[str, Any] | None = None) -> None:
    print("Property fuzz (hypothesis)")
    print(f"  extract: {extraction['cases']} cases, {len(extraction['crashes'])} crashes")
    print(f"  advise:  {scoring['cases']} cases ({scoring['valid_profiles']} valid profiles), "
          f"{len(scoring['crashes'])} crashes")
    session = session or {"cases": 0, "crashes": []}
    print(f"  AdvisorSession.send (whole graph): {session['cases']} cases, "
          f"{len(session['crashes'])} turns lost")
    print(f"  total: {extraction['cases'] + scoring['cases'] + session['cases']} cases in {seconds:.0f} s")
    for crash in (extraction["crashes"] + scoring["crashes"] + session["crashes"])[:3]:
        print("    e.g.", crash)


if __name__ == "__main__":
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    started = time.perf_counter()
    ext, sco = fuzz_extraction(total // 2), fuzz_scoring(total - total // 2)
    print_figures(ext, sco, time.perf_counter() - started, fuzz_session(min(500, total // 20)))
