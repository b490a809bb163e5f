"""Staff given as groups that add up: "1,700 people at the French sites plus 320 in Spain and 280
in Portugal" (2,300), "380 crew and about 100 ashore" (480), "On est 140 au siège et à l'entrepôt,
plus 45 vendeurs en boutique" (185). Each group is a number followed by people words (staff, crew,
a job) or by where they work; at least one group names people, none names something else. And
subsets: "480 dont 150 journalistes" is 480, the 150 a part of it."""

from __future__ import annotations

import re

from advisor.extraction.scan import Hit, Scan
from advisor.lexicon import lexicon

_NUMBER = re.compile(r"⟦(\d+)⟧")
_JOIN = re.compile(r"(?:,\s*)?(?:\+|and|plus|et|&|as well as)\s*(?:about\s+|around\s+|roughly\s+|some\s+|"
                   r"another\s+|environ\s+|encore\s+|~\s*)?"
                   r"(?:nous\s+|us\s+|the\s+|les\s+)?$")  # "plus nous deux"
_AI_AGENTS = re.compile(r"\s*(?:ai\s+|ia\s+)?agents?\b(?:\s+(?:ia|ai|llm)\b|\s+(?:live\s+)?(?:in|en)\s+prod)")
_NOT_STAFF = re.compile(rf"\b(?:{lexicon().non_staff})\b")
_PEOPLE = re.compile(rf"\s*(?:(?:{lexicon().people_adjectives})\s+|[\w'-]+\s+)?"
                     rf"(?:{lexicon().people_words}|{lexicon().roles})\b|"  # "410 guards", "6 people on…"
                     rf"\s*(?:{lexicon().people_adjectives})\s*(?:[.,;:!?)\n]|$)")  # "plus 400 expat."
_OTHER = re.compile(rf"^\s*(?:[\w'-]+\s+){{0,2}}?(?:{lexicon().not_people})\b|^\s*(?:%|€|\$|£|k€|m€|k\b|m\b)")
_STAFF_SENTENCE = re.compile(r"\b(?:on est|nous sommes|we are|we're|headcount|effectif|staff)\b")
_WHERE = re.compile(r"^\s*(?:at|in|on|en|au|aux|à|dans|chez|côté|ashore|onshore|offshore|on board|à bord|"
                    r"au siège|on the road|sur la route|sur le terrain|in the field|remote|en remote)\b")


# "jusqu'à 2 500 en haute saison", "up to 600 at peak": a peak count, never one of the groups
_PEAK = re.compile(r"\s*(?:en (?:haute |pleine )?saison|in (?:the )?(?:high |peak )?season|at (?:the )?peak|"
                   r"au pic|"
                   r"en été|in (?:the )?summer|l'été)\b")
_UP_TO = re.compile(r"(?:jusqu'à|up to|as many as|peaks? (?:at|of))\s*$")
_STAFF_NOUN = rf"(?:{lexicon().people_words}|{lexicon().roles})"
_SUBSET = re.compile(rf"⟦(?P<n>\d+)⟧(?P<noun>\s+(?:[\w'-]+\s+)?{_STAFF_NOUN})?"
                     rf"\s*,?\s*\(?(?:{lexicon().subset_cues})\s+(?:about\s+|around\s+|environ\s+|~\s*)?"
                     rf"(?:⟦(?P<k>\d+)⟧|(?P<who>(?:[\w'-]+\s+)?{_STAFF_NOUN}\b))")


def read_subsets(scan: Scan) -> None:
    """"480 dont 150 journalistes", "480 incl taproom staff": the count before the cue is the staff
    total (priority 2 when no people noun names it), a count after it is a part, never the total."""
    for match in _SUBSET.finditer(scan.view):
        total, part = scan.mention(match), scan.mention(match, "k") if match.group("k") else None
        after = scan.view[match.end():match.end() + 40]
        names_people = bool(match.group("noun") or match.group("who") or (part and _PEOPLE.match(after)))
        if total is None or not names_people or total[1].kind != "plain" or total[1].year_like:
            continue
        if part is not None:
            if part[1].value >= total[1].value:
                continue
            scan.claimed.add(part[0])
        if not match.group("noun"):
            scan.add(Hit("employees", total[1].value, match.start(), match.end(), 2,
                         "staff total (the count after it is part of it)", (total[0],)))


def read_people_groups(scan: Scan) -> None:
    """Add one employees hit (priority 3) for the first chain of two or more staff groups."""
    marks = [(m.start(), m.end(), int(m.group(1))) for m in _NUMBER.finditer(scan.view)]
    chain: list[tuple[int, int, int]] = []
    named_people = False
    for i, (start, end, index) in enumerate(marks):
        mention = scan.numbers.mentions[index]
        stop = marks[i + 1][0] if i + 1 < len(marks) else len(scan.view)
        tail = scan.view[end:stop]
        joined = _JOIN.search(tail[:60]) if i + 1 < len(marks) else None
        own = tail[:joined.start()] if joined else re.split(r"[.;:!?\n]", tail, maxsplit=1)[0][:60]
        names = (_PEOPLE.match(own) is not None and not _AI_AGENTS.match(own)  # "410 guards", "45 vendeurs"
                 and not _NOT_STAFF.search(own))  # "400 formateurs indépendants" are not staff
        usable = (index not in scan.claimed and mention.kind == "plain" and not mention.year_like
                  and not mention.article and mention.value >= 1
                  and not _PEAK.match(own) and not _UP_TO.search(scan.view[max(0, start - 16):start])
                  and (names or (not _OTHER.search(own) and _WHERE.search(own) is not None)))
        if usable:
            chain.append((start, end + len(own), index))
            named_people = named_people or names or bool(_STAFF_SENTENCE.search(scan.sentence_around(start)))
        if not usable or joined is None or re.search(r"[.;!?\n]", tail[:joined.start()]):
            if len(chain) >= 2 and named_people:
                break
            chain, named_people = [], False
    if len(chain) >= 2 and named_people:
        total = sum(scan.numbers.mentions[i].value for _, _, i in chain)
        scan.add(Hit("employees", total, chain[0][0], chain[-1][1], 3, "the groups added up",
                     tuple(i for _, _, i in chain)))
