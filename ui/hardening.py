"""Chainlit hardening applied when the app module loads (before the server serves anything).

- Each process gets its own uploaded-files folder: Chainlit deletes its `.files` folder on
  shutdown, which used to break every other UI process started from the same checkout.
- CORS never allows `*` with credentials: only the origins in `UI_ALLOWED_ORIGINS` (none by
  default; the page itself is same-origin and needs none).
- `GET /health` answers what the app can do (data dir, database, index), 503 when it cannot.
- Logins are throttled, logged-out tokens refused, and the JWT secret is bound to the password.
- Web thread ids must be Chainlit's UUIDs, so a `slack:…` id can never be opened from the web.
- The chat history agrees with the advisor's checkpoint: an edited message is refused (the
  advice cannot be rewound; Chainlit processed edits even with editing off), and a message over
  the size limit is answered but never stored (it used to grow the history by megabytes).
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ui.login_guard import LoginThrottle, ThrottledLogin, TokenRevocations, bound_secret

THROTTLE = LoginThrottle()


def separate_files_dir() -> Path:
    """Point Chainlit's uploaded-files folder at a fresh folder of this process."""
    import chainlit.config
    import chainlit.server

    folder = Path(tempfile.mkdtemp(prefix="advisor-ui-files-"))
    chainlit.config.FILES_DIRECTORY = folder
    chainlit.server.FILES_DIRECTORY = folder  # removed at shutdown
    return folder


def restrict_origins(extra: list[str]) -> list[str]:
    """Set the CORS origins (in place: the middleware holds this list) to `extra`, never `*`."""
    from chainlit.config import config

    allowed = [origin for origin in extra if origin.strip() not in ("*", "")]
    config.project.allow_origins[:] = allowed
    return allowed


def add_health_route(check: Callable[[], dict[str, Any]]) -> None:
    """`GET /health` before Chainlit's catch-all page route: 200 or 503 with the checks."""
    from chainlit.server import app
    from fastapi.responses import JSONResponse
    from starlette.concurrency import run_in_threadpool
    from starlette.routing import Route

    async def health_route(_: Any) -> JSONResponse:
        report = await run_in_threadpool(check)
        return JSONResponse(report, status_code=200 if report["ok"] else 503)

    app.router.routes.insert(0, Route("/health", health_route, methods=["GET"]))


def guard_logins(data_dir: Path, user: str, password: str) -> TokenRevocations:
    """Throttle `/login`, bind the JWT secret to the login, refuse logged-out tokens."""
    import chainlit.auth
    import chainlit.server
    import jwt
    from chainlit.auth.cookie import get_token_from_cookies
    from chainlit.server import app

    from ui.persistence import auth_secret

    base = os.environ.get("CHAINLIT_AUTH_SECRET") or auth_secret(data_dir)
    os.environ["CHAINLIT_AUTH_SECRET"] = bound_secret(base, user, password)
    revocations = TokenRevocations(data_dir / "ui_tokens.sqlite")
    app.add_middleware(ThrottledLogin, throttle=THROTTLE)
    original = chainlit.auth.decode_jwt

    def decode_unless_revoked(token: str) -> Any:
        if revocations.is_revoked(token):
            raise jwt.InvalidTokenError("this session was logged out")
        return original(token)

    chainlit.auth.decode_jwt = decode_unless_revoked
    chainlit.server.decode_jwt = decode_unless_revoked

    import chainlit as cl

    @cl.on_logout
    def forget_token(request: Any, response: Any) -> None:
        token = get_token_from_cookies(dict(request.cookies))
        if token:
            claims = jwt.decode(token, options={"verify_signature": False})
            revocations.revoke(token, float(claims.get("exp", 0)))

    return revocations


def register_login(settings: Any, local_user: str) -> None:
    """Chainlit's login: the password form when `UI_PASSWORD` is set (throttled, revocable), else
    every local visitor is the one `local_user` (history works without a login)."""
    import chainlit as cl

    if settings.ui_password:
        guard_logins(settings.data_dir, settings.ui_user, settings.ui_password)

        @cl.password_auth_callback
        async def password_login(username: str, password: str) -> cl.User | None:
            ok = check_password(username, password, settings.ui_user, settings.ui_password or "")
            return cl.User(identifier=username) if ok else None
    else:
        @cl.header_auth_callback
        async def local_login(headers: Any) -> cl.User | None:
            return cl.User(identifier=local_user)


def check_password(user: str, password: str, expected_user: str, expected_password: str) -> bool:
    """Constant-time check, refused outright while this user name must wait (throttled)."""
    import secrets

    key = f"user:{user}"
    if THROTTLE.retry_after(key) > 0:
        return False
    ok = secrets.compare_digest(user, expected_user) and secrets.compare_digest(password, expected_password)
    (THROTTLE.succeeded if ok else THROTTLE.failed)(key)
    return ok


def web_thread_id(chainlit_thread_id: str) -> str | None:
    """The advisor thread of a web conversation: Chainlit's UUID itself, or None for anything
    else (a `slack:…` id sent by a browser names another face's conversation)."""
    try:
        uuid.UUID(chainlit_thread_id)
    except (ValueError, TypeError):
        return None
    return chainlit_thread_id


def empty_password_problem(ui_password: str | None) -> str | None:
    """`UI_PASSWORD=""` is a mistake, not a way to turn login off: say so."""
    if ui_password is not None and not ui_password.strip():
        return ("UI_PASSWORD is set but empty: set a password, or unset UI_PASSWORD to run "
                "without login on localhost")
    return None


def refuse_edits() -> None:
    """Answer Chainlit's `edit_message` event with a notice and change nothing, unless editing is
    on in `.chainlit/config.toml` (it is off: the advisor state cannot be rewound)."""
    from chainlit.config import config
    from chainlit.context import init_ws_context
    from chainlit.session import WebsocketSession
    from chainlit.socket import sio

    from i18n import t

    original = sio.handlers["/"]["edit_message"]

    async def edit_message(sid: str, payload: Any) -> Any:
        if config.features.edit_message:
            return await original(sid, payload)
        context = init_ws_context(WebsocketSession.require(sid))
        lang = getattr(context.session, "language", None)
        await context.emitter.send_toast(t("ui.edit_refused", lang), "warning")
        return None

    sio.on("edit_message")(edit_message)


def unstored_when_too_long(limit: int) -> None:
    """A user message over `limit` characters reaches the handler (which refuses it) without
    being stored in the chat history, and without starting a stored thread."""
    from chainlit.emitter import ChainlitEmitter
    from chainlit.message import Message

    original = ChainlitEmitter.process_message

    async def process_message(self: ChainlitEmitter, payload: Any) -> Any:
        if len(str(payload.get("message", {}).get("output") or "")) <= limit:
            return await original(self, payload)
        message = Message.from_dict(payload["message"])
        message.persisted = True  # Chainlit's own flag: never written to the data layer
        return message

    ChainlitEmitter.process_message = process_message  # type: ignore[method-assign]


def handle_messages(handler: Callable[[Any], Any]) -> None:
    """Register `handler` for user messages as `@cl.on_message` does, without its "on_message" run
    step: that step's input stored every message a second time (and a refused one at all)."""
    from chainlit.config import config
    from chainlit.utils import wrap_user_function

    config.code.on_message = wrap_user_function(handler)
