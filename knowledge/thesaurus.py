"""The EN/FR domain thesaurus (`thesaurus.yaml`): which concepts a text mentions.

A concept fires when every stemmed word of one of its surface forms occurs in the text (forms
of the text's language only). Retrieval uses the fired concepts twice: as extra BM25 terms on
both the query and the passages (`concept_terms`), and as an English gloss embedded with the
query and with each passage (`with_gloss`), which gives MiniLM, an English-centric model, the
same English words for a French or oddly worded query and for the passage it is after.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

THESAURUS_PATH = Path(__file__).resolve().parent / "thesaurus.yaml"
CONCEPT_PREFIX = "concept:"


@dataclass(frozen=True)
class Concept:
    """One concept: its id, English gloss and surface forms per language."""

    id: str
    label: str
    forms: dict[str, tuple[str, ...]]


@lru_cache(maxsize=1)
def load_thesaurus(path: Path = THESAURUS_PATH) -> tuple[Concept, ...]:
    """The concepts of `thesaurus.yaml`, in file order."""
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return tuple(
        Concept(str(name), str(entry["label"]),
                {lang: tuple(str(f) for f in entry.get(lang, [])) for lang in ("en", "fr")})
        for name, entry in data.items()
    )


@lru_cache(maxsize=2)
def _stemmed_forms(lang: str) -> tuple[tuple[str, tuple[frozenset[str], ...]], ...]:
    """Per concept, each form of `lang` as its set of stemmed tokens (empty forms dropped)."""
    from knowledge.lexical import tokenize

    stemmed = []
    for concept in load_thesaurus():
        forms = (frozenset(tokenize(form, (lang,))) for form in concept.forms.get(lang, ()))
        stemmed.append((concept.id, tuple(f for f in forms if f)))
    return tuple(stemmed)


def concepts_in(text: str, lang: str) -> list[str]:
    """Ids of the concepts that `text` (in `lang`) mentions, in thesaurus order."""
    from knowledge.lexical import tokenize

    tokens = set(tokenize(text, (lang,)))
    return [cid for cid, forms in _stemmed_forms(lang) if any(f <= tokens for f in forms)]


def concept_terms(text: str, lang: str) -> list[str]:
    """The fired concepts as language-neutral index terms, e.g. `concept:cost`."""
    return [CONCEPT_PREFIX + cid for cid in concepts_in(text, lang)]


def english_gloss(text: str, lang: str) -> str:
    """The English labels of the concepts `text` mentions, joined ("" when none fire)."""
    labels = {c.id: c.label for c in load_thesaurus()}
    return " ".join(labels[cid] for cid in concepts_in(text, lang))


def with_gloss(text: str, lang: str) -> str:
    """`text` followed by its English gloss in parentheses (unchanged when no concept fires)."""
    gloss = english_gloss(text, lang)
    return f"{text} ({gloss})" if gloss else text


def thesaurus_digest() -> str:
    """A short hash of `thesaurus.yaml`: part of the index's content hash (glosses are embedded)."""
    import hashlib

    return hashlib.sha256(THESAURUS_PATH.read_bytes()).hexdigest()[:12]
