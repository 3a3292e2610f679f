"""Minutes and agendas in further layouts (invented bodies and people): a record's approval line
above the heading that must not date the meeting; attendance in a label column beside its people
(a label wrapped without its colon, ';' lists, one 'Name – Role' a line); a resolution set out as
numbered parts on lines of their own; an action opening with its owner's post ('Head of Estates
to …'); two-column minutes whose capitalised headings stand beside their text; officers run in
as 'Post, Name; Post, Name'; Word's private-use bullet glyph; and a timed agenda whose heading
line parts date, time and venue with separators, its items numbered without a stop."""

from __future__ import annotations

import pytest

from extractors.agenda import AgendaExtractor
from extractors.attendance import PeopleReader
from extractors.minutes import WORDS, MinutesExtractor, compiled
from pipeline.records import ActionSighting, AgendaItem, Attendee, Decision, MeetingMention
from tests.minutes_fixtures import read_part
from tests.synthetic import PaperBuilder


def of(records, kind):
    return [r for r in records if isinstance(r, kind)]


def meeting_of(records):
    return next(m for m in of(records, MeetingMention) if m.origin == "minutes")


# --- an approval line above the heading, a label column, numbered resolution parts -----------


@pytest.fixture(scope="module")
def label_column(tmp_path_factory):
    doc = PaperBuilder(tmp_path_factory.mktemp("round2") / "label-column.pdf")
    doc.text("Confirmed by the Board at its meeting on 11 June 2024", x=330, size=8)
    doc.text("EASTMERE POLICE AND CRIME OVERSIGHT BOARD", x=60, size=13, bold=True)
    doc.text("Minutes of a meeting held on Thursday 8 February 2024 at 2.30 pm in the", x=60, size=10)
    doc.text("Council Chamber, Guildhall, Eastmere", x=60, size=10)
    doc.gap(8)
    doc.text("Board members", x=60, size=10, columns=[(190, "Wilma Astley (Chair); Prof Tobias Reyne; Hugo Danvers")])
    doc.text("attending:", x=60, size=10)
    doc.gap(4)
    doc.text("Officers present:", x=60, size=10, columns=[(190, "Cecily Marsh – Chief Executive")])
    doc.text("Emrys Vaughan – Treasurer", x=190, size=10)
    doc.gap(4)
    doc.text("Apologies:", x=60, size=10, columns=[(190, "Nell Parrish; Assistant Chief Constable Ravi Sood")])
    doc.gap(12)
    doc.text("1. ESTATES STRATEGY", x=60, size=10, bold=True)
    doc.text("The Treasurer introduced the strategy and its costs.", x=60, size=10)
    doc.text("RESOLVED:", x=60, size=10)
    doc.text("1. That the estates strategy be adopted.", x=80, size=10)
    doc.text("2. That a disposal plan for the old depot be prepared.", x=80, size=10)
    doc.text("Action: Head of Estates to draft the disposal plan by 30 April 2024.", x=80, size=10)
    doc.gap(6)
    doc.text("2. VICTIM SERVICES", x=60, size=10, bold=True)
    doc.text("The Board noted the quarterly report on victim services.", x=60, size=10)
    doc.text("Action: Commissioning Manager to share the survey results with members.", x=60, size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    return records


def test_the_approval_line_does_not_date_the_meeting(label_column):
    meeting = meeting_of(label_column)
    assert (meeting.meeting_date, meeting.start_time, meeting.location, meeting.minutes_status) == (
        "2024-02-08",
        "14:30",
        "Council Chamber, Guildhall, Eastmere",
        "approved",
    )


def test_attendance_in_a_label_column(label_column):
    people = {(a.name, a.attendance) for a in of(label_column, Attendee)}
    assert people == {
        ("Wilma Astley", "member"),
        ("Tobias Reyne", "member"),
        ("Hugo Danvers", "member"),
        ("Cecily Marsh", "in_attendance"),
        ("Emrys Vaughan", "in_attendance"),
        ("Nell Parrish", "apologies"),
        ("Ravi Sood", "apologies"),
    }


def test_numbered_parts_on_their_own_lines_are_one_resolution(label_column):
    decisions = [(d.item_number, d.decision_type, d.text) for d in of(label_column, Decision)]
    assert decisions == [
        (
            "1",
            "resolved",
            "RESOLVED: 1. That the estates strategy be adopted. 2. That a disposal plan for the old depot be prepared.",
        ),
        ("2", "noted", "The Board noted the quarterly report on victim services."),
    ]


def test_an_action_opening_with_its_owners_post(label_column):
    actions = [(a.agenda_item_number, a.owner_text, a.target_date) for a in of(label_column, ActionSighting)]
    assert actions == [("1", "Head of Estates", "2024-04-30"), ("2", "Commissioning Manager", None)]


# --- two-column minutes: headings in capitals beside the text; officers 'Post, Name; …' -------


@pytest.fixture(scope="module")
def heading_column(tmp_path_factory):
    doc = PaperBuilder(tmp_path_factory.mktemp("round2") / "heading-column.pdf")
    doc.text("KESTONBURY FIRE AND RESCUE AUTHORITY", x=60, size=13, bold=True)
    doc.text("Minutes of the meeting held at Station Road, Kestonbury on 19 September 2023 at 14:00", x=60, size=10)
    doc.gap(6)
    doc.text("Members present: Councillor Mabel Oyelaran (Chair), Councillor Fergus Whitlock", x=60, size=10)
    doc.text("Officers in attendance: Chief Fire Officer, Leona Brask; Finance Director, Osric Pellow;", x=60, size=10)
    doc.text("Clerk and Monitoring Officer, Juno Aldred", x=60, size=10)
    doc.gap(12)
    doc.text("21", x=60, size=10, columns=[(95, "PREVIOUS"), (230, "RESOLVED: That the minutes of 4 July 2023 be")])
    doc.text("MINUTES", x=95, size=10, columns=[(230, "confirmed as a correct record.")])
    doc.gap(8)
    doc.text("22", x=60, size=10, columns=[(95, "FLEET"), (230, "The Finance Director outlined the replacement")])
    doc.text("REPLACEMENT", x=95, size=10, columns=[(230, "programme. The Authority approved the purchase")])
    doc.text("of four appliances.", x=230, size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    return records


def test_headings_beside_the_text_stay_out_of_decisions(heading_column):
    decisions = [(d.item_number, d.decision_type, d.text) for d in of(heading_column, Decision)]
    assert decisions == [
        ("21", "resolved", "RESOLVED: That the minutes of 4 July 2023 be confirmed as a correct record."),
        ("22", "approved", "The Authority approved the purchase of four appliances."),
    ]


def test_officers_run_in_as_post_then_name(heading_column):
    officers = {(a.name, a.role_text) for a in of(heading_column, Attendee) if a.attendance == "in_attendance"}
    assert officers == {
        ("Leona Brask", "Chief Fire Officer"),
        ("Osric Pellow", "Finance Director"),
        ("Juno Aldred", "Clerk and Monitoring Officer"),
    }


def test_posts_before_names_in_a_semicolon_list():
    people = PeopleReader(WORDS()).people_in("Director of Finance, Ada Crewe; Head of HR and Legal, Tom Ince")
    assert [(p.name, p.role) for p in people] == [
        ("Ada Crewe", "Director of Finance"),
        ("Tom Ince", "Head of HR and Legal"),
    ]


def test_a_word_symbol_bullet_is_a_bullet():
    bullets = compiled().bullets
    assert any(p.match("\uf0b7 Ada Crewe – Chair (AC)") for p in bullets)
    assert any(p.match("\uf0a7 Tom Ince") for p in bullets)
    assert not any(p.match("Ada Crewe") for p in bullets)


# --- a timed agenda whose heading line parts date, time and venue -----------------------------


@pytest.fixture(scope="module")
def parted_agenda(tmp_path_factory):
    doc = PaperBuilder(tmp_path_factory.mktemp("round2") / "parted-agenda.pdf")
    doc.text("Office of the Police, Fire and Crime Commissioner for Harrowfield", x=60, size=9)
    doc.text("STRATEGIC PERFORMANCE BOARD", x=60, size=14, bold=True)
    doc.text("Wednesday 9 March 2022 | 10.00am - 12.15pm | Meeting Room 1, Civic Offices, Harrowfield", x=60, size=10)
    doc.gap(10)
    for time, number, title, lead in (
        ("10:00", "1", "Introductions and declarations", "Lead: Commissioner"),
        ("10:10", "2", "Notes of the previous meeting", "Lead: Head of Governance"),
        ("10:20", "3", "Neighbourhood policing review", "Lead: Chief Superintendent"),
    ):
        doc.text(time, x=60, size=10, columns=[(120, f"{number} {title}")])
        doc.text(lead, x=120, size=9)
        doc.gap(6)
    records, problems = read_part(doc.save(), "agenda", AgendaExtractor())
    return records, problems


def test_a_parted_heading_line_gives_date_time_and_venue(parted_agenda):
    meeting = next(m for m in of(parted_agenda[0], MeetingMention))
    assert (meeting.meeting_date, meeting.start_time, meeting.location) == (
        "2022-03-09",
        "10:00",
        "Meeting Room 1, Civic Offices, Harrowfield",
    )


def test_timed_items_numbered_without_a_stop(parted_agenda):
    items = [(i.item_number, i.title) for i in of(parted_agenda[0], AgendaItem)]
    assert items == [
        ("1", "Introductions and declarations"),
        ("2", "Notes of the previous meeting"),
        ("3", "Neighbourhood policing review"),
    ]


# --- an action tagged inside a minute's sentence; a decision label over a list ----------------


@pytest.fixture(scope="module")
def tagged_and_listed(tmp_path_factory):
    doc = PaperBuilder(tmp_path_factory.mktemp("round2") / "tagged.pdf")
    doc.text("Notes of the meeting of the Brockhurst Ethics Panel held on 14 November 2022", x=60, size=12, bold=True)
    doc.text("Present: Delphine Oakes (Chair), Marius Kent", x=60, size=10)
    doc.gap(10)
    doc.text("4. Stop and search scrutiny", x=60, size=10, bold=True)
    doc.text("Members wished to see the outcomes split by age group at the next review [Action by:", x=60, size=10)
    doc.text("Head of Analysis]. The Panel noted the scrutiny findings.", x=60, size=10)
    doc.gap(6)
    doc.text("5. Terms of reference", x=60, size=10, bold=True)
    doc.text("Approved:", x=60, size=10)
    doc.text("- the revised terms of reference;", x=75, size=10)
    doc.text("- the schedule of meetings for 2023.", x=75, size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    return records


def test_an_action_tagged_at_the_end_of_a_sentence(tagged_and_listed):
    actions = [(a.agenda_item_number, a.description, a.owner_text) for a in of(tagged_and_listed, ActionSighting)]
    assert actions == [
        ("4", "Members wished to see the outcomes split by age group at the next review.", "Head of Analysis")
    ]


def test_a_decision_label_over_a_list_decides_each_point(tagged_and_listed):
    """Each bulleted point under the label is a decision of the label's verb (round 4: the
    judgement of the later sets, one decision per bullet, replaces one for the whole list)."""
    decisions = [(d.item_number, d.decision_type, d.text) for d in of(tagged_and_listed, Decision)]
    assert decisions == [
        ("4", "noted", "The Panel noted the scrutiny findings."),
        ("5", "approved", "the revised terms of reference;"),
        ("5", "approved", "the schedule of meetings for 2023."),
    ]


def test_a_grid_action_cell_opening_with_its_owners_post(tmp_path):
    doc = PaperBuilder(tmp_path / "grid.pdf")
    doc.text("Minutes of the Corley Estates Board meeting held on 7 June 2022", x=60, size=12, bold=True)
    doc.text("Present: Imogen Vale (Chair), Quentin Roff", x=60, size=10)
    doc.gap(10)
    rows = [
        ["No.", "Item", "Summary of discussion", "Decision", "Action"],
        [
            "1",
            "Depot",
            "The valuation was set out.",
            "The Board approved the sale.",
            "Disposals Manager to instruct agents",
        ],
    ]
    doc.table(rows, [30, 70, 140, 120, 150])
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    assert [(d.item_number, d.decision_type) for d in of(records, Decision)] == [("1", "approved")]
    assert [(a.agenda_item_number, a.owner_text) for a in of(records, ActionSighting)] == [("1", "Disposals Manager")]


# --- agenda headings that run date, time and place along one line; 'Item n' labels ------------


def read_agenda_with(tmp_path, heading: str, items: list[str]):
    doc = PaperBuilder(tmp_path / "agenda.pdf")
    doc.text("LANGDALE POLICE AND CRIME PANEL", x=60, size=14, bold=True)
    doc.text("AGENDA", x=60, size=12, bold=True)
    doc.text(heading, x=60, size=10)
    doc.gap(10)
    for item in items:
        doc.text(item, x=60, size=10)
    records, _ = read_part(doc.save(), "agenda", AgendaExtractor())
    meeting = next(m for m in of(records, MeetingMention))
    return (meeting.meeting_date, meeting.start_time, meeting.location), [
        i.item_number for i in of(records, AgendaItem)
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "To be held on Friday 14 October 2022 at 11.00am in the Reception Room, Shire Hall, Langdale",
        "Friday 14 October 2022, 11.00am, Reception Room, Shire Hall, Langdale",
    ],
)
def test_a_heading_sentence_or_comma_line_gives_time_and_venue(tmp_path, heading):
    meeting, items = read_agenda_with(
        tmp_path, heading, ["Item 1 Apologies", "Item 2 Public questions", "Item 3 Precept"]
    )
    assert meeting == ("2022-10-14", "11:00", "Reception Room, Shire Hall, Langdale")
    assert items == ["1", "2", "3"]


def test_what_follows_the_time_is_no_venue_unless_it_names_a_place(tmp_path):
    meeting, _ = read_agenda_with(
        tmp_path, "Friday 14 October 2022 at 11.00am. Members of the public are welcome", ["1. Apologies"]
    )
    assert meeting == ("2022-10-14", "11:00", None)


def test_an_owner_in_brackets_after_the_action_label(tmp_path):
    doc = PaperBuilder(tmp_path / "leading.pdf")
    doc.text("Minutes of the Fellbridge Joint Audit Committee meeting held on 21 March 2023", x=60, size=12, bold=True)
    doc.text(
        "Present: Rosa Quint (Chair), Elias Marwood, and officers of the Commissioner and the Force", x=60, size=10
    )
    doc.gap(10)
    doc.text("6. Treasury management strategy", x=60, size=10, bold=True)
    doc.text("Action (Treasurer): publish the prudential indicators on the website.", x=60, size=10)
    doc.text(
        "The Committee endorsed the strategy, and thanked officers for the clear report on borrowing.", x=60, size=10
    )
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    actions = [(a.agenda_item_number, a.description, a.owner_text) for a in of(records, ActionSighting)]
    assert actions == [("6", "publish the prudential indicators on the website.", "Treasurer")]
    assert [d.decision_type for d in of(records, Decision)] == ["endorsed"]


def test_names_given_by_initial_and_surname():
    people = PeopleReader(WORDS()).people_in("Cllr R Okoye (Chair), Mrs T. Vance and Cllr D Ferris")
    assert [(p.name, p.role) for p in people] == [("R Okoye", "Cllr, Chair"), ("T Vance", "Mrs"), ("D Ferris", "Cllr")]


def test_a_decision_after_a_verb_of_hearing_the_item(tmp_path):
    doc = PaperBuilder(tmp_path / "considered.pdf")
    doc.text("Minutes of the Hartwell Police and Crime Panel meeting held on 2 February 2023", x=60, size=12, bold=True)
    doc.text("Present: Cllr Nia Brough (Chair), Cllr Owen Tate", x=60, size=10)
    doc.gap(10)
    doc.text("3. Proposed precept", x=60, size=10, bold=True)
    doc.text("The Panel scrutinised and endorsed the proposed precept for 2023/24.", x=60, size=10)
    doc.gap(6)
    doc.text("4. Complaints report", x=60, size=10, bold=True)
    doc.text("The Panel received the complaints report for the third quarter.", x=60, size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    assert [(d.item_number, d.decision_type) for d in of(records, Decision)] == [("3", "endorsed")]


def test_people_set_in_two_columns_under_a_label(tmp_path):
    doc = PaperBuilder(tmp_path / "two-columns.pdf")
    doc.text("Minutes of the Marlcombe Police and Crime Panel meeting held on 9 May 2022", x=60, size=12, bold=True)
    doc.text("Present:", x=60, size=10, bold=True)
    doc.text("Cllr Iris Domby (Chair)", x=60, size=10, columns=[(260, "Cllr Amos Keel (Vice-Chair)")])
    doc.text("Cllr Hana Weir", x=60, size=10, columns=[(260, "Dr Luca Penrose (Independent Member)")])
    doc.text("In attendance:", x=60, size=10, bold=True)
    doc.text("Ruth Carne", x=60, size=10, columns=[(260, "Police and Crime Commissioner")])
    doc.gap(10)
    doc.text("1. Annual report", x=60, size=10, bold=True)
    doc.text("The Panel noted the annual report.", x=60, size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    assert [(a.name, a.attendance, a.role_text) for a in of(records, Attendee)] == [
        ("Iris Domby", "member", "Cllr, Chair"),
        ("Amos Keel", "member", "Cllr, Vice-Chair"),
        ("Hana Weir", "member", "Cllr"),
        ("Luca Penrose", "member", "Dr, Independent Member"),
        ("Ruth Carne", "in_attendance", "Police and Crime Commissioner"),
    ]


def test_a_grid_item_cell_holding_number_and_title_keys_by_the_number(tmp_path):
    doc = PaperBuilder(tmp_path / "grid-title.pdf")
    doc.text("Harwick Fire Authority Resources Committee - Minutes", x=60, size=12, bold=True)
    doc.text("Meeting held on 3 May 2023", x=60, size=10)
    doc.text("Present: Ruth Calloway (Chair), Desmond Pyke", x=60, size=10)
    doc.gap(10)
    rows = [
        ["Agenda item", "Notes", "Outcome", "Follow-up"],
        ["7. Fleet replacement", "Costs were set out.", "The Committee approved the plan.", "None"],
        ["8 Pensions update", "A verbal update.", "The Committee noted the update.", "None"],
    ]
    doc.table(rows, [110, 120, 150, 90])
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    assert [(d.item_number, d.decision_type) for d in of(records, Decision)] == [("7", "approved"), ("8", "noted")]


def test_a_decision_label_carrying_its_own_reference(tmp_path):
    doc = PaperBuilder(tmp_path / "resolution-ref.pdf")
    doc.text("Minutes of the Brackley Police and Crime Scrutiny Board", x=60, size=12, bold=True)
    doc.text("held on 21 September 2023", x=60, size=10)
    doc.text("Present: Nadia Osei (Chair), Felix Rourke", x=60, size=10)
    doc.gap(10)
    doc.text("6. Victim services contract", x=60, size=10, bold=True)
    doc.text("The commissioning lead summarised the tender results.", x=80, size=10)
    doc.text("Resolution No. 23/41: The Board approved the award of the contract.", x=80, size=10)
    doc.text("7. Estates disposals", x=60, size=10, bold=True)
    doc.text("Decision BR-2023-07 - The Board noted the disposals schedule.", x=80, size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    assert [(d.item_number, d.decision_type) for d in of(records, Decision)] == [("6", "approved"), ("7", "noted")]


def test_a_heading_down_the_number_column_beside_the_minute_text(tmp_path):
    doc = PaperBuilder(tmp_path / "heading-column.pdf")
    doc.text("Minutes of the Oakridge Joint Audit Committee", x=60, size=12, bold=True)
    doc.text("held on 12 October 2023", x=60, size=10)
    doc.text("Present: Bella Quayle (Chair), Orson Pike", x=60, size=10)
    doc.gap(10)
    doc.text("12", x=60, size=10, columns=[(200, "The auditor introduced the annual report.")])
    doc.text("External audit", x=60, size=10, columns=[(200, "Decision: The Committee noted the annual report.")])
    doc.text("13", x=60, size=10, columns=[(200, "The draft policy was circulated in advance.")])
    doc.text("Whistleblowing", x=60, size=10, columns=[(200, "Its scope had been widened to contractors.")])
    doc.text("policy review", x=60, size=10, columns=[(200, "Decision: The Committee approved the policy.")])
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    assert [(d.item_number, d.decision_type) for d in of(records, Decision)] == [("12", "noted"), ("13", "approved")]
