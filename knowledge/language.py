"""A tiny, deterministic English/French detector for user messages and queries."""

from __future__ import annotations

import re
from typing import Literal

Language = Literal["en", "fr"]



def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WORD = re.compile(r"[a-zà-ÿœæ']+")
_FR = _words(
    "le la les un une des du de et est sont nous vous je tu il elle ils on que qui quoi pour "
    "avec dans sur pas plus mais ou où au aux ce cette ces notre nos votre vos mon ma mes "
    "depuis personnes salariés employés combien pourquoi comment quel quelle quels quelles "
    "avons sommes êtes suis a être bonjour merci oui non très ans mois environ entre par année années "
    "pays secteur budget aussi alors donc si était serait sais salut coucou bonsoir "
    "en tout tous toutes chez ça rien aucun aucune seulement uniquement plutôt fait agence "
    "société entreprise groupe boîte salarié pers collaborateurs effectif depuis ans an "
    "conseil mille deux trois quatre cinq dix vingt trente cent cents personnels enseignants université etp "
    "bjr slt bon matin soir ici aussi bien sans encore déjà toujours comme quand ont leur leurs gens"
)
_EN = _words(
    "the a an and is are we you i he she they it that which what for with in on not more "
    "but or at this these those our your my since people employees staff how why which "
    "have has be am was were hello hi thanks yes no very years months about around between "
    "countries sector budget also so if would know don't do does hey hiya of us only firm staff "
    "where when who company group sites offices headcount per month year week million thousand ai fte ftes "
    "good morning afternoon evening howdy greetings g'day we're i'm it's we've that's to from "
    "just all any some been got can will want need using"
)
_PROPER_NOUN = re.compile(r"(?<![.!?:\n]\s)(?<!^)\b[A-ZÀ-Ý][\w-]*")  # capitalised inside a sentence
_FR_CHARS = re.compile(r"[àâçéèêëîïôûùüÿœ]")
_FR_ENDINGS = ("ique", "iques", "nale", "nales", "elle", "elles", "euse", "eux")


# "Banque de France", "Caisse d'Épargne", "Crédit du Nord": a name's small words are not French prose
_NAME_JOINER = re.compile(r"\b([A-ZÀ-Ý][\w-]*) +(?:de|du|des|la|le|les|et|d'|l')\s*(?=[A-ZÀ-Ý])")


def detect_language(text: str, default: Language = "en") -> Language:
    """Return "fr" or "en" from stop-word counts (accents break ties); `default` when unsure."""
    words = _WORD.findall(_NAME_JOINER.sub(r"\1 ", text.replace("’", "'")).lower())
    fr: float = sum(1 for w in words if w in _FR or w.startswith(("l'", "d'", "qu'", "j'", "n'", "c'")))
    en = sum(1 for w in words if w in _EN)
    fr += len(_FR_CHARS.findall(_PROPER_NOUN.sub("", text).lower())) * 0.5  # not "Baden-Württemberg"
    fr += sum(0.5 for w in words if w.endswith(_FR_ENDINGS) and w not in _EN)  # "publique nationale"
    if fr > en:
        return "fr"
    if en > fr:
        return "en"
    return default
