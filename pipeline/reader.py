"""Read a PDF with pdfplumber into pages of lines that keep font, page and bbox.

Takes a path; yields `Page` records (body lines, furniture lines, ruled tables) one
page at a time, releasing pdfplumber's page objects as it goes so that memory stays
bounded on long packs. Running headers and footers are moved out of the body into
`Page.furniture`: the segmenter reads them (they say which agenda item a page serves),
extractors never see them.

A file that cannot be read raises `UnreadablePDF` with a status (`failed`, `no_text`)
and a reason a person can act on (one line, at most 200 characters).

A page that lost its text is a `read` problem, never a silent empty page: a content stream
that cannot be decompressed (or only in part), and glyphs that no font map turns into text
(pdfminer's `(cid:N)`). pdfminer's and pdfplumber's warnings never reach the terminal: those
that mean lost text become problems, the rest are dropped. Running out of memory is not a
page's problem: `MemoryError` goes up to the worker, which reports the memory limit.
"""

from __future__ import annotations

import bisect
import logging
import math
import os
import re
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import layout, ocr, printed
from .cache import cached_read
from .records import Line, Page, Problem, Table, Word

if TYPE_CHECKING:  # pdfplumber and pdfminer load when a file is read (`boardpapers` starts without them)
    import pdfplumber

READERS = ("pdfium", "pdfminer")  # where characters come from; pdfplumber groups them either way
READER_ENV = "BOARDPAPERS_READER"
LINE_TOLERANCE = 3.0  # points: words whose tops differ by less share a line
CID = re.compile(r"\(cid:\d+\)")
UNMAPPED_SHARE = 0.3  # a page whose characters are this much `(cid:N)` lost its text
DATA_LOSS = "Data-loss while decompressing"


class Warnings(logging.Handler):
    """Collects pdfminer's and pdfplumber's log records (they never reach the terminal)."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.messages) >= 100:  # one page's worth is plenty; a flood is dropped
            return
        try:
            self.messages.append(record.getMessage())
        except Exception:  # a record that cannot be formatted is no reason to fail a page
            self.messages.append(str(record.msg))


WARNINGS = Warnings()
for _name in ("pdfminer", "pdfplumber"):
    _logger = logging.getLogger(_name)
    _logger.addHandler(WARNINGS)
    _logger.propagate = False  # the run summary and the problems table say what matters
    _logger.setLevel(logging.WARNING)


class UnreadablePDF(Exception):
    """This file cannot be read; `status` is 'failed' or 'no_text'."""

    def __init__(self, reason: str, status: str = "failed"):
        super().__init__(reason)
        self.reason = reason
        self.status = status


def open_pdf(path: Path) -> pdfplumber.PDF:
    """Open a PDF or raise UnreadablePDF saying what is wrong with the file."""
    import pdfplumber

    check_header(path)
    try:
        pdf = pdfplumber.open(path)
        page_count = len(pdf.pages)
    except Exception as error:  # pdfminer raises many kinds on damaged files
        raise UnreadablePDF(open_failure(error)) from error
    if page_count == 0:
        pdf.close()
        raise UnreadablePDF("the PDF has no pages")
    return pdf


def open_failure(error: Exception) -> str:
    """Why a PDF would not open, in words a person can act on."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    cause = root_cause(error)
    if isinstance(cause, MemoryError):
        raise cause
    if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
        return "encrypted PDF: it needs a password to open (ask the publisher for an unprotected copy)"
    detail = brief(str(cause).strip() or type(cause).__name__)
    if isinstance(cause, PDFSyntaxError) or "EOF" in detail:
        return f"corrupt or truncated PDF ({detail}): download the file again"
    return f"corrupt PDF ({type(cause).__name__}: {detail}): download the file again"


def brief(detail: str, limit: int = 100) -> str:
    """A parser's message cut to one short line (some quote hundreds of bytes of the file)."""
    line = " ".join(detail.split()).encode("unicode_escape").decode("ascii")
    return line if len(line) <= limit else line[: limit - 1] + "…"


