"""Find and redact personal data: e-mails, phone numbers, IBANs and names after clear cues."""

from __future__ import annotations

import re

_NAME = r"[A-ZÀ-Ý][a-zà-ÿ'-]+(?:[ \t]+[A-ZÀ-Ý][a-zà-ÿ'-]+){0,2}"
_FULL_NAME = r"[A-ZÀ-Ý][a-zà-ÿ'-]+(?:[ \t]+[A-ZÀ-Ý][a-zà-ÿ'-]+){1,2}"
# Checked in order; a later kind never overlaps an earlier one.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("iban", re.compile(r"\b[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]{4}){2,7}(?:[ ]?[A-Za-z0-9]{1,3})?\b")),
    ("phone", re.compile(r"(?:\+33|0033)[\s.-]?\(?0?\)?[1-9](?:[\s.-]?\d{2}){4}\b")),
    ("phone", re.compile(r"(?<![\w+])0[1-9](?:[\s.-]?\d{2}){4}\b")),
    ("phone", re.compile(r"\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,5}\b")),
    ("phone", re.compile(r"(?<![\w.,])\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b")),
    ("name", re.compile(
        rf"(?i:\bmy name is|\bje m'appelle|\bje m’appelle|\bmon nom est|\bmoi c'est|\bname:)"
        rf"[ \t]+(?P<who>{_NAME})")),
    ("name", re.compile(
        rf"(?i:\bi am|\bi'm|\bi’m|\bthis is|\bje suis|\bici)[ \t]+(?P<who>{_FULL_NAME})")),
    ("name", re.compile(
        r"(?i:regards|best|cheers|thanks|thank you|sincerely|cordialement|bien à vous|"
        rf"merci|salutations)[ \t]*[,.!]?[ \t]*\r?\n[ \t]*(?P<who>{_NAME})")),
    ("name", re.compile(rf"(?m)^[ \t]*(?:--|—|–)[ \t]*(?P<who>{_NAME})[ \t]*$")),
)
# Capitalised words after "I am" that are roles or nationalities, not names.
_NOT_NAMES_TEXT = (
    "cto cio ceo cdo cfo coo ciso head chief director directeur directrice responsable "
    "manager lead french français française english german the a an in from at"
)
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())
_DIGIT = re.compile(r"\d")
PLACEHOLDERS = {"email": "[EMAIL]", "phone": "[PHONE]", "iban": "[IBAN]", "name": "[NAME]"}


def find_pii(text: str) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, kind) of personal data in `text`, sorted by start."""
    found: list[tuple[int, int, str]] = []
    digits = len(_DIGIT.findall(text)) >= 8
    for kind, pattern in _PATTERNS:
        if (kind == "email" and "@" not in text) or (kind in ("phone", "iban") and not digits):
            continue
        for match in pattern.finditer(text):
            start, end = match.span("who") if kind == "name" else match.span()
            if kind == "name" and match.group("who").split()[0].lower() in _NOT_NAMES:
                continue
            if kind == "iban" and not _looks_like_iban(match.group(0)):
                continue
            if all(end <= s or start >= e for s, e, _ in found):
                found.append((start, end, kind))
    return sorted(found)


def _looks_like_iban(candidate: str) -> bool:
    compact = candidate.replace(" ", "")
    return 15 <= len(compact) <= 34 and sum(c.isdigit() for c in compact) >= 8


def redact_pii(text: str) -> tuple[str, list[str]]:
    """Replace personal data by [EMAIL], [PHONE], [IBAN] or [NAME]; return the kinds found."""
    parts: list[str] = []
    kinds: list[str] = []
    pos = 0
    for start, end, kind in find_pii(text):
        parts.append(text[pos:start])
        parts.append(PLACEHOLDERS[kind])
        pos = end
        if kind not in kinds:
            kinds.append(kind)
    parts.append(text[pos:])
    return "".join(parts), kinds


def mask_pii(text: str) -> tuple[str, list[str]]:
    """Blank personal data with '░' (same length, so offsets still match `text`)."""
    chars = list(text)
    kinds: list[str] = []
    for start, end, kind in find_pii(text):
        chars[start:end] = "░" * (end - start)
        if kind not in kinds:
            kinds.append(kind)
    return "".join(chars), kinds
