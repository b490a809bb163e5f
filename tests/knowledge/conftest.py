"""Knowledge fixtures: offline guards and one MiniLM index built per test session."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["ANONYMIZED_TELEMETRY"] = "False"


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open an internet connection fails the test."""

    def refuse(self: socket.socket, address: Any) -> None:
        raise AssertionError(f"network access attempted: {address!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)


def make_settings(data_dir: Path, embedding: str) -> Any:
    from advisor.settings import Settings

    return Settings(data_dir=data_dir, embedding=embedding, chroma_host=None,
                    openai_api_key=None, _env_file=None)  # type: ignore[call-arg]


@pytest.fixture(scope="session")
def minilm_settings(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return make_settings(tmp_path_factory.mktemp("kb-minilm"), "minilm")


@pytest.fixture(scope="session")
def retriever(minilm_settings: Any) -> Iterator[Any]:
    """The framework index with the default (NumPy MiniLM) embedding, built once."""
    from knowledge.retriever import make_retriever

    yield make_retriever(minilm_settings, progress=False)


@pytest.fixture()
def hash_settings(tmp_path: Path) -> Any:
    """A fresh data dir indexed with the fast hash embedding (for rebuild-heavy tests)."""
    return make_settings(tmp_path, "hash")
