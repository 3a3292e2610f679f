"""Forms met in the rounds on the blind sets blind13-15, each in invented bodies' words."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen import canvas as pdf_canvas

from extractors.minutes import MinutesExtractor
from pipeline.layout import canonical_body, find_body_name
from pipeline.owners import OwnerDirectory
from pipeline.profiles import area_named, profile_named
from pipeline.reader import read_document
from pipeline.records import Decision, MeetingMention
from pipeline.segment import segment
from tests.minutes_fixtures import read_file
from tests.test_round7 import Rows, draw_lines, of


def test_a_mixed_case_body_name_keeps_its_acronyms():
    assert canonical_body("Ambergate OPCC Scrutiny Board") == "Ambergate OPCC Scrutiny Board"
    assert canonical_body("Tarrow JIAC") == "Tarrow JIAC"
    assert canonical_body("Wendle OPFCC Fleet Board") == "Wendle OPFCC Fleet Board"
    # capitals that spell a word, not initials
    assert canonical_body("Estates Coordination BOARD") == "Estates Coordination Board"
    assert canonical_body("Tarrow CRIME Panel") == "Tarrow Crime Panel"
    # all in capitals, an acronym cannot be told from a word
    assert canonical_body("AMBERGATE SCRUTINY BOARD") == "Ambergate Scrutiny Board"
    assert canonical_body("Business Co-ordination Board") == "Business Coordination Board"


def test_minutes_of_a_board_named_with_an_acronym(tmp_path: Path):
    path = draw_lines(
        tmp_path / "minutes.pdf",
        [
            (72, 780, "Helvetica-Bold", 14, "Ambergate OPCC Scrutiny Board"),
            (72, 760, "Helvetica", 11, "Minutes of the meeting held on 4 March 2025 at 10.00am"),
            (72, 730, "Helvetica-Bold", 11, "1. Apologies"),
            (72, 714, "Helvetica", 11, "Apologies were received from Ann Vell."),
            (72, 690, "Helvetica-Bold", 11, "2. Budget monitoring"),
            (72, 674, "Helvetica", 11, "The Board noted the report."),
        ],
    )
    records, _ = read_file(path, MinutesExtractor())
    assert [m.body for m in of(records, MeetingMention)] == ["Ambergate OPCC Scrutiny Board"]


def test_a_body_name_may_list_its_first_words_with_a_comma():
    assert find_body_name("Minutes of the Wendle Police, Fire and Crime Panel held at") == (
        "Wendle Police, Fire and Crime Panel"
    )
    assert find_body_name("AUDIT, RISK AND ASSURANCE COMMITTEE") == "Audit, Risk and Assurance Committee"
    # a comma that ends a clause does not join it to the name after it
    assert find_body_name("As agreed, the Board met") == "Board"


def test_a_combined_authority_names_its_area():
    text = "Harrowby Combined Authority Police, Fire and Crime Panel – 4 June 2025\nActions tracker\n"
    assert area_named(text) == "Harrowby"
    assert area_named("The Combined Authority Police and Crime Panel met.") is None


# --- a pack whose papers are parted only by cover sheets, their labels set without colons ---------


def cover_sheet(row, item: str, title: str, author: str) -> None:
    row([(60, "ASHWOLD OPFCC – FORCE PERFORMANCE BOARD")], "Helvetica-Bold", 12, 2.0)
    for label, value in (
        ("Meeting date", "9 April 2025"),
        ("Agenda item", item),
        ("Title", title),
        ("Report of", author),
        ("Purpose of report", "To update the Board."),
        ("Recommendation", "The Board is asked to note the update."),
    ):
        row([(60, label), (200, value)])


def test_cover_sheets_without_colons_part_the_papers_of_a_pack(tmp_path: Path):
    path = tmp_path / "pack.pdf"
    page = pdf_canvas.Canvas(str(path))
    cover_sheet(Rows(page, 780.0, "Helvetica", 10, 1.8), "6", "Action log", "Head of Governance")
    page.showPage()
    row = Rows(page, 780.0, "Helvetica", 9, 1.8)
    row([(60, "Action log – as at 1 April 2025")], "Helvetica-Bold", 12, 2.0)
    row(
        [(60, "Ref"), (110, "Raised"), (170, "Action"), (380, "Owner"), (450, "Due"), (510, "Status")], "Helvetica-Bold"
    )
    row(
        [(60, "FPB/31"), (110, "12/02/25"), (170, "Review the fleet telematics data."), (380, "ACC"), (450, "30/04/25")]
    )
    row([(510, "Open")])
    row([(60, "FPB/32"), (110, "12/02/25"), (170, "Publish the stop search panel's report."), (380, "CEO")])
    row([(450, "12/03/25"), (510, "Closed")])
    page.showPage()
    cover_sheet(Rows(page, 780.0, "Helvetica", 10, 1.8), "7", "Estates disposals", "Director of Finance")
    page.showPage()
    row = Rows(page, 780.0, "Helvetica", 10, 1.8)
    row([(60, "Estates disposals")], "Helvetica-Bold", 12, 2.0)
    row([(60, "1. Two former section houses were sold in the quarter for a total of £1.2m.")])
    row([(60, "2. The sale of the old custody block has been delayed by a boundary dispute.")])
    page.showPage()
    page.save()

    _, parts = segment(read_document(path, "pack", []))
    assert [(p.part_kind, p.page_start, p.page_end) for p in parts] == [
        ("report", 1, 1),
        ("action_log", 2, 2),
        ("report", 3, 4),
    ]


def test_a_police_fire_and_crime_commissioner_is_an_office_of_its_own():
    directory = OwnerDirectory(profile=profile_named("Wendleshire"))
    for printed, office in (
        ("PFCC", "Police, Fire and Crime Commissioner"),
        ("Deputy PFCC", "Deputy Police, Fire and Crime Commissioner"),
        ("PCC", "Police and Crime Commissioner"),
    ):
        assert [o.name for o in directory.resolve(printed)] == [office]


def test_a_clerk_and_a_treasurer_sharing_a_cell_are_two_owners():
    directory = OwnerDirectory(profile=profile_named("Wendleshire"))
    assert [o.name for o in directory.resolve("Clerk / Treasurer")] == ["Clerk", "Treasurer"]


def test_a_paper_lettered_in_its_running_header_starts_a_part_after_pages_without_one(tmp_path: Path):
    path = tmp_path / "pack.pdf"
    page = pdf_canvas.Canvas(str(path))
    row = Rows(page, 780.0, "Helvetica", 9, 1.8)
    row([(60, "Action log – as at 1 April 2025")], "Helvetica-Bold", 12, 2.0)
    row(
        [(60, "Ref"), (110, "Raised"), (170, "Action"), (380, "Owner"), (450, "Due"), (510, "Status")], "Helvetica-Bold"
    )
    row(
        [(60, "FPB/31"), (110, "12/02/25"), (170, "Review the fleet telematics data."), (380, "ACC"), (450, "30/04/25")]
    )
    row([(510, "Open")])
    page.showPage()
    for number in (2, 3):
        page.setFont("Helvetica", 9)
        page.drawString(480, 810, "Paper D")
        row = Rows(page, 760.0, "Helvetica", 10, 1.8)
        if number == 2:
            row([(60, "Estates disposals")], "Helvetica-Bold", 12, 2.0)
        row([(60, f"{number}. The sale of the old custody block was delayed by a boundary dispute.")])
        page.showPage()
    page.save()

    _, parts = segment(read_document(path, "pack", []))
    assert [(p.part_kind, p.page_start, p.page_end) for p in parts][0] == ("action_log", 1, 1)
    assert [(p.page_start, p.page_end) for p in parts][1:] == [(2, 3)]


def test_a_minutes_part_is_titled_by_the_body_alone_not_the_status_box_beside_it(tmp_path: Path):
    path = draw_lines(
        tmp_path / "minutes.pdf",
        [
            (60, 780, "Helvetica-Bold", 13, "WENDLE JOINT AUDIT PANEL"),
            (380, 780, "Helvetica-Bold", 10, "MINUTES – CONFIRMED"),
            (60, 760, "Helvetica", 11, "Minutes of the meeting held on 14 May 2025 at 10.00am"),
            (60, 730, "Helvetica-Bold", 11, "1. Apologies"),
            (60, 714, "Helvetica", 11, "Apologies were received from Ann Vell."),
            (60, 690, "Helvetica-Bold", 11, "2. Internal audit progress"),
            (60, 674, "Helvetica", 11, "The Panel noted the report."),
        ],
    )
    _, parts = segment(read_document(path, "minutes", []))
    assert [(p.part_kind, p.title) for p in parts] == [("minutes", "Wendle Joint Audit Panel – Confirmed Minutes")]


def test_a_council_web_page_of_agenda_and_minutes_is_read_as_minutes(tmp_path: Path):
    path = draw_lines(
        tmp_path / "web.pdf",
        [
            (40, 800, "Helvetica", 8, "14/07/2025, 16:02      Agenda and minutes - Wendle Police and Crime Panel"),
            (40, 770, "Helvetica-Bold", 16, "Agenda and minutes"),
            (40, 750, "Helvetica", 11, "Wendle Police and Crime Panel - Thursday, 3 July 2025 2.00 pm"),
            (40, 734, "Helvetica", 10, "Venue: Council Chamber, Guildhall, Wendle"),
            (40, 710, "Helvetica", 10, "Present: Councillors Ann Vell (Chair), Rhys Catt and Tom Orde."),
            (40, 680, "Helvetica-Bold", 11, "Items"),
            (40, 660, "Helvetica-Bold", 10, "12/25"),
            (100, 660, "Helvetica-Bold", 10, "BUDGET MONITORING"),
            (100, 644, "Helvetica", 10, "To consider the budget monitoring report."),
            (100, 626, "Helvetica-Bold", 10, "Minutes:"),
            (100, 610, "Helvetica", 10, "The Panel noted the budget monitoring report for the first quarter."),
        ],
    )
    _, parts = segment(read_document(path, "web", []))
    assert [p.part_kind for p in parts] == ["minutes"]
    records, _ = read_file(path, MinutesExtractor())
    assert [d.decision_type for d in of(records, Decision)] == ["noted"]


# --- two text columns ----------------------------------------------------------------------------

LEFT_COLUMN = [
    "3.1 The Head of Estates presented the plan for",
    "the new custody suite, which would replace the",
    "two oldest suites in the county by the spring",
    "of the following year at a cost of four million.",
    "3.2 Members asked how the suite would be staffed",
    "and were told that detention officers would move",
    "from the closed suites, so that no post was lost",
    "and the rota would be agreed with the unions.",
    "3.3 The Board approved the outline business case.",
]
RIGHT_COLUMN = [
    "4.1 The Chief Finance Officer reported that the",
    "forecast outturn was a small underspend, mostly",
    "from vacancies in the control room, offset in",
    "part by overtime at two large summer events in",
    "the north of the county and by fuel costs which",
    "had risen since the budget was set in February.",
    "4.2 The Board noted the forecast outturn.",
]


def test_two_text_columns_are_read_one_after_the_other(tmp_path: Path):
    lines = [(60, 780, "Helvetica-Bold", 12, "Ashwold Fleet Board – minutes of 2 June 2025")]
    lines += [(60, 750 - 14 * i, "Times-Roman", 10, text) for i, text in enumerate(LEFT_COLUMN)]
    # the right column's baselines sit between the left's, as a designed page sets them
    lines += [(310, 743 - 14 * i, "Times-Roman", 10, text) for i, text in enumerate(RIGHT_COLUMN)]
    path = draw_lines(tmp_path / "columns.pdf", lines)
    [page] = read_document(path, "columns", [])
    assert [line.text for line in page.lines] == [lines[0][4], *LEFT_COLUMN, *RIGHT_COLUMN]


def test_a_table_without_rules_keeps_its_rows(tmp_path: Path):
    rows = [("FB/12", "Review the telematics data for the pool cars.", "Head of Fleet", "30/06/25")] * 10
    lines = [(60, 780, "Helvetica-Bold", 12, "Action log")]
    for i, (ref, action, owner, due) in enumerate(rows):
        y = 750 - 14 * i
        lines += [(60, y, "Helvetica", 9, ref), (120, y, "Helvetica", 9, action), (340, y, "Helvetica", 9, owner)]
        lines += [(460, y, "Helvetica", 9, due)]
    path = draw_lines(tmp_path / "log.pdf", lines)
    [page] = read_document(path, "log", [])
    assert [line.text for line in page.lines][1:3] == [" ".join(rows[0])] * 2
