"""Synthetic agendas in forms that name no 'Agenda' at the head of the page (invented councils,
boards and people), for tests/test_agenda_forms.py.

- `build_council_committee_agenda`: a council committee agenda in the style councils publish:
  the council's name, then the committee, a long date ('Wednesday, 22nd November, 2023') and a
  time ('6.30 pm') on bare lines, a Membership paragraph, and items in a table drawn with
  horizontal rules only (No. | Business | Page nos.), the number in its own column, a description
  line under each title, a row spanning the table for the private part and an exempt item;
- `build_items_of_business_agenda`: a heading sentence naming the meeting, a membership list,
  then 'ITEMS OF BUSINESS' below the head of the page, numbered items with 'Report of …' lines,
  lettered sub-items '(a)', '(b)' and Roman sub-items '(i)', '(ii)';
- `build_report_lines_agenda`: no title and no table: a board, a date line, and numbered items
  each followed by who reports it;
- `build_roman_agenda`: items numbered I., II., III. beside a 'Report' column;
- `build_council_grid_agenda`: labels with a long date over a ruled grid Ref. | Title | Page with an
  'EXEMPT INFORMATION' row;
- `build_raised_number_agenda`: numbers set above their titles, on lines of their own;
- `build_front_sheet_agenda`: meeting labels and panel members on page 1, a 'Business' list overleaf;
- `build_council_minutes` and `build_council_report`: council minutes and a committee report,
  which mention items, reports and membership, and are not agendas.
"""

from __future__ import annotations

from pathlib import Path

from tests.synthetic import PaperBuilder


def rule(doc: PaperBuilder, x0: float = 55, x1: float = 540) -> None:
    """A horizontal rule between the line just written and the next."""
    doc.gap(3)
    doc.canvas.setLineWidth(0.6)
    doc.canvas.line(x0, doc.y + 11, x1, doc.y + 11)
    doc.gap(3)


def build_council_committee_agenda(path: Path) -> Path:
    doc = PaperBuilder(path)
    doc.text("Brindlecombe Borough Council", x=60, size=16, bold=True)
    doc.text("Community Safety Scrutiny Committee", x=60, size=13, bold=True)
    doc.gap(6)
    doc.text("Wednesday, 22nd November, 2023", x=60)
    doc.text("6.30 pm", x=60)
    doc.text("Committee Room 2, Civic Centre, Brindle Street", x=60)
    doc.gap(8)
    doc.text("Membership", x=60, bold=True)
    doc.lines(
        "Councillors Hester Marlow (Chair), Idris Penhale (Vice-Chair), Tamsin Crewe, Olu Adeyemi,",
        "Bernard Lusk and Priya Venn",
        x=60,
        size=10,
    )
    doc.gap(6)
    doc.text("Contact: Morwenna Tilt, Democratic Services, 01632 960 555", x=60, size=10)
    doc.gap(10)
    doc.text("No.", x=60, bold=True, columns=[(100, "Business"), (470, "Page nos.")])
    rule(doc)
    rows = [
        ("1.", "Apologies for absence", None, ""),
        ("2.", "Declarations of interest", "Members to declare any interests in items on this agenda.", ""),
        ("3.", "Minutes", "To confirm the minutes of the meeting held on 13th September, 2023", "1 - 6"),
        (
            "4.",
            "Neighbourhood policing: report of the District Commander",
            "To receive the quarterly update from the District Commander",
            "7 - 18",
        ),
        ("5.", "Anti-social behaviour case review", None, "19 - 30"),
        ("6.", "Work programme 2023/24", None, "31 - 34"),
    ]
    for number, title, description, pages in rows:
        doc.text(number, x=60, bold=True, columns=[(470, pages)] if pages else None)
        doc.y += 11 * 1.35
        doc.text(title, x=100, bold=True)
        if description:
            doc.text(description, x=100, size=9)
        rule(doc)
    doc.text("PART II – NOT OPEN TO THE PUBLIC", x=100, bold=True)
    rule(doc)
    doc.text("7.", x=60, bold=True)
    doc.y += 11 * 1.35
    doc.text("Exclusion of the press and public", x=100, bold=True)
    doc.text("To resolve that the public be excluded for the following item of exempt business.", x=100, size=9)
    rule(doc)
    doc.text("8.", x=60, bold=True, columns=[(470, "35 - 40")])
    doc.y += 11 * 1.35
    doc.text("CCTV maintenance contract award", x=100, bold=True)
    rule(doc)
    return doc.save()


