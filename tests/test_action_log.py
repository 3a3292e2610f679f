"""The action log extractor on the sample log (pack and per-item PDF) and synthetic variants."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from action_fixtures import HEADER, read_sightings, write_log

from extractors.action_log import ActionLogExtractor, Row, status_says_closed, update_says_closed
from extractors.base import Context
from pipeline.evaluate import similarity
from pipeline.records import DocumentPart, Page, Table

ROOT = Path(__file__).resolve().parent.parent
GOLD = json.loads((ROOT / "tests/gold/19-10-09-BCB-Agenda-Pack.json").read_text())["actions"]
SAMPLES = {
    "pack": (ROOT / "corpus/19-10-09-BCB-Agenda-Pack.pdf", {2, 3}),
    "item": (ROOT / "tests/pdfs/items/19-10-09-BCB-Agenda-Item-4.0-Action-Log.pdf", {1, 2}),
}


@pytest.fixture(scope="module", params=sorted(SAMPLES))
def sample(request):
    path, pages = SAMPLES[request.param]
    sightings, problems, _ = read_sightings(path)
    return sightings, problems, pages


def gold_pairs(sightings):
    found = {(s.action_number, s.raised_date): s for s in sightings}
    return [(g, found.get((g["action_number"], g["raised_date"]))) for g in GOLD]


def test_sample_log_gives_exactly_the_gold_actions(sample):
    sightings, problems, pages = sample
    assert len(sightings) == len(GOLD) == 10
    assert all(found is not None for _, found in gold_pairs(sightings))
    assert {s.source.page for s in sightings} == pages
    assert not [p for p in problems if p.stage == "action_log"]


def test_sample_log_fields_match_gold(sample):
    for gold, found in gold_pairs(sample[0]):
        assert similarity(gold["description"], found.description) >= 0.7, gold["description"]
        assert found.agenda_item_number == gold["agenda_item_number"]
        assert found.target_date == gold["target_date"]
        assert ("closed" if found.closed else "open") == gold["status"]
        assert bool(found.owner_text) == bool(gold["owners"])  # blank OWNER cells stay blank


def test_sample_log_keeps_printed_texts_and_context(sample):
    by_number = {(s.action_number, s.raised_date): s for s in sample[0]}
    first = by_number[("1.0", "2019-01-24")]
    assert (first.update_date, first.update_date_text) == (None, "Date Req")
    assert by_number[("8.0", "2019-07-31")].target_date_text == "18/09/2019 and on-going"
    assert all(s.body == "Business Coordination Board" and s.seen_at == "2019-10-09" for s in sample[0])
    assert all(s.origin == "action_log" and s.source.bbox for s in sample[0])


# --- synthetic logs --------------------------------------------------------------------------

ROW_A = [
    "1.0",
    "10/01/2019",
    "5.0",
    "Chief Constable to report on the outcome of the custody review",
    "Chief Constable",
    "28/02/2019",
    "",
    "Date Req",
]
ROW_B = [
    "2.0",
    "10/01/2019",
    "6.0",
    "Commissioner to write to partners about road safety funding",
    "PCC",
    "18/09/2019 and on-going",
    "Letter drafted",
    "12/02/2019",
]
ROW_C = [
    "1.0",
    "14/02/2019",
    "4.1",
    "Constabulary to present the estates strategy",
    "Constabulary",
    "14/03/2019",
    "Complete - strategy presented",
    "14/03/2019",
]


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "words"])
@pytest.mark.parametrize("repeat_header", [True, False], ids=["header-repeated", "header-once"])
def test_log_over_two_pages(tmp_path, ruled, repeat_header):
    path = write_log(
        tmp_path / "log.pdf", "14 March 2019", [[ROW_A, ROW_B], [ROW_C]], repeat_header=repeat_header, ruled=ruled
    )
    sightings, problems, parts = read_sightings(path)
    assert [p.part_kind for p in parts] == ["action_log"]
    got = [
        (
            s.action_number,
            s.raised_date,
            s.agenda_item_number,
            s.owner_text,
            s.target_date,
            s.target_date_text,
            s.update_date,
            s.update_date_text,
            s.closed,
            s.source.page,
        )
        for s in sightings
    ]
    assert got == [
        ("1.0", "2019-01-10", "5.0", "Chief Constable", "2019-02-28", "28/02/2019", None, "Date Req", False, 1),
        (
            "2.0",
            "2019-01-10",
            "6.0",
            "PCC",
            "2019-09-18",
            "18/09/2019 and on-going",
            "2019-02-12",
            "12/02/2019",
            False,
            1,
        ),
        ("1.0", "2019-02-14", "4.1", "Constabulary", "2019-03-14", "14/03/2019", "2019-03-14", "14/03/2019", True, 2),
    ]
    assert sightings[0].description == ROW_A[3]
    assert all(s.body == "Test Board" and s.seen_at == "2019-03-14" for s in sightings)
    assert not problems


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "words"])
def test_row_broken_over_a_page_is_merged(tmp_path, ruled):
    start = [
        "3.0",
        "14/02/2019",
        "7.2",
        "Chief Executive to bring a report on the",
        "Chief Executive",
        "",
        "Report drafted",
        "",
    ]
    rest = ["", "", "", "estates disposal programme to the next Board", "", "11/04/2019", "and circulated", ""]
    path = write_log(
        tmp_path / "log.pdf", "14 March 2019", [[ROW_A, start], [rest, ROW_C]], ruled=ruled, repeat_header=False
    )
    sightings, problems, _ = read_sightings(path)
    assert [s.action_number for s in sightings] == ["1.0", "3.0", "1.0"]
    merged = sightings[1]
    assert merged.description == "Chief Executive to bring a report on the estates disposal programme to the next Board"
    assert (merged.target_date, merged.update_text) == ("2019-04-11", "Report drafted and circulated")
    assert merged.source.page == 1
    assert not problems


VARIANT_HEADERS = {
    "ref-lead-due-progress-status": [
        "Action Ref",
        "Date Raised",
        "Item",
        "Action",
        "Lead",
        "Due Date",
        "Progress",
        "Status",
    ],
    "responsible-deadline-comments-rag": [
        "No.",
        "Meeting Date",
        "Agenda Item",
        "Action Required",
        "Responsible",
        "Deadline",
        "Comments",
        "RAG",
    ],
    "complete-column": [
        "Ref",
        "Date Raised",
        "Minute Ref",
        "Description",
        "Owner",
        "Target Date",
        "Update",
        "Complete",
    ],
}


@pytest.mark.parametrize("name", sorted(VARIANT_HEADERS))
def test_header_variants_map_to_the_same_fields(tmp_path, name):
    header = VARIANT_HEADERS[name]
    last = {"Status": "Closed", "RAG": "Complete", "Complete": "Yes"}[header[-1]]
    rows = [
        [
            "4",
            "12/03/2020",
            "6.1",
            "Review the estates plan",
            "Chief Finance Officer",
            "30/04/2020",
            "Draft received",
            "Open" if header[-1] != "Complete" else "",
        ],
        ["5", "12/03/2020", "6.2", "Publish the annual report", "Chief Executive", "TBC", "Published", last],
    ]
    path = write_log(tmp_path / "log.pdf", "2 April 2020", [rows], header=header)
    sightings, problems, _ = read_sightings(path)
    assert [
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
    ] == [
        ("4", "2020-03-12", "6.1", "Chief Finance Officer", "2020-04-30", "30/04/2020", "Draft received", False),
        ("5", "2020-03-12", "6.2", "Chief Executive", None, "TBC", "Published", True),
    ]
    assert sightings[1].status_text == last
    assert not problems


def test_a_moved_target_reads_as_the_latest_day(tmp_path):
    row = [
        "7.0",
        "10/01/2019",
        "8.0",
        "Report on overtime spend",
        "Constabulary",
        "28/02/2019 revised to 30/04/2019",
        "",
        "",
    ]
    sightings, _, _ = read_sightings(write_log(tmp_path / "log.pdf", "14 March 2019", [[row]]))
    assert (sightings[0].target_date, sightings[0].target_date_text) == (
        "2019-04-30",
        "28/02/2019 revised to 30/04/2019",
    )


@pytest.mark.parametrize(
    "update, closed",
    [
        ("Complete - report presented at the June meeting", True),
        ("Action complete.", True),
        ("Report presented to the Board. Action closed.", True),
        ("Discharged", True),
        ("Report to be completed by June", False),
        ("Work not complete; see the next log", False),
        ("The review has started and will be closed down later", False),
        ("", False),
    ],
)
def test_an_update_closes_an_action_only_when_it_says_it_is_done(update, closed):
    assert update_says_closed(update) is closed


@pytest.mark.parametrize(
    "status, closed",
    [
        ("Complete", True),
        ("Completed", True),
        ("CLOSED", True),
        ("Done", True),
        ("Not complete", False),
        ("Open", False),
        ("Green", False),
        ("Incomplete", False),
    ],
)
def test_a_status_cell_closes_an_action(status, closed):
    assert status_says_closed(Row(1, {"status": status}, None)) is closed


# --- rows that are not actions ---------------------------------------------------------------


def run_on_tables(*tables: Table):
    page = Page("doc", 1, 842, 595, tables=list(tables))
    part = DocumentPart("doc", "action_log", 1, 1, body="Test Board", meeting_date="2019-03-14")
    context = Context("doc", "Test Board", "2019-03-14")
    return list(ActionLogExtractor().extract(part, [page], context)), context.problems


def test_a_heading_row_closes_the_rows_under_it_and_is_no_action():
    rows = (tuple(HEADER), tuple(ROW_A), ("COMPLETED ACTIONS", None, None, None, None, None, None, None), tuple(ROW_B))
    sightings, problems = run_on_tables(Table((40, 50, 800, 400), rows, (50, 80, 120, 140, 160)))
    assert [(s.action_number, s.closed) for s in sightings] == [("1.0", False), ("2.0", True)]
    assert not problems


def test_unreadable_rows_and_tables_become_problems():
    no_description = ("9.0", "10/01/2019", "5.0", "", "PCC", "", "", "")
    header_less = Table((40, 420, 800, 500), (("a", "b"), ("c", "d")), (420, 460))
    sightings, problems = run_on_tables(
        Table((40, 50, 800, 400), (tuple(HEADER), no_description), (50, 80)), header_less
    )
    assert sightings == []
    assert sorted(p.reason for p in problems) == [
        "action row without an action description",
        "table without an action-log header or a matching earlier one",
    ]
