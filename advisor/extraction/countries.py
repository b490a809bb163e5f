"""Country names (EN/FR) so that "France and Germany" counts as two countries."""

from __future__ import annotations

import re

from advisor.extraction.scan import Hit, NameTable, Scan

# Canonical id -> regex fragment of its English and French names (lower case).
COUNTRY_NAMES: dict[str, str] = {
    "fr": r"france", "de": r"germany|allemagne", "es": r"spain|espagne", "it": r"italy|italie",
    "be": r"belgium|belgique", "ch": r"switzerland|suisse", "nl": r"netherlands|pays-bas|holland|hollande",
    "lu": r"luxembourg", "pt": r"portugal", "gb": r"united kingdom|royaume-uni|england|angleterre|"
    r"great britain|grande-bretagne|uk|u\.k\.", "ie": r"ireland|irlande",
    "us": r"united states|états-unis|usa|u\.s\.a?\.?", "ca": r"canada", "mx": r"mexico|mexique",
    "br": r"brazil|brésil", "ar": r"argentina|argentine", "cl": r"chile|chili",
    "co": r"colombia|colombie", "ma": r"morocco|maroc", "dz": r"algeria|algérie",
    "tn": r"tunisia|tunisie", "sn": r"senegal|sénégal", "ci": r"côte d'ivoire|ivory coast",
    "ng": r"nigeria", "za": r"south africa|afrique du sud", "eg": r"egypt|égypte",
    "ke": r"kenya", "in": r"india|inde", "cn": r"china|chine", "jp": r"japan|japon",
    "sg": r"singapore|singapour", "au": r"australia|australie", "pl": r"poland|pologne",
    "se": r"sweden|suède", "no": r"norway|norvège", "dk": r"denmark|danemark",
    "fi": r"finland|finlande", "at": r"austria|autriche", "gr": r"greece|grèce",
    "cz": r"czech republic|czechia|tchéquie|république tchèque", "ro": r"romania|roumanie",
    "hu": r"hungary|hongrie", "tr": r"turkey|turquie", "il": r"israel|israël",
    "ae": r"united arab emirates|uae|émirats arabes unis|emirates|émirats",
    "sa": r"saudi arabia|arabie saoudite", "qa": r"qatar", "kr": r"south korea|corée du sud",
    "vn": r"vietnam|viêt nam", "id": r"indonesia|indonésie",
}
_NAMES = NameTable(COUNTRY_NAMES)
_ONLY_BEFORE = re.compile(
    r"(?:only|just|solely|exclusively|uniquement|seulement|exclusivement|qu')\s*"
    r"(?:in|en|au|aux|dans|on)?\s*(?:the\s+|l')?$"
)
_ONLY_AFTER = re.compile(r"\s*(?:only|uniquement|seulement|exclusivement)\b")
_OPERATE = re.compile(
    r"(?:operate|operating|present|présente?s?|active|actifs?|implantée?s?|sell|vendons|"
    r"based only)\s+(?:only\s+)?(?:in|en|au|aux|dans)\s+(?:the\s+|l')?$"
)


def read_country_names(scan: Scan) -> None:
    """Count distinct named countries: two or more is a count; one needs "only"/"present in"."""
    found = _NAMES.find(scan.view)
    codes = {code for code, _ in found}
    matches = [match for _, match in found]
    if not matches:
        return
    first, last = matches[0], matches[-1]
    if len(codes) >= 2:
        scan.add(Hit("countries", float(len(codes)), first.start(), last.end(), 1,
                     f"{len(codes)} countries named"))
        return
    for match in matches:
        before = scan.view[max(0, match.start() - 30):match.start()]
        if (_ONLY_BEFORE.search(before) or _ONLY_AFTER.match(scan.view, match.end())
                or _OPERATE.search(before) or scan.expected == "countries"):
            scan.add(Hit("countries", 1.0, match.start(), match.end(), 1, "one country named"))
            return


def is_place(text: str) -> bool:
    """True when `text` names a country the reader knows (kept visible to the LLM)."""
    return bool(_NAMES.find(text.lower()))
