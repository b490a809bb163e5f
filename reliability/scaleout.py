"""Scale-out on existing engines: two advisor processes on one PostgreSQL, and on one Chroma server.

Postgres: a throw-away database on DATABASE_ADMIN_URL (default the local server; a private cluster
started from Debian's packages when none runs), two processes
alternating the turns of the same threads. Chroma: `chroma run` on loopback, an indexer process
adds a user document, two advisor processes then search the same collection.
`python -m reliability.scaleout`.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from pathlib import Path
from typing import Any

from reliability.harness import load_conversations
from reliability.processes import BIN, Server, Worker, advisor_env, free_port

ADMIN_URL = os.environ.get("DATABASE_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


def postgres_reason(admin_url: str = ADMIN_URL) -> str | None:
    """Why the Postgres check cannot run here, or None."""
    try:
        import psycopg

        psycopg.connect(admin_url, connect_timeout=3).close()
    except Exception as exc:  # noqa: BLE001 - any failure is the reason
        return f"no PostgreSQL at {admin_url}: {type(exc).__name__}: {exc}"[:200]
    return None


def run_postgres(workdir: Path, admin_url: str = ADMIN_URL) -> dict[str, Any]:
    """Two processes on one throw-away database take turns on the same threads."""
    import psycopg

    name = f"advisor_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = admin_url.rsplit("/", 1)[0] + "/" + name
    workers: list[Worker] = []
    try:
        workers = [Worker(advisor_env(workdir / f"p{n}", DATABASE_URL=url)) for n in range(2)]
        conversations = load_conversations()
        results = []
        for start, conv in enumerate(conversations):
            for n, text in enumerate(conv.messages):
                last = workers[(start + n) % 2].ask(thread=conv.name, text=text)
            seen = [w.ask(thread=conv.name) for w in workers]
            results.append(last["architecture"] == conv.expected and seen[0] == seen[1]
                           and len(seen[0]["history"]) == 2 * len(conv.messages))
        with psycopg.connect(url) as conn:
            threads = conn.execute("SELECT count(DISTINCT thread_id) FROM checkpoints").fetchone()
    finally:
        for worker in workers:
            worker.close()
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return {"database": name, "processes": 2, "conversations": len(results), "consistent": sum(results),
            "threads_in_postgres": threads[0] if threads else 0}


def run_chroma(workdir: Path) -> dict[str, Any]:
    """`chroma run`, an indexer process, then two advisor processes sharing the collection."""
    workdir.mkdir(parents=True, exist_ok=True)
    chroma = shutil.which("chroma", path=str(BIN)) or "chroma"
    port = free_port()
    server = Server([chroma, "run", "--path", str(workdir / "chroma-server"), "--host", "127.0.0.1",
                     "--port", str(port)], f"http://127.0.0.1:{port}/api/v2/heartbeat",
                    log=workdir / "chroma.log")
    env = advisor_env(workdir / "shared", CHROMA_HOST="127.0.0.1", CHROMA_PORT=str(port))
    document = workdir / "upload" / "platform-team-charter.md"
    document.parent.mkdir(parents=True)
    document.write_text("# Platform team charter\n\nThe zebracorn platform team owns the shared model "
                        "gateway, the prompt registry and the zebracorn cost dashboards.\n", encoding="utf-8")
    workers: list[Worker] = []
    try:
        from knowledge.documents import add_documents

        add_documents([document], workdir / "shared")
        indexer = Worker(env)
        built = indexer.ask(search="zebracorn platform team")
        indexer.close()
        workers = [Worker(env) for _ in range(2)]
        searches = [w.ask(search="zebracorn platform team") for w in workers]
        conv = load_conversations()[0]
        for n, text in enumerate(conv.messages):
            last = workers[n % 2].ask(thread="chroma", text=text)
    finally:
        for worker in workers:
            worker.close()
        server.stop()
    local_dirs = [p for p in (workdir / "shared").rglob("chroma") if p.is_dir()]
    return {"indexer_rebuilt": built["rebuilt"], "passages": built["passages"],
            "processes_rebuilt": [s["rebuilt"] for s in searches],
            "document_found_by_each": [any(i.startswith("user/") for i in s["ids"]) for s in searches],
            "same_collection": len({s["passages"] for s in searches} | {built["passages"]}) == 1,
            "local_chroma_dirs": len(local_dirs), "recommendation": last["architecture"]}


def print_figures(postgres: dict[str, Any] | str, chroma: dict[str, Any]) -> None:
    print("Scale-out")
    if isinstance(postgres, str):
        print(f"  PostgreSQL: skipped ({postgres})")
    else:
        print(f"  PostgreSQL ({postgres['database']}, dropped after): {postgres['processes']} processes "
              f"alternating turns, {postgres['consistent']}/{postgres['conversations']} conversations "
              f"identical from both and correct, {postgres['threads_in_postgres']} threads stored")
    print(f"  Chroma server: indexer built {chroma['passages']} passages "
          f"(rebuilt {chroma['indexer_rebuilt']});"
          f" 2 advisor processes reused it (rebuilt {chroma['processes_rebuilt']}), found the uploaded "
          f"document {chroma['document_found_by_each']}, local Chroma dirs {chroma['local_chroma_dirs']}")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        pg: dict[str, Any] | str
        if postgres_reason() is None:
            pg = run_postgres(Path(tmp) / "pg")
        else:  # no server running: start a private cluster from Debian's packages
            from reliability.private_postgres import private_cluster

            with private_cluster() as admin_url:
                pg = run_postgres(Path(tmp) / "pg", admin_url)
        print_figures(pg, run_chroma(Path(tmp) / "chroma"))
