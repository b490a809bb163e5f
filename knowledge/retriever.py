"""The retrieval seam used by the agent: `make_retriever(settings)` then `search`/`get_passage`.

Dense (Chroma cosine) and lexical (BM25, scaled to the best hit) scores are added per passage,
then summed per topic id, so the English and French twins of a passage lift each other: a French query
that MiniLM (English-centric) half-understands still reaches the topic through its French
twin's words, and the English twin's meaning.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Literal

from knowledge.documents import owner_key
from knowledge.language import detect_language
from knowledge.passages import Passage, split_key

if TYPE_CHECKING:
    from knowledge.config import KnowledgeSettings
    from knowledge.index import Index

Mode = Literal["hybrid", "dense", "lexical"]
DENSE_POOL = 200
# Tuned on knowledge/gold/queries.yaml only (heldout.yaml checks it). Both sides carry the
# thesaurus: concept terms in BM25, an English concept gloss in the embedded query and passages.
LEXICAL_WEIGHT = {"en": 0.3, "fr": 0.3}
CONCEPT_WEIGHT = 1.0  # BM25 weight of a thesaurus concept term relative to a query word


class Retriever:
    """Hybrid search over one built index; indexing itself lives in `knowledge.index`."""

    def __init__(self, index: Index, mode: Mode = "hybrid") -> None:
        from knowledge.lexical import BM25

        self.index, self.mode = index, mode
        self.passages = {p.key: p for p in index.passages}
        self._lexical = (list(self.passages), BM25([lexical_document(p) for p in self.passages.values()]))

    def add(self, passages: list[Passage]) -> None:
        """Make passages just added to the index searchable (an upload), without a rebuild."""
        from knowledge.lexical import BM25

        merged = {**self.passages, **{p.key: p for p in passages}}
        lexical = (list(merged), BM25([lexical_document(p) for p in merged.values()]))
        self._lexical, self.passages = lexical, merged  # searches running now see old or new, whole

    def search(self, query: str, k: int = 5, lang: str | None = None,
               mode: Mode | None = None, owner: str | None = None) -> list[Passage]:
        """Top passages for `query`, best first, `score` set (fused, higher is better).

        With `lang` set: one passage per topic, in that language when a twin exists. With
        `lang=None`: every language version of each topic, the query's language first.
        Uploaded passages are seen only by their `owner` (the string given at upload).
        """
        query_lang = detect_language(query)
        ranked = self._rank_topics(query, query_lang, mode or self.mode, owner_key(owner or ""))
        results: list[Passage] = []
        for topic, score in ranked:
            variants = self._variants(topic, lang or query_lang, owner_key(owner or ""))
            chosen = variants if lang is None else variants[:1]
            results.extend(replace(p, score=round(score, 6)) for p in chosen)
            if len(results) >= k:
                break
        return results[:k]

    def get_passage(self, passage_id: str, lang: str | None = None,
                    owner: str | None = None) -> Passage | None:
        """A passage by `topic` id or `topic@lang` key; a bare id prefers `lang`, then English."""
        topic, key_lang = split_key(passage_id)
        variants = self._variants(topic, key_lang or lang or "en", owner_key(owner or ""))
        if key_lang is not None:
            variants = [p for p in variants if p.lang == key_lang]
        return variants[0] if variants else None

    def all_passage_ids(self) -> list[str]:
        """Every shared citable topic id, sorted (twins share one id; uploads are left out)."""
        return sorted({p.id for p in self.passages.values() if not p.owner})

    def _variants(self, topic: str, preferred: str, key: str) -> list[Passage]:
        found = [p for p in self.passages.values() if p.id == topic and p.owner in ("", key)]
        return sorted(found, key=lambda p: (p.lang != preferred, p.lang))

    def _rank_topics(self, query: str, query_lang: str, mode: Mode, key: str) -> list[tuple[str, float]]:
        """Topic scores: per passage cosine + weight(lang) * BM25/max, summed over twins."""
        scores: dict[str, float] = defaultdict(float)
        if mode in ("hybrid", "dense"):
            for passage_key, similarity in self._dense_scores(query, query_lang).items():
                scores[passage_key] += similarity
        if mode in ("hybrid", "lexical"):
            weight = LEXICAL_WEIGHT.get(query_lang, 0.1) if mode == "hybrid" else 1.0
            for passage_key, lexical in self._lexical_scores(query, query_lang, key).items():
                scores[passage_key] += weight * lexical
        topics: dict[str, float] = defaultdict(float)
        passages = self.passages
        for passage_key, score in scores.items():
            passage = passages.get(passage_key)
            if passage is not None and passage.owner in ("", key):  # never another owner's upload
                topics[passage.id] += score
        return sorted(topics.items(), key=lambda item: (-item[1], item[0]))

    def _dense_scores(self, query: str, query_lang: str) -> dict[str, float]:
        """Cosine of the query, plus its English thesaurus gloss, to the nearest passages
        (whose embedded text carries their own gloss, see `knowledge.index.embedding_text`)."""
        from knowledge.thesaurus import with_gloss

        vector = self.index.embedding_function.embed_query([with_gloss(query, query_lang)])[0]
        result = self.index.collection.query(
            query_embeddings=[vector], n_results=min(DENSE_POOL, len(self.passages)),
            include=["distances"],
        )
        pairs = zip(result["ids"][0], result["distances"][0], strict=True)
        return {key: 1.0 - float(distance) for key, distance in pairs if key in self.passages}

    def _lexical_scores(self, query: str, query_lang: str, owner: str = "") -> dict[str, float]:
        """BM25 scores (query words plus thesaurus concepts) scaled so the best passage the owner
        may see scores 1."""
        from knowledge.lexical import tokenize
        from knowledge.thesaurus import concept_terms

        concepts = concept_terms(query, query_lang)
        keys, bm25 = self._lexical
        raw = bm25.scores(tokenize(query, (query_lang,)) + concepts, dict.fromkeys(concepts, CONCEPT_WEIGHT))
        passages = self.passages
        seen = {key: score for key, score in zip(keys, raw, strict=True)
                if score and key in passages and passages[key].owner in ("", owner)}
        best = max(seen.values(), default=0.0)
        return {key: score / best for key, score in seen.items()} if best > 0 else {}


class OwnerView:
    """A retriever as one owner's conversations see it: shared passages and that owner's uploads."""

    def __init__(self, retriever: Any, owner: str) -> None:
        self.retriever, self.owner = retriever, owner

    def search(self, query: str, k: int = 5, lang: str | None = None,
               mode: Mode | None = None) -> list[Passage]:
        return list(self.retriever.search(query, k, lang, mode, owner=self.owner))

    def get_passage(self, passage_id: str, lang: str | None = None) -> Passage | None:
        found: Passage | None = self.retriever.get_passage(passage_id, lang, owner=self.owner)
        return found

    def __getattr__(self, name: str) -> Any:
        return getattr(self.retriever, name)


def lexical_document(passage: Passage) -> list[str]:
    """BM25 terms of a passage: stemmed heading, section and text, plus its thesaurus concepts."""
    from knowledge.lexical import tokenize
    from knowledge.thesaurus import concept_terms

    text = f"{passage.heading}\n{passage.section}\n{passage.text}"
    return tokenize(text, (passage.lang,)) + concept_terms(text, passage.lang)


def make_retriever(settings: KnowledgeSettings, mode: Mode = "hybrid",
                   progress: bool = True) -> Retriever:
    """A retriever over the index for `settings`, building or refreshing the index first
    (for `advisor index`, start-up and tests; a server opens with `open_retriever`)."""
    from knowledge.index import ensure_index

    return Retriever(ensure_index(settings, progress=progress), mode)


def open_retriever(settings: KnowledgeSettings, mode: Mode = "hybrid") -> Retriever:
    """A retriever over the index as it is: never builds; raises IndexNotReady when missing."""
    from knowledge.index import open_index

    return Retriever(open_index(settings), mode)


def passage_summary(passage: Passage) -> dict[str, Any]:
    """A compact dict for logs and JSON: key, score, heading, citation."""
    return {"key": passage.key, "score": passage.score, "heading": passage.heading,
            "citation": passage.citation}
