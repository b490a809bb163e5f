"""Categorical fields from keyword tables: sector, regulation, governance, architecture."""

from __future__ import annotations

import re

from advisor.extraction.departments import department_lists
from advisor.extraction.description import false_friend_spans
from advisor.extraction.intents import UNKNOWN_TOPICS
from advisor.extraction.keywords import (
    ARCHITECTURE_BARE,
    ARCHITECTURE_STATED,
    ARCHITECTURE_WORDS,
    GOVERNANCE_BARE,
    GOVERNANCE_WORDS,
    OWN_STACK,
    REGULATION_BARE,
    REGULATION_WORDS,
    SECTOR_BARE,
)
from advisor.extraction.scan import Hit, Scan, table_pattern
from advisor.lexicon import fold, lexicon

SECTOR_WORDS = lexicon().sectors  # data: advisor/lexicon/{en,fr}.yaml
SECTOR_PRIORITY = tuple(SECTOR_WORDS)
# Words that name the sector itself: anything else ("car maker") is stated back for confirmation.
_DIRECT = re.compile(
    r"(?:finance|financial services|services financiers|fintechs?|banks?|banques?|banking|insurance|"
    r"insurers?|assurances?|assureurs?|insurtech|health|healthcare|santé|healthtech|hospitals?|"
    r"hôpital|hôpitaux|public sector|secteur public|government|tech|saas|software|logiciels?|"
    r"retail|e-?commerce|industry|industrie|manufacturing|energy|énergie|telecoms?|télécoms?|"
    r"telecommunications|télécommunications|education|éducation|edtech|universit(?:y|ies|é|és))"
)
_DEPARTMENT = re.compile(
    r"(?:finance|legal|it|marketing|procurement|hr)(?:\s+(?:team|department|dept|director|function|side|"
    r"people|org)|(?=\s*[.,!?:;]|\s*$))(?<=\w)|(?:finance|legal|it|marketing)\s+(?:owns?|holds?|decides?)"
    r"|direction (?:financière|juridique)|(?:la |les )?(?:finances?|juristes) (?:décide|gère|tient)"
)
_DEPARTMENT_BEFORE = re.compile(r"(?:with|by|from|to|our|the|chez|par|avec|la)\s+$")
# "Finance hasn't decided anything", "la finance n'a pas tranché": the department acts, whatever precedes
_DEPARTMENT_ACTS = re.compile(
    r"(?:finance|legal|it|marketing|procurement|hr)\s+(?:has(?:n't| not)?|have(?:n't)?|hasnt|owns?|holds?|"
    r"decides?|decided|says?|said|would know|knows?|signs?|signed|approves?|approved|sets?|handles?|"
    r"came back|comes back|will (?:tell|know|confirm)|"
    r"is (?:still )?\w+ing)\b|"
    r"(?:la |les )?(?:finances?|compta\w*|juridique|rh)\s+(?:décide|a décidé|n'a|gère|tient|valide|dit|sait)")


def _department(view: str, pos: int) -> bool:
    """"the budget sits with finance", "Finance hasn't decided": a department at `pos`, not the sector."""
    return bool(_DEPARTMENT_ACTS.match(view, pos) or (
        _DEPARTMENT.match(view, pos) and _DEPARTMENT_BEFORE.search(view[max(0, pos - 12):pos])))


def read_sector(scan: Scan) -> None:
    """The sector named first; words right next to it ("health insurer") go by priority."""
    folded = fold(scan.view)
    matches = []
    false_friends = [*false_friend_spans(folded), *department_lists(scan.view)]
    for match in _PHRASES["sector"].finditer(folded):
        if any(a <= match.start() < b or min(match.end(), b) - max(match.start(), a) > 4
               for a, b in false_friends):
            continue  # "groupe de cliniques vétérinaires": a phrase reaching into a false friend by a word
        careers = lexicon().career.finditer(folded, 0, match.start())
        if any(0 <= match.start() - c.end() < 30 for c in careers):
            continue  # "after eleven years at a retail bank": where the speaker worked before
        if _NEGATED_LIST.search(folded[max(0, match.start() - 50):match.start()]):
            continue  # "aucune donnée santé ou finance": the negation covers the whole list
        before = folded[max(0, match.start() - 20):match.start()]
        if _NEGATED.search(before) or re.search(r"\bno\s+(?:\w+/)?$|\(no\s+[\w/ ]*$", before):
            continue
        if _department(folded, match.start()):
            continue  # "the budget sits with finance": a department, not the sector
        matches.append(match)
    if not matches:
        return
    # compounds: "health insurer", "association de microcrédit"
    near = [m for m in matches if m.start() <= matches[0].end() + 4]
    best = max(near, key=lambda m: (len(SECTOR_PRIORITY) - SECTOR_PRIORITY.index(_sector(m)), -m.start()))
    public = [m for m in matches if _sector(m) == "public"]
    if _sector(best) == "other" and public:  # "the digital agency of a transport ministry"
        best = public[0]
    words = scan.view[best.start():best.end()]
    scan.add(Hit("sector", _sector(best), best.start(), best.end(), 1,
                 inferred=not _DIRECT.fullmatch(fold(words))))