def root_cause(error: BaseException) -> BaseException:
    """pdfplumber wraps pdfminer's exceptions; the wrapped one says what went wrong."""
    while True:
        inner = error.args[0] if error.args and isinstance(error.args[0], BaseException) else error.__cause__
        if inner is None or inner is error:
            return error
        error = inner


def check_header(path: Path) -> None:
    with open(path, "rb") as handle:
        head = handle.read(1024)
    if not head:
        raise UnreadablePDF("the file is empty (0 bytes)")
    if b"%PDF-" not in head:
        start = head[:20].decode("latin-1").encode("unicode_escape").decode()
        raise UnreadablePDF(f"not a PDF: the file starts with '{start}', not '%PDF-'")


def chosen_reader(reader: str | None = None) -> str:
    """The character source asked for, else `BOARDPAPERS_READER`, else PDFium."""
    chosen = (reader or os.environ.get(READER_ENV, "") or READERS[0]).strip().lower()
    if chosen not in READERS:
        raise ValueError(f"unknown reader {chosen!r}: choose one of {', '.join(READERS)}")
    return chosen


def read_pages(
    pdf: pdfplumber.PDF, document_id: str, problems: list[Problem], reader: str = "pdfminer"
) -> Iterator[Page]:
    """Yield each page as a `Page`; a page that cannot be read becomes an empty page and a problem,
    and so does a page whose text was lost (undecodable streams, unmapped glyphs).

    With the `pdfium` reader, PDFium gives the characters and ruling lines (`pipeline.pdfium`),
    pdfminer only the fonts' metrics and the checks for lost text."""
    source = PdfiumSource(pdf) if reader == "pdfium" else None
    for index, plumber_page in enumerate(pdf.pages, start=1):
        WARNINGS.messages.clear()
        try:
            lost = undecodable_streams(plumber_page)
            page_source = source.page(plumber_page, index) if source else plumber_page
            page = read_page(page_source, document_id, index)
        except MemoryError:
            raise
        except Exception as error:  # one damaged page must not lose the rest of the file
            problems.append(
                Problem(
                    document_id,
                    index,
                    "read",
                    f"page unreadable: {type(error).__name__}: {brief(str(error))}",
                    " ".join(str(error).split())[:2000],
                )
            )
            page = Page(document_id, index, float(plumber_page.width), float(plumber_page.height))
        else:
            problems += lost_text(page, lost, WARNINGS.messages)
        finally:
            plumber_page.close()
        yield page
    if source:
        source.close()


class PdfiumSource:
    """The file opened by PDFium beside pdfplumber, and pdfminer's font metrics, for its pages."""

    def __init__(self, pdf: pdfplumber.PDF):
        import pypdfium2

        from .pdfium import FontMetrics

        stream = pdf.stream
        stream.seek(0)
        self.document = pypdfium2.PdfDocument(stream.read())
        self.metrics = FontMetrics()

    def page(self, plumber_page: Any, number: int) -> Any:
        from .pdfium import PdfiumPage

        fonts = self.metrics.of_page(plumber_page.page_obj.resources)
        page = self.document[number - 1]
        try:
            return PdfiumPage(page, fonts, int(plumber_page.rotation or 0), number)
        finally:
            page.close()

    def close(self) -> None:
        self.document.close()


def undecodable_streams(plumber_page) -> int:
    """How many of the page's content streams cannot be decompressed at all (pdfminer reads them as
    nothing, silently). Decoding them here costs nothing: pdfminer keeps the decoded data."""
    from pdfminer.pdftypes import LITERALS_FLATE_DECODE, PDFStream, resolve1

    lost = 0
    for stream in plumber_page.page_obj.contents:
        stream = resolve1(stream)
        if not isinstance(stream, PDFStream) or stream.data is not None or not stream.rawdata:
            continue
        raw = stream.rawdata
        flate = any(f in LITERALS_FLATE_DECODE for f, _ in stream.get_filters())
        if not stream.get_data() and flate and not inflates(raw):
            lost += 1
    return lost


def inflates(raw: bytes) -> bool:
    try:
        zlib.decompress(raw)
    except zlib.error:
        return False
    return True


