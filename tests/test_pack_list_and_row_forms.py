"""Forms of packs, minutes, trackers and registers common in real papers (invented bodies and people,
other fonts), ingested once into one database:

- minutes whose run-in lists part entries with semicolons and open one with a plural honorific
  ('…; Councillors A (Vice-Chair), B and C'); a post joined by 'and' before a name ('Clerk and
  Treasurer A Person'), and a post in the possessive ('Chair’s Chief Finance Officer'); a 'By invitation:' label; an apologies minute listing its people under a
  numbered heading; minutes numbered on from the body's first meeting ('202.'); an action sentence
  wrapped onto a bold 'Due:' line; an earlier action's status ('Action 19/04 – complete.'), which is
  no new action;
- notes labelling decisions and actions in a margin column beside the text ('Action   Publish …');
- a tracker titled 'Actions and Resolutions Log' whose 'Due date' header spans 'Original' and
  'Revised' columns (the revised date wins);
- a pack opening with a cover sheet (the meeting's day, time and place, a list of contents) before its agenda, items
  followed by '(page 3)' or '(to follow)', papers told apart by the 'Item n' in their running
  header or at the top right of their first page only, and papers naming their board without its authority;
- a committee's minutes headed by the corporations it serves on lines of its own size, members in a
  table whose header follows a label row;
- risk cards titled by the reference and a labelled field ('HF01   Category: Prevention');
- a register set out a label a row, each risk led by its reference, under 'Strategic priority:'
  heading rows, a risk's rows running over a page break, phases heading the columns of a scores row.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas
from reportlab.platypus import Table, TableStyle

from extractors.risk_tables import column_roles
from pipeline.layout import find_body_name, place_name
from pipeline.run import ingest


def draw_lines(page: canvas.Canvas, lines: list[tuple[str, str, float]], top: float, x: float = 56) -> float:
    """(text, font, size) lines from `top` down; returns the y below them."""
    y = top
    for text, font, size in lines:
        page.setFont(font, size)
        page.drawString(x, y, text)
        y -= size * 1.45
    return y


def minutes(path: Path) -> None:
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    regular, bold = "Times-Roman", "Times-Bold"
    draw_lines(
        page,
        [
            ("NORTHCOTE POLICING AND CRIME BOARD", bold, 13),
            (
                "Minutes of the meeting held at Harbour House, Quay Street, Fenmouth on Monday 6 March 2023",
                regular,
                10.5,
            ),
            ("at 2.00pm", regular, 10.5),
            (
                "PRESENT: Councillor Ruth Amos (Chair); Councillors Peter Hale (Vice-Chair), Lena Ford and",
                regular,
                10.5,
            ),
            ("Omar Dale.", regular, 10.5),
            ("OFFICERS: Chief Inspector Grace Lyle; Clerk and Treasurer Tom Brandt;", regular, 10.5),
            ("Chair’s Chief Finance Officer Nina Rao.", regular, 10.5),
            ("By invitation: Dr Ken Shaw (item 203)", regular, 10.5),
            ("201. APOLOGIES", bold, 10.5),
            ("Superintendent Maya Cole (MC).", regular, 10.5),
            ("202. MINUTES OF THE LAST MEETING", bold, 10.5),
            ("The Board agreed the minutes of the meeting held on 6 February 2023.", regular, 10.5),
            ("Action 19/04 – complete.", regular, 10.5),
            ("Action 19/07 – the update was noted and the action remains open.", regular, 10.5),
            ("203. ROAD SAFETY", bold, 10.5),
            ("Dr Shaw presented the findings of the speed survey on the coast road.", regular, 10.5),
            ("The Board agreed to fund the average speed camera pilot.", regular, 10.5),
            (
                "Action 23/11 – PH to circulate the evaluation plan for the camera pilot to members of the",
                regular,
                10.5,
            ),
            ("Board. Due: 31/03/2023", bold, 10.5),
        ],
        790,
    )
    page.save()


def tracker(path: Path) -> None:
    page = canvas.Canvas(str(path), pagesize=landscape(A4), invariant=1)
    draw_lines(page, [("Corran Vale Police and Crime Panel", "Helvetica-Bold", 12)], 555, x=40)
    draw_lines(page, [("Actions and Resolutions Log – position at 1 June 2023", "Helvetica-Bold", 11)], 535, x=40)
    rows = [
        ["Ref", "Raised", "Action", "Lead", "Due date", None, "Status"],
        [None, None, None, None, "Original", "Revised", None],
        ["CV/23/01", "12/01/2023", "Publish the refreshed complaints procedure.", "Panel Clerk", "28/02/2023", "", "Closed"],
        ["CV/23/02", "12/01/2023", "Report on rural burglary trends.", "PCC", "30/06/2023", "31/08/2023", "Open"],
        ["CV/23/03", "09/03/2023", "Arrange a visit to the control room.", "Panel Clerk", "TBC", "", "Open"],
    ]  # fmt: skip
    table = Table([[c or "" for c in row] for row in rows], colWidths=[70, 70, 250, 90, 70, 70, 60])
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("SPAN", (4, 0), (5, 0)),
                *[("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, 3, 6)],
                ("FONT", (0, 0), (-1, 1), "Helvetica-Bold", 9),
                ("FONT", (0, 2), (-1, -1), "Helvetica", 9),
            ]
        )
    )
    _, height = table.wrapOn(page, 800, 500)
    table.drawOn(page, 40, 510 - height)
    page.save()


def pack(path: Path) -> None:
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    header = "Resources Committee – 9 November 2023"

    def running(item: str | None, number: int) -> None:
        page.setFont("Helvetica", 8)
        page.drawString(50, 810, header)
        if item:
            page.drawRightString(545, 810, item)
        page.drawCentredString(297, 30, f"Page {number}")

    running(None, 1)
    draw_lines(
        page,
        [
            ("KESTREL VALLEY FIRE AUTHORITY", "Helvetica-Bold", 16),
            ("RESOURCES COMMITTEE", "Helvetica-Bold", 14),
            ("Thursday, 9 November 2023 at 10:30", "Helvetica", 11),
            ("Council Chamber, Station Road, Kestrel", "Helvetica", 11),
            ("Papers for the public meeting", "Helvetica", 11),
        ],
        640,
        x=150,
    )
    draw_lines(
        page,
        [("Contents", "Helvetica-Bold", 11), ("Agenda          2", "Helvetica", 10),
         ("Item 2 – Action log          3", "Helvetica", 10), ("Item 3 – Budget monitoring          4", "Helvetica", 10)],
        480,
        x=150,
    )  # fmt: skip
    page.showPage()
    running(None, 2)
    draw_lines(
        page,
        [
            ("AGENDA", "Helvetica-Bold", 13),
            ("1. Apologies for absence", "Helvetica", 10.5),
            ("2. Action log (page 3)", "Helvetica", 10.5),
            ("3. Budget monitoring (to follow)", "Helvetica", 10.5),
            ("4. Date of next meeting", "Helvetica", 10.5),
        ],
        760,
    )
    page.showPage()
    running("Item 2", 3)
    draw_lines(page, [("Resources Committee – Action Log", "Helvetica-Bold", 12)], 770)
    table = Table(
        [
            ["No.", "Meeting", "Action", "Lead officer", "Deadline", "Status"],
            ["RC/23/05", "14/09/2023", "Review the fuel card controls.", "Treasurer", "31/10/2023", "Complete"],
            ["RC/23/06", "14/09/2023", "Bring the fleet strategy to the committee.", "Head of Fleet", "30/11/2023", "Open"],
        ],
        colWidths=[60, 65, 200, 80, 65, 55],
    )  # fmt: skip
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    _, height = table.wrapOn(page, 520, 500)
    table.drawOn(page, 50, 750 - height)
    page.showPage()
    running("Item 3", 4)
    y = draw_lines(
        page,
        [
            ("Budget monitoring report – quarter 2", "Helvetica-Bold", 12),
            ("Report of the Treasurer", "Helvetica", 10.5),
            ("Purpose", "Helvetica-Bold", 10.5),
            ("To report spending against the revenue budget for July to September 2023.", "Helvetica", 10.5),
        ],
        770,
    )
    figures = Table(
        [
            ["Heading", "Budget", "Forecast", "Variance"],
            ["Pay", "21,400", "21,950", "550"],
            ["Fleet", "1,300", "1,240", "-60"],
        ]
    )
    figures.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    _, height = figures.wrapOn(page, 500, 300)
    figures.drawOn(page, 56, y - height - 6)
    page.save()


def labelled_pack(path: Path) -> None:
    """Papers labelled only at the top right of their first page ('Agenda Item 3'): an unruled log whose
    closing sentence runs onto an unlabelled page across its columns, then a report whose lines fall
    in the log's columns."""
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)

    def label(text: str) -> None:
        page.setFont("Helvetica", 9)
        page.drawRightString(545, 770, text)

    draw_lines(
        page,
        [("WEXCOMBE AUDIT PANEL", "Helvetica-Bold", 13), ("AGENDA", "Helvetica-Bold", 12),
         ("Thursday 7 December 2023 at 14:00, Room 2, County Hall, Wexcombe", "Helvetica", 10),
         ("1. Apologies", "Helvetica", 10), ("2. Action log", "Helvetica", 10), ("3. Work programme", "Helvetica", 10)],
        790,
    )  # fmt: skip
    page.showPage()
    label("Agenda Item 2")
    columns = (40, 110, 180, 370, 440, 500)  # an unruled log: its columns by position alone
    y = draw_lines(page, [("WEXCOMBE AUDIT PANEL – ACTION LOG", "Helvetica-Bold", 12)], 740) - 6
    for cells in (
        ("Ref", "Meeting", "Action", "Lead", "Target", "Progress"),
        ("WAP/23/07", "12/10/2023", "Report the payroll audit follow-up.", "Treasurer", "07/12/2023", "On agenda"),
        ("WAP/23/08", "12/10/2023", "Share the fraud risk assessment.", "Head of Audit", "31/01/2024", "In hand"),
    ):
        page.setFont("Helvetica", 9)
        for x, text in zip(columns, cells):
            page.drawString(x, y, text)
        y -= 16
    page.showPage()
    draw_lines(page, [("Members are asked to note the progress made and agree that the actions marked", "Helvetica", 10),
                      ("complete are closed.", "Helvetica", 10)], 740)  # fmt: skip
    page.showPage()
    label("Agenda Item 3")
    y = draw_lines(page, [("INTERNAL AUDIT PROGRESS REPORT", "Helvetica-Bold", 12)], 740) - 6
    for cells in (
        ("1.1", "This report sets out", "the audits finished", "since the last", "meeting of", "the Panel."),
        ("", "Opinion", "Limited", "Substantial", "Reasonable", ""),
        ("2.1", "Members are asked", "to note the progress", "made against", "the plan.", ""),
    ):
        page.setFont("Helvetica", 9)
        for x, text in zip(columns, cells):
            page.drawString(x, y, text)
        y -= 16
    page.save()


