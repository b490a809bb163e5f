"""Median µs per message of extract() over the table-test utterances (python -m ...bench)."""

from __future__ import annotations

import importlib.util
import statistics
import time
from pathlib import Path

from advisor.extraction.extract import extract

_CASES_DIR = Path(__file__).resolve().parents[2] / "tests" / "extraction"
_FALLBACK = [
    ("300 people in 3 countries since 2 years with 3M€", None),
    ("Nous sommes une banque de 2 000 salariés présente dans 6 pays.", None),
    ("et si on était 800 ?", None),
    ("about 300", "employees"),
]


def load_messages() -> list[tuple[str, str | None]]:
    """The (message, expected field) pairs of the test tables, or a small built-in set."""
    messages: list[tuple[str, str | None]] = []
    for path in sorted(_CASES_DIR.glob("extraction_cases*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        if spec is None or spec.loader is None:
            continue
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        messages.extend((text, field) for text, field, _ in module.CASES)
    return messages or _FALLBACK


def median_microseconds(messages: list[tuple[str, str | None]], rounds: int = 20) -> float:
    """Median over all messages of each message's median time over `rounds` runs, in µs."""
    for text, field in messages:
        extract(text, expected=field)  # warm up regex caches
    per_message = []
    for text, field in messages:
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            extract(text, expected=field)
            times.append(time.perf_counter() - start)
        per_message.append(statistics.median(times) * 1e6)
    return statistics.median(per_message)


def main() -> None:
    messages = load_messages()
    median = median_microseconds(messages)
    print(f"{len(messages)} messages, median {median:.0f} µs per message")


if __name__ == "__main__":
    main()