def lost_text(page: Page, undecodable: int, warnings: list[str]) -> list[Problem]:
    """A problem for a page whose text was lost, saying how (nothing for a page read whole)."""
    problems = []
    if undecodable or any(DATA_LOSS in w for w in warnings):
        what = f"{undecodable} content streams" if undecodable else "part of a content stream"
        problems.append(
            Problem(
                page.document_id,
                page.number,
                "read",
                f"text lost: {what} could not be decompressed (a damaged file): download it again",
            )
        )
    text = " ".join(line.text for line in page.lines + page.furniture)
    unmapped = len(CID.findall(text))
    glyphs = len(CID.sub("#", text.replace(" ", "")))
    if unmapped >= 3 and unmapped >= UNMAPPED_SHARE * glyphs:
        problems.append(
            Problem(
                page.document_id,
                page.number,
                "read",
                f"text lost: {unmapped} of {glyphs} characters are glyphs with no Unicode map "
                f"(cid:N): the font maps no text; it needs OCR",
                text[:200],
            )
        )
    return problems


def read_document(path: Path, document_id: str, problems: list[Problem], reader: str | None = None) -> list[Page]:
    """A whole file as pages with headers and footers set aside; raises UnreadablePDF.

    `reader` is where characters come from (`READERS`; default `BOARDPAPERS_READER`, else PDFium).
    With `BOARDPAPERS_PAGE_CACHE` set, the same bytes are read once (`pipeline.cache`)."""
    chosen = chosen_reader(reader)

    def read(found: list[Problem]) -> list[Page]:
        with open_pdf(Path(path)) as pdf:
            pages = list(read_pages(pdf, document_id, found, chosen))
        read_by_ocr(Path(path), pages, found)
        rule_scans_under_text(Path(path), pages, found)
        separate_furniture(pages)
        return pages

    return cached_read(Path(path), document_id, problems, read, chosen, variant=ocr.version_key())


# --- pages without a text layer ------------------------------------------------------------------


def read_by_ocr(path: Path, pages: list[Page], problems: list[Problem]) -> None:
    """Pages the run's `--ocr` mode sends to OCR get their words (and ruled tables) from the image;
    a page whose glyphs mapped to no text and that OCR reads is no longer a lost page. Without an
    engine the pages stay as they are, with a problem naming what to install."""
    lost = {p.page for p in problems if p.stage == "read" and "(cid:N)" in p.reason}
    wanted = [page for page in pages if needs_ocr(page, page.number in lost)]
    if not wanted:
        return
    try:
        scanned = ocr.read_pages(path, [page.number for page in wanted])
    except ocr.EngineMissing as error:
        problems.append(Problem(pages[0].document_id, None, "ocr", f"{len(wanted)} pages not read: {error}"))
        return
    for page, result in zip(wanted, scanned):
        if not result.words:
            problems.append(Problem(page.document_id, page.number, "ocr", "OCR found no words on the page"))
            continue
        page.lines = group_lines(result.words)
        page.tables = ocr.ruled_tables(result.rules, result.words)
        page.ocr_confidence = result.confidence
        if page.number in lost:  # read after all: no longer a lost page, but not silently so
            problems[:] = [unmapped_read_by_ocr(p) if p.page == page.number else p for p in problems]
        low = [w.text for w in result.words if ocr.low_confidence(w)]
        if low:
            problems.append(
                Problem(
                    page.document_id,
                    page.number,
                    "ocr",
                    f"read by OCR: mean confidence {result.confidence:g}; {len(low)} of {len(result.words)} "
                    f"words below {ocr.LOW_CONFIDENCE:g} (kept, marked)",
                    " ".join(low)[:2000],
                )
            )


def rule_scans_under_text(path: Path, pages: list[Page], problems: list[Problem]) -> None:
    """Pages whose words lie over a scan of the page (a publisher's own OCR) get the tables the
    scan's ruling lines draw, as a scan OCR reads does: the text layer has the words but no rules."""
    wanted = {
        page.number: [word for line in page.lines for word in line.words]
        for page in pages
        if page.has_images and page.lines and not page.tables and page.ocr_confidence is None
    }
    if not wanted:
        return
    try:
        rules = ocr.scan_rules(path, wanted)
    except MemoryError:
        raise
    except Exception as error:  # the words are read; only the tables' rules are lost, and said so
        reason = f"ruling lines of scanned pages not found: {type(error).__name__}: {brief(str(error))}"
        problems.append(Problem(pages[0].document_id, None, "read", reason))
        return
    for page in pages:
        found = rules.get(page.number)
        if found:
            words = [word for word in wanted[page.number] if not ocr.rule_glyph(word, found)]
            page.lines = group_lines(words)
            page.tables = ocr.ruled_tables(found, words)


