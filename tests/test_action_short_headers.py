"""Action tables headed in the fewest words: '# | What | Who | When | Status' (a sign for the number
column, the questions for the rest), ruled and unruled. Bodies and business are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from action_fixtures import read_sightings
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tests.synthetic import PaperBuilder

HEADER = ["#", "What", "Who", "When", "Status"]
ROWS = [
    ["1", "Circulate the revised scheme of delegation.", "Monitoring Officer", "15/04/2024", "Complete"],
    ["2", "Arrange a visit to the new custody suite.", "Chief Executive", "31/05/2024", "Open"],
    ["3", "Report on the volunteer recruitment drive.", "Head of Volunteering", "30/06/2024", "Open"],
]
EDGES = [50, 75, 300, 400, 470]


def write_grid(path: Path) -> Path:
    cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=9, leading=11)
    grid = Table([[Paragraph(t, cell) for t in row] for row in [HEADER, *ROWS]], colWidths=[25, 225, 100, 70, 55])
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    title = ParagraphStyle("t", fontName="Times-Bold", fontSize=12)
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [Paragraph("Lowfield Ethics Panel – Action log", title), Spacer(1, 6), grid]
    )
    return path


def write_unruled(path: Path) -> Path:
    paper = PaperBuilder(path, footer=["Ethics Panel – page {page}"])
    paper.text("Lowfield Ethics Panel – Action log", bold=True, size=12)
    paper.gap(6)
    paper.text(HEADER[0], x=EDGES[0], size=9, bold=True, columns=list(zip(EDGES[1:], HEADER[1:])))
    for row in ROWS:
        paper.text(row[0], x=EDGES[0], size=9, columns=list(zip(EDGES[1:], row[1:])))
        paper.gap(5)
    return paper.save()


@pytest.mark.parametrize("write", [write_grid, write_unruled], ids=["grid", "unruled"])
def test_a_log_headed_by_a_sign_and_questions_is_read(tmp_path, write):
    sightings, _, parts = read_sightings(write(tmp_path / "log.pdf"))
    assert [p.part_kind for p in parts] == ["action_log"]
    assert [(s.action_number, s.description, s.owner_text, s.target_date, s.closed) for s in sightings] == [
        (row[0], row[1], row[2], f"2024-{row[3][3:5]}-{row[3][:2]}", row[4] == "Complete") for row in ROWS
    ]
