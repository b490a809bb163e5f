"""Text extraction, and the guarded form that parses a document in a child process under limits.

A PDF that pypdf cannot read, or a decompression bomb, must never take the app down: the child
(`python -m knowledge.extract FILE`) runs with a memory and CPU cap, the parent with a wall-clock
timeout, and whatever goes wrong comes back as a `DocumentRejected` naming the reason.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PARSE_TIMEOUT_S = float(os.environ.get("DOCUMENT_PARSE_TIMEOUT_S", "20"))
PARSE_MEMORY_BYTES = 1536 * 1024 * 1024  # address space of the parsing child
MAX_TEXT_CHARS = 5_000_000  # extracted text beyond this is a bomb, not a document


class DocumentRejected(ValueError):
    """A document that could not be read within the budget; `reason` says why."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.reason = reason


def extract_text(path: Path) -> str:
    """Plain text of a document: pypdf for PDF, BeautifulSoup for HTML, UTF-8 otherwise."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from pypdf import PdfReader

        return "\n\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    raw = path.read_text(encoding="utf-8", errors="replace")
    if suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(raw, "html.parser")
        for tag in soup(["script", "style", "nav", "footer"]):
            tag.decompose()
        return soup.get_text("\n")
    return raw


def safe_extract_text(path: Path, timeout_s: float | None = None) -> str:
    """`extract_text` in a capped child process; raises `DocumentRejected` on any failure."""
    if path.suffix.lower() in (".md", ".markdown", ".txt"):  # plain reads: nothing to parse
        try:
            return path.read_bytes().decode("utf-8", errors="replace")
        except OSError as exc:
            raise DocumentRejected(path.name, f"unreadable ({exc.strerror})") from exc
    timeout = PARSE_TIMEOUT_S if timeout_s is None else timeout_s
    try:
        done = subprocess.run([sys.executable, "-m", "knowledge.extract", str(path)],
                              capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as exc:
        raise DocumentRejected(path.name, f"parsing took longer than {timeout:g} s") from exc
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise DocumentRejected(path.name, "could not be read: "
                               + (detail[-1][:300] if detail else f"parser exit {done.returncode}"))
    return done.stdout.decode("utf-8", errors="replace")


def _child(path: Path) -> int:
    """The child's work: cap memory and CPU, extract, print the text (exit 1 with a reason)."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (PARSE_MEMORY_BYTES, PARSE_MEMORY_BYTES))
    cpu = int(PARSE_TIMEOUT_S) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
    try:
        text = extract_text(path)
    except MemoryError:
        print("out of memory while parsing (a decompression bomb?)", file=sys.stderr)
        return 1
    except Exception as exc:  # any parser failure is a reason, not a crash
        print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    if len(text) > MAX_TEXT_CHARS:
        print(f"more than {MAX_TEXT_CHARS:,} characters of text (a decompression bomb?)", file=sys.stderr)
        return 1
    sys.stdout.buffer.write(text.encode("utf-8", errors="replace"))
    return 0


if __name__ == "__main__":
    sys.exit(_child(Path(sys.argv[1])))
