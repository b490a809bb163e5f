"""Every face of a French recommendation is French (and of an English one, English), with the
language's number formats: the catalogue's messages of one language never leak into the other."""

from __future__ import annotations

import re

import pytest

import i18n
from tests.view.conftest import Conversation

MIN_WORDS = 3


def _plain(text: str) -> str:
    """Text compared as a reader sees it: no Markdown markers, escapes or odd spaces."""
    text = re.sub(r"\\(.)", r"\1", text).replace("\u202f", " ").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", re.sub(r"[*_`#]", "", text)).strip().lower()


def _messages(lang: str) -> list[str]:
    found: list[str] = []
    for value in i18n.catalogue(lang).values():
        found += value if isinstance(value, list) else [value]
    return found


def foreign_fragments(lang: str, other: str) -> list[str]:
    """The literal parts (between placeholders) of `lang`'s messages, of at least three words, that
    the `other` catalogue does not also say."""
    others = " | ".join(_plain(m) for m in _messages(other))
    fragments = set()
    for message in _messages(lang):
        for part in re.split(r"\{[^}]*\}", message):
            plain = _plain(part).strip(" .,:;()—–-")
            if len(re.findall(r"[^\W\d_]+", plain)) >= MIN_WORDS and plain not in others:
                fragments.add(plain)
    return sorted(fragments)


def leaks(conversation: Conversation, other: str) -> list[str]:
    """(output, fragment) of the other language's messages found in the conversation's outputs."""
    fragments = foreign_fragments(other, conversation.lang)
    return [f"{name}: {fragment!r}" for name, text in conversation.outputs.items()
            for fragment in fragments if fragment in _plain(text)]


def test_the_leak_check_finds_a_planted_english_sentence(conversations: dict[str, Conversation]) -> None:
    planted = Conversation("fr", [], {}, conversations["fr"].view,
                           {"reply": "Bonjour. " + i18n.t("details.not_cheapest", "en", arch="hybrid")})
    assert leaks(planted, "en")


@pytest.mark.parametrize(("lang", "other"), [("fr", "en"), ("en", "fr")])
def test_no_message_of_the_other_language_in_any_output(conversations: dict[str, Conversation],
                                                         lang: str, other: str) -> None:
    found = leaks(conversations[lang], other)
    assert found == [], f"{len(found)} {other} messages in the {lang} outputs: {found[:10]}"


def test_french_outputs_use_french_number_formats(conversations: dict[str, Conversation]) -> None:
    for name, text in conversations["fr"].outputs.items():
        assert not re.search(r"\d\.\d+\s?(M€|k€|%)", text), name
        assert not re.search(r"\b\d{1,3},\d{3}\b", text), name  # "6,000": English grouping
    everything = "\n".join(conversations["fr"].outputs.values())
    assert re.search(r"\d,\d{1,2} M€", everything) and "6\u202f000" in everything


def test_english_outputs_use_english_number_formats(conversations: dict[str, Conversation]) -> None:
    for name, text in conversations["en"].outputs.items():
        assert not re.search(r"\d,\d{1,2}\s?(M€|k€)", text), name
    everything = "\n".join(conversations["en"].outputs.values())
    assert re.search(r"\d\.\d{1,2} M€", everything) and "6,000" in everything


def test_the_replies_trace_to_tool_results(conversations: dict[str, Conversation]) -> None:
    for conversation in conversations.values():
        for turn in conversation.turns:
            assert turn.guard_problems == [], turn.reply
