"""A document uploaded in the chat: checked, kept for its owner only, added to the live index.

`add_upload` runs the same validation as `advisor index --add` (type, size, parsing in a capped
child process within its time budget; a failure is quarantined with its reason), keeps the file
in the owner's folder, embeds only its passages into the existing collection (no rebuild) and
makes them searchable at once. The collection's content hash is updated, so the next start finds
the index fresh. The owner is any string naming a user ("web:alice"); only searches made for
that owner (`Retriever.search(..., owner=...)`) can return the upload.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from knowledge.documents import (
    MAX_DOCUMENT_BYTES,
    SUPPORTED,
    DocumentRejected,
    add_documents,
    folder_passages,
    owner_key,
)
from knowledge.passages import Passage, content_hash

_INDEX_LOCK = threading.Lock()  # one upload changes the collection's metadata at a time


class UploadRefused(ValueError):
    """Why an upload was not kept: `kind` is "too_big", "unsupported", "unreadable" or "empty"."""

    def __init__(self, kind: str, name: str, detail: str = "", size: int = 0) -> None:
        super().__init__(f"{name}: {kind}" + (f" ({detail})" if detail else ""))
        self.kind, self.name, self.detail, self.size = kind, name, detail, size


@dataclass(frozen=True)
class Upload:
    """A kept upload: the file name it is cited under and its passages."""

    name: str
    passages: list[Passage]


def add_upload(path: Path, name: str, owner: str, data_dir: Path, retriever: Any) -> Upload:
    """Check and keep the uploaded file at `path` as `name` for `owner`, and index it.

    Raises `UploadRefused` (nothing kept; an unreadable file is also quarantined).
    """
    name = Path(name).name or "document"
    size = path.stat().st_size
    if Path(name).suffix.lower() not in SUPPORTED:
        raise UploadRefused("unsupported", name, ", ".join(SUPPORTED))
    if size > MAX_DOCUMENT_BYTES:
        raise UploadRefused("too_big", name, size=size)
    with tempfile.TemporaryDirectory(prefix="advisor-upload-") as scratch:
        named = Path(scratch) / name
        shutil.copyfile(path, named)
        try:
            (kept,) = add_documents([named], data_dir, owner)
        except DocumentRejected as exc:
            reason = exc.reason.split("; nothing was added")[0].removeprefix("could not be read: ")
            raise UploadRefused("unreadable", name, reason) from exc
    passages = folder_passages(kept.parent, data_dir, owner_key(owner), only=kept)
    if not passages:
        kept.unlink(missing_ok=True)
        raise UploadRefused("empty", name)
    index_passages(retriever, passages)
    return Upload(kept.name, passages)


def index_passages(retriever: Any, passages: list[Passage]) -> None:
    """Embed `passages` into the retriever's collection and make them searchable now."""
    from knowledge.index import embedding_text
    from knowledge.thesaurus import thesaurus_digest

    index = retriever.index
    function = index.embedding_function
    with _INDEX_LOCK:
        index.collection.upsert(ids=[p.key for p in passages], documents=[p.text for p in passages],
                                metadatas=[p.metadata() for p in passages],
                                embeddings=function([embedding_text(p) for p in passages]))
        added = {p.key for p in passages}
        index.passages = [p for p in index.passages if p.key not in added] + passages
        digest = content_hash(index.passages, f"{function.name()}+{thesaurus_digest()}")
        kept = {k: v for k, v in (index.collection.metadata or {}).items() if not k.startswith("hnsw:")}
        index.collection.modify(metadata={**kept, "content_hash": digest})  # fresh at the next start
        retriever.add(passages)
