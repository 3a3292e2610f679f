"""Common tracker forms of other bodies: a landscape grid whose meeting date is merged down over
the rows raised there, under a full-width section row; references carried between meetings
('JAC 12/21-03'); RAG and status words (Complete, Superseded, Amber, Ongoing); an Update column of
dated entries that says an action is done where no status is printed.

The paper is drawn with reportlab's platypus (a real merged grid); its words are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from action_fixtures import read_sightings
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HEADER = ["Ref", "Meeting", "Item", "Action", "Lead", "Due", "Update", "RAG"]
ROWS = [
    ["Actions carried forward from 2022", "", "", "", "", "", "", ""],
    [
        "JAC 12/21-03",
        "08/12/2021",
        "5",
        "Present the counter-fraud plan.",
        "Treasurer",
        "31/03/2022",
        "14/01/2022: draft seen.<br/>02/03/2022: Complete – plan approved.",
        "Complete",
    ],
    ["JAC 12/21-04", "", "6", "Review the insurance renewal.", "Chief Executive", "30/04/2022", "", "Superseded"],
    [
        "JAC 03/22-01",
        "16/03/2022",
        "4",
        "Report the estates disposals.",
        "Director of Finance",
        "30/06/2022",
        "Ongoing – two sites left.",
        "Amber",
    ],
    [
        "JAC 03/22-02",
        "",
        "7",
        "Circulate the audit plan.",
        "Head of Internal Audit",
        "31/05/2022",
        "16/05/2022: Complete, circulated to members.",
        "",
    ],
    [
        "JAC 03/22-03",
        "",
        "8",
        "Report the pension fund valuation.",
        "Treasurer",
        "TBC",
        "01/06/2022: awaiting the actuary.",
        "",
    ],
]
# (first cell, last cell) of each merged region: the section row across the grid, and the meeting
# date of each meeting merged down over its rows
SPANS = [((0, 1), (7, 1)), ((1, 2), (1, 3)), ((1, 4), (1, 6))]


def write_merged_tracker(path: Path) -> Path:
    cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=8.5, leading=10)
    head = ParagraphStyle("head", parent=cell, fontName="Times-Bold")
    data = [
        [Paragraph(text, head if r == 0 else cell) if text else "" for text in row]
        for r, row in enumerate([HEADER, *ROWS])
    ]
    grid = Table(data, colWidths=[70, 60, 35, 170, 100, 60, 200, 55], repeatRows=1)
    grid.setStyle(
        TableStyle(
            [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            + [("SPAN", first, last) for first, last in SPANS]
        )
    )
    title = Paragraph(
        "Westdale Joint Audit Committee – Action tracker", ParagraphStyle("t", fontName="Times-Bold", fontSize=13)
    )
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([title, Spacer(1, 8), grid])
    return path


@pytest.fixture(scope="module")
def tracker(tmp_path_factory):
    return read_sightings(write_merged_tracker(tmp_path_factory.mktemp("merged") / "tracker.pdf"))


def test_a_meeting_date_merged_down_dates_every_row_under_it(tracker):
    sightings, _, parts = tracker
    assert [p.part_kind for p in parts] == ["action_log"]
    assert [(s.action_number, s.raised_date) for s in sightings] == [
        ("JAC 12/21-03", "2021-12-08"),
        ("JAC 12/21-04", "2021-12-08"),
        ("JAC 03/22-01", "2022-03-16"),
        ("JAC 03/22-02", "2022-03-16"),
        ("JAC 03/22-03", "2022-03-16"),
    ]


def test_status_words_and_dated_updates_say_which_actions_are_done(tracker):
    sightings, _, _ = tracker
    assert [s.closed for s in sightings] == [True, True, False, True, False]
    assert sightings[3].status_text is None  # closed by its update alone: '16/05/2022: Complete, …'


def test_carried_references_items_and_targets_stay_as_printed(tracker):
    sightings, _, _ = tracker
    assert [(s.agenda_item_number, s.target_date) for s in sightings] == [
        ("5", "2022-03-31"),
        ("6", "2022-04-30"),
        ("4", "2022-06-30"),
        ("7", "2022-05-31"),
        ("8", None),
    ]


def test_an_empty_meeting_cell_is_not_a_merged_one(tmp_path):
    """A grid without merges whose meeting cell is left blank leaves that row undated."""
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8)
    rows = [HEADER, ROWS[1], ROWS[2]]
    grid = Table(
        [[Paragraph(t, cell) if t else "" for t in row] for row in rows], colWidths=[70, 60, 35, 170, 100, 60, 200, 55]
    )
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    path = tmp_path / "plain.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([Paragraph("Action log", cell), Spacer(1, 8), grid])
    sightings, _, _ = read_sightings(path)
    assert [s.raised_date for s in sightings] == ["2021-12-08", None]
