"""User documents (md, txt, pdf, html): validated, kept under the data dir, chunked into passages."""

from __future__ import annotations

import logging
import re
import shutil
from pathlib import Path

from knowledge.extract import DocumentRejected, extract_text, safe_extract_text
from knowledge.language import detect_language
from knowledge.passages import Passage
from knowledge.quarantine import quarantine

__all__ = ["DocumentRejected", "add_documents", "chunk_text", "extract_text", "load_documents"]
SUPPORTED = (".md", ".markdown", ".txt", ".pdf", ".html", ".htm")
CHUNK_CHARS = 700
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024  # larger uploads are refused
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
log = logging.getLogger(__name__)


def documents_dir(data_dir: Path) -> Path:
    """Where added documents are copied so that every rebuild includes them."""
    return data_dir / "documents"


def add_documents(paths: list[Path], data_dir: Path) -> list[Path]:
    """Validate, then copy documents into the data dir; returns where each one is kept.

    Every file is checked first (type, size, parsed within the time and memory budget); one
    that fails is quarantined with its reason and nothing is added. A different document with
    the name of one already kept is kept beside it (`name-2.pdf`); the same bytes are not
    copied twice.
    """
    for path in paths:
        if not path.is_file():
            raise FileNotFoundError(f"no such document: {path}")
        if path.suffix.lower() not in SUPPORTED:
            raise ValueError(f"{path.name}: unsupported type (use {', '.join(SUPPORTED)})")
        if path.stat().st_size > MAX_DOCUMENT_BYTES:
            raise ValueError(f"{path.name}: {path.stat().st_size / 1e6:.1f} MB is over the "
                             f"{MAX_DOCUMENT_BYTES / 1e6:.1f} MB limit for documents; nothing was added")
    for path in paths:
        try:
            safe_extract_text(path)
        except DocumentRejected as exc:
            kept = quarantine(path, exc.reason, data_dir)
            raise DocumentRejected(path.name, f"{exc.reason}; nothing was added (a copy is in "
                                              f"{kept})") from exc
    target = documents_dir(data_dir)
    target.mkdir(parents=True, exist_ok=True, mode=0o700)
    return [_keep(path, target) for path in paths]


def _keep(path: Path, target: Path) -> Path:
    """Copy `path` into `target` under a free name; an identical file already there is reused."""
    content = path.read_bytes()
    candidate, n = target / path.name, 1
    while candidate.exists():
        if candidate.read_bytes() == content:
            return candidate
        n += 1
        candidate = target / f"{path.stem}-{n}{path.suffix}"
    shutil.copyfile(path, candidate)
    candidate.chmod(0o600)  # a private copy, whatever the original's mode
    return candidate


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
    """Passages of every added document, ids `user/<file-stem>/<n>` (n from 1, in file order).

    A stored document that no longer parses (damaged, or copied there by hand) is moved to the
    quarantine with its reason and skipped, so it never breaks a build or a query.
    """
    folder = documents_dir(data_dir)
    if not folder.is_dir():
        return []
    passages: list[Passage] = []
    seen: set[str] = set()
    for path in sorted(p for p in folder.iterdir() if p.suffix.lower() in SUPPORTED):
        try:
            text = safe_extract_text(path)
        except DocumentRejected as exc:
            kept = quarantine(path, exc.reason, data_dir, move=True)
            log.warning("skipped %s: %s (moved to %s)", path.name, exc.reason, kept)
            continue
        stem = slug(path.stem) if slug(path.stem) not in seen else slug(path.name)
        seen.add(stem)
        for n, (section, chunk) in enumerate(chunk_text(text), start=1):
            passages.append(Passage(
                id=f"user/{stem}/{n}", text=chunk, lang=detect_language(chunk), heading=section,
                section=section, source="user", title=path.name, path=str(path),
            ))
    return passages
