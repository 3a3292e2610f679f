"""Synthetic agendas (invented boards, places and people) in layouts beyond the gallery's.

Each builder writes a PDF with `tests.synthetic.PaperBuilder` and returns its path; the tests
read it back through the real reader. Every layout differs in wording and geometry from the
gallery papers it stands beside, so a pass shows the extractor follows layout and language:

- `build_ruled_agenda`: label–value heading without colons (a label with its value on the
  next line, a time printed '14:00 hrs'), a ruled table No. | Agenda item | Presenter | Time
  with 'Item 3'-style numbers, a Part A / Exempt business section row, and an item whose title
  names another meeting's date;
- `build_notice_letter`: a letter dated a fortnight before the meeting, whose notice ("Notice
  is hereby given that a meeting of the … will be held at … on … at 10.30 am") names the
  meeting, with the panel's membership; the agenda follows on page 2 with regular-weight
  titles and 'Presented by' or '(Treasurer …)' lines in the title's own style, a wrapped title
  and sub-items;
- `build_cover_and_timed_agenda`: an 'Agenda and reports' cover with the date, 'at 10 o'clock'
  and the venue on bare lines, then an unruled timed agenda headed
  Time | No. | Business | Lead officer | Report;
- `build_running_heading_agenda`: the meeting named in a heading sentence ("for the meeting of
  the … to be held on … at 2 pm in …") over a ruled table with no header row;
- `build_time_range_agenda`: 'Date and time:' / 'Location:' labels and 'Item n' lines after a
  printed time range, with no title and no table;
- `build_unnamed_number_column_agenda`: a ruled table '# | Item | Who' whose number column the
  header does not name, one title cell closing with its own 'Presented by' line;
- `build_agenda_then_minutes`: minutes bound into the agenda's part, numbered from 1 again;
- `build_letter_with_labels_and_aligned_list`: a summons without a date, the meeting's
  Date/Time/Venue labels under it (the letter's own Date: above; the venue wrapped under its first
  line), and an agenda whose presenter
  column is aligned but closer to the longest title than a wide gap.
"""

from __future__ import annotations

from pathlib import Path

from tests.synthetic import PaperBuilder


def build_ruled_agenda(path: Path) -> Path:
    doc = PaperBuilder(path)
    doc.text("Harrowfield Fire and Rescue Authority", x=140, size=15, bold=True)
    doc.text("Resources Scrutiny Committee", x=180, size=13, bold=True)
    doc.gap(8)
    doc.text("Meeting date", x=60, bold=True, columns=[(200, "Monday, 7th February 2022")])
    doc.text("Start", x=60, bold=True, columns=[(200, "14:00 hrs")])
    doc.text("Meeting place", x=60, bold=True)
    doc.text("The Training Suite, Service Headquarters, Mill Lane, Oxley", x=60)
    doc.text("Contact", x=60, bold=True, columns=[(200, "Committee Services, Harrowfield Fire and Rescue Authority")])
    doc.gap(10)
    doc.text("Order of Business", x=60, size=13, bold=True)
    doc.gap(4)
    doc.table(
        [
            ["No.", "Agenda item", "Presenter", "Time"],
            ["Part A – open to press and public", "", "", ""],
            ["Item 1", "Chair's welcome and apologies for absence", "Chair", "14:00"],
            ["Item 2", "Minutes of the meeting held on 6 December 2021", "Chair", "14:05"],
            [
                "Item 3",
                "Medium term financial plan 2022/23 to 2025/26, including the reserves strategy and the "
                "capital programme",
                "Treasurer",
                "14:10",
            ],
            ["Item 4", "Fleet replacement programme", "Area Manager (Support Services)", "14:40"],
            ["Exempt business – press and public excluded", "", "", ""],
            ["Item 5", "Disposal of the former Oxley station site", "Head of Property", "15:00"],
        ],
        widths=[55, 250, 130, 45],
        size=9,
    )
    return doc.save()


