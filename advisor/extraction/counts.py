"""Counted fields: employees, countries, teams using AI, AI stacks (numbers and named tools)."""

from __future__ import annotations

import re

from advisor.extraction.keywords import FRAMEWORK_NAMES
from advisor.extraction.models import NUMERIC_BOUNDS
from advisor.extraction.people_groups import read_people_groups, read_subsets
from advisor.extraction.scan import Hit, N, NameTable, Scan, num
from advisor.extraction.settled import read_exact, read_pointed_group
from advisor.lexicon import lexicon

_OTHER_UNITS = (
    r"(?!\s*(?:-\s*)?(?:countr|pays|teams?\b|équipes?|years?|ans?\b|années?|months?|mois|"
    r"stacks?|frameworks?|tools|outils|€|\$|%|euros?|eur\b|k€|m€|fois|times|x\b))"
)
PEOPLE = (
    r"people|persons?|pers\.?|employees?|staff|ftes?|workers|headcount|collaborators|personnes?|"
    r"employés?|salariés?|collaborateurs?|collaboratrices?|collabs?|agents|etp|person|souls|ppl|folks|heads|"
    r"civil servants|fonctionnaires|personnels|colleagues|collègues|team members|members of staff|"
    rf"{lexicon().people_words}"  # the lexicon's nouns for staff ("CDI", "crew")
)
EMPLOYEES = (
    re.compile(rf"{N}\s*(?:\+\s*)?(?:-\s*|\s)?(?:(?:{lexicon().people_adjectives})\s+)?(?:{PEOPLE})\b"),
    # "35 in-house (linguists + PMs)": the people adjective alone
    re.compile(rf"{N}\s+(?:in-house|internal|internes?)(?=\s*[(,.;:]|\s*$)"),
    re.compile(
        r"\b(?:headcount|workforce|staff|effectifs?|taille|size|employees|salariés|employés|payroll|"
        r"personnes|people|ftes?|etp|hc(?=\s*[:=]))(?:\s+(?:salariés?|total|global|actuel|groupe))?(?:'s)?\s*"
        r"(?:of|is|:|=|\||de|est(?: de)?|d'|around|of about|totals?|tourne(?: autour de)?|avoisine)?\s*"
        r"(?:(?:about|around|roughly|approximately|environ|~)\s*)?"
        rf"{N}{_OTHER_UNITS}"
    ),
    # "et si on passait à 80 ?", "we grew to 80": a level with no unit is the headcount
    re.compile(rf"\b(?:on|nous|we)\b[^.?!⟦]{{0,15}}\b(?:pass\w*|grow\w*|grew|gone|went|mont\w*)\s+"
               rf"(?:à|to|up to)\s+{N}{_OTHER_UNITS}(?!\s*(?:[a-z]{{3,}}))"),
    # "HR says 230", "selon les RH, 230": the headcount from those who keep it
    re.compile(r"\b(?:(?:hr|payroll|les rh|la rh|la paie)\s+(?:says?|said|tells? me|confirms?|dit|disent|"
               r"confirmen?t?)|(?:according to|per|selon|d'après)\s+(?:hr|payroll|les rh|la rh|la paie))"
               rf"\s*[:,]?\s*(?:(?:about|around|roughly|environ|~)\s*)?{N}{_OTHER_UNITS}"),
    # "employees, about 420." (dictated): the label opening its sentence, then a comma
    re.compile(r"(?:^|(?<=[.;!?\n])\s*)(?:headcount|staff|employees|effectifs?|salariés|employés)\s*,\s*"
               rf"(?:(?:about|around|roughly|environ|~)\s*)?{N}{_OTHER_UNITS}"),
    # "startup IA, team de 18, full remote": the whole company as a team, the number ending the phrase
    re.compile(rf"(?<!ai )(?<!ia )(?<!ml )(?<!data )(?<!it )(?<!dev )(?<!tech )(?<!product )(?<!sales )"
               rf"\bteam\s+(?:of|de)\s+{N}(?=\s*(?:[,.;!?)—–-]|$))"),
    re.compile(
        r"\b(?:company|firm|business|organi[sz]ation|startup|start-up|scale-?up|sme|pme|eti|"
        r"entreprise|société|boîte|groupe|group|structure|org|fintech|bank|banque|insurer)\s+"
        rf"(?:of|de|with|avec)\s+{N}{_OTHER_UNITS}"
    ),
    re.compile(
        r"\b(?:we are|we're|we are now|we were|we'd be|we would be|nous sommes|on est|on était|"
        r"nous étions|on serait|nous serions|on sera|nous serons|we'll be|we will be|"
        r"we employ|employing|employs|nous employons|"
        r"on n'est que|on n'était que|on ne serait que|nous ne sommes que|nous n'étions que|"
        rf"emploie|emploient|nous comptons|on compte|we number|we count)\s+"
        r"(?:(?:plutôt|rather|more like|actually|only|just|now|maintenant|environ|about|seulement|que)"
        rf"\s+)?{N}{_OTHER_UNITS}"
    ),
)
# "IT team: 210 people", "DSI : 350 personnes": a department's size, weaker than the headcount.
_UNIT_BEFORE = re.compile(r"\b(?:teams?|équipes?|dsi|dept|department|départements?|service|squads?|it)\b"
                          r"[^⟦.;\n]{0,12}$")
