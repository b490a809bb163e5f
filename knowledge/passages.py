"""Passages: the citable unit. Parsing of `knowledge/sources/` and the corpus content hash."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

SOURCES_DIR = Path(__file__).resolve().parent / "sources"
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
_PASSAGE_HEADING = re.compile(r"^## (?P<heading>.+?) \{#(?P<id>[a-z0-9][a-z0-9/_.-]*)\}\s*$",
                              re.MULTILINE)
METADATA_FIELDS = ("id", "lang", "heading", "section", "source", "version", "title",
                   "publisher", "date", "url", "path", "owner")


@dataclass(frozen=True)
class Passage:
    """One citable passage. `id` is the topic id shared by the EN/FR twins; `key` adds the lang."""

    id: str
    text: str
    lang: str
    heading: str = ""
    section: str = ""
    source: str = "article"  # article | project | user
    version: str = "1"
    title: str = ""
    publisher: str = ""
    date: str = ""
    url: str = ""
    path: str = ""
    owner: str = ""  # an uploaded document's owner key (knowledge.documents.owner_key); "" = everyone
    score: float = field(default=0.0, compare=False)

    @property
    def key(self) -> str:
        """The index key, unique per language: `<id>@<lang>`."""
        return f"{self.id}@{self.lang}"

    @property
    def citation(self) -> str:
        """Who says this: the article (title, publisher, date, section), the project, or a file."""
        if self.source == "article":
            return f'{self.publisher}, "{self.title}", {self.date}, section "{self.section}"'
        if self.source == "project":
            return f"Orchestration Advisor methodology (project's own), {self.section}"
        return f"Your document {self.title}" + (f", {self.section}" if self.section else "")

    def model_dump(self) -> dict[str, object]:
        """Every field plus `key` and `citation`, for tools and JSON output."""
        return {**asdict(self), "key": self.key, "citation": self.citation}

    def metadata(self) -> dict[str, str]:
        """Flat string metadata as stored in Chroma."""
        data = asdict(self)  # no empty owner: shared passages keep their content hash
        return {name: str(data[name]) for name in METADATA_FIELDS if name != "owner" or self.owner}

    @classmethod
    def from_metadata(cls, text: str, metadata: dict[str, object], score: float = 0.0) -> Passage:
        """Rebuild a passage from Chroma's document text and metadata."""
        values = {name: str(metadata.get(name, "")) for name in METADATA_FIELDS}
        return cls(text=text, score=score, **values)


def split_key(key: str) -> tuple[str, str | None]:
    """`"a/b@fr"` -> `("a/b", "fr")`; a bare topic id gives `(id, None)`."""
    topic, sep, lang = key.rpartition("@")
    return (topic, lang) if sep and lang in ("en", "fr") else (key, None)


def parse_markdown(text: str, path: str = "") -> list[Passage]:
    """Passages of one source file: front matter for shared metadata, `## Heading {#id}` each."""
    import yaml

    match = _FRONT_MATTER.match(text)
    if match is None:
        raise ValueError(f"{path or 'source'}: missing front matter")
    meta = yaml.safe_load(match.group(1)) or {}
    body = text[match.end():]
    headings = list(_PASSAGE_HEADING.finditer(body))
    passages = []
    for n, heading in enumerate(headings):
        end = headings[n + 1].start() if n + 1 < len(headings) else len(body)
        passages.append(Passage(
            id=heading["id"], text=body[heading.end():end].strip(), lang=str(meta["lang"]),
            heading=heading["heading"].strip(), section=str(meta.get("section", "")),
            source=str(meta.get("source", "article")), version=str(meta.get("version", 1)),
            title=str(meta.get("title", "")), publisher=str(meta.get("publisher", "")),
            date=str(meta.get("date", "")), url=str(meta.get("url", "") or ""), path=path,
        ))
    return passages


def load_sources(root: Path = SOURCES_DIR) -> list[Passage]:
    """All framework passages (article and project method), sorted by key; README files skipped."""
    passages: list[Passage] = []
    for file in sorted(root.rglob("*.md")):
        if file.name.lower() == "readme.md":
            continue
        passages.extend(parse_markdown(file.read_text(encoding="utf-8"),
                                       file.relative_to(root).as_posix()))
    keys = [p.key for p in passages]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise ValueError(f"duplicate passage ids: {duplicates}")
    return sorted(passages, key=lambda p: p.key)


def content_hash(passages: Iterable[Passage], embedding: str) -> str:
    """A digest of every passage (text and metadata) and the embedding name: changes => rebuild."""
    digest = hashlib.sha256(embedding.encode())
    for passage in sorted(passages, key=lambda p: p.key):
        record = {"text": passage.text, **passage.metadata()}
        digest.update(json.dumps(record, sort_keys=True, ensure_ascii=False).encode())
    return digest.hexdigest()[:32]
