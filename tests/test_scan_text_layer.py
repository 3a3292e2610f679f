"""Scans that already carry a text layer: a publisher's own OCR (OCRmyPDF, Tesseract's PDF output, a
scanner's software) lays invisible words over an image of the page. The words read as any text
layer's; the table they sit in is only in the image, so its rules are found there.

The twin here is built as such tools build one: each page of a text PDF rendered to an image, then a
new PDF of that image with every word laid over it in invisible text (render mode 3), stretched
to the word's width.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pypdfium2
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from pipeline import ocr
from pipeline.reader import read_document
from tests.action_fixtures import read_sightings, write_log

ROWS = [
    ["HB-31", "04/02/2021", "6", "Send members the revised vehicle replacement schedule.", "Fleet Manager", "31/03/2021", "Sent on 12 March.", "15/03/2021"],
    ["HB-32", "04/02/2021", "7.1", "Bring a paper on cell occupancy at weekends.", "Head of Custody", "06/05/2021", "Paper drafted.", "20/04/2021"],
    ["HB-33", "04/02/2021", "9", "Agree the audit plan's scope with the treasurer.", "Chief Finance Officer", "30/04/2021", "", ""],
]  # fmt: skip


def with_text_layer_over_scan(source: Path, target: Path, dpi: int = 200) -> Path:
    """`source` as a publisher's OCR leaves it: each page an image, its words laid over it unseen."""
    document = pypdfium2.PdfDocument(str(source))
    out = canvas.Canvas(str(target), invariant=1)
    try:
        with pdfplumber.open(source) as pdf:
            for number, plumber_page in enumerate(pdf.pages):
                width, height = float(plumber_page.width), float(plumber_page.height)
                out.setPageSize((width, height))
                image = document[number].render(scale=dpi / 72, grayscale=True).to_pil()
                out.drawImage(ImageReader(image), 0, 0, width, height)
                for word in plumber_page.extract_words():
                    lay_word(out, word, height)
                out.showPage()
    finally:
        document.close()
    out.save()
    return target


def lay_word(out: canvas.Canvas, word: dict, page_height: float) -> None:
    size = word["bottom"] - word["top"]
    text = out.beginText()
    text.setTextRenderMode(3)  # invisible: the image shows the word
    text.setFont("Helvetica", size)
    natural = out.stringWidth(word["text"], "Helvetica", size)
    text.setHorizScale(100 * (word["x1"] - word["x0"]) / natural if natural else 100)
    text.setTextOrigin(word["x0"], page_height - word["bottom"] + 0.2 * size)
    text.textOut(word["text"])
    out.drawText(text)


def test_a_table_in_a_scan_under_a_text_layer_is_ruled_from_the_image(tmp_path):
    text_pdf = write_log(tmp_path / "log.pdf", "4 February 2021", [ROWS])
    scan = with_text_layer_over_scan(text_pdf, tmp_path / "scan.pdf")

    scanned_pages = read_document(scan, "scan", [])
    text_pages = read_document(text_pdf, "text", [])
    assert scanned_pages[0].ocr_confidence is None  # read from its text layer, not by OCR
    assert [t.rows for t in scanned_pages[0].tables] == [t.rows for t in text_pages[0].tables]

    sightings, _, _ = read_sightings(scan)
    read = {s.action_number: (s.owner_text, s.target_date_text, s.agenda_item_number) for s in sightings}
    assert read == {
        "HB-31": ("Fleet Manager", "31/03/2021", "6"),
        "HB-32": ("Head of Custody", "06/05/2021", "7.1"),
        "HB-33": ("Chief Finance Officer", "30/04/2021", "9"),
    }


def test_an_upright_rule_read_as_a_letter_is_dropped_and_a_logo_is_no_scan(tmp_path):
    rule = {"orientation": "v", "x0": 100.0, "x1": 100.0, "top": 50.0, "bottom": 300.0}
    bar = ocr.Word("|", 99.0, 120.0, 101.5, 130.0, 9.0, False)
    word = ocr.Word("Owner", 103.0, 120.0, 130.0, 130.0, 9.0, False)
    assert ocr.rule_glyph(bar, [rule]) and not ocr.rule_glyph(word, [rule])

    paper = canvas.Canvas(str(tmp_path / "logo.pdf"), invariant=1)
    logo = pypdfium2.PdfDocument(str(write_log(tmp_path / "src.pdf", "1 May 2021", [ROWS[:1]])))
    paper.drawImage(ImageReader(logo[0].render(scale=0.3).to_pil()), 40, 700, 120, 80)
    paper.drawString(60, 600, "Minutes of the meeting")
    paper.save()
    document = pypdfium2.PdfDocument(str(tmp_path / "logo.pdf"))
    assert not ocr.covered_by_image(document[0])
    assert ocr.scan_rules(tmp_path / "logo.pdf", {1: []}) == {}
