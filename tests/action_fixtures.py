"""Synthetic action logs as real PDFs, and a helper that reads any PDF's action logs.

`write_log` draws one board's action log for one meeting the way the house style does:
landscape pages, a title, a ruled table (or, with `ruled=False`, columns of words with
no rules) and the footer the segmenter reads ('Test Board Agenda Item 4.0' /
'<date> Page n of N'). `read_sightings` runs the reader, the segmenter and the action
log extractor over a file, as the pipeline does.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from extractors.action_log import ActionLogExtractor
from extractors.base import Context
from pipeline.reader import read_document
from tests.segment_once import segment_once
from tests.synthetic import PaperBuilder

HEADER = [
    "ACTION\nNO.",
    "MEETING\nDATE\nRAISED",
    "MEETING\nAGENDA\nITEM",
    "ACTION",
    "OWNER",
    "TARGET\nDATE",
    "UPDATE",
    "UPDATE\nDATE",
]
WIDTHS = [50, 70, 60, 200, 80, 70, 160, 60]
WORD_COLUMNS = [40, 90, 160, 220, 430, 510, 580, 740]  # left edges of an unruled log's columns


def footer(meeting_text: str, pages: int) -> list[str]:
    return ["Test Board Agenda Item 4.0", f"{meeting_text} Page {{page}} of {pages}"]


def write_log(
    path: Path,
    meeting_text: str,
    pages: list[list[list[str]]],
    *,
    header: list[str] = HEADER,
    repeat_header: bool = True,
    ruled: bool = True,
    widths: list[float] = WIDTHS,
) -> Path:
    """One log: `pages` holds each page's rows; the header is drawn on the first page and,
    with `repeat_header`, on every page."""
    paper = PaperBuilder(path, landscape_pages=True, footer=footer(meeting_text, len(pages)))
    paper.text("TEST BOARD ACTION LOG", bold=True, size=12)
    for number, rows in enumerate(pages):
        if number:
            paper.new_page()
        with_header = number == 0 or repeat_header
        draw = draw_table if ruled else draw_words
        draw(paper, ([header] if with_header else []) + rows, widths, with_header)
    return paper.save()


def draw_table(paper: PaperBuilder, rows: list[list[str]], widths: list[float], with_header: bool) -> None:
    paper.table(rows, widths, header_rows=1 if with_header else 0)


def draw_words(paper: PaperBuilder, rows: list[list[str]], widths: list[float], with_header: bool) -> None:
    """Each cell's text at its column's left edge, one line per cell line, no rules."""
    for row in rows:
        cells = [wrapped(cell, right - left) for cell, left, right in zip(row, WORD_COLUMNS, WORD_COLUMNS[1:] + [820])]
        for line in range(max(len(c) for c in cells)):
            texts = [(x, c[line]) for x, c in zip(WORD_COLUMNS, cells) if line < len(c) and c[line]]
            if texts:
                paper.text(texts[0][1], x=texts[0][0], size=8, columns=texts[1:])
            else:
                paper.gap(8 * 1.35)
        paper.gap(6)


def wrapped(cell: str, width: float) -> list[str]:
    """A cell's lines, wrapped to its column at 8 points (about 4.4 points a character)."""
    return [piece for line in cell.split("\n") for piece in textwrap.wrap(line, int(width / 4.4) - 1) or [""]]


def read_sightings(path: Path, document_id: str | None = None):
    """(sightings, problems, parts) of every action log part in a PDF."""
    problems: list = []
    document_id = document_id or path.stem
    pages = read_document(path, document_id, problems)
    _, parts = segment_once(pages)
    sightings = []
    for part in parts:
        if part.part_kind in ActionLogExtractor.reads:
            context = Context(document_id, part.body, part.meeting_date, problems)
            sightings += ActionLogExtractor().extract(part, pages[part.page_start - 1 : part.page_end], context)
    return sightings, problems, parts


# --- other templates: block trackers and trackers ruled only between rows ------------------------


def write_block_tracker(
    path: Path,
    title: list[str],
    blocks: list[list[tuple[str, str]]],
    *,
    heading: str | None = None,
    page_break_after: int | None = None,
) -> Path:
    """A portrait tracker, one block of `Label: value` lines per action. With `heading` (a format
    such as 'Action no. {ref}'), each block opens with that bold line; without, blocks follow each
    other and only the labels coming round again divide them. A long value wraps onto indented lines."""
    paper = PaperBuilder(path, footer=["Tracker page {page}"])
    for index, line in enumerate(title):
        paper.text(line, bold=index == 0, size=14 if index == 0 else 10)
    paper.gap(10)
    for number, block in enumerate(blocks):
        if heading:
            paper.text(heading.format(ref=dict(block).get("Ref", number + 1)), bold=True, size=11)
        for label, value in block:
            if heading and label == "Ref":
                continue
            pieces = textwrap.wrap(value, 80) or [""]
            paper.text(f"{label}: {pieces[0]}", size=9)
            for piece in pieces[1:]:
                paper.text(piece, x=140, size=9)
        paper.gap(12)
        if page_break_after is not None and number == page_break_after:
            paper.new_page()
    return paper.save()


RULED_COLUMNS = [40, 100, 150, 330, 420, 490]  # left edges of the rule-only tracker's columns


