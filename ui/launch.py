"""`advisor ui` / `make run`: serve the Chainlit app on localhost."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from advisor.settings import Settings
from ui.persistence import auth_secret, chat_db_path, ensure_schema

REPO_ROOT = Path(__file__).resolve().parents[1]  # holds .chainlit/, public/ and chainlit*.md
APP_FILE = REPO_ROOT / "ui" / "chainlit_app.py"
HOST = "127.0.0.1"
OWN_TRANSLATIONS = ("en-US.json", "fr-FR.json")  # ours (the footer); Chainlit adds the others


def app_root(data_dir: Path) -> Path:
    """Chainlit's app root, `DATA_DIR/chainlit-app`, outside the checkout: Chainlit writes its
    translation files and `.files` there. Our config, translations, welcome pages and public/
    are copied in from the repository at every start."""
    root = data_dir / "chainlit-app"
    translations = root / ".chainlit" / "translations"
    translations.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(REPO_ROOT / ".chainlit" / "config.toml", root / ".chainlit" / "config.toml")
    for name in OWN_TRANSLATIONS:
        shutil.copyfile(REPO_ROOT / ".chainlit" / "translations" / name, translations / name)
    for page in REPO_ROOT.glob("chainlit*.md"):
        shutil.copyfile(page, root / page.name)
    shutil.copytree(REPO_ROOT / "public", root / "public", dirs_exist_ok=True)
    return root


def chainlit_command(port: int, host: str = HOST) -> list[str]:
    """`chainlit run <app> -h --host <host> --port <port>` with this interpreter."""
    return [sys.executable, "-m", "chainlit", "run", str(APP_FILE), "-h", "--host", host,
            "--port", str(port)]


def chainlit_env(settings: Settings, base: dict[str, str] | None = None) -> dict[str, str]:
    """The child's environment: absolute DATA_DIR, app root (under it), and the login secret."""
    env = dict(os.environ if base is None else base)
    data_dir = settings.data_dir.resolve()
    env["DATA_DIR"] = str(data_dir)
    env["CHAINLIT_APP_ROOT"] = str(app_root(data_dir))
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
