"""Message-level signals: corrections, hypotheticals, questions, unknowns, commands."""

from __future__ import annotations

import re

from advisor.extraction.models import Intent
from advisor.lexicon import lexicon
from scoring.profile import REQUIRED_FIELDS

_STRUCTURAL_CORRECTION = (
    r"|^\s*(?:(?:hmm+|um+|uh+|ah+|oh|euh|bah|ben|well)\s*,?\s*)?(?:no|non|nope)\s*[,!.]|\bnot\s+⟦\d+⟧\s*(?:\w+\s+)?but\b|\bpas\s+⟦\d+⟧\s*(?:\w+\s+)?mais\b"
    r"|\b(?:i meant|je voulais dire)\b"
)
# Correction cues live in the lexicon (advisor/lexicon/*.yaml, `correction`).
CORRECTION = re.compile(lexicon().correction.pattern + _STRUCTURAL_CORRECTION)
_HYPO_VERBS = (
    r"were|had|was|grew|expanded|went|moved|doubled|tripled|hired|opened|added|cut|reduced|"
    r"increased|decreased|became|got|decided|merged|acquired|lost|halved|switched|centrali[sz]ed|"
    r"sold|closed|exited|left|shut|bought|purchased|pull(?:ed)?|stay(?:ed)?|kept|keep|dropp?(?:ed)?|hit|"
    r"put|set up|set|introduced?|created?|adopt(?:ed)?|built|build|raised?|secured?|landed|won"
)
WHAT_IF = re.compile(
    r"\b(?:what if|and if|but if|what would happen if|what happens if|if instead|suppose|"
    r"supposing|imagine|let's say (?:we|our|that|the company)|say we|hypothetically|"
    r"in a scenario where|assuming we|"
    rf"if (?:we|our (?:\w+ )?\w+|the (?:\w+ )?\w+)\s+(?:only\s+|just\s+|still\s+|suddenly\s+|ever\s+)?"
    rf"(?:{_HYPO_VERBS}|would|could)|what would change if|would (?:that|it|this) change if|"
    r"et si|mais si|imaginons|imaginez|imagine|supposons|admettons|mettons que|"
    r"dans l'hypothèse|hypothétiquement|que se passerait-il si|qu'est-ce qui se passerait si|"
    r"si (?:on|nous|l'on|notre \w+|le \w+|la \w+)\s+(?:(?:ne |n')?(?:vendait|vendions|fermait|fermions|"
    r"quittait|quittions)|avait|avions|était|étions|passait|"
    r"passions|doublait|doublions|ouvrait|ouvrions|recrutait|recrutions|embauchait|"
    r"augmentait|augmentions|réduisait|réduisions|devenait|devenions|fusionnait|"
    r"centralisait|centralisions|n'avait|n'avions|n'était|n'étions|"
    r"(?:cède|cédait|ferme|ouvre|vend|rachète|double|perd|quitte|embauche|recrute|fusionne|sort|divise|"
    r"coupe|réduit|triple|augmente|baisse|ajoute|rajoute|supprime|retire|enlève|multiplie|investit)\w*"
    r"(?=[^.!]*\?))|"
    r"if we\s+(?:⟦\d+⟧|(?:double|triple|halve|hire|open|sell|close|grow|add|lose|merge|buy|acquire|move|"
    r"expand|shrink|drop|quit|exit|outsource|spin off|divest)\b)(?=[^.!]*\?)|"  # "if we 10x the team?"
    r"(?:and|et) (?:with|avec|at|à) (?:(?:only|just|seulement|juste|que|plus que)\s+)?⟦\d+⟧|"
    # "with 30% more people, would it change?"
    r"(?:^|(?<=[.!?:]\s))(?:with|avec) (?:(?:only|just|seulement|juste)\s+)?⟦\d+⟧(?=[^.!]*\?)|"
    r"(?:(?:and|et) |(?:^|(?<=[.!?]\s))(?=[^.!]*\?))(?:with|avec) "  # "with half the budget?"
    r"(?:half|(?:la )?moitié|a (?:tenth|third|quarter)|twice|double|le double|deux fois|"
    r"un (?:tiers|quart|dixième))|"
    r"\bsi\b[^.?!,;]{0,40}?\b[a-zàâçéèêëîïôûùüÿ]{2,}(?:ait|aient)\b|"  # "si un bailleur nous finançait"
    r"(?:^|[.!?]\s*)(?:and |et |what about |and what about |(?:and )?what (?=⟦)|et pour |quid )"
    r"(?:(?:in|dans|d'ici)\s+(?:⟦\d+⟧|a|an|one|une?)\s*(?:months?|mois|years?|ans?|année)\b|"
    r"(?:⟦\d+⟧|a|one)\s+(?:months?|years?)\s+from now\b)(?=[^.!]*\?)|"  # "Et dans 18 mois ?"
    r"if (?:it|that|this) (?:did |does |were to |was to |ever )?(?:doubl|tripl|halv|grow|grew|shr[iu]nk)\w*|"
    rf"{lexicon().what_if_cues})"  # the lexicons' other openings ("fast-forward", "si ça se fait")
)
_CLAUSE_END = re.compile(r"[.!?;\n]")
_QUESTION_START = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay|alors|et|mais|bon|donc|euh|hmm)\b[\s,]*)?"
    r"(?:why|what|how|which|when|where|who|should|could|can you|can i|can we|is it|is there|"
    r"are there|does|do you|do we|would|will|explain|tell me|i'd like to understand|"
    r"pourquoi|comment|quel|quelle|quels|quelles|qu'est-ce|c'est quoi|est-ce|peux-tu|"
    r"pouvez-vous|pourriez-vous|explique|expliquez|dis-moi|dites-moi|combien|quand|où|qui|"
    r"j'aimerais comprendre|je voudrais comprendre)\b"
)
# A question about companies in general ("what about companies under 100 people?"): not about us.
GENERIC_COMPANY = re.compile(
    r"\b(?:companies|firms|organi[sz]ations|businesses|a company|a firm|any company|entreprises|"
    r"sociétés|une entreprise|les boîtes|organisations)\b")
