"""Forms met in session 7's rounds, each in invented bodies' words:

- an attendance grid without rules whose first line carries the group label beside the column
  headings ('Present   Name   Role'): the headings are not a person;
- a ruled register whose headings are wider than their cells ('Current score' running over the
  rule into the 'Target' cell, printed over it) and an owner running into the score cell: each
  cell keeps its own text;
- a due date printed '31.3.23' in a tracker cell.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas
from reportlab.platypus import Table, TableStyle

from extractors.action_log import ActionLogExtractor
from extractors.agenda import AgendaExtractor
from extractors.minutes import MinutesExtractor
from extractors.risk_register import RiskRegisterExtractor
from pipeline.reader import read_document
from pipeline.records import ActionSighting, AgendaItem, Attendee, Decision, MeetingMention, RiskEntry, RiskRating
from tests.minutes_fixtures import read_file


def of(records, kind):
    return [r for r in records if isinstance(r, kind)]


class Rows:
    """A page written a row at a time: each cell's text at its x on the row, then down a line
    (`size` times `gap`); `y` may be moved between rows for a blank line's space."""

    def __init__(self, page, y: float, font: str, size: float, gap: float) -> None:
        self.page, self.y, self.font, self.size, self.gap = page, y, font, size, gap

    def __call__(
        self,
        cells: list[tuple[float, str]],
        font: str | None = None,
        size: float | None = None,
        gap: float | None = None,
    ) -> None:
        size = size or self.size
        for x, text in cells:
            self.page.setFont(font or self.font, size)
            self.page.drawString(x, self.y, text)
        self.y -= size * (gap or self.gap)


def draw_lines(path: Path, lines: list[tuple[float, float, str, float, str]]) -> Path:
    """A one-page PDF of text lines placed at (x, y) in their font and size."""
    page = canvas.Canvas(str(path), pagesize=A4)
    for x, y, font, size, text in lines:
        page.setFont(font, size)
        page.drawString(x, y, text)
    page.showPage()
    page.save()
    return path


# --- an attendance grid whose label shares the heading line -----------------------------------


@pytest.fixture(scope="module")
def labelled_grid(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("round7") / "labelled-grid.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    row = Rows(page, 780.0, "Times-Roman", 10, 1.6)

    row([(150, "HOLLINGBROOK JOINT INDEPENDENT AUDIT PANEL")], "Times-Bold", 13)
    row([(230, "DRAFT MINUTES")], "Times-Bold", 11)
    row([(120, "Tuesday 14 March 2023 at 09:30, Conference Room B, Hollingbrook Hall")])
    row.y -= 8
    row([(60, "Present"), (170, "Name"), (330, "Role")], "Times-Bold")
    row([(60, "Members"), (170, "Perpetua Lindqvist"), (330, "Independent Member (Chair)")])
    row([(170, "Osric Penhallow"), (330, "Independent Member")])
    row([(60, "In attendance"), (170, "Marisol Achterberg"), (330, "Treasurer, OPCC")])
    row([(170, "Bartholomew Quayle"), (330, "Audit Director, Fenmore Audit")])
    row([(60, "Apologies"), (170, "Zainab Holloway"), (330, "Independent Member")])
    row.y -= 10
    row([(60, "1. APOLOGIES AND WELCOME")], "Times-Bold")
    row([(60, "1.1"), (100, "The Chair opened the meeting. Apologies were noted as above.")])
    row([(60, "2. INTERNAL AUDIT PLAN")], "Times-Bold")
    row([(60, "2.1"), (100, "The Panel approved the internal audit plan for 2023/24.")])
    page.showPage()
    page.save()
    return path


def test_headings_beside_a_group_label_are_not_a_person(labelled_grid):
    records, problems = read_file(labelled_grid, MinutesExtractor())
    people = {(a.name, a.attendance) for a in of(records, Attendee)}
    assert people == {
        ("Perpetua Lindqvist", "member"),
        ("Osric Penhallow", "member"),
        ("Marisol Achterberg", "in_attendance"),
        ("Bartholomew Quayle", "in_attendance"),
        ("Zainab Holloway", "apologies"),
    }
    # the heading line is neither a person nor an unreadable entry
    assert not [p for p in problems if "Name" in (p.text or "") and "Role" in (p.text or "")]


# --- a ruled register whose headings overrun their cells --------------------------------------


@pytest.fixture(scope="module")
def overrunning_register(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("round7") / "overrunning-register.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica-Bold", 12)
    page.drawString(50, 790, "WESTCARR OPCC STRATEGIC RISK REGISTER")
    page.setFont("Helvetica", 10)
    page.drawString(50, 774, "Reviewed by the Risk Group on 9 January 2024. Scores: likelihood x impact.")
    rows = [
        ["Ref", "Risk", "Owner", "Current L", "Current I", "Current score", "Target"],
        ["WR1", "Victims wait too long for a first contact.", "Director of Finance", "4", "3", "12", "2 x 3 = 6"],
        ["WR2", "The estates plan is not funded beyond 2025.", "CFO", "3", "5", "15", "2 x 4 = 8"],
    ]
    # columns narrower than their headings: reportlab lets the words run over the rules
    table = Table(rows, colWidths=[34, 150, 76, 42, 42, 52, 60])
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
                ("FONT", (0, 0), (-1, 0), "Times-Bold", 9),
                ("FONT", (0, 1), (-1, -1), "Times-Roman", 9),
            ]
        )
    )
    _, height = table.wrapOn(page, 500, 400)
    table.drawOn(page, 45, 750 - height)
    page.showPage()
    page.save()
    return path


def test_cell_text_keeps_words_that_overrun_their_rule(overrunning_register):
    pages = read_document(overrunning_register, "synthetic", [])
    header, first = pages[0].tables[0].rows[:2]
    assert list(header) == ["Ref", "Risk", "Owner", "Current L", "Current I", "Current score", "Target"]
    assert first[2] == "Director of Finance" and first[3] == "4"


def test_register_with_overrunning_headings_reads_its_target(overrunning_register):
    records, _ = read_file(overrunning_register, RiskRegisterExtractor())
    ratings = {(r.reference, r.phase): (r.likelihood, r.impact, r.score) for r in of(records, RiskRating)}
    assert ratings[("WR1", "current")] == (4, 3, 12)
    assert ratings[("WR1", "target")] == (2, 3, 6)
    assert ratings[("WR2", "target")] == (2, 4, 8)


