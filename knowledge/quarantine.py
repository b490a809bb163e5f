"""The quarantine folder: documents (and index folders) that failed, each with a reason file."""

from __future__ import annotations

import shutil
import time
from pathlib import Path


def quarantine_dir(data_dir: Path) -> Path:
    return data_dir / "quarantine"


def quarantine(path: Path, reason: str, data_dir: Path, *, move: bool = False) -> Path:
    """Copy (or move) `path` to `DATA_DIR/quarantine/<time>-<name>` with `<that>.reason.txt`."""
    folder = quarantine_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = time.strftime("%Y%m%dT%H%M%S")
    target = folder / f"{stamp}-{path.name}"
    n = 1
    while target.exists() or target.with_name(target.name + ".reason.txt").exists():
        n += 1
        target = folder / f"{stamp}-{n}-{path.name}"
    if move:
        shutil.move(str(path), target)
    elif path.is_dir():
        shutil.copytree(path, target, copy_function=shutil.copyfile)
    else:
        shutil.copyfile(path, target)
        target.chmod(0o600)
    target.with_name(target.name + ".reason.txt").write_text(
        f"{path.name}: {reason}\nfrom: {path}\nat: {time.strftime('%Y-%m-%d %H:%M:%S')}\n",
        encoding="utf-8")
    return target


def quarantined(data_dir: Path) -> list[tuple[str, str]]:
    """(file name, first line of its reason) for everything in quarantine, oldest first."""
    folder = quarantine_dir(data_dir)
    if not folder.is_dir():
        return []
    reasons = sorted(folder.glob("*.reason.txt"))
    return [(r.name.removesuffix(".reason.txt"), r.read_text(encoding="utf-8").splitlines()[0])
            for r in reasons]
