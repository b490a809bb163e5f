"""Two processes starting on one empty data directory both get the index (built once)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
from pathlib import Path
from advisor.settings import Settings
from knowledge.index import ensure_index
index = ensure_index(Settings(data_dir=Path(sys.argv[1]), embedding="hash"), progress=False)
print("rebuilt" if index.rebuilt else "opened", index.collection.count())
"""


def test_two_processes_on_an_empty_data_dir_share_one_build(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    runs = [subprocess.Popen([sys.executable, "-c", SCRIPT, str(tmp_path / "data")], cwd=root,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [run.communicate(timeout=300) for run in runs]
    assert all(run.returncode == 0 for run in runs), [err[-2000:] for _, err in results]
    outcomes = sorted(out.split()[0] for out, _ in results)
    assert outcomes == ["opened", "rebuilt"]
    assert len({out.split()[1] for out, _ in results}) == 1  # same passage count
