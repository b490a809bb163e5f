"""User documents (md, txt, pdf, html): validated, kept under the data dir, chunked into passages.

Documents added with `advisor index --add` are everyone's (`DATA_DIR/documents/`); a document
uploaded in the chat belongs to its owner (`DATA_DIR/documents/owners/<owner key>/`) and its
passages carry that key, so only the owner's conversations can retrieve them.
"""

from __future__ import annotations

import hashlib
import logging
import re
import shutil
from pathlib import Path

from knowledge.extract import DocumentRejected, extract_text, safe_extract_text
from knowledge.language import detect_language
from knowledge.passages import Passage
from knowledge.quarantine import quarantine

__all__ = ["DocumentRejected", "add_documents", "chunk_text", "extract_text", "load_documents", "owner_key"]
SUPPORTED = (".md", ".markdown", ".txt", ".pdf", ".html", ".htm")
CHUNK_CHARS = 700
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024  # larger uploads are refused
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
log = logging.getLogger(__name__)


def owner_key(owner: str) -> str:
    """The key stored with an owner's passages and naming their folder (no user name on disk)."""
    return hashlib.sha256(owner.encode("utf-8")).hexdigest()[:16] if owner else ""


def documents_dir(data_dir: Path, owner: str = "") -> Path:
    """Where added documents are copied so that every rebuild includes them (one folder per owner)."""
    shared = data_dir / "documents"
    return shared / "owners" / owner_key(owner) if owner else shared


def add_documents(paths: list[Path], data_dir: Path, owner: str = "") -> list[Path]:
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
    target = documents_dir(data_dir, owner)
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
    """Passages of every added document: shared ones `user/<file-stem>/<n>`, an owner's
    `user/<owner key>/<file-stem>/<n>` (n from 1, in file order) with `owner` set.

    A stored document that no longer parses (damaged, or copied there by hand) is moved to the
    quarantine with its reason and skipped, so it never breaks a build or a query.
    """
    folder = documents_dir(data_dir)
    passages = folder_passages(folder, data_dir)
    if (folder / "owners").is_dir():
        for owned in sorted(p for p in (folder / "owners").iterdir() if p.is_dir()):
            passages.extend(folder_passages(owned, data_dir, owned.name))
    return passages


def folder_passages(folder: Path, data_dir: Path, key: str = "", only: Path | None = None) -> list[Passage]:
    """Passages of the documents directly in `folder` (or of `only`, one of them), owned by `key`."""
    if not folder.is_dir():
        return []
    passages: list[Passage] = []
    seen: set[str] = set()
    for path in sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUPPORTED):
        stem = slug(path.stem) if slug(path.stem) not in seen else slug(path.name)
        seen.add(stem)
        if only is not None and path != only:
            continue
        try:
            text = safe_extract_text(path)
        except DocumentRejected as exc:
            kept = quarantine(path, exc.reason, data_dir, move=True)
            log.warning("skipped %s: %s (moved to %s)", path.name, exc.reason, kept)
            continue
        prefix = f"user/{key}/{stem}" if key else f"user/{stem}"
        for n, (section, chunk) in enumerate(chunk_text(text), start=1):
            passages.append(Passage(
                id=f"{prefix}/{n}", text=chunk, lang=detect_language(chunk), heading=section,
                section=section, source="user", title=path.name, path=str(path), owner=key,
            ))
    return passages
