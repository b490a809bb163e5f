"""Issue 16 items 1 and 14: bad PDFs and bombs are refused before they are kept, quarantined,
and never break a build; a second document with the same name does not replace the first."""

from __future__ import annotations

import time
import zlib
from pathlib import Path
from typing import Any

import pytest

from knowledge.documents import DocumentRejected, add_documents, documents_dir, load_documents
from knowledge.extract import safe_extract_text
from knowledge.quarantine import quarantined
from tests.knowledge.conftest import make_settings
from tests.knowledge.test_documents import minimal_pdf


def bomb_pdf(megabytes: int = 200) -> bytes:
    """A valid PDF whose one content stream inflates to `megabytes` MB (a few hundred KB on disk)."""
    stream = zlib.compress(b"0" * (megabytes * 1024 * 1024), 9)
    pdf = bytearray(minimal_pdf("placeholder"))
    start = pdf.index(b"4 0 obj")
    end = pdf.index(b"endobj", start) + len(b"endobj")
    body = (b"4 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
            + stream + b"\nendstream\nendobj")
    return bytes(pdf[:start] + body + pdf[end:])  # xref offsets go stale: pypdf rebuilds them


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def hash_settings(tmp_path: Path) -> Any:
    return make_settings(tmp_path / "indexed", "hash")


def test_an_unreadable_pdf_is_refused_quarantined_and_not_kept(tmp_path: Path, data_dir: Path) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 500)
    with pytest.raises(DocumentRejected) as refused:
        add_documents([bad], data_dir)
    assert "nothing was added" in str(refused.value)
    assert not documents_dir(data_dir).exists() or not any(documents_dir(data_dir).iterdir())
    names = quarantined(data_dir)
    assert len(names) == 1 and names[0][0].endswith("broken.pdf") and "broken.pdf:" in names[0][1]


def test_a_decompression_bomb_is_rejected_quickly(tmp_path: Path, data_dir: Path) -> None:
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(bomb_pdf())
    started = time.perf_counter()
    with pytest.raises(DocumentRejected):
        add_documents([bomb], data_dir)
    elapsed = time.perf_counter() - started
    print(f"bomb PDF ({bomb.stat().st_size // 1024} KB, 200 MB inflated) rejected in {elapsed:.2f} s")
    assert elapsed < 15
    assert quarantined(data_dir)


def test_a_parser_that_runs_past_its_budget_is_stopped(tmp_path: Path) -> None:
    slow = tmp_path / "slow.pdf"
    slow.write_bytes(minimal_pdf("fine, but the budget is tiny"))
    with pytest.raises(DocumentRejected, match="longer than"):
        safe_extract_text(slow, timeout_s=0.01)


def test_a_stored_document_damaged_later_is_skipped_and_quarantined(
        tmp_path: Path, data_dir: Path, hash_settings: Any) -> None:
    good, memo = tmp_path / "good.md", tmp_path / "memo.pdf"
    good.write_text("# Gateway\n\nEvery agent goes through the zorblax gateway.\n")
    memo.write_bytes(minimal_pdf("The platform guild runs the review"))
    kept = add_documents([good, memo], hash_settings.data_dir)
    kept[1].write_bytes(b"%PDF-1.4 truncated")  # damaged on disk after it was accepted
    (documents_dir(hash_settings.data_dir) / "dropped.pdf").write_bytes(bomb_pdf(100))
    from knowledge.index import ensure_index

    index = ensure_index(hash_settings, progress=False)
    users = {p.id for p in index.passages if p.source == "user"}
    assert users == {"user/good/1"}
    assert {name.split("-", 1)[1] for name, _ in quarantined(hash_settings.data_dir)} == {
        "memo.pdf", "dropped.pdf"}
    assert sorted(p.name for p in documents_dir(hash_settings.data_dir).iterdir()) == ["good.md"]


def test_same_name_keeps_both_documents(tmp_path: Path, data_dir: Path) -> None:
    first, second = tmp_path / "a" / "notes.md", tmp_path / "b" / "notes.md"
    first.parent.mkdir()
    second.parent.mkdir()
    first.write_text("# One\n\nThe first team uses the blue gateway.\n")
    second.write_text("# Two\n\nThe second team uses the green gateway.\n")
    kept = add_documents([first], data_dir) + add_documents([second], data_dir)
    assert [p.name for p in kept] == ["notes.md", "notes-2.md"]
    assert add_documents([first], data_dir) == [kept[0]]  # the same bytes again: not a third copy
    texts = " ".join(p.text for p in load_documents(data_dir))
    assert "blue gateway" in texts and "green gateway" in texts


def test_cli_refuses_a_bad_pdf_keeps_working_and_writes_private_files(tmp_path: Path) -> None:
    import stat
    import subprocess

    from reliability.processes import BIN, advisor_env

    data, good, bad = tmp_path / "data", tmp_path / "good.md", tmp_path / "bad.pdf"
    good.write_text("# Gateway\n\nEvery agent goes through the zorblax gateway.\n")
    bad.write_bytes(bomb_pdf(100))
    env = advisor_env(data)

    def advisor(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(BIN / "advisor"), *args], env=env, cwd=tmp_path, capture_output=True,
                              text=True, timeout=300, check=False)

    refused = advisor("index", "--add", str(bad))
    assert refused.returncode == 2 and "bad.pdf" in refused.stderr and "quarantine" in refused.stderr
    assert advisor("index", "--add", str(good)).returncode == 0
    assert "zorblax" in advisor("ask", "What does the zorblax gateway do?").stdout
    loose = [str(p) for p in [data, *data.rglob("*")]
             if stat.S_IMODE(p.stat().st_mode) & 0o077]
    assert loose == [], loose  # 0600 files, 0700 folders
