"""A throw-away PostgreSQL cluster started from Debian's packages, for the scale-out checks."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reliability.processes import free_port


def postgres_bin() -> Path | None:
    """Debian's server binaries (package postgresql), the newest version first."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    return Path(found[0]).parent if found else None


def install_postgres() -> Path | None:
    """Debian's postgresql binaries, installed beforehand by scripts/system_deps.sh (make test)."""
    return postgres_bin()


def _as_postgres(cmd: list[str]) -> list[str]:
    """Postgres refuses to run as root: run as the `postgres` system user when we are root."""
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


_CLUSTERS: dict[str, tuple[Path, Path, str, Path]] = {}  # url -> bindir, data, options, root


def stop_cluster(url: str) -> None:
    """Stop a cluster of `private_cluster` (fast shutdown: sessions are cut, as in a restart)."""
    bindir, data, _, _ = _CLUSTERS[url]
    subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]),
                   check=True, capture_output=True, timeout=60)


def start_cluster(url: str) -> None:
    """Start it again on the same port and data."""
    bindir, data, options, root = _CLUSTERS[url]
    subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-o", options,
                                 "-l", str(root / "server.log"), "-w", "start"]),
                   check=True, capture_output=True, timeout=60)


@contextmanager
def private_cluster() -> Iterator[str]:
    """initdb + pg_ctl on a free loopback port; yields the admin URL; stops and deletes it after."""
    bindir = install_postgres()
    if bindir is None:
        raise RuntimeError("no PostgreSQL server binaries (Debian package postgresql) available")
    root = Path(tempfile.mkdtemp(prefix="advisor-pg-"))
    data = root / "data"
    data.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(data, "postgres")
    port = free_port()
    run = {"check": True, "capture_output": True, "timeout": 120}
    subprocess.run(_as_postgres([str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"]),
                   **run)  # type: ignore[call-overload]
    options = f"-p {port} -h 127.0.0.1 -k {root}"
    subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-o", options,
                                 "-l", str(root / "server.log"), "-w", "start"]), **run)  # type: ignore[call-overload]
    url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
    _CLUSTERS[url] = (bindir, data, options, root)
    try:
        yield url
    finally:
        _CLUSTERS.pop(url, None)
        subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                       check=False, capture_output=True, timeout=60)
        shutil.rmtree(root, ignore_errors=True)