def unmapped_read_by_ocr(problem: Problem) -> Problem:
    if problem.stage != "read" or "(cid:N)" not in problem.reason:
        return problem
    reason = "the text layer maps no text (glyphs with no Unicode map, cid:N): the page was read by OCR"
    return Problem(problem.document_id, problem.page, "ocr", reason, problem.text)


def needs_ocr(page: Page, text_lost: bool) -> bool:
    """`always`: every page; `auto`: an image with no text on it, or glyphs that map to no text."""
    if ocr.mode() == "always":
        return True
    return ocr.mode() == "auto" and ((page.has_images and not page.lines) or text_lost)


def read_page(plumber_page, document_id: str, number: int) -> Page:
    """One page (pdfplumber's, or PDFium's shaped like it) as a `Page` of lines and ruled tables."""
    attrs = ["fontname", "size"]
    chars = plumber_page.chars
    tilt = char_slant(chars)
    if tilt:
        chars = levelled(chars, tilt, float(plumber_page.width) / 2)
    layers = printed.overprint_layers(chars)
    if len(layers) == 1 and not tilt:
        raw = plumber_page.extract_words(extra_attrs=attrs)
    else:  # a turned page, or texts printed over each other: each layer grouped into words on its own
        from pdfplumber.utils import extract_words

        raw = [word for layer in layers for word in extract_words(layer, extra_attrs=attrs)]
    words = printed.repair_words([to_word(w) for w in raw])
    tables = [to_table(t, plumber_page.chars) for t in plumber_page.find_tables()] if plumber_page.edges else []
    return Page(
        document_id=document_id,
        number=number,
        width=float(plumber_page.width),
        height=float(plumber_page.height),
        lines=in_reading_order(group_lines(words), float(plumber_page.width)),
        tables=tables,
        has_images=bool(plumber_page.images),
    )


def to_word(raw: dict) -> Word:
    font = raw.get("fontname", "")
    return Word(
        text=raw["text"],
        x0=float(raw["x0"]),
        top=float(raw["top"]),
        x1=float(raw["x1"]),
        bottom=float(raw["bottom"]),
        size=round(float(raw.get("size", 0.0)), 1),
        bold=any(mark in font for mark in ("Bold", "Black", "Heavy", ",B")),
    )


def to_table(table, chars: list[dict]) -> Table:
    rows = tuple(tuple(printed.clean(cell) if cell else cell for cell in row) for row in table_text(table, chars))
    tops = tuple(float(row.bbox[1]) for row in table.rows)
    return Table(bbox=tuple(round(v, 1) for v in table.bbox), rows=rows, row_tops=tops)


def table_text(table, chars: list[dict]) -> list[list[str | None]]:
    """The text of each cell, as pdfplumber's `Table.extract()` gives it, without its scan of every
    character of the page for every row: characters sorted by their middle once, each row a slice."""
    middles = sorted(((c["top"] + c["bottom"]) / 2, i) for i, c in enumerate(chars))
    keys = [m for m, _ in middles]
    rows = []
    for row in table.rows:
        _, top, _, bottom = row.bbox
        found = sorted(i for _, i in middles[bisect.bisect_left(keys, top) : bisect.bisect_left(keys, bottom)])
        row_chars = [chars[i] for i in found]
        rows.append(cells_text(row.cells, row_chars))
    return rows


OVERRUN_GAP = 0.5  # points between a glyph and the next one drawn that still touch: one run of text