FIRST_PERSON = re.compile(
    r"\b(?:we|our|us|i|my|we're|i'm|we've|ours|nous|notre|nos|on|je|j'|mon|ma|mes|moi|chez nous)"
    r"(?:\b|(?<='))"
)
_UNKNOWN = lexicon().unknown  # "I don't know" forms (lexicon `unknown`)
_SKIP = lexicon().skip  # "skip that one": the question asked gets its assumption
UNKNOWN_TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (field, re.compile(rf"\b(?:{words})")) for field, words in (
        ("annual_ai_budget_eur", r"budgets?\b|spend|dépenses?|enveloppe|how much (?:money|we spend|do we)|"
                                 r"combien (?:d'argent|on (?:dépense|investit|met)|"
                                 r"nous (?:dépensons|investissons))"),
        ("countries", r"countr|pays\b"),
        ("employees", r"employees|headcount|staff|effectif|salariés|employés|collaborateurs|"
                      r"combien (?:on est|nous sommes|sommes-nous)|how many (?:we are|of us|people)"),
        ("sector", r"sector|secteur|domaine|what we (?:actually )?do|quelle case|which box|classify us|"
                   r"nous classer|"
                   r"ce (?:que|qu'on) (?:nous )?fai(?:sons|t)"),
        ("ai_maturity_months", r"maturit|experience|expérience|how long|depuis quand|depuis combien"),
        ("regulation", r"regulat|réglement|régul|compliance|conformité"),
        ("ai_stacks", r"stacks?\b|frameworks?\b|tools\b|outils\b"),
        ("teams_using_ai", r"teams\b|équipes\b"),
        ("governance", r"governance|gouvernance"),
        ("current_architecture", r"architecture"),
    )
)
_COMMANDS: tuple[tuple[Intent, re.Pattern[str]], ...] = (
    ("reset", re.compile(
        r"\b(?:start over|start again|restart|reset|begin again|new (?:conversation|session)|"
        r"recommencer|recommençons|on recommence|redémarrer|réinitialiser|remettre à zéro|"
        r"repartir de zéro|reprendre à zéro|nouvelle (?:conversation|session)|tout effacer|"
        r"clear (?:the |my )?profile|efface[rz]? (?:le |mon )?profil)\b")),
    ("show_profile", re.compile(
        r"\b(?:show|display|see|view|print)\s+(?:me\s+)?(?:my|the|our)\s+(?:current\s+)?profile"
        r"|\bwhat do you (?:know|have) (?:about us|so far)|\brecap\b|\bsummary so far\b"
        r"|\b(?:montre|affiche|voir|afficher|montrer|montrez|affichez)(?:[- ]moi)?\s+"
        r"(?:mon|le|notre)\s+profil|\brécapitulatif\b|\brécap\b|\boù en est-on\b")),
    ("report", re.compile(
        r"\b(?:generate|create|produce|give me|send|download|export|show|make)\s+(?:me\s+)?"
        r"(?:the|my|a|our)\s+(?:final\s+|full\s+)?(?:report|pdf)\b"
        r"|\b(?:génère|générer|générez|produis|donne-moi|donnez-moi|télécharger|exporter|exporte|"
        r"envoie|envoyez)\s+(?:moi\s+)?(?:le|mon|un|notre)\s+(?:rapport|pdf|compte rendu)\b"
        r"|^\W*(?:report|rapport|pdf)\W*$")),
    ("help", re.compile(
        r"^\W*(?:help|aide|/help)\W*$|\bwhat can you do\b|\bque (?:peux|sais)-tu faire\b")),
)


