"""Trackers that add a dated column at each meeting ('Progress at 12 Oct 2023', 'Update – Dec 2023'):
such a header is still a header (its figures are dates, not a row's data), and of the dated
columns the latest one is the update that stands now, wherever it sits.

Drawn as a ruled grid (reportlab platypus) and as columns of words without rules; the bodies,
people and business are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from action_fixtures import read_sightings
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tests.synthetic import PaperBuilder

ROWS = [
    [
        "N-7",
        "04/09/2023",
        "Map the custody staffing gaps.",
        "Head of Custody",
        "12/10/2023",
        "Awaiting data.",
        "Complete – map circulated to members.",
    ],
    [
        "N-8",
        "04/09/2023",
        "Agree a protocol with the ambulance trust.",
        "DCC",
        "07/12/2023",
        "Complete – first draft shared.",
        "Second draft under discussion with the trust.",
    ],
    [
        "N-9",
        "12/10/2023",
        "Publish the rural crime survey results.",
        "Head of Communications",
        "TBC",
        "New action.",
        "Survey closes in January.",
    ],
]


def write_grid(path: Path, header: list[str]) -> Path:
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8, leading=9.5)
    head = ParagraphStyle("head", parent=cell, fontName="Helvetica-Bold")
    data = [[Paragraph(t, head if r == 0 else cell) for t in row] for r, row in enumerate([header, *ROWS])]
    grid = Table(data, colWidths=[40, 60, 170, 100, 60, 150, 150], repeatRows=1)
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=12)
    story = [Paragraph("Northmoor Resources Board – action tracker", title), Spacer(1, 8), grid]
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)
    return path


EDGES = [40, 80, 140, 330, 430, 490, 640]


def write_unruled(path: Path, header: list[str]) -> Path:
    """Each cell's words at its column's left edge, the header in bold, no rules; a label's
    date below its words ('Progress at' / '12 Oct 2023') on a second header line."""
    paper = PaperBuilder(path, landscape_pages=True, footer=["Tracker – page {page}"])
    paper.text("Northmoor Resources Board – action tracker", bold=True, size=12)
    paper.gap(6)
    first = [label.split("\n")[0] for label in header]
    paper.text(first[0], x=EDGES[0], size=8, bold=True, columns=list(zip(EDGES[1:], first[1:])))
    second = [(x, label.split("\n")[1]) for x, label in zip(EDGES, header) if "\n" in label]
    if second:
        paper.text(second[0][1], x=second[0][0], size=8, bold=True, columns=second[1:])
    for row in ROWS:
        paper.text(row[0], x=EDGES[0], size=8, columns=list(zip(EDGES[1:], row[1:])))
        paper.gap(6)
    return paper.save()


DATED_IN_ORDER = ["Ref", "Raised", "Action", "Lead officer", "Due", "Progress at 12 Oct 2023", "Progress at 07/12/2023"]
# the newer column first: some trackers put the latest position beside the action
DATED_NEWEST_FIRST = ["Ref", "Raised", "Action", "Lead officer", "Due", "Update – 7 Dec 2023", "Update – 12 Oct 2023"]


# each label's date on a line of its own under it
DATED_TWO_LINES = [*DATED_IN_ORDER[:5], "Progress at\n12 Oct 2023", "Progress at\n07/12/2023"]


@pytest.mark.parametrize(
    "write, header",
    [
        (write_grid, DATED_IN_ORDER),
        (write_unruled, DATED_IN_ORDER),
        (write_unruled, DATED_TWO_LINES),
        (write_grid, DATED_NEWEST_FIRST),
    ],
    ids=["grid", "unruled", "unruled-two-lines", "grid-newest-first"],
)
def test_a_header_with_dated_update_columns_is_read_and_the_latest_update_stands(tmp_path, write, header):
    sightings, problems, parts = read_sightings(write(tmp_path / "tracker.pdf", header))
    assert [p.part_kind for p in parts] == ["action_log"]
    assert [s.action_number for s in sightings] == ["N-7", "N-8", "N-9"]
    latest = 5 if header is DATED_NEWEST_FIRST else 6
    assert [s.update_text for s in sightings] == [row[latest] for row in ROWS]
    if latest == 6:
        # the earlier column's 'Complete – first draft shared' no longer says N-8 is done
        assert [s.closed for s in sightings] == [True, False, False]
    assert [s.owner_text for s in sightings] == ["Head of Custody", "DCC", "Head of Communications"]
    assert not [p for p in problems if "header" in p.reason]
