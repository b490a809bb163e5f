"""The NumPy MiniLM encoder against known all-MiniLM-L6-v2 behaviour; the hash embedding."""

from __future__ import annotations

import numpy as np

from knowledge.embeddings import HashEmbeddingFunction
from knowledge.minilm import load_encoder


def test_matches_sentence_transformers_reference_values() -> None:
    # First dimensions of sentence-transformers' all-MiniLM-L6-v2 for this sentence.
    vector = load_encoder().encode(["This is an example sentence"])[0]
    reference = [0.0676569, 0.0634959, 0.0487131, 0.0793049, 0.0374480]
    assert np.allclose(vector[:5], reference, atol=1e-5)
    assert abs(float(np.linalg.norm(vector)) - 1.0) < 1e-5


def test_paraphrases_score_much_closer_than_unrelated_sentences() -> None:
    a, b, c = load_encoder().encode([
        "A man is eating food.", "A man is eating a piece of bread.", "The girl is carrying a baby.",
    ])
    assert float(a @ b) > 0.7
    assert float(a @ c) < 0.1


def test_batching_does_not_change_embeddings() -> None:
    texts = ["short", "a somewhat longer sentence about orchestration platforms and agents"] * 5
    together = load_encoder().encode(texts)
    alone = np.stack([load_encoder().encode([t])[0] for t in texts[:2]])
    assert np.allclose(together[:2], alone, atol=1e-5)


def test_hash_embedding_is_deterministic_and_normalised() -> None:
    function = HashEmbeddingFunction()
    first, second = function(["centralized governance"]), function(["centralized governance"])
    assert np.array_equal(first[0], second[0])
    assert abs(float(np.linalg.norm(first[0])) - 1.0) < 1e-5