def write_rule_tracker(
    path: Path, title: list[str], header: list[str], rows: list, *, rows_per_page: int | None = None
) -> Path:
    """A portrait tracker with horizontal rules only: a rule under the header and under each row,
    no column rules; the header is printed once. `rows` holds lists of cells, or a string for a
    bold section heading across the table. `rows_per_page` breaks the table over pages."""
    paper = PaperBuilder(path, footer=["Page {page}"])
    for index, line in enumerate(title):
        paper.text(line, bold=index == 0, size=14 if index == 0 else 10)
    paper.gap(6)
    draw_rule_row(paper, header, bold=True)
    for count, row in enumerate(rows):
        if rows_per_page and count and count % rows_per_page == 0:
            paper.new_page()
        if isinstance(row, str):
            paper.gap(4).text(row, x=RULED_COLUMNS[0], size=10, bold=True)
            continue
        draw_rule_row(paper, row)
    return paper.save()


def draw_rule_row(paper: PaperBuilder, cells: list[str], bold: bool = False) -> None:
    edges = RULED_COLUMNS + [paper.width - 30]
    wrapped_cells = [
        textwrap.wrap(c, int((right - left) / 4.4) - 1) or [""] for c, left, right in zip(cells, edges, edges[1:])
    ]
    for line in range(max(len(c) for c in wrapped_cells)):
        texts = [(x, c[line]) for x, c in zip(RULED_COLUMNS, wrapped_cells) if line < len(c) and c[line]]
        first_x, first_text = texts[0]
        paper.text(first_text, x=first_x, size=8, bold=bold, columns=texts[1:])
    paper.canvas.setLineWidth(0.5)
    paper.canvas.line(RULED_COLUMNS[0], paper.y + 5, paper.width - 30, paper.y + 5)
    paper.gap(6)


# --- logs drawn line by line: cells as printed lines, exact column edges ------------------------


def write_line_log(
    path: Path,
    head: list[str],
    header: list[list[str]],
    rows: list,
    edges: list[float],
    *,
    size: float = 8,
    rules: bool = False,
    shades: list[tuple[int, str]] | None = None,
    footer_line: str | None = None,
    landscape_page: bool = True,
    centred_header: bool = False,
) -> Path:
    """A log whose every printed line is given: `header` holds the header's lines (each a list of
    labels, one per column, '' where none), `rows` holds either a row (a list of cells, each a list
    of its lines) or a string, a section heading printed in the first column in regular weight.
    With `rules`, a rule under the header and under each row; with `shades`, (column, letter)
    RAG cells are painted behind that column of each row in turn; `footer_line` is printed at the
    foot of the page (not in a form the reader knows as furniture); with `centred_header`, each
    label is centred over its column while the cells stay left-aligned (as word processors set them)."""
    paper = PaperBuilder(path, landscape_pages=landscape_page)
    for index, line in enumerate(head):
        paper.text(line, x=edges[0], bold=index == 0, size=13 if index == 0 else 9)
    paper.gap(6)
    for labels in header:
        draw_cells(paper, labels, centred(paper, labels, edges, size) if centred_header else edges, size, bold=True)
    if rules:
        rule(paper, edges)
    shade_queue = list(shades or [])
    for row in rows:
        if isinstance(row, str):
            paper.gap(3).text(row, x=edges[0], size=size)
            paper.gap(3)
            continue
        if shade_queue:
            column, colour = shade_queue.pop(0)
            pitch = len(max(row, key=len)) * size * 1.35 + size * 0.8 + (4 if rules else 0)
            shade(paper, edges, column, pitch, size, colour)
        for line in range(max(len(cell) for cell in row)):
            draw_cells(paper, [cell[line] if line < len(cell) else "" for cell in row], edges, size)
        if rules:
            rule(paper, edges)
        paper.gap(size * 0.8)
    if footer_line:
        paper.canvas.setFont("Helvetica", 7)
        paper.canvas.drawString(edges[0], 28, footer_line)  # inside the reader's footer band
    return paper.save()


def centred(paper: PaperBuilder, labels: list[str], edges: list[float], size: float) -> list[float]:
    """Where each label starts when centred between its column's edges."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    rights = edges[1:] + [paper.width - 30]
    return [
        (left + right - stringWidth(label, "Helvetica-Bold", size)) / 2
        for label, left, right in zip(labels, edges, rights)
    ]


def draw_cells(paper: PaperBuilder, texts: list[str], edges: list[float], size: float, bold: bool = False) -> None:
    placed = [(x, text) for x, text in zip(edges, texts) if text]
    if placed:
        paper.text(placed[0][1], x=placed[0][0], size=size, bold=bold, columns=placed[1:])
    else:
        paper.gap(size * 1.35)  # a blank line inside a cell (a paragraph break)


def rule(paper: PaperBuilder, edges: list[float]) -> None:
    paper.canvas.setLineWidth(0.5)
    paper.canvas.line(edges[0], paper.y + 6, paper.width - 30, paper.y + 6)
    paper.gap(4)


def shade(paper: PaperBuilder, edges: list[float], column: int, pitch: float, size: float, colour: str) -> None:
    """A filled cell behind one column of the row about to be drawn (a RAG colour), as tall as the
    row's pitch, so the cells of consecutive rows touch (as a coloured RAG column does)."""
    from reportlab.lib import colors

    right = edges[column + 1] if column + 1 < len(edges) else paper.width - 30
    paper.canvas.setFillColor(getattr(colors, colour))
    paper.canvas.rect(edges[column] - 2, paper.y + size + 1 - pitch, right - edges[column] + 2, pitch, stroke=0, fill=1)
    paper.canvas.setFillColor(colors.black)
