"""User documents (md, txt, pdf, html): kept under the data dir, chunked into citable passages."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from knowledge.language import detect_language
from knowledge.passages import Passage

SUPPORTED = (".md", ".markdown", ".txt", ".pdf", ".html", ".htm")
CHUNK_CHARS = 700
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024  # larger uploads are refused
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def documents_dir(data_dir: Path) -> Path:
    """Where added documents are copied so that every rebuild includes them."""
    return data_dir / "documents"


def add_documents(paths: list[Path], data_dir: Path) -> list[Path]:
    """Copy documents into the data dir; raises on a missing file or an unsupported type."""
    target = documents_dir(data_dir)
    for path in paths:
        if not path.is_file():
            raise FileNotFoundError(f"no such document: {path}")
        if path.suffix.lower() not in SUPPORTED:
            raise ValueError(f"{path.name}: unsupported type (use {', '.join(SUPPORTED)})")
        if path.stat().st_size > MAX_DOCUMENT_BYTES:
            raise ValueError(f"{path.name}: {path.stat().st_size / 1e6:.1f} MB is over the "
                             f"{MAX_DOCUMENT_BYTES / 1e6:.1f} MB limit for documents; nothing was added")
    target.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.copy2(path, target / path.name)) for path in paths]


def extract_text(path: Path) -> str:
    """Plain text of a document: pypdf for PDF, BeautifulSoup for HTML, UTF-8 otherwise."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from pypdf import PdfReader

        return "\n\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    raw = path.read_text(encoding="utf-8", errors="replace")
    if suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(raw, "html.parser")
        for tag in soup(["script", "style", "nav", "footer"]):
            tag.decompose()
        return soup.get_text("\n")
    return raw


def chunk_text(text: str, limit: int = CHUNK_CHARS) -> list[tuple[str, str]]:
    """(section, chunk) pairs: paragraphs packed up to `limit` chars, Markdown headings as section."""
    section, chunks, current = "", [], ""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    pieces: list[tuple[str, str]] = []
    for paragraph in paragraphs:
        if paragraph.startswith("#"):
            heading, _, rest = paragraph.partition("\n")
            section = heading.lstrip("#").strip()
            paragraph = rest.strip()
        for sentence_group in _split_long(" ".join(paragraph.split()), limit):
            pieces.append((section, sentence_group))
    current_section = ""
    for piece_section, piece in pieces:
        if current and (len(current) + len(piece) > limit or piece_section != current_section):
            chunks.append((current_section, current))
            current = ""
        current_section = piece_section
        current = f"{current}\n\n{piece}" if current else piece
    if current:
        chunks.append((current_section, current))
    return chunks


def _split_long(paragraph: str, limit: int) -> list[str]:
    if len(paragraph) <= limit:
        return [paragraph] if paragraph else []
    groups, group = [], ""
    for sentence in _SENTENCE_END.split(paragraph):
        if group and len(group) + len(sentence) > limit:
            groups.append(group)
            group = ""
        group = f"{group} {sentence}".strip()
    return [*groups, group] if group else groups


def slug(name: str) -> str:
    """A lower-case, dash-separated identifier fragment."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "document"


def load_documents(data_dir: Path) -> list[Passage]:
    """Passages of every added document, ids `user/<file-stem>/<n>` (n from 1, in file order)."""
    folder = documents_dir(data_dir)
    if not folder.is_dir():
        return []
    passages: list[Passage] = []
    seen: set[str] = set()
    for path in sorted(p for p in folder.iterdir() if p.suffix.lower() in SUPPORTED):
        stem = slug(path.stem) if slug(path.stem) not in seen else slug(path.name)
        seen.add(stem)
        for n, (section, text) in enumerate(chunk_text(extract_text(path)), start=1):
            passages.append(Passage(
                id=f"user/{stem}/{n}", text=text, lang=detect_language(text), heading=section,
                section=section, source="user", title=path.name, path=str(path),
            ))
    return passages
