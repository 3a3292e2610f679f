"""A note printed under an unruled action log, set off by a gap and indented into the first
column (so not left of the table), running as one sentence across several columns: it is no
part of the last row, and it is reported as a line outside the table.

Synthetic paper in its own wording: the layout is the point, not the words.
"""

from __future__ import annotations

from action_fixtures import draw_cells, read_sightings

from tests.synthetic import PaperBuilder

EDGES = [40, 84, 120, 360, 470, 560, 650]
HEADER = ["Ref", "Item", "Action", "Lead officer", "Due by", "Progress"]
ROWS = [
    [
        ["R1/24"],
        ["4"],
        ["Set out the cost of the new", "custody suite to members."],
        ["Treasurer"],
        ["15/04/2024"],
        ["Open"],
    ],
    [["R2/24"], ["7"], ["Report staff sickness levels by", "department."], ["Head of HR"], ["30/05/2024"], ["Done"]],
]
NOTE = "Items marked done are shown once more and then taken off this list at the next review."


def write_log_with_note(path):
    paper = PaperBuilder(path, landscape_pages=True)
    paper.text("Westmoor Fire Authority – Resources Committee actions", x=EDGES[0], bold=True, size=12)
    paper.gap(6)
    draw_cells(paper, HEADER, EDGES, 9, bold=True)
    for row in ROWS:
        paper.gap(5)
        for line in range(max(len(cell) for cell in row)):
            draw_cells(paper, [cell[line] if line < len(cell) else "" for cell in row], EDGES, 9)
    paper.gap(8).text(NOTE, x=EDGES[0] + 8, size=9)
    return paper.save()


def test_a_note_across_the_columns_is_not_the_last_rows_text(tmp_path):
    sightings, problems, _ = read_sightings(write_log_with_note(tmp_path / "actions.pdf"))
    assert [(s.action_number, s.description, s.owner_text) for s in sightings] == [
        ("R1/24", "Set out the cost of the new custody suite to members.", "Treasurer"),
        ("R2/24", "Report staff sickness levels by department.", "Head of HR"),
    ]
    assert [p.text for p in problems if p.stage == "action_log" and "outside" in p.reason] == [NOTE]
