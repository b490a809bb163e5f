"""User documents: extraction (md, txt, html, pdf), chunking, stable ids, searchable."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from knowledge.documents import add_documents, chunk_text, extract_text, load_documents
from knowledge.index import ensure_index
from knowledge.retriever import Retriever


def minimal_pdf(text: str) -> bytes:
    """A one-page PDF showing `text` in Helvetica (hand-built: no PDF writer needed)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1,
                                                                              xref)
    return bytes(out)


def test_text_is_extracted_from_html_and_pdf(tmp_path: Path) -> None:
    html = tmp_path / "page.html"
    html.write_text("<html><script>var x</script><body><h1>Policy</h1><p>Use the gateway.</p>"
                    "</body></html>")
    pdf = tmp_path / "memo.pdf"
    pdf.write_bytes(minimal_pdf("Quarterly review by the platform guild"))
    assert "Use the gateway." in extract_text(html) and "var x" not in extract_text(html)
    assert "platform guild" in extract_text(pdf)


def test_chunks_follow_headings_and_size() -> None:
    text = "# Intro\n\nShort intro.\n\n# Rules\n\n" + "A rule sentence here. " * 80
    chunks = chunk_text(text, limit=300)
    assert chunks[0] == ("Intro", "Short intro.")
    assert all(section == "Rules" and len(chunk) <= 300 for section, chunk in chunks[1:])


def test_unsupported_or_missing_documents_are_refused(tmp_path: Path) -> None:
    bad = tmp_path / "sheet.xlsx"
    bad.write_bytes(b"x")
    with pytest.raises(ValueError):
        add_documents([bad], tmp_path / "data")
    with pytest.raises(FileNotFoundError):
        add_documents([tmp_path / "absent.md"], tmp_path / "data")


def test_added_documents_are_cited_and_searchable(tmp_path: Path, hash_settings: Any) -> None:
    note = tmp_path / "Gateway Policy.md"
    note.write_text("# Gateway\n\nEvery agent handling customer records goes through the "
                    "zorblax gateway.\n")
    memo = tmp_path / "memo.pdf"
    memo.write_bytes(minimal_pdf("The quarterly review is run by the platform guild"))
    add_documents([note, memo], hash_settings.data_dir)
    ids = [p.id for p in load_documents(hash_settings.data_dir)]
    assert ids == ["user/gateway-policy/1", "user/memo/1"]
    retriever = Retriever(ensure_index(hash_settings, progress=False))
    top = retriever.search("zorblax gateway", k=3, lang="en")[0]
    assert top.id == "user/gateway-policy/1" and top.source == "user"
    assert retriever.search("who runs the quarterly review", k=3)[0].id == "user/memo/1"
    assert retriever.get_passage("user/memo/1") is not None
    assert "article/matrix" in retriever.all_passage_ids()
