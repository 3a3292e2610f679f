"""Minutes in further layouts (invented bodies and people, other fonts):

- items numbered '3.' whose paragraphs run 3.1, 3.2 …, with an unnumbered labelled line after
  them ('Decision:', 'Outcome –', 'AGREED:') that sums up the item: the decision is keyed by the
  item, not by the paragraph it follows;
- attendance tables whose kinds are columns of marks ('Attended' / 'Sent apologies' with ticks or
  crosses), a members table and an officers table under their own labels;
- an attendance column headed 'P/A' with a key printed below ('Key: P = present, A = apologies'),
  and a 'Guests' block inside the same table: P there means in attendance, not a member.
"""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from extractors.minutes import MinutesExtractor
from pipeline.records import ActionSighting, Attendee, Decision, MeetingMention
from tests.minutes_fixtures import read_part
from tests.synthetic import PaperBuilder


def of(records, kind):
    return [r for r in records if isinstance(r, kind)]


# --- labelled outcomes after numbered sub-paragraphs -----------------------------------------


@pytest.fixture(scope="module")
def sub_paragraphs(tmp_path_factory):
    path = tmp_path_factory.mktemp("round5") / "sub-paragraphs.pdf"
    page = canvas.Canvas(str(path), pagesize=letter)
    y = 740.0

    def line(text: str, size: float = 10, font: str = "Courier") -> None:
        nonlocal y
        page.setFont(font, size)
        page.drawString(54, y, text)
        y -= size * 1.45

    line("Harrowmere Fire Scrutiny Committee", 14, "Courier-Bold")
    line("Minutes of the meeting held on Thursday 2 March 2023 at 18:30, Station Hall", 9)
    y -= 10
    line("Present: Cllr Imogen Tarrant (Chair), Cllr Felix Ngata, Cllr Rosa Lindqvist")
    y -= 10
    for number, title, paragraphs, outcome in [
        (
            "7.",
            "Pay policy statement",
            ["7.1 The Clerk outlined the changes to the pay bands.", "7.2 Members asked about honoraria."],
            "Decision: The Committee approved the pay policy statement for 2023/24.",
        ),
        (
            "8.",
            "Station rota pilot",
            ["8.1 The Station Manager reported on the trial rota at two stations."],
            "Outcome - The Committee noted the interim findings of the rota pilot.",
        ),
        (
            "9.",
            "Community safety grants",
            ["9.1 Eleven bids had been scored by officers.", "9.2 Members discussed the rural share."],
            "AGREED: that the grants listed in the appendix be awarded.",
        ),
    ]:
        line(f"{number} {title}", 10, "Courier-Bold")
        for text in paragraphs:
            line(text)
        y -= 6
        line(outcome)
        y -= 12
    page.showPage()
    page.save()
    records, _ = read_part(path, "minutes", MinutesExtractor(), meeting_date="2023-03-02")
    return records


def test_a_labelled_outcome_after_sub_paragraphs_is_keyed_by_its_item(sub_paragraphs):
    decisions = {d.item_number: d.decision_type for d in of(sub_paragraphs, Decision)}
    assert decisions == {"7": "approved", "8": "noted", "9": "agreed"}


# --- attendance as tables of marks ----------------------------------------------------------------


@pytest.fixture(scope="module")
def mark_columns(tmp_path_factory):
    doc = PaperBuilder(tmp_path_factory.mktemp("round5") / "marks.pdf")
    doc.text("Easthaven Joint Independent Audit Committee", size=15, bold=True)
    doc.text("Minutes of the meeting held on 21 September 2022 at 14:00, Room 5, Easthaven House", size=10)
    doc.gap(8)
    doc.text("Members", size=11, bold=True)
    doc.table(
        [
            ["Name", "Role", "Attended", "Sent apologies"],
            ["Priya Castell", "Chair", "X", ""],
            ["Tobias Wren", "Independent Member", "", "X"],
            ["Lena Marchetti", "Independent Member", "X", ""],
        ],
        [140, 160, 70, 90],
        size=9,
    )
    doc.text("Officers", size=11, bold=True)
    doc.table(
        [
            ["Name", "Role", "Attended", "Sent apologies"],
            ["Gareth Pollard", "Treasurer", "X", ""],
            ["Yusuf Adeyemi", "Audit Manager", "", "X"],
        ],
        [140, 160, 70, 90],
        size=9,
    )
    doc.gap(6)
    doc.text("1. Welcome", bold=True)
    doc.text("1.1 The Chair opened the meeting.")
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor(), meeting_date="2022-09-21")
    return records


