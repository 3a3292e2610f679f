"""Action-log forms met in the round on the blind sets blind13-15, each built in invented words
and a layout of its own: a spreadsheet printed with its gridlines, whose title and 'as at' rows
sit inside the grid above the header."""

from __future__ import annotations

from pathlib import Path

from action_fixtures import read_sightings

from tests.synthetic import PaperBuilder

# --- a spreadsheet export: title and date rows inside the grid, above the header ------------------


def gridded_sheet(path: Path) -> Path:
    """A sheet printed with gridlines: the first rows of the grid hold the log's title and the day
    it was printed, the third its column labels; a narrow column wraps its label ('Agenda' / 'Item'),
    so a line 'Agenda' stands alone at the head of the page."""
    paper = PaperBuilder(path, landscape_pages=True)
    widths = [55, 60, 45, 230, 90, 60, 60, 140]
    blank = [""] * (len(widths) - 1)
    rows = [
        ["Hollowmere Fire Authority Scrutiny Panel action tracker", *blank],
        ["Printed:", "02-Mar-21", *blank[1:]],
        ["Ref", "Raised", "Agenda Item", "Action", "Lead officer", "Due date", "RAG", "Comments"],
        [
            "HSP-031",
            "12-Jan-21",
            "3",
            "Share the appliance availability figures.",
            "Area Manager",
            "02-Mar-21",
            "Closed",
            "Shared.",
        ],
        [
            "HSP-034",
            "12-Jan-21",
            "5.2",
            "Review the hydrant inspection backlog.",
            "Head of Water",
            "Jun-21",
            "Open",
            "Survey begun.",
        ],
        ["HSP-036", "09-Feb-21", "4", "Brief members on the wildfire plan.", "Station Manager", "TBC", "Amber", ""],
    ]
    paper.table(rows, widths, size=7, header_rows=3, x=30)
    return paper.save()


def test_a_header_under_title_rows_inside_a_gridded_sheet(tmp_path: Path):
    sightings, _, parts = read_sightings(gridded_sheet(tmp_path / "sheet.pdf"))
    assert [p.part_kind for p in parts] == ["action_log"]
    assert [(s.action_number, s.raised_date, s.agenda_item_number, s.target_date, s.closed) for s in sightings] == [
        ("HSP-031", "2021-01-12", "3", "2021-03-02", True),
        ("HSP-034", "2021-01-12", "5.2", None, False),
        ("HSP-036", "2021-02-09", "4", None, False),
    ]
