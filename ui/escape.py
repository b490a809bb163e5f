"""Document text made inert before it reaches a Markdown face (chat, side panels, report).

Indexed documents are not ours: a Markdown image in one was fetched by every viewer's browser
(a tracking pixel) and a heading could become a live link. `inert` escapes what could make an
image, a link or HTML, so the text shows as written; `defuse` keeps our own Markdown (bold,
lists, tables) but turns images into their alt text and links into "text (url)", so nothing
loads by itself and no link hides where it goes.
"""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"([\\\[\]()!<>])")  # what can start an image, a link or HTML
_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]*)(?:\s+\"[^\"]*\")?\)")
_LINK = re.compile(r"(?<!!)\[([^\]]+)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>", re.IGNORECASE)
_RAW_URL = re.compile(r"\b((?:https?|ftp)://|www\.)", re.IGNORECASE)


def _plain_url(url: str) -> str:
    """A URL as text: brackets escaped, `://` and `www.` broken so it does not autolink."""
    return _SPECIAL.sub(r"\\\1", url).replace("://", "\\://").replace("www.", "www\\.")


def inert(text: str) -> str:
    """Link, image and HTML characters escaped, bare URLs broken: shown as written, never live."""
    return _RAW_URL.sub(lambda m: _plain_url(m.group(1)), _SPECIAL.sub(r"\\\1", text))


def defuse(markdown: str) -> str:
    """Our Markdown kept; images shown as "[image: alt]", links as "text (url)", URLs inert."""
    text = _IMAGE.sub(lambda m: f"[image: {m.group(1) or 'no description'}]".replace("[", "\\[")
                      .replace("]", "\\]"), markdown)
    text = _LINK.sub(lambda m: f"{m.group(1)} ({_plain_url(m.group(2))})", text)
    text = _AUTOLINK.sub(lambda m: _plain_url(m.group(1)), text)
    return _RAW_URL.sub(lambda m: _plain_url(m.group(1)), text)
