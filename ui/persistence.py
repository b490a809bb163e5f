"""Chat history on SQLite (Chainlit's SQLAlchemy data layer) and the login secret, under DATA_DIR."""

from __future__ import annotations

import secrets
import sqlite3
from pathlib import Path
from typing import Any

# Chainlit's documented SQLAlchemy schema, in SQLite types; step/element keys become columns.
SCHEMA: tuple[str, ...] = (
    """CREATE TABLE IF NOT EXISTS users (
        "id" TEXT PRIMARY KEY, "identifier" TEXT NOT NULL UNIQUE,
        "metadata" TEXT NOT NULL, "createdAt" TEXT)""",
    """CREATE TABLE IF NOT EXISTS threads (
        "id" TEXT PRIMARY KEY, "createdAt" TEXT, "name" TEXT, "userId" TEXT,
        "userIdentifier" TEXT, "tags" TEXT, "metadata" TEXT,
        FOREIGN KEY ("userId") REFERENCES users("id") ON DELETE CASCADE)""",
    """CREATE TABLE IF NOT EXISTS steps (
        "id" TEXT PRIMARY KEY, "name" TEXT NOT NULL, "type" TEXT NOT NULL,
        "threadId" TEXT NOT NULL, "parentId" TEXT, "streaming" BOOLEAN NOT NULL,
        "waitForAnswer" BOOLEAN, "isError" BOOLEAN, "metadata" TEXT, "tags" TEXT,
        "input" TEXT, "output" TEXT, "createdAt" TEXT, "command" TEXT, "modes" TEXT,
        "start" TEXT, "end" TEXT, "generation" TEXT, "showInput" TEXT, "language" TEXT,
        "indent" INT, "defaultOpen" BOOLEAN, "autoCollapse" BOOLEAN, "icon" TEXT,
        FOREIGN KEY ("threadId") REFERENCES threads("id") ON DELETE CASCADE)""",
    """CREATE TABLE IF NOT EXISTS elements (
        "id" TEXT PRIMARY KEY, "threadId" TEXT, "type" TEXT, "url" TEXT, "chainlitKey" TEXT,
        "name" TEXT NOT NULL, "display" TEXT, "objectKey" TEXT, "size" TEXT, "page" INT,
        "language" TEXT, "forId" TEXT, "mime" TEXT, "props" TEXT, "autoPlay" BOOLEAN,
        "playerConfig" TEXT,
        FOREIGN KEY ("threadId") REFERENCES threads("id") ON DELETE CASCADE)""",
    """CREATE TABLE IF NOT EXISTS feedbacks (
        "id" TEXT PRIMARY KEY, "forId" TEXT NOT NULL, "threadId" TEXT NOT NULL,
        "value" INT NOT NULL, "comment" TEXT,
        FOREIGN KEY ("threadId") REFERENCES threads("id") ON DELETE CASCADE)""",
)
SECRET_FILE = "chainlit_auth_secret"


def chat_db_path(data_dir: Path) -> Path:
    return data_dir / "chainlit.sqlite"


def ensure_schema(db_path: Path) -> Path:
    """Create the chat-history tables if they are missing (safe to call at every start)."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(db_path) as db:
        for statement in SCHEMA:
            db.execute(statement)
    return db_path


def make_data_layer(data_dir: Path) -> Any:
    """Chainlit's SQLAlchemyDataLayer on `sqlite+aiosqlite:///<data_dir>/chainlit.sqlite`.

    No storage client: files (charts, reports) are not stored; on resume the app rebuilds
    them from the advisor's own checkpointed state instead.
    """
    from chainlit.data.sql_alchemy import SQLAlchemyDataLayer

    path = ensure_schema(chat_db_path(data_dir))
    return SQLAlchemyDataLayer(conninfo=f"sqlite+aiosqlite:///{path.resolve()}")


def auth_secret(data_dir: Path) -> str:
    """The JWT secret Chainlit signs logins with: read from DATA_DIR, created once if absent."""
    path = data_dir / SECRET_FILE
    if path.is_file() and path.read_text().strip():
        return path.read_text().strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_urlsafe(48)
    path.write_text(secret)
    path.chmod(0o600)
    return secret
