"""Scans are read by OCR (issue 17): scanned twins of real papers (pages rendered at 200 dpi,
tilted, speckled, rebuilt as image-only PDFs) give the records their text PDFs give, marked
with OCR's confidence; without an engine, or with `--ocr never`, a scan stays `no_text` with
the reason. OCR is slow, so the twins are three small pages, ingested once per session."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline import ocr
from pipeline.cli import cli
from pipeline.evaluate import evaluate
from pipeline.reader import read_by_ocr
from pipeline.records import Page, Problem, Word
from pipeline.run import ingest
from tests.broken import text_pdf
from tests.conftest import shared_temp
from tests.hostile_fixtures import unmapped_pdf
from tests.scan_fixtures import scanned_twin

# Skipped on a machine without Tesseract, never in CI (.ci/run installs it and sets the variable).
needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None and not os.environ.get("BOARDPAPERS_REQUIRE_OCR"),
    reason="needs tesseract-ocr (.ci/run installs it)",
)

ROOT = Path(__file__).resolve().parent.parent
GALLERY = ROOT / "tests" / "gallery"
ACTION_LOG = GALLERY / "2019-09-17-Eastmere-SPCB-action-log.pdf"
MINUTES = GALLERY / "2019-04-08-Westmarch-Executive-Board-minutes.pdf"


def rows(db: Path, sql: str, params=()) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


@pytest.fixture(scope="session")
def scans(tmp_path_factory) -> Path:
    """Scanned twins of an action log (2 pages) and minutes (1 page), under their own names,
    with the text PDF of the minutes beside them, ingested once (two workers)."""
    from pipeline import cache

    folder = shared_temp(tmp_path_factory) / "ocr-scans"
    folder.mkdir(exist_ok=True)
    with cache.locked(folder / "lock"):
        if not (folder / "built").exists():
            papers = folder / "papers"
            papers.mkdir(exist_ok=True)
            scanned_twin(ACTION_LOG, papers / ACTION_LOG.name)
            scanned_twin(MINUTES, papers / MINUTES.name)
            text_pdf(papers / "typed.pdf", "Minutes of the Board held on 3 March 2020")
            ingest([papers], folder / "p.db", workers=2)
            (folder / "built").write_text("")
    return folder


def gold_folder(tmp_path: Path, *sources: Path) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir(parents=True)
    for source in sources:
        shutil.copy(GALLERY / "gold" / f"{source.stem}.json", folder)
    return folder


@needs_tesseract
def test_scanned_twins_of_an_action_log_and_minutes_score_against_their_text_gold(scans, tmp_path):
    db = scans / "p.db"
    assert rows(db, "select status from documents where path like '%action-log.pdf'") == [("ok",)]
    log = evaluate(db, gold_folder(tmp_path / "log", ACTION_LOG))
    assert log.macro_f1 >= 0.9, log.as_table(misses=True)
    minutes = evaluate(db, gold_folder(tmp_path / "minutes", MINUTES))
    assert minutes.macro_f1 >= 0.9, minutes.as_table(misses=True)


@needs_tesseract
def test_documents_record_which_pages_ocr_read_and_rows_carry_its_confidence(scans):
    db = scans / "p.db"
    documents = dict(
        (path.rsplit("/", 1)[-1], (pages, confidence))
        for path, pages, confidence in rows(db, "select path, ocr_pages, ocr_confidence from documents")
    )
    assert documents[ACTION_LOG.name][0] == "1-2" and documents[MINUTES.name][0] == "1"
    assert all(80 <= documents[name][1] <= 100 for name in (ACTION_LOG.name, MINUTES.name))
    assert documents["typed.pdf"] == (None, None)  # a text layer is read as before
    confidences = rows(
        db,
        """select a.ocr_confidence, p.ocr_confidence from actions a
           join pages p on p.document_id = a.document_id and p.page = a.page""",
    )
    assert confidences and all(row is not None and 0 < row <= 100 and row == page for row, page in confidences)
    assert rows(db, "select count(*) from pages where ocr_confidence is null and text like '%Minutes of the Board%'")


def page_of() -> Page:
    return Page("doc", 1, 595.0, 842.0, has_images=True)


def test_words_below_the_threshold_are_kept_and_marked(monkeypatch, tmp_path):
    sure = Word("Board", 72, 100, 110, 111, 11.0, False, confidence=96.0)
    doubtful = Word("Minutcs", 114, 100, 160, 111, 11.0, False, confidence=41.0)
    monkeypatch.setattr(ocr, "read_pages", lambda path, numbers: [ocr.OcrPage(1, [sure, doubtful], confidence=68.5)])
    page = page_of()
    problems: list[Problem] = []
    read_by_ocr(tmp_path / "scan.pdf", [page], problems)
    assert page.lines[0].text == "Board Minutcs" and page.ocr_confidence == 68.5
    assert [ocr.low_confidence(w) for w in page.lines[0].words] == [False, True]
    (problem,) = problems
    assert problem.stage == "ocr" and "1 of 2 words below 60" in problem.reason and problem.text == "Minutcs"


def test_a_missing_engine_keeps_the_scan_as_no_text_naming_the_package(monkeypatch, tmp_path):
    def missing() -> str:
        raise ocr.EngineMissing(f"the tesseract program is not installed: {ocr.INSTALL}")

    monkeypatch.setattr(ocr, "engine_version", missing)  # the forked worker inherits it
    folder = tmp_path / "in"
    folder.mkdir()
    scanned_twin(MINUTES, folder / "scan.pdf")
    db = tmp_path / "p.db"
    ingest([folder], db, workers=1)
    ((status, error, detail),) = rows(db, "select status, error, error_detail from documents")
    assert status == "no_text" and "tesseract-ocr" in (detail or error)
    assert rows(db, "select count(*) from pages") == [(1,)]  # recorded, never lost


def test_ocr_never_leaves_a_scan_as_no_text_and_the_option_is_on_the_command_line(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    scanned_twin(MINUTES, folder / "scan.pdf")
    db = tmp_path / "p.db"
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db), "--workers", "1", "--ocr", "never"])
    assert result.exit_code == 1  # a file that could not be used fails the run, as before
    ((status, error, pages),) = rows(db, "select status, error, ocr_pages from documents")
    assert status == "no_text" and "no text layer" in error and "--ocr" in error and pages is None


@needs_tesseract
def test_glyphs_without_a_unicode_map_are_read_by_ocr_instead_of_lost(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    unmapped_pdf(folder / "cids.pdf", pages=1)
    db = tmp_path / "p.db"
    ingest([folder], db, workers=1)
    ((status, pages),) = rows(db, "select status, ocr_pages from documents")
    assert status == "ok" and pages == "2"
    assert rows(db, "select page, stage from problems where reason like '%no Unicode map%'") == [(2, "ocr")]
    (text,) = rows(db, "select text from pages where page = 2")[0]
    assert len(text.split()) >= 6  # the glyphs as drawn, whatever font stood in for the missing one


# --- a scanned register drawn with shaded cells and faint rules ------------------------------------


def shaded_register(path: Path) -> Path:
    """A one-page register whose table is drawn as registers often are: a grey header row, hairline
    rules in light grey, and each score in a cell filled with its rating's colour (dark red, amber,
    green), black digits on it. Invented references and wording."""
    from tests.risk_fixtures import styled_table
    from tests.synthetic import PaperBuilder

    paper = PaperBuilder(path, landscape_pages=True, footer=["Harbour Vale Authority – Risk Register"])
    paper.text("HARBOUR VALE AUTHORITY RISK REGISTER", size=13, bold=True)
    paper.text("Quarter 3 2023/24", size=10).gap()
    rows = [
        ["Risk ID", "Risk", "Likelihood", "Impact", "Score", "Owner"],
        ["HV-07", "The fleet contract lapses before a new supplier is in place.", "4", "5", "20", "Director"],
        ["HV-12", "Overtime spending exceeds the agreed budget line.", "3", "3", "9", "Treasurer"],
        ["HV-15", "The custody suite refurbishment overruns its schedule.", "2", "2", "4", "Estates Lead"],
    ]
    fills = [(0.75, 0.0, 0.0), (1.0, 0.75, 0.0), (0.57, 0.82, 0.31)]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, (0.55, 0.55, 0.55)),
        ("BACKGROUND", (0, 0), (-1, 0), (0.85, 0.85, 0.85)),
    ] + [("BACKGROUND", (4, row), (4, row), colour) for row, colour in enumerate(fills, start=1)]
    styled_table(paper, rows, [60, 300, 70, 60, 50, 90], style, size=9, x=40)
    return paper.save()


@needs_tesseract
def test_a_scanned_register_with_shaded_cells_and_faint_rules_reads_as_its_text_pdf(tmp_path):
    """The scan's table comes back from its faint rules and its filled cells (their borders are
    edges, as a text layer's filled rectangles are), with the digits on the dark cells read: the
    risks and ratings are the text PDF's."""
    from tests.test_risk_register import ratings, read_file, risks

    text = shaded_register(tmp_path / "register.pdf")
    scan = scanned_twin(text, tmp_path / "scan.pdf", skew=0.6, seed=5)
    _, text_records, _ = read_file(text)
    parts, scan_records, _ = read_file(scan)
    assert parts, "the scan was not classed as a risk register"

    def rated(records) -> set[tuple]:
        return {(r.reference, r.phase, r.likelihood, r.impact, r.score) for r in ratings(records)}

    assert rated(text_records) == {
        ("HV-07", "current", 4, 5, 20),
        ("HV-12", "current", 3, 3, 9),
        ("HV-15", "current", 2, 2, 4),
    }
    assert rated(scan_records) == rated(text_records)
    assert set(risks(scan_records)) == {"HV-07", "HV-12", "HV-15"}


