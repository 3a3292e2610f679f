"""The PDFium reader reads what the pdfminer reader reads, and the page cache splits reading from extraction.

- Equivalence: on a sample of pages of every corpus and gallery file (the first and the last,
  so a pack's cover, tables and appendices are in it, at a cost the suite can pay), both
  readers give the same lines, the same words with the same font size and weight, and the
  same tables. Boxes agree within 0.5 pt, or 0.75 pt on justified lines, where pdfminer and
  PDFium accumulate the word spacing (Tw) a little differently along the line. A glyph that
  has no Unicode map reads '(cid:N)' in pdfminer; PDFium often still knows it (a bullet
  drawn from a symbol font reads '•'), so '(cid:N)' matches any one character.
- Stages: a change to extraction re-extracts from the cached pages without reading the PDF
  again; a change to the reader reads it again.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from pipeline import cache, reader, run
from pipeline.reader import PdfiumSource, open_pdf, read_page

ROOT = Path(__file__).resolve().parent.parent
SAMPLED = sorted((ROOT / "corpus").glob("*.pdf")) + sorted((ROOT / "tests" / "gallery").glob("*.pdf"))
BOX_TOLERANCE = 0.5
JUSTIFIED_TOLERANCE = 0.75
CID = re.compile(r"\(cid:\d+\)")


def both_readers(path: Path):
    """(pdfminer's page, PDFium's page) for the first and last page of a file."""
    with open_pdf(path) as pdf:
        source = PdfiumSource(pdf)
        try:
            numbers = sorted({1, len(pdf.pages)})
            for number in numbers:
                plumber_page = pdf.pages[number - 1]
                yield (
                    read_page(plumber_page, "doc", number),
                    read_page(source.page(plumber_page, number), "doc", number),
                )
        finally:
            source.close()


def same_text(pdfminer_text: str | None, pdfium_text: str | None) -> bool:
    """Equal, but for pdfminer's '(cid:N)', which PDFium may read as the character it is."""
    if pdfminer_text is None or pdfium_text is None:
        return pdfminer_text is pdfium_text
    pattern = ".".join(re.escape(part) for part in CID.split(pdfminer_text))
    return re.fullmatch(pattern, pdfium_text, re.S) is not None


@pytest.mark.parametrize("path", SAMPLED, ids=lambda p: p.name)
def test_pdfium_reads_what_pdfminer_reads(path: Path):
    for old, new in both_readers(path):
        assert len(old.lines) == len(new.lines), f"p.{old.number}: {len(old.lines)} lines, {len(new.lines)}"
        for a, b in zip(old.lines, new.lines):
            assert same_text(a.text, b.text), f"p.{old.number}: {a.text!r} read as {b.text!r}"
        for a, b in zip(old.lines, new.lines, strict=True):
            justified = len(a.words) > 3
            tolerance = JUSTIFIED_TOLERANCE if justified else BOX_TOLERANCE
            for x, y in zip(a.words, b.words, strict=True):
                assert same_text(x.text, y.text)
                assert (x.size, x.bold) == (y.size, y.bold), f"p.{old.number} {x.text!r}: font differs"
                if CID.search(x.text):
                    continue  # an unmapped glyph has no width in pdfminer
                worst = max(abs(x.x0 - y.x0), abs(x.x1 - y.x1), abs(x.top - y.top), abs(x.bottom - y.bottom))
                assert worst <= tolerance, f"p.{old.number} {x.text!r}: box {worst:.2f} pt away"
        assert len(old.tables) == len(new.tables), f"p.{old.number}: tables differ"
        for t, u in zip(old.tables, new.tables):
            assert t.bbox == pytest.approx(u.bbox, abs=BOX_TOLERANCE)
            assert all(same_text(a, b) for r, s in zip(t.rows, u.rows, strict=True) for a, b in zip(r, s, strict=True))
        assert old.has_images == new.has_images


def test_the_default_reader_is_pdfium_and_a_wrong_name_is_refused(monkeypatch):
    monkeypatch.delenv(reader.READER_ENV, raising=False)
    assert reader.chosen_reader() == "pdfium"
    assert reader.chosen_reader("pdfminer") == "pdfminer"
    with pytest.raises(ValueError, match="unknown reader 'pdfbox'"):
        reader.chosen_reader("pdfbox")


def documents(database: Path) -> list[tuple]:
    with sqlite3.connect(database) as conn:
        return conn.execute("select status, parser_version from documents").fetchall()


def records(database: Path) -> int:
    with sqlite3.connect(database) as conn:
        return conn.execute("select count(*) from actions").fetchone()[0]


