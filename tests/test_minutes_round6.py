"""Minutes in further layouts (invented bodies and people, other fonts and wording):

- minutes set as columns without rules whose narrow last column, headed 'Action', holds the
  owner's initials (on the minute's heading line or on its action line), above an attendance
  list set as columns (Name · Position · Initials) with the group labels in the left margin;
- apologies in prose for one person ('An apology for absence was submitted by …');
- a ruled attendance table whose last column, left without a heading, says how each person
  attended ('Present', 'In attendance', 'Apologies').
"""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from extractors.minutes import MinutesExtractor
from pipeline.records import ActionSighting, Attendee, Decision, MeetingMention
from tests.minutes_fixtures import read_file, read_part
from tests.synthetic import PaperBuilder


def of(records, kind):
    return [r for r in records if isinstance(r, kind)]


# --- an 'Action' column of initials beside unruled minutes ----------------------------------


@pytest.fixture(scope="module")
def action_column(tmp_path_factory):
    path = tmp_path_factory.mktemp("round6") / "action-column.pdf"
    page = canvas.Canvas(str(path), pagesize=letter)
    y = 740.0

    def row(cells: list[tuple[float, str]], font: str = "Times-Roman", size: float = 10) -> None:
        nonlocal y
        for x, text in cells:
            page.setFont(font, size)
            page.drawString(x, y, text)
        y -= size * 1.4

    row([(200, "KESTRELFORD AUDIT AND STANDARDS COMMITTEE")], "Times-Bold", 13)
    row([(250, "UNCONFIRMED MINUTES")], "Times-Bold", 11)
    row([(72, "Thursday 12 January 2023 at 14:00, Committee Room 2, Kestrelford Civic Offices")])
    y -= 10
    row([(150, "Name"), (270, "Position"), (500, "Initials")], "Times-Bold")
    row([(60, "Present"), (150, "Gwen Thackeray"), (270, "Independent Member (Chair)"), (500, "GT")])
    row([(150, "Ibrahim Solberg"), (270, "Independent Member"), (500, "IS")])
    row([(60, "In attendance"), (150, "Carys Whitlow"), (270, "Treasurer"), (500, "CW")])
    row([(150, "Ned Farraday"), (270, "Audit Manager, Westmarch Audit"), (500, "NF")])
    row([(60, "Apologies"), (150, "Olu Prentiss"), (270, "Independent Member"), (500, "OP")])
    y -= 12
    row([(60, "Item"), (110, "Notes"), (505, "Action")], "Times-Bold")
    row(
        [
            (60, "31."),
            (
                110,
                "Internal audit plan",
            ),
            (505, "CW"),
        ],
        "Times-Bold",
    )
    row([(110, "The Audit Manager introduced the plan for the coming year. The Committee")])
    row([(110, "approved the internal audit plan for 2023/24.")])
    row([(110, "Action: Share the revised audit universe with members before the March meeting.")])
    row([(60, "32."), (110, "Counter-fraud report")], "Times-Bold")
    row([(110, "Members asked how referrals were triaged. The Committee noted the report.")])
    row([(110, "Action: Set out the triage criteria for referrals in the next report."), (505, "GT / NF")])
    page.save()
    records, _ = read_part(path, "minutes", MinutesExtractor(), meeting_date="2023-01-12")
    return records


def test_initials_column_and_margin_labels_read_the_attendance(action_column):
    people = {a.name: (a.attendance, a.role_text, a.alias) for a in of(action_column, Attendee)}
    assert people == {
        "Gwen Thackeray": ("member", "Independent Member (Chair)", "GT"),
        "Ibrahim Solberg": ("member", "Independent Member", "IS"),
        "Carys Whitlow": ("in_attendance", "Treasurer", "CW"),
        "Ned Farraday": ("in_attendance", "Audit Manager, Westmarch Audit", "NF"),
        "Olu Prentiss": ("apologies", "Independent Member", "OP"),
    }


