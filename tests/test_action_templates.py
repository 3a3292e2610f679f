"""The action log extractor on templates other than the sample's ruled landscape log.

Each template is a synthetic PDF in wording and layout of its own (not the gallery's): a tracker
set out as blocks of labelled lines (with and without a heading per action, over a page break),
a tracker with horizontal rules only, section headings and the header printed once, and a RAG
grid whose columns are named 'Action ID', 'Min. ref', 'By whom', 'New date', 'RAG status'.
"""

from __future__ import annotations

import pytest
from action_fixtures import read_sightings, write_block_tracker, write_log, write_rule_tracker

from extractors.action_log import ActionLogExtractor, Row, status_cell, status_says_closed
from extractors.base import Context
from pipeline.reader import read_document
from pipeline.records import DocumentPart, Page, Table
from tests.synthetic import PaperBuilder

BLOCK_TITLE = ["Finance and Audit Panel", "Action tracker - prepared for the meeting on 14 May 2020"]
BLOCKS = [
    [
        ("Ref", "FAP/2020/04"),
        ("Meeting", "12 March 2020 (item 6)"),
        ("Action required", "Produce a summary of capital slippage by scheme for the next meeting of the panel."),
        ("Lead officer", "Director of Finance / Head of Estates"),
        ("Target date", "30.04.20 (new date 29.05.20)"),
        ("Progress", "Draft ready; scheme leads asked to confirm their figures."),
        ("RAG", "Amber"),
    ],
    [
        ("Ref", "FAP/2020/05"),
        ("Meeting", "12 March 2020 (item 7)"),
        ("Action required", "Circulate the revised treasury management strategy to members."),
        ("Lead officer", "Treasurer"),
        ("Target date", "w/c 6 April 2020"),
        ("Progress", "Circulated on 7 April."),
        ("RAG", "Done"),
    ],
    [
        ("Ref", "FAP/2020/06"),
        ("Meeting", "9 April 2020, minute 12"),
        (
            "Action required",
            "Arrange a briefing for members on the new audit framework, including the timetable "
            "for the tender and the likely cost of the external audit contract.",
        ),
        ("Lead officer", "Jo Whitfield"),
        ("Target date", "the July meeting"),
        ("Progress", "–"),
        ("RAG", "Ongoing"),
    ],
    [
        ("Ref", "FAP/2020/07"),
        ("Meeting", "9 April 2020 (item 9)"),
        ("Action required", "Report the outcome of the insurance renewal."),
        ("Lead officer", "Head of Legal Services"),
        ("Target date", "Q2 2020/21"),
        ("Progress", "Renewal concluded; report attached."),
        ("RAG", "Discharged"),
    ],
]
BLOCK_EXPECTED = [
    (
        "FAP/2020/04",
        "2020-03-12",
        "6",
        "Director of Finance / Head of Estates",
        "2020-05-29",
        "30.04.20 (new date 29.05.20)",
        "Draft ready; scheme leads asked to confirm their figures.",
        False,
    ),
    ("FAP/2020/05", "2020-03-12", "7", "Treasurer", "2020-04-06", "w/c 6 April 2020", "Circulated on 7 April.", True),
    ("FAP/2020/06", "2020-04-09", "12", "Jo Whitfield", None, "the July meeting", None, False),
    (
        "FAP/2020/07",
        "2020-04-09",
        "9",
        "Head of Legal Services",
        None,
        "Q2 2020/21",
        "Renewal concluded; report attached.",
        True,
    ),
]


@pytest.fixture(scope="module", params=["heading-per-action", "labels-only"])
def block_tracker(request, tmp_path_factory):
    heading = "Action no. {ref}" if request.param == "heading-per-action" else None
    path = write_block_tracker(
        tmp_path_factory.mktemp("blocks") / "tracker.pdf", BLOCK_TITLE, BLOCKS, heading=heading, page_break_after=1
    )
    return read_sightings(path)


