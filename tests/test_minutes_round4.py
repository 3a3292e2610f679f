"""Minutes, agendas and packs in further layouts (invented bodies and people, other fonts):

- two text columns under a heading set across the full width (title, a dotted date line, the
  attendance): the columns read one after the other, the heading above them; numbered headings in
  capitals ('3 FLEET') at the margin of either column; an office's title over a smaller line naming
  its meeting; a 'Final copy: approved …' status line; 'Action (Treasurer): …' with its owner in
  brackets after the label;
- a pack: an agenda whose title wraps onto a second line and whose heading line gives date, time
  and venue after a dash; minutes under a bare 'Item 4' label, their 'held on' date wrapped across
  two lines; a titled action log after them whose 'Minute' column is the minutes' reference (a
  paper of its own, not a minutes grid);
- a summons sentence without its full stop, run on into an 'Enquiries:' line.
"""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors.agenda import AgendaExtractor
from extractors.minutes import MinutesExtractor, owner_before_to
from pipeline.reader import read_document
from pipeline.records import ActionSighting, AgendaItem, Attendee, Decision, MeetingMention
from pipeline.segment import segment
from tests.minutes_fixtures import read_file, read_part
from tests.synthetic import PaperBuilder


def of(records, kind):
    return [r for r in records if isinstance(r, kind)]


# --- two text columns under a full-width heading ---------------------------------------------

LEFT = [
    ("1 INTRODUCTIONS", True),
    ("The Commissioner welcomed the new Treasurer to", False),
    ("her first meeting of the year.", False),
    ("", False),
    ("2 PREVIOUS NOTES", True),
    ("Members went through the notes page by page.", False),
    ("Decision: The Commissioner agreed the notes", False),
    ("of 10 January 2023 as accurate.", False),
    ("", False),
    ("3 FLEET REPLACEMENT", True),
    ("The Chief Fire Officer set out the case for six", False),
    ("new appliances over the coming two years.", False),
    ("Decision: The Commissioner approved the fleet", False),
    ("replacement plan for 2023/24.", False),
    ("Action (Treasurer): Circulate the fleet costings", False),
    ("to members. Due: 31 May 2023", False),
]
RIGHT = [
    ("4 ESTATES DISPOSALS", True),
    ("Two surplus stations were offered for sale and the", False),
    ("valuations were discussed in some detail.", False),
    ("Decision: The Commissioner agreed to hold the sale", False),
    ("of the northern station until the summer.", False),
    ("", False),
    ("5 VOLUNTEER SCHEME", True),
    ("The scheme coordinator described recruitment", False),
    ("among retired staff and local students.", False),
    ("Decision: The Commissioner endorsed the scheme", False),
    ("handbook for publication.", False),
]


@pytest.fixture(scope="module")
def two_columns(tmp_path_factory):
    path = tmp_path_factory.mktemp("round4") / "two-columns.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    y = 800.0

    def line(text: str, x: float, size: float, font: str = "Times-Roman") -> None:
        page.setFont(font, size)
        page.drawString(x, y, text)

    for text, size, font in [
        ("Orrindale Police, Fire and Crime Commissioner", 14, "Times-Bold"),
        ("Performance Meeting: Minutes", 11.5, "Times-Roman"),
        ("Tuesday 14 March 2023 · 10am · Room 12, Orrindale Fire Station, Mill Lane, Orrindale", 9.5, "Times-Roman"),
        ("Final copy: approved at the meeting on 11 April 2023", 8.5, "Times-Italic"),
        (
            "Present: Dr Imelda Roscoe (Commissioner); Cormac Yates (Chief Fire Officer); Lena Osei (Chief",
            9,
            "Times-Roman",
        ),
        ("Executive)", 9, "Times-Roman"),
        (
            "In attendance: Brigid Fane (Treasurer, Orrindale Fire Service); Owain Pryce (Minute Taker)",
            9,
            "Times-Roman",
        ),
        ("Apologies: Stellan Ruiz (Assistant Chief Constable)", 9, "Times-Roman"),
    ]:
        line(text, 56, size, font)
        y -= size * 1.45
    y -= 16
    top = y
    for column, x in ((LEFT, 56), (RIGHT, 306)):
        y = top
        for text, bold in column:
            if text:
                line(text, x, 9.5, "Times-Bold" if bold else "Times-Roman")
            y -= 12.5
    page.setFont("Times-Roman", 8)
    page.drawRightString(540, 30, "Page 1")
    page.save()
    records, _ = read_part(path, "minutes", MinutesExtractor())
    return records


