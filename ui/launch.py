"""`advisor ui` / `make run`: serve the Chainlit app on localhost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from advisor.settings import Settings
from ui.persistence import auth_secret, chat_db_path, ensure_schema

REPO_ROOT = Path(__file__).resolve().parents[1]  # holds .chainlit/, public/ and chainlit.md
APP_FILE = REPO_ROOT / "ui" / "chainlit_app.py"
HOST = "127.0.0.1"


def chainlit_command(port: int, host: str = HOST) -> list[str]:
    """`chainlit run <app> -h --host <host> --port <port>` with this interpreter."""
    return [sys.executable, "-m", "chainlit", "run", str(APP_FILE), "-h", "--host", host,
            "--port", str(port)]


def chainlit_env(settings: Settings, base: dict[str, str] | None = None) -> dict[str, str]:
    """The child's environment: absolute DATA_DIR, app root, and the login secret."""
    env = dict(os.environ if base is None else base)
    data_dir = settings.data_dir.resolve()
    env["DATA_DIR"] = str(data_dir)
    env["CHAINLIT_APP_ROOT"] = str(REPO_ROOT)
    env.setdefault("CHAINLIT_AUTH_SECRET", auth_secret(data_dir))
    return env


def run_ui(port: int | None = None) -> int:
    """Run the chat UI until it stops; returns the server's exit status (2: refused to start).

    SIGTERM, SIGINT and SIGHUP are passed on to the Chainlit child, so stopping `advisor ui`
    stops the server too (it used to keep running, orphaned).
    """
    from advisor.health import data_dir_problem
    from ui.hardening import empty_password_problem

    settings = Settings()
    data_dir = settings.data_dir.resolve()
    if problem := empty_password_problem(settings.ui_password) or data_dir_problem(data_dir):
        print(f"advisor ui: {problem}", file=sys.stderr)
        return 2
    ensure_schema(chat_db_path(data_dir))
    command = chainlit_command(port or settings.port)
    print(f"Orchestration Advisor UI on http://{HOST}:{port or settings.port}", flush=True)
    child = subprocess.Popen(command, cwd=REPO_ROOT, env=chainlit_env(settings))

    def forward(signum: int, _frame: object) -> None:
        child.send_signal(signum)

    previous = {signum: signal.signal(signum, forward)
                for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)}
    try:
        return child.wait()
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if child.poll() is None:
            child.terminate()
            child.wait(10)
