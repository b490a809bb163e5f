"""The EN/FR domain thesaurus: concept matching, glosses, and no vocabulary copied from eval sets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from knowledge.bench import GOLD_PATH, HELDOUT_PATH, load_gold
from knowledge.lexical import tokenize
from knowledge.passages import load_sources
from knowledge.thesaurus import concept_terms, concepts_in, load_thesaurus, with_gloss

# Forms that the project brief itself proposed (and their inflections or French twins).
BRIEF_FORMS = {
    "department", "business unit", "bu", "service", "direction", "directions", "bill", "spend",
    "budget line", "facture", "regulator", "régulateur", "régulé", "audit", "supervisor", "acpr",
    "amf", "tooling", "framework", "toolchain", "one platform", "single control plane",
    "guichet unique",
}


def test_concepts_fire_on_surface_forms_of_the_text_language() -> None:
    assert concepts_in("Our BU's invoice keeps growing", "en")[:2] == ["cost", "team"]
    assert set(concepts_in("La facture de chaque direction explose", "fr")) >= {"cost", "team"}
    assert "regulation" in concepts_in("L'ACPR exige une traçabilité complète", "fr")
    assert concepts_in("service", "en") == []  # "service" means a team only in French
    assert concept_terms("single point of failure", "en") == ["concept:resilience"]


def test_gloss_appends_english_labels_and_leaves_plain_text_alone() -> None:
    assert with_gloss("Quel coût ?", "fr") == "Quel coût ? (cost spend)"
    assert with_gloss("hello there", "en") == "hello there"


def test_every_concept_has_a_label_and_forms_in_both_languages() -> None:
    for concept in load_thesaurus():
        assert concept.label and concept.forms["en"] and concept.forms["fr"], concept.id
        for lang, forms in concept.forms.items():
            for form in forms:
                assert tokenize(form, (lang,)), f"{concept.id}/{lang}: {form!r} is all stop words"


def _vocabulary() -> dict[str, set[str]]:
    vocabulary: dict[str, set[str]] = {"en": set(), "fr": set()}
    for p in load_sources():
        vocabulary[p.lang] |= set(tokenize(f"{p.heading} {p.section} {p.text}", (p.lang,)))
    return vocabulary


@pytest.mark.parametrize("path", [GOLD_PATH, HELDOUT_PATH], ids=["gold", "heldout"])
def test_no_form_is_copied_from_an_evaluation_query(path: Path) -> None:
    """A form that an eval query contains must be passage vocabulary or from the brief."""
    vocabulary, queries = _vocabulary(), load_gold(path)
    copied: list[Any] = []
    for concept in load_thesaurus():
        for lang, forms in concept.forms.items():
            for form in forms:
                words = set(tokenize(form, (lang,)))
                if form in BRIEF_FORMS or words <= vocabulary[lang]:
                    continue
                copied += [(form, q["q"]) for q in queries
                           if q["lang"] == lang and words <= set(tokenize(q["q"], (lang,)))]
    assert not copied