def test_two_columns_keep_their_heading_above_them(two_columns):
    meeting = next(m for m in of(two_columns, MeetingMention) if m.origin == "minutes")
    assert (meeting.body, meeting.meeting_date, meeting.start_time) == (
        "Orrindale Police, Fire and Crime Commissioner Performance Meeting",
        "2023-03-14",
        "10:00",
    )
    assert meeting.location == "Room 12, Orrindale Fire Station, Mill Lane, Orrindale"
    assert meeting.minutes_status == "approved"
    people = {(a.name, a.attendance, a.role_text) for a in of(two_columns, Attendee)}
    assert ("Stellan Ruiz", "apologies", "Assistant Chief Constable") in people
    assert ("Brigid Fane", "in_attendance", "Treasurer, Orrindale Fire Service") in people
    assert len(people) == 6


def test_two_columns_key_decisions_by_their_capitalised_headings(two_columns):
    decisions = [(d.item_number, d.decision_type, d.text) for d in of(two_columns, Decision)]
    assert decisions == [
        ("2", "agreed", "The Commissioner agreed the notes of 10 January 2023 as accurate."),
        ("3", "approved", "The Commissioner approved the fleet replacement plan for 2023/24."),
        ("4", "agreed", "The Commissioner agreed to hold the sale of the northern station until the summer."),
        ("5", "endorsed", "The Commissioner endorsed the scheme handbook for publication."),
    ]


def test_action_owner_in_brackets_after_its_label(two_columns):
    (action,) = of(two_columns, ActionSighting)
    assert action.description == "Circulate the fleet costings to members."
    assert action.owner_text == "Treasurer"
    assert (action.agenda_item_number, action.target_date) == ("3", "2023-05-31")


# --- a pack: wrapped agenda title, an 'Item n' label over minutes, a titled action log --------------


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    doc = PaperBuilder(tmp_path_factory.mktemp("round4") / "pack.pdf")
    doc.text("Fellside Police and Crime", size=17, bold=True)
    doc.text("Panel", size=17, bold=True)
    doc.gap(4)
    doc.text("Monday 6 February 2023 at 2.00 pm – Council Chamber, Civic Centre, Fellside", size=10)
    doc.gap(10)
    doc.text("Agenda", size=13, bold=True)
    doc.table(
        [
            ["Item", "Business", "Lead"],
            ["1", "Apologies for absence", "Chair"],
            ["2", "Declarations of interest", "Chair"],
            ["3", "Public questions", "Chair"],
            ["4", "Notes of the meeting held on 5 December 2022", "Chair"],
            ["5", "Actions log", "Panel Officer"],
            ["6", "Commissioner's budget proposal", "Treasurer"],
        ],
        [50, 280, 130],
        size=10,
    )
    doc.new_page()
    doc.text("Item 4", size=13, bold=True)
    doc.gap(4)
    doc.text("Notes of the meeting of the Fellside Police and Crime Panel held on 5 December", size=10)
    doc.text("2022 at 2.00 pm at Fellside Civic Centre, Market Row", size=10)
    doc.gap(8)
    doc.text("Present: Cllr Petra Lowe (Chair), Cllr Amir Dutta, Ms Hester Crane (co-opted member)", size=10)
    doc.gap(6)
    doc.text("Apologies: Cllr Rowan Beck", size=10)
    doc.gap(10)
    doc.text("FPCP 31/22 Budget consultation", size=10, bold=True)
    doc.gap(4)
    doc.text("RESOLVED: that the consultation plan be supported.", size=10)
    doc.gap(10)
    doc.text("FPCP 32/22 Complaints review", size=10, bold=True)
    doc.gap(4)
    doc.text("The Panel noted the annual complaints review.", size=10)
    doc.new_page()
    doc.text("Item 5 – Actions log", size=13, bold=True)
    doc.gap(6)
    doc.table(
        [
            ["Minute", "Raised", "Action", "Owner", "Due", "Status"],
            [
                "FPCP 31/22",
                "05/12/2022",
                "Publish the consultation plan online.",
                "Panel Officer",
                "31/01/2023",
                "Open",
            ],
            ["FPCP 32/22", "05/12/2022", "Share the complaints data by ward.", "Treasurer", "28/02/2023", "Closed"],
        ],
        [70, 65, 150, 80, 65, 50],
        size=9,
    )
    return doc.save()


