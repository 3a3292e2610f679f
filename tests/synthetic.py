"""Build synthetic board papers as real PDFs (reportlab) for the cases the samples lack.

`PaperBuilder` writes text lines, ruled tables and running footers at known positions
so tests can reproduce other years' templates: minutes with numbers in their own
column, members as a table, action logs over several landscape pages, registers with
other scales. The PDFs go through the same pdfplumber reader as the real ones.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

REGULAR, BOLD = "Helvetica", "Helvetica-Bold"


class PaperBuilder:
    """A PDF written top to bottom: `text`, `table`, `gap`, `new_page`, then `save`."""

    def __init__(
        self,
        path: Path | str,
        *,
        landscape_pages: bool = False,
        footer: list[str] | None = None,
        header: str | None = None,
    ):
        self.path = str(path)
        self.size = landscape(A4) if landscape_pages else A4
        self.canvas = canvas.Canvas(self.path, pagesize=self.size)
        self.footer, self.header = footer or [], header
        self.page_number = 0
        self._start_page()

    # --- layout ----------------------------------------------------------------------------
    @property
    def width(self) -> float:
        return self.size[0]

    def _start_page(self) -> None:
        self.page_number += 1
        self.y = self.size[1] - 72
        if self.header:
            self.canvas.setFont(BOLD, 10)
            self.canvas.drawCentredString(self.width / 2, self.size[1] - 36, self.header)

    def _finish_page(self) -> None:
        self.canvas.setFont(REGULAR, 8)
        for index, line in enumerate(self.footer):
            text = line.format(page=self.page_number)
            self.canvas.drawString(60, 30 - index * 10, text)  # inside the reader's footer band on both orientations

    def new_page(self, *, landscape_page: bool | None = None) -> PaperBuilder:
        self._finish_page()
        self.canvas.showPage()
        if landscape_page is not None:
            self.size = landscape(A4) if landscape_page else A4
            self.canvas.setPageSize(self.size)
        self._start_page()
        return self

    def gap(self, points: float = 8) -> PaperBuilder:
        self.y -= points
        return self

    def text(
        self,
        text: str,
        *,
        x: float = 60,
        size: float = 11,
        bold: bool = False,
        columns: list[tuple[float, str]] | None = None,
    ) -> PaperBuilder:
        """One line at the cursor; `columns` adds more text on the same line at other x positions."""
        if self.y < 80:
            self.new_page()
        self.canvas.setFont(BOLD if bold else REGULAR, size)
        self.canvas.drawString(x, self.y, text)
        for cx, ctext in columns or []:
            self.canvas.drawString(cx, self.y, ctext)
        self.y -= size * 1.35
        return self

    def lines(self, *texts: str, **options) -> PaperBuilder:
        for text in texts:
            self.text(text, **options)
        return self

    def table(
        self, rows: list[list[str]], widths: list[float], *, size: float = 8, header_rows: int = 1, x: float = 40
    ) -> PaperBuilder:
        """A ruled table; cells wrap inside their width."""
        style = ParagraphStyle("cell", fontName=REGULAR, fontSize=size, leading=size * 1.2)
        bold = ParagraphStyle("head", parent=style, fontName=BOLD)
        data = [
            [Paragraph(cell or "", bold if r < header_rows else style) for cell in row] for r, row in enumerate(rows)
        ]
        table = Table(data, colWidths=widths)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        _, height = table.wrapOn(self.canvas, self.width, self.size[1])
        if self.y - height < 60:
            self.new_page()
        table.drawOn(self.canvas, x, self.y - height)
        self.y -= height + 12
        return self

    def save(self) -> Path:
        self._finish_page()
        self.canvas.save()
        return Path(self.path)
