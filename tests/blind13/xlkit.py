"""openpyxl helpers: spreadsheet-made papers printed through LibreOffice Calc."""

import datetime as dt

from openpyxl import Workbook  # noqa: F401  (re-exported to the papers)
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hexcolor):
    return PatternFill("solid", start_color=hexcolor, end_color=hexcolor)


def put(
    ws,
    row,
    col,
    value,
    font=None,
    size=8,
    bold=False,
    italic=False,
    wrap=True,
    numfmt=None,
    bg=None,
    border=True,
    align="left",
    valign="top",
    color="000000",
):
    c = ws.cell(row=row, column=col)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day)
    if value is not None or not type(c).__name__ == "MergedCell":
        c.value = value
    c.font = Font(name=font or "Liberation Sans", size=size, bold=bold, italic=italic, color=color)
    c.alignment = Alignment(wrap_text=wrap, vertical=valign, horizontal=align)
    if numfmt:
        c.number_format = numfmt
    if bg:
        c.fill = fill(bg)
    if border:
        c.border = BOX
    return c


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def page(ws, landscape=True, title_rows=None, fit_width=True, footer=None, header=None, gridlines=False, margins=0.4):
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    if fit_width:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    if title_rows:
        ws.print_title_rows = title_rows
    ws.print_options.gridLines = gridlines
    ws.page_margins.left = ws.page_margins.right = margins
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    if footer:
        ws.oddFooter.center.text = footer
        ws.oddFooter.center.size = 7
    if header:
        ws.oddHeader.right.text = header
        ws.oddHeader.right.size = 7


def autoheight(ws, row, size=8, extra=0):
    """Set a row height that holds every wrapped cell (Calc does not always grow rows itself)."""
    import math

    lines = 1
    for c in ws[row]:
        if c.value is None or type(c).__name__ == "MergedCell":
            continue
        w = ws.column_dimensions[c.column_letter].width or 8.43
        per = max(1.0, w * (10.0 / size) * 0.92)
        text = str(c.value)
        n = sum(max(1, math.ceil(len(part) / per)) for part in text.split("\n"))
        lines = max(lines, n)
    ws.row_dimensions[row].height = lines * size * 1.32 + 3 + extra
