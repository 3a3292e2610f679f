"""Action logs set out as sections, one per meeting, each under its own heading and its own copy
of the column header, with references that a narrow column wraps after their letters; and a log
whose title is a "record of actions" for a meeting, which is a log and not that meeting's minutes.

Synthetic papers in their own wording: the layouts are the point, not the words.
"""

from __future__ import annotations

import pytest
from action_fixtures import draw_cells, read_sightings

from tests.synthetic import PaperBuilder

EDGES = [46, 96, 140, 330, 440, 520, 600]
HEADER = ["No.", "Min.", "Action agreed", "Owner", "Due", "Status"]
NOTE = "Completed actions are reported once and then removed from this schedule."
SECTIONS = [
    (
        "Actions agreed at the meeting on 12 October 2022",
        [
            [
                ["PCB", "07/22"],
                ["5"],
                ["Report the call handling times for", "the rural sectors."],
                ["ACC"],
                ["30/11/2022"],
                ["Complete – reported", "in November."],
            ],
            [
                ["PCB", "08/22"],
                ["6"],
                ["Share the draft estates strategy", "with members before", "publication."],
                ["Head of Estates"],
                ["January 2023"],
                ["Ongoing"],
            ],
        ],
    ),
    (
        "Actions agreed at the meeting on 14 December 2022",
        [
            [
                ["PCB", "11/22"],
                ["3"],
                ["Circulate the victims' survey results."],
                ["OPCC"],
                ["31/01/2023"],
                ["Complete"],
            ],
            [
                ["PCB", "12/22"],
                ["7"],
                ["Bring the custody inspection action", "plan to the next meeting."],
                ["DCC / Chief", "Executive"],
                ["Next meeting"],
                ["Not started"],
            ],
        ],
    ),
]


def write_sectioned_log(path):
    """Sections, each a bold heading at the page margin over its own copy of the header; rows of
    8-point lines sitting close, rows set a little apart; a note under the table at the margin."""
    paper = PaperBuilder(path, landscape_pages=True)
    paper.text("Northvale Police and Crime Board", x=EDGES[0] - 8, bold=True, size=13)
    paper.text("Schedule of actions – position at 3 March 2023", x=EDGES[0] - 8, size=10)
    for heading, rows in SECTIONS:
        paper.gap(8).text(heading, x=EDGES[0] - 8, bold=True, size=9)
        paper.gap(4)
        draw_cells(paper, HEADER, EDGES, 8, bold=True)
        paper.gap(4)
        for row in rows:
            for line in range(max(len(cell) for cell in row)):
                draw_cells(paper, [cell[line] if line < len(cell) else "" for cell in row], EDGES, 8)
            paper.gap(6)
    paper.gap(6).text(NOTE, x=EDGES[0] - 8, size=8)
    return paper.save()


@pytest.fixture(scope="module")
def sectioned(tmp_path_factory):
    return read_sightings(write_sectioned_log(tmp_path_factory.mktemp("sections") / "schedule.pdf"))


def test_references_wrapped_after_their_letters_start_one_row_each(sectioned):
    sightings, _, parts = sectioned
    assert [p.part_kind for p in parts] == ["action_log"]
    got = [(s.action_number, s.agenda_item_number, s.owner_text, s.target_date, s.closed) for s in sightings]
    assert got == [
        ("PCB 07/22", "5", "ACC", "2022-11-30", True),
        ("PCB 08/22", "6", "Head of Estates", None, False),
        ("PCB 11/22", "3", "OPCC", "2023-01-31", True),
        ("PCB 12/22", "7", "DCC / Chief Executive", None, False),
    ]
    assert sightings[1].description == "Share the draft estates strategy with members before publication."


def test_each_sections_heading_dates_its_rows_even_above_the_first_header(sectioned):
    sightings, _, _ = sectioned
    assert [s.raised_date for s in sightings] == ["2022-10-12", "2022-10-12", "2022-12-14", "2022-12-14"]


def test_a_repeated_header_is_no_row_and_a_note_under_the_table_is_a_problem(sectioned):
    sightings, problems, _ = sectioned
    assert not any("Owner" in (s.owner_text or "") or "No." in (s.action_number or "") for s in sightings)
    assert not any("removed" in (s.status_text or "") for s in sightings)
    assert [p.text for p in problems if p.stage == "action_log" and "outside" in p.reason] == [NOTE]


def test_a_reference_printed_whole_on_one_line_starts_its_row(tmp_path):
    paper = PaperBuilder(tmp_path / "log.pdf", landscape_pages=True)
    paper.text("Audit and Standards Committee – action log", x=EDGES[0], bold=True, size=13)
    paper.gap(6)
    draw_cells(paper, HEADER, EDGES, 8, bold=True)
    for ref, action in (("ASC 3/23", "Publish the audit plan."), ("ASC 4/23", "Review the fraud policy.")):
        paper.gap(6)
        draw_cells(paper, [ref, "2", action, "Treasurer", "31/05/2023", "Open"], EDGES, 8)
    sightings, _, _ = read_sightings(paper.save())
    assert [(s.action_number, s.description) for s in sightings] == [
        ("ASC 3/23", "Publish the audit plan."),
        ("ASC 4/23", "Review the fraud policy."),
    ]


def test_a_record_of_actions_for_a_meeting_is_a_log_not_its_minutes(tmp_path):
    """Its title names a meeting and its table has action, owner and deadline columns, as a
    minutes grid would; the status column and the title naming actions make it a log."""
    paper = PaperBuilder(tmp_path / "record.pdf", landscape_pages=True)
    paper.text("Kestwick Fire and Rescue Authority", bold=True, size=13)
    paper.text("Record of actions – Resources Committee meeting on 9 May 2024", size=10)
    paper.gap(6).table(
        [
            ["Ref", "Date of meeting", "Minute", "Action agreed", "Action by", "Due date", "Comments", "Status"],
            [
                "RC/24/01",
                "07.02.24",
                "12",
                "Review the fleet leasing options.",
                "Treasurer",
                "30 April 2024",
                "Report at item 6.",
                "Complete",
            ],
            [
                "RC/24/02",
                "07.02.24",
                "15",
                "Write to the Home Office on grants.",
                "Chief Fire Officer",
                "31 May 2024",
                "",
                "Open",
            ],
        ],
        [50, 60, 40, 170, 90, 70, 120, 50],
    )
    sightings, _, parts = read_sightings(paper.save())
    assert [p.part_kind for p in parts] == ["action_log"]
    assert [(s.action_number, s.raised_date, s.agenda_item_number, s.closed) for s in sightings] == [
        ("RC/24/01", "2024-02-07", "12", True),
        ("RC/24/02", "2024-02-07", "15", False),
    ]


def test_a_dated_title_just_above_the_header_does_not_date_the_rows(tmp_path):
    """'<Board> – <date>' over a log is the meeting the log is for, not the one its rows were raised at."""
    paper = PaperBuilder(tmp_path / "titled.pdf", landscape_pages=True)
    paper.text("Action log", x=EDGES[0], bold=True, size=13)
    paper.text("Northvale Resources Board – 9 March 2023", x=EDGES[0] - 8, bold=True, size=9)
    paper.gap(2)
    draw_cells(paper, HEADER, EDGES, 8, bold=True)
    paper.gap(6)
    draw_cells(paper, ["RB 2/23", "4", "Publish the estates plan.", "CFO", "31/05/2023", "Open"], EDGES, 8)
    sightings, _, _ = read_sightings(paper.save())
    assert [(s.action_number, s.raised_date) for s in sightings] == [("RB 2/23", None)]