def test_action_column_initials_own_the_minute_actions(action_column):
    actions = {a.description: (a.agenda_item_number, a.owner_names) for a in of(action_column, ActionSighting)}
    assert actions == {
        "Share the revised audit universe with members before the March meeting.": ("31", ("Carys Whitlow",)),
        "Set out the triage criteria for referrals in the next report.": ("32", ("Gwen Thackeray", "Ned Farraday")),
    }


def test_action_column_leaves_the_minute_text_whole(action_column):
    decisions = {(d.item_number, d.decision_type, d.text) for d in of(action_column, Decision)}
    assert decisions == {
        ("31", "approved", "The Committee approved the internal audit plan for 2023/24."),
        ("32", "noted", "The Committee noted the report."),
    }


# --- one person's apology in prose ------------------------------------------------------------


@pytest.fixture(scope="module")
def single_apology(tmp_path_factory):
    doc = PaperBuilder(tmp_path_factory.mktemp("round6") / "apology.pdf")
    doc.text("BRAMBLEMOUTH FIRE AND RESCUE AUTHORITY", size=13, bold=True)
    doc.text("Minutes of the meeting held at Station Road, Hollowby on Monday 6 March 2023 at 11.00am", size=10)
    doc.gap(8)
    doc.text("Members present:", bold=True, size=10)
    doc.text("Councillor Alun Pargeter (Chair)", size=10)
    doc.text("Councillor Wendy Osei", size=10)
    doc.gap(8)
    doc.text("1.   APOLOGIES", bold=True, size=10)
    doc.text("An apology for absence was submitted by Councillor Hamish Greave.", x=90, size=10)
    doc.gap(6)
    doc.text("2.   MEDIUM TERM FINANCIAL PLAN", bold=True, size=10)
    doc.text("RESOLVED that the medium term financial plan be approved.", x=90, size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor(), meeting_date="2023-03-06")
    return records


def test_one_persons_apology_in_prose_is_read(single_apology):
    kinds = {a.name: a.attendance for a in of(single_apology, Attendee)}
    assert kinds == {"Alun Pargeter": "member", "Wendy Osei": "member", "Hamish Greave": "apologies"}


# --- a ruled attendance table whose status column has no heading ------------------------------


@pytest.fixture(scope="module")
def unheaded_status(tmp_path_factory):
    doc = PaperBuilder(tmp_path_factory.mktemp("round6") / "unheaded.pdf")
    doc.text("Pennowick Strategic Policing Board", size=14, bold=True)
    doc.text("Notes of the meeting held on 3 May 2023 at 09:30, OPCC Meeting Room", size=10)
    doc.text("Draft - subject to approval", size=9)
    doc.gap(6)
    doc.table(
        [
            ["Attendee", "Role", ""],
            ["Marnie Lisgar", "Police and Crime Commissioner", "Present"],
            ["Tomasz Hurley", "Chief Constable", "Present"],
            ["Ifeoma Grange", "Head of Strategy, OPCC", "In attendance"],
            ["Rupert Calloway", "Assistant Chief Constable", "Apologies"],
        ],
        [130, 190, 90],
        size=9,
    )
    doc.text("1. Welcome", bold=True, size=10)
    doc.text("The Commissioner opened the meeting.", size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor(), meeting_date="2023-05-03")
    return records


def test_an_unheaded_column_of_attendance_values_is_the_attendance(unheaded_status):
    kinds = {a.name: a.attendance for a in of(unheaded_status, Attendee)}
    assert kinds == {
        "Marnie Lisgar": "member",
        "Tomasz Hurley": "member",
        "Ifeoma Grange": "in_attendance",
        "Rupert Calloway": "apologies",
    }


# --- minute numbers run into the body's letters ('SCP/23/07') heading their minutes ----------