def test_an_extraction_change_re_extracts_without_re_reading_and_a_reader_change_re_reads(tmp_path, monkeypatch):
    folder = tmp_path / "papers"
    folder.mkdir()
    shutil.copy(ROOT / "tests" / "gallery" / "2019-09-17-Eastmere-SPCB-action-log.pdf", folder)
    database = tmp_path / "board.db"
    monkeypatch.delenv(cache.ENV, raising=False)  # the default: pages kept beside the database

    run.ingest([folder], database, workers=1)
    assert list((tmp_path / "board.pages").glob("*.pickle")), "ingest keeps what it read"
    first = records(database)
    assert first > 0

    # An edited extractor: the extraction's version changes, the reader's does not. Reading the
    # PDF again would fail it (open_pdf raises), so an ok document proves it was not read.
    def no_reading(path):
        raise reader.UnreadablePDF("read again")

    monkeypatch.setattr(run, "PARSER_VERSION", "an-edited-extractor")
    monkeypatch.setattr(reader, "open_pdf", no_reading)
    report = run.ingest([folder], database, workers=1)
    assert (report.parsed, report.failed) == (1, 0)
    assert documents(database) == [("ok", "an-edited-extractor")]
    assert records(database) == first

    # An edited reader: its version is the cache's key, so the file is read again (and fails here).
    monkeypatch.setattr(run, "PARSER_VERSION", "an-edited-reader")
    monkeypatch.setattr(cache, "READER_VERSION", "an-edited-reader")
    report = run.ingest([folder], database, workers=1)
    assert report.failed == 1
    assert documents(database) == [("failed", "an-edited-reader")]


def write_turned_attendance(path: Path, degrees: float) -> Path:
    """A typewritten attendance list whose page was turned a little: names on the left, roles
    far to the right, so each line falls by more than the line tolerance across the page."""
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path))
    page.rotate(degrees)
    page.setFont("Courier", 10)
    people = [
        ("Cllr Oona Threlfall", "Chair of the Panel"),
        ("Mr Piers Galbraith", "Independent Member"),
        ("Ms Wren Acheson", "Deputy Commissioner"),
        ("Dr Ifan Morcombe", "Scrutiny Officer"),
        ("Mrs Leda Vance", "Monitoring Officer"),
    ]
    page.drawString(70, 720, "PRESENT:")
    for n, (name, role) in enumerate(people):
        page.drawString(70, 700 - 16 * n, name)
        page.drawString(330, 700 - 16 * n, role)
    page.drawString(70, 600, "RECOMMENDATIONS NOTWITHSTANDING INTERDEPARTMENTAL RESPONSIBILITIES")
    page.save()
    return path


@pytest.mark.parametrize("degrees", [-0.7, 0.7])
def test_a_slightly_turned_page_keeps_each_printed_line_whole(tmp_path, degrees):
    (page,) = reader.read_document(write_turned_attendance(tmp_path / "turned.pdf", degrees), "d", [])
    texts = [line.text for line in page.lines]
    assert texts[0] == "PRESENT:"
    # long words stay whole, at their type's size, though each letter's box sits a little lower
    assert texts[-1] == "RECOMMENDATIONS NOTWITHSTANDING INTERDEPARTMENTAL RESPONSIBILITIES"
    assert {w.size for w in page.lines[-1].words} == {10.0}
    assert texts[1:-1] == [
        "Cllr Oona Threlfall Chair of the Panel",
        "Mr Piers Galbraith Independent Member",
        "Ms Wren Acheson Deputy Commissioner",
        "Dr Ifan Morcombe Scrutiny Officer",
        "Mrs Leda Vance Monitoring Officer",
    ]


def test_a_square_page_has_no_slant():
    words = [reader.Word(t, x, 100.0, x + 20, 110.0, 10.0, False) for t, x in zip("abcdefghij", range(0, 250, 25))]
    assert reader.slant(words) == 0.0


def write_scaled_matrix_paper(path: Path) -> Path:
    """Text set at 1 pt and scaled up by the text matrix, as cairo and Skia (a browser's "Save as
    PDF") write every PDF."""
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path))
    for n, (size, line) in enumerate(
        [(16, "Estates Scrutiny Panel"), (11, "Minutes of the meeting held on 3 June 2024")]
    ):
        text = page.beginText()
        text.setFont("Helvetica", 1)
        text.setTextTransform(size, 0, 0, size, 72, 720 - 30 * n)
        text.textOut(line)
        page.drawText(text)
    page.save()
    return path


@pytest.mark.parametrize("reader_name", ["pdfium", "pdfminer"])
def test_text_scaled_by_its_matrix_reads_as_words_of_their_printed_size(tmp_path, reader_name):
    path = write_scaled_matrix_paper(tmp_path / "scaled.pdf")
    (page,) = reader.read_document(path, "d", [], reader=reader_name)
    assert [line.text for line in page.lines] == [
        "Estates Scrutiny Panel",
        "Minutes of the meeting held on 3 June 2024",
    ]
    assert [line.words[0].size for line in page.lines] == [16.0, 11.0]
    assert page.lines[0].words[0].x1 - page.lines[0].words[0].x0 > 40  # 'Estates' at 16 pt, not at 1 pt
