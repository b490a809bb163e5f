"""Relative what-ifs: "what if we doubled the budget" (factor), "added 200 people" (delta)."""

from __future__ import annotations

import re

from advisor.extraction.numbers import NumberText
from advisor.extraction.relative_changes import JOINED, Relative, place_changes, time_changes
from advisor.lexicon import lexicon

# Field nouns a relative change can apply to (EN/FR), checked nearest to the change first.
_TOPICS: tuple[tuple[str, str], ...] = (
    ("annual_ai_budget_eur", r"budgets?|spend\w*|dépenses?|enveloppe|investments?|investissements?|money|"
                             r"argent|funding|moyens"),
    ("employees", r"headcount|staff|employees|workforce|effectifs?|salariés|employés|people|team|"
                  r"collaborateurs|personnes|team size|taille|size|company|entreprise|boîte|"
                  r"big|bigger|large|larger|gros|grosse|grands?|grandes?|nombreux|nombreuses|"
                  r"small|smaller|petits?|petites?|grossi\w*|grandi\w*|monde|gens|équipe"),
    ("countries", r"countries|country|pays|markets|marchés"),
    ("teams_using_ai", r"teams|équipes"),
    ("ai_stacks", r"stacks?|frameworks?|tools|outils|platforms|plateformes"),
)
_TOPIC = re.compile("|".join(rf"(?P<{f}>\b(?:{w})\b)" for f, w in _TOPICS))
_CUT_BY = r"\b(?:cut|reduc\w*|slash\w*|trim\w*|rédui\w*|baiss\w*|coup\w*)\b[^⟦.?!;]{0,30}?"  # "cut that by …"
_FIXED: tuple[tuple[re.Pattern[str], float], ...] = (
    (re.compile(r"\bdoubl\w*|\btwice as (?:many|much|big|large)\b|\btwice (?:the|our|that)\b"), 2.0),
    (re.compile(r"\btripl\w*"), 3.0),
    (re.compile(r"\bquadrupl\w*"), 4.0),
    (re.compile(r"\bhalv\w*|\bin half\b|\bde moitié\b|\bmoitié moins\b|\bby half\b|"
                r"\bhalf (?:the|that|our|of)\b|\b(?:la )?moitié (?:du|de|des)\b"), 0.5),
    (re.compile(r"\ba tenth of\b|\bun dixième (?:du|de|des)\b"), 0.1),
    (re.compile(r"\ba third of\b|\bun tiers (?:du|de|des)\b"), 1 / 3),
    (re.compile(rf"{_CUT_BY}\b(?:by (?:a|one) third|d'un tiers)\b"), 2 / 3),
    (re.compile(rf"{_CUT_BY}\b(?:by (?:a|one) quarter|d'un quart)\b"), 0.75),
    (re.compile(r"\ba quarter of\b|\bun quart (?:du|de|des)\b"), 0.25),
)
_CHANGE = lexicon().relative_change  # grow / shrink verbs, up / down words (advisor/lexicon/*.yaml)
_SCALED = re.compile(
    rf"\b(?:(?P<mul>multipl\w*)|(?P<div>divid\w*|divis\w*|coup\w*(?: [^⟦.?!;]{{0,25}}?)? en|cut in(?:to)?)|"
    rf"(?P<grow>{_CHANGE['grow']})|(?P<shrink>{_CHANGE['shrink']}))\b[^⟦.?!;]{{0,40}}?(?:\b(?P<by>by|par|de)\s+|\s)⟦(?P<k>\d+)⟧"
)
# "a budget 20% lower", "20 % de moins": a percentage then its direction
_PERCENT_WAY = re.compile(rf"⟦(?P<k>\d+)⟧\s*(?:(?:de |d')[\w-]+\s+)?"  # "30 % d'effectif en plus"
                          rf"(?:(?P<up>{_CHANGE['up']})|(?P<down>{_CHANGE['down']}))\b")
_TIMES_BEFORE = re.compile(r"(?<!\w)[x×]⟦(?P<k>\d+)⟧")  # "the budget went x2"
# "three times more", "deux fois plus" (number words are ⟦i⟧ placeholders by now).
_TIMES = re.compile(r"⟦(?P<k>\d+)⟧\s*(?:(?:(?=the |our |more |that |this |plus )|'?d\b|fois plus|"
                    r"fois (?:le|la|les|l'|ce|cet|cette|ces|notre|nos|mon|ma|mes)|"
                    r"times (?:more|as many|as much|bigger|larger|the|our|that|this)|"
                    r"x (?:the|our|more))\b|(?=[?.!,]|$))")  # "what if budget were 10x"
