"""The reader's vocabulary, loaded once from per-language data files (en.yaml, fr.yaml) and the
place table (places.yaml + Babel's CLDR country names in English and French)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent
LANGS = ("en", "fr")
_NOT_COUNTRIES = {"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"}


def _data(name: str) -> dict[str, Any]:
    return dict(yaml.safe_load((HERE / name).read_text(encoding="utf-8")))


def fold(text: str) -> str:
    """Accents removed, length kept (one character for one): "Genève" -> "Geneve"."""
    import unicodedata

    return "".join(unicodedata.normalize("NFD", c)[0] for c in text)


def loose(entry: str) -> str:
    """A lexicon entry that also matches without accents and with a space for an apostrophe."""
    return fold(entry).replace("'", "['’ ]?")


_ACCENTED = {"é": "[ée]", "è": "[èe]", "ê": "[êe]", "à": "[àa]", "â": "[âa]", "ç": "[çc]", "ô": "[ôo]",
             "î": "[îi]", "ï": "[ïi]", "û": "[ûu]", "ù": "[ùu]"}


def tolerant(entry: str) -> str:
    """A regex entry that also matches its words typed without accents ("arbitre" for "arbitré");
    characters inside [...] classes are left alone."""
    out, depth = [], 0
    for c in entry:
        depth += c == "[" and 1 or (c == "]" and -1 or 0)
        out.append(c if depth or c not in _ACCENTED else _ACCENTED[c])
    return "".join(out)


def alternation(entries: list[str]) -> str:
    """One regex alternative per entry, longest first (so "new jersey" wins over "jersey")."""
    return "|".join(f"(?:{e})" for e in sorted(set(entries), key=len, reverse=True))


def words(entries: list[str]) -> re.Pattern[str]:
    """Whole-word matcher of the entries."""
    return re.compile(rf"(?<![\w-])(?:{alternation(entries)})(?![\w-])")


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

        places = _data("places.yaml")
        literal: dict[str, tuple[str, str]] = {}
        not_names = {str(n) for n in places.get("not_country_names", [])}
        for lang in LANGS:
            for code, name in Locale(lang).territories.items():
                if _is_country(code) and fold(str(name).lower()) not in not_names:
                    literal.setdefault(str(name).lower(), (str(code).lower(), "country"))
        words_too = {str(w) for w in places.get("code_words", [])}  # "AI/ML" is not Anguilla and Mali
        self.lone_codes = frozenset(str(c) for c in places.get("lone_codes", []))  # "FR only"
        self.codes = ({str(code).lower() for code in Locale("en").territories if _is_country(code)}
                      | {"uk"}) - words_too
        self._patterns: list[tuple[re.Pattern[str], str, str]] = []
        literal = {fold(name): hit for name, hit in literal.items()}
        world = {str(n): str(code) for code, names in (places.get("world_cities") or {}).items()
                 for n in names}
        for name, code in world.items():  # a generated gazetteer: exact names, counted like `cities`
            for form in (name, *_contracted([name])):
                literal.setdefault(fold(form), (code, "cities"))
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
        for match in self._any.finditer(fold(text)):
            name, written = match.group(), text[match.start():match.end()]
            if written != name and written not in self._spellings:
                continue  # an accent the place does not have: "indé" is not "Inde"
            if name in self._groups:
                found += [(code, "group", match) for code in self._groups[name]]
                continue
            hit = next(((code, kind) for pattern, code, kind in self._patterns
                        if pattern.fullmatch(name)), None) or self._literal.get(name)
            if hit is not None:
                found.append((hit[0], hit[1], match))
        return found


@dataclass(frozen=True)
class Calendar:
    """Month names, seasons and holidays (-> month number), positions in a year, "last" words and
    production words (a date of going live outweighs one of first trials)."""

    months: dict[str, int]
    positions: dict[str, int]
    last: tuple[str, ...]
    previous_year: tuple[str, ...]
    production: tuple[str, ...]
    seasons: frozenset[str] = frozenset()  # names of a season or holiday, not of a month


@dataclass(frozen=True)
class Lexicon:
    """Compiled vocabulary of both languages (a message may mix them)."""

    sectors: dict[str, str]  # sector -> regex alternation, in priority order
    unknown: re.Pattern[str]
    skip: re.Pattern[str]
    correction: re.Pattern[str]
    quoting: re.Pattern[str]
    article_references: re.Pattern[str]  # the article's own examples: never facts
    form_requests: re.Pattern[str]
    early_maturity: re.Pattern[str]
    future: re.Pattern[str]
    tenure: re.Pattern[str]  # a person's time in the job or the company's age, not AI use
    ai_context: re.Pattern[str]  # a date or duration said with one of these is about AI use
    budget_context: re.Pattern[str]  # an amount said with one of these may be the AI budget
    business_description: re.Pattern[str]  # "we film weddings": what the company does, in words
    result_cues: str  # regex alternation: "so", "donc": a total the user worked out follows
    only_places: re.Pattern[str]  # "just", "il ne reste que": the places after it are all there is
    market_reach: re.Pattern[str]  # "we ship to": the countries that follow are customers', not ours
    calendar: Calendar
    additions: re.Pattern[str]  # "I forgot Malta": places added to an earlier count
    earlier_period: re.Pattern[str]  # "before that": what follows is not the current state
    revenue_words: str  # regex alternation: revenue, turnover, CA: an amount of these is not the AI budget
    update_cues: re.Pattern[str]  # "headcount is 31 now": a new value that replaces the old one
    places_left: re.Pattern[str]  # "we closed Chile": that place is no longer counted
    one_country: re.Pattern[str]  # "we only operate domestically": one country, no name
    people_adjectives: str  # regex alternation: "2,000 internal staff"
    departments: re.Pattern[str]  # "finance just came back": a department, not a sector
    sector_false_friends: re.Pattern[str]  # "the centralised school": no sector
    answer_fillers: frozenset[str]  # words that may follow a bare answer ("3 or so")
    pronoun_one: frozenset[str]  # words before "one" that make it a pronoun ("quick one")
    currencies: dict[str, str]  # code -> regex alternation of its written forms
    currency_forms: tuple[str, ...]  # every written form, longest first
    spelling: tuple[str, ...]
    dictation: tuple[dict[str, str], dict[str, str]]  # (strong, weak) spoken punctuation -> mark
    stopwords: dict[str, frozenset[str]]
    places: PlaceTable


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Both languages' data, merged and compiled (once per process)."""
    data = {lang: _data(f"{lang}.yaml") for lang in LANGS}

    def merged(key: str) -> list[str]:
        return [e for lang in LANGS for e in data[lang].get(key, [])]

    def cues(key: str) -> re.Pattern[str]:
        return words([tolerant(e) for e in merged(key)])

    order = list(data["en"]["sectors"])
    sectors = {s: alternation([loose(e) for lang in LANGS for e in data[lang]["sectors"].get(s, [])])
               for s in order}  # matched on accent-folded text
    currencies: dict[str, list[str]] = {}
    for lang in LANGS:
        for code, forms in data[lang]["currencies"].items():
            currencies.setdefault(code, []).extend(forms)
    dictation: tuple[dict[str, str], dict[str, str]] = ({}, {})
    for lang in LANGS:
        for table, key in zip(dictation, ("strong", "weak"), strict=True):
            table.update(data[lang].get("dictation", {}).get(key, {}))
    return Lexicon(
        dictation=dictation,
        sectors=sectors, unknown=cues("unknown"), skip=cues("skip"),
        correction=cues("correction"), quoting=words(merged("quoting")),
        article_references=cues("article_references"),
        form_requests=cues("form_requests"), early_maturity=cues("early_maturity"),
        future=re.compile(rf"(?<![\w-])(?:{alternation(merged('future'))})\s+(?:the\s+|les\s+)?$"),
        tenure=cues("tenure"), ai_context=cues("ai_context"),
        budget_context=cues("budget_context"),
        business_description=cues("business_description"),
        result_cues=alternation([tolerant(e) for e in merged("result_cues")]),
        only_places=cues("only_places"),
        market_reach=cues("market_reach"),
        people_adjectives=alternation(merged("people_adjectives")),
        additions=cues("additions"),
        one_country=cues("one_country"),
        places_left=cues("places_left"),
        update_cues=cues("update_cues"),
        revenue_words="|".join(tolerant(e) for e in merged("revenue_words")),
        earlier_period=cues("earlier_period"),
        calendar=Calendar(
            months={form: v for lang in LANGS for k, v in data[lang]["calendar"]["months"].items()
                    for form in (k, fold(k))},  # "aout", "fevrier": typed without accents
            positions={k: v for lang in LANGS for k, v in data[lang]["calendar"]["positions"].items()},
            last=tuple(w for lang in LANGS for w in data[lang]["calendar"]["last"]),
            previous_year=tuple(w for lang in LANGS for w in data[lang]["calendar"]["previous_year"]),
            production=tuple(w for lang in LANGS for w in data[lang]["calendar"]["production"]),
            seasons=frozenset(form for lang in LANGS for k in data[lang]["calendar"].get("seasons", [])
                              for form in (k, fold(k)))),
        departments=words([loose(e) for e in merged("departments")]),
        sector_false_friends=words([loose(e) for e in merged("sector_false_friends")]),
        answer_fillers=frozenset(fold(w) for w in merged("answer_fillers")),
        pronoun_one=frozenset(fold(w) for w in merged("pronoun_one")),
        currencies={code: alternation(forms) for code, forms in currencies.items()},
        currency_forms=tuple(sorted({f for forms in currencies.values() for f in forms},
                                    key=len, reverse=True)),
        spelling=tuple(merged("spelling")),
        stopwords={lang: frozenset(data[lang]["stopwords"]) for lang in LANGS},
        places=PlaceTable(),
    )
