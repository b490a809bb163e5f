"""Stemmed, accent-folded BM25."""

from __future__ import annotations

from knowledge.lexical import BM25, tokenize


def test_french_words_are_stemmed_and_folded() -> None:
    assert tokenize("réglementation", ("fr",)) == tokenize("Réglementations", ("fr",))
    assert "le" not in tokenize("le coût", ("fr",))


def test_bm25_ranks_the_matching_document_first() -> None:
    docs = [tokenize(t) for t in ("cats and dogs", "regulated banks centralize", "weather")]
    scores = BM25(docs).scores(tokenize("bank regulation"))
    assert scores.index(max(scores)) == 1 and scores[2] == 0
