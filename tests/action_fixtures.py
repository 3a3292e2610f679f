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
from pipeline.segment import segment
from tests.synthetic import PaperBuilder

HEADER = ["ACTION\nNO.", "MEETING\nDATE\nRAISED", "MEETING\nAGENDA\nITEM", "ACTION", "OWNER", "TARGET\nDATE",
          "UPDATE", "UPDATE\nDATE"]
WIDTHS = [50, 70, 60, 200, 80, 70, 160, 60]
WORD_COLUMNS = [40, 90, 160, 220, 430, 510, 580, 740]   # left edges of an unruled log's columns


def footer(meeting_text: str, pages: int) -> list[str]:
    return ["Test Board Agenda Item 4.0", f"{meeting_text} Page {{page}} of {pages}"]


def write_log(path: Path, meeting_text: str, pages: list[list[list[str]]], *, header: list[str] = HEADER,
              repeat_header: bool = True, ruled: bool = True, widths: list[float] = WIDTHS) -> Path:
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
    _, parts = segment(pages)
    sightings = []
    for part in parts:
        if part.part_kind in ActionLogExtractor.reads:
            context = Context(document_id, part.body, part.meeting_date, problems)
            sightings += ActionLogExtractor().extract(part, pages[part.page_start - 1: part.page_end], context)
    return sightings, problems, parts