def test_a_block_tracker_is_one_action_log_part(block_tracker):
    _, _, parts = block_tracker
    assert [(p.part_kind, p.page_start, p.page_end) for p in parts] == [("action_log", 1, 2)]


def test_a_block_tracker_gives_one_action_per_block(block_tracker):
    sightings, problems, _ = block_tracker
    got = [
        (
            s.action_number,
            s.raised_date,
            s.agenda_item_number,
            s.owner_text,
            s.target_date,
            s.target_date_text,
            s.update_text,
            s.closed,
        )
        for s in sightings
    ]
    assert got == BLOCK_EXPECTED
    assert sightings[2].description == dict(BLOCKS[2])["Action required"]  # wrapped value rejoined
    assert [s.source.page for s in sightings] == [1, 1, 2, 2]
    assert all(s.seen_at == "2020-05-14" and s.status_text for s in sightings)  # the meeting it was for
    assert not [p for p in problems if p.stage == "action_log"]


# --- horizontal rules only, sections, header once -----------------------------------------------

RULE_TITLE = ["Police and Crime Panel", "Open actions - as at 3 March 2021"]
RULE_HEADER = ["Ref", "Minute", "Action", "Responsibility", "Deadline", "Comments"]
RULE_ROWS = [
    "Meeting of 14 January 2021",
    [
        "P21",
        "5",
        "Publish the panel's annual report on the website and notify members.",
        "Scrutiny Officer",
        "31.01.21",
        "Published 29 January.",
    ],
    [
        "P22",
        "7",
        "Request a briefing from the Commissioner on the estates strategy.",
        "Chair and Vice-Chair",
        "TBC",
        "Request sent.",
    ],
    "Meeting of 11 February 2021",
    [
        "P23",
        "4",
        "Seek the Commissioner's views on the response rate to the precept consultation and how it "
        "compares with other areas.",
        "Panel Manager",
        "Next meeting",
        "Letter drafted.",
    ],
    [
        "P24",
        "6",
        "Take legal advice on the panel's power to require attendance.",
        "Legal Adviser",
        "15-Mar-21",
        "Awaiting advice.",
    ],
    "Completed since the last meeting",
    ["P19", "9", "Confirm membership of the complaints sub-committee.", "Monitoring Officer", "11.02.21", "Confirmed."],
]


@pytest.fixture(scope="module")
def rule_tracker(tmp_path_factory):
    path = write_rule_tracker(
        tmp_path_factory.mktemp("rules") / "tracker.pdf", RULE_TITLE, RULE_HEADER, RULE_ROWS, rows_per_page=4
    )
    return path, read_sightings(path)


def test_a_rule_only_tracker_has_no_ruled_table_and_is_claimed(rule_tracker):
    path, (_, _, parts) = rule_tracker
    pages = read_document(path, "doc", [])
    assert not any(page.tables for page in pages)
    assert ActionLogExtractor().recognise(pages[:1]).claimed
    assert [(p.part_kind, p.page_start, p.page_end) for p in parts] == [("action_log", 1, 2)]


def test_section_headings_give_raised_dates_and_close_the_completed(rule_tracker):
    _, (sightings, problems, _) = rule_tracker
    got = [
        (
            s.action_number,
            s.raised_date,
            s.agenda_item_number,
            s.owner_text,
            s.target_date,
            s.target_date_text,
            s.closed,
            s.source.page,
        )
        for s in sightings
    ]
    assert got == [
        ("P21", "2021-01-14", "5", "Scrutiny Officer", "2021-01-31", "31.01.21", False, 1),
        ("P22", "2021-01-14", "7", "Chair and Vice-Chair", None, "TBC", False, 1),
        ("P23", "2021-02-11", "4", "Panel Manager", None, "Next meeting", False, 2),
        ("P24", "2021-02-11", "6", "Legal Adviser", "2021-03-15", "15-Mar-21", False, 2),
        ("P19", None, "9", "Monitoring Officer", "2021-02-11", "11.02.21", True, 2),
    ]
    assert sightings[2].description == RULE_ROWS[4][2]  # three wrapped lines, one action
    assert all(s.seen_at == "2021-03-03" for s in sightings)
    assert not [p for p in problems if p.stage == "action_log"]