def test_a_mark_under_a_kind_column_gives_that_kind(mark_columns):
    kinds = {a.name: a.attendance for a in of(mark_columns, Attendee)}
    assert kinds == {
        "Priya Castell": "member",
        "Tobias Wren": "apologies",
        "Lena Marchetti": "member",
        "Gareth Pollard": "in_attendance",
        "Yusuf Adeyemi": "apologies",
    }


# --- a P/A column explained by a key -------------------------------------------------------------------


@pytest.fixture(scope="module")
def keyed_column(tmp_path_factory):
    doc = PaperBuilder(tmp_path_factory.mktemp("round5") / "keyed.pdf")
    doc.text("Quarrybank Policing Board", size=15, bold=True)
    doc.text("Minutes - Monday 5 June 2023, 09:30, Board Room, Quarrybank", size=10)
    doc.gap(6)
    doc.table(
        [
            ["Name", "Role", "P/A"],
            ["Olwen Hartley", "Commissioner", "P"],
            ["Desmond Achterberg", "Chief Constable", "A"],
            ["Beatrix Lyle", "Chief Executive", "P"],
            ["Guests", "", ""],
            ["Ravi Chandran", "Estates Adviser", "P"],
        ],
        [150, 200, 40],
        size=9,
    )
    doc.text("Key: P = present, A = apologies", size=8)
    doc.gap(8)
    doc.text("1. Apologies", bold=True)
    doc.text("1.1 As noted above.")
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor(), meeting_date="2023-06-05")
    return records


def test_a_keyed_column_says_apologies_and_present_keeps_the_block(keyed_column):
    kinds = {a.name: a.attendance for a in of(keyed_column, Attendee)}
    assert kinds == {
        "Olwen Hartley": "member",
        "Desmond Achterberg": "apologies",
        "Beatrix Lyle": "member",
        "Ravi Chandran": "in_attendance",
    }


# --- a run-in list in semicolon groups, and a singular 'Officer:' label ------------------------------


def test_an_honorific_after_a_comma_starts_a_person_in_a_semicolon_list():
    from extractors.attendance import PeopleReader
    from extractors.minutes import WORDS

    people = PeopleReader(WORDS()).people_in(
        "Cllr Wendell Ashby (Chair), Cllr Noor Haddad (Vice-Chair), Cllrs Pia Kowal and Ewan Friel; "
        "Dr Selma Roth (co-opted independent member)."
    )
    assert [p.name for p in people] == ["Wendell Ashby", "Noor Haddad", "Pia Kowal", "Ewan Friel", "Selma Roth"]


def test_a_role_after_a_comma_stays_with_its_person_in_a_semicolon_list():
    from extractors.attendance import PeopleReader
    from extractors.minutes import WORDS

    people = PeopleReader(WORDS()).people_in("Marta Ilves, Head of Estates; Mr Colm Ryder, Treasurer")
    assert [(p.name, p.role) for p in people] == [("Marta Ilves", "Head of Estates"), ("Colm Ryder", "Mr, Treasurer")]


@pytest.fixture(scope="module")
def singular_officer(tmp_path_factory):
    doc = PaperBuilder(tmp_path_factory.mktemp("round5") / "officer.pdf")
    doc.text("LINDENMOOR POLICE AND CRIME PANEL", size=14, bold=True)
    doc.text("Minutes of the meeting held on Friday 14 October 2022 at 10.30 am, Guildhall, Lindenmoor", size=9)
    doc.gap(6)
    doc.text("Present: Councillor Ivo Brandt (Chair), Councillor Amara Quist and Mr Tomas Vell.", size=9)
    doc.text("Also present: Ms Clare Odum (Police and Crime Commissioner).", size=9)
    doc.text("Scrutiny Officer: Bethan Crewe (Democratic Services).", size=9)
    doc.gap(8)
    doc.text("22/51 APOLOGIES", size=9, bold=True)
    doc.text("There were none.", size=9)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor(), meeting_date="2022-10-14")
    return records


