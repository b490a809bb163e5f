"""`advisor index` and `advisor ask`, called lazily by `advisor/cli.py`; return exit codes."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from knowledge.config import KnowledgeSettings


def index_command(add: list[Path], settings: KnowledgeSettings) -> int:
    """Validate and copy `add` documents into the data dir, then rebuild the index; 0 ok, 2 bad input
    (a rejected document is quarantined and named in the message)."""
    from knowledge.documents import add_documents
    from knowledge.index import ensure_index

    try:
        added = add_documents(add, settings.data_dir) if add else []
    except (FileNotFoundError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    start = time.perf_counter()
    index = ensure_index(settings, force=True)
    elapsed = time.perf_counter() - start
    users = sorted({p.id.rsplit("/", 1)[0] for p in index.passages if p.source == "user"})
    print(f"Indexed {len(index.passages)} passages with {index.embedding_function.name()} "
          f"in {elapsed:.1f} s ({settings.chroma_host or settings.chroma_path}).")
    for source, path in zip(add, added, strict=True):
        note = "" if path.name == source.name else f" as {path.name} (another {source.name} is kept)"
        print(f"Added {source.name}{note}")
    if users:
        print("User documents: " + ", ".join(users))
    return 0


def ask_command(question: str, settings: KnowledgeSettings, decide: Any = None) -> int:
    """Print an extractive, cited answer in the question's language; 2 for an empty question."""
    from knowledge.answer import answer_question
    from knowledge.retriever import make_retriever

    if not question.strip():
        print("error: empty question", file=sys.stderr)
        return 2
    print(answer_question(question, make_retriever(settings), decide=decide).render())
    return 0
