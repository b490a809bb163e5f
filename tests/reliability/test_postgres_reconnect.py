"""Issue 16 item 2: a PostgreSQL restart is survived (psycopg_pool with a connection check), and
`advisor.health` reports the database while it is down."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from advisor.context import Context
from advisor.health import health
from advisor.session import AdvisorSession
from advisor.settings import Settings
from tests.agent.fakes import SourceRetriever


def test_turns_continue_after_a_database_restart(tmp_path: Path) -> None:
    from reliability.private_postgres import install_postgres, private_cluster, start_cluster, stop_cluster

    if install_postgres() is None:
        pytest.skip("no PostgreSQL server binaries (Debian package postgresql)")
    with private_cluster() as url:
        settings = Settings(_env_file=None, data_dir=tmp_path, database_url=url,  # type: ignore[call-arg]
                            advisor_mode="offline")
        session = AdvisorSession(settings, context=Context(settings=settings, mode="offline",
                                                           retriever=SourceRetriever()))
        session.send("t1", "We are a 300-person fintech operating in 3 countries.")
        assert health(settings, session.checkpointer)["ok"]
        stop_cluster(url)
        down = health(settings, session.checkpointer)
        assert not down["ok"] and "unavailable" in down["checks"]["database"]
        start_cluster(url)
        started = time.perf_counter()
        session.send("t1", "We have been doing AI for 8 months.")
        recovered = time.perf_counter() - started
        print(f"first turn after the database restart answered in {recovered:.2f} s")
        assert health(settings, session.checkpointer)["ok"]
        humans = [text for role, text in session.history("t1") if role == "human"]
        assert len(humans) == 2  # the turn before the restart is still there
        session.checkpointer.conn.close()