def test_a_singular_officer_label_lists_someone_in_attendance(singular_officer):
    kinds = {a.name: a.attendance for a in of(singular_officer, Attendee)}
    assert kinds == {
        "Ivo Brandt": "member",
        "Amara Quist": "member",
        "Tomas Vell": "member",
        "Clare Odum": "in_attendance",
        "Bethan Crewe": "in_attendance",
    }


# --- minutes in a pack that name their board without its area ----------------------------------------


def short_named_minutes(path):
    doc = PaperBuilder(path)
    doc.text("Paper 2", size=12, bold=True)
    doc.text("Minutes of the Estates and Fleet Board held on Monday 6 March 2023 at 11:00 in Room 7.", size=10)
    doc.gap(6)
    doc.text("Present: Ines Faulkner (Chair), Lorcan Pike, Zara Okonjo", size=10)
    doc.gap(8)
    doc.text("1. Fleet replacement", bold=True)
    doc.text("The Board approved the fleet replacement plan.")
    return doc.save()


@pytest.mark.parametrize(
    "pack_body, expected",
    [
        ("Highbury Vale Estates and Fleet Board", "Highbury Vale Estates and Fleet Board"),
        ("Highbury Vale Audit Committee", "Estates and Fleet Board"),
    ],
)
def test_minutes_in_a_pack_take_the_packs_fuller_name_of_the_same_board(tmp_path, pack_body, expected):
    records, _ = read_part(short_named_minutes(tmp_path / "pack-minutes.pdf"), "minutes", MinutesExtractor(), pack_body)
    (meeting,) = [r for r in records if isinstance(r, MeetingMention)]
    assert (meeting.body, meeting.meeting_date) == (expected, "2023-03-06")


# --- a resolution whose parts are the item's sub-numbers -------------------------------------------


@pytest.fixture(scope="module")
def sub_numbered_resolution(tmp_path_factory):
    doc = PaperBuilder(tmp_path_factory.mktemp("round5") / "sub-numbered.pdf")
    doc.text("Marlow Heath Policing Board", size=15, bold=True)
    doc.text("Minutes of the meeting held on Tuesday 10 January 2023 at 10:00, Room 1, Heath House", size=10)
    doc.gap(6)
    doc.text("Present: Seren Abbott (Chair), Hugo Latimer, Ffion Daley", size=10)
    doc.gap(8)
    for line in [
        ("3. Victims strategy", True),
        ("It was RESOLVED:", False),
        ("3.1 That the victims strategy be adopted.", False),
        ("3.2 That progress be reported in six months.", False),
        ("3.3 That case FIN/08 be referred to the Treasurer.", False),
        ("4. Custody inspection", True),
        ("The Board received the inspection report and discussed staffing.", False),
        ("5. Forward plan", True),
        ("The Board noted the forward plan.", False),
    ]:
        doc.text(line[0], bold=line[1], size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor(), meeting_date="2023-01-10")
    return of(records, Decision)


def test_sub_numbered_parts_under_resolved_are_one_decision_of_the_item(sub_numbered_resolution):
    decisions = {d.item_number: (d.decision_type, d.text) for d in sub_numbered_resolution}
    assert set(decisions) == {"3", "5"}
    kind, text = decisions["3"]
    assert kind == "resolved"
    assert text.startswith("It was RESOLVED: 3.1 That the victims strategy be adopted.")
    assert text.endswith("3.3 That case FIN/08 be referred to the Treasurer.")
    assert decisions["5"] == ("noted", "The Board noted the forward plan.")


# --- an unruled summary of actions with its own numbers and a paragraph column -------------------------


