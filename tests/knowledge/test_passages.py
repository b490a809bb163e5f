"""Sources: parsing, EN/FR twins, attribution, stable ids and the content hash."""

from __future__ import annotations

from collections import Counter

from knowledge.passages import SOURCES_DIR, content_hash, load_sources, parse_markdown, split_key

FRONT = """---
source: article
title: "T"
publisher: O137 (blog)
date: 2026-02-17
lang: en
version: 1
section: "S"
---

"""


def test_every_article_topic_has_an_english_and_a_french_twin() -> None:
    langs: dict[str, set[str]] = {}
    for passage in load_sources():
        langs.setdefault(passage.id, set()).add(passage.lang)
    article = {topic: found for topic, found in langs.items() if topic.startswith("article/")}
    assert len(article) >= 20
    assert all(found == {"en", "fr"} for found in article.values())


def test_keys_are_unique_and_metadata_complete() -> None:
    passages = load_sources()
    assert not [k for k, n in Counter(p.key for p in passages).items() if n > 1]
    for passage in passages:
        assert passage.text and passage.heading and passage.section and passage.version
        assert passage.lang in ("en", "fr")
        assert passage.source in ("article", "project")


def test_article_passages_are_attributed_and_project_ones_are_not() -> None:
    for passage in load_sources():
        if passage.id.startswith("article/"):
            assert passage.source == "article"
            assert passage.publisher.startswith("O137") and passage.date == "2026-02-17"
            assert "O137" in passage.citation and passage.section in passage.citation
        else:
            assert passage.source == "project"
            assert "O137" not in passage.citation


def test_ids_do_not_depend_on_text() -> None:
    source = FRONT + "## One {#t/one}\nFirst text.\n\n## Two {#t/two}\nSecond text.\n"
    edited = source.replace("First text.", "A completely rewritten first passage.")
    before, after = parse_markdown(source), parse_markdown(edited)
    assert [p.id for p in before] == [p.id for p in after] == ["t/one", "t/two"]
    assert before[1] == after[1]
    assert content_hash(before, "e") != content_hash(after, "e")
    assert content_hash(before, "e") == content_hash(parse_markdown(source), "e")
    assert content_hash(before, "e") != content_hash(before, "other-embedding")


def test_readme_files_are_not_passages() -> None:
    assert (SOURCES_DIR / "README.md").exists()
    assert all(not p.path.lower().endswith("readme.md") for p in load_sources())


def test_split_key() -> None:
    assert split_key("article/matrix@fr") == ("article/matrix", "fr")
    assert split_key("article/matrix") == ("article/matrix", None)