def test_pack_papers_part_at_the_titled_action_log(pack):
    _, parts = segment(read_document(pack, "synthetic", []))
    assert [(p.part_kind, p.page_start, p.page_end) for p in parts] == [
        ("agenda", 1, 1),
        ("minutes", 2, 2),
        ("action_log", 3, 3),
    ]


def test_agenda_title_wrapped_onto_two_lines(pack):
    records, _ = read_file(pack, AgendaExtractor())
    meeting = next(m for m in of(records, MeetingMention) if m.origin == "agenda")
    assert (meeting.body, meeting.meeting_date, meeting.start_time, meeting.location) == (
        "Fellside Police and Crime Panel",
        "2023-02-06",
        "14:00",
        "Council Chamber, Civic Centre, Fellside",
    )


def test_minutes_under_an_item_label_with_a_wrapped_date(pack):
    records, problems = read_file(pack, MinutesExtractor())
    meeting = next(m for m in of(records, MeetingMention) if m.origin == "minutes")
    assert (meeting.body, meeting.meeting_date, meeting.start_time, meeting.minutes_status) == (
        "Fellside Police and Crime Panel",
        "2022-12-05",
        "14:00",
        "draft",
    )
    assert {(a.name, a.attendance) for a in of(records, Attendee)} == {
        ("Petra Lowe", "member"),
        ("Amir Dutta", "member"),
        ("Hester Crane", "member"),
        ("Rowan Beck", "apologies"),
    }
    assert [(d.item_number, d.decision_type) for d in of(records, Decision)] == [
        ("FPCP 31/22", "resolved"),
        ("FPCP 32/22", "noted"),
    ]
    assert not problems