def build_notice_letter(path: Path) -> Path:
    doc = PaperBuilder(path)
    doc.text("Office of the Police, Fire and Crime Commissioner for Tamberley", x=200, size=10)
    doc.text("Guildhall Chambers, Castle Street, Tamberley TB1 2AA", x=250, size=10)
    doc.gap(10)
    doc.text("Date: 21 October 2021", x=60, size=10)
    doc.text("Our ref: TPCP/11/21", x=60, size=10)
    doc.gap(10)
    doc.text("To the Members of the Tamberley Police, Fire and Crime Panel", x=60)
    doc.gap(6)
    doc.lines(
        "Notice is hereby given that a meeting of the Tamberley Police, Fire and Crime Panel will",
        "be held at the Council Chamber, Shire Hall, Tamberley on Thursday 4 November 2021 at",
        "10.30 am. The business to be transacted is set out in the agenda overleaf.",
        x=60,
    )
    doc.gap(10)
    doc.text("Monitoring Officer", x=60)
    doc.gap(10)
    doc.lines(
        "Membership: Councillor Ada Pennock (Chair), Councillor Rhys Fenwick (Vice-Chair),",
        "Councillor Moira Quell, Dr Imran Sethi (independent member)",
        x=60,
        size=10,
    )
    doc.new_page()
    doc.text("Agenda", x=270, size=15, bold=True)
    doc.gap(6)
    doc.text("1.", x=60, columns=[(90, "Apologies and substitutes")])
    doc.gap(8)
    doc.text("2.", x=60, columns=[(90, "Minutes of the meeting held on 16 September 2021")])
    doc.text("Presented by the Chair", x=90)
    doc.gap(8)
    doc.text("3.", x=60, columns=[(90, "Commissioner's annual report 2020/21 and the response to the")])
    doc.text("Panel's recommendations", x=90)
    doc.text("Presented by the Commissioner", x=90)
    doc.gap(8)
    doc.text("3.1", x=90, columns=[(115, "Fire and rescue performance")])
    doc.text("Lead: Chief Fire Officer", x=115)
    doc.gap(8)
    doc.text("4.", x=60, columns=[(90, "Proposed precept for 2022/23: timetable")])
    doc.text("(Treasurer to the Commissioner)", x=90)
    doc.gap(4)
    doc.text("4a", x=90, columns=[(115, "Precept consultation results")])
    doc.gap(8)
    doc.text("5.", x=60, columns=[(90, "Work programme")])
    return doc.save()


def build_cover_and_timed_agenda(path: Path) -> Path:
    doc = PaperBuilder(path)
    doc.gap(120)
    doc.text("LINDSEY VALE POLICE AND CRIME STRATEGIC FORUM", x=95, size=18, bold=True)
    doc.gap(20)
    doc.text("Thursday 2 December 2021", x=210, size=14)
    doc.text("at 10 o'clock", x=245, size=14)
    doc.text("Committee Room 3, Force Headquarters, Gallows Hill", x=150, size=12)
    doc.gap(30)
    doc.text("Agenda and reports", x=230, size=16)
    doc.new_page()
    doc.text("Lindsey Vale Police and Crime Strategic Forum – agenda", x=60, size=13, bold=True)
    doc.gap(8)
    doc.text("Time", x=60, bold=True, columns=[(110, "No."), (150, "Business"), (390, "Lead officer"), (500, "Report")])
    doc.text("10:00", x=60, columns=[(110, "1"), (150, "Introductions"), (390, "Chair"), (500, "–")])
    doc.text(
        "10:10", x=60, columns=[(110, "2"), (150, "Notes of 4 November 2021 and matters"), (390, "Chair"), (500, "A")]
    )
    doc.text("arising", x=150)
    doc.text(
        "10:25",
        x=60,
        columns=[(110, "3"), (150, "Violence reduction unit: year one review"), (390, "Director, VRU"), (500, "B")],
    )
    doc.text("11:05", x=60, columns=[(110, "4"), (150, "Any other business"), (390, "All"), (500, "–")])
    return doc.save()


def build_minutes_mentioning_agenda(path: Path) -> Path:
    """Minutes whose text mentions the agenda: not an agenda page."""
    doc = PaperBuilder(path)
    doc.text("Minutes of the Resources Scrutiny Committee", x=60, size=14, bold=True)
    doc.text("Held on Monday 7 February 2022", x=60)
    doc.text("Present: Councillor Ada Pennock (Chair), Councillor Rhys Fenwick", x=60)
    doc.gap(6)
    doc.text("1.", x=60, bold=True, columns=[(90, "Order of the agenda")])
    doc.text("The Committee agreed to take item 5 before item 4 on the agenda.", x=90)
    doc.text("2.", x=60, bold=True, columns=[(90, "Minutes")])
    doc.text("The minutes of the meeting held on 6 December 2021 were approved.", x=90)
    doc.text("3.", x=60, bold=True, columns=[(90, "Date of next meeting")])
    doc.text("The next meeting of the Committee will be held on Monday 4 April 2022.", x=90)
    return doc.save()


def build_report_with_agenda_item(path: Path) -> Path:
    """A report headed with its agenda item number: not an agenda page."""
    doc = PaperBuilder(path)
    doc.text("Agenda Item 4", x=450, size=11, bold=True)
    doc.text("Fleet replacement programme", x=60, size=14, bold=True)
    doc.text("Report of the Area Manager (Support Services)", x=60)
    doc.gap(6)
    doc.text("1. Purpose of the report", x=60, bold=True)
    doc.text("To set out the vehicles due for replacement and the cost of the programme.", x=60)
    return doc.save()