# --- a RAG grid with other column names ---------------------------------------------------------

RAG_HEADER = ["Action ID", "Meeting date", "Min. ref", "Action agreed", "By whom", "New date", "Progress", "RAG status"]
RAG_ROWS = [
    [
        "BCB/2019/05",
        "12.03.19",
        "4.2",
        "Provide a breakdown of overtime by command.",
        "ACC / Head of HR",
        "30.06.19 (revised 31.10.19)",
        "Delayed by the new HR system.",
        "Amber",
    ],
    [
        "BCB/2019/06",
        "3-Apr-19",
        "5",
        "Write to the Home Office about the grant funding.",
        "PCC and CEO",
        "w/c 3 June 2019",
        "Letter sent.",
        "Done",
    ],
    [
        "BCB/2019/07",
        "3-Apr-19",
        "6.1",
        "Review the use of agency staff in the control room.",
        "Chief Constable",
        "Q3 2019/20",
        "In progress",
        "Red",
    ],
    [
        "BCB/2019/08",
        "3-Apr-19",
        "7",
        "Brief members on the licensing backlog.",
        "Head of Licensing",
        "the April meeting",
        "",
        "Discharged",
    ],
]


@pytest.fixture(scope="module")
def rag_grid(tmp_path_factory):
    path = write_log(
        tmp_path_factory.mktemp("rag") / "log.pdf", "16 May 2019", [RAG_ROWS[:3], RAG_ROWS[3:]], header=RAG_HEADER
    )
    return read_sightings(path)


def test_a_rag_grid_reads_its_columns_by_meaning(rag_grid):
    sightings, problems, _ = rag_grid
    got = [
        (
            s.action_number,
            s.raised_date,
            s.agenda_item_number,
            s.owner_text,
            s.target_date,
            s.target_date_text,
            s.status_text,
            s.closed,
        )
        for s in sightings
    ]
    assert got == [
        (
            "BCB/2019/05",
            "2019-03-12",
            "4.2",
            "ACC / Head of HR",
            "2019-10-31",
            "30.06.19 (revised 31.10.19)",
            "Amber",
            False,
        ),
        ("BCB/2019/06", "2019-04-03", "5", "PCC and CEO", "2019-06-03", "w/c 3 June 2019", "Done", True),
        ("BCB/2019/07", "2019-04-03", "6.1", "Chief Constable", None, "Q3 2019/20", "Red", False),
        ("BCB/2019/08", "2019-04-03", "7", "Head of Licensing", None, "the April meeting", "Discharged", True),
    ]
    assert not problems


# --- status words ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "printed, text, closed",
    [
        ("Complet\ne", "Complete", True),  # a narrow RAG column breaks the word without a hyphen
        ("Clos\ned", "Closed", True),
        ("On\ngoing", "Ongoing", False),
        ("Not yet\ncomplete", "Not yet complete", False),
        ("–", "", False),
    ],
)
def test_status_cells_rejoin_broken_words_and_keep_negations(printed, text, closed):
    assert status_cell(printed) == text
    assert status_says_closed(Row(1, {"status": printed}, None)) is closed


def test_minutes_set_out_as_a_grid_are_not_an_action_log(tmp_path):
    header = ["No", "Item", "Discussion", "Decision", "Action", "Owner", "Deadline", "Notes"]
    rows = [
        [
            "1",
            "Finance",
            "The Board discussed the budget.",
            "Approved",
            "Circulate the budget.",
            "CFO",
            "30/04/2020",
            "",
        ]
    ]
    path = write_log(tmp_path / "grid.pdf", "2 April 2020", [rows], header=header)
    pages = read_document(path, "doc", [])
    evidence = ActionLogExtractor().recognise(pages)
    assert not any("table header" in reason for reason in evidence.reasons)


