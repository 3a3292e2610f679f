"""Action-log forms met in the round on the blind sets blind13-15, each built in invented words
and a layout of its own: a spreadsheet printed with its gridlines, whose title and 'as at' rows
sit inside the grid above the header."""

from __future__ import annotations

from pathlib import Path

from action_fixtures import read_sightings

from tests.synthetic import PaperBuilder

# --- a spreadsheet export: title and date rows inside the grid, above the header ------------------


def gridded_sheet(path: Path) -> Path:
    """A sheet printed with gridlines: the first rows of the grid hold the log's title and the day
    it was printed, the third its column labels; a narrow column wraps its label ('Agenda' / 'Item'),
    so a line 'Agenda' stands alone at the head of the page."""
    paper = PaperBuilder(path, landscape_pages=True)
    widths = [55, 60, 45, 230, 90, 60, 60, 140]
    blank = [""] * (len(widths) - 1)
    rows = [
        ["Hollowmere Fire Authority Scrutiny Panel action tracker", *blank],
        ["Printed:", "02-Mar-21", *blank[1:]],
        ["Ref", "Raised", "Agenda Item", "Action", "Lead officer", "Due date", "RAG", "Comments"],
        [
            "HSP-031",
            "12-Jan-21",
            "3",
            "Share the appliance availability figures.",
            "Area Manager",
            "02-Mar-21",
            "Closed",
            "Shared.",
        ],
        [
            "HSP-034",
            "12-Jan-21",
            "5.2",
            "Review the hydrant inspection backlog.",
            "Head of Water",
            "Jun-21",
            "Open",
            "Survey begun.",
        ],
        ["HSP-036", "09-Feb-21", "4", "Brief members on the wildfire plan.", "Station Manager", "TBC", "Amber", ""],
    ]
    paper.table(rows, widths, size=7, header_rows=3, x=30)
    return paper.save()


def test_a_header_under_title_rows_inside_a_gridded_sheet(tmp_path: Path):
    sightings, _, parts = read_sightings(gridded_sheet(tmp_path / "sheet.pdf"))
    assert [p.part_kind for p in parts] == ["action_log"]
    assert [(s.action_number, s.raised_date, s.agenda_item_number, s.target_date, s.closed) for s in sightings] == [
        ("HSP-031", "2021-01-12", "3", "2021-03-02", True),
        ("HSP-034", "2021-01-12", "5.2", None, False),
        ("HSP-036", "2021-02-09", "4", None, False),
    ]


# --- a schedule typed in a typewriter face: columns of spaces, rules of typed marks ---------------


def typed_schedule(path: Path) -> Path:
    """A log set in Courier with its columns made of spaces: '=' rules above and below the header,
    a closed section headed in capitals with a note in brackets and its own '-' ruled header, and
    each action's progress written under it as a 'Progress:' line in the action's column."""
    paper = PaperBuilder(path)
    widths = [11, 9, 5, 38, 11, 9]

    def typed(*cells: str) -> str:
        return "".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()

    def line(text: str) -> None:
        paper.canvas.setFont("Courier", 8)
        paper.canvas.drawString(45, paper.y, text)
        paper.y -= 10.5

    paper.canvas.setFont("Courier-Bold", 8)
    paper.canvas.drawString(45, paper.y, "WYNDLE VALLEY FIRE AUTHORITY - LOG OF ACTIONS")
    paper.y -= 21
    header = typed("Ref", "Date", "Min", "Action", "Lead", "Target")
    for text in ["=" * 80, header, "=" * 80]:
        line(text)
    rows = [
        [
            ("WV/09/14", "03.02.09", "7", "Survey the retained crews on", "DCFO", "30.04.09"),
            ("", "", "", "their shift pattern choices."),
            ("", "", "", "Progress: Survey issued to all"),
        ],
        [("", "", "", "          stations in March.")],
        [
            ("WV/09/17", "10.03.09", "4", "Cost the second aerial", "Treasurer", "May-09"),
            ("", "", "", "ladder platform."),
            ("", "", "", "Progress: Quotes awaited."),
        ],
    ]
    for block in rows:
        for cells in block:
            line(typed(*cells))
    paper.y -= 10
    line("CLOSED ACTIONS (kept for one meeting, then archived)")
    for text in ["-" * 80, header, "-" * 80]:
        line(text)
    line(typed("WV/09/11", "03.02.09", "5", "Send the audit letter to members.", "Clerk", "10.03.09"))
    line(typed("", "", "", "Progress: Sent 12.02.09."))
    return paper.save()