RISK_STYLE = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTSIZE", (0, 0), (-1, -1), 9)]


def risk_rows(reference: str, statement: str, owner: str, reviewed: str, scores: list[str]) -> list[list[str]]:
    return [
        [reference, statement, "", ""],
        ["Consequences", "Harm to the public; loss of confidence.", "", ""],
        ["Risk owner", owner, "", ""],
        ["Last reviewed", reviewed, "", ""],
        ["Scores", "Inherent (L × I)", "Residual (L × I)", "Target (L × I)"],
        ["", *scores],
    ]


def register(path: Path) -> None:
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    draw_lines(page, [("Harling Constabulary – Strategic Risk Register, October 2023", "Times-Bold", 12)], 790)
    first = [
        ["Ref", "Risk", "", ""],
        ["Strategic priority: Safer roads", "", "", ""],
        *risk_rows("HR01", "Collisions rise on rural roads as enforcement falls.", "Head of Roads Policing",
                   "04/10/2023", ["4 × 4 = 16", "3 × 4 = 12", "2 × 3 = 6"]),
        *risk_rows("HR02", "The roads partnership loses its camera funding.", "OPCC Chief Executive",
                   "02/10/2023", ["3 × 4 = 12", "3 × 3 = 9", "2 × 2 = 4"]),
        ["Strategic priority: A modern workforce", "", "", ""],
        *risk_rows("HR03", "Staff turnover in the control room exceeds the level that can be trained.",
                   "Director of People", "29/09/2023", ["4 × 3 = 12", "3 × 3 = 9", "2 × 3 = 6"])[:3],
    ]  # fmt: skip
    second = [
        *risk_rows("HR03", "", "", "29/09/2023", ["4 × 3 = 12", "3 × 3 = 9", "2 × 3 = 6"])[3:],
        *risk_rows("HR04", "Sickness absence among detectives stays above the national average.", "ACC Crime",
                   "03/10/2023", ["3 × 3 = 9", "3 × 2 = 6", "2 × 2 = 4"]),
    ]  # fmt: skip
    for rows, top in ((first, 760), (second, 790)):
        spans = [("SPAN", (1, i), (3, i)) for i, row in enumerate(rows) if not row[2] and not row[3]]
        spans += [("SPAN", (0, i), (3, i)) for i, row in enumerate(rows) if row[0].startswith("Strategic")]
        table = Table(rows, colWidths=[90, 140, 140, 140])
        table.setStyle(TableStyle(RISK_STYLE + spans))
        _, height = table.wrapOn(page, 520, 800)
        table.drawOn(page, 40, top - height)
        page.showPage()
    page.save()