# --- minutes behind an item cover sheet; a venue wrapped back to the margin --------------------


@pytest.fixture(scope="module")
def pack_with_cover(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("round7") / "cover-then-minutes.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)

    def line(x: float, y: float, text: str, font: str = "Helvetica", size: float = 10) -> None:
        page.setFont(font, size)
        page.drawString(x, y, text)

    header = "Brindlecombe Scrutiny and Assurance Board – 9 July 2024"
    line(50, 810, header, size=8)
    line(60, 770, "SCRUTINY AND ASSURANCE BOARD", "Helvetica-Bold", 13)
    line(
        60,
        748,
        "Date: Tuesday 9 July 2024   Time: 14:00 – 16:00   Venue: Committee Suite 2, Brindlecombe Police",
        size=10,
    )
    line(60, 734, "Headquarters, Quarry Lane, Oddcastle")
    line(60, 712, "AGENDA", "Helvetica-Bold", 11)
    for n, (number, title) in enumerate([("1.", "Apologies"), ("2.", "Minutes of the meeting held on 4 June 2024")]):
        line(70, 690 - n * 18, number)
        line(100, 690 - n * 18, title)
    page.showPage()
    line(50, 810, header, size=8)
    line(230, 500, "AGENDA ITEM 2", "Helvetica-Bold", 16)
    line(180, 476, "Minutes of the meeting held on 4 June 2024", size=12)
    page.showPage()
    line(50, 810, header, size=8)
    line(60, 780, "UNCONFIRMED – SUBJECT TO APPROVAL", "Helvetica-Bold", 10)
    line(60, 762, "BRINDLECOMBE SCRUTINY AND ASSURANCE BOARD", "Helvetica-Bold", 12)
    line(60, 744, "Minutes of the meeting held on Tuesday 4 June 2024 at 09:30 in Committee Suite 2, Brindlecombe")
    line(60, 730, "Police Headquarters")
    line(60, 706, "Present", "Helvetica-Bold")
    line(160, 706, "Hermione Castellane")
    line(330, 706, "Police and Crime Commissioner (Chair)")
    line(160, 690, "Ambrose Villiers")
    line(330, 690, "Chief Constable")
    line(60, 666, "1. Apologies", "Helvetica-Bold")
    line(60, 650, "1.1")
    line(100, 650, "There were no apologies.")
    line(60, 630, "2. Contact centre performance", "Helvetica-Bold")
    line(60, 614, "2.1")
    line(100, 614, "The Board noted the contact centre performance report.")
    page.showPage()
    page.save()
    return path


def test_minutes_heading_overleaf_from_a_cover_gives_time_and_place(pack_with_cover):
    records, _ = read_file(pack_with_cover, MinutesExtractor())
    minuted = [m for m in of(records, MeetingMention) if m.origin == "minutes"]
    assert [(m.meeting_date, m.start_time, m.location) for m in minuted] == [
        ("2024-06-04", "09:30", "Committee Suite 2, Brindlecombe Police Headquarters")
    ]


def test_a_venue_wrapped_back_to_the_margin_is_read_whole(pack_with_cover):
    records, _ = read_file(pack_with_cover, AgendaExtractor())
    agenda = [m for m in of(records, MeetingMention) if m.origin == "agenda"]
    assert [(m.meeting_date, m.start_time, m.location) for m in agenda] == [
        ("2024-07-09", "14:00", "Committee Suite 2, Brindlecombe Police Headquarters, Quarry Lane, Oddcastle")
    ]


# --- an unruled action log whose labels touch; risk cards titled beside a field; an 'L/I' heat map


@pytest.fixture(scope="module")
def cramped_log(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("round7") / "cramped-log.pdf"
    page = canvas.Canvas(str(path), pagesize=landscape(A4))

    def line(x: float, y: float, text: str, font: str = "Helvetica", size: float = 9) -> None:
        page.setFont(font, size)
        page.drawString(x, y, text)

    line(40, 560, "QUILLSBY OFFICE OF THE POLICE AND CRIME COMMISSIONER", "Helvetica-Bold", 11)
    line(40, 545, "Executive Team – Action Log", "Helvetica-Bold", 11)
    line(40, 530, "For the meeting of 4 March 2019")
    # 'Date opened' runs up to 'Description' with no column gap between them
    heads = [(40, "Ref"), (95, "Date opened"), (153, "Description"), (360, "Owner"), (450, "Due date"), (520, "Status")]
    for x, text in heads:
        line(x, 505, text, "Helvetica-Bold")
    rows = [
        (
            "QX-12",
            "07-Jan-19",
            "Draft the victims' services commissioning plan.",
            "Head of Policy",
            "04-Mar-19",
            "Complete",
        ),
        ("QX-13", "07-Jan-19", "Report on rural crime patrol hours.", "ACC", "01-Apr-19", "Ongoing"),
        ("QX-14", "04-Feb-19", "Circulate the revised estates timetable.", "CFO", "TBC", "Ongoing"),
    ]
    for n, row in enumerate(rows):
        for (x, _), text in zip(heads, row):
            line(x, 485 - n * 20, text)
    page.showPage()
    page.save()
    return path


def test_log_header_labels_set_without_a_gap_are_cut_into_columns(cramped_log):
    records, _ = read_file(cramped_log, ActionLogExtractor())
    found = {
        a.action_number: (a.raised_date, a.description, a.owner_text, a.target_date)
        for a in of(records, ActionSighting)
    }
    assert found == {
        "QX-12": ("2019-01-07", "Draft the victims' services commissioning plan.", "Head of Policy", "2019-03-04"),
        "QX-13": ("2019-01-07", "Report on rural crime patrol hours.", "ACC", "2019-04-01"),
        "QX-14": ("2019-02-04", "Circulate the revised estates timetable.", "CFO", None),
    }


@pytest.fixture(scope="module")
def cards_and_corner_map(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("round7") / "cards-and-map.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)

    def line(x: float, y: float, text: str, font: str = "Helvetica", size: float = 10) -> None:
        page.setFont(font, size)
        page.drawString(x, y, text)

    line(50, 800, "Pellingham Fire and Rescue Authority – Corporate Risk Register", "Helvetica-Bold", 12)
    line(50, 780, "Heat map – current position")
    # a 4 x 4 map: scores in the cells, likelihood numbers left of the rows, impact under the columns
    cells = [[4, 8, 12, 16], [3, 6, 9, 12], [2, 4, 6, 8], [1, 2, 3, 4]]
    placed = {(0, 2): "PFR2", (2, 3): "PFR1"}  # PFR2 at likelihood 4, impact 3; PFR1 at likelihood 2, impact 4
    data = [
        [f"{v}\n{placed[(r, c)]}" if (r, c) in placed else str(v) for c, v in enumerate(row)]
        for r, row in enumerate(cells)
    ]
    table = Table(data, colWidths=[60] * 4, rowHeights=[34] * 4)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("FONT", (0, 0), (-1, -1), "Helvetica", 9)]))
    table.wrapOn(page, 300, 200)
    table.drawOn(page, 120, 600)
    for r in range(4):
        line(100, 600 + (3 - r) * 34 + 14, str(4 - r), size=9)
    for c in range(4):
        line(120 + c * 60 + 26, 586, str(c + 1), size=9)
    line(60, 586, "L / I", size=9)
    line(60, 570, "Rows give the likelihood and columns the impact.", size=9)
    y = 530
    for ref, name, category, statement, ratings in [
        (
            "PFR1",
            "Appliance availability",
            "Service delivery",
            "On-call cover falls below the standard.",
            ["Inherent L 3 × I 4 = 12", "Current L 2 × I 4 = 8", "Target L 1 × I 4 = 4"],
        ),
        (
            "PFR2",
            "Pension liabilities",
            "Finance",
            "Pension costs rise faster than the budget allows.",
            ["Inherent L 4 × I 4 = 16", "Current L 4 × I 3 = 12", "Target L 2 × I 3 = 6"],
        ),
    ]:
        line(50, y, f"{ref} {name}", "Helvetica-Bold")
        line(380, y, f"Category: {category}")
        line(50, y - 16, "Risk")
        line(150, y - 16, statement)
        for n, rating in enumerate(ratings):
            label, _, value = rating.partition(" ")
            line(150, y - 32 - n * 14, label)
            line(260, y - 32 - n * 14, value)
        y -= 110
    page.showPage()
    page.save()
    return path


