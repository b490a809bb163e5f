"""Countries: named countries, ISO code lists, regions and cities, each counted once per country
("offices in Lyon, Porto and Munich" = 3); a single place counts only when said to be the only one."""

from __future__ import annotations

import re

from advisor.extraction.others_places import others_places
from advisor.extraction.places_left import ENTITY as _ENTITY
from advisor.extraction.places_left import LIST_GAP, Found, gone_codes, left_place
from advisor.extraction.scan import Hit, N, Scan
from advisor.lexicon import lexicon

_CODES_SENTENCE = re.compile(r"(?:(?<=[.!?:\n])|(?<=[.!?:\n] )|^|(?<=\ben )|(?<=\bin ))"
                             r"[a-z]{2}(?:\s+[a-z]{2}){2,}"
                             r"(?=\s*[.!]?\s*(?:$|\n))")  # "… 7.8K EMPLOYEES. DE AT CH NL BE LU"
_CODE_LIST = re.compile(
    r"(?<![\w-])[a-z]{2}(?:\s*[,/+]\s*[a-z]{2})+(?:\s*(?:,\s*)?(?:and|et|&)\s*[a-z]{2})?(?![\w-])"
)
# "DE AT CH + NL, BE, LU": three codes or more, some joined by spaces, at least one by a sign
_MIXED_CODES = re.compile(r"(?<![\w-])[a-z]{2}(?:(?:\s*[,/+&]\s*|\s+)[a-z]{2}){2,}(?![\w-])")
_WORDS_AS_CODES = r"(?:in|en|et|and|to|on|of|or|ou|so|is|it|us|we|by|as|if|no)"  # words, not codes
_CODE_EDGE_WORDS = re.compile(rf"^{_WORDS_AS_CODES}\b|\b{_WORDS_AS_CODES}$")
_ONLY_BEFORE = re.compile(
    r"(?:only|just|solely|exclusively|purely|entirely|(?:100|⟦\d+⟧)\s?%|uniquement|seulement|exclusivement|"
    r"qu'|nothing outside(?: of)?|none outside(?: of)?|rien (?:en )?(?:dehors|hors)(?: de| d')?|"
    r"all (?:of )?(?:our |my )?[\w-]+(?: [\w-]+)? (?:are |is )?(?:based |located )?|"
    r"tou(?:s|tes|t) (?:nos |notre |mes )?[\w-]+ (?:sont |est )?(?:basée?s? |située?s? )?|"
    r"single country[:,]?|un seul pays[:,]?|one country[:,]?|all)\s*"
    r"(?:in|en|au|aux|à|dans|on|within)?\s*(?:the\s+|l'|la\s+|le\s+)?$"
)
_ONLY_AFTER = re.compile(
    r"\s*(?:only|uniquement|seulement|exclusivement|and nowhere else|et nulle part ailleurs)\b"
)
_OPERATE = re.compile(
    r"(?:operate|operating|operations|present|présente?s?|active|actifs?|implantée?s?|sell|vendons|"
    r"sites? (?:are|is)|stores (?:are|is)|"
    r"offices? (?:are|is)|activité)\s+(?:only\s+|uniquement\s+|entirely\s+)?(?:in|en|au|aux|à|dans)\s+"
    r"(?:the\s+|l'|la\s+|le\s+)?$"
)
# "5 in Europe plus Brazil, so 6" / "soit 6 pays": the count the user concludes with wins.


_ONE_SITE = re.compile(rf"(?:only\s+|just\s+)?{N}\s+(?:seule?|single)\s+(?:site|office|location|bureau|"
                       r"établissement|campus)\b|\b(?:only|just)\s+{num('k')}\s+(?:site|office|location)\b")