# --- more layouts: label-column tables, labels without colons, a heading between tables, no ref column


def label_table_tracker(path):
    """One two-column ruled table per action, the label in the left column."""
    paper = PaperBuilder(path, footer=["Page {page}"])
    paper.text("Audit and Standards Committee", bold=True, size=14).text("Action tracker - as at 2 June 2021", size=10)
    for ref, raised, text, owner, due, status in (
        (
            "7/2021",
            "17 March 2021, item 8",
            "Publish the counter-fraud annual report.",
            "Head of Audit",
            "30 April 2021",
            "Complete",
        ),
        (
            "8/2021",
            "17 March 2021, item 9",
            "Review the gifts and hospitality policy.",
            "Monitoring Officer",
            "TBC",
            "In progress",
        ),
    ):
        paper.table(
            [
                [f"Action {ref}", ""],
                ["Raised", raised],
                ["Action", text],
                ["Owner", owner],
                ["Due", due],
                ["Status", status],
            ],
            [110, 380],
            header_rows=1,
            x=60,
        )
    return paper.save()


def test_a_tracker_of_label_column_tables(tmp_path):
    sightings, problems, parts = read_sightings(label_table_tracker(tmp_path / "tables.pdf"))
    assert [p.part_kind for p in parts] == ["action_log"]
    assert [
        (
            s.action_number,
            s.raised_date,
            s.agenda_item_number,
            s.owner_text,
            s.target_date,
            s.target_date_text,
            s.closed,
        )
        for s in sightings
    ] == [
        ("7/2021", "2021-03-17", "8", "Head of Audit", "2021-04-30", "30 April 2021", True),
        ("8/2021", "2021-03-17", "9", "Monitoring Officer", None, "TBC", False),
    ]
    assert not [p for p in problems if p.stage == "action_log"]


def test_a_block_tracker_with_labels_in_their_own_column(tmp_path):
    paper = PaperBuilder(tmp_path / "gap.pdf", footer=["Page {page}"])
    paper.text("Fire Authority", bold=True, size=14).text("Action list - updated 4 March 2022", size=10).gap(8)
    for ref, text, lead, due, progress in (
        (
            "FA-31",
            "Report the outcome of the station review consultation.",
            "Chief Fire Officer",
            "31/03/2022",
            "Consultation closed; analysis under way.",
        ),
        ("FA-32", "Agree the pensions remedy communication plan.", "Treasurer", "Next meeting", "Closed"),
    ):
        for label, value in (("Ref", ref), ("Action", text), ("Lead", lead), ("Deadline", due), ("Progress", progress)):
            paper.text(label, x=60, size=9, bold=True, columns=[(170, value)])
        paper.gap(10)
    sightings, _, parts = read_sightings(paper.save())
    assert [p.part_kind for p in parts] == ["action_log"]
    assert [
        (s.action_number, s.owner_text, s.target_date, s.target_date_text, s.closed, s.seen_at) for s in sightings
    ] == [
        ("FA-31", "Chief Fire Officer", "2022-03-31", "31/03/2022", False, "2022-03-04"),
        ("FA-32", "Treasurer", None, "Next meeting", True, "2022-03-04"),
    ]


def test_a_heading_printed_between_two_tables_closes_the_second_and_a_key_closes_nothing(tmp_path):
    header = ["Ref", "Date raised", "Action", "Owner", "Target", "Update"]
    widths = [50, 70, 220, 90, 70, 200]
    paper = PaperBuilder(tmp_path / "two.pdf", landscape_pages=True, footer=["Page {page}"])
    paper.text("Joint Scrutiny Board - Action Log", bold=True, size=13)
    paper.text(
        "Key: Open - in progress; Complete / Closed - no further action, to be removed after this meeting.", size=9
    )  # a key naming the closed words is no section heading
    paper.table(
        [header, ["11", "05/01/2022", "Share the estates options appraisal.", "CFO", "28/02/2022", "Drafting"]], widths
    )
    paper.text("Completed actions", bold=True, size=11)
    paper.table(
        [header, ["9", "01/12/2021", "Circulate the audit plan.", "Chief Executive", "31/12/2021", "Sent"]], widths
    )
    sightings, problems, _ = read_sightings(paper.save())
    assert [(s.action_number, s.closed) for s in sightings] == [("11", False), ("9", True)]
    assert not [p for p in problems if p.stage == "action_log"]