def test_item_label_numbers_a_minute_below_the_heading(tmp_path):
    """An 'Item 2' line below the heading's date is a minute's number, as before."""
    doc = PaperBuilder(tmp_path / "items.pdf")
    doc.text("Minutes of the Deneholm Audit Committee held on 4 April 2022", size=12, bold=True)
    doc.gap(8)
    doc.text("Item 1", size=10, bold=True)
    doc.text("The Committee noted the internal audit plan.", size=10)
    doc.gap(8)
    doc.text("Item 2", size=10, bold=True)
    doc.text("The Committee approved the counter fraud policy.", size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    assert [d.item_number for d in of(records, Decision)] == ["1", "2"]


# --- a summons that runs on into the next line's label -----------------------------------------


def test_summons_venue_ends_at_the_next_label(tmp_path):
    doc = PaperBuilder(tmp_path / "summons.pdf")
    doc.text("HARWICK AND DENE POLICE AND CRIME PANEL", size=13, bold=True)
    doc.text("A meeting of the Harwick and Dene Police and Crime Panel will be held on Friday, 3rd March", size=10)
    doc.text("2023 at 11.00 am at Kingsgate House, Dene Street, Harwick", size=10)
    doc.text("Enquiries: Committee Services, 01632 000 111", size=10)
    doc.gap(10)
    doc.text("ORDER OF BUSINESS", size=11, bold=True)
    for number, title in [("1.", "Apologies"), ("2.", "Minutes of the last meeting"), ("3.", "Annual report")]:
        doc.text(title, x=110, size=10, columns=[(80, number)])
        doc.gap(4)
    records, _ = read_part(doc.save(), "agenda", AgendaExtractor())
    meeting = next(m for m in of(records, MeetingMention) if m.origin == "agenda")
    assert (meeting.meeting_date, meeting.start_time) == ("2023-03-03", "11:00")
    assert meeting.location == "Kingsgate House, Dene Street, Harwick"


# --- an action grid broken by a page ---------------------------------------------------------


def test_action_grid_goes_on_over_the_page(tmp_path):
    """The grid's header stands only on its first page; the row the break cut ends at the top of
    the next page with text alone; the 'Action No' column numbers each action."""
    doc = PaperBuilder(tmp_path / "broken-grid.pdf")
    doc.text("Minutes of the Tollbridge Audit and Standards Committee held on 9 May 2023", size=12, bold=True)
    doc.gap(6)
    doc.text("Present: Ivo Marchetti (Chair), Saskia Brandt, Tomasz Wren", size=10)
    doc.gap(10)
    for number in range(1, 9):
        doc.text(f"{number}. Item {number} of the Committee's business", size=10, bold=True)
        doc.text("The Committee discussed the report and its appendices at some length.", size=10)
        doc.gap(20)
    doc.text("Actions arising", size=11, bold=True)
    widths = [70, 190, 100, 75, 55]
    doc.table(
        [
            ["Action No", "Action required", "Responsibility", "Target date", "Agenda item"],
            ["TASC 7", "Refresh the gifts and hospitality register.", "Monitoring Officer", "30/06/2023", "3"],
            ["TASC 8", "Write to the external auditor about the", "Treasurer", "31/07/2023", "6"],
        ],
        widths,
        size=9,
    )
    doc.new_page()
    doc.table(
        [
            ["", "delayed opinion on the 2021/22 accounts.", "", "", ""],
            ["TASC 9", "Schedule a fraud awareness session.", "Monitoring Officer", "TBC", "7"],
        ],
        widths,
        size=9,
        header_rows=0,
    )
    doc.text("Chair's signature ........................", size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    actions = [
        (a.action_number, a.description, a.owner_text, a.target_date, a.agenda_item_number)
        for a in of(records, ActionSighting)
    ]
    assert actions == [
        ("TASC 7", "Refresh the gifts and hospitality register.", "Monitoring Officer", "2023-06-30", "3"),
        (
            "TASC 8",
            "Write to the external auditor about the delayed opinion on the 2021/22 accounts.",
            "Treasurer",
            "2023-07-31",
            "6",
        ),
        ("TASC 9", "Schedule a fraud awareness session.", "Monitoring Officer", None, "7"),
    ]


# --- a decision label over a bulleted list: one decision per bullet -----------------------------


@pytest.fixture(scope="module")
def listed(tmp_path_factory):
    doc = PaperBuilder(tmp_path_factory.mktemp("round4") / "listed.pdf")
    doc.text("Notes of the Wexcombe Policing Board meeting held on 2 June 2022", size=12, bold=True)
    doc.text("Present: Ada Kerr (AK), Commissioner; Bram Holt (BH), Chief Constable", size=10)
    doc.gap(10)
    doc.text("1. Estates review", size=10, bold=True)
    doc.text("BH presented the estates review.", size=10)
    doc.text("Agreed:", size=10)
    doc.text("• to approve the disposal of the old depot;", x=75, size=10)
    doc.text("• the review's findings would be shared with partners; and", x=75, size=10)
    doc.text("• the Commissioner noted the revised running costs.", x=75, size=10)
    doc.gap(10)
    doc.text("2. Custody", size=10, bold=True)
    doc.text("Agreed: the custody improvement plan be endorsed.", size=10)
    doc.gap(10)
    doc.text("3. Fleet", size=10, bold=True)
    doc.text("AGREED", size=10, bold=True)
    doc.text("- To commission an independent review of fleet costs.", x=75, size=10)
    doc.text("- To note the telematics pilot results.", x=75, size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    return records


def test_each_bullet_under_a_decision_label_is_a_decision(listed):
    decisions = [(d.item_number, d.decision_type, d.text) for d in of(listed, Decision)]
    assert decisions == [
        ("1", "approved", "to approve the disposal of the old depot;"),
        ("1", "agreed", "the review's findings would be shared with partners; and"),
        ("1", "noted", "the Commissioner noted the revised running costs."),
        ("2", "agreed", "Agreed: the custody improvement plan be endorsed."),
        ("3", "agreed", "To commission an independent review of fleet costs."),
        ("3", "agreed", "To note the telematics pilot results."),
    ]


# --- officers run in as 'Post – Name', a post with its field ----------------------------------


def test_posts_with_their_field_before_a_dash(tmp_path):
    doc = PaperBuilder(tmp_path / "posts.pdf")
    doc.text("Minutes of the Kirkholme Police and Crime Panel held on 12 October 2022", size=12, bold=True)
    doc.gap(6)
    doc.text("Present: Cllr Hugo Ferrand (Chair), Cllr Anya Petrov", size=10)
    doc.text(
        "Officers: Monitoring Officer – Dalia Brook; Director of Commissioning – Rhodri Vane; Secretary to", size=10
    )
    doc.text("the Panel – Felix Amadi", size=10)
    doc.gap(10)
    doc.text("1. Budget", size=10, bold=True)
    doc.text("The Panel noted the budget update.", size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    officers = {(a.name, a.role_text) for a in of(records, Attendee) if a.attendance == "in_attendance"}
    assert officers == {
        ("Dalia Brook", "Monitoring Officer"),
        ("Rhodri Vane", "Director of Commissioning"),
        ("Felix Amadi", "Secretary to the Panel"),
    }


# --- an agenda numbered through the municipal year ('12/23') -----------------------------------


def test_agenda_items_numbered_through_the_year(tmp_path):
    doc = PaperBuilder(tmp_path / "year-numbers.pdf")
    doc.text("Agenda", size=14, bold=True)
    doc.text("Wyndmoor Police and Crime Panel - Tuesday, 14 March 2023 2.00 pm", size=12, bold=True)
    doc.text("Venue: Council Chamber, Guild Hall, Wyndmoor", size=10)
    doc.gap(10)
    doc.text("No.   Item", size=10, bold=True)
    for number, title in [("12/23", "APOLOGIES FOR ABSENCE"), ("13/23", "MINUTES"), ("14/23", "COMPLAINTS UPDATE")]:
        doc.text(number, size=10, columns=[(110, title)])
        doc.text("To receive the report of the Panel's officer.", x=110, size=10)
        doc.gap(6)
    records, _ = read_part(doc.save(), "agenda", AgendaExtractor())
    items = [(i.item_number, i.title) for i in records if isinstance(i, AgendaItem)]
    assert items == [("12/23", "APOLOGIES FOR ABSENCE"), ("13/23", "MINUTES"), ("14/23", "COMPLAINTS UPDATE")]


# --- minutes printed by a committee system: 'Minutes:' over each item's text --------------------


def test_a_minutes_label_over_the_text_and_a_resolution_after_a_clause(tmp_path):
    doc = PaperBuilder(tmp_path / "printed.pdf")
    doc.text("Minutes of the Oxley Vale Police and Crime Panel held on Thursday 9 March 2023 at 10.00 am", size=11)
    doc.text("Present: Cllr Ann Ledger (Chair), Cllr Bilal Hart, Cllr Nora Quist", size=10)
    doc.gap(10)
    doc.text("31.", size=10, bold=True, columns=[(90, "Election of Chair")])
    doc.text("Minutes:", x=90, size=10)
    doc.text("RESOLVED: That Councillor Ann Ledger be elected as Chair of the Panel.", x=90, size=10)
    doc.gap(8)
    doc.text("32.", size=10, bold=True, columns=[(90, "Precept proposal")])
    doc.text("Minutes:", x=90, size=10)
    doc.text("The Panel considered the proposed precept. Following a vote, it was", x=90, size=10)
    doc.text("RESOLVED that the proposed precept be endorsed without amendment.", x=90, size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    assert [(d.item_number, d.decision_type, d.text) for d in of(records, Decision)] == [
        ("31", "resolved", "RESOLVED: That Councillor Ann Ledger be elected as Chair of the Panel."),
        (
            "32",
            "resolved",
            "Following a vote, it was RESOLVED that the proposed precept be endorsed without amendment.",
        ),
    ]


@pytest.mark.parametrize(
    "text, owner",
    [
        ("Secretary to the Panel to arrange a members' briefing on the precept.", "Secretary to the Panel"),
        ("Treasurer to the Fire Authority to publish the draft accounts.", "Treasurer to the Fire Authority"),
        ("Head of Estates to report to the Board in May.", "Head of Estates"),
    ],
)
def test_a_post_titled_to_its_body_is_one_owner(text, owner):
    """'to' before a capital belongs to the post's title ('Clerk to the Authority'); before a
    verb, to the action."""
    assert owner_before_to(text) == owner
