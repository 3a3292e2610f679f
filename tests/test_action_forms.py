"""Action logs in forms beyond the gallery and the holdout, each a synthetic PDF drawn line by line.

- an unruled landscape schedule whose narrow columns wrap: a reference broken at its hyphen
  ('GOV-22-' / '03'), a raised date broken before its year ('12 Jan' / '22'), a target revised in
  its cell, a 'Position' column whose cells open with the status ('Closed – …', 'On hold – …'), a
  two-line header, a note and a footer set far below the rows;
- a log with rules between rows only, grouped under month headings that name the meeting's day
  (or only the month), a 'BRAG' header a narrow column broke inside the word, and single RAG
  letters in shaded cells read by the key printed above the table ('B = done');
- a ruled grid whose header cells are broken inside a word ('Minut' / 'e', 'Stat' / 'us').
The wording (titles, labels, ids, owners, dates) is the tests' own.
"""

from __future__ import annotations

import pytest
from action_fixtures import read_sightings, write_line_log

from extractors.action_log import Row, raised_heading, read_key, status_says_closed
from pipeline.reader import read_document
from pipeline.records import Line, Page, Word
from tests.synthetic import PaperBuilder

# --- an unruled schedule with wrapped cells ------------------------------------------------------

SCHEDULE_EDGES = [40, 100, 160, 205, 420, 520, 610]
SCHEDULE_HEAD = ["Estates and Finance Scrutiny Group", "Action schedule, prepared for the meeting on 8 February 2023"]
SCHEDULE_HEADER = [
    ["Ref.", "Raised", "Agenda", "Agreed action", "Officer", "Target", "Position"],
    ["", "", "ref", "", "", "", ""],
]
SCHEDULE_ROWS = [
    [
        ["GOV-22-", "03"],
        ["12 Jan", "22"],
        ["6"],
        ["Commission an independent review of the", "fleet replacement programme."],
        ["Group Manager", "(Fleet)"],
        ["30 Apr 22 (revised", "30 Jun 22)"],
        ["Closed – review received", "and noted."],
    ],
    [
        ["GOV-22-04"],
        ["12 Jan 22"],
        ["7"],
        ["Set out the costs of moving the training", "centre to the joint site."],
        ["Area Manager", "Response"],
        ["31 March 2023"],
        ["Open – options paper being", "drafted."],
    ],
    [
        ["GOV-22-05"],
        ["9 Feb 22"],
        ["4"],
        ["Report on the take-up of home fire safety", "checks by people over 80."],
        ["Head of Prevention /", "Station Manager Ellis"],
        ["Q3 2023/24"],
        ["On hold – awaiting a data", "sharing agreement."],
    ],
    [
        ["GOV-22-06"],
        ["9 Feb 22"],
        ["5"],
        ["Agree a protocol for sharing drone footage", "with the police."],
        ["Deputy Chief Fire", "Officer"],
        ["TBC"],
        ["Not started"],
    ],
    [
        ["GOV-22-07"],
        ["9 Feb 22"],
        ["8"],
        ["Move the year-end surplus into the", "equipment reserve."],
        ["Treasurer"],
        ["31.03.23"],
        ["Completed – transfer made", "on 2 March."],
    ],
]
SCHEDULE_EXPECTED = [
    ("GOV-22-03", "2022-01-12", "6", "Group Manager (Fleet)", "2022-06-30", True),
    ("GOV-22-04", "2022-01-12", "7", "Area Manager Response", "2023-03-31", False),
    ("GOV-22-05", "2022-02-09", "4", "Head of Prevention / Station Manager Ellis", None, False),
    ("GOV-22-06", "2022-02-09", "5", "Deputy Chief Fire Officer", None, False),
    ("GOV-22-07", "2022-02-09", "8", "Treasurer", "2023-03-31", True),
]
SCHEDULE_NOTE = "Positions are given by the officer named against each action."


@pytest.fixture(scope="module")
def schedule(tmp_path_factory):
    rows = SCHEDULE_ROWS + [[[""]], [[""]], [[""]], [[SCHEDULE_NOTE]]]  # the note sits well below the table
    path = write_line_log(
        tmp_path_factory.mktemp("schedule") / "schedule.pdf",
        SCHEDULE_HEAD,
        SCHEDULE_HEADER,
        rows,
        SCHEDULE_EDGES,
        footer_line="Estates and Finance Scrutiny Group · schedule · 1",
    )
    return read_sightings(path)