def committee_minutes(path: Path) -> None:
    """A heading naming the two corporations the committee serves on lines of the committee's own
    size, and members in a ruled table under a label row ('Members present' / 'Name | Representing')."""
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = draw_lines(
        page,
        [
            ("POLICE AND CRIME COMMISSIONER FOR WEXCOMBE AND CHIEF", "Helvetica-Bold", 12),
            ("CONSTABLE OF WEXCOMBE POLICE", "Helvetica-Bold", 12),
            ("WEXCOMBE JOINT AUDIT COMMITTEE", "Helvetica-Bold", 12),
            (
                "Minutes of the meeting held on Tuesday 14 November 2023 at 2pm, Room 4, Police Headquarters",
                "Helvetica",
                10,
            ),
        ],
        790,
    )
    table = Table(
        [["Members present", ""], ["Name", "Representing"], ["Mr Alan Reeve (Chair)", "Independent member"],
         ["Ms Joy Ansah", "Independent member"]],
        colWidths=[220, 220],
    )  # fmt: skip
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (0, 0), (1, 0))]))
    _, height = table.wrapOn(page, 500, 300)
    table.drawOn(page, 56, y - height - 4)
    draw_lines(
        page,
        [
            ("1. EXTERNAL AUDIT PLAN", "Helvetica-Bold", 10),
            ("The Committee approved the external audit plan for 2023/24.", "Helvetica", 10),
        ],
        y - height - 30,
    )
    page.save()


