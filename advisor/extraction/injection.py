"""Attempts to override the advisor's rules, reveal its prompt or fake a system turn."""

from __future__ import annotations

import re

_RULES = r"(?:rules|instructions|directives|guidelines|prompts?|constraints|polic(?:y|ies)|guardrails)"
_FR_RULES = r"(?:règles|consignes|instructions|directives|contraintes)"
INJECTION = re.compile(
    r"\b(?:ignore|disregard|forget|override|bypass|skip)\s+(?:all\s+|any\s+|the\s+|your\s+|my\s+|"
    rf"previous\s+|prior\s+|above\s+|earlier\s+|these\s+|those\s+|preceding\s+|system\s+)*{_RULES}"
    r"|\bforget everything\b|\bsystem prompt\b|\bprompt syst[èe]me\b|\bhidden prompt\b"
    r"|\b(?:reveal|show|print|display|repeat|leak)\s+(?:me\s+)?(?:your|the)\s+"
    r"(?:initial\s+|original\s+|hidden\s+)?(?:prompt|instructions)"
    r"|\byou are now\b|\bfrom now on,? you\b|\bpretend (?:to be|you are|you're)\b|\bjailbreak"
    r"|\bdeveloper mode\b|\bmode développeur\b|\bdo anything now\b|\bdan mode\b"
    r"|\byou (?:must|have to|will|should always) (?:recommend|say|answer|output|respond|choose)"
    r"|\b(?:always|only) recommend\b"
    r"|\b(?:just\s+|only\s+|simply\s+)?(?:say|answer|respond|reply|output)\s+(?:with\s+)?"
    r"(?:only\s+)?[\"']?(?:centrali[sz]ed|decentrali[sz]ed|hybrid)\b"
    r"(?!['\"]?\s+(?:orchestrat|architect|models?\b|schools?\b|approach|platform|set-?up|means?\b))"
    r"|\b(?:ignore[rz]?|oublie[rz]?|contourne[rz]?)\s+(?:toutes\s+|tous\s+|tes\s+|vos\s+|les\s+|"
    rf"ses\s+|mes\s+|des\s+|ce que\s+)*(?:{_FR_RULES}|on t'a dit)"
    r"|\boublie[rz]? tout\b"
    r"|\b(?:révèle|révélez|montre|montrez|affiche|affichez|donne|donnez|répète|répétez)[- ]"
    r"(?:moi\s+|nous\s+)?(?:ton|votre|le|tes|vos)\s+(?:prompt|instructions|consignes)"
    r"|\b(?:tu es|vous êtes) (?:maintenant|désormais|dorénavant)\b"
    r"|\b(?:à partir de maintenant|désormais|dorénavant),? (?:tu|vous)\b"
    r"|\bfais semblant\b|\bjoue le rôle\b|\bagis comme (?:si|un|une)\b"
    r"|\b(?:tu dois|vous devez) (?:recommander|dire|répondre|choisir)\b"
    r"|\b(?:dis|dites|réponds|répondez)(?:\s+juste|\s+seulement|\s+simplement)?\s+"
    r"(?:que\s+)?(?:c'est\s+)?(?:centralisée?|décentralisée?|hybride)\b"
    r"|\brecommande[rz]?(?:-moi)?\s+(?:toujours|forcément|obligatoirement)\b"
    # Orders about the advice itself, role claims and fake system turns.
    r"|\b(?:change|switch|set|modify)\s+(?:the\s+|your\s+)?(?:recommendation|advice)\s+to\b"
    r"|\b(?:change[rz]?|modifie[rz]?)\s+(?:la|ta|votre)\s+recommandation\s+(?:en|à|pour)\b"
    r"|\bi (?:order|command|instruct) you\b|\bje (?:t'|vous )ordonne\b|\bfai(?:s|tes) comme si\b"
    r"|\bpretend (?:that\s+)?(?:the|your)\s+(?:recommendation|answer|advice|score)"
    r"|\bas (?:the |an )?(?:admin\w*|developers?|owner) of\b|\ben tant qu'(?:admin\w*|développeur)"
    r"|\b(?:forget|ignore|disregard)\s+(?:the\s+|your\s+)?(?:scorecard|scoring|score engine)"
    r"|\b(?:oublie[rz]?|ignore[rz]?)\s+(?:la|ta|votre|le|ton)\s+(?:grille|moteur|barème)"
    r"|\b(?:new|updated) (?:policy|rules?|instructions?) from (?:the )?(?:developers?|admins?|system)"
    r"|\bnouvelles? (?:règles?|consignes?|politique) (?:des|du) (?:développeurs?|admin\w*|système)"
    r"|\b(?:always|toujours) (?:answer|say|respond|reply)\b|\b(?:réponds|répondez|dis|dites) "
    r"toujours\b"
    r"|\b(?:instructions|prompts?|rules) (?:you were|you've been|you have been) given\b"
    r"|\b(?:instructions|consignes|règles)(?: exactes)? qu'on (?:t'a|vous a) donné"
    r"|\b(?:repeat|print) everything above\b|\b(?:ignore|disregard) (?:the|everything) above\b"
    r"|\brépète[rz]? tout ce qui précède\b|\bdeveloper message\b|\b(?:hidden|secret) rules\b"
    r"|\brègles (?:cachées|secrètes)\b"
)
# Fake turns ("SYSTEM: ...", "<system>"), apart: INJECTION is ~10x faster when every
# alternative opens with \b.
_FAKE_TURN = re.compile(r"</?\s*(?:system|assistant|developer)\s*>|(?:^|\n)[^\w\n]*(?:system|système)\s*:")


def is_injection(text: str) -> bool:
    """An attempt to override the advisor's rules, reveal its prompt or fake a system turn."""
    if INJECTION.search(text) is not None:
        return True
    return ("syst" in text or "<" in text) and _FAKE_TURN.search(text) is not None
