"""The retrieval seam: hybrid search, EN/FR twins, citation lookups, stable rebuilds."""

from __future__ import annotations

from typing import Any

from knowledge.index import ensure_index
from knowledge.retriever import Retriever


def test_a_french_query_finds_the_french_and_english_passages_on_the_topic(retriever: Any) -> None:
    results = retriever.search("Le secteur public doit-il obligatoirement centraliser ?",
                               k=6, lang=None)
    keys = [p.key for p in results]
    assert "article/criteria/regulation@fr" in keys and "article/criteria/regulation@en" in keys
    assert results[0].lang == "fr"


def test_lang_gives_one_passage_per_topic_in_that_language(retriever: Any) -> None:
    results = retriever.search("What does the hybrid core hold?", k=5, lang="fr")
    assert len(results) == 5 and len({p.id for p in results}) == 5
    assert all(p.lang == "fr" for p in results if p.id.startswith("article/"))
    assert results[0].id == "article/hybrid/architecture"
    assert results == sorted(results, key=lambda p: -p.score)


def test_search_returns_citable_metadata(retriever: Any) -> None:
    top = retriever.search("three-phase plan to migrate from decentralized to centralized",
                           k=1, lang="en")[0]
    assert top.id == "article/migration/plan"
    assert top.source == "article" and top.section and top.title and top.score > 0
    assert "3.7" in top.text


def test_get_passage_by_topic_id_or_key(retriever: Any) -> None:
    assert retriever.get_passage("article/matrix").lang == "en"
    assert retriever.get_passage("article/matrix", lang="fr").lang == "fr"
    assert retriever.get_passage("article/matrix@fr").key == "article/matrix@fr"
    assert retriever.get_passage("article/not-a-topic") is None
    assert "article/criteria/regulation" in retriever.all_passage_ids()


def test_every_id_the_scorecard_cites_is_retrievable(retriever: Any) -> None:
    from scoring.sources import ALL_SOURCE_IDS

    for source_id in ALL_SOURCE_IDS:
        assert retriever.get_passage(source_id) is not None, source_id


def test_modes_all_work(retriever: Any) -> None:
    for mode in ("dense", "lexical", "hybrid"):
        results = retriever.search("shadow AI and teams bypassing controls", k=3, lang="en",
                                   mode=mode)
        assert results[0].id == "article/risks/governance", mode


def test_ids_are_stable_across_rebuilds_and_unchanged_sources_are_not_rebuilt(
    hash_settings: Any,
) -> None:
    query = "regulated finance and healthcare"
    first = ensure_index(hash_settings, progress=False)
    keys = sorted(first.collection.get(include=[])["ids"])
    before = [p.key for p in Retriever(first).search(query, k=5)]
    again = ensure_index(hash_settings, progress=False)
    forced = ensure_index(hash_settings, force=True, progress=False)
    assert first.rebuilt and not again.rebuilt and forced.rebuilt
    assert keys == sorted(p.key for p in first.passages)
    assert sorted(forced.collection.get(include=[])["ids"]) == keys
    assert before == [p.key for p in Retriever(forced).search(query, k=5)]


def test_recall_on_the_tuning_and_held_out_sets(retriever: Any) -> None:
    """Measured 0.962 (tuning) and 0.857 (held-out); thresholds leave one more miss each."""
    from knowledge.bench import HELDOUT_PATH, evaluate, load_gold

    assert evaluate(retriever, load_gold(), "hybrid").recall_at_k >= 0.94
    assert evaluate(retriever, load_gold(HELDOUT_PATH), "hybrid").recall_at_k >= 0.82


def test_a_thesaurus_edit_rebuilds_the_index(hash_settings: Any, monkeypatch: Any) -> None:
    assert ensure_index(hash_settings, progress=False).rebuilt
    monkeypatch.setattr("knowledge.thesaurus.thesaurus_digest", lambda: "edited")
    assert ensure_index(hash_settings, progress=False).rebuilt
