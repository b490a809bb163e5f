"""Issue 16 item 15: a damaged `chroma.sqlite3` is moved to the quarantine and the index rebuilt."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.index import ensure_index
from knowledge.quarantine import quarantined
from knowledge.retriever import Retriever
from tests.knowledge.conftest import make_settings


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_damaged_chroma_database_is_rebuilt(tmp_path: Path, damage: str) -> None:
    from chromadb.api.client import SharedSystemClient

    settings = make_settings(tmp_path, "hash")
    built = ensure_index(settings, progress=False)
    db = settings.chroma_path / "chroma.sqlite3"
    content = db.read_bytes()
    db.write_bytes(b"not a database " * 200 if damage == "garbage" else content[: len(content) // 3])
    SharedSystemClient.clear_system_cache()  # as a fresh process would open it

    again = ensure_index(settings, progress=False)
    assert again.rebuilt and again.collection.count() == len(built.passages)
    assert Retriever(again).search("centralized governance", k=1)
    (name, reason), = quarantined(settings.data_dir)
    assert name.endswith("-chroma") and "unreadable index" in reason