@pytest.fixture(scope="module")
def headed_references(tmp_path_factory):
    doc = PaperBuilder(tmp_path_factory.mktemp("round6") / "headed-references.pdf")
    doc.text("Wyndle Scrutiny and Challenge Panel", size=14, bold=True)
    doc.text("Minutes of the meeting held at Mill House, Wyndle on Wednesday 8 February 2023 at 10.00am", size=10)
    doc.text("Present: Cllr Ada Morrow (Chair), Cllr Jonah Pilling, Mrs Esi Tandoh", size=10)
    doc.gap(8)
    doc.text("SCP/23/07   Estates strategy", bold=True, size=10)
    doc.text("The Head of Estates summarised progress on the custody suite.", size=10)
    doc.text("Action: Provide a revised timetable for the custody suite works.", size=10)
    doc.text("(Owner: Head of Estates; by 31 March 2023)", size=10)
    doc.text("The Panel noted the update on the estates strategy.", size=10)
    doc.gap(8)
    doc.text("22-23/SCP/8   COMPLAINTS MONITORING", size=10)
    doc.text("The Panel approved the revised complaints protocol.", size=10)
    doc.gap(8)
    doc.text("Actions agreed", bold=True, size=10)
    doc.text("SCP/22/41   Share the survey results with members", size=10, columns=[(420, "Chief Executive")])
    doc.text("SCP/22/44   Arrange a briefing on the victims' service", size=10, columns=[(420, "Treasurer")])
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor(), meeting_date="2023-02-08")
    return records


def test_a_headed_reference_keys_its_minute(headed_references):
    decisions = {(d.item_number, d.decision_type, d.text) for d in of(headed_references, Decision)}
    assert decisions == {
        ("SCP/23/07", "noted", "The Panel noted the update on the estates strategy."),
        ("22-23/SCP/8", "approved", "The Panel approved the revised complaints protocol."),
    }


def test_an_action_closing_with_bracketed_fields_ends_there(headed_references):
    actions = [a for a in of(headed_references, ActionSighting) if a.agenda_item_number == "SCP/23/07"]
    assert [(a.description, a.owner_text, a.target_date) for a in actions] == [
        ("Provide a revised timetable for the custody suite works.", "Head of Estates", "2023-03-31")
    ]


# --- apologies and substitutes in other prose forms --------------------------------------------


@pytest.fixture(scope="module")
def substitutes(tmp_path_factory):
    doc = PaperBuilder(tmp_path_factory.mktemp("round6") / "substitutes.pdf")
    doc.text("Ketterby Police and Crime Panel", size=14, bold=True)
    doc.text("Minutes of the meeting held on Thursday 16 November 2023 at 1.30pm, Guild Hall, Ketterby", size=10)
    doc.text("Present: Cllr Sunita Varr (Chair), Cllr Marek Dunn, Mrs Olive Crane", size=10)
    doc.gap(6)
    doc.text("41.  APOLOGIES", bold=True, size=10)
    doc.text("Apologies for absence were received from:", x=90, size=10)
    doc.text("Councillor Peggy Harwood, for whom Councillor Idris Lamb was substitute;", x=90, size=10)
    doc.text("Councillor Wes Parrish (substituted by Councillor Joy Meakin).", x=90, size=10)
    doc.text("Councillor Anwen Tully had sent her apologies.", x=90, size=10)
    doc.text("An apology was received and accepted for the absence of Mr Gideon Pell.", x=90, size=10)
    doc.text("Councillor Dev Okafor was deputising for Councillor Rosa Finn.", x=90, size=10)
    doc.text("42.  PRECEPT", bold=True, size=10)
    doc.text("RESOLVED that the proposed precept be supported.", x=90, size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor(), meeting_date="2023-11-16")
    return records


def test_substitutes_inside_an_apologies_list_attended_as_members(substitutes):
    kinds = {a.name: a.attendance for a in of(substitutes, Attendee)}
    assert kinds == {
        "Sunita Varr": "member",
        "Marek Dunn": "member",
        "Olive Crane": "member",
        "Peggy Harwood": "apologies",
        "Idris Lamb": "member",
        "Wes Parrish": "apologies",
        "Joy Meakin": "member",
        "Anwen Tully": "apologies",
        "Gideon Pell": "apologies",
        "Dev Okafor": "member",
    }


