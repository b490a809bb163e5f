"""Oversized messages and uploads are refused with a clear message, and change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.documents import MAX_DOCUMENT_BYTES, add_documents, documents_dir
from reliability.harness import make_session


@pytest.mark.parametrize(("text", "words"), [("We are 300 people. " * 400, ("limit", "shorter")),
                                             ("Nous sommes 300 personnes. " * 300, ("limite", "court"))])
def test_an_oversized_message_is_refused_and_the_thread_untouched(tmp_path: Path, text: str,
                                                                  words: tuple[str, str]) -> None:
    session = make_session(tmp_path)
    session.send("t", "We are a 300-person fintech operating in 3 countries.")
    before = session.values("t")
    turn = session.send("t", text)
    assert all(word in turn.reply for word in words) and str(len(text)) in turn.reply
    assert turn.understanding == {"refused": "too_long"}
    assert session.values("t") == before


def test_an_oversized_upload_is_refused_with_its_size_and_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "huge.md"
    big.write_bytes(b"a" * (MAX_DOCUMENT_BYTES + 1))
    with pytest.raises(ValueError, match=r"huge\.md: .* MB is over the .* MB limit"):
        add_documents([big], tmp_path / "data")
    assert not documents_dir(tmp_path / "data").exists()
