"""What the knowledge room needs to know, given by the caller (it reads no settings of its own)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path


@dataclass(frozen=True)
class KnowledgeSettings:
    """Where the index lives and how passages are embedded."""

    data_dir: Path = Path("data")
    chroma_host: str | None = None
    chroma_port: int = 8000
    embedding: str = "auto"  # auto | minilm | openai | hash
    openai_embedding_model: str = "text-embedding-3-small"
    openai_api_key: str | None = None
    openai_base_url: str | None = None

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"

    def model_copy(self, update: dict[str, object]) -> KnowledgeSettings:
        """A copy with some fields changed (same spelling as pydantic's, for callers of both)."""
        return replace(self, **update)  # type: ignore[arg-type]
