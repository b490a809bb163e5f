"""The served page: free of external assets.

Chainlit's `index.html` links Google Fonts and a KaTeX stylesheet on a CDN. Both links are
dropped from the served page (LaTeX is off in `.chainlit/config.toml`, so KaTeX is unused);
the page then falls back to system fonts and loads nothing from outside the app. The charts are
SVG images drawn by the view, so the page never loads Chainlit's chart module either.
"""

from __future__ import annotations

import re
from collections.abc import Callable

EXTERNAL_LINK = re.compile(r"<link\b[^>]*href=\"https?://[^\"]*\"[^>]*/?>\s*", re.IGNORECASE)


def strip_external_links(html: str) -> str:
    """Remove every `<link href="http(s)://...">` (stylesheets, font preconnects)."""
    return EXTERNAL_LINK.sub("", html)


def patch_chainlit_html() -> None:
    """Wrap Chainlit's HTML template builder: no external links."""
    import chainlit.server as server

    original: Callable[..., str] = server.get_html_template
    if getattr(original, "offline", False):
        return

    def offline_template(root_path: str) -> str:
        return strip_external_links(original(root_path))

    offline_template.offline = True  # type: ignore[attr-defined]
    server.get_html_template = offline_template