def test_card_title_beside_its_category_and_a_corner_labelled_heat_map(cards_and_corner_map):
    records, _ = read_file(cards_and_corner_map, RiskRegisterExtractor())
    risks = {r.reference: (r.objective, r.description) for r in of(records, RiskEntry)}
    assert risks == {
        "PFR1": ("Service delivery", "On-call cover falls below the standard."),
        "PFR2": ("Finance", "Pension costs rise faster than the budget allows."),
    }
    ratings = {(r.reference, r.phase, r.likelihood, r.impact) for r in of(records, RiskRating)}
    # the map agrees with the cards' current ratings: rows are likelihood ('L / I'), so nothing new
    assert ratings == {
        ("PFR1", "inherent", 3, 4),
        ("PFR1", "current", 2, 4),
        ("PFR1", "target", 1, 4),
        ("PFR2", "inherent", 4, 4),
        ("PFR2", "current", 4, 3),
        ("PFR2", "target", 2, 3),
    }


def test_a_bracketed_gloss_stays_with_its_label():
    from extractors.action_log import whole_labels
    from pipeline.records import Word

    def words(*texts: str) -> list[Word]:
        return [Word(t, 10.0 * i, 0.0, 10.0 * i + 8, 9.0, 9.0, True) for i, t in enumerate(texts)]

    # 'Meeting (minute)' is one label (the meeting, and its minute in brackets), never two
    assert whole_labels(words("Meeting", "(minute)")) is None
    cut = whole_labels(words("Date", "opened", "Description"))
    assert cut is not None and [[w.text for w in piece] for piece in cut] == [["Date", "opened"], ["Description"]]


# --- minutes with posts before names, 'Action – Owner:' lines, a decision after 'supported … and'


@pytest.fixture(scope="module")
def posts_first(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("round7") / "posts-first.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    row = Rows(page, 800.0, "Times-Roman", 10.5, 1.5)

    row([(200, "OSTERLEY VALE POLICE AND CRIME COMMISSIONER")], "Times-Bold", 12)
    row([(240, "COMMISSIONER'S POLICY BOARD")], "Times-Bold", 12)
    row([(60, "Minutes of the meeting held on Wednesday 11 May 2016 at 2.00 pm in the Board Room, Tilbury House")])
    row.y -= 6
    row([(60, "Present")], "Times-Bold")
    row([(60, "Police and Crime Commissioner (Chair)"), (360, "Winifred Calloway")])
    row([(60, "Chief Constable"), (360, "Desmond Arkwright")])
    row([(60, "In attendance")], "Times-Bold")
    row([(60, "Head of Business Change"), (360, "Priya Venkatesan")])
    row([(60, "Director of Finance, Osterley Vale Police"), (360, "Leopold Marsh")])
    row.y -= 6
    row([(60, "1."), (90, "Estates strategy")], "Times-Bold")
    row([(60, "1.1"), (90, "The Head of Business Change presented the draft estates strategy.")])
    row([(60, "1.2"), (90, "The Commissioner supported the draft and approved it for consultation with partners.")])
    row([(90, "Action – Director of Finance: Cost the disposal of the two town-centre stations.")])
    page.showPage()
    page.save()
    return path


def test_posts_before_names_owner_before_a_colon_and_a_supported_decision(posts_first):
    records, _ = read_file(posts_first, MinutesExtractor())
    people = {(a.name, a.attendance) for a in of(records, Attendee)}
    assert people == {
        ("Winifred Calloway", "member"),
        ("Desmond Arkwright", "member"),
        ("Priya Venkatesan", "in_attendance"),
        ("Leopold Marsh", "in_attendance"),
    }
    decisions = {(d.item_number, d.decision_type) for d in of(records, Decision)}
    assert decisions == {("1.2", "approved")}
    [action] = of(records, ActionSighting)
    assert action.owner_text == "Director of Finance"
    assert action.description == "Cost the disposal of the two town-centre stations."


# --- a gridded attendance table whose group labels stand once in a first column ----------------


@pytest.fixture(scope="module")
def grouped_grid(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("round7") / "grouped-grid.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica-Bold", 12)
    page.drawString(60, 800, "FENWICK JOINT AUDIT COMMITTEE")
    page.setFont("Helvetica", 10)
    page.drawString(60, 782, "Minutes of the meeting held on Thursday 6 October 2016 at 10.00 am")
    rows = [
        ["", "Initials", "Name", "Role"],
        ["Present", "HB", "Hilary Bramwell", "Independent Member (Chair)"],
        ["", "OT", "Oswin Tatlock", "Independent Member"],
        ["Attending", "CM", "Cressida Moorcroft", "Chief Finance Officer, OPCC"],
        ["", "RP", "Rupert Pennington", "Head of Internal Audit"],
        ["Apologies", "GA", "Gideon Ashworth", "Independent Member"],
    ]
    table = Table(rows, colWidths=[70, 50, 130, 200])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("FONT", (0, 0), (-1, -1), "Helvetica", 9)]))
    _, height = table.wrapOn(page, 460, 300)
    table.drawOn(page, 60, 760 - height)
    page.setFont("Helvetica-Bold", 10)
    page.drawString(60, 740 - height, "16/051   Treasury management")
    page.setFont("Helvetica", 10)
    page.drawString(60, 724 - height, "The Committee noted the treasury management report.")
    page.showPage()
    page.save()
    return path