def test_a_typed_schedule_with_text_rules_and_progress_lines(tmp_path: Path):
    sightings, problems, _ = read_sightings(typed_schedule(tmp_path / "typed.pdf"))
    got = [(s.action_number, s.description, s.update_text, s.owner_text, s.closed) for s in sightings]
    assert got == [
        (
            "WV/09/14",
            "Survey the retained crews on their shift pattern choices.",
            "Survey issued to all stations in March.",
            "DCFO",
            False,
        ),
        ("WV/09/17", "Cost the second aerial ladder platform.", "Quotes awaited.", "Treasurer", False),
        ("WV/09/11", "Send the audit letter to members.", "Sent 12.02.09.", "Clerk", True),
    ]
    assert not [p for p in problems if p.stage == "action_log"]


# --- a ledger: references hung in the margin, labels parted by bars under each action ------------


def hung_ledger(path: Path) -> Path:
    """Entries grouped under bold headings naming the meeting that raised them, each a reference
    in the margin with the action beside it (ending with its minute in brackets), then one line
    of 'Owner: … | Due: … | Update: …' that may wrap; a bold section heading for the done ones."""
    paper = PaperBuilder(path)
    paper.text("Fenwold Police and Crime Panel", bold=True, size=13)
    paper.text("Register of actions", bold=True, size=15)
    paper.gap(6)

    def entry(ref: str, action: list[str], labels: list[str]) -> None:
        paper.text(action[0], x=130, size=9.5, columns=[(50, ref)])
        for more in action[1:]:
            paper.text(more, x=130, size=9.5)
        for text in labels:
            paper.text(text, x=130, size=8.5)
        paper.gap(5)

    paper.text("Panel meeting – 4 May 2020", bold=True, size=10)
    entry(
        "FP/20/07",
        ["Write to the bus operators about late-night services.", "(minute PCP 20/31)"],
        ["Owner: Panel Secretary | Due: 30.06.20 | Update: Letter drafted; sent after the", "recess."],
    )
    entry(
        "FP/20/09",
        ["Invite the victims' champion to a future meeting. (minute PCP 20/33)"],
        ["Owner: Chair | Due: September meeting | Update: Date offered."],
    )
    paper.text("Actions completed since the previous meeting", bold=True, size=11)
    paper.text("Panel meeting – 9 March 2020", bold=True, size=10)
    entry(
        "FP/20/04",
        ["Circulate the precept consultation results. (minute PCP 20/12)"],
        ["Owner: Scrutiny Officer | Due: 20.03.20 | Update: Circulated 16.03.20."],
    )
    return paper.save()


def test_a_ledger_of_hung_references_and_barred_labels(tmp_path: Path):
    sightings, _, parts = read_sightings(hung_ledger(tmp_path / "ledger.pdf"))
    assert [p.part_kind for p in parts] == ["action_log"]
    got = [
        (s.action_number, s.description, s.raised_date, s.agenda_item_number, s.owner_text, s.target_date, s.closed)
        for s in sightings
    ]
    assert got == [
        (
            "FP/20/07",
            "Write to the bus operators about late-night services.",
            "2020-05-04",
            "PCP 20/31",
            "Panel Secretary",
            "2020-06-30",
            False,
        ),
        (
            "FP/20/09",
            "Invite the victims' champion to a future meeting.",
            "2020-05-04",
            "PCP 20/33",
            "Chair",
            None,
            False,
        ),
        (
            "FP/20/04",
            "Circulate the precept consultation results.",
            "2020-03-09",
            "PCP 20/12",
            "Scrutiny Officer",
            "2020-03-20",
            True,
        ),
    ]
    assert sightings[0].update_text == "Letter drafted; sent after the recess."
