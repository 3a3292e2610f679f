"""Action logs whose column labels are cut short or named another way: 'Mtg' for the meeting that
raised the action, 'Para' for the minute paragraph, 'Date logged' for the day it was raised.

Synthetic papers in invented wording: the header words are the point.
"""

from __future__ import annotations

import pytest
from action_fixtures import read_sightings

from tests.synthetic import PaperBuilder


@pytest.mark.parametrize(
    "raised, item",
    [("Mtg", "Para"), ("Date logged", "Para no."), ("Mtg date", "Paragraph"), ("Raised on", "Minute para")],
)
def test_short_labels_name_the_raised_date_and_the_item(tmp_path, raised, item):
    paper = PaperBuilder(tmp_path / "log.pdf", landscape_pages=True)
    paper.text("Harrowdale Fire Authority – outstanding actions", bold=True, size=12)
    paper.gap(6).table(
        [
            ["No.", raised, item, "Action", "Lead", "Due", "RAG"],
            ["HF/7", "12.03.24", "14", "Review the on-call availability data.", "ACFO", "30.06.24", "A"],
            ["HF/9", "07.05.24", "3", "Confirm the fleet replacement plan.", "Treasurer", "TBC", "G"],
        ],
        [40, 60, 50, 260, 80, 60, 40],
    )
    sightings, _, _ = read_sightings(paper.save())
    got = [(s.action_number, s.raised_date, s.agenda_item_number, s.target_date) for s in sightings]
    assert got == [("HF/7", "2024-03-12", "14", "2024-06-30"), ("HF/9", "2024-05-07", "3", None)]


def test_a_title_naming_actions_in_the_plural_names_the_log_and_its_board(tmp_path):
    paper = PaperBuilder(tmp_path / "plural.pdf", landscape_pages=True)
    paper.text("Quarry Vale Estates Board – Actions Tracker", bold=True, size=12)
    paper.gap(6).table(
        [
            ["Ref", "Action", "Owner", "Due", "Status"],
            ["EB/3", "Survey the vacant station sites.", "Head of Estates", "31/01/2025", "Open"],
        ],
        [40, 240, 100, 70, 60],
    )
    sightings, _, _ = read_sightings(paper.save())
    assert [(s.action_number, s.body) for s in sightings] == [("EB/3", "Quarry Vale Estates Board")]


def test_resp_timeline_and_a_slashed_rag_column(tmp_path):
    paper = PaperBuilder(tmp_path / "slashed.pdf", landscape_pages=True)
    paper.text("Lowbridge Joint Audit Committee – action log", bold=True, size=12)
    paper.gap(6).table(
        [
            ["Ref", "Action", "Resp.", "Timeline", "R/A/G"],
            ["L/21", "Test the disaster recovery plan.", "Head of ICT", "30 Sept 2025", "Amber"],
            ["L/22", "Reconcile the seized property ledger.", "Treasurer", "31 Aug 2025", "Complete"],
        ],
        [40, 240, 100, 80, 60],
    )
    sightings, _, _ = read_sightings(paper.save())
    got = [(s.action_number, s.owner_text, s.target_date, s.closed) for s in sightings]
    assert got == [("L/21", "Head of ICT", "2025-09-30", False), ("L/22", "Treasurer", "2025-08-31", True)]
