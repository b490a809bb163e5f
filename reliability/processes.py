"""Child processes for the scale-out checks: served advisors, `chroma run`, `langgraph dev`."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def advisor_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of an offline advisor process on `data_dir` (hash embedding: fast)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "CHROMA_HOST", "OPENAI_API_KEY")}
    env.update({"DATA_DIR": str(data_dir), "ADVISOR_MODE": "offline", "EMBEDDING": "hash",
                "PYTHONPATH": str(ROOT), "TQDM_DISABLE": "1",
                "PYTHONFAULTHANDLER": "1"})  # a crash in native code prints every thread's stack
    env.update(extra)
    return env


class Worker:
    """`python -m reliability.serve_loop` as a child; `ask` sends one request, waits for its reply."""

    def __init__(self, env: dict[str, str], timeout_s: float = 120) -> None:
        self.timeout_s = timeout_s
        self.proc = subprocess.Popen([sys.executable, "-m", "reliability.serve_loop"], cwd=ROOT, env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, text=True)
        self._read()

    def _read(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"worker exited with {self.proc.wait(5)}")
        return dict(json.loads(line))

    def post(self, **request: Any) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()

    def ask(self, **request: Any) -> dict[str, Any]:
        self.post(**request)
        reply = self._read()
        if "error" in reply:
            raise RuntimeError(reply["error"])
        return reply

    def kill(self) -> None:
        """SIGKILL: no clean-up runs, like a crashed machine's process."""
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def close(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()


class Server:
    """A long-running child (chroma run, langgraph dev) that is up once `health_url` answers."""

    def __init__(self, args: list[str], health_url: str, env: dict[str, str] | None = None,
                 cwd: Path | None = None, log: Path | None = None, timeout_s: float = 90) -> None:
        self.log_path = log
        self.log = open(log or os.devnull, "w")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(args, env=env, cwd=cwd, stdout=self.log, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self.log.close()
                raise RuntimeError(f"{args[0]} exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(health_url, timeout=2):
                    return
            except OSError:
                time.sleep(0.5)
        self.stop()
        raise RuntimeError(f"{args[0]} did not answer {health_url} within {timeout_s} s")

    def log_tail(self, chars: int = 6000) -> str:
        """The end of the child's log (a native crash's stacks, with PYTHONFAULTHANDLER)."""
        if self.log_path is None or not self.log_path.exists():
            return ""
        return self.log_path.read_text(encoding="utf-8", errors="replace")[-chars:]

    def stop(self) -> None:
        """Stop the child's own process group (it may have spawned workers), then wait."""
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)
        self.log.close()