# --- short cells of a scanned ruled table ------------------------------------------------------------


def ruled_block(path: Path) -> Path:
    """A one-page ruled table as registers and action logs draw them: a bold reference with a
    decimal point, a rating header of lone letters 'L I R', item numbers '7.2' and '9.1', and
    scores reversed (white on a dark cell) in the table's last column. Invented wording."""
    from tests.risk_fixtures import styled_table
    from tests.synthetic import PaperBuilder

    paper = PaperBuilder(path, landscape_pages=True)
    paper.text("Corporate risk summary", size=12, bold=True).gap()
    rows = [
        ["Reference", "KQ3.1", "Objective", "", "", "Fleet"],
        ["Item", "Owner", "Current", "", "", "Score"],
        ["", "", "L", "I", "R", ""],
        ["7.2", "Estates", "3", "4", "18", "<para align='center'><font color='white'>24</font></para>"],
        ["9.1", "Fleet", "2", "3", "9", "<para align='center'><font color='white'>23</font></para>"],
    ]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
        ("SPAN", (2, 0), (4, 0)),
        ("SPAN", (2, 1), (4, 1)),
        ("BACKGROUND", (5, 3), (5, 4), (0.6, 0.05, 0.05)),
    ]
    styled_table(paper, rows, [90, 120, 40, 40, 40, 160], style, size=9, header_rows=3, x=60)
    return paper.save()


@needs_tesseract
def test_short_cells_of_a_scanned_ruled_table_read_as_the_text_pdfs(tmp_path):
    """Read with the whole page, Tesseract misreads short cells (the item '7.2' came back as a
    word) and may drop a lone letter of the rating header; each short cell read again from its own
    crop, enlarged to the size Tesseract reads best, gives the text PDF's table, the reversed
    scores at the table's edge included."""
    from pipeline.reader import read_document

    text = ruled_block(tmp_path / "block.pdf")
    scan = scanned_twin(text, tmp_path / "scan.pdf", seed=17)
    (text_page,) = read_document(text, "text", [])
    (scan_page,) = read_document(scan, "scan", [])
    assert [t.rows for t in text_page.tables] == [
        (
            ("Reference", "KQ3.1", "Objective", None, None, "Fleet"),
            ("Item", "Owner", "Current", None, None, "Score"),
            ("", "", "L", "I", "R", ""),
            ("7.2", "Estates", "3", "4", "18", "24"),
            ("9.1", "Fleet", "2", "3", "9", "23"),
        )
    ]
    assert [t.rows for t in scan_page.tables] == [t.rows for t in text_page.tables]