def read_country_names(scan: Scan) -> None:
    """Count distinct countries named; one alone needs "only"/"operate in" or the question."""
    for match in _ONE_SITE.finditer(scan.view):
        site = scan.mention(match, "n" if match.group("n") else "k")
        if site is not None and site[1].value == 1 and site[1].kind == "plain":
            scan.add(Hit("countries", 1.0, match.start(), match.end(), 1, "a single site", (site[0],)))
    places = lexicon().places
    found = places.find(scan.view)
    codes_only = (re.fullmatch(r"\s*([a-z]{2})(?:\s+[a-z]{2})*\s*[.!]?\s*", scan.view)  # "FR", "DE AT CH"
                  or _CODES_SENTENCE.search(scan.view))
    mixed = [m for m in _MIXED_CODES.finditer(scan.view) if re.search(r"[+&]", m.group())
             and not _CODE_EDGE_WORDS.search(m.group())]
    lists = [m for m in _CODE_LIST.finditer(scan.view) if not any(
        x.start() <= m.start() and m.end() <= x.end() for x in mixed)] + mixed
    for match in [codes_only] if codes_only else lists:
        tokens = [t for t in re.findall(r"(?<![a-z])[a-z]{2}(?![a-z])", match.group()) if t != "et"]
        alone = len(tokens) == 1 and tokens[0] in places.lone_codes  # "FR", answering the question
        among_codes = sum(t in places.codes for t in tokens) >= 2  # "SN, ML, BF": Mali among codes
        if (len(tokens) >= 2 or alone) and all(t in places.codes or (among_codes and t in places.word_codes)
                                               for t in tokens):
            found += [("gb" if t == "uk" else t, "code", match) for t in tokens]
    for match in _PAREN_CODE.finditer(scan.view):
        code = match.group("code")
        if code in places.codes:  # codes that are tech words ("(AI)") are not in it
            found.append(("gb" if code == "uk" else code, "code", match))
    for match in _LONE_CODE.finditer(scan.view):  # "FR only", "uniquement BE"
        code, other = match.group("a") or match.group("b"), match.group("c")
        paired = other is not None and other in places.codes and other not in ("et", "on", "en")
        if code in places.lone_codes and (paired or other is None and not match.group().startswith("que")):
            said = (code, other) if paired else (code,)
            found += [("gb" if c == "uk" else c, "code", match) for c in said if c]
    found = [f for f in found if not _spoken(scan.view, found, f)]  # "French, German and English lessons"
    found = [f for f in found if f[1] != "demonyms" or _only(scan, f[2]) or _listed(found, f)
             or _ENTITY_BEFORE.search(scan.view, max(0, f[2].start() - 14), f[2].start())
             or _ENTITY_AFTER.match(scan.view, f[2].end())]  # "une filiale luxembourgeoise"
    gone = gone_codes(scan, found)  # "every EU country except Malta and Cyprus"
    # "… et au Brésil — le Brésil on l'a fermé": a place closed anywhere in the message is gone
    left = {f[2].start() for f in found if left_place(scan, f[2])}  # each place checked once
    closed = {f[0] for f in found if f[1] != "group" and f[2].start() in left}
    found = [f for f in found if not ((f[2].start() in left or f[0] in closed)
                                      and (f[1] != "group" or f[0] in gone))
             # "we closed Chile", "hosted in the US"; "every EU country except …" keeps the EU
             and not _DATA_BEFORE.search(scan.view, max(0, f[2].start() - 30), f[2].start())]
    found = _only_listed(scan, found) or found  # "scratch Spain, it's just France and Belgium now"
    all_of = [f for f in found if f[1] == "demonyms" and _only(scan, f[2])]
    found = all_of or found  # "all Canadian: HQ in Regina, offices in … London (the Ontario one)"
    theirs = others_places(scan.view, found)  # customers', partners', suppliers' places
    found = [f for f in found if f not in theirs and not _in_country_brackets(scan.view, found, f)]
    if found and all(code != "us" for code, _, _ in found):  # "US and Canada": not the pronoun
        found += [("us", "aliases", m) for m in _US_LISTED.finditer(scan.view)
                  if any(abs(m.end() - f[2].start()) <= 6 for f in found)][:1]
    if not found:
        cue = lexicon().one_country.search(scan.view)  # "we only operate domestically"
        if cue is not None:
            scan.add(Hit("countries", 1.0, cue.start(), cue.end(), 0, "one country (no place named)",
                         inferred=True))
        return
    codes = {code for code, _, _ in found}
    if any(kind == "group" for _, kind, _ in found):
        codes -= gone
    start = min(m.start() for _, _, m in found)
    end = max(m.end() for _, _, m in found)
    inferred = any(kind in ("cities", "regions", "code") for _, kind, _ in found)
    names = ", ".join(sorted({m.group() for _, _, m in found}))
    if len(codes) >= 2:
        scan.add(Hit("countries", float(len(codes)), start, end, 1,
                     f"{len(codes)} countries ({names})", inferred=inferred))
        return
    if _MOSTLY.search(scan.view[max(0, start - 30):start]):
        return  # "principalement la France": at least that one, not a count
    for _, _, match in found:
        before = scan.view[max(0, match.start() - 45):match.start()]
        if _only(scan, match) or _OPERATE.search(before) or scan.expected == "countries":
            scan.add(Hit("countries", 1.0, match.start(), match.end(), 1,
                         f"one country ({names})", inferred=inferred))
            return
    # One place named with no "only": most likely the one country, said back to be sure.
    scan.add(Hit("countries", 1.0, start, end, -1, f"one place mentioned ({names})", inferred=True))




