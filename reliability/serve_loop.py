"""A minimal served advisor process: one JSON request per stdin line, one JSON reply per stdout line.

Settings come from the environment (DATA_DIR, DATABASE_URL, CHROMA_HOST, EMBEDDING...), exactly as
for the UIs. Requests: {"thread": id, "text": message} runs a turn; {"thread": id} only reads the
thread; {"search": query} queries the knowledge index. Used by the crash, Postgres and Chroma checks.
"""

from __future__ import annotations

import json
import sys
from typing import Any


def handle(session: Any, request: dict[str, Any]) -> dict[str, Any]:
    from advisor.services import retriever_for

    if "search" in request:
        retriever: Any = retriever_for(session.context)
        hits = retriever.search(request["search"], k=3)
        return {"ids": [p.id for p in hits], "passages": len(retriever.passages),
                "rebuilt": retriever.index.rebuilt}
    thread = request["thread"]
    if "text" in request:
        turn = session.send(thread, request["text"])
        architecture = (turn.recommendation or {}).get("architecture")
        return {"reply": turn.reply, "profile": turn.profile, "architecture": architecture,
                "history": session.history(thread)}
    values = session.values(thread)
    return {"profile": values.get("profile", {}), "history": session.history(thread),
            "architecture": (values.get("recommendation") or {}).get("architecture")}


def main() -> None:
    from advisor.context import Context
    from advisor.session import AdvisorSession
    from advisor.settings import Settings
    from knowledge.retriever import make_retriever

    settings = Settings()  # the entry point: settings from the environment, passed down
    retriever = make_retriever(settings.knowledge(), progress=False)  # built at start-up
    session = AdvisorSession(settings, context=Context(settings=settings, mode="offline",
                                                       retriever=retriever))
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        try:
            reply = handle(session, json.loads(line))
        except Exception as exc:  # noqa: BLE001 - reported to the caller, the loop goes on
            reply = {"error": f"{type(exc).__name__}: {exc}"}
        print(json.dumps(reply, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
