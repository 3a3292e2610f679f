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
from pipeline.reader import read_document

BLOCK_TITLE = ["Finance and Audit Panel", "Action tracker - prepared for the meeting on 14 May 2020"]
BLOCKS = [
    [("Ref", "FAP/2020/04"), ("Meeting", "12 March 2020 (item 6)"),
     ("Action required", "Produce a summary of capital slippage by scheme for the next meeting of the panel."),
     ("Lead officer", "Director of Finance / Head of Estates"), ("Target date", "30.04.20 (new date 29.05.20)"),
     ("Progress", "Draft ready; scheme leads asked to confirm their figures."), ("RAG", "Amber")],
    [("Ref", "FAP/2020/05"), ("Meeting", "12 March 2020 (item 7)"),
     ("Action required", "Circulate the revised treasury management strategy to members."),
     ("Lead officer", "Treasurer"), ("Target date", "w/c 6 April 2020"), ("Progress", "Circulated on 7 April."),
     ("RAG", "Done")],
    [("Ref", "FAP/2020/06"), ("Meeting", "9 April 2020, minute 12"),
     ("Action required", "Arrange a briefing for members on the new audit framework, including the timetable "
                         "for the tender and the likely cost of the external audit contract."),
     ("Lead officer", "Jo Whitfield"), ("Target date", "the July meeting"), ("Progress", "–"), ("RAG", "Ongoing")],
    [("Ref", "FAP/2020/07"), ("Meeting", "9 April 2020 (item 9)"),
     ("Action required", "Report the outcome of the insurance renewal."), ("Lead officer", "Head of Legal Services"),
     ("Target date", "Q2 2020/21"), ("Progress", "Renewal concluded; report attached."), ("RAG", "Discharged")],
]
BLOCK_EXPECTED = [
    ("FAP/2020/04", "2020-03-12", "6", "Director of Finance / Head of Estates", "2020-05-29",
     "30.04.20 (new date 29.05.20)", "Draft ready; scheme leads asked to confirm their figures.", False),
    ("FAP/2020/05", "2020-03-12", "7", "Treasurer", "2020-04-06", "w/c 6 April 2020", "Circulated on 7 April.", True),
    ("FAP/2020/06", "2020-04-09", "12", "Jo Whitfield", None, "the July meeting", None, False),
    ("FAP/2020/07", "2020-04-09", "9", "Head of Legal Services", None, "Q2 2020/21",
     "Renewal concluded; report attached.", True),
]


@pytest.fixture(scope="module", params=["heading-per-action", "labels-only"])
def block_tracker(request, tmp_path_factory):
    heading = "Action no. {ref}" if request.param == "heading-per-action" else None
    path = write_block_tracker(tmp_path_factory.mktemp("blocks") / "tracker.pdf", BLOCK_TITLE, BLOCKS,
                               heading=heading, page_break_after=1)
    return read_sightings(path)


def test_a_block_tracker_is_one_action_log_part(block_tracker):
    _, _, parts = block_tracker
    assert [(p.part_kind, p.page_start, p.page_end) for p in parts] == [("action_log", 1, 2)]


def test_a_block_tracker_gives_one_action_per_block(block_tracker):
    sightings, problems, _ = block_tracker
    got = [(s.action_number, s.raised_date, s.agenda_item_number, s.owner_text, s.target_date,
            s.target_date_text, s.update_text, s.closed) for s in sightings]
    assert got == BLOCK_EXPECTED
    assert sightings[2].description == dict(BLOCKS[2])["Action required"]   # wrapped value rejoined
    assert [s.source.page for s in sightings] == [1, 1, 2, 2]
    assert all(s.seen_at == "2020-05-14" and s.status_text for s in sightings)   # the meeting it was for
    assert not [p for p in problems if p.stage == "action_log"]


# --- horizontal rules only, sections, header once -----------------------------------------------

RULE_TITLE = ["Police and Crime Panel", "Open actions - as at 3 March 2021"]
RULE_HEADER = ["Ref", "Minute", "Action", "Responsibility", "Deadline", "Comments"]
RULE_ROWS = [
    "Meeting of 14 January 2021",
    ["P21", "5", "Publish the panel's annual report on the website and notify members.", "Scrutiny Officer",
     "31.01.21", "Published 29 January."],
    ["P22", "7", "Request a briefing from the Commissioner on the estates strategy.", "Chair and Vice-Chair",
     "TBC", "Request sent."],
    "Meeting of 11 February 2021",
    ["P23", "4", "Seek the Commissioner's views on the response rate to the precept consultation and how it "
     "compares with other areas.", "Panel Manager", "Next meeting", "Letter drafted."],
    ["P24", "6", "Take legal advice on the panel's power to require attendance.", "Legal Adviser", "15-Mar-21",
     "Awaiting advice."],
    "Completed since the last meeting",
    ["P19", "9", "Confirm membership of the complaints sub-committee.", "Monitoring Officer", "11.02.21",
     "Confirmed."],
]


@pytest.fixture(scope="module")
def rule_tracker(tmp_path_factory):
    path = write_rule_tracker(tmp_path_factory.mktemp("rules") / "tracker.pdf", RULE_TITLE, RULE_HEADER,
                              RULE_ROWS, rows_per_page=4)
    return path, read_sightings(path)