@pytest.fixture(scope="module")
def action_summary(tmp_path_factory):
    path = tmp_path_factory.mktemp("round5") / "summary.pdf"
    page = canvas.Canvas(str(path), pagesize=letter)
    y = 740.0

    def row(cells: list[tuple[float, str]], font: str = "Times-Roman", size: float = 9.5) -> None:
        nonlocal y
        page.setFont(font, size)
        for x, text in cells:
            page.drawString(x, y, text)
        y -= size * 1.5

    row([(54, "Tollard Joint Finance Board")], "Times-Bold", 14)
    row([(54, "Minutes - Monday 13 March 2023, 15:00, Room 2, Tollard House")])
    y -= 8
    row([(54, "1. The Treasurer presented the capital programme.")])
    row([(54, "2. AGREED: that the capital programme be recommended to the Commissioner.")])
    row([(54, "3. Members discussed vehicle leasing costs.")])
    y -= 10
    row([(54, "Actions arising")], "Times-Bold", 11)
    columns = [54, 130, 170, 400, 480]
    row(list(zip(columns, ["No.", "Para", "Action", "Owner", "Due"])), "Times-Bold")
    row(list(zip(columns, ["TJB/041", "1", "Publish the capital programme", "Treasurer", "31/03/2023"])))
    row([(170, "on the website.")])
    row(list(zip(columns, ["TJB/042", "3", "Compare leasing quotes from", "Fleet Manager", "TBC"])))
    row([(170, "three suppliers.")])
    page.showPage()
    page.save()
    records, _ = read_part(path, "minutes", MinutesExtractor(), meeting_date="2023-03-13")
    return of(records, ActionSighting)


def test_a_summary_of_actions_keeps_its_numbers_and_paragraphs(action_summary):
    found = {(a.action_number, a.agenda_item_number, a.target_date) for a in action_summary}
    assert found == {("TJB/041", "1", "2023-03-31"), ("TJB/042", "3", None)}
    assert {a.description for a in action_summary} == {
        "Publish the capital programme on the website.",
        "Compare leasing quotes from three suppliers.",
    }


# --- an 'ACTION' label set in capitals in a column of its own, no colon ---------------------------------


@pytest.fixture(scope="module")
def capital_action_label(tmp_path_factory):
    doc = PaperBuilder(tmp_path_factory.mktemp("round5") / "action-box.pdf")
    doc.text("Brackenford Estates Board - Notes of meeting", size=14, bold=True)
    doc.text("Date: Friday 3 February 2023", size=10)
    doc.gap(6)
    doc.text("Present: Tilda Marsh (Chair), Oren Gale", size=10)
    doc.gap(8)
    doc.text("2. Depot lease", bold=True, size=10)
    doc.text("Action plans for the depots were reviewed by members.", size=10)
    doc.text("ACTION", x=80, size=10, columns=[(200, "Obtain a valuation of the north depot lease.")])
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor(), meeting_date="2023-02-03")
    return of(records, ActionSighting)


def test_a_capital_action_label_set_apart_opens_an_action(capital_action_label):
    assert [(a.description, a.agenda_item_number) for a in capital_action_label] == [
        ("Obtain a valuation of the north depot lease.", "2")
    ]


# --- the owner and due date on a line of their own under the action --------------------------------------


@pytest.fixture(scope="module")
def fields_below(tmp_path_factory):
    doc = PaperBuilder(tmp_path_factory.mktemp("round5") / "fields-below.pdf")
    doc.text("Dunsby Joint Audit Panel", size=14, bold=True)
    doc.text("Minutes of the meeting held on Tuesday 7 February 2023 at 10:00, Room 3, Dunsby Hall", size=10)
    doc.gap(6)
    doc.text("Present: Cora Benn (Chair), Ilya Stroud, Maeve Quinn", size=10)
    doc.gap(8)
    doc.text("3. Counter fraud report", bold=True, size=10)
    doc.text("3.1 The panel received the counter fraud report.", size=10)
    doc.gap(6)
    doc.text("Action: Share the fraud risk assessment with members.", size=10)
    doc.gap(10)
    doc.text("Owner: Audit Manager", size=10, columns=[(260, "Due: 28/02/2023")])
    doc.gap(8)
    doc.text("4. Treasury update", bold=True, size=10)
    doc.text("ACTION", x=80, size=10, columns=[(200, "Report the counterparty limits in use.")])
    doc.gap(10)
    doc.text("Owner: Treasurer", x=80, size=10, columns=[(260, "Due: 14 March 2023")])
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor(), meeting_date="2023-02-07")
    return of(records, ActionSighting)


