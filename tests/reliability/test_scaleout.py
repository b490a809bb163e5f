"""Two advisor processes on one PostgreSQL database, and on one Chroma server (`chroma run`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reliability.scaleout import postgres_reason, run_chroma, run_postgres


def test_two_processes_serve_the_same_threads_from_postgres(tmp_path: Path) -> None:
    reason = postgres_reason()
    if reason:
        pytest.skip(reason)
    figures = run_postgres(tmp_path)
    assert figures["consistent"] == figures["conversations"] > 0
    assert figures["threads_in_postgres"] == figures["conversations"]


def test_indexer_and_two_advisors_share_one_chroma_server(tmp_path: Path) -> None:
    figures = run_chroma(tmp_path)
    assert figures["indexer_rebuilt"] is True
    assert figures["processes_rebuilt"] == [False, False]
    assert figures["document_found_by_each"] == [True, True]
    assert figures["same_collection"] and figures["local_chroma_dirs"] == 0
    assert figures["recommendation"] == "centralized"


def test_two_processes_on_a_cluster_started_from_debian_packages(tmp_path: Path) -> None:
    from reliability.private_postgres import install_postgres, private_cluster

    if install_postgres() is None:
        pytest.skip("Debian's postgresql package is not installed and cannot be installed here")
    with private_cluster() as admin_url:
        assert postgres_reason(admin_url) is None
        figures = run_postgres(tmp_path, admin_url)
    assert figures["consistent"] == figures["conversations"] > 0
    assert figures["threads_in_postgres"] == figures["conversations"]