def build_items_of_business_agenda(path: Path) -> Path:
    doc = PaperBuilder(path)
    doc.text("Office of the Commissioner for Policing and Community Safety", x=60, size=10)
    doc.gap(6)
    doc.lines(
        "A meeting of the Wendlebury Policing Oversight Board will be held on Friday 15th March 2024",
        "at 9.30 am in the Oak Room, Police Headquarters, Ferry Road, Wendlebury.",
        x=60,
        size=10,
    )
    doc.gap(6)
    doc.text("Board members", x=60, bold=True, size=10)
    doc.lines(
        "Commissioner Ruth Ambler (Chair); Chief Constable Dafydd Morse; Chief Finance Officer",
        "Lena Strick; Chief Executive Omar Haddad",
        x=60,
        size=10,
    )
    doc.gap(10)
    doc.text("ITEMS OF BUSINESS", x=60, size=12, bold=True)
    doc.gap(4)
    doc.text("1.", x=60, columns=[(85, "Welcome and apologies")])
    doc.gap(4)
    doc.text("2.", x=60, columns=[(85, "Notes and actions of 16th February 2024")])
    doc.gap(4)
    doc.text("3.", x=60, columns=[(85, "Quarter 3 performance")])
    doc.text("(a)", x=85, columns=[(110, "Emergency call handling")])
    doc.text("Report of the Chief Constable", x=110, size=10)
    doc.text("(b)", x=85, columns=[(110, "Victim satisfaction survey")])
    doc.text("Report of the Head of Commissioning", x=110, size=10)
    doc.gap(4)
    doc.text("4.", x=60, columns=[(85, "Budget monitoring")])
    doc.text("Report of the Chief Finance Officer", x=85, size=10)
    doc.text("(i)", x=85, columns=[(110, "Revenue")])
    doc.text("(ii)", x=85, columns=[(110, "Capital")])
    doc.gap(4)
    doc.text("5.", x=60, columns=[(85, "Any other business")])
    return doc.save()


def build_report_lines_agenda(path: Path) -> Path:
    doc = PaperBuilder(path)
    doc.text("Halsworth Joint Audit and Standards Committee", x=60, size=14, bold=True)
    doc.text("Thursday 9th May 2024, 10.30 am, Council Chamber, Halsworth House", x=60)
    doc.gap(12)
    items = [
        ("1", "Chair's announcements", None),
        ("2", "Treasury management outturn 2023/24", "Report of the Deputy Chief Finance Officer"),
        ("3", "Internal audit progress", "Report of the Internal Auditor"),
        ("4", "Annual governance statement (draft)", "Report of the Monitoring Officer"),
    ]
    for number, title, reporter in items:
        doc.text(number, x=60, bold=True, columns=[(90, title)])
        if reporter:
            doc.text(reporter, x=90, size=10)
        doc.gap(6)
    return doc.save()


def build_roman_agenda(path: Path) -> Path:
    doc = PaperBuilder(path)
    doc.text("AGENDA", x=270, size=14, bold=True)
    doc.text("Pellingham Rural Crime Forum", x=220, size=12, bold=True)
    doc.text("Date: Monday 3rd June 2024    Time: 7.00 pm    Venue: Village Hall, Pellingham", x=60, size=10)
    doc.gap(10)
    for number, title, report in (
        ("I.", "Welcome", ""),
        ("II.", "Notes of the last forum", "A"),
        ("III.", "Farm machinery thefts", "B"),
        ("IV.", "Date of next forum", ""),
    ):
        doc.text(number, x=60, columns=[(100, title)] + ([(470, f"Report {report}")] if report else []))
        doc.gap(4)
    return doc.save()


def build_council_minutes(path: Path) -> Path:
    doc = PaperBuilder(path)
    doc.text("Brindlecombe Borough Council", x=60, size=16, bold=True)
    doc.text("Community Safety Scrutiny Committee", x=60, size=13, bold=True)
    doc.gap(6)
    doc.lines("Minutes of the meeting held on Wednesday, 13th September, 2023 at 6.30 pm", x=60)
    doc.text("Present: Councillors Hester Marlow (Chair), Idris Penhale and Tamsin Crewe", x=60, size=10)
    doc.gap(8)
    doc.text("12.", x=60, bold=True, columns=[(100, "Minutes")])
    doc.text("RESOLVED – That the minutes of the meeting held on 5th July, 2023 be confirmed.", x=100, size=10)
    doc.text("13.", x=60, bold=True, columns=[(100, "Neighbourhood policing")])
    doc.text("Report of the District Commander", x=100, size=10)
    doc.text("The Committee considered the report of the District Commander on neighbourhood teams.", x=100, size=10)
    doc.text("RESOLVED – That the report be noted.", x=100, size=10)
    doc.text("14.", x=60, bold=True, columns=[(100, "Work programme")])
    doc.text("Report of the Democratic Services Officer", x=100, size=10)
    doc.text("RESOLVED – That the work programme be agreed.", x=100, size=10)
    return doc.save()


