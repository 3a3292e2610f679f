"""The life of actions across three snapshots of a block tracker and of a RAG log, read from PDFs.

Each board prints its log for three meetings. Between them actions are updated, marked done,
dropped without a word, and carried again after being closed or dropped: the lifecycle must
follow each action through the snapshots by their meeting dates, whatever the template.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from action_fixtures import read_sightings, write_block_tracker, write_log

from pipeline.ids import meeting_id
from pipeline.lifecycle import link_actions
from pipeline.link import link_actions as link_stage
from pipeline.owners import OwnerDirectory
from pipeline.records import ActionSighting, Source


def no_owners(_):
    return []


def link(sightings):
    return link_actions(sightings, meeting_id, no_owners)


def steps(tables):
    """The lifecycle's own events, without a later paper's restated record of an earlier step."""
    return [e for e in tables["action_events"] if not e["restated"]]


def events_of(tables, action):
    return [(e["meeting_id"], e["event"]) for e in steps(tables) if e["action_id"] == action["id"]]


# --- a block tracker: three snapshots -------------------------------------------------------------


def block(ref, text, target, progress, status):
    return [
        ("Ref", ref),
        ("Meeting", "12 March 2020 (item 6)"),
        ("Action required", text),
        ("Lead officer", "Treasurer"),
        ("Target date", target),
        ("Progress", progress),
        ("RAG", status),
    ]


SLIPPAGE = "Produce a summary of capital slippage by scheme for the panel."
STRATEGY = "Circulate the revised treasury management strategy to members."
BRIEFING = "Arrange a briefing for members on the new audit framework."
RENEWAL = "Report the outcome of the insurance renewal to the panel."
TRACKERS = {
    "14 May 2020": [
        block("F1", SLIPPAGE, "29.05.20", "Draft ready.", "Amber"),
        block("F2", STRATEGY, "30.06.20", "Being revised.", "Green"),
        block("F3", BRIEFING, "TBC", "Date to be fixed.", "Open"),
    ],
    "11 June 2020": [
        block("F1", SLIPPAGE, "29.05.20", "Summary circulated.", "Complete"),
        block("F2", STRATEGY, "31.07.20 (revised)", "Delayed by the audit.", "Amber"),
        block("F4", RENEWAL, "Q2 2020/21", "Renewal under way.", "Green"),
    ],
    "9 July 2020": [
        block("F1", SLIPPAGE, "30.09.20", "Members asked for a second summary.", "Open"),
        block("F2", STRATEGY, "31.07.20", "Circulated.", "Closed"),
        block("F3", BRIEFING, "w/c 14 September 2020", "Briefing now booked.", "Green"),
    ],
}


@pytest.fixture(scope="module")
def block_life(tmp_path_factory):
    folder = tmp_path_factory.mktemp("trackers")
    sightings = []
    for number, (meeting, blocks) in enumerate(TRACKERS.items()):
        title = ["Finance and Audit Panel", f"Action tracker - prepared for the meeting on {meeting}"]
        found, _, _ = read_sightings(
            write_block_tracker(folder / f"tracker-{number}.pdf", title, blocks, heading="Action no. {ref}"),
            f"tracker-{number}",
        )
        assert len(found) == len(blocks)
        sightings += found
    tables = link(sightings)
    return tables, {a["action_number"]: a for a in tables["actions"]}


def test_block_tracker_snapshots_are_four_actions(block_life):
    tables, actions = block_life
    assert sorted(actions) == ["F1", "F2", "F3", "F4"]
    assert len(tables["actions"]) == 4


def test_block_tracker_done_then_carried_open_again_is_reopened(block_life):
    tables, actions = block_life
    slippage = actions["F1"]
    assert (slippage["status"], slippage["closed_date"], slippage["target_date"]) == ("open", None, "2020-09-30")
    assert [event for _, event in events_of(tables, slippage)] == ["raised", "updated", "closed", "reopened"]


def test_block_tracker_dropped_then_carried_again_is_reopened(block_life):
    tables, actions = block_life
    briefing = actions["F3"]
    assert briefing["status"] == "open"
    assert [event for _, event in events_of(tables, briefing)] == ["raised", "updated", "closed", "reopened"]
    assert briefing["target_date"] == "2020-09-14"


def test_block_tracker_closed_by_status_and_by_leaving_the_log(block_life):
    tables, actions = block_life
    assert (actions["F2"]["status"], actions["F2"]["closed_date"]) == ("closed", "2020-07-09")
    assert (actions["F4"]["status"], actions["F4"]["closed_date"]) == ("closed", "2020-07-09")
    assert events_of(tables, actions["F4"])[-1][1] == "closed"
    assert actions["F2"]["raised_date"] == "2020-03-12"


# --- a RAG log: three snapshots -----------------------------------------------------------------

RAG_HEADER = ["Action ID", "Meeting date", "Min. ref", "Action agreed", "By whom", "New date", "Progress", "RAG status"]


def rag(ref, text, target, progress, status):
    return [ref, "03.04.19", "5", text, "ACC", target, progress, status]


OVERTIME = "Provide a breakdown of overtime by command."
GRANT = "Write to the Home Office about the grant funding."
AGENCY = "Review the use of agency staff in the control room."
DRONES = "Share the evaluation of the drone pilot with the Board."
LOGS = {
    "16 May 2019": [
        rag("R1", OVERTIME, "30.06.19", "Data being gathered.", "Green"),
        rag("R2", GRANT, "30.06.19", "Draft letter.", "Amber"),
        rag("R3", AGENCY, "31.07.19", "Not started.", "Red"),
    ],
    "18 July 2019": [
        rag("R1", OVERTIME, "30.06.19", "Breakdown circulated.", "Complete"),
        rag("R2", GRANT, "30.06.19 (revised 31.10.19)", "Waiting for figures.", "Amber"),
        rag("R4", DRONES, "TBC", "Pilot running.", "Green"),
    ],
    "19 September 2019": [
        rag("R2", GRANT, "31.10.19", "Letter sent.", "Closed"),
        rag("R3", AGENCY, "30.11.19", "Review restarted at the Board's request.", "Red"),
        rag("R4", DRONES, "Next meeting", "Evaluation drafted.", "Green"),
    ],
}


@pytest.fixture(scope="module")
def rag_life(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rag-logs")
    sightings = []
    for number, (meeting, rows) in enumerate(LOGS.items()):
        path = write_log(folder / f"log-{number}.pdf", meeting, [rows], header=RAG_HEADER)
        found, _, _ = read_sightings(path, f"log-{number}")
        assert len(found) == len(rows)
        sightings += found
    tables = link(sightings)
    return tables, {a["action_number"]: a for a in tables["actions"]}


def test_rag_log_snapshots_follow_each_action(rag_life):
    tables, actions = rag_life
    assert sorted(actions) == ["R1", "R2", "R3", "R4"]
    assert (actions["R1"]["status"], actions["R1"]["closed_date"]) == ("closed", "2019-07-18")
    assert (actions["R2"]["status"], actions["R2"]["closed_date"]) == ("closed", "2019-09-19")
    assert actions["R4"]["status"] == "open"
    assert (actions["R4"]["target_date"], actions["R4"]["target_date_text"]) == (None, "Next meeting")


def test_rag_log_revised_target_is_the_target_and_the_history_keeps_the_first(rag_life):
    tables, actions = rag_life
    grant = actions["R2"]
    targets = [
        (e["event"], e["target_date"], e["target_date_text"]) for e in steps(tables) if e["action_id"] == grant["id"]
    ]
    assert targets[1:] == [
        ("updated", "2019-06-30", "30.06.19"),
        ("updated", "2019-10-31", "30.06.19 (revised 31.10.19)"),
        ("closed", "2019-10-31", "31.10.19"),
    ]


def test_rag_log_dropped_then_listed_again_is_reopened(rag_life):
    tables, actions = rag_life
    agency = actions["R3"]
    assert agency["status"] == "open" and agency["closed_date"] is None
    assert events_of(tables, agency)[1:] == [
        ("tb-2019-05-16", "updated"),
        ("tb-2019-07-18", "closed"),
        ("tb-2019-09-19", "reopened"),
    ]


# --- a pack: its minutes and its log name the board differently ---------------------------------


def test_a_minuted_action_and_its_row_in_the_same_pack_are_one_action():
    minuted = ActionSighting(
        body="Joint Policing Board",
        seen_at="2021-01-20",
        origin="minutes",
        raised_date="2021-01-20",
        agenda_item_number="4",
        description="Director of Finance to report the reserves position by 5 February 2021.",
        target_date="2021-02-05",
        target_date_text="5 February 2021",
        source=Source("pack", 3, (60, 400, 500, 420)),
    )
    logged = ActionSighting(
        body="Office of the Commissioner",
        seen_at="2021-02-17",
        origin="action_log",
        action_number="JPB/21/3",
        raised_date="2021-01-20",
        description="Director of Finance to report the reserves position",
        owner_text="Director of Finance",
        target_date="2021-03-01",
        target_date_text="01/03/2021",
        status_text="Done",
        closed=True,
        source=Source("pack", 5, (60, 200, 500, 220)),
    )
    other = replace_description(logged, "Chief Constable to publish the stop and search data", "JPB/21/4")
    tables = link([minuted, logged, other])
    assert len(tables["actions"]) == 2
    merged = next(a for a in tables["actions"] if a["action_number"] == "JPB/21/3")
    assert (
        merged["raised_date"],
        merged["agenda_item_number"],
        merged["target_date"],
        merged["status"],
        merged["source"],
    ) == ("2021-01-20", "4", "2021-03-01", "closed", "minutes")


def replace_description(sighting, description, number):
    return replace(
        sighting,
        description=description,
        action_number=number,
        closed=False,
        status_text="Open",
        source=Source("pack", 5, (60, 240, 500, 260)),
    )


# --- owners through the link stage ----------------------------------------------------------------


def test_a_log_without_owner_column_takes_the_subject_and_a_blank_owner_cell_names_nobody():
    directory = OwnerDirectory()
    no_column = ActionSighting(
        body="Test Board",
        seen_at="2021-04-01",
        origin="action_log",
        action_number="31",
        description="Chief Finance Officer to publish the reserves strategy.",
        subject_text="Chief Finance Officer to publish the reserves strategy.",
        source=Source("log", 1, None),
    )
    blank_cell = replace(
        no_column, action_number="32", subject_text=None, description="Chief Constable to brief members on vetting."
    )
    tables = link_stage([no_column, blank_cell], lambda _: directory, ["log"])
    owners = {row["action_id"] for row in tables["action_owners"]}
    by_number = {a["action_number"]: a["id"] for a in tables["actions"]}
    assert by_number["31"] in owners and by_number["32"] not in owners
