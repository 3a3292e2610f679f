"""Minutes in the forms of round 9 (invented bodies and people, other fonts and wording):

- attendees set as people's cards: a bold row of names in columns, an initials roundel left of
  each name a little lower, and each person's role (over one or two lines) under the name.
"""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors.minutes import MinutesExtractor
from pipeline.records import ActionSighting, Attendee, Decision
from tests.minutes_fixtures import read_part


def of(records, kind):
    return [r for r in records if isinstance(r, kind)]


# --- attendees as cards: names in a bold row, initials roundels, roles underneath ---------------


@pytest.fixture(scope="module")
def card_attendees(tmp_path_factory):
    path = tmp_path_factory.mktemp("round9") / "card-attendees.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    y = 790.0

    def text(x: float, at: float, words: str, font: str = "Helvetica", size: float = 9.0) -> None:
        page.setFont(font, size)
        page.drawString(x, at, words)

    def cards(people: list[tuple[str, str, list[str]]], columns=(90, 270, 450)) -> None:
        """One row of cards: the name in bold, the initials lower at the left, the role below."""
        nonlocal y
        for x, (name, initials, role) in zip(columns, people):
            text(x, y, name, "Helvetica-Bold", 10)
            text(x - 26, y - 7, initials, "Helvetica-Bold", 9)
            for n, line in enumerate(role):
                text(x, y - 11 - 10 * n, line, size=8.5)
        y -= 44

    text(60, y, "Thornbury Estates and Finance Board", "Helvetica-Bold", 14)
    y -= 18
    text(60, y, "Minutes of the meeting held on Thursday 7 March 2024 at 14:00")
    y -= 30
    text(55, y, "Present", "Helvetica-Bold", 11)
    y -= 20
    cards(
        [
            ("Gwenllian Tarrant", "GT", ["Commissioner for", "Fire and Rescue (Chair)"]),
            ("Hollis Brennagh", "HB", ["Chief Fire Officer"]),
            ("Priya Osterby", "PO", ["Treasurer"]),
        ]
    )
    cards([("Lorcan Feist", "LF", ["Clerk to the Authority"]), ("Anouk Delacey", "AD", ["Head of Assets"])])
    text(55, y, "In attendance", "Helvetica-Bold", 11)
    y -= 20
    cards([("Teodor Winship", "TW", ["Estates Manager"]), ("Marisol Kettley", "MK", ["Minute taker"])])
    text(55, y, "1. Welcome", "Helvetica-Bold", 11)
    y -= 16
    text(60, y, "The Chair welcomed everyone to the meeting.")
    page.save()
    records, _ = read_part(path, "minutes", MinutesExtractor())
    return records


def test_each_card_in_a_row_of_names_is_one_person_with_the_role_under_it(card_attendees):
    people = {(a.name, a.attendance, a.role_text) for a in of(card_attendees, Attendee)}
    assert people == {
        ("Gwenllian Tarrant", "member", "Commissioner for Fire and Rescue (Chair)"),
        ("Hollis Brennagh", "member", "Chief Fire Officer"),
        ("Priya Osterby", "member", "Treasurer"),
        ("Lorcan Feist", "member", "Clerk to the Authority"),
        ("Anouk Delacey", "member", "Head of Assets"),
        ("Teodor Winship", "in_attendance", "Estates Manager"),
        ("Marisol Kettley", "in_attendance", "Minute taker"),
    }


# --- an actions table whose header alone is boxed, its rows set unruled below --------------------