def test_wrapped_references_and_dates_continue_their_rows(schedule):
    sightings, _, parts = schedule
    assert [p.part_kind for p in parts] == ["action_log"]
    got = [
        (s.action_number, s.raised_date, s.agenda_item_number, s.owner_text, s.target_date, s.closed) for s in sightings
    ]
    assert got == SCHEDULE_EXPECTED
    assert sightings[0].description == "Commission an independent review of the fleet replacement programme."
    assert sightings[0].raised_date_text == "12 Jan 22"


def test_a_revised_target_and_an_undated_one_keep_their_printed_text(schedule):
    sightings, _, _ = schedule
    assert sightings[0].target_date_text == "30 Apr 22 (revised 30 Jun 22)"
    assert (sightings[2].target_date, sightings[2].target_date_text) == (None, "Q3 2023/24")
    assert sightings[2].status_text == "On hold – awaiting a data sharing agreement."


def test_a_note_and_a_footer_far_below_the_rows_are_problems_not_cell_text(schedule):
    sightings, problems, _ = schedule
    assert not any("Positions" in (s.status_text or "") or "schedule ·" in (s.owner_text or "") for s in sightings)
    outside = [p for p in problems if p.stage == "action_log" and "outside" in p.reason]
    assert [p.text for p in outside] == [SCHEDULE_NOTE]  # the footer, in the page's margin, is furniture


# --- rules between rows, month headings, RAG letters by the printed key ---------------------------

RAG_EDGES = [40, 95, 130, 330, 430, 500, 720]
RAG_HEAD = ["Joint Resources Board", "Action log", "Key: B = done   G = on course   A = at risk   R = behind"]
RAG_HEADER = [["No.", "Min", "Action", "Assigned to", "Due", "Progress", "BR"], ["", "", "", "", "", "", "AG"]]
RAG_ROWS = [
    "OCTOBER 2022 – Board of 11/10/2022",
    [
        ["2022/05"],
        ["4"],
        ["Confirm the savings from shared fleet", "servicing."],
        ["Head of Fleet"],
        ["12 Dec 22"],
        ["Savings confirmed at £84k."],
        ["B"],
    ],
    [
        ["2022/06"],
        ["6.2"],
        ["Bring a plan for the estates backlog."],
        ["Director of Estates"],
        ["Jan 23"],
        ["Plan in draft."],
        ["A"],
    ],
    "NOVEMBER 2022 · meeting held 8 Nov 22",
    [["2022/07"], ["3"], ["Publish the joint procurement pipeline."], ["CFO"], ["6 Jan 23"], ["On course."], ["G"]],
    "DECEMBER 2022",
    [
        ["2022/08"],
        ["5"],
        ["Write to partners about the shared", "control room costs."],
        ["Chair"],
        ["Next meeting"],
        ["Letters sent 20 December."],
        ["B"],
    ],
]
RAG_SHADES = [(6, "lightblue"), (6, "orange"), (6, "lightgreen"), (6, "lightblue")]


@pytest.fixture(scope="module")
def rag_log(tmp_path_factory):
    path = write_line_log(
        tmp_path_factory.mktemp("rag") / "log.pdf",
        RAG_HEAD,
        RAG_HEADER,
        RAG_ROWS,
        RAG_EDGES,
        rules=True,
        shades=RAG_SHADES,
    )
    return path, read_sightings(path)


def test_month_headings_give_the_meetings_day_or_only_their_text(rag_log):
    _, (sightings, _, _) = rag_log
    got = [(s.action_number, s.raised_date, s.raised_date_text, s.agenda_item_number) for s in sightings]
    assert got == [
        ("2022/05", "2022-10-11", "11/10/2022", "4"),
        ("2022/06", "2022-10-11", "11/10/2022", "6.2"),
        ("2022/07", "2022-11-08", "8 Nov 22", "3"),
        ("2022/08", None, "DECEMBER 2022", "5"),
    ]


def test_rag_letters_read_by_the_printed_key_under_a_header_broken_inside_its_word(rag_log):
    path, (sightings, problems, _) = rag_log
    assert any(page.tables for page in read_document(path, "doc", []))  # the shaded cells come out as tables
    assert [(s.status_text, s.closed) for s in sightings] == [("B", True), ("A", False), ("G", False), ("B", True)]
    assert [s.target_date for s in sightings] == ["2022-12-12", None, "2023-01-06", None]
    assert not [p for p in problems if p.stage == "action_log"]


def test_a_key_defines_letters_and_a_lone_letter_without_one_takes_the_usual_meaning():
    key_line = line_of("RAG key: G – on schedule; A – slipping; R – late; X – complete")
    page = Page("doc", 1, 595, 842, lines=[key_line])
    key = read_key([page])
    assert key == {"g": "open", "a": "open", "r": "open", "x": "closed"}
    assert status_says_closed(Row(1, {"status": "X"}, None), key)
    assert not status_says_closed(Row(1, {"status": "X"}, None))
    assert status_says_closed(Row(1, {"status": "C"}, None)) and not status_says_closed(Row(1, {"status": "R"}, None))
    assert read_key([Page("doc", 1, 595, 842, lines=[line_of("A – the first point of the report")])]) == {}