def margin_labelled_notes(path: Path) -> None:
    """Notes whose labels stand in a margin column beside the text ('Decision', 'Action'), no colon."""
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = 790.0
    for label, text, font in (
        ("", "TORRIDGE POLICE AND CRIME COMMISSIONER", "Times-Bold"),
        ("", "Estates Board – Notes of Meeting", "Times-Bold"),
        ("Date", "Wednesday 6 December 2023", "Times-Roman"),
        ("Present", "Ann Vosper (Police and Crime Commissioner, Chair), Karl Dean (Chief Constable)", "Times-Roman"),
        ("1", "Custody suite refurbishment", "Times-Bold"),
        ("", "The Chief Constable reported the tender results.", "Times-Roman"),
        ("Decision", "The Board agreed the preferred contractor.", "Times-Roman"),
        ("Action", "Publish the contract award notice.", "Times-Roman"),
        ("", "Owner: Chief Constable Due: 22/12/2023", "Times-Roman"),
        ("2", "Fleet depot lease", "Times-Bold"),
        ("", "The lease expires in 2025.", "Times-Roman"),
        ("Action", "Bring options for the depot to the March Board.", "Times-Roman"),
        ("", "Owner: Chief Constable Due: 20/03/2024", "Times-Roman"),
    ):
        page.setFont(font, 10)
        page.drawString(56, y, label)
        page.drawString(150, y, text)
        y -= 15
    page.save()


def cards(path: Path) -> None:
    """Risk cards titled by the reference and a labelled field ('HF01   Category: Prevention')."""
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = draw_lines(
        page, [("Harling Fire and Rescue Service – Corporate Risk Register, June 2023", "Times-Bold", 12)], 790
    )
    for reference, category, statement, ratings in (
        ("HF01", "Prevention", "Home fire deaths rise among older people living alone.", ("4 4 16", "3 4 12", "2 3 6")),
        ("HF02", "Response", "Retained crews are not available at night in the north.", ("3 4 12", "3 3 9", "2 2 4")),
    ):
        y -= 12
        for label, value in (
            (reference, f"Category: {category}"),
            ("Risk", statement),
            ("Risk owner", "Head of Prevention"),
            ("", "Likelihood   Impact   Score"),
            *zip(("Inherent", "Current", "Target"), ratings),
        ):
            page.setFont("Times-Roman", 10)
            page.drawString(56, y, label)
            page.drawString(150, y, value)
            y -= 14
    page.save()