def test_a_group_label_heads_the_blank_rows_under_it(grouped_grid):
    records, _ = read_file(grouped_grid, MinutesExtractor())
    people = {(a.name, a.attendance) for a in of(records, Attendee)}
    assert people == {
        ("Hilary Bramwell", "member"),
        ("Oswin Tatlock", "member"),
        ("Cressida Moorcroft", "in_attendance"),
        ("Rupert Pennington", "in_attendance"),
        ("Gideon Ashworth", "apologies"),
    }


# --- a panel's members in two columns, co-opted members without an honorific; a summons' purpose


@pytest.fixture(scope="module")
def two_column_panel(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("round7") / "two-column-panel.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    row = Rows(page, 800.0, "Times-Roman", 11, 1.5)

    row([(180, "WYNDHOLT POLICE AND CRIME PANEL")], "Times-Bold", 13)
    row([(60, "MINUTES of a meeting of the Wyndholt Police and Crime Panel held in the Council Chamber,")])
    row([(60, "County Hall, Brackley on Monday 3 July 2017 at 10.00 am.")])
    row([(60, "PRESENT:")], "Times-Bold")
    row([(80, "Councillor Imelda Strand (Chairman)"), (330, "Councillor Roland Teague")])
    row([(80, "Councillor Barnaby Oakes"), (330, "Theodora Penhale (Independent Co-opted Member)")])
    row.y -= 6
    row([(60, "21/17"), (110, "MINUTES")], "Times-Bold")
    row([(110, "The Panel RESOLVED that the minutes of the meeting held on 5 June 2017 be approved.")])
    page.showPage()
    page.save()
    return path


def test_a_co_opted_member_with_a_bracketed_role_in_a_two_column_list(two_column_panel):
    records, _ = read_file(two_column_panel, MinutesExtractor())
    people = {(a.name, a.attendance) for a in of(records, Attendee)}
    assert people == {
        ("Imelda Strand", "member"),
        ("Roland Teague", "member"),
        ("Barnaby Oakes", "member"),
        ("Theodora Penhale", "member"),
    }


def test_a_summons_venue_ends_before_the_business_it_calls():
    from extractors.agenda import venue_in

    sentence = (
        "You are summoned to attend a meeting of the Ellesby Fire Authority to be held on Monday 2 March 2015 "
        "at 10.00 am in Committee Room 3, Service Headquarters, Mill Road, Ellesby, to transact the business "
        "set out below."
    )
    assert venue_in(sentence) == "Committee Room 3, Service Headquarters, Mill Road, Ellesby"
    purpose = sentence.replace("to transact the business", "for the purpose of transacting the business")
    assert venue_in(purpose) == "Committee Room 3, Service Headquarters, Mill Road, Ellesby"


def test_a_running_header_parts_its_fields_at_dashes():
    from extractors.agenda import body_names, dash_fields

    header = "Kestlow Police and Crime Commissioner – Scrutiny Board – 9 May 2017"
    assert dash_fields(header) and not dash_fields("Kestlow Police and Crime Commissioner – Scrutiny Board")
    assert body_names(header, fields=True) == ["Scrutiny Board"]
    # in a title the dash may join the organisation to its board: the fullest name printed
    assert body_names("Kestlow Police and Crime Commissioner – Scrutiny Board") == [
        "Kestlow Police and Crime Commissioner – Scrutiny Board"
    ]


# --- a resolution's parts set as paragraphs; an officer after a post titled 'to the Authority' --


@pytest.fixture(scope="module")
def fire_minutes(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("round7") / "fire-minutes.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    row = Rows(page, 800.0, "Helvetica", 10, 1.5)

    row([(200, "PELLBROOK FIRE AUTHORITY")], "Helvetica-Bold", 13)
    row([(60, "Minutes of the meeting of the Authority held on Tuesday 9 November 2021 at 2.00 pm in the")])
    row([(60, "Authority Room, Service Headquarters, Ferry Lane, Pellbrook")], gap=2.5)
    row([(60, "Present: Councillors Oriel Madden (Chair), Tobias Fenn, Lorna Gaskell.")], gap=2.5)
    row([(60, "Officers: Chief Fire Officer Rhodri Vaughan; Clerk to the Authority Miriam Olusanya; Treasurer")])
    row([(60, "Jasper Holt.")], gap=2.5)
    row([(60, "21/201"), (130, "Budget Monitoring 2021/22")], "Helvetica-Bold", gap=2.5)
    row([(130, "RESOLVED that the Authority:")], gap=2.5)
    row([(130, "(i) note the forecast outturn for 2021/22;")], gap=2.5)
    row([(130, "(ii) approve a transfer of £40,000 to the fleet reserve; and")], gap=2.5)
    row([(130, "(iii) approve the revised capital programme.")], gap=2.5)
    page.showPage()
    page.save()
    return path


def test_resolution_parts_set_as_paragraphs_and_an_officer_after_a_titled_post(fire_minutes):
    records, _ = read_file(fire_minutes, MinutesExtractor())
    [decision] = of(records, Decision)
    assert decision.decision_type == "resolved" and decision.item_number == "21/201"
    assert decision.text == (
        "RESOLVED that the Authority: (i) note the forecast outturn for 2021/22; (ii) approve a transfer of "
        "£40,000 to the fleet reserve; and (iii) approve the revised capital programme."
    )
    officers = {a.name for a in of(records, Attendee) if a.attendance == "in_attendance"}
    assert officers == {"Rhodri Vaughan", "Miriam Olusanya", "Jasper Holt"}


def test_a_boxed_card_line_holding_an_owner_and_a_review_date():
    from extractors.risk_cards import split_fields

    assert split_fields("Risk owner Director of Protection Last reviewed 04/10/2021") == [
        "Risk owner Director of Protection",
        "Last reviewed 04/10/2021",
    ]
    assert split_fields("Last reviewed 04/10/2021") == ["Last reviewed 04/10/2021"]
    assert split_fields("Risk Reviewed budgets fall short in 2023") == ["Risk Reviewed budgets fall short in 2023"]


# --- a status line between the title and the dated sentence; a labelled place; a venue after a bar


@pytest.fixture(scope="module")
def status_then_sentence(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("round7") / "status-then-sentence.pdf"
    return draw_lines(
        path,
        [
            (60, 800, "Helvetica-Bold", 13, "ORMSWORTH FIRE AND RESCUE AUTHORITY"),
            (60, 782, "Helvetica", 10, "DRAFT – subject to approval at the meeting on 30 March 2023"),
            (
                60,
                764,
                "Helvetica",
                10,
                "Minutes of the meeting held on Wednesday 25 January 2023 at 10:30 at Fire Service Headquarters,",
            ),
            (60, 750, "Helvetica", 10, "Foundry Lane, Ormsworth."),
            (60, 726, "Helvetica-Bold", 10, "Present: Cllr Hesper Quigley (Chair), Cllr Anselm Rook"),
            (60, 700, "Helvetica-Bold", 10, "23/011   Treasury management"),
            (60, 684, "Helvetica", 10, "The Authority noted the treasury management strategy."),
        ],
    )


def test_a_status_line_does_not_end_the_heading_before_its_dated_sentence(status_then_sentence):
    records, _ = read_file(status_then_sentence, MinutesExtractor())
    [meeting] = [m for m in of(records, MeetingMention) if m.origin == "minutes"]
    assert (meeting.meeting_date, meeting.start_time, meeting.minutes_status) == ("2023-01-25", "10:30", "draft")
    assert meeting.location == "Fire Service Headquarters, Foundry Lane, Ormsworth"


@pytest.fixture(scope="module")
def notice_with_place(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("round7") / "notice-with-place.pdf"
    return draw_lines(
        path,
        [
            (60, 800, "Helvetica-Bold", 12, "NOTICE OF MEETING"),
            (60, 782, "Helvetica-Bold", 12, "QUENBY POLICE AND CRIME PANEL"),
            (80, 760, "Helvetica", 10, "Date:"),
            (180, 760, "Helvetica", 10, "Monday, 5th June, 2023"),
            (80, 746, "Helvetica", 10, "Time:"),
            (180, 746, "Helvetica", 10, "10.00 am"),
            (80, 732, "Helvetica", 10, "Place:"),
            (180, 732, "Helvetica", 10, "Committee Room 4, County Offices, Quenby"),
            (240, 700, "Helvetica-Bold", 11, "AGENDA"),
            (60, 684, "Helvetica-Bold", 10, "PART I – ITEMS CONSIDERED IN PUBLIC"),
            (70, 664, "Helvetica", 10, "1."),
            (100, 664, "Helvetica", 10, "Apologies for Absence"),
            (70, 646, "Helvetica", 10, "2."),
            (100, 646, "Helvetica", 10, "Declarations of Interest"),
            (70, 628, "Helvetica", 10, "3."),
            (100, 628, "Helvetica", 10, "Police and Crime Plan Update"),
        ],
    )


def test_a_labelled_place_outranks_words_read_from_the_notice(notice_with_place):
    records, _ = read_file(notice_with_place, AgendaExtractor())
    [meeting] = [m for m in of(records, MeetingMention) if m.origin == "agenda"]
    assert (meeting.meeting_date, meeting.start_time) == ("2023-06-05", "10:00")
    assert meeting.location == "Committee Room 4, County Offices, Quenby"


def test_a_venue_after_a_bar_on_the_dated_line():
    from extractors.agenda import dated_line_facts
    from pipeline.records import Line, Word

    text = "8 February 2023, 14:00 – 16:00 | The Ashcroft Room, OPCC, Barrow House, Quenby"
    words, x = [], 50.0
    for token in text.split():
        words.append(Word(token, x, 100.0, x + 6 * len(token), 110.0, 10.0, False))
        x += 6 * len(token) + 3
    facts = dated_line_facts([Line(tuple(words))])
    assert facts.location == "The Ashcroft Room, OPCC, Barrow House, Quenby"


@pytest.fixture(scope="module")
def wrapped_time_and_status_below(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("round7") / "wrapped-time.pdf"
    return draw_lines(
        path,
        [
            (60, 800, "Helvetica-Bold", 11, "UNCONFIRMED MINUTES"),
            (
                60,
                784,
                "Helvetica",
                10,
                "Minutes of the meeting of the Harrowgate Joint Audit and Standards Committee held on Tuesday 7 March",
            ),
            (60, 770, "Helvetica", 10, "2023 at"),
            (60, 756, "Helvetica", 10, "10.00 am in Meeting Room 5, Harrowgate Police Headquarters."),
            (60, 736, "Helvetica", 10, "Status: Confirmed by the Committee on 6 June 2023"),
            (60, 716, "Helvetica-Bold", 10, "Attendance"),
            (60, 700, "Helvetica", 10, "Present: Ingrid Falstead (Chair), Mateo Rourke (Independent member)"),
            (60, 676, "Helvetica-Bold", 10, "1. Internal audit"),
            (60, 660, "Helvetica", 10, "1.1  The Committee noted the internal audit progress report."),
        ],
    )


def test_a_time_wrapped_to_a_line_start_is_no_minute_number(wrapped_time_and_status_below):
    records, _ = read_file(wrapped_time_and_status_below, MinutesExtractor())
    [meeting] = [m for m in of(records, MeetingMention) if m.origin == "minutes"]
    assert (meeting.meeting_date, meeting.start_time) == ("2023-03-07", "10:00")
    # the status line under the dated sentence ends the heading: the place stops before it
    assert meeting.location == "Meeting Room 5, Harrowgate Police Headquarters"


@pytest.fixture(scope="module")
def cards_with_theme_beside(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("round7") / "cards-theme-beside.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    y = 800.0
    page.setFont("Helvetica-Bold", 12)
    page.drawString(50, y, "Kirkby Dale Fire and Rescue Service – Corporate Risk Register (risk cards)")
    y -= 30
    for ref, name, theme, statement, owner, ratings in [
        (
            "KD3",
            "Retained cover",
            "People",
            "Too few on-call staff can be released by their employers.",
            "Area Manager",
            ["Inherent Likelihood: 4 Impact: 3 Score: 12", "Residual Likelihood: 3 Impact: 3 Score: 9"],
        ),
        (
            "KD5",
            "Fleet replacement",
            "Assets and resources",
            "Pumping appliances reach the end of their service life early.",
            "Head of Fleet",
            ["Inherent Likelihood: 3 Impact: 4 Score: 12", "Residual Likelihood: 2 Impact: 4 Score: 8"],
        ),
    ]:
        page.setFont("Helvetica-Bold", 10)
        page.drawString(50, y, f"{ref} | {name}")
        page.setFont("Helvetica", 10)
        page.drawString(380, y, f"Theme: {theme}")
        page.drawString(50, y - 18, statement)
        page.drawString(50, y - 34, f"Owner: {owner}")
        for n, rating in enumerate(ratings):
            page.drawString(50, y - 52 - n * 14, rating)
        y -= 110
    page.showPage()
    page.save()
    return path


def test_a_theme_beside_a_card_title_is_the_risk_objective(cards_with_theme_beside):
    records, _ = read_file(cards_with_theme_beside, RiskRegisterExtractor())
    risks = {r.reference: (r.objective, r.description) for r in of(records, RiskEntry)}
    assert risks == {
        "KD3": ("People", "Too few on-call staff can be released by their employers."),
        "KD5": ("Assets and resources", "Pumping appliances reach the end of their service life early."),
    }


# --- a risk card as one ruled table, its phases over their ratings in two rows -------------------


@pytest.fixture(scope="module")
def card_tables(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("round7") / "card-tables.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica-Bold", 12)
    page.drawString(50, 800, "Office of the Police, Fire and Crime Commissioner for Brindley – Risk Register")
    y = 780
    for ref, theme, statement, owner, ratings, reviewed in [
        (
            "BPF-01",
            "Governance",
            "Scrutiny reports reach the board too late to act on.",
            "Chief Executive",
            ["4 x 4 = 16", "3 x 3 = 9", "2 x 3 = 6"],
            "02/12/2020",
        ),
        (
            "BPF-02",
            "Finance",
            "Precept income falls short of the plan.",
            "Chief Finance Officer",
            ["3 x 5 = 15", "3 x 4 = 12", "2 x 4 = 8"],
            "25/11/2020",
        ),
    ]:
        rows = [
            [f"{ref} Theme: {theme}", "", "", ""],
            ["Risk", statement, "", ""],
            ["Risk owner", owner, "", ""],
            ["", "Inherent risk", "Residual risk", "Target risk"],
            ["Likelihood x Impact = Score", *ratings],
            ["Date reviewed", reviewed, "", ""],
        ]
        table = Table(rows, colWidths=[130, 120, 120, 120])
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
                    ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
                    ("SPAN", (0, 0), (-1, 0)),
                    ("SPAN", (1, 1), (-1, 1)),
                    ("SPAN", (1, 2), (-1, 2)),
                    ("SPAN", (1, 5), (-1, 5)),
                ]
            )
        )
        _, height = table.wrapOn(page, 500, 300)
        table.drawOn(page, 50, y - height)
        y -= height + 30
    page.showPage()
    page.save()
    return path


def test_a_card_tables_phase_row_over_its_ratings(card_tables):
    records, _ = read_file(card_tables, RiskRegisterExtractor())
    risks = {r.reference: (r.objective, r.description) for r in of(records, RiskEntry)}
    assert risks == {
        "BPF-01": ("Governance", "Scrutiny reports reach the board too late to act on."),
        "BPF-02": ("Finance", "Precept income falls short of the plan."),
    }
    ratings = {(r.reference, r.phase): (r.likelihood, r.impact, r.score) for r in of(records, RiskRating)}
    assert ratings == {
        ("BPF-01", "inherent"): (4, 4, 16),
        ("BPF-01", "current"): (3, 3, 9),
        ("BPF-01", "target"): (2, 3, 6),
        ("BPF-02", "inherent"): (3, 5, 15),
        ("BPF-02", "current"): (3, 4, 12),
        ("BPF-02", "target"): (2, 4, 8),
    }


# --- bullet notes: an action marker after its sentence, a labelled venue kept as printed ------


@pytest.fixture(scope="module")
def bullet_notes(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("round7") / "bullet-notes.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    y = 800.0

    def line(parts: list[tuple[float, str, str]], step: float = 13) -> None:
        nonlocal y
        for x, font, text in parts:
            page.setFont(font, 10)
            page.drawString(x, y, text)
        y -= step

    regular, bold = "Helvetica", "Helvetica-Bold"
    line([(57, bold, "Fellbrook Commissioner's Oversight Board")], 16)
    line([(57, bold, "Notes of meeting")], 16)
    line([(57, regular, "Date"), (160, regular, "Wednesday 10 March 2021")])
    line([(57, regular, "Venue"), (160, regular, "Held via Microsoft Teams")], 22)
    line([(57, bold, "Present")])
    line([(57, regular, "Police and Crime Commissioner"), (290, regular, "Oona Leverett (OL)")])
    line([(57, regular, "Chief Constable"), (290, regular, "Piers Wakeham (PW)")])
    line([(57, regular, "Director of Resources, Fellbrook Police Authority"), (290, regular, "Ruth Dunstan (RD)")], 22)
    line([(57, bold, "1."), (75, bold, "Budget monitoring")])
    line(
        [
            (57, regular, "•"),
            (75, regular, "RD reported a forecast underspend of £1.1m, mostly from police staff vacancies."),
        ]
    )
    line([(57, regular, "•"), (75, regular, "Circulate the revised capital programme to chief officers by 26 March")])
    line([(75, regular, "2021."), (102, bold, "Action – RD")])
    line(
        [
            (57, regular, "•"),
            (75, regular, "Report on overtime spending in the public order unit."),
            (330, bold, "Action –"),
        ]
    )
    line([(75, bold, "PW (14/04/2021)")])
    page.showPage()
    page.save()
    return path


def test_action_markers_after_their_sentences_in_bullet_notes(bullet_notes):
    records, _ = read_file(bullet_notes, MinutesExtractor())
    [meeting] = [m for m in of(records, MeetingMention) if m.origin == "minutes"]
    assert meeting.location == "Held via Microsoft Teams"
    people = {a.name for a in of(records, Attendee)}
    assert people == {"Oona Leverett", "Piers Wakeham", "Ruth Dunstan"}
    actions = {(a.description, a.owner_text, a.target_date) for a in of(records, ActionSighting)}
    assert actions == {
        ("Circulate the revised capital programme to chief officers by 26 March 2021.", "RD", "2021-03-26"),
        ("Report on overtime spending in the public order unit.", "PW", "2021-04-14"),
    }


def test_a_number_a_narrow_column_broke_is_joined():
    from extractors.action_log import cell_lines

    assert cell_lines(["15.07.2", "0"]) == "15.07.20"
    assert cell_lines(["20/02", "4"]) == "20/024"
    assert cell_lines(["Report to the Board", "in 2", "parts"]) == "Report to the Board\nin 2\nparts"


def test_a_heading_that_is_a_fields_own_name_is_not_a_measure():
    from extractors.risk_tables import read_column_roles

    roles = read_column_roles(["Ref", "Risk and consequence", "Owner", "L", "I"], ["", "", "", "", ""])
    assert [(c.field, c.measure) for c in roles] == [
        ("reference", None),
        ("description", None),
        ("owner", None),
        (None, "likelihood"),
        (None, "impact"),
    ]


def test_a_post_of_any_words_before_a_name_its_initials_spell():
    from extractors.attendance import PeopleReader
    from extractors.minutes import WORDS

    people = PeopleReader(WORDS())
    person = people.person("Head of Estates and Fleet Clement Ashby (CA)")
    assert person is not None and (person.name, person.role, person.alias) == (
        "Clement Ashby",
        "Head of Estates and Fleet",
        "CA",
    )
    assert people.person("Director of Finance and Resources (DF)") is None


def test_the_strongest_verb_of_a_second_deciding_clause():
    from extractors.minutes import decision_type

    assert decision_type("The Board noted the position and the Commissioner agreed to release £0.2m.") == "agreed"
    assert decision_type("The Panel noted the report.") == "noted"


# --- a paper's cover sheet before minutes; side-by-side boxed lists; a firm after a role --------


@pytest.fixture(scope="module")
def cover_sheet_minutes(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("round7") / "cover-sheet-minutes.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    rows = Rows(page, 800, "Helvetica", 10, 1.6)
    rows([(60, "Agenda item 4 – Paper B")], "Helvetica-Bold")
    rows([(60, "Title"), (200, "Minutes of the meeting held on 9 May 2024")])
    rows([(60, "Report of"), (200, "Committee Secretary")])
    rows([(60, "Meeting date"), (200, "17 September 2024")])
    rows([(60, "Purpose"), (200, "To confirm the minutes as a correct record.")])
    page.showPage()
    rows = Rows(page, 800, "Helvetica", 10, 1.6)
    rows([(60, "Rowanford Joint Audit Committee")], "Helvetica-Bold", 12)
    rows([(60, "DRAFT minutes of the meeting held on Thursday 9 May 2024 at 14:00, Council Room, Rowanford House")])
    rows.y -= 8
    rows([(60, "Present")], "Helvetica-Bold")
    rows([(75, "Beatrix Orme (BO) – Independent Member (Chair)")])
    rows([(75, "Silas Whitfield (SW) – Independent Member")])
    rows([(60, "In attendance")], "Helvetica-Bold")
    rows([(75, "Nerys Caddick (NC) – Audit Director, Harland Stewart LLP")])
    rows.y -= 8
    rows([(60, "24/21"), (110, "Internal audit plan")], "Helvetica-Bold")
    rows([(110, "The Committee approved the internal audit plan for 2024/25.")])
    page.showPage()
    page.save()
    return path


def test_minutes_behind_a_cover_sheet_take_their_own_date(cover_sheet_minutes):
    records, _ = read_file(cover_sheet_minutes, MinutesExtractor())
    [meeting] = [m for m in of(records, MeetingMention) if m.origin == "minutes"]
    assert (meeting.meeting_date, meeting.start_time) == ("2024-05-09", "14:00")
    # a firm named after a role ('Audit Director, Harland Stewart LLP') is no person
    people = {(a.name, a.attendance) for a in of(records, Attendee)}
    assert people == {
        ("Beatrix Orme", "member"),
        ("Silas Whitfield", "member"),
        ("Nerys Caddick", "in_attendance"),
    }
    assert {d.meeting_date for d in of(records, Decision)} == {"2024-05-09"}


@pytest.fixture(scope="module")
def boxed_lists(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("round7") / "boxed-lists.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica-Bold", 12)
    page.drawString(60, 800, "ASHVALE JOINT AUDIT COMMITTEE")
    page.setFont("Helvetica", 10)
    page.drawString(60, 784, "Unconfirmed minutes of the meeting held on Tuesday 4 February 2025 at 10.00am in Room 2")
    left = "Committee members\nTobias Renwick – Independent Member (Chair)\nMorwenna Hale – Independent Member"
    right = "In attendance\nJago Pendle – Chief Finance Officer, OPCC\nFreya Lockyer – Head of Internal Audit"
    table = Table([[left, right]], colWidths=[230, 230])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
                ("INNERGRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
                ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
            ]
        )
    )
    _, height = table.wrapOn(page, 460, 200)
    table.drawOn(page, 60, 770 - height)
    page.setFont("Helvetica-Bold", 10)
    page.drawString(60, 750 - height, "Minute 3       Treasury management")
    page.setFont("Helvetica", 10)
    page.drawString(60, 734 - height, "The Committee noted the treasury management update.")
    page.showPage()
    page.save()
    return path


def test_lists_boxed_side_by_side_under_their_labels(boxed_lists):
    records, _ = read_file(boxed_lists, MinutesExtractor())
    people = {(a.name, a.attendance) for a in of(records, Attendee)}
    assert people == {
        ("Tobias Renwick", "member"),
        ("Morwenna Hale", "member"),
        ("Jago Pendle", "in_attendance"),
        ("Freya Lockyer", "in_attendance"),
    }


@pytest.fixture(scope="module")
def header_only_table(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("round7") / "header-only-table.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica-Bold", 12)
    page.drawString(57, 800, "Agenda")
    page.setFont("Helvetica", 10)
    page.drawString(
        57, 782, "Meeting of the Dunmere Joint Audit Committee to be held on Tuesday 11 March 2025 at 10:00"
    )
    # the header row alone is ruled; the items run on just under its bottom rule
    header = Table([["Item", "Subject", "Lead"]], colWidths=[40, 250, 150], rowHeights=[15])
    header.setStyle(
        TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("FONT", (0, 0), (-1, -1), "Helvetica-Bold", 10)])
    )
    header.wrapOn(page, 440, 20)
    header.drawOn(page, 52, 750)
    for n, (subject, lead) in enumerate(
        [
            ("Welcome and apologies", "Chair"),
            ("Declarations of interest", "Chair"),
            ("Internal audit progress", "Head of Internal Audit"),
        ]
    ):
        y = 742.2 - n * 15
        page.drawString(57, y, str(n + 1))
        page.drawString(95, y, subject)
        page.drawString(345, y, lead)
    page.showPage()
    page.save()
    return path


def test_the_first_row_under_a_table_of_its_header_alone(header_only_table):
    records, _ = read_file(header_only_table, AgendaExtractor())
    items = [(i.item_number, i.title) for i in of(records, AgendaItem)]
    assert items == [
        ("1", "Welcome and apologies"),
        ("2", "Declarations of interest"),
        ("3", "Internal audit progress"),
    ]


@pytest.fixture(scope="module")
def tag_after_the_stop(tmp_path_factory) -> Path:
    return draw_lines(
        tmp_path_factory.mktemp("round7") / "tag-after-stop.pdf",
        [
            (60, 800, "Helvetica-Bold", 12, "KESTLEY POLICE AND CRIME PANEL"),
            (
                60,
                782,
                "Helvetica",
                10,
                "MINUTES of a meeting of the Kestley Police and Crime Panel held on Monday 8 July 2024 at 2.00 pm",
            ),
            (60, 760, "Helvetica", 10, "PRESENT: Councillor Ines Carrow (Chair), Councillor Wilf Attwood"),
            (60, 736, "Helvetica-Bold", 10, "12."),
            (100, 736, "Helvetica-Bold", 10, "ANNUAL REPORT"),
            (60, 720, "Helvetica", 10, "12.1"),
            (
                100,
                720,
                "Helvetica",
                10,
                "Members asked for the complaints figures by district. The Commissioner agreed to supply them. (Action:",
            ),
            (100, 706, "Helvetica", 10, "Police and Crime Commissioner)"),
        ],
    )


def test_an_action_tag_set_after_the_full_stop(tag_after_the_stop):
    records, _ = read_file(tag_after_the_stop, MinutesExtractor())
    actions = [(a.description, a.owner_text) for a in of(records, ActionSighting)]
    assert actions == [("The Commissioner agreed to supply them.", "Police and Crime Commissioner")]


@pytest.fixture(scope="module")
def card_with_measure_table(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("round7") / "card-measure-table.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica-Bold", 12)
    page.drawString(50, 800, "Office of the Police, Fire and Crime Commissioner for Ashlow – Strategic Risk Register")
    y = 760
    for ref, theme, statement, ratings in [
        (
            "AFC-R1",
            "Governance",
            "Delegations are out of date after the transfer of fire governance.",
            [("Inherent", 3, 4), ("Current", 2, 4), ("Target", 1, 4)],
        ),
        (
            "AFC-R2",
            "Finance",
            "The fire precept leaves a gap the reserves cannot meet.",
            [("Inherent", 4, 4), ("Current", 3, 3), ("Target", 2, 3)],
        ),
    ]:
        page.setFont("Helvetica-Bold", 10)
        page.drawString(50, y, f"{ref} | {theme}")
        table = Table(
            [["", "Likelihood", "Impact", "Score"], *[[p, str(l), str(i), str(l * i)] for p, l, i in ratings]],
            colWidths=[60, 50, 45, 40],
        )
        table.setStyle(
            TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("FONT", (0, 0), (-1, -1), "Helvetica", 8)])
        )
        _, height = table.wrapOn(page, 200, 100)
        table.drawOn(page, 330, y - 12 - height)
        page.setFont("Helvetica", 9)
        page.drawString(50, y - 40, f"Risk: {statement}")
        page.drawString(50, y - 54, "Last reviewed: 06/03/2025")
        y -= 120
    page.showPage()
    page.save()
    return path


def test_a_cards_measure_table_header_is_not_its_statement(card_with_measure_table):
    records, _ = read_file(card_with_measure_table, RiskRegisterExtractor())
    risks = {r.reference: r.objective for r in of(records, RiskEntry)}
    assert risks == {"AFC-R1": "Governance", "AFC-R2": "Finance"}
    ratings = {(r.reference, r.phase): (r.likelihood, r.impact) for r in of(records, RiskRating)}
    assert ratings[("AFC-R1", "current")] == (2, 4) and ratings[("AFC-R2", "target")] == (2, 3)