def test_owner_and_due_on_a_line_below_the_action_belong_to_it(fields_below):
    found = {(a.description, a.owner_text, a.target_date) for a in fields_below}
    assert found == {
        ("Share the fraud risk assessment with members.", "Audit Manager", "2023-02-28"),
        ("Report the counterparty limits in use.", "Treasurer", "2023-03-14"),
    }


# --- minute numbers set apart from their headings, the text below them back at the margin ---------------


@pytest.fixture(scope="module")
def text_at_the_margin(tmp_path_factory):
    path = tmp_path_factory.mktemp("round5") / "margin.pdf"
    page = canvas.Canvas(str(path), pagesize=letter)
    y = 730.0

    def line(text: str, font: str = "Helvetica", size: float = 10, columns: tuple = ()) -> None:
        nonlocal y
        page.setFont(font, size)
        page.drawString(60, y, text)
        for x, more in columns:
            page.drawString(x, y, more)
        y -= size * 1.4

    line("ELMSTEAD POLICE AND CRIME PANEL", "Helvetica-Bold", 13)
    line("Minutes of the meeting held on Monday 12 December 2022 at 2.00 pm in Committee Room 4, Elmstead")
    y -= 8
    line("Present: Councillor Anwen Price (Chair), Councillor Basil Ortiz and Mr Jonah Feld.")
    y -= 8
    line("22/61", "Helvetica-Bold", columns=[(110, "PRECEPT PROPOSAL")])
    line("Members questioned the Commissioner about the use of reserves.")
    line("It was RESOLVED: That the proposed precept for 2023/24 be supported without")
    line("amendment and the Commissioner be so informed.")
    y -= 8
    line("22/62", "Helvetica-Bold", columns=[(110, "COMPLAINTS")])
    line("The Panel noted the summary of complaints received against the Commissioner")
    line("during the second half of the year.")
    page.showPage()
    page.save()
    records, _ = read_part(path, "minutes", MinutesExtractor(), meeting_date="2022-12-12")
    return of(records, Decision)


def test_a_decision_wrapped_back_to_the_margin_keeps_its_last_line(text_at_the_margin):
    found = {d.item_number: d.text for d in text_at_the_margin}
    assert found["22/61"].endswith("without amendment and the Commissioner be so informed.")
    assert found["22/62"].endswith("against the Commissioner during the second half of the year.")


# --- abbreviated and remote attendance values ------------------------------------------------------------


@pytest.fixture(scope="module")
def remote_values(tmp_path_factory):
    doc = PaperBuilder(tmp_path_factory.mktemp("round5") / "remote.pdf")
    doc.text("Cresswold Fire Authority Audit Committee", size=14, bold=True)
    doc.text("Minutes of the meeting held on Wednesday 19 April 2023 at 10:00, Cresswold Fire HQ", size=10)
    doc.gap(6)
    doc.table(
        [
            ["Name", "Role", "Attendance"],
            ["Nell Varga", "Chair", "Present"],
            ["Rufus Kade", "Member", "Present (virtual)"],
            ["Ottilie Banks", "Member", "Apols"],
            ["Hamza Reid", "Member", "Attended remotely"],
        ],
        [150, 150, 110],
        size=9,
    )
    doc.text("1. Minutes", bold=True)
    doc.text("1.1 The minutes were agreed.")
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor(), meeting_date="2023-04-19")
    return records


def test_abbreviated_and_remote_attendance_values(remote_values):
    kinds = {a.name: a.attendance for a in of(remote_values, Attendee)}
    assert kinds == {
        "Nell Varga": "member",
        "Rufus Kade": "member",
        "Ottilie Banks": "apologies",
        "Hamza Reid": "member",
    }
