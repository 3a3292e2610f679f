"""Printed-text repairs (pipeline/printed.py) on real PDFs read by the reader: what typesetting put
into the text (a raised ordinal, a ligature glyph, a soft hyphen, a no-break space) is undone
before any extractor sees it."""

from __future__ import annotations

from pathlib import Path

import pytest
from action_fixtures import read_sightings
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from pipeline.dates import parse_date
from pipeline.reader import read_document

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # has the ligature glyphs


def write_paper(path: Path) -> Path:
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", str(FONT)))
    page = canvas.Canvas(str(path))
    heading = page.beginText(72, 720)
    heading.setFont("DejaVu", 11)
    heading.textOut("Notes of the meeting held on Thursday 21")
    heading.setFont("DejaVu", 7)
    heading.setRise(4.5)  # a superscript ordinal, as a word processor sets it
    heading.textOut("st")
    heading.setRise(0)
    heading.setFont("DejaVu", 11)
    heading.textOut(" September 2023")
    page.drawText(heading)
    page.setFont("DejaVu", 11)
    page.drawString(72, 690, "Chief Finance O\ufb03cer, e\ufb00ective \ufb01nancial control")
    page.drawString(72, 670, "Due:\u00a030\u00a0November\u00a02023 to co\u00adordinate the review")
    page.save()
    return path


def test_a_raised_ordinal_rejoins_its_number_on_the_same_line(tmp_path):
    (page,) = read_document(write_paper(tmp_path / "notes.pdf"), "d", [])
    first = page.lines[0].text
    assert first == "Notes of the meeting held on Thursday 21st September 2023"
    assert parse_date(first).iso == "2023-09-21"


def test_ligatures_soft_hyphens_and_odd_spaces_become_plain_text(tmp_path):
    (page,) = read_document(write_paper(tmp_path / "notes.pdf"), "d", [])
    texts = [line.text for line in page.lines]
    assert "Chief Finance Officer, effective financial control" in texts
    assert "Due: 30 November 2023 to coordinate the review" in texts


def write_overprinted_tracker(path: Path) -> Path:
    """An unruled tracker whose second header label is wider than its column, so its last
    letters are printed over the start of the next label, as narrow spreadsheet columns do."""
    page = canvas.Canvas(str(path), pagesize=(842, 595))
    page.setFont("Helvetica-Bold", 16)
    page.drawString(40, 550, "Resources Scrutiny Group - Action Tracker")
    columns = [40, 95, 160, 420, 520, 600]
    page.setFont("Helvetica-Bold", 9)
    for x, label in zip(columns, ["Ref", "Raised (item no.)", "Action", "Lead", "Target", "Status"]):
        page.drawString(x, 510, label)
    rows = [
        ("RS 14", "02/05/24 (3)", "Publish the revised fleet strategy", "Head of Estates", "30/06/24", "Open"),
        ("RS 15", "02/05/24 (6)", "Circulate the custody audit findings", "Chief Inspector", "31/07/24", "Closed"),
    ]
    page.setFont("Helvetica", 9)
    for n, row in enumerate(rows):
        for x, value in zip(columns, row):
            page.drawString(x, 485 - 22 * n, value)
    page.save()
    return path


@pytest.mark.parametrize("reader", ["pdfium", "pdfminer"])
def test_labels_printed_over_each_other_stay_apart(tmp_path, reader):
    (page,) = read_document(write_overprinted_tracker(tmp_path / "tracker.pdf"), "d", [], reader=reader)
    header = next(line for line in page.lines if line.text.startswith("Ref"))
    assert [w.text for w in header.words] == ["Ref", "Raised", "(item", "no.)", "Action", "Lead", "Target", "Status"]
    assert header.words[3].x1 > header.words[4].x0 + 5  # printed over each other, yet two words


def test_a_tracker_whose_labels_overlap_is_read(tmp_path):
    sightings, _, _ = read_sightings(write_overprinted_tracker(tmp_path / "tracker.pdf"))
    assert [(s.action_number, s.description) for s in sightings] == [
        ("RS 14", "Publish the revised fleet strategy"),
        ("RS 15", "Circulate the custody audit findings"),
    ]
