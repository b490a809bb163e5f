"""Shared test set-up: no network, no API key, an isolated data directory."""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
for _name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "DATABASE_URL", "CHROMA_HOST"):
    os.environ.pop(_name, None)
os.environ["ADVISOR_MODE"] = "offline"
