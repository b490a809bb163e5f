"""Issue 16 items 3, 8 and 18 (start-up): login throttling, revoked tokens, password-bound secret,
web thread ids, empty password and unwritable data dir refusals, health checks."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import pytest
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from advisor.health import health
from advisor.settings import Settings
from ui.hardening import empty_password_problem, web_thread_id
from ui.launch import run_ui
from ui.login_guard import LoginThrottle, ThrottledLogin, TokenRevocations, bound_secret

UNWRITABLE = Path("/proc/self/advisor-data")  # even root cannot create files there


def login_app(throttle: LoginThrottle, checked: list[str]) -> Starlette:
    async def login(request: object) -> JSONResponse:
        checked.append("x")
        return JSONResponse({"detail": "credentialssignin"}, status_code=401)

    app = Starlette(routes=[Route("/login", login, methods=["POST"])])
    app.add_middleware(ThrottledLogin, throttle=throttle)
    return app


def test_password_guessing_is_throttled() -> None:
    checked: list[str] = []
    # a frozen clock: the backoff (1 s after 5 failures) must not expire on a slow machine mid-loop
    client = TestClient(login_app(LoginThrottle(clock=lambda: 1000.0), checked))
    started = time.perf_counter()
    answers = [client.post("/login", data={"username": "admin", "password": f"guess{i}"}).status_code
               for i in range(200)]
    elapsed = time.perf_counter() - started
    print(f"200 guesses in {elapsed:.2f} s: {len(checked)} reached the password check, "
          f"{answers.count(429)} got 429")
    assert len(checked) == 5 and answers.count(429) == 195
    assert int(client.post("/login").headers["retry-after"]) >= 1


def test_backoff_doubles_and_a_success_clears_it() -> None:
    now = [0.0]
    throttle = LoginThrottle(free=5, base_s=1.0, cap_s=300.0, clock=lambda: now[0])
    for _ in range(5):
        throttle.failed("ip")
    waits = []
    for _ in range(10):
        waits.append(throttle.retry_after("ip"))
        now[0] += waits[-1]
        throttle.failed("ip")
    assert waits == [1, 2, 4, 8, 16, 32, 64, 128, 256, 300]  # about 12 guesses in 13 minutes
    throttle.succeeded("ip")
    assert throttle.retry_after("ip") == 0


def test_logged_out_tokens_are_revoked_and_the_secret_follows_the_password(tmp_path: Path) -> None:
    revocations = TokenRevocations(tmp_path / "ui_tokens.sqlite")
    revocations.revoke("token-a", time.time() + 60)
    assert revocations.is_revoked("token-a") and not revocations.is_revoked("token-b")
    assert TokenRevocations(tmp_path / "ui_tokens.sqlite").is_revoked("token-a")  # another process
    assert bound_secret("base", "admin", "old") != bound_secret("base", "admin", "new")


def test_web_thread_ids_are_chainlit_uuids_only() -> None:
    web = str(uuid.uuid4())
    assert web_thread_id(web) == web
    for foreign in ("slack:T1:D1:1700000000.000100", "slack:T1:D1:1.1:r1", "", "../x", "web:" + web):
        assert web_thread_id(foreign) is None


def test_ui_refuses_to_start_with_an_empty_password_or_an_unwritable_data_dir(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert empty_password_problem("") and empty_password_problem("  ") and not empty_password_problem(None)
    monkeypatch.chdir(tmp_path)  # no .env
    monkeypatch.setenv("UI_PASSWORD", "")
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    assert run_ui(1) == 2 and "UI_PASSWORD is set but empty" in capsys.readouterr().err
    monkeypatch.delenv("UI_PASSWORD")
    monkeypatch.setenv("DATA_DIR", str(UNWRITABLE))
    assert run_ui(1) == 2 and "is not writable" in capsys.readouterr().err


def test_health_reports_what_is_wrong(tmp_path: Path) -> None:
    good = health(Settings(_env_file=None, data_dir=tmp_path))  # type: ignore[call-arg]
    assert good == {"ok": True, "checks": {"data_dir": "ok", "database": "ok", "index": "ok"}}
    bad = health(Settings(_env_file=None, data_dir=UNWRITABLE))  # type: ignore[call-arg]
    assert not bad["ok"] and "not writable" in bad["checks"]["data_dir"]
    (tmp_path / "chroma").mkdir()
    (tmp_path / "chroma" / "chroma.sqlite3").write_bytes(b"garbage" * 100)
    damaged = health(Settings(_env_file=None, data_dir=tmp_path))  # type: ignore[call-arg]
    assert not damaged["ok"] and damaged["checks"]["index"] != "ok"
    offline = health(Settings(_env_file=None, data_dir=tmp_path,  # type: ignore[call-arg]
                              database_url="postgresql://nobody@127.0.0.1:9/none"))
    assert "unavailable" in offline["checks"]["database"]