@pytest.fixture(scope="module")
def database(tmp_path_factory) -> sqlite3.Connection:
    folder = tmp_path_factory.mktemp("forms")
    minutes(folder / "minutes.pdf")
    tracker(folder / "log.pdf")
    pack(folder / "pack.pdf")
    register(folder / "register.pdf")
    committee_minutes(folder / "committee.pdf")
    cards(folder / "cards.pdf")
    margin_labelled_notes(folder / "margin-notes.pdf")
    labelled_pack(folder / "labelled-pack.pdf")
    db = folder.parent / "forms.db"
    report = ingest([folder], db, workers=1)
    assert report.failed == 0, report.lines()
    connection = sqlite3.connect(db)
    yield connection
    connection.close()


def rows(db: sqlite3.Connection, sql: str) -> set[tuple]:
    return set(db.execute(sql).fetchall())


def test_run_in_lists_numbered_apologies_and_invitations_are_read(database):
    found = rows(database, "select name, attendance from attendance where meeting_id like '%2023-03-06'")
    assert found == {
        ("Ruth Amos", "member"),
        ("Peter Hale", "member"),
        ("Lena Ford", "member"),
        ("Omar Dale", "member"),
        ("Grace Lyle", "in_attendance"),
        ("Tom Brandt", "in_attendance"),
        ("Nina Rao", "in_attendance"),
        ("Ken Shaw", "in_attendance"),
        ("Maya Cole", "apologies"),
    }
    roles = dict(database.execute("select name, role_text from attendance where name = 'Tom Brandt'").fetchall())
    assert roles == {"Tom Brandt": "Clerk and Treasurer"}


def test_minutes_numbered_in_hundreds_key_their_decisions_and_status_notes_are_no_actions(database):
    decisions = rows(database, "select item_number from decisions where meeting_id like '%2023-03-06'")
    assert decisions == {("202",), ("203",)}
    actions = database.execute(
        "select a.action_number, e.target_date from actions a join action_events e on e.action_id = a.id "
        "where a.description like '%camera pilot%' or a.action_number like '19/%'"
    ).fetchall()
    assert actions == [("23/11", "2023-03-31")]


def test_a_due_date_header_over_original_and_revised_columns_takes_the_revised_date(database):
    found = rows(
        database,
        "select a.action_number, e.target_date, e.target_date_text from actions a "
        "join action_events e on e.action_id = a.id where a.action_number like 'CV/%'",
    )
    assert found == {
        ("CV/23/01", "2023-02-28", "28/02/2023"),
        ("CV/23/02", "2023-08-31", "31/08/2023"),
        ("CV/23/03", None, "TBC"),
    }


def test_a_cover_sheet_gives_the_agenda_its_meeting_and_item_labels_part_the_papers(database):
    meeting = database.execute(
        "select body, start_time, location from meetings where meeting_date = '2023-11-09'"
    ).fetchall()
    assert meeting == [
        ("Kestrel Valley Fire Authority Resources Committee", "10:30", "Council Chamber, Station Road, Kestrel")
    ]
    titles = rows(database, "select item_number, title from agenda_items where meeting_id like '%2023-11-09'")
    assert titles == {
        ("1", "Apologies for absence"),
        ("2", "Action log"),
        ("3", "Budget monitoring"),
        ("4", "Date of next meeting"),
    }
    logged = rows(
        database, "select action_number from actions where action_number like 'RC/%' or description like '%21,%'"
    )
    assert logged == {("RC/23/05",), ("RC/23/06",)}  # the report's figures on the next item's page are no actions
    # the log names its board without its authority ('Resources Committee – Action Log'): the same board
    boards = {
        mid.rsplit("-", 3)[0]
        for (mid,) in rows(database, "select id from meetings where meeting_date in ('2023-09-14', '2023-11-09')")
    }
    assert len(boards) == 1, boards