@pytest.fixture(scope="module")
def boxed_header_actions(tmp_path_factory):
    path = tmp_path_factory.mktemp("round9") / "boxed-header-actions.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)

    def text(x: float, y: float, words: str, font: str = "Times-Roman", size: float = 10.0) -> None:
        page.setFont(font, size)
        page.drawString(x, y, words)

    text(60, 790, "Harrowgate Community Safety Partnership", "Times-Bold", 14)
    text(60, 772, "Notes of the meeting held on Tuesday 12 March 2024 at 09:30")
    text(60, 744, "Present: Cllr Ruth Ambler (Chair), Cllr Simon Okoro")
    text(60, 716, "Follow-up actions", "Times-Bold", 12)
    # the header row boxed and shaded alone; a narrow number column close before the action
    page.setFillGray(0.85)
    page.rect(55, 690, 480, 18, stroke=1, fill=1)
    page.setFillGray(0)
    text(60, 695, "No", "Times-Bold")
    text(84, 695, "Action", "Times-Bold")
    text(400, 695, "Lead", "Times-Bold")
    text(470, 695, "By", "Times-Bold")
    rows = [
        ("4", ["RA to circulate the revised night-time economy", "plan to all partners."], "RA", ["30.04.24"]),
        ("6", ["SO and RA to agree the funding split for the", "youth outreach van."], "SO/RA", ["end of", "May"]),
    ]
    y = 674
    for number, action, lead, by in rows:
        text(60, y, number)
        text(400, y, lead)
        for n, line in enumerate(action):
            text(84, y - 13 * n, line)
        for n, line in enumerate(by):
            text(470, y - 13 * n, line)
        y -= 13 * max(len(action), len(by)) + 8
    text(57, y - 6, "Next meeting: Tuesday 14 May 2024, 09:30.")
    page.save()
    records, _ = read_part(path, "minutes", MinutesExtractor())
    return records


def test_rows_under_a_boxed_header_are_the_actions(boxed_header_actions):
    actions = {
        (a.agenda_item_number, a.description, a.owner_text, a.target_date)
        for a in of(boxed_header_actions, ActionSighting)
    }
    assert actions == {
        ("4", "RA to circulate the revised night-time economy plan to all partners.", "RA", "2024-04-30"),
        ("6", "SO and RA to agree the funding split for the youth outreach van.", "SO/RA", None),
    }


# --- attendance in three labelled columns, entries wrapping inside their column -----------------


@pytest.fixture(scope="module")
def three_columns(tmp_path_factory):
    path = tmp_path_factory.mktemp("round9") / "three-columns.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)

    def text(x: float, y: float, words: str, font: str = "Times-Roman", size: float = 9.5) -> None:
        page.setFont(font, size)
        page.drawString(x, y, words)

    text(50, 790, "Minutes of the Brackenmoor Independent Ethics Panel", "Times-Bold", 14)
    text(50, 772, "Monday 8 July 2024, 10:30 · Meeting Room 4, Civic Offices, Brackenmoor")
    columns = (50, 225, 400)
    labels = ("MEMBERS PRESENT", "OFFICERS ATTENDING", "APOLOGIES")
    for x, label in zip(columns, labels):
        text(x, 744, label, "Times-Bold")
    lists = [
        ["Oriel Vantongeren (OV) –", "Lay member (Chair)", "Bastian Loughrey (BL) – Lay", "member"],
        [
            "Head of Legal Services (OPCC) –",
            "Ffion Draycott (FD)",
            "Deputy Monitoring Officer – Rashid",
            "Quennell (RQ)",
        ],
        ["Ilse Marchbank, Lay member of", "the Panel", "Corwin Athelstan, Co-opted", "adviser"],
    ]
    for x, lines in zip(columns, lists):
        for n, line in enumerate(lines):
            text(x, 730 - 11.5 * n, line)
    text(50, 660, "1. Welcome", "Times-Bold", 11)
    text(225, 660, "1.1 The Chair welcomed those present.")
    text(50, 640, "2. Complaints review", "Times-Bold", 11)
    text(225, 640, "2.1 The Panel noted the quarterly complaints review.")
    page.save()
    records, _ = read_part(path, "minutes", MinutesExtractor())
    return records


def test_a_person_wrapped_inside_a_column_is_one_entry_with_their_initials(three_columns):
    people = {(a.name, a.attendance) for a in of(three_columns, Attendee)}
    assert people == {
        ("Oriel Vantongeren", "member"),
        ("Bastian Loughrey", "member"),
        ("Ffion Draycott", "in_attendance"),
        ("Rashid Quennell", "in_attendance"),
        ("Ilse Marchbank", "apologies"),
        ("Corwin Athelstan", "apologies"),
    }


def test_the_initials_that_spell_the_name_are_the_alias_not_the_bodys_letters(three_columns):
    aliases = {a.name: a.alias for a in of(three_columns, Attendee) if a.attendance == "in_attendance"}
    assert aliases == {"Ffion Draycott": "FD", "Rashid Quennell": "RQ"}


# --- each item's heading in a column at the left, its numbered paragraphs beside it -------------


