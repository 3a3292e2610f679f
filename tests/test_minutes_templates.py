"""The minutes extractor on synthetic minutes in templates of their own (invented bodies and
people, wording unlike the gallery's): a council-style running heading with minute numbers
"12/21" and RESOLVED blocks, notes with a label-value header, a run-in Present list with the
role before the name and initials in brackets and consecutive ACTION lines, and grid minutes
whose columns are named with other synonyms, with an attendee table holding an Attendance column."""

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


# --- council-style minutes -------------------------------------------------------------------


@pytest.fixture(scope="module")
def council(tmp_path_factory):
    doc = PaperBuilder(tmp_path_factory.mktemp("tpl") / "council.pdf")
    doc.text("NORTHSHIRE FIRE AUTHORITY", x=200, size=13, bold=True)
    doc.gap(6)
    doc.text("MINUTES of a meeting of the Northshire Fire Authority held at the Guildhall, Exampleton,", x=60, size=10)
    doc.text("on Monday, 3rd May, 2021 at 2.15 pm.", x=60, size=10)
    doc.gap(8)
    doc.text("PRESENT: Councillor Ingrid Vale (Chair)", x=60, size=10)
    doc.text("Councillors Oscar Penn, Maud Ferrers and", x=120, size=10)
    doc.text("Tobias Wren", x=120, size=10)
    doc.text("Officers: Yusuf Adeyemi (Chief Fire Officer) and Nell Garrick (Clerk).", x=60, size=10)
    doc.gap(10)
    doc.text("12/21", x=60, size=10, bold=True, columns=[(120, "APOLOGIES")])
    doc.text("Apologies for absence were received from Councillor Amos Thorne.", x=120, size=10)
    doc.gap(6)
    doc.text("13/21", x=60, size=10, bold=True, columns=[(120, "BUDGET MONITORING")])
    doc.text("The Treasurer introduced the report.", x=120, size=10)
    doc.gap(6)
    doc.text("RESOLVED – That", x=120, size=10, bold=True)
    doc.text("(a) the report be noted; and", x=120, size=10)
    doc.text("(b) the virement to reserves be approved.", x=120, size=10)
    doc.gap(6)
    doc.text("14/21", x=60, size=10, bold=True, columns=[(120, "FLEET STRATEGY")])
    doc.text(
        "The Authority endorsed the fleet strategy. The Authority has approved the lease in March.", x=120, size=10
    )
    doc.gap(12)
    doc.text("These minutes were confirmed as a correct record at the meeting held on 5th July, 2021.", x=60, size=9)
    records, problems = read_part(doc.save(), "minutes", MinutesExtractor())
    return records


def test_council_heading(council):
    meeting = meeting_of(council)
    assert (meeting.body, meeting.meeting_date, meeting.start_time, meeting.minutes_status) == (
        "Northshire Fire Authority",
        "2021-05-03",
        "14:15",
        "approved",
    )
    assert meeting.location == "Guildhall, Exampleton"


def test_council_attendance(council):
    people = {(a.name, a.attendance) for a in of(council, Attendee)}
    assert people == {
        ("Ingrid Vale", "member"),
        ("Oscar Penn", "member"),
        ("Maud Ferrers", "member"),
        ("Tobias Wren", "member"),
        ("Yusuf Adeyemi", "in_attendance"),
        ("Nell Garrick", "in_attendance"),
        ("Amos Thorne", "apologies"),
    }


def test_council_decisions_one_per_resolution(council):
    decisions = [(d.item_number, d.decision_type, d.text) for d in of(council, Decision)]
    assert decisions == [
        ("13/21", "resolved", "RESOLVED – That (a) the report be noted; and (b) the virement to reserves be approved."),
        ("14/21", "endorsed", "The Authority endorsed the fleet strategy."),
    ]


# --- notes: label-value header, role before name, initials, consecutive actions ---------------


