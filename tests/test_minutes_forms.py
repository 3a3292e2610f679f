"""The minutes extractor on synthetic papers in further templates of their own (invented bodies
and people, wording unlike the gallery's and the holdout's): attendance labels of a family
('Authority members:', 'Staff attending:') with a run-in list the typesetter wrapped and a role
before a dash; minute numbers given with a label ('Minute 7 –') or a reference prefix
('CSG 4/23'); a decision verb in capitals after its subject; an 'Outcome:' label left out of the
decision text; a status title that is not bold; a body known by its meeting's name with date,
time and venue set apart by bars; and an action table drawn without rules at the end."""

from __future__ import annotations

import pytest

from extractors.minutes import MinutesExtractor
from pipeline.records import ActionSighting, Attendee, Decision, MeetingMention
from tests.minutes_fixtures import read_part
from tests.synthetic import PaperBuilder


def of(records, kind):
    return [r for r in records if isinstance(r, kind)]


def meeting_of(records):
    return next(m for m in of(records, MeetingMention) if m.origin == "minutes")


# --- family labels, a wrapped run-in list, labelled minute numbers ---------------------------------


@pytest.fixture(scope="module")
def labelled_items(tmp_path_factory):
    doc = PaperBuilder(tmp_path_factory.mktemp("forms") / "labelled.pdf")
    doc.text("Ratified notes", x=430, size=9)
    doc.text("WESTBRIDGE COMMUNITY SAFETY GROUP", x=60, size=13, bold=True)
    doc.text(
        "Notes of the meeting held on Monday 6 March 2023 at 16.15, Room 3, Westbridge Civic Centre", x=60, size=10
    )
    doc.gap(6)
    doc.text("Authority members: Nadia Strand (Chair); Piotr Halloran; Dr Wendy Okoro; Gus Ferreira;", x=60, size=10)
    doc.text("Ivy Tremlett; Saul Abernethy", x=60, size=10)
    doc.text("Staff attending: Secretary – Bea Lindqvist (BL); Corin Maddox, Analyst (CM)", x=60, size=10)
    doc.text("Apologies: Hal Rowntree", x=60, size=10)
    doc.gap(10)
    doc.text("Minute 7 – Night-time economy", x=60, size=10, bold=True)
    doc.text("CM summarised the footfall data for the quarter.", x=60, size=10)
    doc.text("Outcome: The Group APPROVED the winter patrol plan.", x=60, size=10)
    doc.gap(8)
    doc.text("Minute 8 – Funding bids", x=60, size=10, bold=True)
    doc.text("The Group RESOLVED that the two bids be submitted jointly.", x=60, size=10)
    doc.text("ACTION: BL and CM to submit the bids by 31 March 2023.", x=60, size=10)
    records, problems = read_part(doc.save(), "minutes", MinutesExtractor())
    return records, problems


def test_status_title_and_time_without_a_suffix(labelled_items):
    meeting = meeting_of(labelled_items[0])
    assert (meeting.body, meeting.meeting_date, meeting.start_time, meeting.location, meeting.minutes_status) == (
        "Westbridge Community Safety Group",
        "2023-03-06",
        "16:15",
        "Room 3, Westbridge Civic Centre",
        "approved",
    )


def test_family_labels_wrapped_list_and_role_before_dash(labelled_items):
    records, problems = labelled_items
    people = {(a.name, a.attendance, a.alias) for a in of(records, Attendee)}
    assert people == {
        ("Nadia Strand", "member", None),
        ("Piotr Halloran", "member", None),
        ("Wendy Okoro", "member", None),
        ("Gus Ferreira", "member", None),
        ("Ivy Tremlett", "member", None),
        ("Saul Abernethy", "member", None),
        ("Bea Lindqvist", "in_attendance", "BL"),
        ("Corin Maddox", "in_attendance", "CM"),
        ("Hal Rowntree", "apologies", None),
    }
    assert next(a.role_text for a in of(records, Attendee) if a.name == "Bea Lindqvist") == "Secretary"
    assert not [p for p in problems if "attendance" in p.reason]


