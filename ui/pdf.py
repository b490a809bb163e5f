"""A small Markdown-to-PDF writer (fpdf2) for the reports: headings, tables, lists, paragraphs.

Uses DejaVu Sans when the system has it (accents, €, arrows); otherwise the PDF core font with
the text folded to Latin-1, so a PDF is always produced, even on a bare machine.
"""

from __future__ import annotations

import re
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
_SYMBOLS = {"✅": "✓", "⚠️": "!", "⚠": "!", "❓": "?", "️": "", "↪": "→"}
_LATIN1 = {"€": "EUR", "→": "->", "–": "-", "—": "-", "✓": "v", "✗": "x", "“": '"', "”": '"',
           "’": "'", "≈": "~", "≥": ">=", "≤": "<=", "−": "-", "·": "·", "…": "..."}
_ESCAPED = re.compile(r"\\([\\\[\]()!<>:.])")
_TABLE_SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")


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


def _inline(text: str) -> str:
    """Markdown emphasis as fpdf2 understands it: **bold** stays, _italic_ becomes __italic__."""
    text = _ESCAPED.sub(r"\1", text.replace("\\|", "|"))  # ui.escape's escapes: plain text in a PDF
    return re.sub(r"(?<![\w_])_([^_]+)_(?![\w_])", r"__\1__", text)


def _cells(row: str) -> list[str]:
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", row.strip().strip("|"))]


class _ReportPDF(FPDF):
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

    def text_block(self, text: str, size: float = 10, style: str = "") -> None:
        self.set_font(self.family_name, style, size)
        self.multi_cell(0, size * 0.5, _inline(pdf_text(text, self.unicode_font)), markdown=True,
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def table_block(self, rows: list[list[str]]) -> None:
        self.set_font(self.family_name, "", 8)
        width = max(len(r) for r in rows)
        # Columns as wide as their longest text, within 6..60 characters.
        widths = tuple(max(6, min(60, max(len(r[i]) if i < len(r) else 0 for r in rows)))
                       for i in range(width))
        with self.table(text_align="LEFT", line_height=4.2, markdown=True, col_widths=widths,
                        first_row_as_headings=True) as table:
            for cells in rows:
                row = table.row()
                for cell in cells + [""] * (width - len(cells)):
                    row.cell(_inline(pdf_text(cell, self.unicode_font)))
        self.ln(2)


def markdown_to_pdf(markdown: str) -> bytes:
    """Render the report Markdown to PDF bytes."""
    pdf = _ReportPDF()
    table: list[list[str]] = []
    for raw in markdown.splitlines() + [""]:
        line = raw.rstrip()
        if line.startswith("|"):
            if not _TABLE_SEPARATOR.match(line):
                table.append(_cells(line))
            continue
        if table:
            pdf.table_block(table)
            table = []
        if not line.strip():
            pdf.ln(1.5)
        elif line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            pdf.ln(2)
            pdf.text_block(line.lstrip("#").strip().replace("**", ""), size={1: 16, 2: 13}.get(level, 11),
                           style="B")
        elif line.strip() == "---":
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.ln(2)
        elif re.match(r"^\s*([-*]|\d+\.)\s", line):
            bullet = "•" if pdf.unicode_font else "-"
            item = re.sub(r"^\s*[-*]\s", f"{bullet} ", line)
            pdf.text_block(item)
        else:
            pdf.text_block(line)
    return bytes(pdf.output())