# "We're a team of twelve" / "nous sommes une petite équipe de 8" ("une" is a ⟦i⟧ article):
# a whole-organisation size, but weaker (priority 1) than an explicit headcount.
TEAM_OF = re.compile(
    r"(?:\b(?:we're|we are|we're just|we are just|nous sommes|on est|on n'est que|nous ne sommes que)"
    r"\s+(?:just\s+|only\s+|juste\s+|seulement\s+)?(?:a|an|⟦\d+⟧)\s+"
    r"|(?:^|(?<=[.!?]))\s*(?:a\s+|an\s+|⟦\d+⟧\s+)?)"  # "…organs. Workshop of 38."
    rf"(?:(?:small|tiny|petite|lean)\s+)?(?:team|équipe|workshop|atelier|crew|outfit)\s+(?:of|de)\s+{N}{_OTHER_UNITS}"
)
_YEAR_ROUND = re.compile(rf"{N}\s+(?:year[- ]round|all year(?: round)?|à l'année|toute l'année|"
                         r"le reste de l'année|hors saison|off[- ]season)\b")
COUNTRIES = (
    re.compile(
        rf"{N}[ \t]*(?:[\w-]+[ \t]+)?(?:countries|country|pays|nations|markets|marchés|"
        r"jurisdictions|juridictions)\b"
    ),
    re.compile(rf"\b(?:countries|pays)\s*(?::|=)\s*{N}"),
)
TEAMS = (
    re.compile(
        rf"{N}[ \t]*(?:[\w-]+[ \t]+)?(?:teams?|équipes?|equipes?|squads?|departments?|départements?|"
        r"business units?|bus|entités|directions)\b"
    ),
    re.compile(rf"\b(?:teams|équipes)(?: using ai| utilisant l'ia)?\s*(?::|=)\s*{N}"),
)
STACKS = (
    re.compile(
        rf"{N}\s*(?:[\w-]+\s+)?(?:(?:ai|ia|ml|genai|llm)\s+)?(?:stacks?|frameworks?|tools|outils|"
        r"platforms?|plateformes?|toolchains?|piles|orchestrators?|orchestrateurs?)\b"
    ),
    re.compile(rf"\b(?:stacks|frameworks)\s*(?::|=)\s*{N}"),
    # "every plant runs its own stacks, 5 of them in total", "des stacks, 4 en tout"
    re.compile(rf"\b(?:stacks|frameworks|piles)\s*[,:(—–-]\s*{N}\s+"
               r"(?:of them|in total|en tout|au total|différentes?)\b"),
    # "chaque BU a monté son propre stack IA, on en compte 9", "… its own stack, we count 9 of them"
    re.compile(rf"\bstacks?\b[^.;!?⟦]{{0,20}}[,;:]\s*(?:on en compte|we count|there are|il y en a)\s+{N}"),
)
# Staff named by role ("350 consultants"): the headcount only when no other is stated.
_ROLES_READ_ALONE = (  # "350 consultants" read as the headcount
    r"consultants?|consultantes?|engineers|ingénieur(?:e|s|es)?|developers|devs|"
    r"développeu(?:r|rs|se|ses)|analysts|analystes|fonctionnaires|lawyers|avocats|nurses|"
    r"infirmi(?:er|ers|ère|ères)|doctors|médecins|teachers|enseignants|researchers|chercheurs|"
    r"conseill(?:ers|ères)|advis[eo]rs|chauffeurs|drivers|vendeu(?:rs|ses)|salespeople|technicians|"
    r"techniciens|soignants|caregivers|permanents"
)
ROLE_WORDS = (  # those, and groups only added up ("1,750 consultants + 250 support staff")
    rf"{_ROLES_READ_ALONE}|sédentaires|cdi|support staff|office staff|back[- ]office|field staff|"
    r"operators|opérateurs|agents"
)
# "1,750 consultants + 250 support staff": one headcount, the sum.
SUM = re.compile(rf"{N}\s*(?:{ROLE_WORDS}|{PEOPLE})\s*(?:\+|,? and|,? et|,? plus)\s*{num('k')}\s*"
                 r"(?:[\w-]+\s+)?"
                 rf"(?:{ROLE_WORDS}|{PEOPLE})\b")