@pytest.mark.parametrize(
    "printed, closed",
    [
        ("Open – will be closed once the letter is sent", False),
        ("Closed – superseded by action 14", True),
        ("In progress, completion expected in May", False),
        ("On hold", False),
        ("Withdrawn", True),
    ],
)
def test_a_status_is_read_by_its_first_status_word(printed, closed):
    assert status_says_closed(Row(1, {"status": printed}, None)) is closed


@pytest.mark.parametrize(
    "heading, iso",
    [
        ("SEPTEMBER 2023 – meeting of 19-09-2023", "2023-09-19"),
        ("Fire Authority meeting, 4 July 2023", "2023-07-04"),
        ("Actions raised in March 2023", None),
    ],
)
def test_headings_over_the_rows_of_one_meeting(heading, iso):
    value = raised_heading(heading)
    assert value is not None and value.iso == iso


def test_a_sentence_with_a_date_is_no_meeting_heading():
    assert raised_heading("Report circulated to members on 4 July 2023") is None


def line_of(text: str, size: float = 9.0) -> Line:
    words, x = [], 40.0
    for token in text.split(" "):
        words.append(Word(token, x, 100.0, x + len(token) * 4.5, 100.0 + size, size, False))
        x += len(token) * 4.5 + 2.5
    return Line(tuple(words))


# --- a ruled grid whose header words are broken ---------------------------------------------------


def test_header_cells_broken_inside_a_word_name_their_columns(tmp_path):
    paper = PaperBuilder(tmp_path / "grid.pdf", landscape_pages=True)
    paper.text("Audit and Standards Committee – action list", bold=True, size=13)
    paper.table(
        [
            ["Ref", "Minut<br/>e", "Action", "Respon-<br/>sible", "Due", "Stat<br/>us"],
            ["AS1", "12", "Refresh the counter-fraud policy.", "Head of Internal Audit", "1 Mar 24", "Closed"],
            ["AS2", "14", "Test the new gifts register.", "Monitoring Officer", "Q4 2023/24", "Not started"],
        ],
        [40, 40, 260, 120, 70, 60],
    )
    sightings, problems, _ = read_sightings(paper.save())
    got = [
        (s.action_number, s.agenda_item_number, s.owner_text, s.target_date, s.status_text, s.closed) for s in sightings
    ]
    assert got == [
        ("AS1", "12", "Head of Internal Audit", "2024-03-01", "Closed", True),
        ("AS2", "14", "Monitoring Officer", None, "Not started", False),
    ]


# --- no number column: rows start at a date; plain-weight section rows; a paragraph break in a cell --

DATED_EDGES = [40, 100, 300, 390, 450]
DATED_HEAD = ["Community Safety Partnership Board", "Action log"]
DATED_HEADER = [["Date raised", "Action", "Who", "When", "Notes"]]
DATED_ROWS = [
    "Still open",
    [
        ["3 Oct", "2022"],
        ["Refresh the volunteer handbook and", "publish it on the intranet."],
        ["Partnership", "Manager"],
        ["1 Dec 22"],
        ["Draft with the volunteers.", "", "Sign-off planned for November."],
    ],
    [
        ["7 Nov", "2022"],
        ["Map the funding streams for youth", "diversion work."],
        ["Chair"],
        ["Spring"],
        ["Scoping started."],
    ],
    [
        ["21st", "November", "2022"],
        ["Invite the youth council to the", "next meeting."],
        ["Clerk"],
        ["Next meeting"],
        ["Invitation sent."],
    ],
    "CLOSED",
    [["3 Oct", "2022"], ["Circulate the hate crime figures."], ["Analyst"], ["10 Oct 22"], ["Sent 9 October."]],
]


def test_a_log_without_numbers_starts_rows_at_dates_and_reads_plain_section_rows(tmp_path):
    path = write_line_log(
        tmp_path / "dated.pdf", DATED_HEAD, DATED_HEADER, DATED_ROWS, DATED_EDGES, landscape_page=False
    )
    sightings, problems, _ = read_sightings(path)
    got = [(s.raised_date, s.owner_text, s.target_date, s.closed) for s in sightings]
    assert got == [
        ("2022-10-03", "Partnership Manager", "2022-12-01", False),
        ("2022-11-07", "Chair", None, False),
        ("2022-11-21", "Clerk", None, False),
        ("2022-10-03", "Analyst", "2022-10-10", True),
    ]
    assert sightings[0].update_text == "Draft with the volunteers. Sign-off planned for November."
    assert not [p for p in problems if p.stage == "action_log"]