def _only_listed(scan: Scan, found: Found) -> Found:
    """The places of a list said to be the only ones ("il ne reste que Paris et Bruxelles"), when
    other places were named too."""
    for cue in lexicon().only_places.finditer(scan.view):
        stop = _CLAUSE_END.search(scan.view, cue.end())
        end = stop.start() if stop else len(scan.view)
        inside = [f for f in found if cue.end() <= f[2].start() < end]
        if inside and min(f[2].start() for f in inside) - cue.end() <= 12 and len(inside) < len(found):
            return inside
    return []


_ENTITY_BEFORE = re.compile(rf"\b{_ENTITY}\s+$")
_ENTITY_AFTER = re.compile(rf"\s+{_ENTITY}\b")
_CLAUSE_END = re.compile(r"[.;!?\n]|\b(?:but|mais)\b")


def _in_country_brackets(view: str, found: Found, entry: tuple[str, str, re.Match[str]]) -> bool:
    """"Uruguay (Montevideo, Punta del Este, Colonia)": towns in brackets right after a country are
    in it, whatever homonyms they have elsewhere."""
    if entry[1] not in ("cities", "regions", "aliases"):
        return False
    opening = view.rfind("(", 0, entry[2].start())
    if opening < 0 or ")" in view[opening:entry[2].start()]:
        return False
    return any(kind == "country" and match.end() <= opening
               and re.fullmatch(r"\s*", view[match.end():opening]) for _, kind, match in found)


def _spoken(view: str, found: Found, entry: tuple[str, str, re.Match[str]]) -> bool:
    """"French, German and English for adults", "cours d'anglais": languages, not places."""
    if entry[1] != "demonyms":
        return False
    end = entry[2].end()
    for _, kind, other in sorted(found, key=lambda f: f[2].start()):  # to the end of its list
        if kind == "demonyms" and other.start() >= end and LIST_GAP.fullmatch(view, end, other.start()):
            end = other.end()
    return bool(lexicon().language_cues.match(view, end)
                or lexicon().language_cues.search(view, max(0, entry[2].start() - 12), entry[2].start()))


def _listed(found: list[tuple[str, str, re.Match[str]]], entry: tuple[str, str, re.Match[str]]) -> bool:
    """"our French, British and German entities": a demonym listed next to another one counts."""
    match = entry[2]
    for _, kind, other in found:
        if kind != "demonyms" or other is match:
            continue
        a, b = sorted((match, other), key=lambda m: m.start())
        if LIST_GAP.fullmatch(a.string, a.end(), b.start()):
            return True
    return False


_DATA_BEFORE = re.compile(rf"(?<![\w-])(?:{lexicon().data_places})\s*(?:the\s+|l[ae]\s+|l')?$")
_LONE_CODE = re.compile(r"(?<![\w-])(?P<a>[a-z]{2})\s+(?:only|uniquement|seulement)\b|"
                        r"\b(?:only|uniquement|seulement|que)\s+(?:in\s+|en\s+)?(?P<b>[a-z]{2})"
                        r"(?:\s*(?:,|and|et|&)\s*(?P<c>[a-z]{2}))?(?![\w-])")  # "on a que FR et BE"
_US_LISTED = re.compile(r"(?<![\w-])(?<!of )(?<!for )(?<!to )(?<!with )(?<!let )(?<!help )"
                        r"us(?=\s*(?:,|and|&|\+|/)\s*[a-z])")
_PAREN_CODE = re.compile(r"\((?P<code>[a-z]{2})\)")  # "Eindhoven (NL), Hsinchu (TW)"
_MOSTLY = re.compile(r"\b(?:mostly|mainly|largely|primarily|predominantly|principalement|surtout|"
                     r"majoritairement|essentiellement|en majorité)\W+"
                     r"(?:(?:in|en|à|au|aux|the|la|le|l')\W+)?$")
def _only(scan: Scan, match: re.Match[str]) -> bool:
    before = scan.view[max(0, match.start() - 45):match.start()]
    return bool(_ONLY_BEFORE.search(before) or _ONLY_AFTER.match(scan.view, match.end()))


def is_place(text: str) -> bool:
    """True when `text` names a place the reader knows (kept visible to the LLM)."""
    return bool(lexicon().places.find(text.lower()))