def test_a_rule_only_tracker_has_no_ruled_table_and_is_claimed(rule_tracker):
    path, (_, _, parts) = rule_tracker
    pages = read_document(path, "doc", [])
    assert not any(page.tables for page in pages)
    assert ActionLogExtractor().recognise(pages[:1]).claimed
    assert [(p.part_kind, p.page_start, p.page_end) for p in parts] == [("action_log", 1, 2)]


def test_section_headings_give_raised_dates_and_close_the_completed(rule_tracker):
    _, (sightings, problems, _) = rule_tracker
    got = [(s.action_number, s.raised_date, s.agenda_item_number, s.owner_text, s.target_date,
            s.target_date_text, s.closed, s.source.page) for s in sightings]
    assert got == [
        ("P21", "2021-01-14", "5", "Scrutiny Officer", "2021-01-31", "31.01.21", False, 1),
        ("P22", "2021-01-14", "7", "Chair and Vice-Chair", None, "TBC", False, 1),
        ("P23", "2021-02-11", "4", "Panel Manager", None, "Next meeting", False, 2),
        ("P24", "2021-02-11", "6", "Legal Adviser", "2021-03-15", "15-Mar-21", False, 2),
        ("P19", None, "9", "Monitoring Officer", "2021-02-11", "11.02.21", True, 2),
    ]
    assert sightings[2].description == RULE_ROWS[4][2]    # three wrapped lines, one action
    assert all(s.seen_at == "2021-03-03" for s in sightings)
    assert not [p for p in problems if p.stage == "action_log"]


# --- a RAG grid with other column names ---------------------------------------------------------

RAG_HEADER = ["Action ID", "Meeting date", "Min. ref", "Action agreed", "By whom", "New date", "Progress",
              "RAG status"]
RAG_ROWS = [
    ["BCB/2019/05", "12.03.19", "4.2", "Provide a breakdown of overtime by command.", "ACC / Head of HR",
     "30.06.19 (revised 31.10.19)", "Delayed by the new HR system.", "Amber"],
    ["BCB/2019/06", "3-Apr-19", "5", "Write to the Home Office about the grant funding.", "PCC and CEO",
     "w/c 3 June 2019", "Letter sent.", "Done"],
    ["BCB/2019/07", "3-Apr-19", "6.1", "Review the use of agency staff in the control room.", "Chief Constable",
     "Q3 2019/20", "In progress", "Red"],
    ["BCB/2019/08", "3-Apr-19", "7", "Brief members on the licensing backlog.", "Head of Licensing",
     "the April meeting", "", "Discharged"],
]


@pytest.fixture(scope="module")
def rag_grid(tmp_path_factory):
    path = write_log(tmp_path_factory.mktemp("rag") / "log.pdf", "16 May 2019", [RAG_ROWS[:3], RAG_ROWS[3:]],
                     header=RAG_HEADER)
    return read_sightings(path)


def test_a_rag_grid_reads_its_columns_by_meaning(rag_grid):
    sightings, problems, _ = rag_grid
    got = [(s.action_number, s.raised_date, s.agenda_item_number, s.owner_text, s.target_date,
            s.target_date_text, s.status_text, s.closed) for s in sightings]
    assert got == [
        ("BCB/2019/05", "2019-03-12", "4.2", "ACC / Head of HR", "2019-10-31", "30.06.19 (revised 31.10.19)",
         "Amber", False),
        ("BCB/2019/06", "2019-04-03", "5", "PCC and CEO", "2019-06-03", "w/c 3 June 2019", "Done", True),
        ("BCB/2019/07", "2019-04-03", "6.1", "Chief Constable", None, "Q3 2019/20", "Red", False),
        ("BCB/2019/08", "2019-04-03", "7", "Head of Licensing", None, "the April meeting", "Discharged", True),
    ]
    assert not problems


# --- status words ------------------------------------------------------------------------------

@pytest.mark.parametrize("printed, text, closed", [
    ("Complet\ne", "Complete", True),        # a narrow RAG column breaks the word without a hyphen
    ("Clos\ned", "Closed", True),
    ("On\ngoing", "Ongoing", False),
    ("Not yet\ncomplete", "Not yet complete", False),
    ("–", "", False),
])
def test_status_cells_rejoin_broken_words_and_keep_negations(printed, text, closed):
    assert status_cell(printed) == text
    assert status_says_closed(Row(1, {"status": printed}, None)) is closed


def test_minutes_set_out_as_a_grid_are_not_an_action_log(tmp_path):
    header = ["No", "Item", "Discussion", "Decision", "Action", "Owner", "Deadline", "Notes"]
    rows = [["1", "Finance", "The Board discussed the budget.", "Approved", "Circulate the budget.", "CFO",
             "30/04/2020", ""]]
    path = write_log(tmp_path / "grid.pdf", "2 April 2020", [rows], header=header)
    pages = read_document(path, "doc", [])
    evidence = ActionLogExtractor().recognise(pages)
    assert not any("table header" in reason for reason in evidence.reasons)
