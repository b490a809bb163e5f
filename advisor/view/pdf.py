"""The report as a PDF (fpdf2): headings, tables that fit the page, lists, paragraphs, and the two
charts drawn as vector graphics after the executive summary.

Uses DejaVu Sans when the system has it (accents, €, arrows); otherwise the PDF core font with
the text folded to Latin-1, so a PDF is always produced, even on a bare machine.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

if TYPE_CHECKING:
    from advisor.view.model import RecommendationView

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
_SYMBOLS = {"✅": "✓", "⚠️": "!", "⚠": "!", "❓": "?", "️": "", "↪": "→"}
_LATIN1 = {"€": "EUR", "→": "->", "←": "<-", "–": "-", "—": "-", "✓": "v", "✗": "x", "“": '"', "”": '"',
           "’": "'", "≈": "~", "≥": ">=", "≤": "<=", "−": "-", "…": "...", "\u202f": " ", "\u00a0": " "}
_ESCAPED = re.compile(r"\\([\\\[\]()!<>:.])")
_TABLE_SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")
TABLE_FONT = 8.0


def find_unicode_font() -> tuple[Path, Path] | None:
    """(regular, bold) DejaVu Sans files, if installed."""
    for folder in FONT_DIRS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            return regular, bold
    return None


def pdf_text(text: str, unicode_font: bool) -> str:
    """Text the chosen font can draw: emoji become symbols; without DejaVu, Latin-1 only."""
    for old, new in _SYMBOLS.items():
        text = text.replace(old, new)
    text = text.replace("`", "")
    if not unicode_font:
        for old, new in _LATIN1.items():
            text = text.replace(old, new)
        text = text.encode("latin-1", "replace").decode("latin-1")
    return text


def inline(text: str) -> str:
    """Markdown emphasis as fpdf2 understands it: **bold** stays, _italic_ becomes __italic__."""
    text = _ESCAPED.sub(r"\1", text.replace("\\|", "|"))  # ui.escape's escapes: plain text in a PDF
    return re.sub(r"(?<![\w_])_([^_]+)_(?![\w_])", r"__\1__", text)


def _cells(row: str) -> list[str]:
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", row.strip().strip("|"))]


class ReportPDF(FPDF):
    def __init__(self) -> None:
        super().__init__(format="A4")
        self.set_auto_page_break(auto=True, margin=15)
        self.set_margins(15, 15, 15)
        fonts = find_unicode_font()
        self.unicode_font = fonts is not None
        if fonts:
            self.add_font("DejaVu", "", str(fonts[0]))
            self.add_font("DejaVu", "B", str(fonts[1]))
            self.add_font("DejaVu", "I", str(fonts[0]))
            self.family_name = "DejaVu"
        else:
            self.family_name = "Helvetica"
        self.add_page()

    def clean(self, text: str) -> str:
        return pdf_text(text, self.unicode_font)

    def text_block(self, text: str, size: float = 10, style: str = "") -> None:
        self.set_font(self.family_name, style, size)
        self.multi_cell(0, size * 0.5, inline(self.clean(text)), markdown=True,
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def column_widths(self, rows: list[list[str]]) -> list[float]:
        """Widths (mm) that fit the page and never break a word: each column at least as wide as
        its longest word, the rest shared in proportion to the column's text."""
        columns = max(len(r) for r in rows)
        padding = 2.5
        words, natural = [], []
        for i in range(columns):
            texts = [self.clean(inline(r[i]).replace("**", "").replace("__", "")) if i < len(r) else ""
                     for r in rows]
            self.set_font(self.family_name, "B", TABLE_FONT)
            words.append(max((self.get_string_width(word) for t in texts for word in t.split()),
                             default=0) + padding)
            natural.append(max(self.get_string_width(t) for t in texts) + padding)
        room = self.epw - sum(words)
        extra = [n - w for n, w in zip(natural, words, strict=True)]
        if room <= 0 or sum(extra) <= 0:
            return words
        share = min(1.0, room / sum(extra))
        return [w + e * share for w, e in zip(words, extra, strict=True)]

    def table_block(self, rows: list[list[str]]) -> None:
        width = max(len(r) for r in rows)
        widths = self.column_widths(rows)
        self.set_font(self.family_name, "", TABLE_FONT)
        self.set_fill_color(255, 255, 255)
        self.set_draw_color(170, 170, 170)
        heads = FontFace(emphasis="BOLD", fill_color=(238, 238, 238))
        with self.table(text_align="LEFT", line_height=4.0, markdown=True, col_widths=tuple(widths),
                        width=min(self.epw, sum(widths)), align="LEFT", headings_style=heads,
                        first_row_as_headings=True) as table:
            for cells in rows:
                row = table.row()
                for cell in cells + [""] * (width - len(cells)):
                    row.cell(inline(self.clean(cell)))
        self.ln(2)

    def markdown(self, markdown: str) -> None:
        """Write Markdown: headings, tables, lists, rules and paragraphs."""
        table: list[list[str]] = []
        for raw in markdown.splitlines() + [""]:
            line = raw.rstrip()
            if line.startswith("|"):
                if not _TABLE_SEPARATOR.match(line):
                    table.append(_cells(line))
                continue
            if table:
                self.table_block(table)
                table = []
            if not line.strip():
                self.ln(1.5)
            elif line.startswith("#"):
                level = len(line) - len(line.lstrip("#"))
                self.ln(2)
                self.text_block(line.lstrip("#").strip().replace("**", ""),
                                size={1: 16, 2: 13}.get(level, 11), style="B")
            elif line.strip() == "---":
                self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
                self.ln(2)
            elif re.match(r"^\s*([-*]|\d+\.)\s", line):
                bullet = "•" if self.unicode_font else "-"
                self.text_block(re.sub(r"^\s*[-*]\s", f"{bullet} ", line))
            else:
                self.text_block(line)


def markdown_to_pdf(markdown: str) -> bytes:
    """Any Markdown of ours as PDF bytes."""
    pdf = ReportPDF()
    pdf.markdown(markdown)
    return bytes(pdf.output())


def report_pdf(view: RecommendationView) -> bytes:
    """The report: title, stamp and executive summary, the two charts, then the rest."""
    from advisor.view.pdf_charts import draw_charts
    from advisor.view.report import report_parts

    head, tail = report_parts(view)
    pdf = ReportPDF()
    pdf.markdown(head)
    draw_charts(pdf, view)
    pdf.markdown(tail)
    return bytes(pdf.output())
