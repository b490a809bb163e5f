"""Documents attached to a chat message: checked and indexed for their owner (`knowledge.uploads`),
answered with a clear message in the user's language. Runs in a worker thread: a PDF is parsed
in a capped child process within its time budget (`DOCUMENT_PARSE_TIMEOUT_S`)."""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path
from typing import Any

import chainlit as cl
from babel.numbers import format_decimal

import i18n
from knowledge.documents import MAX_DOCUMENT_BYTES
from knowledge.uploads import UploadRefused, add_upload
from ui.history import UPLOAD_NOTE
from ui.warmup import WAIT_FOR_INDEX_S

MB = 1024 * 1024


def attached(elements: list[Any]) -> list[tuple[Path, str]]:
    """(file on disk, name the user gave it) for each file attached to a message."""
    return [(Path(e.path), str(e.name)) for e in elements if getattr(e, "path", None)]


async def receive(files: list[tuple[Path, str]], owner: str, lang: str, data_dir: Path,
                  retriever: Future[Any]) -> None:
    """Add each attached file for `owner` and say what became of it (a note in the history)."""
    for path, name in files:
        note = await cl.make_async(add_attachment)(path, name, owner, lang, data_dir, retriever)
        await cl.Message(content=note, metadata={UPLOAD_NOTE: True}).send()


def add_attachment(path: Path, name: str, owner: str, lang: str, data_dir: Path,
                   retriever: Future[Any]) -> str:
    """Keep and index one attached document for `owner`; the message to show, in `lang`."""
    try:
        index = retriever.result(timeout=WAIT_FOR_INDEX_S)
    except Exception:  # noqa: BLE001 - still building (or failed): the user tries again later
        return i18n.t("ui.upload_not_ready", lang, name=name)
    try:
        upload = add_upload(path, name, owner, data_dir, index)
    except UploadRefused as refused:
        return refusal(refused, lang)
    return i18n.t("ui.upload_added", lang, name=upload.name, passages=len(upload.passages))


def refusal(refused: UploadRefused, lang: str) -> str:
    """Why a document was not kept, in the user's language, with its size and the limit."""
    locale = "fr_FR" if i18n.lang_of(lang) == "fr" else "en_GB"
    return i18n.t(f"ui.upload_{refused.kind}", lang, name=refused.name, detail=refused.detail,
                size=format_decimal(refused.size / MB, "#,##0.0", locale=locale),
                limit=format_decimal(MAX_DOCUMENT_BYTES / MB, "#,##0", locale=locale))
