"""ui.history (history and checkpoint agreement) and the page's own words (`ui.` messages), no browser."""

from __future__ import annotations

from typing import Any

from langchain_core.messages import AIMessage, HumanMessage

import i18n
from ui.history import lost_reply

FIRST, SECOND = "We are 300 people.", "A budget of 3 M€."


def step(kind: str, output: str, **extra: Any) -> dict[str, Any]:
    return {"id": f"{kind}-{output[:8]}", "type": kind, "output": output, **extra}


def values(*messages: Any) -> dict[str, Any]:
    return {"messages": list(messages)}


def test_a_checkpointed_reply_missing_from_the_history_is_found() -> None:
    state = values(HumanMessage(FIRST), AIMessage("Noted: 300."), HumanMessage(SECOND), AIMessage("Noted: 3 M€."))
    stored = [step("user_message", FIRST), step("assistant_message", "Noted: 300."), step("user_message", SECOND)]
    assert lost_reply(stored, state) == "Noted: 3 M€."
    tool_only = [*stored, step("tool", "{}")]  # the tool steps were stored, the reply was not
    assert lost_reply(tool_only, state) == "Noted: 3 M€."


def test_nothing_is_lost_when_the_reply_is_stored_or_the_turn_never_finished() -> None:
    done = values(HumanMessage(FIRST), AIMessage("Noted: 300."))
    assert lost_reply([step("user_message", FIRST), step("assistant_message", "Noted: 300.")], done) is None
    cut_short = values(HumanMessage(FIRST), AIMessage("Noted: 300."))  # SECOND never checkpointed
    stored = [step("user_message", FIRST), step("assistant_message", "Noted: 300."), step("user_message", SECOND)]
    assert lost_reply(stored, cut_short) is None  # the user sends it again
    note = step("assistant_message", "Added memo.md", metadata={"upload": True})
    assert lost_reply([step("user_message", FIRST), note], done) == "Noted: 300."  # a note is no reply
    assert lost_reply([], values()) is None


def test_the_page_texts_exist_in_both_languages() -> None:
    ui_keys = {lang: {k for k in i18n.catalogue(lang) if k.startswith("ui.")} for lang in i18n.LANGS}
    assert ui_keys["en"] == ui_keys["fr"] and "ui.welcome" in ui_keys["en"]
    page_lang = i18n.lang_of  # a browser's language tag
    assert page_lang("fr-FR") == "fr" and page_lang("fr") == "fr" and page_lang("fr_CA") == "fr"
    assert page_lang("en-US") == "en" and page_lang(None) == "en" and page_lang("frisian") == "en"
    for lang, facts in (("en", ("sector", "employees", "countries", "AI", "budget")),
                        ("fr", ("secteur", "salariés", "pays", "IA", "budget"))):
        welcome = i18n.t("ui.welcome", lang)
        assert all(fact in welcome for fact in facts), welcome
        assert len([line for line in welcome.splitlines() if line.strip()]) == 2  # two lines
