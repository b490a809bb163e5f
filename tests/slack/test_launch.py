"""`advisor slack`: credentials are checked first, with a message that says what to set."""

from __future__ import annotations

import pytest

from advisor.settings import Settings
from ui.slack.config import SlackConfigError, slack_credentials
from ui.slack.launch import run_slack


def settings(bot: str | None = None, app: str | None = None, secret: str | None = None) -> Settings:
    """Exactly these values (the conftest clears SLACK_* variables; no .env file is read)."""
    return Settings(_env_file=None, slack_bot_token=bot, slack_app_token=app,
                    slack_signing_secret=secret)


def test_socket_mode_without_tokens_exits_2_naming_them(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_slack(False, settings()) == 2
    err = capsys.readouterr().err
    assert "Socket Mode needs SLACK_BOT_TOKEN, SLACK_APP_TOKEN" in err and "ui/slack/README.md" in err


def test_http_mode_needs_the_signing_secret(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_slack(True, settings(bot="xoxb-test")) == 2
    assert "HTTP Events mode needs SLACK_SIGNING_SECRET" in capsys.readouterr().err


def test_tokens_of_the_wrong_kind_are_named() -> None:
    with pytest.raises(SlackConfigError, match="SLACK_APP_TOKEN should be an app-level token"):
        slack_credentials(settings(bot="xoxb-test", app="xoxb-oops"), http=False)
    with pytest.raises(SlackConfigError, match="SLACK_BOT_TOKEN should be a bot token"):
        slack_credentials(settings(bot="xoxp-user", secret="s"), http=True)


def test_complete_credentials_pass() -> None:
    both = slack_credentials(settings(bot="xoxb-test", app="xapp-test"), http=False)
    assert both.app_token == "xapp-test"
    assert slack_credentials(settings(bot="xoxb-t", secret="s"), http=True).signing_secret