@pytest.fixture(scope="module")
def headings_beside(tmp_path_factory):
    path = tmp_path_factory.mktemp("round9") / "headings-beside.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    y = 800.0

    def text(x: float, at: float, words: str, font: str = "Helvetica", size: float = 9.0) -> None:
        page.setFont(font, size)
        page.drawString(x, at, words)

    text(50, y, "Minutes of the Fernleigh Road Safety Partnership Board", "Helvetica-Bold", 13)
    text(50, y - 16, "Thursday 6 June 2024, 13:30, Fernleigh Civic Centre")
    text(50, y - 40, "Present: Cllr Wendell Ashby (Chair), Cllr Noor Halloway")
    y -= 70
    items = [
        (
            ["1. Speed enforcement", "review"],
            [
                ("1.1", ["The manager summarised the camera data for the year."]),
                ("1.2", ["The Board agreed to extend the mobile camera pilot", "to two further routes."]),
            ],
        ),
        (
            ["2. School crossing", "patrols and the", "2024/25 budget"],
            [
                ("2.1", ["Members discussed recruitment."]),
                ("2.2", ["The Board approved the crossing", "patrol budget for 2024/25."]),
            ],
        ),
        (["3. Cycle lanes"], [("3.1", ["The Board noted the survey results."])]),
    ]
    for heading, paragraphs in items:
        top = y
        for n, line in enumerate(heading):
            text(50, top - 12 * n, line, "Helvetica-Bold")
        for number, lines in paragraphs:
            text(170, y, number)
            for line in lines:
                text(190, y, line)
                y -= 12
            y -= 4
        y = min(y, top - 12 * len(heading)) - 14
    page.save()
    records, _ = read_part(path, "minutes", MinutesExtractor())
    return records


def test_paragraphs_beside_a_heading_column_keep_their_numbers(headings_beside):
    decisions = {(d.item_number, d.text) for d in of(headings_beside, Decision)}
    assert decisions == {
        ("1.2", "The Board agreed to extend the mobile camera pilot to two further routes."),
        ("2.2", "The Board approved the crossing patrol budget for 2024/25."),
        ("3.1", "The Board noted the survey results."),
    }


# --- a whitespace table of decisions under a boxed header: Ref · Item · Decision · Decided by ----


@pytest.fixture(scope="module")
def decisions_table(tmp_path_factory):
    path = tmp_path_factory.mktemp("round9") / "decisions-table.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)

    def text(x: float, y: float, words: str, font: str = "Helvetica", size: float = 9.0) -> None:
        page.setFont(font, size)
        page.drawString(x, y, words)

    text(60, 790, "Kestlewick Fire Authority Resources Board – Record of Decisions", "Helvetica-Bold", 13)
    text(60, 772, "Date: Monday 9 September 2024    Time: 14:00")
    text(60, 750, "Present: Cllr Ada Pennick (Chair), Cllr Lewin Shortt")
    page.setFillGray(0.85)
    page.rect(55, 712, 480, 16, stroke=1, fill=1)
    page.setFillGray(0)
    for x, label in ((60, "Ref"), (120, "Item"), (160, "Decision"), (450, "Decided by")):
        text(x, 717, label, "Helvetica-Bold")
    rows = [
        ("RB/24/07", "3", ["The Board approved the fleet replacement", "programme for 2025/26."]),
        ("RB/24/08", "5", ["The Board agreed to close the Eastgate", "training site in March."]),
    ]
    y = 696
    for ref, item, decision in rows:
        text(60, y, ref)
        text(120, y, item)
        text(450, y, "Board")
        for n, line in enumerate(decision):
            text(160, y - 12 * n, line)
        y -= 12 * len(decision) + 8
    text(58, y, "Note: the Chair has approved the grant payments under delegated powers; see notice 24/3.")
    page.save()
    records, _ = read_part(path, "minutes", MinutesExtractor())
    return records


def test_each_row_of_a_decisions_table_is_a_decision_keyed_by_its_item(decisions_table):
    decisions = {(d.item_number, d.text) for d in of(decisions_table, Decision)}
    assert decisions == {
        ("3", "The Board approved the fleet replacement programme for 2025/26."),
        ("5", "The Board agreed to close the Eastgate training site in March."),
    }
