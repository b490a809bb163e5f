"""Building the Chroma index: client choice, content-hash freshness check, batched embedding."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from knowledge.documents import load_documents
from knowledge.passages import Passage, content_hash, load_sources

if TYPE_CHECKING:
    from knowledge.config import KnowledgeSettings as Settings

EMBED_BATCH = 32
log = logging.getLogger(__name__)


@dataclass
class Index:
    """A ready collection, the passages in it, and the embedding function that made it."""

    collection: Any
    passages: list[Passage]
    embedding_function: Any
    rebuilt: bool
    stale: bool = False


def open_client(settings: Settings) -> Any:
    """HttpClient when `chroma_host` is set, else a PersistentClient under the data dir."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=True)
    if settings.chroma_host:
        return chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port,
                                   settings=chroma_settings)
    settings.chroma_path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_path), settings=chroma_settings)


def corpus(settings: Settings, shared: Any = None) -> list[Passage]:
    """Framework passages (article + project method) and the user's added documents; with a Chroma
    server's collection (`shared`), also the user passages another process indexed there, so an
    app with its own DATA_DIR neither rebuilds the collection nor drops those documents."""
    local = load_sources() + load_documents(settings.data_dir)
    if shared is None:
        return local
    keys = {p.key for p in local}
    stored = shared.get(include=["documents", "metadatas"])
    pairs = zip(stored["documents"], stored["metadatas"], strict=True)
    others = [Passage.from_metadata(text, meta) for text, meta in pairs]
    return local + [p for p in others if p.source == "user" and p.key not in keys]


def collection_name(embedding_name: str) -> str:
    """One collection per embedding, so switching embeddings never mixes vector spaces."""
    return "knowledge-" + embedding_name.replace("_", "-")


class IndexNotReady(RuntimeError):
    """The index is missing: `advisor index` (or start-up) builds it; queries never do."""


def open_index(settings: Settings) -> Index:
    """The index as it is, without building; `stale` says whether the sources changed since."""
    from knowledge.embeddings import make_embedding_function
    from knowledge.thesaurus import thesaurus_digest

    embedding_function = make_embedding_function(settings)
    client = open_client(settings)
    name = collection_name(embedding_function.name())
    existing = {c if isinstance(c, str) else c.name for c in client.list_collections()}
    if name not in existing:
        raise IndexNotReady(f"the knowledge index is not built yet in {settings.chroma_path}: "
                            "run `advisor index`")
    collection = client.get_collection(name, embedding_function=embedding_function)
    passages = corpus(settings, collection if settings.chroma_host else None)
    digest = content_hash(passages, f"{embedding_function.name()}+{thesaurus_digest()}")
    stale = (collection.metadata or {}).get("content_hash") != digest
    return Index(collection, passages, embedding_function, rebuilt=False, stale=stale)


def ensure_index(settings: Settings, force: bool = False, progress: bool = True) -> Index:
    """Open the index, (re)building it when absent, stale (content hash differs) or forced. Two
    processes on one local data directory build it one after the other: the second finds it built."""
    if settings.chroma_host:
        return _ensure_index(settings, force, progress)
    import fcntl

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    with open(settings.data_dir / ".index.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file is closed
        return _ensure_index(settings, force, progress)


def _ensure_index(settings: Settings, force: bool, progress: bool) -> Index:
    from knowledge.embeddings import make_embedding_function
    from knowledge.thesaurus import thesaurus_digest

    embedding_function = make_embedding_function(settings)
    name = collection_name(embedding_function.name())
    client, existing, collection = _open_collection(settings, name, embedding_function)
    passages = corpus(settings, collection if settings.chroma_host else None)
    digest = content_hash(passages, f"{embedding_function.name()}+{thesaurus_digest()}")
    if collection is not None and not force:
        metadata = collection.metadata or {}
        if metadata.get("content_hash") == digest and collection.count() == len(passages):
            return Index(collection, passages, embedding_function, rebuilt=False)
    if name in existing:
        client.delete_collection(name)
    collection = client.create_collection(
        name, embedding_function=embedding_function,
        metadata={"content_hash": digest, "hnsw:space": "cosine"},
    )
    _add_passages(collection, passages, embedding_function, progress)
    return Index(collection, passages, embedding_function, rebuilt=True)


def _open_collection(settings: Settings, name: str, embedding_function: Any) -> tuple[Any, set[str], Any]:
    """The client, the collection names and ours (None if absent). A local index that cannot be
    read (a damaged `chroma.sqlite3`) is moved to the quarantine and started afresh."""
    try:
        return _read_collection(open_client(settings), name, embedding_function)
    except Exception as exc:
        if settings.chroma_host or not settings.chroma_path.exists():
            raise
        from chromadb.api.client import SharedSystemClient

        from knowledge.quarantine import quarantine

        SharedSystemClient.clear_system_cache()  # drop the cached handle on the damaged files
        kept = quarantine(settings.chroma_path, f"unreadable index ({exc}); rebuilt",
                          settings.data_dir, move=True)
        log.warning("the local index could not be read (%s); moved to %s and rebuilt", exc, kept)
        return _read_collection(open_client(settings), name, embedding_function)


def _read_collection(client: Any, name: str, embedding_function: Any) -> tuple[Any, set[str], Any]:
    existing = {c if isinstance(c, str) else c.name for c in client.list_collections()}
    collection = (client.get_collection(name, embedding_function=embedding_function)
                  if name in existing else None)
    if collection is not None:
        collection.count()  # reads the segment: a damaged index fails here, not mid-query
    return client, existing, collection


def _add_passages(collection: Any, passages: list[Passage], embedding_function: Any,
                  progress: bool) -> None:
    from tqdm import tqdm

    bar = tqdm(total=len(passages), desc="Indexing knowledge", unit="passage",
               disable=not progress, file=sys.stderr)
    for start in range(0, len(passages), EMBED_BATCH):
        batch = passages[start:start + EMBED_BATCH]
        texts = [embedding_text(p) for p in batch]
        collection.add(ids=[p.key for p in batch], documents=[p.text for p in batch],
                       metadatas=[p.metadata() for p in batch],
                       embeddings=embedding_function(texts))
        bar.update(len(batch))
    bar.close()


def embedding_text(passage: Passage) -> str:
    """What gets embedded: the heading, the text, then the passage's English thesaurus gloss."""
    from knowledge.thesaurus import with_gloss

    text = f"{passage.heading}. {passage.text}" if passage.heading else passage.text
    return with_gloss(text, passage.lang)
