"""Slack bot: the advisor in Slack threads (Socket Mode by default, HTTP Events behind a flag)."""
