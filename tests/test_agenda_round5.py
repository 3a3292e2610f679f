"""Agenda headings in further forms (invented bodies, places and people, other fonts):

- 'Time: 14:15' with the label and its value close together on one line: the value is the
  label's own, not the line below it;
- a venue line under the date line that names its room in one word ('Boardroom', 'Guildhall')
  or by its street ('12 Cooper Street'), with no label.
"""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from extractors.agenda import AgendaExtractor
from pipeline.records import MeetingMention
from tests.minutes_fixtures import read_part


def heading_then_items(path, heading: list[tuple[str, float, str]]) -> MeetingMention:
    page = canvas.Canvas(str(path), pagesize=letter)
    y = 730.0
    for text, size, font in heading:
        page.setFont(font, size)
        page.drawString(60, y, text)
        y -= size * 1.5
    y -= 14
    page.setFont("Times-Bold", 12)
    page.drawString(60, y, "AGENDA")
    y -= 22
    page.setFont("Times-Roman", 10)
    for number, title in [("1", "Apologies"), ("2", "Notes of the last meeting"), ("3", "Budget monitoring")]:
        page.drawString(60, y, number)
        page.drawString(90, y, title)
        y -= 16
    page.showPage()
    page.save()
    records, _ = read_part(path, "agenda", AgendaExtractor())
    (meeting,) = [r for r in records if isinstance(r, MeetingMention)]
    return meeting


@pytest.mark.parametrize("time_line", ["Time: 14:15", "Time:14:15", "Start time: 2.15pm"])
def test_a_time_label_keeps_the_value_on_its_own_line(tmp_path, time_line):
    meeting = heading_then_items(
        tmp_path / "labelled.pdf",
        [
            ("Westerby Community Safety Board", 15, "Times-Bold"),
            ("Date: Wednesday 8 March 2023", 10, "Times-Roman"),
            (time_line, 10, "Times-Roman"),
            ("Venue: Conference Room 2, Westerby Civic Offices", 10, "Times-Roman"),
        ],
    )
    assert (meeting.meeting_date, meeting.start_time) == ("2023-03-08", "14:15")
    assert meeting.location == "Conference Room 2, Westerby Civic Offices"


@pytest.mark.parametrize(
    "venue",
    [
        "Boardroom, Kellmoor OPCC, 9 Abbey Row, Kellmoor",
        "The Guildhall, Kellmoor",
        "Unit 4, 12 Cooper Street, Kellmoor",
    ],
)
def test_an_unlabelled_venue_line_under_the_date_line(tmp_path, venue):
    meeting = heading_then_items(
        tmp_path / "bare.pdf",
        [
            ("Kellmoor Estates Board", 15, "Courier-Bold"),
            ("Thursday 19 January 2023, 13:00 - 15:00", 10, "Courier"),
            (venue, 10, "Courier"),
        ],
    )
    assert (meeting.meeting_date, meeting.start_time, meeting.location) == ("2023-01-19", "13:00", venue)