# "260 people in the shops plus about 50 at head office": two groups by where they work
SUM_BY_PLACE = re.compile(rf"{N}\s*(?:{ROLE_WORDS}|{PEOPLE})\s+(?:in|at|on|en|au|dans)\s+"
                          r"(?:the\s+|our\s+|les?\s+|la\s+)?[\w-]+(?:\s+[\w-]+)?\s*"
                          rf"(?:\+|,? and|,? et|,? plus)\s*{num('k')}\s+(?:at|in|au|à|en|on)\b")
# "310 cleaners and technicians plus 70 in the office", "280 en atelier et 140 aux bureaux":
# groups of staff by job or workplace, the second one at a workplace.
_AT = r"(?:in|at|on|en|au|aux|à|dans|chez)\s+(?:the\s+|our\s+|les?\s+|la\s+|l'|nos\s+)?"
_WHO = rf"(?:{ROLE_WORDS}|{lexicon().roles}|{PEOPLE})"
_WORK = rf"{_AT}(?:{lexicon().workplaces})\b"
SUM_AT_WORK = re.compile(rf"{N}\s*(?P<who>{_WHO}(?:\s+(?:and|et|&)\s+{_WHO})?\b)?\s*(?P<where>{_WORK})?"
                         rf"\s*(?:\+|,? and|,? et|,? plus|,)\s*{num('k')}\s*(?:{_WHO}\s*)?{_WORK}")
OF_US = re.compile(rf"{N}\s+(?:of us|(?:on|in)\s+(?:the\s+|our\s+|last month's\s+|this month's\s+)?"
                   r"payroll|(?:on|in)\s+the\s+(?:whole\s+)?(?:team|company)(?=\s*[.,;!]|\s*$)|"
                   r"dans l'(?:équipe|entreprise)(?=\s*[.,;!]|\s*$))\b")
# "350 consultants", "40 artists and engineers": staff named by their jobs
ROLES = re.compile(rf"{N}\s*(?:(?:{lexicon().people_adjectives})\s+)?(?:[\w-]+\s+(?:and|&|et)\s+)?"
                   r"(?!(?:new|more|extra|additional|nouvelles?|nouveaux|de plus)\b)"  # "two new devs": hires
                   rf"(?:(?!(?:data|ai|ia|ml|llm|genai)\b)[\w-]+\s+)?(?:{_ROLES_READ_ALONE}|{lexicon().roles})\b")
# A "we are 3" answers the count just asked about (teams, countries...), not the headcount.
_OTHER_COUNTS = frozenset(NUMERIC_BOUNDS) - {"employees", "annual_ai_budget_eur"}
_FRAMEWORKS = NameTable(FRAMEWORK_NAMES)
# Headcounts that are plans, not facts ("hire 200 people", "recruter 50 personnes").
_PLANNED = re.compile(
    r"\b(?:hire|hired|hiring|recruit\w*|recrut\w*|embauch\w*|add|added|adding|ajout\w*|"
    r"onboard\w*|lay off|laid off|licenci\w*|cut|supprim\w*|fire|fired|lost|lose|perd\w*)"
    r"\s+(?:about\s+|another\s+|some\s+)?$"
)


_WENT_AWAY = re.compile(r"\s+(?:have |had |just )?(?:left|quit|departed|resigned|retired|were laid off|"
                        r"sont partis|sont parties|ont quitté|ont démissionné)\b")


def _ends_with_agents(match: re.Match[str]) -> bool:
    """"agents" may be AI agents rather than staff (civil servants are "agents" in French)."""
    if "k" in match.re.groupindex and match.group("k"):  # "250 employees and 2 agents in production"
        return re.match(r"⟧\s*agents\b", match.string[match.end("k"):]) is not None
    return match.group().rstrip().endswith("agents")


