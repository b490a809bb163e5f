"""`advisor slack [--http]`: check the credentials, then serve over Socket Mode or HTTP."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys

from advisor.settings import Settings, get_settings
from ui.slack.config import SlackConfigError, SlackCredentials, slack_credentials

EVENTS_PATH = "/slack/events"
log = logging.getLogger(__name__)


def run_slack(http: bool, settings: Settings | None = None) -> int:
    """Exit code 2 with a clear message when credentials are missing; otherwise serve until stopped."""
    settings = settings or get_settings()
    try:
        credentials = slack_credentials(settings, http=http)
    except SlackConfigError as exc:
        print(f"advisor slack: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(settings, credentials, http=http))
    return 0


async def serve(settings: Settings, credentials: SlackCredentials, *, http: bool) -> None:
    from aiohttp import web
    from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
    from slack_sdk.web.async_client import AsyncWebClient

    from advisor.session import AdvisorSession
    from ui.slack.app import build_app
    from ui.slack.service import SlackAdvisor
    from ui.slack.store import SlackStore

    advisor = SlackAdvisor(AdvisorSession(settings), SlackStore(settings.data_dir / "slack.sqlite"))
    client = (AsyncWebClient(token=credentials.bot_token, base_url=settings.slack_api_url)
              if settings.slack_api_url else None)  # SLACK_API_URL: another Web API (a local stub)
    app = build_app(credentials, advisor, http=http, client=client)
    if not http:
        log.info("Slack bot connecting over Socket Mode")
        await AsyncSocketModeHandler(app, credentials.app_token).start_async()
        return
    runner = web.AppRunner(app.web_app(path=EVENTS_PATH, port=settings.port))
    await runner.setup()
    await web.TCPSite(runner, "0.0.0.0", settings.port).start()
    log.info("Slack bot listening for HTTP events on :%d%s", settings.port, EVENTS_PATH)
    try:
        await asyncio.Event().wait()
    finally:
        await advisor.drain()
        await runner.cleanup()