def cells_text(cells: list, row_chars: list[dict]) -> list[str | None]:
    """Each cell's text from the row's characters (in the order they were drawn). A character
    belongs to the cell its middle falls in, unless it runs on from the glyph drawn just before
    it, touching it on the same line: text too wide for its cell ('Latest score', 'Head of
    Corporate Services') overruns the rule into the next cell, and is still its own cell's, not mixed into
    the words printed there."""
    from .pdfium import text_of

    inside: list[list[dict]] = [[] for _ in cells]
    previous: tuple[dict, int] | None = None
    placed = sorted((cell[0], index) for index, cell in enumerate(cells) if cell is not None)
    starts = [x for x, _ in placed]
    for char in row_chars:
        index = cell_of(cells, char, starts, placed)
        if previous is not None and index != previous[1] and runs_on(previous[0], char):
            index = previous[1]
        if index is not None:
            inside[index].append(char)
            previous = (char, index)
        else:
            previous = None
    return [None if cell is None else text_of(found) for cell, found in zip(cells, inside)]


START_INSET = 1.0  # points into a glyph that place it: its start, where it overruns a rule (a word's first letter)


def cell_of(cells: list, char: dict, starts: list[float], placed: list[tuple[float, int]]) -> int | None:
    """The cell a glyph was set in: where it starts (a point in, against italic overhangs), or its
    middle if narrower, so that a word's first letter printed over a rule is the word's cell's.
    (`starts`, `placed`: the row's cells' left edges, sorted, and their indexes.)"""
    middle_x = min((char["x0"] + char["x1"]) / 2, char["x0"] + START_INSET)
    middle_y = (char["top"] + char["bottom"]) / 2
    at = bisect.bisect_right(starts, middle_x) - 1
    if at < 0:
        return None
    index = placed[at][1]
    cell = cells[index]
    return index if middle_x < cell[2] and cell[1] <= middle_y < cell[3] else None


def runs_on(before: dict, char: dict) -> bool:
    """The glyph drawn next, on the same line, touching the last (no step back); a space goes
    with the word it ends, and what follows a space starts afresh."""
    return (
        abs(char["x0"] - before["x1"]) <= OVERRUN_GAP
        and abs(char["top"] - before["top"]) <= 1
        and not before["text"].isspace()
    )


def group_lines(words: list[Word]) -> list[Line]:
    """Cluster words into lines by their top edge, each line left to right.

    On a page printed slightly turned (a tilted typewritten page, a copy fed askew) a line's
    tops fall steadily across it, by more than the tolerance over a long line; the tops are
    measured square to the page's own slant (`slant`), so each printed line stays one line."""
    tilt = slant(words)

    def level(word: Word) -> float:
        return word.top - tilt * word.x0

    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (level(w), w.x0)):
        if lines and abs(level(word) - level(lines[-1][0])) <= LINE_TOLERANCE:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [Line(tuple(sorted(ws, key=lambda w: w.x0))) for ws in lines]


# --- two text columns ----------------------------------------------------------------------

GUTTER = 12.0  # points of white a gutter between two text columns is at the least
MIN_COLUMN_LINES = 8  # lines a stretch of two columns runs to
PROSE_SHARE = 0.3  # of each column's lines, the share at the least that carry on a sentence


def in_reading_order(lines: list[Line], width: float) -> list[Line]:
    """A page's lines in reading order: where the page sets its text in two columns (a designed
    paper, minutes set like a newsletter), the lines across both are cut at the gutter and each
    column is read down before the next, so that no sentence is spliced with its neighbour's.

    Two columns are told from a table without rules, a two-column list of names or a margin of
    labels by what flows in them: on both sides of a gutter that no line crosses for at least
    `MIN_COLUMN_LINES` lines, runs of words without a column gap, a share of which carry on a
    sentence from the line above (start lower-case)."""
    if not may_have_two_columns(lines, width):
        return lines
    found = two_column_stretch(lines, width)
    if found is None:
        return lines
    start, end, gutter = found
    left, right = zip(*(sides(line, gutter) for line in lines[start:end]))
    column_lines = [Line(tuple(words)) for words in (*left, *right) if words]
    return [*lines[:start], *column_lines, *lines[end:]]


def sides(line: Line, gutter: float) -> tuple[list[Word], list[Word]]:
    """A line's words left of a gutter and right of it (no word crosses it: `two_column_stretch`)."""
    return [w for w in line.words if w.x1 <= gutter], [w for w in line.words if w.x0 >= gutter]


