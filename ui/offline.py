"""The served page: free of external assets, with the chart module fetched ahead.

Chainlit's `index.html` links Google Fonts and a KaTeX stylesheet on a CDN. Both links are
dropped from the served page (LaTeX is off in `.chainlit/config.toml`, so KaTeX is unused);
the page then falls back to system fonts and loads nothing from outside the app.

Chainlit loads Plotly (a 3.7 MB module) only when the first chart arrives, which made the
recommendation turn wait for it. The page now names that module in a `modulepreload` link, so
the browser fetches and compiles it with the page; it still runs when the first chart arrives
(running it earlier, while the page was idle, drew charts before their message had its final
width on a loaded phone).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

EXTERNAL_LINK = re.compile(r"<link\b[^>]*href=\"https?://[^\"]*\"[^>]*/?>\s*", re.IGNORECASE)


def strip_external_links(html: str) -> str:
    """Remove every `<link href="http(s)://...">` (stylesheets, font preconnects)."""
    return EXTERNAL_LINK.sub("", html)


@lru_cache(maxsize=1)
def chart_module() -> str | None:
    """The file name of Chainlit's lazily loaded Plotly module (hashed per release), if any."""
    import chainlit

    assets = Path(chainlit.__file__).parent / "frontend" / "dist" / "assets"
    found = sorted(p.name for p in assets.glob("react-plotly-*.js"))
    return found[0] if found else None


def preload_chart_module(html: str, root_path: str = "") -> str:
    """Add a `modulepreload` link to the chart module before `</head>` (unchanged when absent)."""
    name = chart_module()
    if name is None or "</head>" not in html:
        return html
    link = f'<link rel="modulepreload" data-advisor="charts" href="{root_path}/assets/{name}">'
    return html.replace("</head>", f"{link}\n</head>", 1)


def patch_chainlit_html() -> None:
    """Wrap Chainlit's HTML template builder: no external links, the chart module preloaded."""
    import chainlit.server as server

    original: Callable[..., str] = server.get_html_template
    if getattr(original, "offline", False):
        return

    def offline_template(root_path: str) -> str:
        return preload_chart_module(strip_external_links(original(root_path)), root_path)

    offline_template.offline = True  # type: ignore[attr-defined]
    server.get_html_template = offline_template
