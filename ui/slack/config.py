"""Slack credentials from settings, with a clear message naming what is missing."""

from __future__ import annotations

from dataclasses import dataclass

from advisor.settings import Settings


class SlackConfigError(RuntimeError):
    """Raised when the tokens or signing secret needed for the chosen mode are absent or malformed."""


@dataclass(frozen=True)
class SlackCredentials:
    bot_token: str
    app_token: str | None  # Socket Mode
    signing_secret: str | None  # HTTP Events mode


def slack_credentials(settings: Settings, *, http: bool) -> SlackCredentials:
    """Socket Mode: SLACK_BOT_TOKEN + SLACK_APP_TOKEN. HTTP mode: SLACK_BOT_TOKEN + SLACK_SIGNING_SECRET."""
    bot, app, secret = settings.slack_bot_token, settings.slack_app_token, settings.slack_signing_secret
    second = {"SLACK_SIGNING_SECRET": secret} if http else {"SLACK_APP_TOKEN": app}
    needed = {"SLACK_BOT_TOKEN": bot, **second}
    missing = [name for name, value in needed.items() if not value]
    mode = "HTTP Events mode" if http else "Socket Mode"
    if missing:
        raise SlackConfigError(
            f"{mode} needs {', '.join(missing)}: set {'them' if len(missing) > 1 else 'it'} in the "
            "environment or .env (see ui/slack/README.md for creating the Slack app and finding the values).")
    problems = []
    if bot and not bot.startswith("xoxb-"):
        problems.append("SLACK_BOT_TOKEN should be a bot token starting with xoxb-")
    if not http and app and not app.startswith("xapp-"):
        problems.append("SLACK_APP_TOKEN should be an app-level token starting with xapp- "
                        "(with the connections:write scope)")
    if problems:
        raise SlackConfigError("; ".join(problems) + ".")
    return SlackCredentials(bot_token=str(bot), app_token=app, signing_secret=secret)