def read_counts(scan: Scan) -> None:
    """Add hits for countries, teams, stacks, then employees (in that order of claims)."""
    read_exact(scan)
    read_pointed_group(scan)
    read_subsets(scan)
    read_people_groups(scan)
    at_work = [m for m in SUM_AT_WORK.finditer(scan.view) if m.group("who") or m.group("where")]
    for match in (*SUM.finditer(scan.view), *SUM_BY_PLACE.finditer(scan.view), *at_work):
        first, second = scan.mention(match), scan.mention(match, "k")
        if _ends_with_agents(match):
            continue  # "250 employees and a couple of agents in production": AI agents, not staff
        if first is not None and second is not None and first[1].kind == second[1].kind == "plain":
            scan.add(Hit("employees", first[1].value + second[1].value, match.start(), match.end(), 3,
                         "the two groups added up", (first[0], second[0])))
    for match in OF_US.finditer(scan.view):
        found = scan.mention(match)
        if found is not None and found[1].kind == "plain":
            scan.add(Hit("employees", found[1].value, match.start(), match.end(), 2, None, (found[0],)))
    for field, patterns in (("countries", COUNTRIES), ("teams_using_ai", TEAMS),
                            ("ai_stacks", STACKS), ("employees", EMPLOYEES)):
        for pattern in patterns:
            for match in pattern.finditer(scan.view):
                found = scan.mention(match)
                if found is None:
                    continue
                index, mention = found
                if mention.kind != "plain" or (mention.article and field != "countries"):
                    continue
                if field == "employees" and (_PLANNED.search(scan.view, 0, match.start())
                                             or _WENT_AWAY.match(scan.view, match.end())):
                    continue  # "two booksellers left in October": a change, not the headcount
                if field == "countries" and _not_where_we_operate(scan.view, match):
                    continue
                if pattern is EMPLOYEES[-1] and scan.expected in _OTHER_COUNTS:
                    continue  # "we are 3" answers the question asked, not the headcount
                weak = field == "employees" and (
                    _UNIT_BEFORE.search(scan.view, max(0, match.start() - 25), match.start())
                    or _ends_with_agents(match))  # "a couple of agents": AI agents?
                scan.add(Hit(field, mention.value, match.start(), match.end(), 1 if weak else 2, None,
                             (index,)))
    for match in _YEAR_ROUND.finditer(scan.view):  # "610 in high season, 380 year-round"
        found = scan.mention(match)
        if found is not None and found[1].kind == "plain" and not found[1].article:
            scan.add(Hit("employees", found[1].value, match.start(), match.end(), 2,
                         "the year-round headcount", (found[0],)))
    for match in TEAM_OF.finditer(scan.view):
        found = scan.mention(match)
        if found is not None and found[1].kind == "plain" and not found[1].article:
            scan.add(Hit("employees", found[1].value, match.start(), match.end(), 1,
                         "team size read as headcount", (found[0],)))
    if not any(h.field == "employees" for h in scan.hits):
        for match in ROLES.finditer(scan.view):
            found = scan.mention(match)
            if found is not None and found[1].kind == "plain" and not found[1].article:
                scan.add(Hit("employees", found[1].value, match.start(), match.end(), 1,
                             "staff counted by role read as headcount", (found[0],)))
    named = _FRAMEWORKS.find(scan.view)
    names = [match for _, match in named]
    distinct = {key for key, _ in named}
    if distinct:
        scan.add(Hit("ai_stacks", float(len(distinct)), names[0].start(), names[-1].end(), 1,
                     f"{len(distinct)} named: " + ", ".join(sorted(distinct))))


def _not_where_we_operate(view: str, match: re.Match[str]) -> bool:
    """"we ship to 27 countries" (customers' countries), "les trois pays du Benelux" (the places
    named next to it are counted instead)."""
    start = max(0, match.start() - 60, *(view.rfind(c, 0, match.start()) + 1 for c in ".;!?\n"))
    reach = (lexicon().market_reach.search(view, start, match.start())  # "on vend … via amazon dans 20 pays"
             or lexicon().partner_places.search(view, start, match.start()))  # "des freelances dans 12 pays"
    named_after = lexicon().places.find(view[match.end():match.end() + 25])
    part_of = re.match(r"\s*(?:du|de la|des|of the|in the)\s", view[match.end():])
    return reach is not None or bool(named_after and part_of)