def test_an_unruled_log_without_number_or_date_columns_parts_rows_by_their_gaps(tmp_path):
    header = ["Action", "Owner", "Due date", "Status", "", "", "", ""]
    rows = [
        [
            "Chief Constable to review the use of overtime in custody and report the findings to the next "
            "meeting of the Board.",
            "CC",
            "30/06/2020",
            "Open",
            "",
            "",
            "",
            "",
        ],
        [
            "Commissioner to write to the Home Office about the special grant.",
            "PCC",
            "31/07/2020",
            "Complete",
            "",
            "",
            "",
            "",
        ],
    ]
    path = write_log(tmp_path / "plain.pdf", "2 April 2020", [rows], header=header, ruled=False)
    sightings, problems, _ = read_sightings(path)
    assert [(s.owner_text, s.target_date, s.closed) for s in sightings] == [
        ("CC", "2020-06-30", False),
        ("PCC", "2020-07-31", True),
    ]
    assert sightings[0].description == rows[0][0]


def test_a_revised_date_column_outranks_the_due_date_column(tmp_path):
    header = ["Ref", "Date raised", "Item", "Action", "Owner", "Due date", "Revised date", "Status"]
    rows = [
        ["21", "10/04/2019", "6", "Review the fleet replacement plan.", "CFO", "30/06/2019", "31/10/2019", "Open"],
        ["22", "10/04/2019", "7", "Publish the custody inspection action plan.", "ACC", "31/05/2019", "", "Open"],
    ]
    sightings, _, _ = read_sightings(write_log(tmp_path / "revised.pdf", "12 June 2019", [rows], header=header))
    assert [(s.target_date, s.target_date_text) for s in sightings] == [
        ("2019-10-31", "31/10/2019"),
        ("2019-05-31", "31/05/2019"),
    ]


def test_section_words_in_the_first_cell_head_a_section_and_a_log_without_owner_column_keeps_the_subject():
    header = ("Ref", "Date raised", "Action", "Due", "Status")
    rows = (
        header,
        ("Outstanding", "", "", "", ""),
        ("31", "04/03/2021", "Chief Finance Officer to publish the reserves strategy.", "30/04/2021", "Open"),
        ("Closed since the last meeting", "", "", "", ""),
        ("29", "04/02/2021", "Deputy Chief Constable to brief members on vetting.", "04/03/2021", ""),
    )
    page = Page("doc", 1, 842, 595, tables=[Table((40, 50, 800, 300), rows, (50, 70, 90, 130, 150))])
    context = Context("doc", "Test Board", "2021-04-01")
    part = DocumentPart("doc", "action_log", 1, 1)
    sightings = list(ActionLogExtractor().extract(part, [page], context))
    assert [(s.action_number, s.closed) for s in sightings] == [("31", False), ("29", True)]
    assert sightings[0].subject_text == sightings[0].description and sightings[0].owner_text is None
    assert not context.problems


def test_a_block_without_its_action_is_a_problem_not_a_silent_loss(tmp_path):
    broken = [label for label in BLOCKS[1] if label[0] != "Action required"]
    path = write_block_tracker(
        tmp_path / "broken.pdf", BLOCK_TITLE, [BLOCKS[0], broken, BLOCKS[3]], heading="Action no. {ref}"
    )
    sightings, problems, _ = read_sightings(path)
    assert [s.action_number for s in sightings] == ["FAP/2020/04", "FAP/2020/07"]
    assert [(p.page, p.reason) for p in problems if p.stage == "action_log"] == [
        (1, "action row without an action description")
    ]
