"""Countries said as a sum: "4 West African countries and 2 in South Asia, plus our HQ in Geneva"
(7), "les 27 pays de l'UE, plus le UK" (28), "5 pays en plus du Maroc, mais on en a quitté 2" (4).
Runs before the single counts so the whole sum wins; at least two terms, one of them a number."""

from __future__ import annotations

import re

from advisor.extraction.places_left import left_place
from advisor.extraction.scan import Hit, N, Scan
from advisor.lexicon import lexicon

_COUNT = re.compile(rf"{N}\s+(?:(?:[\w'-]+\s+){{0,4}}?(?:countries|country|pays|nations|markets|marchés)\b"
                    r"|(?:more\s+|autres?\s+)?(?:in|en|dans|au|aux|à)\s+(?:the\s+|l'|la\s+|le\s+)?[\w'-]+"
                    r"(?:\s+(?!and\b|et\b|plus\b)[a-z][\w'-]+)?)")
_EACH = re.compile(rf"{N}\s+(?:[\w'-]+\s+){{0,4}}?(?:each|chacune?|all)\s+(?:in|dans|en)\s+"
                   r"(?:⟦(?P<k>\d+)⟧|an?)\s+(?:different\s+|distinct\s+|separate\s+)?(?:country|pays)\b")
_LEFT = re.compile(rf"\b(?:left|exited|closed|quit|pulled out of|dropped|quitté|fermé|sortis? de|cédé)"
                   rf"\s+(?:\w+\s+){{0,2}}?{N}")
_ADDED = re.compile(r"\b(?:plus(?! que)|en plus d[eu']?|as well as|along with|besides|outre|on top of)\b|\+")
_OTHER = re.compile(r"\b(?:other|others|autres?|more|additional|further|supplémentaires?)\b")
_COUNTRY_TALK = re.compile(r"countr|pays|nations|markets|marchés")


def read_country_sums(scan: Scan) -> None:
    """Add one countries hit (priority 3) per sentence that adds up counts and named places."""
    named = None  # the places of the whole view, looked up once, when a sentence has counts
    for sentence_start, sentence in _sentences(scan.view):
        if not _COUNTRY_TALK.search(sentence):
            continue
        terms: list[tuple[int, int, float, int | None]] = []  # start, end, value, mention
        for match in _EACH.finditer(sentence):  # "nos 5 usines sont chacune dans un pays différent"
            found = scan.mention(match)
            one = scan.mention(match, "k") if match.group("k") else None
            if found is not None and (one is None or one[1].value == 1):
                terms.append((match.start(), match.end(), found[1].value, found[0]))
                scan.claimed.update([one[0]] if one else [])
        each = bool(terms)
        for match in _COUNT.finditer(sentence) if not each else ():
            found = scan.mention(match)
            if found is not None and found[1].kind == "plain" and not found[1].year_like:
                terms.append((match.start(), match.end(), found[1].value, found[0]))
        if not terms:
            continue
        for match in _LEFT.finditer(sentence):
            found = scan.mention(match)
            if found is not None and found[1].kind == "plain":
                terms.append((match.start(), match.end(), -found[1].value, found[0]))
        named = lexicon().places.find(scan.view) if named is None else named
        codes = {code for code, _, m in named if sentence_start <= m.start() < sentence_start + len(sentence)
                 and not left_place(scan, m)  # "la filiale espagnole a été fermée"
                 and not any(a <= m.start() - sentence_start < b for a, b, _, _ in terms)}
        if len(terms) + len(codes) < 2 and not each:
            continue
        positive = [t for t in terms if t[2] > 0]
        if len(positive) == 1 and codes and not each and not _adds(sentence, positive[0]):
            continue  # "2 countries: France and Spain" lists them, it does not add them
        total = sum(value for _, _, value, _ in terms) + len(codes)
        if 1 <= total <= 200:
            start = sentence_start + min(a for a, _, _, _ in terms)
            scan.add(Hit("countries", total, start, sentence_start + len(sentence), 3,
                         "the countries added up", tuple(i for _, _, _, i in terms if i is not None)))
            return


def _adds(sentence: str, term: tuple[int, int, float, int | None]) -> bool:
    """"5 countries on top of France", "HQ in Geneva plus 9 other countries": the term adds to the
    places named (a "plus" after it, or "other" inside it; a "+" before it mostly joins a list)."""
    return bool(_ADDED.search(sentence, term[1]) or _OTHER.search(sentence, term[0], term[1]))


def _sentences(view: str) -> list[tuple[int, str]]:
    out, start = [], 0
    for match in re.finditer(r"[.!?;\n]", view):
        out.append((start, view[start:match.end()]))
        start = match.end()
    return [*out, (start, view[start:])]
