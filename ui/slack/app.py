"""The Bolt app: handlers validate what Slack sends and hand it to SlackAdvisor, nothing more."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from pydantic import ValidationError
from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.web.async_client import AsyncWebClient

from advisor.view.slack import DETAILS_ACTION
from ui.slack.config import SlackCredentials
from ui.slack.models import IncomingMessage, SlashCommand
from ui.slack.service import SlackAdvisor

log = logging.getLogger(__name__)


def build_app(credentials: SlackCredentials, advisor: SlackAdvisor, *, http: bool,
              client: AsyncWebClient | None = None) -> AsyncApp:
    """Socket Mode skips request signing (the socket is authenticated); HTTP mode verifies every request."""
    app = AsyncApp(token=None if client else credentials.bot_token, client=client,
                   signing_secret=credentials.signing_secret or "", request_verification_enabled=http,
                   process_before_response=True)  # handlers only hand off, so acking after them is fast

    @app.middleware
    async def skip_answered_retries(request: AsyncBoltRequest, body: dict[str, Any],
                                    next: Callable[[], Awaitable[BoltResponse]]) -> BoltResponse | None:
        """A retry (X-Slack-Retry-Num; Bolt mirrors Socket Mode's retry_attempt there) of an event
        already taken is acknowledged without work."""
        retry_num = (request.headers.get("x-slack-retry-num") or ["0"])[0]
        if retry_num not in ("", "0") and advisor.store.was_delivered(f"event:{body.get('event_id')}"):
            return BoltResponse(status=200, body="")
        return await next()

    async def hand_off(body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient,
                       mentioned: bool) -> None:
        try:
            advisor.take(IncomingMessage.from_event(body, event), client, mentioned=mentioned)
        except ValidationError as exc:
            log.info("ignored an event Slack sent without the usual fields: %s", exc.errors()[:1])

    @app.event("app_mention")
    async def on_mention(body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient) -> None:
        await hand_off(body, event, client, mentioned=True)

    @app.event("message")
    async def on_message(body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient) -> None:
        await hand_off(body, event, client, mentioned=False)

    @app.action(re.compile(r"^advisor_choice_\d+$"))
    async def on_choice(ack: AsyncAck, body: dict[str, Any], action: dict[str, Any],
                        client: AsyncWebClient) -> None:
        await ack()
        try:
            advisor.take(IncomingMessage.from_choice(body, str(action.get("value", ""))), client,
                         mentioned=True)
        except ValidationError as exc:
            log.info("ignored a button press without the usual fields: %s", exc.errors()[:1])

    @app.action(DETAILS_ACTION)
    async def on_details(ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient) -> None:
        await ack()
        try:
            await advisor.details(IncomingMessage.from_choice(body, "details"), client)
        except ValidationError as exc:
            log.info("ignored a details button without the usual fields: %s", exc.errors()[:1])

    @app.command("/advisor")
    async def on_advisor_command(ack: AsyncAck, command: dict[str, Any], client: AsyncWebClient) -> None:
        await ack(**await advisor.command(SlashCommand.model_validate(command), client))

    return app