# --- a body whose name lists its offices with a comma ----------------------------------------


def test_a_body_named_with_a_comma_keeps_its_whole_name(tmp_path):
    doc = PaperBuilder(tmp_path / "comma.pdf")
    doc.text("Wexmoor Police, Fire and Crime Panel", size=14, bold=True)
    doc.text("MINUTES OF MEETING", size=12, bold=True)
    doc.text("Date: 2 February 2024   Time: 10.00am   Venue: Shire Hall, Wexmoor", size=10)
    doc.text("Present: Cllr Lyn Hargreave (Chair), Cllr Ravi Oakes", size=10)
    doc.text("1.  Precept", bold=True, size=10)
    doc.text("The Panel endorsed the proposed precept.", size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor(), meeting_date="2024-02-02")
    assert {r.body for r in records if isinstance(r, Decision)} == {"Wexmoor Police, Fire and Crime Panel"}


# --- a decision after the body heard the item ('considered the report and RESOLVED') -----------


def test_a_decision_after_what_the_body_heard_is_read(tmp_path):
    doc = PaperBuilder(tmp_path / "considered.pdf")
    doc.text("Dunhollow Joint Independent Audit Committee", size=14, bold=True)
    doc.text("Minutes of the meeting held on 9 January 2024 at 2.00pm, Room 3, Dunhollow House", size=10)
    doc.text("Present: Mr Cato Ilves (Chair), Ms Rue Barlow", size=10)
    doc.text("5.  RISK MANAGEMENT", bold=True, size=10)
    doc.text("The Committee reviewed the strategic risk register and RESOLVED that the", size=10)
    doc.text("risk appetite statement be adopted.", size=10)
    doc.text("6.  ANNUAL GOVERNANCE STATEMENT", bold=True, size=10)
    doc.text("The Committee scrutinised the draft statement in detail and endorsed it for signature.", size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor(), meeting_date="2024-01-09")
    assert {(d.item_number, d.decision_type) for d in of(records, Decision)} == {("5", "resolved"), ("6", "endorsed")}


# --- the head's lists: a qualified label, then apologies in a sentence --------------------------


def test_a_qualified_label_and_a_sentence_of_apologies_under_the_lists(tmp_path):
    doc = PaperBuilder(tmp_path / "head-lists.pdf")
    doc.text("Rookham Strategic Policing Board", size=14, bold=True)
    doc.text("Notes of the meeting held on 14 March 2024 at 09:30, OPCC Boardroom", size=10)
    doc.text("Present: Ilse Varga (Police and Crime Commissioner), Tomas Reed (Chief Constable)", size=10)
    doc.text("In attendance (remotely): Priya Holm (Head of Finance, OPCC)", size=10)
    doc.text("Apologies for absence were received from Dean Ashby (Deputy Chief Constable).", size=10)
    doc.gap(6)
    doc.text("1.  Performance", bold=True, size=10)
    doc.text("The Commissioner noted the quarterly performance report.", size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor(), meeting_date="2024-03-14")
    assert {a.name: a.attendance for a in of(records, Attendee)} == {
        "Ilse Varga": "member",
        "Tomas Reed": "member",
        "Priya Holm": "in_attendance",
        "Dean Ashby": "apologies",
    }


# --- notes titled by the body alone: the head's list over minuted business ---------------------


