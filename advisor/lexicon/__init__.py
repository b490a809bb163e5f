"""The reader's vocabulary, loaded once from per-language data files (en.yaml, fr.yaml) and the
place table (places.yaml + Babel's CLDR country names in English and French)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from advisor.lexicon.patterns import LANGS, alternation, data_file, fold, loose, tolerant, words
from advisor.lexicon.places import PlaceTable

__all__ = ["LANGS", "Calendar", "Lexicon", "PlaceTable", "alternation", "fold", "lexicon", "loose",
           "tolerant", "words"]


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
    near: tuple[str, ...] = ()  # "the week after" a named day: that day's month
    recent: dict[str, int] = field(default_factory=dict)  # "last month" -> 1 month ago
    this_year: tuple[str, ...] = ()  # "the beginning of this year": the current year
    events: tuple[str, ...] = ()  # "since the last reorg (Feb this year)": an event the date is given for


@dataclass(frozen=True)
class Lexicon:
    """Compiled vocabulary of both languages (a message may mix them)."""

    sectors: dict[str, str]  # sector -> regex alternation, in priority order
    unknown: re.Pattern[str]
    skip: re.Pattern[str]
    correction: re.Pattern[str]
    month_correction: re.Pattern[str]  # "since June… well, July": cues that correct a month just said
    quoting: re.Pattern[str]
    article_references: re.Pattern[str]  # the article's own examples: never facts
    others_clauses: re.Pattern[str]  # "our parent group is 22,000 people": another company's facts
    given_to_us: re.Pattern[str]  # "the parent gives us 1M a year": in such a clause, the figure is ours
    making: re.Pattern[str]  # "we retread tyres", "on forge des couteaux": a description of goods made
    deferral: re.Pattern[str]  # "let me check with HR": the answer will come later
    come_back: re.Pattern[str]  # "I'll get back to you": a promise to answer, so nothing is assumed
    hedges: re.Pattern[str]  # "it's spread around", "ça dépend": the user is working on the answer
    form_requests: re.Pattern[str]
    early_maturity: re.Pattern[str]
    future: re.Pattern[str]
    tenure: re.Pattern[str]  # a person's time in the job or the company's age, not AI use
    self_answers: re.Pattern[str]  # "Not really." opening the sentence after a question: self-answered
    question_tags: re.Pattern[str]  # ", ça compte non ?" ending a statement: the statement stands
    sector_change: re.Pattern[str]  # "if we were a bank": a what-if that changes the sector
    what_if_anaphors: re.Pattern[str]  # "si on en était là": the hypothesis is what was just said
    what_if_cues: str  # regex alternation: more openings of a hypothesis ("worst case:", "si ça se fait")
    conditional: re.Pattern[str]  # "that would take us to 7,000": a sentence that goes on with a what-if
    relative_change: dict[str, str]  # grow | shrink | up | down -> regex alternation ("grew 20%", "20% less")
    ai_context: re.Pattern[str]  # a date or duration said with one of these is about AI use
    budget_context: re.Pattern[str]  # an amount said with one of these may be the AI budget
    business_description: re.Pattern[str]  # "we film weddings": what the company does, in words
    career: re.Pattern[str]  # "eleven years at a retail bank": a past employer's sector follows
    company_nouns: re.Pattern[str]  # "startup", "cabinet": the message describes the company
    sector_keywords: dict[str, re.Pattern[str]]  # sector -> its single words ("api", "crèches")
    result_cues: str  # regex alternation: "so", "donc": a total the user worked out follows
    only_places: re.Pattern[str]  # "just", "il ne reste que": the places after it are all there is
    data_places: str  # regex alternation: "hosted in", "partir aux": the place after is about data
    partner_places: re.Pattern[str]  # "des franchisés en Tunisie": the place after is someone else's
    partner_after: tuple[re.Pattern[str], ...]  # after a place: "c'est un pigiste, pas un bureau"
    market_reach: re.Pattern[str]  # "we ship to": the countries that follow are customers', not ours
    calendar: Calendar
    additions: re.Pattern[str]  # "I forgot Malta": places added to an earlier count
    earlier_period: re.Pattern[str]  # "before that": what follows is not the current state
    revenue_words: str  # regex alternation: revenue, turnover, CA: an amount of these is not the AI budget
    update_cues: re.Pattern[str]  # "headcount is 31 now": a new value that replaces the old one
    language_cues: re.Pattern[str]  # "… for adults", "cours d'": the demonyms around are languages
    entity_nouns: str  # regex alternation: "filiale", "lab": a company's unit named with its place
    places_left: re.Pattern[str]  # "we closed Chile": that place is no longer counted
    one_country: re.Pattern[str]  # "we only operate domestically": one country, no name
    people_adjectives: str  # regex alternation: "2,000 internal staff"
    abbreviations: tuple[str, ...]  # words written with a full stop that does not end the sentence
    people_words: str  # regex alternation: nouns for staff ("people", "crew", "salariés")
    non_staff: str  # regex alternation: "independent", "saisonniers": working for the company, not staff
    not_people: str  # regex alternation: nouns counted that are not staff ("stores", "vans", "clients")
    field_labels: dict[str, str]  # field -> regex alternation of its labels ("Pays", "headcount")
    subset_cues: str  # regex alternation: "dont", "of which": the count after is part of the one before
    budget_holders: str  # who says the budget ("cfo says 3 mio"): an amount after them is the budget
    department_names: str  # departments that use AI, counted as teams ("support, R&D and marketing")
    ai_users: str  # cues before the departments that use AI ("AI is used by", "l'IA chez nous c'est")
    roles: str  # regex alternation: staff named by their job ("310 cleaners"), added up with others
    workplaces: str  # regex alternation: where staff work ("70 in the office", "140 aux bureaux")
    departments: re.Pattern[str]  # "finance just came back": a department, not a sector
    sector_false_friends: re.Pattern[str]  # "the centralised school": no sector
    answer_fillers: frozenset[str]  # words that may follow a bare answer ("3 or so")
    pronoun_one: frozenset[str]  # words before "one" that make it a pronoun ("quick one")
    currencies: dict[str, str]  # code -> regex alternation of its written forms
    currency_forms: tuple[str, ...]  # every written form, longest first
    currency_adjectives: dict[str, str]  # code -> regex alternation: "…a month, Canadian"
    spelling: tuple[str, ...]
    dictation: tuple[dict[str, str], dict[str, str]]  # (strong, weak) spoken punctuation -> mark
    stopwords: dict[str, frozenset[str]]
    places: PlaceTable


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Both languages' data, merged and compiled (once per process)."""
    data = {lang: data_file(f"{lang}.yaml") for lang in LANGS}

    def merged(key: str) -> list[str]:
        return [e for lang in LANGS for e in data[lang].get(key, [])]

    def merged_map(key: str, sub: str) -> list[str]:
        return [e for lang in LANGS for e in data[lang].get(key, {}).get(sub, [])]

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
        correction=cues("correction"), month_correction=cues("month_correction"),
        quoting=words(merged("quoting")),
        article_references=cues("article_references"), others_clauses=cues("others_clauses"),
        given_to_us=cues("given_to_us"), making=cues("making"),
        deferral=cues("deferral"), come_back=cues("come_back"), hedges=cues("hedges"),
        form_requests=cues("form_requests"), early_maturity=cues("early_maturity"),
        future=re.compile(rf"(?<![\w-])(?:{alternation(merged('future'))})\s+(?:the\s+|les\s+)?$"),
        tenure=cues("tenure"), conditional=cues("conditional"),
        question_tags=re.compile(rf",\s*(?:{alternation([tolerant(e) for e in merged('question_tags')])})\s*\?+\s*$"),  # noqa: E501
        self_answers=re.compile(rf"\s*(?:{alternation([tolerant(e) for e in merged('self_answers')])})\b"),
        what_if_anaphors=cues("what_if_anaphors"), sector_change=cues("sector_change"),
        what_if_cues=alternation([tolerant(e) for e in merged("what_if_cues")]),
        relative_change={kind: alternation([e for lang in LANGS for e in data[lang]["relative_change"][kind]])
                         for kind in ("grow", "shrink", "up", "down")}, ai_context=cues("ai_context"),
        budget_context=cues("budget_context"),
        business_description=cues("business_description"), company_nouns=cues("company_nouns"),
        career=cues("career"),
        sector_keywords={s: words([loose(e) for e in merged_map("sector_keywords", s)])
                         for s in data["en"]["sector_keywords"]},
        result_cues=alternation([tolerant(e) for e in merged("result_cues")]),
        only_places=cues("only_places"),
        market_reach=cues("market_reach"), partner_places=cues("partner_places"),
        partner_after=tuple(re.compile(tolerant(e)) for e in merged("partner_after")),
        data_places=alternation([tolerant(e) for e in merged("data_places")]),
        people_adjectives=alternation(merged("people_adjectives")),
        abbreviations=tuple(merged("abbreviations")),
        field_labels={f: alternation([tolerant(e) for e in merged_map("field_labels", f)])
                      for f in data["en"].get("field_labels", {})},
        roles=alternation(merged("roles")), subset_cues=alternation(merged("subset_cues")),
        department_names=alternation(merged("department_names")),
        budget_holders=alternation(merged("budget_holders")), ai_users=alternation(merged("ai_users")),
        people_words=alternation(merged("people_words")),
        not_people=alternation(merged("not_people")), non_staff=alternation(merged("non_staff")),
        workplaces=alternation(merged("workplaces")),
        additions=cues("additions"),
        one_country=cues("one_country"),
        places_left=cues("places_left"), entity_nouns=alternation(merged("entity_nouns")),
        language_cues=re.compile(alternation([tolerant(e) for e in merged("language_cues")])),
        update_cues=cues("update_cues"),
        revenue_words="|".join(tolerant(e) for e in merged("revenue_words")),
        earlier_period=cues("earlier_period"),
        calendar=Calendar(
            months={form: v for lang in LANGS for k, v in data[lang]["calendar"]["months"].items()
                    for form in (k, fold(k))},  # "aout", "fevrier": typed without accents
            positions={k: v for lang in LANGS for k, v in data[lang]["calendar"]["positions"].items()},
            last=tuple(w for lang in LANGS for w in data[lang]["calendar"]["last"]),
            previous_year=tuple(w for lang in LANGS for w in data[lang]["calendar"]["previous_year"]),
            this_year=tuple(w for lang in LANGS for w in data[lang]["calendar"].get("this_year", [])),
            near=tuple(w for lang in LANGS for w in data[lang]["calendar"].get("near", [])),
            events=tuple(w for lang in LANGS for w in data[lang]["calendar"].get("events", [])),
            recent={form: int(v) for lang in LANGS
                    for k, v in data[lang]["calendar"].get("recent", {}).items() for form in (k, fold(k))},
            production=tuple(w for lang in LANGS for w in data[lang]["calendar"]["production"]),
            seasons=frozenset(form for lang in LANGS for k in data[lang]["calendar"].get("seasons", [])
                              for form in (k, fold(k)))),
        departments=words([loose(e) for e in merged("departments")]),
        sector_false_friends=words([loose(e).replace("(?P<customers>", f"(?P<customers{i}>")
                                    for i, e in enumerate(merged("sector_false_friends"))]),
        answer_fillers=frozenset(fold(w) for w in merged("answer_fillers")),
        pronoun_one=frozenset(fold(w) for w in merged("pronoun_one")),
        currencies={code: alternation(forms) for code, forms in currencies.items()},
        currency_adjectives={code: alternation(merged_map("currency_adjectives", code))
                             for code in currencies},
        currency_forms=tuple(sorted({f for forms in currencies.values() for f in forms},
                                    key=len, reverse=True)),
        spelling=tuple(merged("spelling")),
        stopwords={lang: frozenset(data[lang]["stopwords"]) for lang in LANGS},
        places=PlaceTable(),
    )
