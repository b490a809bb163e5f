"""The place table: country names (EN/FR, from Babel's CLDR), aliases, regions, cities and demonyms
(places.yaml), each standing for one country code."""

from __future__ import annotations

import re
from collections.abc import Iterable

from advisor.lexicon.patterns import LANGS, data_file, fold, loose, words

# CLDR codes that are not countries (IC: the Canaries are Spain; EA: Ceuta and Melilla)
_NOT_COUNTRIES = {"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB", "IC", "EA", "DG", "AC", "TA", "CP"}
_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*")


def _contracted(names: Iterable[str]) -> list[str]:
    """French city names with an article as said after "à"/"de": "le havre" -> "au havre", "du havre"."""
    out = []
    for name in names:
        if name.startswith("le "):
            out += ["au " + name[3:], "du " + name[3:]]
        elif name.startswith("les "):
            out += ["aux " + name[4:], "des " + name[4:]]
    return out


def _is_country(code: object) -> bool:
    return isinstance(code, str) and len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES


class PlaceTable:
    """Country names (EN/FR), aliases, regions and cities, each standing for one country code."""

    def __init__(self) -> None:
        from babel import Locale

        places = data_file("places.yaml")
        literal: dict[str, tuple[str, str]] = {}
        not_names = {str(n) for n in places.get("not_country_names", [])}
        for lang in LANGS:
            for code, name in Locale(lang).territories.items():
                if _is_country(code) and fold(str(name).lower()) not in not_names:
                    for form in {str(name).lower(), str(name).lower().replace(" & ", " and " if lang == "en"
                                                                               else " et ")}:
                        literal.setdefault(form, (str(code).lower(), "country"))  # "Bosnia and Herzegovina"
        words_too = {str(w) for w in places.get("code_words", [])}  # "AI/ML" is not Anguilla and Mali
        self.lone_codes = frozenset(str(c) for c in places.get("lone_codes", []))  # "FR only"
        states = {str(s): str(code) for code, codes in places.get("state_codes", {}).items() for s in codes}
        self._states = re.compile(r"(?<![\w-])[a-z][\w.'-]+(?:\s[a-z][\w.'-]+)?,?\s(?P<st>"
                                  + "|".join(sorted(states)) + r")(?=\s*(?:[,;.)/&+\n]|and\b|et\b|$))")
        self._state_country = states
        self.codes = ({str(code).lower() for code in Locale("en").territories if _is_country(code)}
                      | {"uk"}) - words_too
        # codes that are also words ("ML" is Mali or machine learning): countries only among other codes
        self.word_codes = frozenset(c for c in words_too
                                    if _is_country(c.upper()) and c.upper() in Locale("en").territories)
        self._patterns: list[tuple[re.Pattern[str], str, str]] = []
        literal = {fold(name): hit for name, hit in literal.items()}
        world = {str(n): str(code) for code, names in (places.get("world_cities") or {}).items()
                 for n in names}
        # A generated gazetteer, too big for one regex: looked up word by word, counted like `cities`.
        words_not_towns = {fold(str(w)) for w in places.get("not_city_words", [])}
        self._world = {fold(form): code for name, code in world.items()
                       for form in (name, *_contracted([name]))
                       if fold(form) not in literal and fold(form) not in words_not_towns}
        self._longest = max((len(name.split()) for name in self._world), default=0)
        entries = [re.escape(name) for name in literal]
        self._groups = {fold(name): [str(c) for c in codes] for name, codes in places["groups"].items()}
        entries += [re.escape(name) for name in self._groups]
        for kind in ("aliases", "regions", "cities", "demonyms"):
            for code, names in places[kind].items():
                for name in (*names, *_contracted(names if kind == "cities" else ())):
                    entries.append(loose(name))
                    self._patterns.append((re.compile(loose(name)), code, kind))
        self._literal = literal
        self._any = words(entries)
        self._spellings = {str(n).lower() for lang in LANGS for n in Locale(lang).territories.values()} | {
            str(n).lower() for kind in ("aliases", "regions", "cities", "demonyms")
            for names in places[kind].values() for n in names} | set(places["groups"]) | set(world)

    def find(self, text: str) -> list[tuple[str, str, re.Match[str]]]:
        """(country code, kind, match) for every place named in lower-case `text`, in order;
        a group ("DACH", "Benelux") gives one entry per country."""
        found: list[tuple[str, str, re.Match[str]]] = []
        folded = fold(text)
        for match in self._any.finditer(folded):
            name, written = match.group(), text[match.start():match.end()]
            if written != name and written not in self._spellings:
                continue  # an accent the place does not have: "indé" is not "Inde"
            if name in self._groups:
                found += [(code, "group", match) for code in self._groups[name]]
                continue
            hit = next(((code, kind) for pattern, code, kind in self._patterns  # in context: lookarounds
                        if (m := pattern.match(folded, match.start())) and m.end() == match.end()),
                       None) or self._literal.get(name)
            if hit is not None:
                found.append((hit[0], hit[1], match))
        found += [(self._state_country[m.group("st")], "cities", m) for m in self._states.finditer(text)
                  if not any(m.start() < f.end() and f.start() < m.end() for _, _, f in found)]
        return sorted(found + self._world_cities(text, found), key=lambda hit: hit[2].start())

    def _world_cities(self, text: str, found: list[tuple[str, str, re.Match[str]]]
                      ) -> list[tuple[str, str, re.Match[str]]]:
        """Gazetteer cities named where no other place was found, longest name first."""
        folded, taken = fold(text), [(m.start(), m.end()) for _, _, m in found]
        tokens = list(_TOKEN.finditer(folded))
        hits: list[tuple[str, str, re.Match[str]]] = []
        i = 0
        while i < len(tokens):
            for n in range(min(self._longest, len(tokens) - i), 0, -1):
                start, end = tokens[i].start(), tokens[i + n - 1].end()
                name = folded[start:end]
                if name not in self._world or any(s < end and start < e for s, e in taken):
                    continue  # any accents: "Poznań", "Poznan" and "Poznaň" are one city
                match = re.compile(re.escape(name)).match(folded, start)
                if match is not None:
                    hits.append((self._world[name], "cities", match))
                    i += n - 1
                    break
            i += 1
        return hits
