"""Minutes in the forms of round 8 (invented bodies and people, other fonts and wording):

- minutes as a ruled two-column grid (No. · Minute) whose minute cell opens with the item's title
  on a line of its own, carries 'ACTION:' lines, and goes on after an action with the board's
  decision; a status box beside the title ('NOTES – APPROVED' over 'by the Board on …'), whose
  date is the record's, not the meeting's.
"""

from __future__ import annotations

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from extractors.agenda import AgendaExtractor
from extractors.minutes import MinutesExtractor
from pipeline.reader import read_document
from pipeline.records import ActionSighting, AgendaItem, Attendee, Decision, MeetingMention
from tests.minutes_fixtures import read_part
from tests.synthetic import PaperBuilder


def of(records, kind):
    return [r for r in records if isinstance(r, kind)]


# --- a two-column grid of minutes under a title with a status box ------------------------------

STYLE = ParagraphStyle("cell", fontName="Times-Roman", fontSize=9.5, leading=12)
BOLD = ParagraphStyle("title", fontName="Times-Bold", fontSize=9.5, leading=12)
HEAD = ParagraphStyle("head", fontName="Times-Bold", fontSize=14, leading=17)
PLAIN = ParagraphStyle("plain", fontName="Times-Roman", fontSize=10, leading=13)


def minute_cell(title: str, lines: list[str]) -> list[Paragraph]:
    return [Paragraph(title, BOLD), *(Paragraph(line, STYLE) for line in lines)]


