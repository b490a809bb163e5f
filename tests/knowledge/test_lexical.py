"""Stemmed, accent-folded BM25."""

from __future__ import annotations

import pytest

from knowledge.lexical import BM25, tokenize


def test_french_words_are_stemmed_and_folded() -> None:
    assert tokenize("réglementation", ("fr",)) == tokenize("Réglementations", ("fr",))
    assert "le" not in tokenize("le coût", ("fr",))


def test_bm25_ranks_the_matching_document_first() -> None:
    docs = [tokenize(t) for t in ("cats and dogs", "regulated banks centralize", "weather")]
    scores = BM25(docs).scores(tokenize("bank regulation"))
    assert scores.index(max(scores)) == 1 and scores[2] == 0


def test_bm25_term_weights_scale_a_term() -> None:
    docs = [tokenize(t) for t in ("cost cost", "team team")]
    plain = BM25(docs).scores(["cost", "team"])
    weighted = BM25(docs).scores(["cost", "team"], {"team": 0.5})
    assert plain[0] == pytest.approx(plain[1]) and weighted[1] == pytest.approx(plain[1] / 2)