@pytest.mark.parametrize("date_line", ["Wednesday 7 August 2024, 10.00am, Force Headquarters", "7 August 2024"])
def test_notes_titled_by_the_body_alone_are_minutes(tmp_path, date_line):
    doc = PaperBuilder(tmp_path / "untitled-notes.pdf")
    doc.text("Calvermoor Policing Oversight Board", size=14, bold=True)
    doc.text(date_line, size=11, bold=True)
    doc.text("Attendees: Gwilym Sharpe (PCC), Hana Ostrow (Chief Constable), Femi Lowe (Treasurer)", size=10)
    doc.text("1.  Call handling", bold=True, size=10)
    doc.text("The Chief Constable set out the 101 answering times for the quarter.", size=10)
    doc.text("Action: Treasurer to cost a second call-handling shift by 30 September 2024.", size=10)
    records, _ = read_file(doc.save(), MinutesExtractor())
    assert {(m.meeting_date, m.origin) for m in of(records, MeetingMention)} == {("2024-08-07", "minutes")}
    assert {a.name for a in of(records, Attendee)} == {"Gwilym Sharpe", "Hana Ostrow", "Femi Lowe"}
    assert [a.target_date for a in of(records, ActionSighting)] == ["2024-09-30"]


# --- actions labelled inside a grid's cells -----------------------------------------------------


@pytest.fixture(scope="module")
def grid_cell_actions(tmp_path_factory):
    doc = PaperBuilder(tmp_path_factory.mktemp("round6") / "grid-actions.pdf")
    doc.text("Oxenby Force Performance Board", size=14, bold=True)
    doc.text("Minutes of the meeting held on 22 May 2024 at 14:00, Oxenby Police HQ", size=10)
    doc.text("Present: Jude Amari (PCC), Ines Paley (Chief Constable), Carl Nyberg (CFO)", size=10)
    doc.gap(6)
    doc.table(
        [
            ["No.", "Subject", "Notes", "Action by"],
            ["7", "Overtime", "The Board noted the overtime spend. Action: report overtime by division.", "CFO"],
        ],
        [40, 90, 260, 80],
        size=9,
    )
    doc.table(
        [
            ["Item", "Summary of discussion", "Decision / Action"],
            [
                "8. Fleet",
                "The CFO set out the lease options.",
                "Approved. ACTION: CFO to sign the lease (15 June 2024)",
            ],
        ],
        [70, 200, 200],
        size=9,
    )
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor(), meeting_date="2024-05-22")
    return records


def test_an_action_labelled_after_a_sentence_in_a_cell_is_an_action(grid_cell_actions):
    actions = {a.agenda_item_number: (a.owner_names, a.target_date) for a in of(grid_cell_actions, ActionSighting)}
    assert actions == {"7": (("Carl Nyberg",), None), "8": (("Carl Nyberg",), "2024-06-15")}


def test_the_decision_cell_keeps_only_its_decision(grid_cell_actions):
    decisions = {(d.item_number, d.decision_type, d.text) for d in of(grid_cell_actions, Decision)}
    assert decisions == {("7", "noted", "The Board noted the overtime spend."), ("8", "approved", "Approved.")}


# --- staff posts under a general label attend rather than sit ----------------------------------


def test_staff_posts_under_a_general_label_are_in_attendance(tmp_path):
    doc = PaperBuilder(tmp_path / "attendees.pdf")
    doc.text("Stallbridge Policing Assurance Board", size=14, bold=True)
    doc.text("Notes of the meeting held on 2 October 2024 at 13:00, Stallbridge House", size=10)
    doc.text("Attendees", size=10, bold=True)
    doc.text("Meera Quist – Police, Fire and Crime Commissioner (Chair)", size=10)
    doc.text("Anton Beale – Chief Constable", size=10)
    doc.text("Corin Yates – Head of Contact Centre, Stallbridge Police", size=10)
    doc.text("Lyle Porter – Risk Manager, OPCC", size=10)
    doc.text("Members present", size=10, bold=True)
    doc.text("Ivy Orlov – Head of Estates (Chair of the Estates Group)", size=10)
    doc.gap(6)
    doc.text("1.  Contact centre", bold=True, size=10)
    doc.text("The Commissioner noted the call answering times.", size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor(), meeting_date="2024-10-02")
    assert {a.name: a.attendance for a in of(records, Attendee)} == {
        "Meera Quist": "member",
        "Anton Beale": "member",
        "Corin Yates": "in_attendance",
        "Lyle Porter": "in_attendance",
        "Ivy Orlov": "member",
    }