def test_a_first_cell_naming_a_board_and_its_meeting_heads_the_rows_raised_there(tmp_path):
    paper = PaperBuilder(tmp_path / "grid.pdf", landscape_pages=True)
    paper.text("Resources Board – action tracker", bold=True, size=13)
    paper.table(
        [
            ["No", "Item", "Action", "Lead", "Target", "Status"],
            ["Resources Board – 14 March 2023", "", "", "", "", ""],
            ["RB1", "3", "Report the overtime outturn.", "Director of Finance", "30.04.23", "Open"],
            ["Resources Board meeting, 9 May 2023", "", "", "", "", ""],
            ["RB2", "6", "Agree the fleet charging model.", "Head of Fleet", "30.06.23", "Done"],
        ],
        [160, 40, 240, 120, 70, 60],
    )
    sightings, problems, _ = read_sightings(paper.save())
    assert [(s.action_number, s.raised_date, s.closed) for s in sightings] == [
        ("RB1", "2023-03-14", False),
        ("RB2", "2023-05-09", True),
    ]
    assert not [p for p in problems if p.stage == "action_log"]


# --- labels centred over left-aligned cells ------------------------------------------------------

CENTRED_EDGES = [40, 110, 380, 540, 640, 720]
CENTRED_HEADER = [["Ref", "Action", "Owner", "Due date", "Status"]]
CENTRED_ROWS = [
    [["K/23/01"], ["Review the use of the reserve crewing pool."], ["Chief Executive"], ["30/06/2023"], ["Open"]],
    [
        ["K/23/02"],
        ["Publish the equality objectives."],
        ["Head of People and", "Culture"],
        ["31/07/2023"],
        ["Complete"],
    ],
]


def test_cells_set_left_of_their_centred_labels_stay_in_their_columns(tmp_path):
    path = write_line_log(
        tmp_path / "centred.pdf",
        ["Kestrel Audit Committee", "Action log"],
        CENTRED_HEADER,
        CENTRED_ROWS,
        CENTRED_EDGES,
        centred_header=True,
    )
    sightings, problems, _ = read_sightings(path)
    got = [(s.action_number, s.description, s.owner_text, s.target_date, s.closed) for s in sightings]
    assert got == [
        ("K/23/01", "Review the use of the reserve crewing pool.", "Chief Executive", "2023-06-30", False),
        ("K/23/02", "Publish the equality objectives.", "Head of People and Culture", "2023-07-31", True),
    ]
    assert not [p for p in problems if p.stage == "action_log"]


# --- a block tracker grouped under meeting headings, with a completed section -------------------


def test_headings_between_blocks_give_raised_dates_and_close_what_is_done(tmp_path):
    paper = PaperBuilder(tmp_path / "blocks.pdf")
    paper.text("Harbour Authority – action tracker", bold=True, size=14).gap(8)
    blocks = [
        ("Meeting of 6 March 2023", None),
        (
            None,
            [
                ("Number", "HA-07"),
                ("Action", "Survey the north quay fenders and cost their replacement."),
                ("Owner", "Harbour Master"),
                ("Due", "1 May 2023"),
                ("Update", "Survey done; costs awaited."),
            ],
        ),
        ("Meeting of 3 April 2023", None),
        (
            None,
            [
                ("Number", "HA-09"),
                ("Action", "Agree the dredging window with the contractor."),
                ("Owner", "Marine Manager"),
                ("Due", "TBC"),
                ("Update", "Talks under way."),
            ],
        ),
        ("Completed actions", None),
        (
            None,
            [
                ("Number", "HA-05"),
                ("Action", "Renew the pilotage insurance."),
                ("Owner", "Treasurer"),
                ("Due", "31 March 2023"),
                ("Update", "Renewed."),
            ],
        ),
    ]
    for heading, labels in blocks:
        if heading:
            paper.gap(6).text(heading, size=10, bold=heading.startswith("Completed")).gap(4)
            continue
        for label, value in labels:
            paper.text(f"{label}: {value}", size=9)
        paper.gap(8)
    paper.text("Circulated to members only.", size=9)  # a line that belongs to no block
    sightings, problems, _ = read_sightings(paper.save())
    got = [(s.action_number, s.raised_date, s.raised_date_text, s.closed) for s in sightings]
    assert got == [
        ("HA-07", "2023-03-06", "6 March 2023", False),
        ("HA-09", "2023-04-03", "3 April 2023", False),
        ("HA-05", None, None, True),
    ]
    assert [p.text for p in problems if p.stage == "action_log"] == ["Circulated to members only."]
