"""HTTP Events mode's web app: requests are checked (signature, then shape) before Bolt parses them.

Bolt parses the body before it verifies the signature, so an unsigned malformed body used to
raise inside it (a 500 and a traceback). Here an unsigned or badly signed request gets 401 and a
signed one that is not a JSON object (or a form whose `payload` is not one) gets 400, before Bolt.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs

from aiohttp import web
from slack_bolt.async_app import AsyncApp
from slack_sdk.signature import SignatureVerifier

EVENTS_PATH = "/slack/events"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def well_formed(body: bytes, content_type: str) -> bool:
    """True for a JSON object, or a form (with, if present, a JSON-object `payload`)."""
    try:
        text = body.decode("utf-8")
        if content_type == "application/x-www-form-urlencoded":
            payload = parse_qs(text, strict_parsing=bool(text)).get("payload")
            return payload is None or isinstance(json.loads(payload[0]), dict)
        return isinstance(json.loads(text), dict)
    except ValueError:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        return False


def events_web_app(app: AsyncApp, signing_secret: str, path: str = EVENTS_PATH,
                   health: Callable[[], dict[str, Any]] | None = None) -> web.Application:
    """Bolt's aiohttp app behind the checks, with `GET /health` when `health` is given."""
    verifier = SignatureVerifier(signing_secret)

    @web.middleware
    async def check_request(request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.method != "POST" or request.path != path:
            return await handler(request)
        body = await request.read()
        headers = request.headers
        if not verifier.is_valid(body, headers.get("X-Slack-Request-Timestamp"),
                                 headers.get("X-Slack-Signature")):
            return web.json_response({"error": "invalid request"}, status=401)
        if not well_formed(body, request.content_type):
            return web.json_response({"error": "malformed request"}, status=400)
        return await handler(request)

    web_app = app.web_app(path=path)
    web_app.middlewares.append(check_request)
    if health is not None:
        check = health

        async def health_route(_: web.Request) -> web.Response:
            report = check()
            return web.json_response(report, status=200 if report["ok"] else 503)

        web_app.router.add_get("/health", health_route)
    return web_app