def _sector(match: re.Match[str]) -> str:
    return (match.lastgroup or "").replace("_", "-")


_PHRASES = {
    "sector": table_pattern(SECTOR_WORDS),
    "regulation": table_pattern(REGULATION_WORDS),
    "governance": table_pattern(GOVERNANCE_WORDS),
    "current_architecture": table_pattern(ARCHITECTURE_WORDS),
}
_BARE = {
    "sector": table_pattern(SECTOR_BARE),
    "regulation": table_pattern(REGULATION_BARE),
    "governance": table_pattern(GOVERNANCE_BARE),
    "current_architecture": table_pattern(ARCHITECTURE_BARE),
}
# Architecture words said about the present, not wished for or dictated.
_ARCH_WORDS = table_pattern(ARCHITECTURE_STATED)
_PRESENT = re.compile(
    r"\b(?:currently|today|right now|at the moment|now|presently|for now|actuellement|in practice|de facto|"
    r"à l'heure actuelle|de fait|en pratique|dans les faits|"
    r"aujourd'hui|en ce moment|pour l'instant|we are|we're|our (?:current )?(?:setup|"
    r"architecture|organi[sz]ation|model|approach)|nous sommes|on est|notre (?:architecture|"
    r"organisation|modèle|fonctionnement)|c'est|it's|it is|we run|we have)\b"
)
_WISH = re.compile(
    r"\b(?:want|would like|should|plan|planning|considering|thinking|aim|target|go|move|"
    r"migrate|switch|envisag\w*|souhait\w*|voudrions|voulons|veut|veux|voudrai\w*|devrions|pourrions|"
    r"whether|wonder\w*|know if|savoir si|se demande\w*|hésit\w*|"
    r"recommend\w*|recommand\w*|say|dis|dire|answer|réponds|passer|aller|cloud|better|mieux)\b"
)
_NEGATED_LIST = re.compile(r"\b(?:no|aucune?|pas de|without|sans|ni|neither)\b[^.,;:!?]{0,35}"
                           r"\b(?:ou|or|ni|nor)\s+$")
_NEGATED = re.compile(r"(?:\bnot|\bnot an?|\bpas|\bpas une?|\bpas dans l[ae']|\bni|"
                      r"\bno longer|\bplus|\bno|\bnor|\bneither|\bwithout|\bsans|\baucune?|"
                      r"\bpas de|\b(?:no|aucune?|pas de|zero|z[ée]ro) (?:\w+ )?(?:data|donn[ée]es?))\s*$")


_ZERO_GOVERNANCE = re.compile(r"⟦(?P<n>\d+)⟧\s+(?:(?:ai|ia|real|formal|central|centrale|proper|vraie)\s+)*"
                              r"(?:governance|gouvernance)")