@pytest.fixture(scope="module")
def grid_minutes(tmp_path_factory):
    path = tmp_path_factory.mktemp("round8") / "grid-minutes.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=letter, leftMargin=50, rightMargin=50, topMargin=50)
    status = Table(
        [
            [
                Paragraph("ALDERCOMBE SCRUTINY BOARD", HEAD),
                Paragraph("<b>NOTES – APPROVED</b><br/>by the Board on 9 May 2023", PLAIN),
            ]
        ],
        colWidths=[330, 180],
        style=TableStyle([("BOX", (1, 0), (1, 0), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]),
    )
    body = [
        ["No.", "Minute"],
        [
            "1",
            minute_cell(
                "Treasury strategy 2023/24",
                [
                    "The Treasurer set out the borrowing limits for the year.",
                    "The Board approved the treasury strategy for 2023/24.",
                ],
            ),
        ],
        [
            "2",
            minute_cell(
                "Estates update",
                [
                    "Members asked about the cost of the depot roof repairs.",
                    "ACTION: WB to circulate the surveyor's costed options to members.",
                    "The Board noted the estates update.",
                ],
            ),
        ],
        [
            "3",
            minute_cell(
                "Custody inspection",
                [
                    "ACTION: LT to report on the custody training plan at the next meeting.",
                    "The Board agreed to hold a workshop on custody standards.",
                ],
            ),
        ],
    ]
    grid = Table(
        body,
        colWidths=[45, 465],
        style=TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("FONT", (0, 0), (-1, 0), "Times-Bold", 9.5),
                ("FONT", (0, 1), (0, -1), "Times-Roman", 9.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        ),
    )
    story = [
        status,
        Spacer(1, 8),
        Paragraph("Tuesday 11 April 2023, 10.00am, The Guildhall, Aldercombe", PLAIN),
        Spacer(1, 6),
        Paragraph("Present: Ruth Okafor (RO), Independent Chair; Simon Blay (SB), Member.", PLAIN),
        Paragraph(
            "In attendance: Winifred Barraclough (WB), Estates Director; Lionel Tasker (LT), Head of Custody.", PLAIN
        ),
        Spacer(1, 10),
        grid,
    ]
    doc.build(story)
    records, _ = read_part(path, "minutes", MinutesExtractor())
    return records


def test_status_box_beside_the_title_neither_dates_the_meeting_nor_leaves_it_draft(grid_minutes):
    (mention,) = of(grid_minutes, MeetingMention)
    assert (mention.meeting_date, mention.minutes_status) == ("2023-04-11", "approved")


def test_a_title_line_in_the_cell_does_not_hide_the_decision_below_it(grid_minutes):
    decisions = {(d.item_number, d.decision_type, d.text) for d in of(grid_minutes, Decision)}
    assert decisions == {
        ("1", "approved", "The Board approved the treasury strategy for 2023/24."),
        ("2", "noted", "The Board noted the estates update."),
        ("3", "agreed", "The Board agreed to hold a workshop on custody standards."),
    }


def test_an_action_in_the_cell_ends_where_the_board_decides(grid_minutes):
    actions = {a.description: (a.agenda_item_number, a.owner_names) for a in of(grid_minutes, ActionSighting)}
    assert actions == {
        "WB to circulate the surveyor's costed options to members.": ("2", ("Winifred Barraclough",)),
        "LT to report on the custody training plan at the next meeting.": ("3", ("Lionel Tasker",)),
    }


# --- an action margin at the right, headed alone, with owner and date beside a paragraph --------


@pytest.fixture(scope="module")
def action_margin(tmp_path_factory):
    path = tmp_path_factory.mktemp("round8") / "action-margin.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    y = 790.0

    def row(cells: list[tuple[float, str]], font: str = "Helvetica", size: float = 9.5, step: float = 13) -> None:
        nonlocal y
        for x, text in cells:
            page.setFont(font, size)
            page.drawString(x, y, text)
        y -= step

    row([(60, "WOLDSTEAD POLICE AND CRIME PANEL")], "Helvetica-Bold", 12, 16)
    row([(60, "MINUTES of the meeting of the Woldstead Police and Crime Panel held at Market Hall, Fenby")])
    row([(60, "on Monday 4 September 2023 at 10.30 am")], step=20)
    row([(60, "PRESENT: Cllr Petra Vance (Chair), Cllr Omar Leland, Cllr June Aske")], step=24)
    row([(480, "ACTION")], "Helvetica-Bold", 9.5, 18)
    row([(60, "31."), (100, "ESTATES STRATEGY")], "Helvetica-Bold", step=16)
    row([(60, "31.1"), (100, "The Director set out the plan to close two front counters.")], step=16)
    row(
        [
            (60, "31.2"),
            (100, "The Director of Estates undertook to send members the costs of each"),
            (480, "Director of"),
        ]
    )
    row([(100, "front counter and the footfall at each site."), (480, "Corporate")], step=11)
    row([(480, "Services")], size=8.5, step=11)
    row([(480, "15.09.23")], size=8.5, step=16)
    row([(60, "31.3"), (100, "The Panel noted the estates strategy.")], step=16)
    row([(60, "32."), (100, "BUDGET MONITORING")], "Helvetica-Bold", step=16)
    row([(60, "32.1"), (100, "The Treasurer would circulate the reserves forecast to members."), (480, "Treasurer")])
    row([(480, "TBA")], size=8.5, step=16)
    row([(60, "32.2"), (100, "The Panel agreed to review the reserves policy in January.")])
    page.save()
    records, _ = read_part(path, "minutes", MinutesExtractor())
    return records


def test_a_paragraph_beside_an_owner_in_the_action_margin_is_an_action(action_margin):
    actions = {
        a.description: (a.agenda_item_number, a.owner_text, a.target_date) for a in of(action_margin, ActionSighting)
    }
    assert actions == {
        "The Director of Estates undertook to send members the costs of each front counter and the footfall at "
        "each site.": ("31", "Director of Corporate Services", "2023-09-15"),
        "The Treasurer would circulate the reserves forecast to members.": ("32", "Treasurer", None),
    }


def test_the_action_margin_leaves_the_decisions_whole(action_margin):
    decisions = {(d.item_number, d.text) for d in of(action_margin, Decision)}
    assert decisions == {
        ("31.3", "The Panel noted the estates strategy."),
        ("32.2", "The Panel agreed to review the reserves policy in January."),
    }


# --- headings and labels printed again in a second language; accented names -----------------


@pytest.fixture(scope="module")
def bilingual(tmp_path_factory):
    doc = PaperBuilder(tmp_path_factory.mktemp("round8") / "bilingual.pdf")
    doc.text("TIRNAGH POLICE AND CRIME PANEL", size=13, bold=True)
    doc.text("Minutes of the meeting held at the Town Hall, Carrow on Tuesday, 6 February 2024 at 2.00 pm", size=10)
    doc.gap(6)
    doc.text("Members present:", size=10, bold=True)
    doc.text("Baill i láthair:", size=10)
    doc.text("Councillor Ciarán Doyle (Chair)", x=50, size=10, columns=[(300, "Carrow City Council")])
    doc.text("Councillor Maeve Tobin", x=50, size=10, columns=[(300, "Lisdrum District Council")])
    doc.text("Róisín Kelly (Independent Member)", x=50, size=10, columns=[(300, "Co-opted")])
    doc.gap(6)
    doc.text("Also in attendance:", size=10, bold=True)
    doc.text("Freastal freisin:", size=10)
    doc.text("Aoife Brennan", x=50, size=10, columns=[(300, "Police and Crime Commissioner")])
    doc.text("Declan Furlong", x=50, size=10, columns=[(300, "Chief Finance Officer")])
    doc.gap(6)
    doc.text("Apologies:", size=10, bold=True)
    doc.text("Leithscéalta:", size=10)
    doc.text("Councillor Padraig Walsh.", size=10)
    doc.gap(8)
    doc.text("1.", size=10, bold=True, columns=[(95, "BUDGET MONITORING 2023/24")])
    doc.text("MONATÓIREACHT BUISÉID 2023/24", x=95, size=10)
    doc.text("RESOLVED that the budget monitoring report for the third quarter be noted.", x=100, size=10)
    doc.gap(6)
    doc.text("2.", size=10, bold=True, columns=[(95, "COMPLAINTS")])
    doc.text("GEARÁIN", x=95, size=10)
    doc.text("The Panel agreed to publish its complaints protocol on its website.", x=100, size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    return records


def test_labels_printed_again_below_do_not_end_the_lists(bilingual):
    people = {(a.name, a.attendance) for a in of(bilingual, Attendee)}
    assert people == {
        ("Ciarán Doyle", "member"),
        ("Maeve Tobin", "member"),
        ("Róisín Kelly", "member"),
        ("Aoife Brennan", "in_attendance"),
        ("Declan Furlong", "in_attendance"),
        ("Padraig Walsh", "apologies"),
    }


def test_a_heading_printed_again_below_is_no_part_of_the_decision(bilingual):
    decisions = {(d.item_number, d.decision_type, d.text) for d in of(bilingual, Decision)}
    assert decisions == {
        ("1", "resolved", "RESOLVED that the budget monitoring report for the third quarter be noted."),
        ("2", "agreed", "The Panel agreed to publish its complaints protocol on its website."),
    }


# --- a header table with a wrapped venue; an attendance column of codes a bracketed key explains ---


@pytest.fixture(scope="module")
def coded_attendance(tmp_path_factory):
    doc = PaperBuilder(tmp_path_factory.mktemp("round8") / "coded.pdf")
    doc.text("Harrowdene Office of the Police and Crime Commissioner", size=12, bold=True)
    doc.text("Commissioner's Scrutiny Board", size=12, bold=True)
    doc.text("Record of Meeting", size=11)
    doc.table(
        [
            ["Date:", "14/03/2022", "Time:", "10:00 – 12:00"],
            ["Venue:", "Meeting Room 4, Harrowdene Fire and Police Hub, Quarry Road, Eastwick", "Status:", "Draft"],
        ],
        [70, 150, 70, 150],
        size=9,
        header_rows=0,
    )
    doc.text("Attendance (Y = present; IA = in attendance; AP = apologies)", size=9)
    doc.table(
        [
            ["Name", "Role", "Initials", "Y / IA / AP"],
            ["Harriet Quayle", "Police and Crime Commissioner", "HQ", "Y"],
            ["Ross Deverill", "Chief Constable", "RD", "Y"],
            ["Mina Castellan", "Head of Strategy, OPCC", "MC", "IA"],
            ["Olek Brandon", "Deputy Chief Constable", "OB", "AP"],
        ],
        [140, 170, 60, 70],
        size=9,
    )
    doc.text("1. Welcome", size=10, bold=True)
    doc.text("The Commissioner welcomed those present.", x=75, size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    return records


def test_a_column_of_codes_reads_by_the_key_above_it(coded_attendance):
    people = {(a.name, a.attendance) for a in of(coded_attendance, Attendee)}
    assert people == {
        ("Harriet Quayle", "member"),
        ("Ross Deverill", "member"),
        ("Mina Castellan", "in_attendance"),
        ("Olek Brandon", "apologies"),
    }


def test_a_venue_wrapped_in_its_cell_is_read_whole(coded_attendance):
    (mention,) = of(coded_attendance, MeetingMention)
    assert (mention.meeting_date, mention.location) == (
        "2022-03-14",
        "Meeting Room 4, Harrowdene Fire and Police Hub, Quarry Road, Eastwick",
    )


# --- agendas: a report's label box is no item table; an unruled agenda with Time and two paper columns ---


def test_a_reports_box_of_labels_is_no_agenda_table(tmp_path):
    path = tmp_path / "report.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    box = Table(
        [
            [
                Paragraph("Report of:<br/>Meeting date:<br/>Agenda item:<br/>Purpose:", PLAIN),
                Paragraph("Director of Finance<br/>3 May 2021<br/>7<br/>Decision", PLAIN),
            ]
        ],
        colWidths=[120, 300],
        style=TableStyle(
            [("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("LINEAFTER", (0, 0), (0, -1), 0.6, colors.black)]
        ),
    )
    story = [Paragraph("Capital Programme Outturn 2020/21", HEAD), Spacer(1, 8), box, Spacer(1, 10)]
    for number, title in enumerate(["Recommendation", "Background", "Slippage", "Implications"], 1):
        story.append(Paragraph(f"<b>{number}. {title}</b>", PLAIN))
        story.append(Paragraph("The programme spent less than planned because two schemes moved.", PLAIN))
    doc.build(story)
    pages = read_document(path, "synthetic", [])
    assert not AgendaExtractor().recognise(pages).claimed


def test_an_unruled_agenda_reads_its_time_column_and_passes_a_second_paper_column(tmp_path):
    doc = PaperBuilder(tmp_path / "agenda.pdf")
    doc.text("AGENDA", size=14, bold=True)
    doc.text("Meeting: Fernholt Policing Oversight Board   Date: Thursday 9 June 2022   Time: 10.00am", size=9)
    doc.gap(6)
    header = [(90, "Time"), (140, "Subject"), (360, "Purpose"), (430, "Lead"), (520, "Paper")]
    doc.text("Item", x=50, size=9, bold=True, columns=header)
    rows = [
        ("1", "10:00", "Apologies and declarations", "–", "Chair", "–"),
        ("2", "10:10", "Victims' services contract", "Decision", "Head of Commissioning", "P1"),
        ("3", "10:40", "Neighbourhood policing review", "Assurance", "ACC", "P2"),
    ]
    for number, time, subject, purpose, lead, paper in rows:
        doc.text(number, x=50, size=9, columns=[(90, time), (140, subject), (360, purpose), (430, lead), (520, paper)])
    records, _ = read_part(doc.save(), "agenda", AgendaExtractor())
    items = {(a.item_number, a.title, a.time_text) for a in of(records, AgendaItem)}
    assert items == {
        ("1", "Apologies and declarations", "10:00"),
        ("2", "Victims' services contract", "10:10"),
        ("3", "Neighbourhood policing review", "10:40"),
    }


# --- others in attendance named at the end of the run-in list of those present ----------------


def test_others_named_as_also_attending_at_the_end_of_the_present_list(tmp_path):
    doc = PaperBuilder(tmp_path / "with-also.pdf")
    doc.text("RIVERMEAD COMMISSIONER'S DELIVERY BOARD", size=12, bold=True)
    doc.text("Minutes of the meeting held on Tuesday 7th March 2017 at 9.30am in Room 12, Rivermead", size=10)
    doc.text("Present: Owen Carrick (Police and Crime Commissioner) (Chair), Lena Voss (Chief Constable),", size=10)
    doc.text("Bill Amos (Treasurer), together with Freya Sands (Policy Officer, OPCC) and Jon Pike (Clerk)", size=10)
    doc.text("also in attendance.", size=10)
    doc.text("1. WELCOME", size=10, bold=True)
    doc.text("1.1 The Chair welcomed everyone to the meeting.", size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    people = {(a.name, a.attendance) for a in of(records, Attendee)}
    assert people == {
        ("Owen Carrick", "member"),
        ("Lena Voss", "member"),
        ("Bill Amos", "member"),
        ("Freya Sands", "in_attendance"),
        ("Jon Pike", "in_attendance"),
    }


# --- a summary grid whose row the page break cut, left unruled on both pages ------------------


def ruled_rows(page, top: float, rows: list[list[str]], xs: list[float], right: float, step: float = 26) -> float:
    """Rows of a grid drawn with rules, each cell's lines 11 pt apart; the y under the last rule."""
    y = top
    page.setLineWidth(0.5)
    page.line(xs[0], y, right, y)
    for row in rows:
        for x, text in zip(xs, row):
            for offset, piece in enumerate(text.split("\n")):
                page.drawString(x + 3, y - 10 - offset * 11, piece)
        page.line(xs[0], y - step, right, y - step)
        for x in [*xs, right]:
            page.line(x, y, x, y - step)
        y -= step
    return y


def test_a_grid_row_cut_by_the_page_break_without_rules_is_read(tmp_path):
    path = tmp_path / "cut-row.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Times-Bold", 12)
    page.drawString(60, 790, "FENWICK POLICE ACCOUNTABILITY BOARD")
    page.setFont("Times-Roman", 10)
    page.drawString(
        60, 774, "Minutes of the meeting held on Monday 3rd October 2016 at 2.00pm in Room 4, Fenwick House"
    )
    page.drawString(60, 756, "Present: Ada Lowe (Police and Crime Commissioner), Ivan Rudd (Chief Constable)")
    page.drawString(60, 736, "1. BUDGET")
    page.drawString(60, 722, "1.1 The Board noted the budget report.")
    page.setFont("Times-Bold", 10)
    page.drawString(60, 300, "Action summary")
    xs, right = [60, 100, 400, 470], 540
    page.setFont("Times-Roman", 9)
    y = ruled_rows(page, 290, [["Min.", "Action", "Lead", "Target date"]], xs, right, step=16)
    y = ruled_rows(page, y, [["1.1", "Send members the revised budget tables.", "CFO", "14/10/16"]], xs, right)
    y = ruled_rows(page, y, [["1.2", "Report the overtime figures by department.", "ACC", "31/10/16"]], xs, right)
    for offset, (x, text) in enumerate(
        [(103, "Commission a review of the fleet replacement"), (103, "programme, including the")]
    ):
        page.drawString(x, y - 10 - offset * 11, text)
    page.drawString(63, y - 10, "1.3")
    page.drawString(403, y - 10, "Director of Fleet")
    page.drawString(473, y - 10, "30/11/16")
    page.showPage()
    page.setFont("Times-Roman", 9)
    page.drawString(103, 790, "electric vehicle pilot.")
    ruled_rows(page, 780, [["1.4", "Publish the decision notice.", "Chief Executive", "TBC"]], xs, right)
    page.save()
    records, _ = read_part(path, "minutes", MinutesExtractor())
    actions = {(a.agenda_item_number, a.description) for a in of(records, ActionSighting)}
    assert actions == {
        ("1.1", "Send members the revised budget tables."),
        ("1.2", "Report the overtime figures by department."),
        ("1.3", "Commission a review of the fleet replacement programme, including the electric vehicle pilot."),
        ("1.4", "Publish the decision notice."),
    }


# --- a clause opened by a phrase of circumstance; auditors as a group of those attending ----------


def test_a_decision_after_a_phrase_of_circumstance_and_auditors_in_attendance(tmp_path):
    doc = PaperBuilder(tmp_path / "circumstance.pdf")
    doc.text("MARLHAVEN AUDIT AND ASSURANCE COMMITTEE", size=12, bold=True)
    doc.text("Minutes of the meeting held on Thursday 5 June 2025 at 2.00pm, Room 3, Marlhaven House", size=10)
    doc.text("Independent members: Rhona Pike (RP, Chair) and Tobias Lund (TL).", size=10)
    doc.text("External auditors: Ines Faro (IF, Audit Director).", size=10)
    doc.text("Apologies: Will Oduya (WO, Treasurer).", size=10)
    doc.text("25/31 ANNUAL GOVERNANCE STATEMENT", size=10, bold=True)
    doc.text("IF summarised the findings. Following a short discussion the Committee endorsed the draft", size=10)
    doc.text("statement. Two typing errors were pointed out, and with those changes the Committee approved", size=10)
    doc.text("the accounts. After the Committee approved the accounts, the Chair noted the late papers.", size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    people = {(a.name, a.attendance) for a in of(records, Attendee)}
    assert people == {
        ("Rhona Pike", "member"),
        ("Tobias Lund", "member"),
        ("Ines Faro", "in_attendance"),
        ("Will Oduya", "apologies"),
    }
    decisions = {(d.decision_type, d.text) for d in of(records, Decision)}
    assert decisions == {
        ("endorsed", "Following a short discussion the Committee endorsed the draft statement."),
        ("approved", "Two typing errors were pointed out, and with those changes the Committee approved the accounts."),
    }


def test_a_status_note_under_the_title_leaves_the_sentence_below_it_the_heading(tmp_path):
    doc = PaperBuilder(tmp_path / "note-under-title.pdf")
    doc.text("GLENMORE POLICE AND CRIME PANEL", size=12, bold=True)
    doc.text("APPROVED MINUTES (confirmed by the Panel on 4 March 2019)", size=10, bold=True)
    doc.text(
        "Minutes of a meeting of the Glenmore Police and Crime Panel held in Committee Room B, Shire Hall,", size=10
    )
    doc.text("Castle Street, Glenmore on Monday 14 January 2019 commencing at 10.30 am.", size=10)
    doc.text("Members present:", size=10)
    doc.text("Cllr Nora Beale (Chair)", size=10, columns=[(300, "Glenmore County Council")])
    doc.gap(6)
    doc.text("1.", size=10, bold=True, columns=[(95, "APOLOGIES")])
    doc.text("There were no apologies.", x=95, size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    (mention,) = of(records, MeetingMention)
    assert (mention.meeting_date, mention.start_time, mention.location, mention.minutes_status) == (
        "2019-01-14",
        "10:30",
        "Committee Room B, Shire Hall, Castle Street, Glenmore",
        "approved",
    )


def test_an_assigned_to_line_under_an_action_and_the_mayor_deciding(tmp_path):
    doc = PaperBuilder(tmp_path / "assigned.pdf")
    doc.text("West Calder Policing Board", size=14, bold=True)
    doc.text("Minutes of the meeting held on Thursday 10 October 2024 at 2.00pm, Room 5, City Hall", size=10)
    doc.text("Approved by the Board on 14 November 2024", size=10)
    doc.text("Members present", size=11, bold=True)
    doc.text("Nia Orford, Deputy Mayor for Policing", x=75, size=10)
    doc.gap(8)
    doc.text("Item 2 – Youth diversion contract", size=11, bold=True)
    doc.text("The Deputy Mayor approved the award of the youth diversion contract for three years.", size=10)
    doc.gap(8)
    doc.text("Action: publish the contract award notice with the decision record.", size=10)
    doc.gap(8)
    doc.text("Assigned to: Head of Commissioning", size=10, columns=[(300, "Due: 31 October 2024")])
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    (decision,) = of(records, Decision)
    assert (decision.item_number, decision.decision_type) == ("2", "approved")
    (action,) = of(records, ActionSighting)
    assert (action.description, action.owner_text, action.target_date) == (
        "publish the contract award notice with the decision record.",
        "Head of Commissioning",
        "2024-10-31",
    )


def test_initials_trim_a_post_word_read_into_the_name(tmp_path):
    doc = PaperBuilder(tmp_path / "post-before-name.pdf")
    doc.text("Kelsworth Fire Accountability Board", size=13, bold=True)
    doc.text("Date: 04.02.25", size=10)
    doc.text("Present: Chief Fire Officer Nadia Rooke (NR); Group Manager, Training and Assurance Piers", size=10)
    doc.text("Haddow (PH)", size=10)
    doc.text("1. Introductions", size=10, bold=True)
    doc.text("NR welcomed those present.", size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    people = {(a.name, a.alias) for a in of(records, Attendee)}
    assert people == {("Nadia Rooke", "NR"), ("Piers Haddow", "PH")}


def test_an_agenda_with_presenters_set_flush_right_and_paper_marks_in_brackets(tmp_path):
    path = tmp_path / "flush-right.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica-Bold", 14)
    page.drawString(60, 780, "AGENDA")
    page.setFont("Helvetica", 10)
    page.drawString(60, 760, "Meeting of the Brindle Vale Audit Committee to be held on Tuesday 8 April 2025 at 2.00pm")
    page.drawString(60, 746, "in Room 2, Brindle Vale Police Headquarters, Mill Lane, Brindle.")
    rows = [
        ("1.", "Welcome and apologies", "Chair"),
        ("2.", "Minutes of the last meeting (Paper 1)", "Chair"),
        ("3.", "Treasury outturn (Paper 2)", "Chief Finance Officer"),
        ("4.", "Counter-fraud annual report (Paper 3)", "Head of Assurance"),
        ("5.", "Any other business", "Chair"),
    ]
    y = 716
    for number, title, lead in rows:
        page.drawString(60, y, number)
        page.drawString(95, y, title)
        page.drawRightString(535, y, lead)
        y -= 24
    page.save()
    records, _ = read_part(path, "agenda", AgendaExtractor())
    items = {(a.item_number, a.title, a.presenter_text) for a in of(records, AgendaItem)}
    assert items == {
        ("1", "Welcome and apologies", "Chair"),
        ("2", "Minutes of the last meeting", "Chair"),
        ("3", "Treasury outturn", "Chief Finance Officer"),
        ("4", "Counter-fraud annual report", "Head of Assurance"),
        ("5", "Any other business", "Chair"),
    }


def test_an_action_in_a_grid_cell_with_its_owner_in_brackets_after_the_label(tmp_path):
    doc = PaperBuilder(tmp_path / "bracket-owner.pdf")
    doc.text("Ashcombe PFCC Delivery Meeting – record of decisions", size=12, bold=True)
    doc.text("Date: 06.03.24", size=10)
    doc.text("Present: Commissioner Ruth Tanner (RT); Chief Fire Officer Idris Moy (IM)", size=10)
    doc.gap(6)
    doc.table(
        [
            ["Item", "Discussion", "Decision and actions"],
            [
                "1",
                "IM presented the station cover review.",
                "Decision: The Commissioner approved the cover review. Action (IM): publish the review by 20/03/24.",
            ],
        ],
        [40, 220, 240],
        size=9,
    )
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    (action,) = of(records, ActionSighting)
    assert (action.description, action.owner_names, action.target_date) == (
        "publish the review by 20/03/24.",
        ("Idris Moy",),
        "2024-03-20",
    )


def test_a_post_whose_field_is_a_common_word_before_the_name(tmp_path):
    doc = PaperBuilder(tmp_path / "field-words.pdf")
    doc.text("Minutes of the Eastcliff Resources Board", size=12, bold=True)
    doc.text("held on Tuesday 3 October 2017 at 10.00am, Room 1, Eastcliff Police Headquarters", size=10)
    doc.text("Present: Deputy Chief Constable Mira Salt (Chair); Director of Resources Owen Blake; Head of", size=10)
    doc.text("Safeguarding Tessa Vickery; Head of Strategy Idris Penn.", size=10)
    doc.text("17/50 Welcome", size=10, bold=True)
    doc.text("The Chair welcomed members.", size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    people = {a.name for a in of(records, Attendee)}
    assert people == {"Mira Salt", "Owen Blake", "Tessa Vickery", "Idris Penn"}


def test_a_panel_in_capitals_under_its_authority_is_named_with_it(tmp_path):
    doc = PaperBuilder(tmp_path / "authority-panel.pdf")
    doc.text("WESTLING COMBINED AUTHORITY", size=15, bold=True)
    doc.text("POLICE, FIRE AND CRIME SCRUTINY PANEL", size=13, bold=True)
    doc.text("Minutes of the meeting held at Westling Town Hall on Monday 2 September 2024 at 10.00 am", size=10)
    doc.text("Present:", size=10, bold=True)
    doc.text("Cllr Hana Mirza (Chair)", size=10)
    doc.text("1. APOLOGIES", size=10, bold=True)
    doc.text("There were none.", x=80, size=10)
    records, _ = read_part(doc.save(), "minutes", MinutesExtractor())
    (mention,) = of(records, MeetingMention)
    assert mention.body == "Westling Combined Authority Police, Fire and Crime Scrutiny Panel"


def test_a_time_alone_in_the_time_column_is_no_item(tmp_path):
    doc = PaperBuilder(tmp_path / "time-close.pdf")
    doc.text("ORCHARD VALE POLICE AND CRIME PANEL - AGENDA", size=12, bold=True)
    doc.text("Meeting on Thursday 14 November 2019 at 2.00 pm, Council Chamber, Vale House", size=10)
    doc.gap(6)
    doc.text("Time", x=50, size=9, bold=True, columns=[(100, "Item"), (140, "Subject"), (400, "Lead")])
    doc.text("14.00", x=50, size=9, columns=[(100, "1."), (140, "Apologies"), (400, "Chair")])
    doc.text("14.10", x=50, size=9, columns=[(100, "2."), (140, "Precept proposal 2020/21"), (400, "Commissioner")])
    doc.text("15.00", x=50, size=9, columns=[(100, "3."), (140, "Complaints update"), (400, "Monitoring Officer")])
    doc.text("15.30", x=50, size=9, columns=[(140, "Close")])
    records, _ = read_part(doc.save(), "agenda", AgendaExtractor())
    items = {(a.item_number, a.title) for a in of(records, AgendaItem)}
    assert items == {("1", "Apologies"), ("2", "Precept proposal 2020/21"), ("3", "Complaints update")}