def find_intent(text: str) -> Intent | None:
    """The command asked for (reset, show profile, report, help), or "defer" when the user will
    answer the question later ("let me check with HR"), if any."""
    for intent, pattern in _COMMANDS:
        if pattern.search(text):
            return intent
    return "defer" if lexicon().deferral.search(text) else None  # "can we come back to that one?"


def what_if_ranges(text: str) -> list[tuple[int, int]]:
    """Hypothetical clauses: from a trigger ("what if", "et si") to the end of its clause."""
    ranges: list[tuple[int, int]] = []
    for match in WHAT_IF.finditer(text):
        if ranges and match.start() < ranges[-1][1]:
            continue
        end = _CLAUSE_END.search(text, match.end())
        stop = end.end() if end else len(text)
        while stop < len(text):  # "What if we sold Hungary? That would take us to 7,000 people."
            following = _CLAUSE_END.search(text, stop)
            sentence_end = following.end() if following else len(text)
            if not lexicon().conditional.search(text, stop, sentence_end):
                break
            stop = sentence_end
        ranges.append((match.start(), stop))
    return ranges


def opens_with_question_word(sentence: str) -> bool:
    """A sentence (or a clause after ':' or ',') that opens with a question word ("what should we
    do in 3 months?", "quick one: does the framework...?")."""
    return any(_QUESTION_START.search(part.strip("░ "))
               for part in re.split(r"[:;,—–]", _LABEL.sub("", sentence)))


# "- where: Warsaw and Brno", "what we do: hospitals": a field's label, not a question
_LABEL = re.compile(r"(?m)^[\s░*•-]*(?:[^\W\d]+[ \t]+){0,3}[^\W\d]+[ \t]*:(?=[ \t]*\S)")


def is_question_sentence(sentence: str) -> bool:
    """A sentence that asks something (ends with '?' or opens with a question word)."""
    return sentence.rstrip().endswith("?") or _QUESTION_START.search(_LABEL.sub("", sentence)) is not None


def unknown_fields(sentences: list[str], expected: str | None, said: list[str] | None = None) -> list[str]:
    """Fields the user says they don't know: the field asked, unless the sentence (or the message,
    `said`, when it names one field only) names another required field."""
    fields: list[str] = []
    in_message = [f for f, topic in UNKNOWN_TOPICS if any(topic.search(s) for s in (said or sentences))]
    for sentence in sentences:
        if not (_UNKNOWN.search(sentence) or (_SKIP.search(sentence) and expected)):
            continue
        named = [f for f, topic in UNKNOWN_TOPICS if topic.search(sentence)]
        if not named and len(in_message) == 1:  # "Countries: tricky. I don't know, skip it."
            named = in_message
        if expected:  # "Pays : je passe" while maturity was asked skips the countries
            named = [expected] if expected in named else [f for f in named if f in REQUIRED_FIELDS]
        for field in named or ([expected] if expected else []):
            if field not in fields:
                fields.append(field)
    return fields


_CUE_CLAUSE_END = re.compile(r"[.!?;:,\n]")


def cue_ranges(text: str, cues: re.Pattern[str]) -> list[tuple[int, int]]:
    """From each cue to the end of its clause (form requests, quoted figures)."""
    ranges: list[tuple[int, int]] = []
    for match in cues.finditer(text):
        start = max(text.rfind(c, 0, match.start()) for c in ".!?\n;:,") + 1
        end = _CUE_CLAUSE_END.search(text, match.end())
        ranges.append((start, end.end() if end else len(text)))
    return ranges


_CONTRAST = re.compile(r"[.!?;:,\n]|\b(?:but|mais|whereas|while|alors que|tandis que|however|cependant|"
                       r"par contre|en revanche)\b")


def others_ranges(text: str, cues: re.Pattern[str],
                  ours: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    """From each clause about another company ("our parent group is 22,000 people in 30 countries")
    to the clause's end or the contrast that brings the talk back to us ("but", "mais nous"); a
    clause where it gives us something ("la maison mère nous donne 1 M$ par an") is about us."""
    ranges: list[tuple[int, int]] = []
    for match in cues.finditer(text):
        end = _CONTRAST.search(text, match.end())
        stop = end.start() if end else len(text)
        if ours is None or not ours.search(text, match.end(), stop):
            ranges.append((match.start(), stop))
    return ranges