@pytest.fixture(scope="module")
def notes(tmp_path_factory):
    doc = PaperBuilder(tmp_path_factory.mktemp("tpl") / "notes.pdf")
    doc.text("Strategic Oversight Group – Notes", x=60, size=15)
    doc.gap(6)
    doc.text("Date: 02.03.22     Time: 09:15 hrs", x=60, size=10)
    doc.text("Venue: Board Room, Exampleton Police Station", x=60, size=10)
    doc.text("Status: Unconfirmed", x=60, size=10)
    doc.gap(6)
    doc.text("Present: PCC Rowan Hale (RH); Chief Constable Ines Marr (IM); Director of Finance", x=60, size=10)
    doc.text("Colm Reddy (CR)", x=60, size=10)
    doc.text("Apologies: ACC Bea Lomax", x=60, size=10)
    doc.gap(10)
    doc.text("1. Estates review", x=60, size=10.5)
    doc.text("CR presented the review of the estate.", x=84, size=10)
    doc.text("The Commissioner approved the closure of the old depot.", x=84, size=10)
    doc.text("ACTION – CR/IM to prepare a disposal plan by 31.05.22.", x=84, size=10)
    doc.text("ACTION – RH to brief the panel chair.", x=84, size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    return records


def test_notes_heading(notes):
    meeting = meeting_of(notes)
    assert (meeting.body, meeting.meeting_date, meeting.start_time, meeting.location, meeting.minutes_status) == (
        "Strategic Oversight Group",
        "2022-03-02",
        "09:15",
        "Board Room, Exampleton Police Station",
        "draft",
    )


def test_notes_attendance_role_before_name(notes):
    people = {(a.name, a.attendance, a.role_text) for a in of(notes, Attendee)}
    assert people == {
        ("Rowan Hale", "member", "PCC"),
        ("Ines Marr", "member", "Chief Constable"),
        ("Colm Reddy", "member", "Director of Finance"),
        ("Bea Lomax", "apologies", "ACC"),
    }


def test_notes_actions_kept_apart_with_owners_from_initials(notes):
    actions = [(a.description, a.agenda_item_number, a.owner_names, a.target_date) for a in of(notes, ActionSighting)]
    assert actions == [
        ("CR/IM to prepare a disposal plan by 31.05.22.", "1", ("Colm Reddy", "Ines Marr"), "2022-05-31"),
        ("RH to brief the panel chair.", "1", ("Rowan Hale",), None),
    ]
    decisions = [(d.item_number, d.decision_type) for d in of(notes, Decision)]
    assert decisions == [("1", "approved")]


# --- grid minutes with an attendee table --------------------------------------------------------


@pytest.fixture(scope="module")
def grid(tmp_path_factory):
    doc = PaperBuilder(tmp_path_factory.mktemp("tpl") / "grid.pdf", landscape_pages=True)
    doc.text("EXAMPLETON COMMUNITY SAFETY BOARD", x=60, size=12, bold=True)
    doc.text("Minutes – 7 June 2022, 10 am, Committee Room 2", x=60, size=10)
    doc.gap(6)
    doc.table(
        [
            ["Name", "Organisation", "Attendance"],
            ["Dr Petra Lund", "Exampleton Council", "Present"],
            ["Hugo Strand", "Exampleton Police", "Apologies"],
            ["Vera Oakes", "Health Trust", "Present"],
        ],
        [150, 200, 100],
        size=9,
        x=60,
    )
    doc.table(
        [
            ["Ref", "Subject", "Notes", "Outcome", "Action", "Lead", "Due"],
            [
                "1",
                "Night-time economy",
                "The police lead described the pilot.",
                "The Board agreed to extend the pilot.",
                "Report pilot results",
                "Head of Safety",
                "30/09/2022",
            ],
            ["2", "Any other business", "None.", "–", "–", "–", "–"],
        ],
        [40, 110, 170, 150, 120, 80, 60],
        size=8,
        x=40,
    )
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    return records


def test_grid_attendance_column(grid):
    people = {(a.name, a.attendance) for a in of(grid, Attendee)}
    assert people == {("Petra Lund", "member"), ("Hugo Strand", "apologies"), ("Vera Oakes", "member")}


def test_grid_decisions_and_actions(grid):
    meeting = meeting_of(grid)
    assert (meeting.body, meeting.meeting_date, meeting.start_time) == (
        "Exampleton Community Safety Board",
        "2022-06-07",
        "10:00",
    )
    assert [(d.item_number, d.decision_type, d.text) for d in of(grid, Decision)] == [
        ("1", "agreed", "The Board agreed to extend the pilot.")
    ]
    assert [(a.description, a.agenda_item_number, a.owner_text, a.target_date) for a in of(grid, ActionSighting)] == [
        ("Report pilot results", "1", "Head of Safety", "2022-09-30")
    ]


def test_recognised_as_minutes(tmp_path_factory, grid):
    from pipeline.reader import read_document

    path = tmp_path_factory.getbasetemp()
    pdf = next(path.rglob("grid.pdf"))
    assert MinutesExtractor().recognise(read_document(pdf, "x", [])).claimed


# --- side-by-side attendance table, substitutes, prose apologies, signed record, action table ----


@pytest.fixture(scope="module")
def boxed(tmp_path_factory):
    doc = PaperBuilder(tmp_path_factory.mktemp("tpl") / "boxed.pdf")
    doc.text(
        "Record of the Police Accountability Forum meeting held on 4 October 2022 at 10 o'clock,",
        x=60,
        size=10,
        bold=True,
    )
    doc.text("Harbour House, Exampleton", x=60, size=10, bold=True)
    doc.gap(6)
    doc.table(
        [
            ["Present", "In attendance", "Apologies"],
            ["Ada Quill, Chair<br/>Ben Tallis, Vice-Chair", "Cora Fenn, Minute Taker", "Dev Oduya, Treasurer"],
        ],
        [150, 150, 150],
        size=9,
        x=60,
    )
    doc.text("1.", x=60, columns=[(90, "Apologies and substitutes")], bold=True)
    doc.text("1.1", x=60, columns=[(90, "Apologies: Eli Marsh (Director of Finance).")])
    doc.text("1.2", x=60, columns=[(90, "Fay Hollins attended as substitute for Eli Marsh.")])
    doc.gap(6)
    doc.text("2.", x=60, columns=[(90, "Victims' services")], bold=True)
    doc.text("2.1", x=60, columns=[(90, "The Forum approved the victims' services specification.")])
    doc.gap(8)
    doc.table(
        [
            ["Action", "Owner", "Deadline"],
            ["Publish the specification", "Cora Fenn", "14 November 2022"],
            ["Report uptake figures", "Ben Tallis", "Q3 2022/23"],
        ],
        [220, 120, 110],
        size=9,
        x=60,
    )
    doc.gap(8)
    doc.text("Signed: Ada Quill, Chair     Date: 6 December 2022", x=60, size=10)
    records, problems = read_part(doc.save(), "minutes", MinutesExtractor())
    return records, problems


def test_boxed_heading_and_signed_status(boxed):
    meeting = meeting_of(boxed[0])
    assert (meeting.body, meeting.meeting_date, meeting.start_time, meeting.minutes_status) == (
        "Police Accountability Forum",
        "2022-10-04",
        "10:00",
        "approved",
    )


def test_boxed_attendance_side_by_side_with_substitute_and_apologies(boxed):
    people = {(a.name, a.attendance) for a in of(boxed[0], Attendee)}
    assert people == {
        ("Ada Quill", "member"),
        ("Ben Tallis", "member"),
        ("Cora Fenn", "in_attendance"),
        ("Dev Oduya", "apologies"),
        ("Eli Marsh", "apologies"),
        ("Fay Hollins", "member"),
    }


def test_boxed_decision_and_action_table(boxed):
    records, problems = boxed
    assert [(d.item_number, d.decision_type) for d in of(records, Decision)] == [("2.1", "approved")]
    actions = [(a.description, a.owner_text, a.target_date, a.target_date_text) for a in of(records, ActionSighting)]
    assert actions == [
        ("Publish the specification", "Cora Fenn", "2022-11-14", "14 November 2022"),
        ("Report uptake figures", "Ben Tallis", None, "Q3 2022/23"),
    ]
    assert [p.reason for p in problems] == ["action deadline without a readable day"]


# --- labels above their values, ranks before names, labelled decisions and action fields -------


@pytest.fixture(scope="module")
def labelled(tmp_path_factory):
    doc = PaperBuilder(tmp_path_factory.mktemp("tpl") / "labelled.pdf")
    doc.text("Minutes", x=60, size=16, bold=True)
    doc.text("Exampleton Police Performance Committee", x=60, size=13, bold=True)
    doc.gap(4)
    doc.text("Date", x=60, size=10, bold=True, columns=[(200, "Time"), (300, "Venue"), (460, "Status")])
    doc.text(
        "Friday 9 September 2022",
        x=60,
        size=10,
        columns=[(200, "14:00 hrs"), (300, "Room 12, Exampleton HQ"), (460, "Approved")],
    )
    doc.gap(6)
    doc.text("Attendees:", x=60, size=10)
    doc.text("Ch Supt Gil Marsh (GM) – Chair", x=80, size=10)
    doc.text("T/Supt Ola Brandt (OB)", x=80, size=10)
    doc.text("Mr Ivo Kell, Head of Analysis", x=80, size=10)
    doc.gap(8)
    doc.text("4.", x=60, size=10, bold=True, columns=[(90, "Demand review")])
    doc.text("4.1", x=60, size=10, columns=[(90, "OB summarised the demand data for the quarter.")])
    doc.text("4.2", x=60, size=10, columns=[(90, "Decision: The Committee approved the revised demand model.")])
    doc.text("4.3", x=60, size=10, columns=[(90, "AGREED – that the data be published quarterly.")])
    doc.text("4.4", x=60, size=10, columns=[(90, "Action: publish the first quarterly dataset. Owner: GM / OB")])
    doc.text("", x=90, size=10, columns=[(90, "Deadline: 21 October 2022")])
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    return records


def test_labels_above_values(labelled):
    meeting = meeting_of(labelled)
    assert (meeting.body, meeting.meeting_date, meeting.start_time, meeting.location, meeting.minutes_status) == (
        "Exampleton Police Performance Committee",
        "2022-09-09",
        "14:00",
        "Room 12, Exampleton HQ",
        "approved",
    )


def test_ranks_stay_in_the_role(labelled):
    people = {(a.name, a.role_text) for a in of(labelled, Attendee)}
    assert people == {("Gil Marsh", "Ch Supt, Chair"), ("Ola Brandt", "T/Supt"), ("Ivo Kell", "Mr, Head of Analysis")}


def test_labelled_decisions_and_action_fields(labelled):
    assert [(d.item_number, d.decision_type) for d in of(labelled, Decision)] == [
        ("4.2", "approved"),
        ("4.3", "agreed"),
    ]
    actions = [
        (a.description, a.agenda_item_number, a.owner_names, a.target_date) for a in of(labelled, ActionSighting)
    ]
    assert actions == [("publish the first quarterly dataset.", "4", ("Gil Marsh", "Ola Brandt"), "2022-10-21")]


# --- two text columns ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def two_columns(tmp_path_factory):
    """A note set in two columns: the reader sees lines that cross the gutter."""
    doc = PaperBuilder(tmp_path_factory.mktemp("tpl") / "columns.pdf")
    left = [
        "Exampleton Estates Forum",
        "Note of the meeting held on 12 May 2023",
        "at 11.00am, Library Room",
        "",
        "Those present",
        "• Rhea Voss – Chair",
        "• Milo Grant – Estates Lead",
        "",
        "Fleet replacement",
        "The Forum noted the fleet options",
        "paper and asked for costings of",
        "electric vans for the next meeting.",
        "Action: Milo Grant to cost the",
        "electric van option.",
    ]
    right = [
        "Depot lease",
        "The lease on the north depot",
        "expires in March. Rhea Voss asked",
        "whether a shorter renewal was",
        "possible on the current terms.",
        "The Forum agreed to renew the",
        "lease for two years only.",
        "",
        "Any other business",
        "None was raised at this meeting.",
        "",
        "",
        "",
        "",
    ]
    for text, beside in zip(left, right):
        doc.text(text, x=60, size=10, bold=text == left[0], columns=[(320, beside)] if beside else [])
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    return records


def test_two_columns_read_one_after_the_other(two_columns):
    assert {(a.name, a.attendance) for a in of(two_columns, Attendee)} == {
        ("Rhea Voss", "member"),
        ("Milo Grant", "member"),
    }
    assert [(d.item_number, d.decision_type, d.text) for d in of(two_columns, Decision)] == [
        (
            None,
            "noted",
            "The Forum noted the fleet options paper and asked for costings of electric vans for the next meeting.",
        ),
        (None, "agreed", "The Forum agreed to renew the lease for two years only."),
    ]
    assert [a.description for a in of(two_columns, ActionSighting)] == ["Milo Grant to cost the electric van option."]


# --- borderless minutes with an owner column ----------------------------------------------------


@pytest.fixture(scope="module")
def borderless(tmp_path_factory):
    doc = PaperBuilder(tmp_path_factory.mktemp("tpl") / "borderless.pdf")
    doc.text("EXAMPLETON RESOURCES BOARD", x=60, size=13, bold=True)
    doc.text("Minutes of the meeting held on 3 February 2023 at 9.30am, Room 5", x=60, size=10)
    doc.gap(6)
    doc.text("Present:", x=60, size=10, columns=[(130, "Rosa Kemp (RK), Chair; Jon Sale (JS), Finance Director")])
    doc.gap(8)
    doc.text("No.", x=60, size=10, bold=True, columns=[(100, "Minute"), (470, "Lead")])
    doc.text("7", x=60, size=10, bold=True, columns=[(100, "Capital programme"), (470, "RK / JS")])
    doc.text("The programme is behind plan.", x=100, size=10)
    doc.text("Action: re-profile the programme for the next meeting.", x=100, size=10)
    doc.text("8", x=60, size=10, bold=True, columns=[(100, "Any other business")])
    doc.text("None.", x=100, size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    return records


def test_borderless_owner_column(borderless):
    actions = [
        (a.description, a.agenda_item_number, a.owner_text, a.owner_names) for a in of(borderless, ActionSighting)
    ]
    assert actions == [("re-profile the programme for the next meeting.", "7", "RK / JS", ("Rosa Kemp", "Jon Sale"))]
    assert {a.name for a in of(borderless, Attendee)} == {"Rosa Kemp", "Jon Sale"}


def test_unreadable_attendance_is_a_problem(tmp_path_factory):
    doc = PaperBuilder(tmp_path_factory.mktemp("tpl") / "unreadable.pdf")
    doc.text("Minutes of the Exampleton Liaison Group meeting held on 1 March 2023", x=60, size=12, bold=True)
    doc.text("Present: Ann Lee (Chair)", x=60, size=10)
    doc.text("Apologies: as listed at the back of the pack", x=60, size=10)
    doc.text("1.", x=60, size=10, columns=[(90, "The Group noted the update.")])
    records, problems = read_part(doc.save(), "minutes", MinutesExtractor())
    assert {(a.name, a.attendance) for a in of(records, Attendee)} == {("Ann Lee", "member")}
    assert [(p.reason, p.text) for p in problems] == [
        ("attendance entry without a readable name", "as listed at the back of the pack")
    ]
