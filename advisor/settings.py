"""The one settings object: environment variables (prefix-free) and an optional `.env` file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

if TYPE_CHECKING:
    from knowledge.config import KnowledgeSettings


class Settings(BaseSettings):
    """Everything configurable. Defaults are the embedded, offline set-up."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    data_dir: Path = Field(default=Path("data"), description="Where SQLite files and Chroma live.")
    # LLM (mode "llm" needs an OpenAI-compatible endpoint; "offline" needs nothing)
    advisor_mode: str = Field(default="auto", description="auto | offline | llm")
    openai_api_key: str | None = None
    openai_base_url: str | None = None
    llm_model: str = "gpt-4o-mini"
    llm_timeout_s: float = 30.0
    llm_max_tokens: int = 512
    llm_max_retries: int = 1
    llm_phrasing: bool = Field(default=True, description="LLM mode: the LLM words answers to questions.")
    # Persistence
    database_url: str | None = Field(default=None, description="Postgres URL for checkpoints.")
    # Knowledge base
    chroma_host: str | None = None
    chroma_port: int = 8000
    embedding: str = Field(default="auto", description="auto | minilm | openai | hash")
    openai_embedding_model: str = "text-embedding-3-small"
    # Limits
    max_message_chars: int = Field(default=4000, description="Longer messages are refused.")
    # UI
    port: int = 8000
    ui_password: str | None = None
    # Chainlit UI (issue 6): login name checked with ui_password; history lives in data_dir.
    ui_user: str = Field(default="admin", description="Login name when UI_PASSWORD is set.")
    ui_allowed_origins: list[str] = Field(
        default_factory=list, description="Other origins allowed to call the UI with credentials (never *).")
    slack_host: str = Field(default="127.0.0.1", description="Slack HTTP mode bind address.")
    audit_hash_key: str | None = Field(default=None, description="HMAC key of the audit hashes.")
    slack_bot_token: str | None = None
    slack_app_token: str | None = None
    slack_signing_secret: str | None = None
    slack_api_url: str | None = Field(default=None, description="Slack Web API base URL (a stub).")

    @property
    def llm_enabled(self) -> bool:
        if self.advisor_mode == "offline":
            return False
        if self.advisor_mode == "llm":
            return True
        return bool(self.openai_api_key or self.openai_base_url)

    @property
    def checkpoint_path(self) -> Path:
        return self.data_dir / "checkpoints.sqlite"

    @property
    def audit_path(self) -> Path:
        return self.data_dir / "audit.jsonl"

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"

    def knowledge(self) -> KnowledgeSettings:
        """The part of the settings the knowledge room receives."""
        from knowledge.config import KnowledgeSettings

        return KnowledgeSettings(
            data_dir=self.data_dir, chroma_host=self.chroma_host, chroma_port=self.chroma_port,
            embedding=self.embedding, openai_embedding_model=self.openai_embedding_model,
            openai_api_key=self.openai_api_key, openai_base_url=self.openai_base_url)
