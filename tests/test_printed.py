"""Printed-text repairs (pipeline/printed.py) on real PDFs read by the reader: what typesetting put
into the text (a raised ordinal, a ligature glyph, a soft hyphen, a no-break space) is undone
before any extractor sees it."""

from __future__ import annotations

from pathlib import Path

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
