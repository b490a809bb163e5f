"""UI test fixtures: a headless Chromium (installed by ui/e2e_setup.sh) and a running app."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from advisor.settings import Settings
from ui.launch import REPO_ROOT, chainlit_command, chainlit_env

SCREENSHOTS = REPO_ROOT / "reports" / "screenshots"
START_TIMEOUT_S = 90


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """Debian's chromium, installed with apt-get when missing; the test is skipped, with the
    reason, when that is impossible (no apt-get, not root, no registry)."""
    setup = subprocess.run(["bash", str(REPO_ROOT / "ui" / "e2e_setup.sh")], capture_output=True,
                           text=True, timeout=900)
    if setup.returncode != 0:
        pytest.skip(f"no headless Chromium: ui/e2e_setup.sh failed ({setup.returncode}): "
                    f"{setup.stderr.strip()[-400:]}")
    return setup.stdout.strip().splitlines()[-1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class RunningApp:
    url: str
    data_dir: Path
    log: Path
    start_s: float  # from launch to the first page served
    process: subprocess.Popen[bytes]


def _wait_until_served(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"app exited ({process.returncode}):\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.25)
    raise RuntimeError(f"app not served after {START_TIMEOUT_S}s:\n{log.read_text()[-3000:]}")


def app_env(data_dir: Path, **overrides: str) -> dict[str, str]:
    """The app's environment: offline, no key, no password, no database server, hash embeddings."""
    base = {k: v for k, v in os.environ.items()
            if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "UI_PASSWORD", "DATABASE_URL")}
    # Hash embeddings index the knowledge base in ~1 s instead of 35-70 s for MiniLM on two
    # cores; retrieval quality is tested in tests/knowledge, these tests are about the UI.
    return chainlit_env(Settings(data_dir=data_dir), {
        **base, "ADVISOR_MODE": "offline", "PYTHONUNBUFFERED": "1",
        "EMBEDDING": os.environ.get("E2E_EMBEDDING", "hash"), **overrides})


def spawn_app(port: int, env: dict[str, str], log: Path, mode: str = "wb") -> subprocess.Popen[bytes]:
    """`chainlit run ui/chainlit_app.py` on `port`, logging to `log`; returns once it serves."""
    with log.open(mode) as out:
        process = subprocess.Popen(chainlit_command(port), cwd=REPO_ROOT, env=env, stdout=out,
                                   stderr=subprocess.STDOUT, start_new_session=True)
    try:
        _wait_until_served(f"http://127.0.0.1:{port}/", process, log)
    except BaseException:  # never leave a half-started app behind
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        raise
    return process


@contextmanager
def launched_app(name: str, **overrides: str) -> Iterator[RunningApp]:
    """`chainlit run ui/chainlit_app.py` on a free loopback port, offline, with a fresh DATA_DIR.

    The folder is our own temporary one (pytest prunes its tmp dirs when other runs start);
    the server log is copied next to the screenshots as `<name>.log` afterwards.
    """
    data_dir = Path(tempfile.mkdtemp(prefix="advisor-ui-e2e-"))
    port, log = free_port(), data_dir / "app.log"
    started = time.monotonic()
    process = spawn_app(port, app_env(data_dir, **overrides), log)
    try:
        yield RunningApp(f"http://127.0.0.1:{port}", data_dir, log, time.monotonic() - started, process)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copy(log, SCREENSHOTS / f"{name}.log")
        shutil.rmtree(data_dir, ignore_errors=True)


@pytest.fixture(scope="session")
def screenshots() -> Path:
    """A clean reports/screenshots/ (git-ignored) for this run."""
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)
    SCREENSHOTS.mkdir(parents=True)
    return SCREENSHOTS


@pytest.fixture(scope="module")
def running_app(screenshots: Path) -> Iterator[RunningApp]:
    """The app as `make run` starts it: no password, every local visitor is one local user."""
    with launched_app("app") as app:
        yield app


@pytest.fixture(scope="module")
def password_app(screenshots: Path) -> Iterator[RunningApp]:
    """The app with UI_PASSWORD set: Chainlit's login page comes first."""
    with launched_app("app-password", UI_PASSWORD="s3cret", UI_USER="cto") as app:
        yield app
