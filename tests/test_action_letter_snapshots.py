"""The life of actions across three snapshots of an unruled log with RAG letters, read from PDFs.

A log with no rules, its rows grouped under month headings that name the meeting, status given
as letters explained by a key above the table ('C – complete'). Across the three meetings an
action is marked complete and then carried at red (reopened), another completes by its letter,
and a third is left off the last log (closed at that meeting).
"""

from __future__ import annotations

import pytest
from action_fixtures import read_sightings, write_line_log

from pipeline.ids import meeting_id
from pipeline.lifecycle import link_actions

EDGES = [40, 100, 330, 450, 530, 700]
HEADER = [["Ref", "Action", "Lead", "Due", "Update", "RAG"]]
KEY = "Key: G – on track   A – slipping   R – late   C – complete"
FLEET = "Report the fleet telematics pilot results."
CADETS = "Set up a second volunteer cadet unit in the east."
ROTA = "Review the on-call rota payments."


def row(ref, text, due, update, letter):
    return [[ref], [text], ["Head of Operations"], [due], [update], [letter]]


SNAPSHOTS = {
    "10 January 2023": [
        "DECEMBER 2022 – meeting of 13-12-2022",
        row("X/1", FLEET, "31 Jan 23", "Data being gathered.", "G"),
        row("X/2", CADETS, "30 Apr 23", "Venue sought.", "A"),
    ],
    "7 February 2023": [
        "DECEMBER 2022 – meeting of 13-12-2022",
        row("X/1", FLEET, "31 Jan 23", "Results reported.", "C"),
        row("X/2", CADETS, "30 Apr 23", "Venue found.", "A"),
        "JANUARY 2023 – meeting of 10-01-2023",
        row("X/3", ROTA, "28 Feb 23", "Scoping.", "G"),
    ],
    "7 March 2023": [
        "DECEMBER 2022 – meeting of 13-12-2022",
        row("X/1", FLEET, "30 Apr 23", "Members asked for a cost breakdown.", "R"),
        row("X/2", CADETS, "30 Apr 23", "Unit launched.", "C"),
    ],
}


@pytest.fixture(scope="module")
def life(tmp_path_factory):
    folder = tmp_path_factory.mktemp("letters")
    sightings = []
    for number, (meeting, rows) in enumerate(SNAPSHOTS.items()):
        head = ["Fire and Rescue Scrutiny Board", f"Action log prepared for the meeting on {meeting}", KEY]
        found, problems, _ = read_sightings(
            write_line_log(folder / f"log-{number}.pdf", head, HEADER, rows, EDGES), f"log-{number}"
        )
        assert len(found) == sum(1 for r in rows if not isinstance(r, str))
        assert not [p for p in problems if p.stage == "action_log"]
        sightings += found
    tables = link_actions(sightings, meeting_id, lambda _: [])
    return tables, {a["action_number"]: a for a in tables["actions"]}


def events_of(tables, action):
    """The lifecycle's own events, without a later log's restated record of the raising."""
    return [e["event"] for e in tables["action_events"] if e["action_id"] == action["id"] and not e["restated"]]


def test_three_actions_raised_at_the_meetings_their_headings_name(life):
    _, actions = life
    assert {ref: a["raised_date"] for ref, a in actions.items()} == {
        "X/1": "2022-12-13",
        "X/2": "2022-12-13",
        "X/3": "2023-01-10",
    }


def test_complete_by_letter_then_red_again_is_reopened(life):
    tables, actions = life
    fleet = actions["X/1"]
    assert (fleet["status"], fleet["closed_date"], fleet["target_date"]) == ("open", None, "2023-04-30")
    assert "closed" in events_of(tables, fleet) and events_of(tables, fleet)[-1] == "reopened"


def test_closed_by_its_letter_and_by_leaving_the_log(life):
    _, actions = life
    assert (actions["X/2"]["status"], actions["X/2"]["closed_date"]) == ("closed", "2023-03-07")
    assert (actions["X/3"]["status"], actions["X/3"]["closed_date"]) == ("closed", "2023-03-07")
