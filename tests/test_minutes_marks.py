"""The minutes extractor on synthetic papers set in forms the blind set showed we missed, in other
wording, bodies, fonts and layouts: minute numbers printed with a label and a colon ('Minute 3:')
or in brackets ('(2)'); a committee named on the line below its authority; a members' label beside
a general 'Attendees' label (the officers there); ticks and letters in an attendance column read
by the key printed under the table; 'ACTION: … (owner)' lines whose bracketed owner ends the
action, so the decision on the next line is still read; a confirmation note at the end; and an
action table in whitespace columns whose due dates look like paragraph numbers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from extractors.agenda import AgendaExtractor
from extractors.minutes import MinutesExtractor, decision_type, owner_after_dash, owner_in_brackets
from pipeline.records import ActionSighting, Attendee, Decision, MeetingMention
from tests.minutes_fixtures import read_part

FONTS = Path("/usr/share/fonts/truetype/dejavu")


def of(records, kind):
    return [r for r in records if isinstance(r, kind)]


def meeting_of(records):
    return next(m for m in of(records, MeetingMention) if m.origin == "minutes")


class Sheet:
    """A page written line by line in a TrueType font that has tick glyphs."""

    def __init__(self, path: Path, regular: str, bold: str):
        for name in (regular, bold):
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(FONTS / f"{name}.ttf")))
        self.path, self.regular, self.bold = path, regular, bold
        self.canvas = canvas.Canvas(str(path), pagesize=A4)
        self.y = A4[1] - 70

    def line(self, text: str, x: float = 56, size: float = 10, bold: bool = False, cells=()) -> Sheet:
        self.canvas.setFont(self.bold if bold else self.regular, size)
        self.canvas.drawString(x, self.y, text)
        for cx, ctext in cells:
            self.canvas.drawString(cx, self.y, ctext)
        self.y -= size * 1.4
        return self

    def grid(self, rows: list[list[str]], xs: list[float], right: float, size: float = 9) -> Sheet:
        """A table ruled on every side: one line of text a row, columns starting at `xs`."""
        height = size * 1.8
        top = self.y + size * 1.2
        for r, row in enumerate(rows):
            baseline = top - (r + 1) * height + size * 0.6
            self.canvas.setFont(self.bold if r == 0 else self.regular, size)
            for x, text in zip(xs, row):
                self.canvas.drawString(x + 4, baseline, text)
        bottom = top - len(rows) * height
        for r in range(len(rows) + 1):
            self.canvas.line(xs[0], top - r * height, right, top - r * height)
        for x in [*xs, right]:
            self.canvas.line(x, top, x, bottom)
        self.y = bottom - size * 1.6
        return self

    def gap(self, points: float = 8) -> Sheet:
        self.y -= points
        return self

    def save(self) -> Path:
        self.canvas.save()
        return self.path


# Skipped without the DejaVu fonts, never in CI (.ci/run installs them and sets the variable).
needs_fonts = pytest.mark.skipif(
    not (FONTS / "DejaVuSans.ttf").exists() and not os.environ.get("BOARDPAPERS_REQUIRE_FONTS"),
    reason="DejaVu fonts not installed",
)


# --- an authority's committee, labelled numbers with a colon, bracketed owners --------------------


@pytest.fixture(scope="module")
def committee_notes(tmp_path_factory):
    sheet = Sheet(tmp_path_factory.mktemp("marks") / "notes.pdf", "DejaVuSerif", "DejaVuSerif-Bold")
    sheet.line("NORTH TARNSHIRE FIRE AUTHORITY", size=15, bold=True)
    sheet.line("Audit and Governance Committee", size=12, bold=True)
    sheet.line("Notes of the meeting held on Tuesday 5th March 2024 at 2.00pm at Kelby Fire Station, Mill Road", size=9)
    sheet.gap(10)
    sheet.line("Panel members", bold=True)
    sheet.line("Idris Pennock, Independent Chair", x=70)
    sheet.line("Councillor Maeve Ostrowski, Authority Member", x=70)
    sheet.gap(6)
    sheet.line("Attendees", bold=True)
    sheet.line("Colette Varga, Head of Finance", x=70)
    sheet.line("Rufus Abara, Risk Officer", x=70)
    sheet.gap(6)
    sheet.line("Apologies", bold=True)
    sheet.line("Tamsin Doyle, Authority Member", x=70)
    sheet.gap(12)
    sheet.line("Minute 2: Apologies and substitutes", bold=True)
    sheet.line("Councillor Bryn Castellan attended in place of Councillor Doyle.")
    sheet.gap(12)
    sheet.line("Minute 3: Treasury strategy", bold=True)
    sheet.line("The Head of Finance outlined the borrowing plan for the coming year.")
    sheet.line("ACTION: Share the lender comparison with members before the budget meeting (Head of")
    sheet.line("Finance)")
    sheet.line("The Committee approved the treasury strategy for 2024/25.")
    sheet.gap(12)
    sheet.line("Minute 4: Corporate risks", bold=True)
    sheet.line("ACTION: Rewrite the flooding risk with the new likelihood scale by 30 April 2024 (RO)")
    sheet.line("The Committee noted the corporate risk summary.")
    sheet.gap(18)
    sheet.line("Notes confirmed by the Committee at its meeting on 11 June 2024.", size=9)
    records, problems = read_part(sheet.save(), "minutes", MinutesExtractor())
    return records, problems


@needs_fonts
def test_committee_named_below_its_authority_and_confirmation_note(committee_notes):
    meeting = meeting_of(committee_notes[0])
    assert (meeting.body, meeting.meeting_date, meeting.start_time, meeting.minutes_status) == (
        "North Tarnshire Fire Authority Audit and Governance Committee",
        "2024-03-05",
        "14:00",
        "approved",
    )
    assert meeting.location == "Kelby Fire Station, Mill Road"


@needs_fonts
def test_attendees_beside_a_members_label_are_in_attendance(committee_notes):
    people = {(a.name, a.attendance) for a in of(committee_notes[0], Attendee)}
    assert people == {
        ("Idris Pennock", "member"),
        ("Maeve Ostrowski", "member"),
        ("Colette Varga", "in_attendance"),
        ("Rufus Abara", "in_attendance"),
        ("Tamsin Doyle", "apologies"),
        ("Bryn Castellan", "member"),  # 'attended in place of': a substitute member
    }


@needs_fonts
def test_labelled_numbers_with_a_colon_key_decisions_after_bracketed_owners(committee_notes):
    decisions = [(d.item_number, d.decision_type, d.text) for d in of(committee_notes[0], Decision)]
    assert decisions == [
        ("3", "approved", "The Committee approved the treasury strategy for 2024/25."),
        ("4", "noted", "The Committee noted the corporate risk summary."),
    ]
    actions = [
        (a.agenda_item_number, a.owner_text, a.target_date, a.description)
        for a in of(committee_notes[0], ActionSighting)
    ]
    assert actions == [
        ("3", "Head of Finance", None, "Share the lender comparison with members before the budget meeting"),
        (
            "4",
            "RO",
            "2024-04-30",
            "Rewrite the flooding risk with the new likelihood scale by 30 April 2024",
        ),
    ]


# --- bracketed item numbers, ticks and letters by a key, a whitespace action table --------------


@pytest.fixture(scope="module")
def ticked_minutes(tmp_path_factory):
    sheet = Sheet(tmp_path_factory.mktemp("marks") / "ticked.pdf", "DejaVuSans", "DejaVuSans-Bold")
    sheet.line("Brackley Vale Policing Assurance Board", size=14, bold=True)
    sheet.line("Minutes", size=12, bold=True)
    sheet.line("Date:", x=60, cells=[(130, "14.09.23"), (330, "Time:"), (380, "10:00 – 11:30")])
    sheet.line("Venue:", x=60, cells=[(130, "Meeting Room 4, Lowfield House"), (330, "Status:"), (380, "Confirmed")])
    sheet.gap(10)
    sheet.grid(
        [
            ["Name", "Role", "Attendance"],
            ["Orla Fenwick", "Police and Crime Commissioner (Chair)", "✔"],
            ["Barnaby Quayle", "Chief Constable", "✔"],
            ["Zainab Holloway", "Chief Finance Officer", "A"],
            ["Cormac Eastwood", "Head of Strategy", "✔"],
        ],
        [56, 200, 440],
        520,
    )
    sheet.line("Key: ✔ – present   A – apologies", x=56, size=8)
    sheet.gap(10)
    sheet.line("(1) Introductions", bold=True)
    sheet.line("The Commissioner opened the meeting.", x=80)
    sheet.line("(2) Custody improvement plan", bold=True)
    sheet.line("The Chief Constable presented the plan.", x=80)
    sheet.line("The Commissioner endorsed the custody improvement plan.", x=80)
    sheet.line("(3) Capital monitoring", bold=True)
    sheet.line("The Commissioner approved the vehicle purchases set out in the report.", x=80)
    sheet.gap(12)
    sheet.line("Actions", bold=True, size=11)
    sheet.line("Item", x=60, bold=True, cells=[(110, "Action"), (380, "Owner"), (480, "Due")])
    sheet.line(
        "(2)",
        x=60,
        cells=[(110, "Publish the custody plan on the website."), (380, "Head of Strategy"), (480, "02.10.23")],
    )
    sheet.line("(3)", x=60, cells=[(110, "Report the final vehicle costs."), (380, "CFO"), (480, "16.11.23")])
    records, problems = read_part(sheet.save(), "minutes", MinutesExtractor())
    return records, problems


@needs_fonts
def test_ticks_and_letters_read_by_the_key(ticked_minutes):
    people = {(a.name, a.attendance) for a in of(ticked_minutes[0], Attendee)}
    assert people == {
        ("Orla Fenwick", "member"),
        ("Barnaby Quayle", "member"),
        ("Zainab Holloway", "apologies"),
        ("Cormac Eastwood", "member"),
    }


@needs_fonts
def test_bracketed_item_numbers_key_decisions_and_table_actions(ticked_minutes):
    records = ticked_minutes[0]
    assert meeting_of(records).minutes_status == "approved"
    decisions = [(d.item_number, d.decision_type) for d in of(records, Decision)]
    assert decisions == [("2", "endorsed"), ("3", "approved")]
    actions = [(a.agenda_item_number, a.owner_text, a.target_date) for a in of(records, ActionSighting)]
    assert actions == [("2", "Head of Strategy", "2023-10-02"), ("3", "CFO", "2023-11-16")]
    # the bare 'Actions' heading above the table is the table's heading, not an action left empty
    assert not [p for p in ticked_minutes[1] if "action" in p.reason]


# --- the bracket rule alone ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Circulate the plan to members (CFO)", ("CFO", "Circulate the plan to members")),
        ("Brief the group (Director of People / ACO)", ("Director of People / ACO", "Brief the group")),
        ("Update the register (see Appendix B)", None),
        ("Report back at the next meeting (March 2025)", None),
        ("Review the policy (as agreed)", None),
    ],
)
def test_owner_in_brackets(text, expected):
    assert owner_in_brackets(text) == expected


# --- an authority's committee: the minutes and the agenda name one body -----------------------------


def committee_heading(sheet: Sheet) -> None:
    """The authority in small type above its committee set large (the other way round from above)."""
    sheet.line("Easterby Combined Authority", size=10)
    sheet.line("OVERVIEW AND SCRUTINY COMMITTEE", size=16, bold=True)


@needs_fonts
def test_minutes_and_agenda_join_an_authority_and_its_committee(tmp_path):
    minutes = Sheet(tmp_path / "minutes.pdf", "DejaVuSans", "DejaVuSans-Bold")
    committee_heading(minutes)
    minutes.line("Minutes of the meeting held on 9 January 2025 at 6.00pm, Council Chamber, Easterby")
    minutes.gap(8)
    minutes.line("Present: Councillor Hywel Brandreth (Chair), Councillor Petra Lund")
    minutes.gap(8)
    minutes.line("1. Bus franchising", bold=True)
    minutes.line("The Committee noted the consultation response.")
    minuted = meeting_of(read_part(minutes.save(), "minutes", MinutesExtractor())[0])

    agenda = Sheet(tmp_path / "agenda.pdf", "DejaVuSerif", "DejaVuSerif-Bold")
    committee_heading(agenda)
    agenda.line("Thursday 9 January 2025 at 6.00pm, Council Chamber, Easterby")
    agenda.gap(8)
    agenda.line("Agenda", size=12, bold=True)
    for number, title in (("1", "Apologies"), ("2", "Bus franchising"), ("3", "Work programme")):
        agenda.line(number, cells=[(90, title)])
    records, _ = read_part(agenda.save(), "agenda", AgendaExtractor())
    (listed,) = [r for r in records if isinstance(r, MeetingMention)]

    assert minuted.body == listed.body == "Easterby Combined Authority Overview and Scrutiny Committee"


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("UNANIMOUSLY RESOLVED that the revised standing orders be adopted.", "resolved"),
        ("It was moved, seconded and RESOLVED that the grant be awarded.", "resolved"),
        ("It was proposed and seconded and RESOLVED: that the hearing be adjourned.", "resolved"),
        ("The notes of the last meeting were accepted as a true record.", None),  # passive: no decision
    ],
)
def test_resolution_openings(sentence, kind):
    assert decision_type(sentence) == kind


# --- an attendance table set in columns without rules ----------------------------------------------


@needs_fonts
def test_unruled_attendance_columns_and_numbered_actions(tmp_path):
    sheet = Sheet(tmp_path / "unruled.pdf", "DejaVuSerif", "DejaVuSerif-Bold")
    sheet.line("Harnmouth Joint Independent Audit Committee", size=14, bold=True)
    sheet.line("Minutes of the meeting held on 2 October 2024 at 10.00am, Room 12, Harnmouth Police HQ")
    sheet.gap(10)
    sheet.line("Name", x=60, bold=True, cells=[(230, "Role"), (450, "Attendance")])
    for name, role, mark in (
        ("Lorcan Whitby", "Independent Member (Chair)", "Present"),
        ("Esi Mensah", "Independent Member", "Apologies"),
        ("Gideon Rask", "Chief Finance Officer, OPCC", "In attendance"),
    ):
        sheet.line(name, x=60, cells=[(230, role), (450, mark)])
    sheet.gap(12)
    sheet.line("1. External audit plan", bold=True)
    sheet.line("The Committee noted the external audit plan.")
    sheet.line("Action 14: Share the audit fee letter with members (Chief Finance Officer)")
    sheet.line("Action 15: Agree the sampling approach with the auditors.")
    records, _ = read_part(sheet.save(), "minutes", MinutesExtractor())
    people = {(a.name, a.attendance, a.role_text) for a in of(records, Attendee)}
    assert people == {
        ("Lorcan Whitby", "member", "Independent Member (Chair)"),
        ("Esi Mensah", "apologies", "Independent Member"),
        ("Gideon Rask", "in_attendance", "Chief Finance Officer, OPCC"),
    }
    assert meeting_of(records).location == "Room 12, Harnmouth Police HQ"
    actions = [
        (a.action_number, a.agenda_item_number, a.owner_text, a.description) for a in of(records, ActionSighting)
    ]
    assert actions == [
        ("14", "1", "Chief Finance Officer", "Share the audit fee letter with members"),
        ("15", "1", None, "Agree the sampling approach with the auditors."),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Send the revised rota to members – ACO", ("ACO", "Send the revised rota to members")),
        ("Report on the 2025–26 forecast – Head of Finance.", ("Head of Finance", "Report on the 2025–26 forecast")),
        ("Review the charter – the draft is attached", None),
        ("Bring the review back in May – June", None),
    ],
)
def test_owner_after_a_dash(text, expected):
    assert owner_after_dash(text) == expected
