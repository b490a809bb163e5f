"""`advisor slack [--http]`: check the credentials, then serve over Socket Mode or HTTP."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys

from advisor.settings import Settings
from ui.slack.config import SlackConfigError, SlackCredentials, slack_credentials

EVENTS_PATH = "/slack/events"  # also ui.slack.http.EVENTS_PATH
log = logging.getLogger(__name__)


def run_slack(http: bool, settings: Settings | None = None) -> int:
    """Exit code 2 with a clear message when credentials are missing; otherwise serve until stopped."""
    settings = settings or Settings()
    try:
        credentials = slack_credentials(settings, http=http)
    except SlackConfigError as exc:
        print(f"advisor slack: {exc}", file=sys.stderr)
        return 2
    from advisor.health import data_dir_problem

    if problem := data_dir_problem(settings.data_dir):
        print(f"advisor slack: {problem}; fix its permissions or set DATA_DIR", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(settings, credentials, http=http))
    return 0


def stop_signal() -> asyncio.Event:
    """Set on SIGTERM or SIGINT, so serving stops taking work and finishes what it took."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    return stop


async def serve(settings: Settings, credentials: SlackCredentials, *, http: bool) -> None:
    from aiohttp import web
    from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
    from slack_sdk.web.async_client import AsyncWebClient

    from advisor.session import AdvisorSession
    from ui.slack.app import build_app
    from ui.slack.http import events_web_app
    from ui.slack.service import SlackAdvisor
    from ui.slack.store import SlackStore

    advisor = SlackAdvisor(AdvisorSession(settings), SlackStore(settings.data_dir / "slack.sqlite"))
    client = (AsyncWebClient(token=credentials.bot_token, base_url=settings.slack_api_url)
              if settings.slack_api_url else None)  # SLACK_API_URL: another Web API (a local stub)
    app = build_app(credentials, advisor, http=http, client=client)
    advisor.resume(app.client)  # messages a killed process took and never answered
    stop = stop_signal()
    if not http:
        log.info("Slack bot connecting over Socket Mode")
        handler = AsyncSocketModeHandler(app, credentials.app_token)
        await handler.connect_async()
        await stop.wait()
        await handler.close_async()  # no new events; the turns already taken are finished below
        await advisor.drain()
        return
    from advisor.health import health

    web_app = events_web_app(app, credentials.signing_secret or "", EVENTS_PATH,
                             health=lambda: health(settings, advisor.session.checkpointer))
    runner = web.AppRunner(web_app)
    await runner.setup()
    site = web.TCPSite(runner, settings.slack_host, settings.port)
    await site.start()
    log.info("Slack bot listening for HTTP events on %s:%d%s", settings.slack_host, settings.port,
             EVENTS_PATH)
    try:
        await stop.wait()
    finally:
        await site.stop()  # refuse new requests, then answer every event already acknowledged
        await advisor.drain()
        await runner.cleanup()
        log.info("Slack bot stopped after answering every event it had taken")
