"""Places read against the count already known: "I forgot Malta" adds to it, "we closed Gdansk"
takes from it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from advisor.extraction.models import Evidence, FieldValue
from advisor.extraction.places_left import any_left, left_in, never_ours
from advisor.lexicon import lexicon

# "sold with its 40 people", "the 40 staff there transferred with it": people who left with a place
_WENT_WITH = re.compile(rf"\b(?:with|avec)\s+(?:its|their|ses|leurs|the|les)\s+(?:about\s+|environ\s+)?"
                        rf"⟦(?P<k>\d+)⟧\s*(?:{lexicon().people_words})\b|"
                        rf"\b(?:the|its|their)\s+⟦(?P<k2>\d+)⟧\s*(?:{lexicon().people_words})\s+(?:there\s+)?"
                        r"(?:transferred|went|moved|left)\b")
_LEFT_OUT_OF = re.compile(r"\b(?:sans|without|excluding|not counting|hors|sauf|except)\b[^.;!?]*$")
# "I forgot the Bordeaux team" beside a new headcount: people were forgotten, not a country.
_PEOPLE_OF = re.compile(r"\b(?:team|staff|people|colleagues|équipe|gens|collègues|collaborateurs|"
                        r"salariés)\s+(?:de|du|d'|in|at|from|of)\s*$")
_PEOPLE_AFTER = re.compile(r"\s*(?:hires|recruits|new joiners|staff|team|people|employees|folks|crew|"
                           r"recrues|embauches|salariés|équipes?|gens)\b")  # "forgot the Warsaw hires"


def add_forgotten_places(values: dict[str, FieldValue], spans: dict[str, Evidence],
                         known: Mapping[str, Any] | None, view: str, about: str | None = None) -> bool:
    """"Sorry, I forgot Malta": places said to be missing from an earlier count are added to it; a
    place only mentioned beside one left ("on a fermé Lisbonne, tout le monde est à Berlin") is no
    count (`closed_places` updates it), nor one mentioned in a correction of another field
    (`about`). True when the user gives the new total ("I forgot Dublin, so three countries"): a
    correction of the known count."""
    before = (known or {}).get("countries")
    read = values.get("countries")
    evidence = spans.get("countries")
    if not isinstance(before, int | float) or evidence is None:
        return False
    note = evidence.note or ""
    if note.startswith(("one place mentioned", "one country")) and left_in(view) or (
            note.startswith("one place mentioned") and about not in (None, "countries")):
        # "j'oubliais : on a fermé la mission au Burundi"; "les 950 c'est sans le centre de Porto"
        del values["countries"], spans["countries"]  # (the headcount asked or corrected)
        return False
    forgot = lexicon().additions.search(view) is not None
    if note == "the total the user gave" and forgot:
        return True  # "I forgot our office in Dublin. So three countries."
    if not forgot or not isinstance(read, int | float):
        return False
    if not note.startswith(("one", f"{int(read)} countries")) or any_left(view):
        return False  # "the Slovenian plant was sold, forgot. so Austria only": not an addition
    places = lexicon().places.find(view)
    if "employees" in values and places and all(
            _PEOPLE_OF.search(view, max(0, m.start() - 25), m.start()) or _PEOPLE_AFTER.match(view, m.end())
            for _, _, m in places):
        del values["countries"], spans["countries"]  # "on est 140, j'avais oublié l'équipe de Bordeaux"
        return False
    values["countries"] = int(before) + int(read)
    spans["countries"] = evidence.model_copy(update={
        "note": f"{int(before)} + {int(read)} forgotten", "inferred": True})  # said back, not a correction
    return False


def closed_places(values: dict[str, FieldValue], known: Mapping[str, Any] | None,
                  view: str) -> tuple[int, int, int] | None:
    """"Gdansk closed over the summer, so scratch Poland": (the known count less the places left,
    start, end in `view`), when nothing else in the message gives the count (an update of it)."""
    before = (known or {}).get("countries")
    if "countries" in values or not isinstance(before, int | float) or before < 2:
        return None
    gone = left_in(view)
    if not gone or len(gone) >= before:
        return None
    where = [m for _, _, m in lexicon().places.find(view)]
    if "employees" in values and all(_LEFT_OUT_OF.search(view, max(0, m.start() - 30), m.start())
                                     for m in where):
        return None  # "les 950 c'est sans le centre de Porto, donc 1 070": people left out of a count
    return int(before) - len(gone), min(m.start() for m in where), max(m.end() for m in where)


def people_gone_with(values: dict[str, FieldValue], spans: dict[str, Evidence],
                     known: Mapping[str, Any] | None, view: str, counted: list[float]) -> bool:
    """"le labo luxembourgeois a été revendu, avec ses 40 personnes": the known headcount less the
    people who left with the place (`counted`: the values of the message's number mentions); True
    when the headcount was updated so."""
    before, read = (known or {}).get("employees"), values.get("employees")
    places_before = (known or {}).get("countries")
    places_now = values.get("countries")
    fewer_places = (isinstance(places_before, int | float) and isinstance(places_now, int | float)
                    and places_now < places_before)
    if (not isinstance(before, int | float) or not isinstance(read, int | float)
            or not (left_in(view) or fewer_places)):
        return False
    went = _WENT_WITH.search(view)
    if went is None or counted[int(went.group("k") or went.group("k2"))] != read or read >= before:
        return False
    values["employees"] = int(before - read)
    evidence = spans["employees"]
    spans["employees"] = evidence.model_copy(update={"note": f"{int(before)} − {int(read)} who left"})
    return True


def swapped_places(values: dict[str, FieldValue], spans: dict[str, Evidence],
                   known: Mapping[str, Any] | None, view: str) -> bool:
    """"Sorry, not Turin, that's our supplier. Our third site is in Brno": a place misread as ours is
    replaced by the one named instead, the known count less the first plus the second (said back).
    True when the count was updated so."""
    before, evidence = (known or {}).get("countries"), spans.get("countries")
    if not isinstance(before, int | float) or evidence is None or lexicon().only_places.search(view) \
            or not re.match(r"(?:one|\d+) (?:place|countr)", evidence.note or ""):
        return False
    theirs = [(code, never_ours(view, m)) for code, _, m in lexicon().places.find(view)]
    wrong = {code for code, never in theirs if never}
    instead = {code for code, never in theirs if not never}
    if not wrong or len(instead) != 1 or len(wrong) >= before:  # "donc Paris, Bruxelles et Milan": a new list
        return False
    out, added = len(wrong - instead), len(instead - wrong)  # "not Lyon but Grenoble": the same count
    values["countries"] = int(before) - out + added
    spans["countries"] = evidence.model_copy(update={
        "note": f"{int(before)} − {out} + {added} named instead", "inferred": True})
    return True
