"""ui.launch, ui.persistence and ui.offline: start-up pieces, without a browser."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from advisor.settings import Settings
from ui.launch import APP_FILE, REPO_ROOT, chainlit_command, chainlit_env
from ui.offline import strip_external_links
from ui.persistence import auth_secret, chat_db_path, ensure_schema, make_data_layer


def test_command_runs_chainlit_headless_on_loopback() -> None:
    assert chainlit_command(8123) == [sys.executable, "-m", "chainlit", "run", str(APP_FILE), "-h",
                                      "--host", "127.0.0.1", "--port", "8123"]


def test_env_has_absolute_data_dir_app_root_and_a_persisted_secret(tmp_path: Path) -> None:
    env = chainlit_env(Settings(data_dir=tmp_path / "d"), {})
    assert env["DATA_DIR"] == str((tmp_path / "d").resolve())
    root = Path(env["CHAINLIT_APP_ROOT"])  # outside the checkout: Chainlit writes translations there
    assert root == (tmp_path / "d").resolve() / "chainlit-app" and REPO_ROOT not in root.parents
    assert (root / ".chainlit" / "config.toml").read_text() == (REPO_ROOT / ".chainlit" / "config.toml").read_text()
    assert "scorecard" in (root / ".chainlit" / "translations" / "en-US.json").read_text()  # our footer
    assert (root / "public" / "advisor.css").is_file() and (root / "chainlit_fr-FR.md").is_file()
    assert env["CHAINLIT_AUTH_SECRET"] == auth_secret(tmp_path / "d")  # same secret next time
    assert chainlit_env(Settings(data_dir=tmp_path), {"CHAINLIT_AUTH_SECRET": "x"})["CHAINLIT_AUTH_SECRET"] == "x"


def test_committed_chainlit_files_make_a_fresh_clone_work() -> None:
    config = (REPO_ROOT / ".chainlit" / "config.toml").read_text()
    assert 'name = "Orchestration Advisor"' in config and "latex = false" in config
    assert (REPO_ROOT / "chainlit.md").is_file()
    css = (REPO_ROOT / "public" / "advisor.css").read_text()
    assert "http" not in css and "@import" not in css


def test_schema_is_created_idempotently(tmp_path: Path) -> None:
    path = chat_db_path(tmp_path)
    ensure_schema(path)
    ensure_schema(path)
    with sqlite3.connect(path) as db:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"users", "threads", "steps", "elements", "feedbacks"} <= tables


def test_data_layer_is_sqlalchemy_on_aiosqlite(tmp_path: Path) -> None:
    layer = make_data_layer(tmp_path)
    assert type(layer).__name__ == "SQLAlchemyDataLayer"
    assert str(layer._conninfo).startswith("sqlite+aiosqlite:///")


def test_external_links_are_stripped_from_the_page() -> None:
    html = ('<link rel="preconnect" href="https://fonts.googleapis.com" />\n'
            '<link href="https://fonts.googleapis.com/css2?family=Inter" rel="stylesheet" />\n'
            '<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/katex.css" />\n'
            '<link rel="stylesheet" crossorigin href="/assets/index.css">')
    assert strip_external_links(html) == '<link rel="stylesheet" crossorigin href="/assets/index.css">'