def test_labelled_minute_numbers_and_capital_verbs(labelled_items):
    decisions = [(d.item_number, d.decision_type, d.text) for d in of(labelled_items[0], Decision)]
    assert decisions == [
        ("7", "approved", "The Group APPROVED the winter patrol plan."),
        ("8", "resolved", "The Group RESOLVED that the two bids be submitted jointly."),
    ]
    actions = [(a.agenda_item_number, a.owner_names, a.target_date) for a in of(labelled_items[0], ActionSighting)]
    assert actions == [("8", ("Bea Lindqvist", "Corin Maddox"), "2023-03-31")]


# --- prefixed numbers, a meeting's name, bars in the heading, a whitespace action table --------------


@pytest.fixture(scope="module")
def prefixed(tmp_path_factory):
    doc = PaperBuilder(tmp_path_factory.mktemp("forms") / "prefixed.pdf")
    doc.text("Office of the Police, Fire and Crime Commissioner", x=60, size=9)
    doc.text("ESTATES AND FLEET OVERSIGHT MEETING", x=60, size=14, bold=True)
    doc.text("Friday 9 June 2023 | 11:00 | Board Room, Eastgate House", x=60, size=10)
    doc.text("PROVISIONAL – awaiting ratification", x=60, size=10)
    doc.gap(6)
    doc.text("Present: Moira Quaid (Chair), Emeka Dunmore", x=60, size=10)
    doc.gap(10)
    doc.text("EFO 21/23", x=60, size=10, bold=True, columns=[(140, "FLEET ELECTRIFICATION")])
    doc.text("The Commissioner noted the charging survey.", x=140, size=10)
    doc.gap(6)
    doc.text("EFO 22/23", x=60, size=10, bold=True, columns=[(140, "DEPOT DISPOSAL")])
    doc.text("The Commissioner has approved the disposal in principle. Members asked about timing.", x=140, size=10)
    doc.gap(12)
    doc.text("Follow-up actions", x=60, size=11, bold=True)
    doc.text("Minute", x=60, size=9, bold=True, columns=[(120, "Action required"), (400, "Owner"), (480, "Due date")])
    doc.text(
        "21/23",
        x=60,
        size=9,
        columns=[(120, "Cost a charging point at each"), (400, "Fleet Manager"), (480, "14/07/2023")],
    )
    doc.text("", x=120, size=9, columns=[(120, "depot.")])
    doc.text(
        "22/23",
        x=60,
        size=9,
        columns=[(120, "Brief members on the sale timetable."), (400, "Head of Estates"), (480, "Autumn")],
    )
    records, problems = read_part(doc.save(), "minutes", MinutesExtractor())
    return records, problems


def test_meeting_name_bars_and_status_line(prefixed):
    meeting = meeting_of(prefixed[0])
    assert (meeting.body, meeting.start_time, meeting.location, meeting.minutes_status) == (
        "Estates and Fleet Oversight Meeting",
        "11:00",
        "Board Room, Eastgate House",
        "draft",
    )


def test_prefixed_numbers_kept_and_perfect_tense_left_out(prefixed):
    assert [(d.item_number, d.decision_type) for d in of(prefixed[0], Decision)] == [("EFO 21/23", "noted")]
    assert not [a for a in of(prefixed[0], ActionSighting) if "Members asked" in a.description]


def test_action_table_without_rules(prefixed):
    actions = [
        (a.agenda_item_number, a.description, a.owner_text, a.target_date, a.target_date_text)
        for a in of(prefixed[0], ActionSighting)
    ]
    assert actions == [
        ("21/23", "Cost a charging point at each depot.", "Fleet Manager", "2023-07-14", "14/07/2023"),
        ("22/23", "Brief members on the sale timetable.", "Head of Estates", None, "Autumn"),
    ]


# --- resolution parts numbered at the margin, text after an action, an owner before a dash ----------


@pytest.fixture(scope="module")
def parts_and_actions(tmp_path_factory):
    doc = PaperBuilder(tmp_path_factory.mktemp("forms") / "parts.pdf")
    doc.text("Minutes of the Southmoor Victims Services Board meeting held on 2 October 2023", x=60, size=12, bold=True)
    doc.text("Present: Tamsin Oduya (TO), Chair; Reuben Flint (RF), Commissioning Lead", x=60, size=10)
    doc.gap(10)
    doc.text("14.", x=60, size=10, bold=True, columns=[(90, "Commissioning intentions")])
    doc.text("The Board reviewed the draft intentions.", x=90, size=10)
    doc.text("RESOLVED that:", x=90, size=10)
    doc.text("1.", x=60, size=10, columns=[(90, "the intentions be published for consultation.")])
    doc.text("2.", x=60, size=10, columns=[(90, "a final version be brought to the January meeting.")])
    doc.gap(6)
    doc.text("15.", x=60, size=10, bold=True, columns=[(90, "Helpline contract")])
    doc.text("Action: RF – obtain three quotations for the helpline.", x=90, size=10)
    doc.text("The Board approved an interim extension of three months.", x=90, size=10)
    doc.text("Action: Commissioning Lead – report the quotations to the next meeting.", x=90, size=10)
    records, problems = read_part(doc.save(), "minutes", MinutesExtractor())
    return records