def may_have_two_columns(lines: list[Line], width: float) -> bool:
    """A quick look first: enough lines either start past the page's first third (a right
    column's line printed on its own) or leave a gutter's width of white in its middle third."""
    found = 0
    for line in lines:
        if line.words[0].x0 > width / 3 or any(
            b.x0 - a.x1 >= GUTTER and width / 3 <= b.x0 and a.x1 <= 2 * width / 3
            for a, b in zip(line.words, line.words[1:])
        ):
            found += 1
    return found >= MIN_COLUMN_LINES // 2


def two_column_stretch(lines: list[Line], width: float) -> tuple[int, int, float] | None:
    """(first line, line after the last, the gutter's x) of the longest stretch of lines that no
    line crosses at one x of the page's middle third (on a 3-point grid), set in two text
    columns; or None. Each line's crossed points are a bit mask, so a stretch's open points are
    what the masks of its lines leave unset."""
    first, last = math.ceil(width / 9), math.floor(2 * width / 9)
    full = (1 << (last - first + 1)) - 1
    masks = [crossed_points(line, first, last) for line in lines]
    best: tuple[int, int, int] | None = None  # start, end, open points
    for start in range(len(lines)):
        crossed = 0
        for end in range(start, len(lines)):
            crossed |= masks[end]
            if crossed == full:
                break
            length = end + 1 - start
            if length >= MIN_COLUMN_LINES and (best is None or length > best[1] - best[0]):
                best = (start, end + 1, full & ~crossed)
        if best is not None and best[1] == len(lines):
            break  # no later start can run longer
    if best is None:
        return None
    open_steps = [first + bit for bit in range(last - first + 1) if best[2] >> bit & 1]
    gutter = open_steps[len(open_steps) // 2] * 3.0
    return (best[0], best[1], gutter) if flows_on_both_sides(lines[best[0] : best[1]], gutter) else None


def crossed_points(line: Line, first: int, last: int) -> int:
    """The grid points (steps `first`…`last` of 3 points) a line's words or narrow gaps cover, as bits."""
    words = line.words
    mask = points_between(words[0].x0, words[-1].x1, first, last)
    for a, b in zip(words, words[1:]):
        if b.x0 - a.x1 >= GUTTER:
            mask &= ~points_between(a.x1, b.x0, first, last)
    return mask


def points_between(x0: float, x1: float, first: int, last: int) -> int:
    """Bits of the grid steps strictly inside (x0, x1)."""
    low, high = max(math.floor(x0 / 3) + 1, first), min(math.ceil(x1 / 3) - 1, last)
    return ((1 << (high - low + 1)) - 1) << (low - first) if high >= low else 0


def flows_on_both_sides(lines: list[Line], gutter: float) -> bool:
    left, right = zip(*(sides(line, gutter) for line in lines))
    return flows(list(left)) and flows(list(right))


def flows(runs: list[list[Word]]) -> bool:
    """A column of running text: most of its lines hold text, few a column gap, and a share of
    them carry on the sentence above."""
    filled = [run for run in runs if run]
    if len(filled) < MIN_COLUMN_LINES / 2:
        return False
    gapped = sum(1 for run in filled if any(b.x0 - a.x1 >= GUTTER for a, b in zip(run, run[1:])))
    carried = sum(1 for run in filled if run[0].text[:1].islower())
    return gapped <= 0.2 * len(filled) and carried >= PROSE_SHARE * len(filled)


MIN_SLANT = 0.002  # a fall of 1 pt in 500 pt (0.1°): less is square for line grouping
MIN_SLANT_PAIRS = 8


def slant(words: list[Word]) -> float:
    """How far a line's top falls per point across (0.0 for a square page), from its words in
    the order the word-grouper gave them (`fall_per_point`)."""
    return fall_per_point([(w.x0, w.x1, w.top, w.bottom, w.size) for w in words])


def char_slant(chars: list[dict]) -> float:
    """The same from the characters, in the order they were drawn (the first `SLANT_SAMPLE`
    suffice: a page is turned as a whole)."""
    sample = chars[:SLANT_SAMPLE]
    return fall_per_point([(c["x0"], c["x1"], c["top"], c["bottom"], c.get("size", 0.0)) for c in sample])


SLANT_SAMPLE = 400


def fall_per_point(boxes: list[tuple[float, float, float, float, float]]) -> float:
    """The median slope of the tops of neighbouring boxes (x0, x1, top, bottom, size) of one line:
    next to each other, of one size, tops within half a height. Below `MIN_SLANT`, 0.0."""
    slopes = []
    for (ax0, ax1, atop, abottom, asize), (bx0, _, btop, _, bsize) in zip(boxes, boxes[1:]):
        height = max(abottom - atop, 1.0)
        run = bx0 - ax0
        # a turned glyph's box reaches a little past where the next begins: a small overlap is a neighbour
        if (
            run > 0
            and -height / 4 <= bx0 - ax1 < 2 * height
            and abs(btop - atop) < height / 2
            and abs(asize - bsize) < 0.5
        ):
            slopes.append((btop - atop) / run)
    if len(slopes) < MIN_SLANT_PAIRS:
        return 0.0
    slopes.sort()
    middle = slopes[len(slopes) // 2]
    return middle if abs(middle) >= MIN_SLANT else 0.0


def levelled(chars: list[dict], tilt: float, pivot: float) -> list[dict]:
    """Copies of a slanted page's characters with their tops measured square to the slant (about
    the page's middle, so nothing moves far): the word-grouper clusters a line by its tops, and
    a long turned line would otherwise fall apart, even inside a word ('RESOL' 'VED'). A turned
    glyph's box is taller than its type by its width times the slant, and by a different hair for
    each letter: the size is the type's, so that no word breaks where the sizes differ."""
    shifted = []
    for char in chars:
        drop = tilt * (char["x0"] - pivot)
        size = round(char["bottom"] - char["top"] - abs(tilt) * (char["x1"] - char["x0"]), 1)
        moved = {**char, "top": char["top"] - drop, "bottom": char["bottom"] - drop, "size": size}
        if "doctop" in char:
            moved["doctop"] = char["doctop"] - drop
        shifted.append(moved)
    return shifted


# --- running headers and footers ------------------------------------------------------


def separate_furniture(pages: list[Page]) -> None:
    """Move running headers and footers of every page out of the body lines.

    A line in the page margin is furniture when it reads as furniture on its own
    (classification marking, 'Page 3 of 5', 'Agenda Item: 9.0') or when the same
    text, numbers aside, sits in the margin of another page of the file."""
    repeats = Counter(
        layout.furniture_key(line.text)
        for page in pages
        for line in {layout.furniture_key(l.text): l for l in page.lines if layout.in_margin(l, page.height)}.values()
    )
    for page in pages:
        body: list[Line] = []
        furniture: list[Line] = []
        for line in page.lines:
            is_furniture = layout.in_margin(line, page.height) and (
                layout.looks_like_furniture(line.text)
                or layout.FOOTER_ITEM.search(line.text)
                or repeats[layout.furniture_key(line.text)] > 1
            )
            (furniture if is_furniture else body).append(line)
        page.lines, page.furniture = body, furniture


def text_status(pages: list[Page], problems: Sequence[Problem] = ()) -> tuple[str, str | None]:
    """('no_text', reason) when no page has a text layer (nor any words OCR could read), else
    ('ok', None). The reason says what OCR made of it: not run, no engine, no words."""
    if any(page.lines or page.furniture for page in pages):
        return "ok", None
    images = sum(page.has_images for page in pages)
    what = "an image-only scan" if images else "no text and no images"
    return "no_text", f"no text layer on any of {len(pages)} pages ({what}); {ocr_outcome(problems)}"


def ocr_outcome(problems: Sequence[Problem]) -> str:
    engine = next((p.reason for p in problems if p.stage == "ocr" and p.page is None), None)
    if engine:
        return engine
    if any(p.stage == "ocr" for p in problems):
        return "OCR found no words on them"
    return "it needs OCR (run with --ocr auto)" if ocr.mode() == "never" else "it needs OCR"
