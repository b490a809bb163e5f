"""Issue 15 (chat upload) and 16 (documents scoped to their owner): a document attached in the chat
is validated with the same budget as `advisor index --add`, kept for its owner only, cited in that
owner's conversations, refused with a clear message (English or French) when too big or unreadable,
and found again, unchanged, by the next start (no rebuild)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from advisor.context import Context
from advisor.session import AdvisorSession
from knowledge.config import KnowledgeSettings
from knowledge.documents import MAX_DOCUMENT_BYTES, documents_dir
from knowledge.index import ensure_index
from knowledge.quarantine import quarantined
from knowledge.retriever import make_retriever
from knowledge.uploads import UploadRefused, add_upload
from reliability.harness import scratch_settings
from tests.reliability.test_bad_documents import bomb_pdf
from ui.uploads import refusal

MEMO = ("# AI guild\n\nOur AI guild meets every Tuesday in Lyon to review the zebra pipeline; "
        "Claire Martin chairs it.\n")
QUESTION = "When does our AI guild meet to review the zebra pipeline?"


@pytest.fixture
def index(tmp_path: Path) -> tuple[Path, Any]:
    data_dir = tmp_path / "data"
    return data_dir, make_retriever(KnowledgeSettings(data_dir=data_dir, embedding="hash"), progress=False)


def upload(tmp_path: Path, name: str, content: bytes, owner: str, data_dir: Path, retriever: Any) -> Any:
    path = tmp_path / "upload.bin"  # Chainlit keeps an upload under a name of its own
    path.write_bytes(content)
    return add_upload(path, name, owner, data_dir, retriever)


def test_an_upload_is_cited_in_its_owner_conversations_only(tmp_path: Path, index: tuple[Path, Any]) -> None:
    data_dir, retriever = index
    started = time.perf_counter()
    kept = upload(tmp_path, "guild memo.md", MEMO.encode(), "web:alice", data_dir, retriever)
    print(f"upload indexed in {time.perf_counter() - started:.2f} s ({len(kept.passages)} passage)")
    settings = scratch_settings(data_dir)
    session = AdvisorSession(settings, context=Context(settings=settings, retriever=retriever))
    alice = session.send("alice-1", QUESTION, owner="web:alice")
    assert "Tuesday" in alice.reply, alice.reply
    assert any(c.get("source") == "user" and c.get("title") == "guild memo.md" for c in alice.citations)
    for thread, owner in (("bob-1", "web:bob"), ("cli-1", "")):
        other = session.send(thread, QUESTION, owner=owner)
        assert "Tuesday" not in other.reply and "Claire" not in other.reply, other.reply
        assert not [c for c in other.citations if c.get("source") == "user"], other.citations
    assert kept.passages[0].id.startswith("user/") and kept.passages[0].owner
    assert "alice" not in str(documents_dir(data_dir, "web:alice"))  # no user name on disk


def test_the_next_start_finds_the_upload_without_rebuilding(tmp_path: Path, index: tuple[Path, Any]) -> None:
    data_dir, retriever = index
    upload(tmp_path, "guild memo.md", MEMO.encode(), "web:alice", data_dir, retriever)
    again = ensure_index(KnowledgeSettings(data_dir=data_dir, embedding="hash"), progress=False)
    assert not again.rebuilt
    owned = [p for p in again.passages if p.owner]
    assert len(owned) == 1 and "Tuesday" in owned[0].text


@pytest.mark.parametrize(("name", "content", "kind"), [
    ("huge.md", b"a" * (MAX_DOCUMENT_BYTES + 1), "too_big"),
    ("slides.docx", b"PK\x03\x04 not a document we read", "unsupported"),
    ("broken.pdf", b"%PDF-1.4\n" + b"\x00garbage" * 500, "unreadable"),
    ("blank.txt", b"   \n\n  ", "empty"),
])
def test_a_bad_upload_is_refused_and_nothing_is_kept(tmp_path: Path, index: tuple[Path, Any], name: str,
                                                     content: bytes, kind: str) -> None:
    data_dir, retriever = index
    before = len(retriever.passages)
    with pytest.raises(UploadRefused) as refused:
        upload(tmp_path, name, content, "web:alice", data_dir, retriever)
    assert refused.value.kind == kind
    owned = documents_dir(data_dir, "web:alice")
    assert not owned.exists() or not any(owned.iterdir())
    assert len(retriever.passages) == before
    assert bool(quarantined(data_dir)) == (kind == "unreadable")  # kept aside, with its reason


def test_a_bomb_pdf_upload_is_refused_within_the_parse_budget(tmp_path: Path, index: tuple[Path, Any]) -> None:
    data_dir, retriever = index
    started = time.perf_counter()
    with pytest.raises(UploadRefused) as refused:
        upload(tmp_path, "bomb.pdf", bomb_pdf(), "web:alice", data_dir, retriever)
    elapsed = time.perf_counter() - started
    print(f"bomb PDF upload refused in {elapsed:.2f} s: {refused.value.detail}")
    assert refused.value.kind == "unreadable" and elapsed < 15


def test_refusals_say_why_with_the_size_and_limit_in_the_users_language() -> None:
    too_big = UploadRefused("too_big", "huge.pdf", size=11 * 1024 * 1024)
    assert refusal(too_big, "en") == ("I did not keep **huge.pdf**: it is 11.0 MB, over the 10 MB limit for "
                                      "documents. Nothing was added.")
    assert refusal(too_big, "fr") == ("Je n'ai pas gardé **huge.pdf** : il fait 11,0 Mo, au-delà de la limite "
                                      "de 10 Mo pour les documents. Rien n'a été ajouté.")
    unreadable = UploadRefused("unreadable", "broken.pdf", "PdfStreamError: Stream has ended unexpectedly")
    assert "could not read **broken.pdf** (PdfStreamError" in refusal(unreadable, "en")
    assert "pas pu lire **broken.pdf** (PdfStreamError" in refusal(unreadable, "fr")