_TIMES_LESS = re.compile(r"⟦(?P<k>\d+)⟧\s*(?:times (?:smaller|fewer|less)|fois (?:moins|plus petite?s?))\b")
_PEOPLE = (r"people|persons?|pers|employees?|staff|ftes?|personnes?|salariés?|employés?|collaborateurs?|"
           rf"{lexicon().roles}")
_DELTA_NOUNS: tuple[tuple[str, str], ...] = (
    ("employees", _PEOPLE), ("countries", r"countries|country|pays|markets|marchés"),
    ("teams_using_ai", r"teams?|équipes?"), ("ai_stacks", r"stacks?|frameworks?|tools|outils"),
)
_MORE = r"more|additional|extra|new|de plus|supplémentaires?|nouveaux|nouvelles|en plus"
_DELTA = re.compile(
    r"\b(?:(?P<hire>hir\w*|recruit\w*|embauch\w*|recrut\w*|onboard\w*|pick up|take on|absorb\w*|"
    r"récupér\w*|intégr\w*)|(?P<add>add\w*|ajout\w*)|"
    r"(?P<fire>lay off|laid off|fir(?:e|ed|ing)|licenci\w*|lost|los(?:e|ing)|perd\w*|cut|"
    r"supprim\w*|clos\w*|ferm\w*)|(?P<open>open\w*|ouvr\w*|had|have|avait|avions|were|étions|"
    r"était|with|avec))\s+(?:about\s+|another\s+|some\s+|encore\s+|environ\s+|their\s+|its\s+|leurs\s+|ses\s+)?"
    r"⟦(?P<k>\d+)⟧\s*"
    rf"(?P<more1>(?:{_MORE})\s+)?(?P<noun>(?:{'|'.join(w for _, w in _DELTA_NOUNS)})\b)?"
    rf"(?P<more2>\s+(?:{_MORE})\b)?"
)


_COMPANY_GROWS = re.compile(rf"\b(?:we|on|nous)\b[^.?!⟦]{{0,20}}\b(?:{_CHANGE['grow']}|"  # "if we double?"
                            rf"{_CHANGE['shrink']}|doubl\w*|tripl\w*|quadrupl\w*|halv\w*|"
                            r"were|étions|était|serions|serait)\b")  # "si on était deux fois plus ?"
_WORD = re.compile(r"[^\W\d_░]+")
REFERENT = "_referent"  # a change to "that" / "it": resolved against the last field stated
_PRONOUN_INSIDE = re.compile(r"\b(?:that|it|this|ça|cela)\b")
_PRONOUN_AFTER = re.compile(r"\s+(?:that|it|this|those|ça|cela|ceci)\b")
_PRONOUN_BEFORE = re.compile(r"\b(?:le|la|les|l')\s*$|"  # "if it did double"
                             r"\b(?:it|that|this)\s+(?:did|does|would|were to|was to|ever)?\s*$")


