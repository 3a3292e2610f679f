"""A log with no status column, split by meeting headings that name the board by its initials
('RPB – 9 November 2023'): each row's raised date is its heading's, and whether it is done is
said only by a 'Date closed' column or by the words of its update ('…, action complete', 'This
was completed at …', 'Closure agreed by the Panel …'); 'Proposed for closure' is still open.

Drawn as a ruled grid with merged heading rows (reportlab platypus); its words are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from action_fixtures import read_sightings
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HEADER = ["Action", "Owner", "Target", "Update", "Date closed"]
ROWS = [
    ["RPB – 9 November 2023"],
    [
        "Refresh the fleet replacement plan.",
        "Fleet Manager",
        "31/01/2024",
        "Plan refreshed in December, action complete.",
        "",
    ],
    [
        "Report knife crime trends by ward.",
        "Head of Analysis",
        "29/02/2024",
        "First report in January; further data needed.",
        "",
    ],
    ["RPB – 11 January 2024"],
    [
        "Agree the estates disposal list.",
        "Chief Executive",
        "31/03/2024",
        "This was completed at the March meeting.",
        "",
    ],
    ["Confirm the budget consultation dates.", "CFO", "15/02/2024", "Dates published.", "14/02/2024"],
    ["Review the collaboration agreement.", "DCC", "TBC", "Closure agreed by the Panel in March.", ""],
    ["Set up the youth panel.", "Head of Engagement", "30/04/2024", "Proposed for closure – panel met twice.", ""],
    [
        "Publish the panel's annual report.",
        "Panel Secretary",
        "31/05/2024",
        "Draft complete, final version due in May.",
        "",
    ],
]
EXPECTED = [
    ("Refresh the fleet replacement plan.", "2023-11-09", True),
    ("Report knife crime trends by ward.", "2023-11-09", False),
    ("Agree the estates disposal list.", "2024-01-11", True),
    ("Confirm the budget consultation dates.", "2024-01-11", True),
    ("Review the collaboration agreement.", "2024-01-11", True),
    ("Set up the youth panel.", "2024-01-11", False),
    ("Publish the panel's annual report.", "2024-01-11", False),
]


def write_log(path: Path) -> Path:
    cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=9, leading=11)
    head = ParagraphStyle("head", parent=cell, fontName="Times-Bold")
    data = []
    spans = []
    for r, row in enumerate([HEADER, *ROWS]):
        style = head if r == 0 or len(row) == 1 else cell
        if len(row) == 1:
            spans.append(("SPAN", (0, r), (-1, r)))
            row = row + [""] * (len(HEADER) - 1)
        data.append([Paragraph(t, style) if t else "" for t in row])
    grid = Table(data, colWidths=[200, 110, 70, 250, 70], repeatRows=1)
    grid.setStyle(
        TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"), *spans])
    )
    title = ParagraphStyle("t", fontName="Times-Bold", fontSize=13)
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(
        [Paragraph("Ravensholt Resources Panel – Action log", title), Spacer(1, 8), grid]
    )
    return path


@pytest.fixture(scope="module")
def log(tmp_path_factory):
    return read_sightings(write_log(tmp_path_factory.mktemp("closing") / "log.pdf"))


def test_meeting_headings_naming_the_board_by_initials_date_the_rows_under_them(log):
    sightings, _, parts = log
    assert [p.part_kind for p in parts] == ["action_log"]
    assert [(s.description, s.raised_date) for s in sightings] == [(d, r) for d, r, _ in EXPECTED]


def test_a_date_closed_column_or_the_update_words_say_which_actions_are_done(log):
    sightings, _, _ = log
    assert [(s.description, s.closed) for s in sightings] == [(d, c) for d, _, c in EXPECTED]


STATUS_HEADER = ["Ref", "Action", "Lead", "Due", "Status"]
STATUS_ROWS = [
    ["E1", "Survey the station roofs.", "Estates Manager", "30/06/2024", "Partially complete"],
    ["E2", "Replace the custody CCTV.", "Head of Custody", "31/07/2024", "Largely complete – one suite left"],
    ["E3", "Retender the cleaning contract.", "Head of Procurement", "31/05/2024", "Complete"],
    ["E4", "Sell the former section house.", "Estates Manager", "31/12/2024", "Proposed for closure"],
    ["E5", "Review the fleet telematics pilot.", "Fleet Manager", "30/09/2024", "Superseded by the fleet strategy"],
]


def test_a_partly_done_or_proposed_action_is_open_and_a_superseded_one_closed(tmp_path):
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10)
    data = [[Paragraph(t, cell) for t in row] for row in [STATUS_HEADER, *STATUS_ROWS]]
    grid = Table(data, colWidths=[35, 220, 110, 70, 160])
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    path = tmp_path / "estates.pdf"
    story = [Paragraph("Estates Programme Board – action log", cell), Spacer(1, 6), grid]
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)
    sightings, _, _ = read_sightings(path)
    assert [(s.action_number, s.closed) for s in sightings] == [
        ("E1", False),
        ("E2", False),
        ("E3", True),
        ("E4", False),
        ("E5", True),
    ]


def test_a_completion_date_beside_a_target_date_is_the_day_the_action_was_done(tmp_path):
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10)
    rows = [
        ["No.", "Action", "Owner", "Target date", "Completion date", "Comments"],
        ["1", "Audit the seized property store.", "Head of Audit", "31/03/2024", "28/03/2024", "Report issued."],
        ["2", "Refresh the business continuity plans.", "Resilience Lead", "30/06/2024", "", "Two plans left."],
    ]
    grid = Table([[Paragraph(t, cell) for t in row] for row in rows], colWidths=[30, 220, 100, 70, 80, 150])
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    path = tmp_path / "audit.pdf"
    story = [Paragraph("Audit and Assurance Group – action log", cell), Spacer(1, 6), grid]
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)
    sightings, _, _ = read_sightings(path)
    assert [(s.target_date, s.closed) for s in sightings] == [("2024-03-31", True), ("2024-06-30", False)]
