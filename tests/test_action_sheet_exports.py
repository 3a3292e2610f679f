"""Action logs printed straight from a spreadsheet: the sheet's column letters (A, B, C …) form
the table's first row and its row numbers the first column, the header row numbered 1 like any
other. The letters are no header and the header's row number no figure in a label.

Synthetic papers in invented wording: the layout is the point.
"""

from __future__ import annotations

from action_fixtures import read_sightings

from tests.synthetic import PaperBuilder

LETTERS = ["", "A", "B", "C", "D", "E", "F", "G"]
HEADER = ["1", "Ref", "Date of meeting", "Item", "Task", "Responsible", "Deadline", "Progress"]
ROWS = [
    [
        "2",
        "RB-12",
        "04/02/2025",
        "6",
        "Audit the custody record sampling.",
        "Head of Custody",
        "30/04/2025",
        "Complete",
    ],
    ["3", "RB-13", "04/02/2025", "8", "Publish the stop and search data.", "Comms Lead; ACC", "Summer", "Open"],
    ["4", "RB-15", "01/04/2025", "3", "Review the estates disposal list.", "CFO", "01/07/2025", "Overdue"],
]
WIDTHS = [22, 40, 60, 30, 230, 110, 60, 60]


def test_a_ruled_sheet_export_with_column_letters_and_row_numbers(tmp_path):
    paper = PaperBuilder(tmp_path / "sheet.pdf", landscape_pages=True, header="Resources Board Action Tracker")
    paper.table([LETTERS, HEADER, *ROWS], WIDTHS, size=6, header_rows=2)
    sightings, _, _ = read_sightings(paper.save())
    got = [
        (s.action_number, s.raised_date, s.agenda_item_number, s.owner_text, s.target_date, s.closed) for s in sightings
    ]
    assert got == [
        ("RB-12", "2025-02-04", "6", "Head of Custody", "2025-04-30", True),
        ("RB-13", "2025-02-04", "8", "Comms Lead; ACC", None, False),
        ("RB-15", "2025-04-01", "3", "CFO", "2025-07-01", False),
    ]


def test_a_data_row_opening_with_a_number_is_no_header(tmp_path):
    # without the sheet's header row, a row that opens with a bare number is data, not labels
    paper = PaperBuilder(tmp_path / "plain.pdf", landscape_pages=True)
    paper.text("Resources Board action log", bold=True, size=12)
    paper.table(
        [["No.", "Action", "Owner", "Due", "Status"], ["7", "Refresh the fleet strategy.", "CFO", "", "Open"]],
        [40, 220, 80, 70, 60],
    )
    sightings, _, _ = read_sightings(paper.save())
    assert [(s.action_number, s.description) for s in sightings] == [("7", "Refresh the fleet strategy.")]