def test_a_register_set_out_a_label_a_row_gives_each_risk_its_heading_and_its_phases(database):
    risks = rows(database, "select reference, objective, owner_text from risks where reference like 'HR%'")
    assert risks == {
        ("HR01", "Safer roads", "Head of Roads Policing"),
        ("HR02", "Safer roads", "OPCC Chief Executive"),
        ("HR03", "A modern workforce", "Director of People"),
        ("HR04", "A modern workforce", "ACC Crime"),
    }
    ratings = rows(
        database,
        "select r.reference, g.phase, g.likelihood, g.impact, g.score, g.register_date "
        "from risk_ratings g join risks r on r.id = g.risk_id where r.reference in ('HR01', 'HR03')",
    )
    assert ratings == {
        ("HR01", "inherent", 4, 4, 16, "2023-10-04"),
        ("HR01", "current", 3, 4, 12, "2023-10-04"),
        ("HR01", "target", 2, 3, 6, "2023-10-04"),
        ("HR03", "inherent", 4, 3, 12, "2023-09-29"),
        ("HR03", "current", 3, 3, 9, "2023-09-29"),
        ("HR03", "target", 2, 3, 6, "2023-09-29"),
    }


def test_a_committee_named_on_its_own_line_under_its_corporations_and_a_table_header_under_a_label(database):
    meeting = database.execute("select body from meetings where meeting_date = '2023-11-14'").fetchall()
    assert meeting == [("Wexcombe Joint Audit Committee",)]
    found = rows(database, "select name, attendance from attendance where meeting_id like '%2023-11-14'")
    assert found == {("Alan Reeve", "member"), ("Joy Ansah", "member")}


def test_risk_cards_titled_by_their_reference_and_a_labelled_field(database):
    risks = rows(database, "select reference, objective from risks where reference like 'HF%'")
    assert risks == {("HF01", "Prevention"), ("HF02", "Response")}
    ratings = rows(
        database,
        "select r.reference, g.phase, g.score from risk_ratings g join risks r on r.id = g.risk_id "
        "where r.reference like 'HF%'",
    )
    assert ratings == {
        ("HF01", "inherent", 16), ("HF01", "current", 12), ("HF01", "target", 6),
        ("HF02", "inherent", 12), ("HF02", "current", 9), ("HF02", "target", 4),
    }  # fmt: skip


def test_papers_labelled_at_the_top_right_of_their_first_page_are_parted_there(database):
    logged = rows(
        database,
        "select a.description from actions a join documents d on d.id = a.document_id "
        "where d.path like '%labelled-pack.pdf'",
    )
    assert logged == {("Report the payroll audit follow-up.",), ("Share the fraud risk assessment.",)}


def test_actions_labelled_in_a_margin_column_beside_the_text(database):
    found = rows(
        database,
        "select a.description, e.target_date from actions a join action_events e on e.action_id = a.id "
        "where a.raised_date = '2023-12-06'",
    )
    assert found == {
        ("Publish the contract award notice.", "2023-12-22"),
        ("Bring options for the depot to the March Board.", "2024-03-20"),
    }


def test_a_phase_run_naming_two_measures_takes_the_third_for_its_unnamed_column():
    """'Current' | 'Current I' | 'Current score': a header set wider than its column lost its 'L'."""
    roles = column_roles(["Ref", "Risk", "Current", "Current I", "Current score"], [""] * 5)
    assert [(c.phase, c.measure) for c in roles[2:]] == [
        ("current", "likelihood"),
        ("current", "impact"),
        ("current", "score"),
    ]
    whole = column_roles(["Ref", "Risk", "Current risk", "Target risk"], [""] * 4)
    assert [(c.phase, c.measure) for c in whole[2:]] == [("current", None), ("target", None)]


def test_a_place_is_named_without_the_words_of_its_sentence_and_a_body_without_its_marking():
    assert place_name("held virtually via Microsoft Teams") == "Microsoft Teams"
    assert place_name("online via Zoom") == "online via Zoom"  # a label's value, as printed
    assert place_name("the Council Chamber, Town Hall, Wexcombe") == "the Council Chamber, Town Hall, Wexcombe"
    assert find_body_name("OFFICIAL   Wexcombe Estates Board – 6 December 2023") == "Wexcombe Estates Board"
