"""Issue 16 items 4, 7, 8 and 18 on a real `advisor ui` process (loopback, temporary DATA_DIR):
no CORS for other origins, throttled logins, logout revokes the token, `/health`, SIGTERM to
`advisor ui` stops Chainlit, and stopping it leaves the shared `.files` folder alone."""

from __future__ import annotations

import json
import math
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from reliability.processes import BIN, advisor_env, free_port

TIMEOUT_S = 120
EVIL = "http://127.0.0.1:1"  # another page on the same host


def request(url: str, method: str = "GET", data: bytes | None = None,
            headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], str]:
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


def children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def wait_served(url: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        assert proc.poll() is None, log.read_text()[-3000:]
        try:
            with urllib.request.urlopen(url + "/health", timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise AssertionError("UI not served:\n" + log.read_text()[-3000:])


def test_ui_process_hardening(tmp_path: Path) -> None:
    port, log = free_port(), tmp_path / "ui.log"
    env = advisor_env(tmp_path / "data", UI_PASSWORD="right-password", UI_USER="admin")
    env.pop("CHAINLIT_AUTH_SECRET", None)
    with log.open("wb") as out:
        proc = subprocess.Popen([str(BIN / "advisor"), "ui", "--port", str(port)], env=env, cwd=tmp_path,
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_served(url, proc, log)
        status, _, body = request(url + "/health")
        assert status == 200 and json.loads(body)["ok"] is True
        status, headers, _ = request(url + "/project/settings", headers={"Origin": EVIL})
        assert "access-control-allow-origin" not in {k.lower() for k in headers}
        status, headers, _ = request(url + "/login", "OPTIONS", headers={
            "Origin": EVIL, "Access-Control-Request-Method": "POST"})
        assert status >= 400 and "access-control-allow-origin" not in {k.lower() for k in headers}

        form = b"username=admin&password=right-password"
        status, headers, _ = request(url + "/login", "POST", form,
                                     {"Content-Type": "application/x-www-form-urlencoded"})
        assert status == 200, status
        cookie = headers["set-cookie"].split(";")[0]
        assert request(url + "/user", headers={"Cookie": cookie})[0] == 200
        assert request(url + "/logout", "POST", b"", {"Cookie": cookie})[0] == 200
        assert request(url + "/user", headers={"Cookie": cookie})[0] == 401  # the old token is dead

        started, answers = time.perf_counter(), []
        for i in range(50):
            answers.append(request(url + "/login", "POST", f"username=admin&password=guess{i}".encode(),
                                   {"Content-Type": "application/x-www-form-urlencoded"})[0])
        elapsed = time.perf_counter() - started
        print(f"50 guesses in {elapsed:.2f} s: {answers.count(401)} checked, {answers.count(429)} refused (429)")
        # 5 free failures, then each further check waits 1, 2, 4… s: within `elapsed` seconds at most
        # 5 + ceil(log2(elapsed + 1)) + 1 reach the password check (timing-independent bound).
        checked_at_most = 5 + math.ceil(math.log2(elapsed + 1)) + 1
        assert answers.count(401) <= checked_at_most and answers.count(429) >= 50 - checked_at_most

        chainlit = children(proc.pid)
        assert chainlit, "no Chainlit child"
        os.kill(proc.pid, signal.SIGTERM)  # to `advisor ui` only, as a service manager would
        proc.wait(30)
        deadline = time.monotonic() + 30
        while any(Path(f"/proc/{pid}").exists() for pid in chainlit) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(Path(f"/proc/{pid}").exists() for pid in chainlit), "Chainlit kept running"
        with socket.socket() as sock:
            assert sock.connect_ex(("127.0.0.1", port)) != 0
        # other UI processes on this data dir keep their files folder (and none is made in the checkout)
        assert (tmp_path / "data" / "chainlit-app" / ".files").is_dir()
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
        for pid in children(proc.pid):
            os.kill(pid, signal.SIGKILL)