def build_council_report(path: Path) -> Path:
    doc = PaperBuilder(path)
    doc.text("Brindlecombe Borough Council", x=60, size=16, bold=True)
    doc.text("Report to the Community Safety Scrutiny Committee", x=60, size=13, bold=True)
    doc.text("Date of meeting: 22nd November, 2023", x=60, size=10)
    doc.text("Report of the District Commander", x=60, size=10)
    doc.gap(8)
    doc.text("1.", x=60, bold=True, columns=[(90, "Purpose of the report")])
    doc.text("To update members on neighbourhood policing in the borough.", x=90, size=10)
    doc.text("2.", x=60, bold=True, columns=[(90, "Recommendations")])
    doc.text("That the Committee notes the report.", x=90, size=10)
    doc.text("3.", x=60, bold=True, columns=[(90, "Background")])
    doc.text("Membership of the neighbourhood teams changed in April.", x=90, size=10)
    return doc.save()


def build_council_grid_agenda(path: Path) -> Path:
    """A council agenda whose labels give a long date and whose items stand in a ruled grid headed
    Ref. | Title | Page, with an 'Exempt information' row spanning the grid; no 'Agenda' title."""
    doc = PaperBuilder(path)
    doc.text("Upper Tarrow District Council", x=60, size=15, bold=True)
    doc.text("Police and Crime Scrutiny Sub-Committee", x=60, size=12, bold=True)
    doc.gap(6)
    doc.text("Date:", x=60, columns=[(130, "Thursday, 1st February, 2024")])
    doc.text("Time:", x=60, columns=[(130, "2.15 pm")])
    doc.text("Place:", x=60, columns=[(130, "The Guildhall, Market Place, Tarrow")])
    doc.gap(6)
    doc.lines(
        "Membership: Councillor Ewan Rudd (Chairman); Councillors Zofia Brandt, Kit Lomax and Ines Farr;",
        "co-opted member Hal Dunmore.",
        x=60,
        size=10,
    )
    doc.gap(8)
    doc.table(
        [
            ["Ref.", "Title", "Page"],
            ["1", "Substitute members", ""],
            ["2", "Interests", ""],
            ["3", "Record of the sub-committee held on 7th December, 2023", "3 - 8"],
            ["4", "Rural crime partnership: annual statement", "9 - 22"],
            ["5", "Questions from the public", ""],
            ["", "EXEMPT INFORMATION", ""],
            ["6", "Police estate: lease of the former section house", "23 - 30"],
        ],
        widths=[40, 380, 60],
        size=10,
    )
    return doc.save()


def build_raised_number_agenda(path: Path) -> Path:
    """Numbers in a column of their own set higher than their titles (each on a line of its own),
    under a heading whose one line gives a long date and the time; no title, no table."""
    doc = PaperBuilder(path)
    doc.text("Coldharbour Fire and Rescue Authority", x=60, size=14, bold=True)
    doc.text("Monday, 4th March, 2024 at 10.00 am", x=60)
    doc.gap(10)
    for number, lines in (
        ("1", ["Chairman's communications"]),
        ("2", ["Confirmation of the minutes of 12th February, 2024,", "and matters arising"]),
        ("3", ["Retained duty system review"]),
        ("4", ["Prevention strategy 2024-2027"]),
    ):
        doc.text(number, x=60, size=9)
        doc.y += 9 * 1.35 - 10  # the number stands 10 points above its title's first line
        for line in lines:
            doc.text(line, x=100, size=12, bold=True)
        doc.gap(6)
    return doc.save()


def build_front_sheet_agenda(path: Path) -> Path:
    """A front sheet (the meeting's labels and the panel's members, no items) with the items overleaf
    under a 'Business' heading."""
    doc = PaperBuilder(path)
    doc.text("Mardale and Fenwick Police, Fire and Crime Panel", x=60, size=15, bold=True)
    doc.gap(10)
    doc.text("Date", x=60, bold=True, columns=[(160, "Friday, 19th January, 2024")])
    doc.text("Time", x=60, bold=True, columns=[(160, "11.00 am")])
    doc.text("Venue", x=60, bold=True, columns=[(160, "Council Chamber, Mardale Town Hall")])
    doc.gap(10)
    doc.text("Panel members", x=60, bold=True)
    for member in (
        "Councillor Orla Quigley (Chair)",
        "Councillor Tobias Wren",
        "Councillor Annette Dufresne",
        "Mr Hamish Lowe (independent member)",
    ):
        doc.text(member, x=60, size=10)
    doc.gap(10)
    doc.text("Enquiries: Panel Support Officer, 01632 960 777", x=60, size=10)
    doc.new_page()
    doc.text("Business", x=60, size=13, bold=True)
    doc.gap(4)
    for number, title in (
        ("1.", "Apologies"),
        ("2.", "Declarations of interest"),
        ("3.", "Proposed precept 2024/25"),
        ("4.", "Panel arrangements review"),
    ):
        doc.text(number, x=60, columns=[(90, title)])
        doc.gap(4)
    return doc.save()