def read_relative(view: str, numbers: NumberText) -> Relative:
    """Read the relative changes in one hypothetical clause (`view`, others blanked)."""
    found = Relative()
    place_changes(view, found, numbers)
    time_changes(view, numbers, found)
    for match in _DELTA.finditer(view):
        _delta(match, numbers, found)
    for pattern, factor in _FIXED:
        for match in pattern.finditer(view):
            _set_factor(found, view, match.start(), match.end(), factor)
    for match in _TIMES.finditer(view):
        index = int(match.group("k"))
        mention = numbers.mentions[index]
        ratio = mention.kind == "ratio" and mention.unit == ""  # "2x the budget"
        said_times = match.group().rstrip() != f"⟦{index}⟧"
        usable = ((mention.kind == "plain" and said_times) or ratio) and mention.value > 0 and (
            index not in found.claimed)
        if usable and _set_factor(found, view, match.start(), match.end(), mention.value):
            found.claimed.add(index)
    for match in _TIMES_BEFORE.finditer(view):
        index = int(match.group("k"))
        if numbers.mentions[index].value > 0 and index not in found.claimed and _set_factor(
                found, view, match.start(), match.end(), numbers.mentions[index].value):
            found.claimed.add(index)
    for match in _PERCENT_WAY.finditer(view):
        index = int(match.group("k"))
        mention = numbers.mentions[index]
        factor = 1 + mention.value / 100 * (1 if match.group("up") else -1)
        way = "up" if match.group("up") else "down"  # "smaller" names no field here: blanked
        blanked = view[:match.start(way)] + " " * (match.end(way) - match.start(way)) + view[match.end(way):]
        if mention.kind == "percent" and index not in found.claimed and factor > 0 and _set_factor(
                found, blanked, match.start(), match.end(), factor):
            found.claimed.add(index)
    for match in _TIMES_LESS.finditer(view):  # "five times smaller": a factor of 1/5
        index = int(match.group("k"))
        value = numbers.mentions[index].value
        if value > 1 and index not in found.claimed and _set_factor(
                found, view, match.start(), match.end(), 1 / value):
            found.claimed.add(index)
    for match in _SCALED.finditer(view):
        index = int(match.group("k"))
        mention = numbers.mentions[index]
        if index in found.claimed or mention.value <= 0:
            continue
        percent, sign = mention.kind == "percent", 1 if match.group("grow") else -1
        split = (match.group("div") or "").endswith((" en", " in", " into"))  # "coupé en deux"
        if not (match.group("by") or split) and not percent:
            continue  # "grew to 500" is a level; "grew 20%" a change; "coupé en deux" halves
        if match.group("mul") and not percent:
            factor = mention.value
        elif match.group("div") and not percent:
            factor = 1 / mention.value
        elif percent and (match.group("grow") or match.group("shrink")):
            factor = 1 + mention.value / 100 * sign
        elif mention.kind == "plain" and (match.group("grow") or match.group("shrink")):
            if _set_factor(found, view, match.start(), match.end(), sign * mention.value,
                           found.deltas):
                found.claimed.add(index)  # "increased the budget by 1M€": a change, not a level
            continue
        else:
            continue
        if factor > 0 and _set_factor(found, view, match.start(), match.end(), factor):
            found.claimed.add(index)
    return found


def _delta(match: re.Match[str], numbers: NumberText, found: Relative) -> None:
    index = int(match.group("k"))
    mention = numbers.mentions[index]
    if mention.kind != "plain" or mention.value <= 0 or mention.year_like:
        return
    noun = match.group("noun")
    more = match.group("more1") or match.group("more2")
    if match.group("open") and not more:
        return
    target = next((f for f, w in _DELTA_NOUNS if noun and re.fullmatch(w, noun)), None)
    if target is None and (match.group("hire") or match.group("fire")):
        target = "employees"
    if target is None or (match.group("add") and not noun):
        return
    sign = -1.0 if match.group("fire") else 1.0
    found.deltas[target] = sign * mention.value
    found.claimed.add(index)


def _set_factor(
    found: Relative, view: str, start: int, end: int, amount: float,
    into: dict[str, float] | None = None,
) -> bool:
    """Give `amount` to the field named nearest to [start, end), and to fields joined to it
    by "and"/"et" ("doubler l'effectif et le budget"); into factors unless told otherwise."""
    target = found.factors if into is None else into
    topics = list(_TOPIC.finditer(view))
    if not topics:
        if (_PRONOUN_AFTER.match(view, end) or _PRONOUN_BEFORE.search(view, 0, start)
                or _PRONOUN_INSIDE.search(view, start, end)):  # "cut that by a third"
            target[REFERENT] = amount  # "tripled that": the field the user last stated
            return True
        if _COMPANY_GROWS.search(view, max(0, start - 25), end + 5):  # "we're planning to grow 50%"
            target["employees"] = amount
            return True
        if len(_WORD.findall(view)) <= 5:  # "et avec moitié moins ?": the field last said
            target[REFERENT] = amount
            return True
        return False
    near = min(range(len(topics)), key=lambda i: max(0, topics[i].start() - end,
                                                      start - topics[i].end()))
    chosen = [topics[near]]
    for topic in topics[near + 1:]:
        if not JOINED.fullmatch(view, chosen[-1].end(), topic.start()):
            break
        chosen.append(topic)
    added = False
    for topic in chosen:
        name = topic.lastgroup or ""
        if name not in found.factors and name not in found.deltas:
            target[name] = amount
            added = True
    return added