def read_categories(scan: Scan) -> None:
    """Add hits for the four categorical fields (phrases first, bare answers for `expected`)."""
    read_sector(scan)
    for match in _ZERO_GOVERNANCE.finditer(scan.view):  # "zero governance": a number word
        found = scan.mention(match)
        if found is not None and found[1].value == 0:
            scan.add(Hit("governance", "none", match.start(), match.end(), 1, None, (found[0],)))
    for field, pattern in _PHRASES.items():
        if field == "sector":
            continue
        for match in pattern.finditer(scan.view):
            value = (match.lastgroup or "").replace("_", "-")
            if field == "sector" and _NEGATED.search(scan.view[max(0, match.start() - 20):
                                                               match.start()]):
                continue
            if field == "sector" and _department(scan.view, match.start()):
                continue
            priority = 1
            if field == "sector":
                priority = 1 + len(SECTOR_PRIORITY) - SECTOR_PRIORITY.index(value)
            if field == "governance" and value != "none" and _negated_count(scan, match.start()):
                continue  # "zero central governance"
            if field == "governance" and _asks_between(scan.sentence_around(match.start()),
                                                       _asks_at(scan, match.start())):
                continue  # "a central platform or each team doing its own thing?": options asked about
            if field == "current_architecture" and (_offers_choice(
                    scan.sentence_around(match.start()), _asks_at(scan, match.start()))
                    or _WISH.search(scan.sentence_around(match.start()))):
                continue  # "on veut savoir si on part sur une plateforme unique": a wish, not the set-up
            inferred = field == "sector" and not _DIRECT.fullmatch(match.group())
            scan.add(Hit(field, value, match.start(), match.end(), priority, inferred=inferred))
    for match in _ARCH_WORDS.finditer(scan.view):
        sentence = scan.sentence_around(match.start())
        if re.search(r"hybrid cloud|cloud hybride", sentence) or _WISH.search(sentence):
            continue
        if _offers_choice(sentence, _asks_at(scan, match.start())):
            continue
        if _PRESENT.search(sentence) or (scan.bare and scan.expected == "current_architecture"):
            scan.add(Hit("current_architecture", match.lastgroup or "", match.start(),
                         match.end(), 0))
    _read_own_stacks(scan)
    expected = scan.expected
    answered_else = any(h.field != expected and h.priority >= 2 for h in scan.hits)
    if scan.bare and expected in _BARE and not any(h.field == expected for h in scan.hits):
        for match in _BARE[expected].finditer(scan.view):
            if (answered_else or "⟦" in scan.view) and match.group().strip() in ("no", "non", "nope", "nah"):
                continue  # "wait no, the AI part is 150k a month", "ah non, les 300k…": a correction
            scan.add(Hit(expected, match.lastgroup or "", match.start(), match.end(), 0,
                         "short answer to the question asked"))
    _read_labelled(scan)


_PUT = re.compile(r"\b(?:mettez|mets|mettons|notez|note|retenez|put|mark|say|call it|go with)\s*:?\s*$")


def _read_labelled(scan: Scan) -> None:
    """"Sector: tech.", "secteur : retail": a short answer right after the field's own label, or
    put after it in the sentence ("côté régulation, c'est lourd : mettez forte")."""
    for field, topic in UNKNOWN_TOPICS:
        if field not in _BARE or field == scan.expected or any(h.field == field for h in scan.hits):
            continue
        for match in _BARE[field].finditer(scan.view):
            label = re.search(r"(\w+)\s*[:=—–-]\s*$", scan.view[max(0, match.start() - 25):match.start()])
            start = scan.sentence_start(match.start())
            put = _PUT.search(scan.view, max(start, match.start() - 20), match.start()) and topic.search(
                scan.view, start, match.start())
            if put or (label is not None and topic.fullmatch(label.group(1)) is not None):
                scan.add(Hit(field, match.lastgroup or "", match.start(), match.end(), 0,
                             "answer after its label"))
                break


_OWN_STACK = re.compile(OWN_STACK)


def _read_own_stacks(scan: Scan) -> None:
    """"3 teams, each with its own tool": as many stacks as teams, unless stacks were said."""
    teams = [h for h in scan.hits if h.field == "teams_using_ai"]
    if not teams or any(h.field == "ai_stacks" for h in scan.hits):
        return
    for match in _OWN_STACK.finditer(scan.view):
        scan.add(Hit("ai_stacks", teams[-1].value, match.start(), match.end(), 1,
                     "one stack per team", inferred=True))
        return


def _asks_at(scan: Scan, pos: int) -> bool:
    """The sentence around `pos` ends with a question mark."""
    ends = [i for i in (scan.view.find(c, pos) for c in ".!?\n") if i != -1]
    return bool(ends) and scan.view[min(ends)] == "?"


def _offers_choice(sentence: str, asks: bool) -> bool:
    """"Central platform, hybrid, or let teams pick?": options asked about, not the present set-up."""
    named = {m.lastgroup for m in _ARCH_WORDS.finditer(sentence)} | {
        m.lastgroup for m in _PHRASES["current_architecture"].finditer(sentence)}
    return len(named) > 1 or _asks_between(sentence, asks)


def _asks_between(sentence: str, asks: bool) -> bool:
    """A question offering alternatives ("… or …?"): what it names is not the present state."""
    return asks and _OR.search(sentence) is not None


_OR = re.compile(r"\b(?:or|ou)\b")


_ZERO_BEFORE = re.compile(r"(?:\b(?:no|zero|zéro|nil|aucune?|pas de)|⟦(?P<n>\d+)⟧)\s+$")


def _negated_count(scan: Scan, start: int) -> bool:
    """"zero central governance" / "no central governance": the phrase is negated."""
    match = _ZERO_BEFORE.search(scan.view[max(0, start - 20):start])
    if match is None:
        return False
    return match.group("n") is None or scan.numbers.mentions[int(match.group("n"))].value == 0