def test_numbered_resolution_parts_are_one_decision(parts_and_actions):
    decisions = [(d.item_number, d.decision_type, d.text) for d in of(parts_and_actions, Decision)]
    assert decisions[0] == (
        "14",
        "resolved",
        "RESOLVED that: 1. the intentions be published for consultation. "
        "2. a final version be brought to the January meeting.",
    )
    assert decisions[1:] == [("15", "approved", "The Board approved an interim extension of three months.")]


def test_action_ends_with_its_line_and_owner_before_dash(parts_and_actions):
    actions = [
        (a.agenda_item_number, a.description, a.owner_text, a.owner_names)
        for a in of(parts_and_actions, ActionSighting)
    ]
    assert actions == [
        ("15", "obtain three quotations for the helpline.", "RF", ("Reuben Flint",)),
        ("15", "report the quotations to the next meeting.", "Commissioning Lead", ()),
    ]


# --- two-word minute labels and bulleted decisions ---------------------------------------------


def test_two_word_minute_label_and_bulleted_decisions(tmp_path):
    doc = PaperBuilder(tmp_path / "bullets.pdf")
    doc.text(
        "Minutes of the Upfield Reducing Reoffending Partnership meeting held on 4 December 2023",
        x=60,
        size=12,
        bold=True,
    )
    doc.text("Present: Lowri Castell (Chair), Abel Nwosu", x=60, size=10)
    doc.gap(10)
    doc.text("Minute No. 31 – Housing pathway", x=60, size=10, bold=True)
    doc.text("• The Partnership agreed the revised referral form", x=75, size=10)
    doc.text("• The Partnership noted the waiting list figures", x=75, size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    assert [(d.item_number, d.decision_type, d.text) for d in of(records, Decision)] == [
        ("31", "agreed", "The Partnership agreed the revised referral form"),
        ("31", "noted", "The Partnership noted the waiting list figures"),
    ]


# --- a ruled heading table and a ruled attendance table of label rows -----------------------------


def test_ruled_label_rows_and_commas_within_semicolon_entries(tmp_path):
    doc = PaperBuilder(tmp_path / "ruled.pdf")
    doc.text("Draft minutes of the Ashcombe Police Ethics Committee", x=60, size=13, bold=True)
    doc.table(
        [["Date", "Wednesday 8 November 2023"], ["Time", "6.30pm"], ["Location", "Room 2, Ashcombe Police HQ"]],
        [120, 300],
        size=10,
        header_rows=0,
    )
    doc.gap(10)
    doc.table(
        [
            [
                "Present",
                "Prof Ada Kerr (Chair); Mr Ben Ullah; Ms Cara Vance; Dr Dev Patel; Mrs Edith Long; "
                "Mr Felix Oduro; Ms Gina Hale",
            ],
            ["In attendance", "Supt Hari Moss (HM), Professional Standards; Iris Lamb, Ethics Lead (IL)"],
            ["Apologies", "Mr Jon Bright"],
        ],
        [120, 330],
        size=10,
        header_rows=0,
    )
    doc.gap(10)
    doc.text("1.", x=60, size=10, columns=[(90, "The Committee noted the dilemma presented by HM.")])
    doc.text("2.", x=60, size=10, columns=[(90, "Action: IL to draft guidance on body-worn video.")])
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    meeting = meeting_of(records)
    assert (meeting.start_time, meeting.location, meeting.minutes_status) == (
        "18:30",
        "Room 2, Ashcombe Police HQ",
        "draft",
    )
    people = {(a.name, a.attendance, a.alias) for a in of(records, Attendee)}
    assert people == {
        ("Ada Kerr", "member", None),
        ("Ben Ullah", "member", None),
        ("Cara Vance", "member", None),
        ("Dev Patel", "member", None),
        ("Edith Long", "member", None),
        ("Felix Oduro", "member", None),
        ("Gina Hale", "member", None),
        ("Hari Moss", "in_attendance", "HM"),
        ("Iris Lamb", "in_attendance", "IL"),
        ("Jon Bright", "apologies", None),
    }
    assert [a.owner_names for a in of(records, ActionSighting)] == [("Iris Lamb",)]


# --- attendance recorded under the first numbered item ------------------------------------------


def test_attendance_under_the_first_item(tmp_path):
    doc = PaperBuilder(tmp_path / "first-item.pdf")
    doc.text("Brindlecombe Joint Audit Committee", x=60, size=13, bold=True)
    doc.text("Minutes of the meeting held on 12 January 2024 at 10:00, Council Chamber", x=60, size=10)
    doc.gap(10)
    doc.text("1.", x=60, size=10, bold=True, columns=[(90, "Attendance")])
    doc.text("Present: Quentin Hale (Chair), Rosa Imrie, Sam Tully", x=90, size=10)
    doc.text("In attendance: Una Vickers (Treasurer)", x=90, size=10)
    doc.text("Apologies: Wes Yardley", x=90, size=10)
    doc.gap(6)
    doc.text("2.", x=60, size=10, bold=True, columns=[(90, "Accounts")])
    doc.text("The Committee approved the statement of accounts.", x=90, size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    assert sorted((a.name, a.attendance) for a in of(records, Attendee)) == [
        ("Quentin Hale", "member"),
        ("Rosa Imrie", "member"),
        ("Sam Tully", "member"),
        ("Una Vickers", "in_attendance"),
        ("Wes Yardley", "apologies"),
    ]
    assert [(d.item_number, d.decision_type) for d in of(records, Decision)] == [("2", "approved")]


# --- a heading in capitals and attendance labels standing alone -----------------------------------


def test_capitals_heading_and_bare_family_labels(tmp_path):
    doc = PaperBuilder(tmp_path / "capitals.pdf")
    doc.text("MINUTES OF THE MEETING OF THE HOLMFIRTH STRATEGIC DELIVERY BOARD", x=60, size=12, bold=True)
    doc.text("HELD ON TUESDAY 14 MAY 2024 AT 09.30 IN THE EXECUTIVE SUITE, HOLMFIRTH HOUSE", x=60, size=10, bold=True)
    doc.gap(8)
    doc.text("Board members", x=60, size=10, bold=True)
    doc.text("Kit Marlowe", x=60, size=10, columns=[(220, "Police and Crime Commissioner (Chair)")])
    doc.text("Lyn Abara", x=60, size=10, columns=[(220, "Chief Constable")])
    doc.text("Others present", x=60, size=10, bold=True)
    doc.text("Moe Danvers", x=60, size=10, columns=[(220, "Minute taker")])
    doc.gap(10)
    doc.text("1. Performance report", x=60, size=10, bold=True)
    doc.text("The Board noted the performance report.", x=60, size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    meeting = meeting_of(records)
    assert (meeting.body, meeting.start_time, meeting.location) == (
        "Holmfirth Strategic Delivery Board",
        "09:30",
        "EXECUTIVE SUITE, HOLMFIRTH HOUSE",
    )
    assert sorted((a.name, a.attendance) for a in of(records, Attendee)) == [
        ("Kit Marlowe", "member"),
        ("Lyn Abara", "member"),
        ("Moe Danvers", "in_attendance"),
    ]


# --- an action's lead and day in brackets ----------------------------------------------------------


def test_action_lead_and_day_in_brackets(tmp_path):
    doc = PaperBuilder(tmp_path / "brackets.pdf")
    doc.text("Notes of the Fellside Estates Group meeting held on 9 April 2024", x=60, size=12, bold=True)
    doc.text("Present: Nia Vosper (NV), Chair; Olly Brand (OB)", x=60, size=10)
    doc.gap(10)
    doc.text("3.", x=60, size=10, columns=[(90, "Action: cost the roof repairs (Lead: OB; by 30 April 2024).")])
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    actions = [(a.description, a.owner_text, a.owner_names, a.target_date) for a in of(records, ActionSighting)]
    assert actions == [("cost the roof repairs", "OB", ("Olly Brand",), "2024-04-30")]