def build_running_heading_agenda(path: Path) -> Path:
    """A heading sentence ('for the meeting of the … to be held on … at 2 pm in …') over a ruled
    table with no header row whose first column numbers the items."""
    doc = PaperBuilder(path)
    doc.text("AGENDA", x=265, size=16, bold=True)
    doc.lines(
        "for the meeting of the Brackley Vale Joint Independent Audit Committee to be held on",
        "Tuesday, 8th March 2022 at 2 pm in the Board Room, Brackley Vale House.",
        x=60,
        size=11,
    )
    doc.gap(10)
    doc.table(
        [
            ["1.", "Apologies for absence", "Chair"],
            ["2.", "Declarations of interest", ""],
            ["3.", "Internal audit annual plan 2022/23", "Head of Internal Audit"],
            ["4.", "Minutes of the meeting held on 14 December 2021", "Chair"],
            ["5.", "Any other business", ""],
        ],
        widths=[35, 300, 150],
        size=10,
        header_rows=0,
    )
    doc.gap(10)
    doc.text("The next meeting of the Committee will be held on Tuesday 14 June 2022.", x=60, size=10)
    return doc.save()


def build_time_range_agenda(path: Path) -> Path:
    """'Date and time:' and 'Location:' labels; items as 'Item n' after a printed time range."""
    doc = PaperBuilder(path)
    doc.text("Corbridge Community Safety Partnership Board", x=60, size=14, bold=True)
    doc.text("Date and time: Wednesday 9 March 2022, 10.30 a.m.", x=60)
    doc.text("Location: online via Zoom", x=60)
    doc.gap(10)
    doc.text("10.30 – 10.40", x=60, columns=[(150, "Item 1"), (200, "Welcome and apologies")])
    doc.text("10.40 – 11.15", x=60, columns=[(150, "Item 2"), (200, "Serious violence duty: partnership")])
    doc.text("needs assessment", x=200)
    doc.text("11.15 – 11.30", x=60, columns=[(150, "Item 3"), (200, "Any other business")])
    return doc.save()


def build_letter_with_labels_and_aligned_list(path: Path) -> Path:
    """A letter dated before the meeting whose summons gives no date: the Date/Time/Venue labels under
    it do. Overleaf, numbered items with the presenter in an aligned column that stands, on the
    longest title, closer than a wide gap."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    items = [
        ("1.", "Apologies", "Chair"),
        ("2.", "Minutes of the meeting held on 7 February 2022", "Chair"),
        ("3.", "Estates rationalisation: Southgate depot", "Director of Estates"),
        ("4.", "Workforce plan", "Chief Officer"),
    ]
    presenter_x = 90 + max(stringWidth(title, "Helvetica", 11) for _, title, _ in items) + 10
    doc = PaperBuilder(path)
    doc.text("Date: 22 March 2022", x=60, size=10)
    doc.gap(10)
    doc.text("Dear Board Member", x=60)
    doc.gap(6)
    doc.lines(
        "You are requested to attend a meeting of the Fenbridge Police Accountability Board",
        "at the date, time and place set out below.",
        x=60,
    )
    doc.gap(6)
    doc.text("Date: Monday 4 April 2022", x=60)
    doc.text("Time: 2 pm", x=60)
    doc.text("Venue:", x=60, columns=[(110, "Room 12, Fenbridge Police Headquarters,")])
    doc.text("Corn Street, Fenbridge", x=110)
    doc.new_page()
    doc.text("AGENDA", x=270, size=14, bold=True)
    doc.gap(6)
    for number, title, presenter in items:
        doc.text(number, x=60, columns=[(90, title), (presenter_x, presenter)])
        doc.gap(4)
    return doc.save()


def build_unnamed_number_column_agenda(path: Path) -> Path:
    doc = PaperBuilder(path)
    doc.text("Ashdown Valley Ethics and Integrity Panel", x=60, size=14, bold=True)
    doc.text("Agenda", x=60, size=12, bold=True)
    doc.text("Date: Wednesday 11 May 2022", x=60)
    doc.gap(6)
    doc.table(
        [
            ["#", "Item", "Who"],
            ["1", "Welcome", "Panel Chair"],
            ["2", "Complaints handling dip-sample", "Head of Professional Standards"],
            ["3", "Stop and search scrutiny", "Inspector, Equalities Team"],
            ["4", "Use of force data<br/>Presented by the Force Lead for Use of Force", ""],
        ],
        widths=[30, 280, 170],
        size=10,
    )
    return doc.save()


def build_agenda_then_minutes(path: Path) -> Path:
    """An agenda page followed, in the same part, by minutes numbered from 1 again."""
    doc = PaperBuilder(path)
    doc.text("Wychbourne Police and Crime Panel", x=60, size=14, bold=True)
    doc.text("Agenda", x=60, size=12, bold=True)
    doc.text("Date: Thursday 20 January 2022   Time: 10am", x=60)
    doc.gap(6)
    for number, title in (
        ("1.", "Apologies"),
        ("2.", "Minutes of the last meeting"),
        ("3.", "Precept report"),
        ("4.", "Complaints update"),
    ):
        doc.text(number, x=60, bold=True, columns=[(90, title)])
    doc.new_page()
    doc.text("Minutes of the Wychbourne Police and Crime Panel, 18 November 2021", x=60, size=12, bold=True)
    doc.text("1.", x=60, bold=True, columns=[(90, "Apologies")])
    doc.text("1.1", x=60, columns=[(90, "Apologies were received from Councillor Drew.")])
    doc.text("2.", x=60, bold=True, columns=[(90, "Police and crime plan")])
    return doc.save()
