"""Read pages without a text layer (scans) with Tesseract, as words with boxes in PDF points.

Takes a PDF's path and the pages to read (number, width and height in points); yields, per
page, an `OcrPage`: its words (`Word`s in PDF points, each with Tesseract's confidence), the
ruled tables drawn on the image (long dark runs, handed to pdfplumber's own table finder),
the mean word confidence and the seconds it took. The reader turns these into the same
`Page` a text layer gives, so every extractor reads a scan unchanged.

The page is rendered with pypdfium2 at the scan's own resolution (200–300 dpi), straightened
(the skew angle whose horizontal projection is sharpest) and cleaned (a median filter removes scanner speckle) before
Tesseract reads it. Tesseract runs one thread per page: the worker pool already keeps the
cores busy with one file per worker, and threads fighting for the same cores are slower.

Which pages are read is the run's `--ocr` mode (`use_mode`, set before the workers fork):
`auto` reads pages with no text layer (and pages whose glyphs map to no text), `always`
every page (its text layer set aside), `never` none. A missing engine raises
`EngineMissing`, whose message names the packages to install.
"""

from __future__ import annotations

import functools
import os
import re
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from statistics import mean

from .records import Table, Word

MODES = ("auto", "always", "never")
DPI = 300  # pages with no scan on them (vector drawings) are rendered at this resolution
MIN_DPI = 200  # a scan is read at its own resolution, but never below this (nor above `DPI`)
LOW_CONFIDENCE = 60.0  # a word below this is kept but marked (`Word.confidence`, `low_confidence`)
CELL = 2.0  # points: the grid on which ink that no word covers is looked for
MIN_LETTER = 4.0  # points: a patch of ink lower than this is no letter (the edge of a rule or a shade)
MIN_INK = 3.5  # square points of ink a patch needs to be read again (less is a speck)
MISSED_CONFIDENCE = 40.0  # a word read from such a patch below this is noise, not a word
BOLD_STROKE = 1.3  # a word whose strokes are this much thicker than the page's median is bold
SIZE_SPREAD = 0.12  # share of the body size within which a measured size is the body size
PSM = int(os.environ.get("BOARDPAPERS_OCR_PSM", "3"))
MAX_SKEW = 5.0  # degrees: a scan leaning more than this is turned by hand, not here
RULE_INCHES = 0.25  # a dark run this long, no taller than `RULE_THICKNESS`, is a ruling line
RULE_THICKNESS = 2.0  # points
RULE_GAP = 3.0  # points: a break this short in a ruling line is speckle (letters of words are further apart)
RULE_JOIN = 20.0  # points: pieces of one ruling line this far apart are one line (a scan breaks them)
CROSSING = 6.0  # points: a ruling line stopping this short of another still meets it (pdfplumber: 3)
COLUMN_JOIN = 5.0  # points: less for upright lines, which must not bridge the gap between two tables
RULE_INK = 170  # grey level below which a pixel may be part of a ruling line
RULE_DENSITY = 0.8  # share of a ruling line's length that is ink (a row of text has far less)
INSTALL = (
    "OCR needs the Tesseract engine: install the Debian package tesseract-ocr "
    "(apt-get install tesseract-ocr tesseract-ocr-eng) and the Python package pytesseract "
    "(pip install pytesseract)"
)

_mode = "auto"


class EngineMissing(Exception):
    """Tesseract (the program) or pytesseract (its Python wrapper) is not installed."""


def use_mode(mode: str) -> None:
    """Set the run's OCR mode (before the workers fork, so they share it)."""
    if mode not in MODES:
        raise ValueError(f"OCR mode must be one of {', '.join(MODES)}, not {mode!r}")
    global _mode
    _mode = mode


def mode() -> str:
    return _mode


def engine_version() -> str:
    """Tesseract's version, or raise `EngineMissing` saying what to install."""
    version, missing = find_engine()
    if missing:
        raise EngineMissing(missing)
    return version


@functools.lru_cache(maxsize=1)
def find_engine() -> tuple[str, str]:
    """(version, '') or ('', what is missing): asked once per process (it runs `tesseract --version`,
    and every file asks), and worker processes inherit the answer."""
    try:
        import pytesseract
    except ImportError:
        return "", f"pytesseract is not installed: {INSTALL}"
    try:
        return str(pytesseract.get_tesseract_version()), ""
    except (pytesseract.TesseractNotFoundError, OSError):
        return "", f"the tesseract program is not installed: {INSTALL}"


def version_key() -> str:
    """What the run's OCR makes of a scan depends on: the mode and the engine (or its absence)."""
    if _mode == "never":
        return "ocr_never"
    try:
        engine = engine_version()
    except EngineMissing:
        engine = "missing"
    return re.sub(r"[^A-Za-z0-9]+", "_", f"ocr_{_mode}_{engine}")


# --- one page ---------------------------------------------------------------------------------


@dataclass
class OcrPage:
    number: int
    words: list[Word] = field(default_factory=list)
    rules: list[dict] = field(default_factory=list)  # pdfplumber edges, in PDF points
    confidence: float | None = None  # mean word confidence, 0–100 (None: no words)
    seconds: float = 0.0

    @property
    def low_words(self) -> int:
        return sum(low_confidence(w) for w in self.words)


def low_confidence(word: Word) -> bool:
    return word.confidence is not None and word.confidence < LOW_CONFIDENCE


def read_pages(path: Path, numbers: list[int]) -> list[OcrPage]:
    """OCR the pages `numbers` (1-based) of the PDF at `path`; raises `EngineMissing`."""
    engine_version()
    import pypdfium2

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    document = pypdfium2.PdfDocument(str(path))
    try:
        return [read_page(document, number) for number in numbers]
    finally:
        document.close()


def read_page(document, number: int) -> OcrPage:
    started = time.perf_counter()
    page = document[number - 1]
    try:
        dpi = scan_resolution(page)
        image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        page.close()
    rules, image = ruling_lines(clean(straighten(image)), dpi)
    words = recognise(image, dpi)
    words = mark_bold(image, even_sizes(words + recognise_missed(image, words, dpi)), dpi)
    confidences = [w.confidence for w in words if w.confidence is not None]
    return OcrPage(
        number=number,
        words=words,
        rules=rules,
        confidence=round(mean(confidences), 1) if confidences else None,
        seconds=time.perf_counter() - started,
    )


# --- image: straighten and clean ------------------------------------------------------------


def scan_resolution(page) -> int:
    """The resolution of the scan that fills the page (rendering above it adds no detail, only
    time), within `MIN_DPI`–`DPI`; `DPI` for a page without one."""
    import pypdfium2.raw as pdfium_c

    width = page.get_width()
    found = []
    try:
        for image in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,)):
            left, _, right, _ = image.get_bounds()
            if right - left >= width / 2:
                found.append(image.get_px_size()[0] / ((right - left) / 72))
    except Exception:  # an image pdfium cannot measure: render at the default
        return DPI
    return int(min(DPI, max(MIN_DPI, max(found)))) if found else DPI


def straighten(image):
    """The image turned by the skew whose rows of text line up best (within ±`MAX_SKEW`°)."""
    angle = skew_angle(image)
    if abs(angle) < 0.05:
        return image
    from PIL import Image

    return image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)


def skew_angle(image) -> float:
    """The rotation (degrees) that makes the horizontal projection of the ink sharpest: text
    lines and rules then fall on as few rows as possible. Coarse then fine, on a small copy."""
    import numpy as np
    from PIL import Image

    small = image.reduce(4) if min(image.size) > 1200 else image
    ink = Image.fromarray(((np.asarray(small) < 128) * 255).astype("uint8"))
    if not np.asarray(ink).any():
        return 0.0

    def sharpness(angle: float) -> float:
        rows = np.asarray(ink.rotate(angle, resample=Image.Resampling.NEAREST), dtype=np.float64).sum(axis=1)
        return float(np.square(np.diff(rows)).sum())

    best = max((a / 2 for a in range(int(-MAX_SKEW * 2), int(MAX_SKEW * 2) + 1)), key=sharpness)
    return max((best + step / 10 for step in range(-5, 6)), key=sharpness)


def clean(image):
    """Scanner speckle removed (a 3×3 median keeps strokes, drops lone dots)."""
    from PIL import ImageFilter

    return image.filter(ImageFilter.MedianFilter(3))


# --- words ---------------------------------------------------------------------------------------

ASCENDERS = re.compile(r"[A-Z0-9bdfhklt/()&%£$]")
DESCENDERS = re.compile(r"[gjpqy,;()]")


def recognise(image, dpi: int) -> list[Word]:
    """Tesseract's words, in PDF points, each line's words sharing the line's top and bottom (as a
    text layer's words share a baseline) and a font size estimated from the line's height."""
    import pytesseract

    data = pytesseract.image_to_data(image, output_type=pytesseract.Output.DICT, config=f"--psm {PSM}")
    lines: dict[tuple[int, int, int], list[int]] = {}
    for i, text in enumerate(data["text"]):
        if data["level"][i] == 5 and text.strip():
            lines.setdefault((data["block_num"][i], data["par_num"][i], data["line_num"][i]), []).append(i)
    scale = 72 / dpi
    words = []
    for indexes in lines.values():
        kept = [i for i in indexes if not dirt(data["text"][i], float(data["conf"][i]))]
        if not kept:
            continue
        # a line's words share its top and bottom, as a text layer's share a baseline; a word
        # Tesseract put on a line it does not sit on (a table's next column) keeps its own
        tops = sorted(data["top"][i] for i in kept)
        bottoms = sorted(data["top"][i] + data["height"][i] for i in kept)
        top, bottom = tops[len(tops) // 2], bottoms[len(bottoms) // 2]
        text = " ".join(data["text"][i] for i in kept)
        size = font_size((max(bottoms) - min(tops)) * scale, text)
        for i in kept:
            own_top, own_bottom = data["top"][i], data["top"][i] + data["height"][i]
            aligned = own_top < bottom and own_bottom > top
            words.append(
                Word(
                    text=data["text"][i].strip(),
                    x0=round(data["left"][i] * scale, 2),
                    top=round((top if aligned else own_top) * scale, 2),
                    x1=round((data["left"][i] + data["width"][i]) * scale, 2),
                    bottom=round((bottom if aligned else own_bottom) * scale, 2),
                    size=size if aligned else font_size((own_bottom - own_top) * scale, data["text"][i]),
                    bold=False,
                    confidence=round(float(data["conf"][i]), 1),
                )
            )
    return words


def dirt(text: str, confidence: float) -> bool:
    """Marks of no letter or digit that Tesseract doubts ('|' left of a ruling line, a speck read as
    '.'): scanner dirt, not words. Doubtful words with a letter or digit are kept, and marked."""
    if set(text.strip()) <= set("|¦[]"):  # a stub of a ruling line, however sure Tesseract is
        return True
    return not re.search(r"[^\W_]", text) and confidence < LOW_CONFIDENCE


def recognise_missed(image, words: list[Word], dpi: int) -> list[Word]:
    """Words in ink that Tesseract's page layout passed over: its layout drops short text standing
    alone (a column of item numbers '1.', '2.'). Each patch of ink no word covers is read again,
    all patches at once, stacked on one strip with their place on the page remembered."""
    import pytesseract
    from PIL import Image

    patches = uncovered_ink(image, words, dpi)
    if not patches:
        return []
    gap = 30
    height = sum(bottom - top + gap for _, top, _, bottom in patches) + gap
    width = max(right - left for left, _, right, _ in patches) + 2 * gap
    strip = Image.new("L", (width, height), 255)
    offsets = []  # (strip top, strip bottom, patch)
    y = gap
    for patch in patches:
        left, top, right, bottom = patch
        strip.paste(image.crop(patch), (gap, y))
        offsets.append((y, y + bottom - top, patch))
        y += bottom - top + gap
    data = pytesseract.image_to_data(strip, output_type=pytesseract.Output.DICT, config="--psm 6")
    scale = 72 / dpi
    found: list[Word] = []
    for i, text in enumerate(data["text"]):
        if data["level"][i] != 5 or not re.search(r"[^\W_]", text) or float(data["conf"][i]) < MISSED_CONFIDENCE:
            continue
        middle = data["top"][i] + data["height"][i] / 2
        place = next((o for o in offsets if o[0] - gap / 2 <= middle <= o[1] + gap / 2), None)
        if place is None:
            continue
        strip_top, _, (left, top, _, _) = place
        x0 = left + data["left"][i] - gap
        y0 = top + data["top"][i] - strip_top
        found.append(
            Word(
                text=text.strip(),
                x0=round(x0 * scale, 2),
                top=round(y0 * scale, 2),
                x1=round((x0 + data["width"][i]) * scale, 2),
                bottom=round((y0 + data["height"][i]) * scale, 2),
                size=font_size(data["height"][i] * scale, text),
                bold=False,
                confidence=round(float(data["conf"][i]), 1),
            )
        )
    return [w for w in found if not any(overlap(w, other) > 0.5 for other in words)]


def overlap(word: Word, other: Word) -> float:
    """The share of `word`'s box that `other`'s covers (a word read twice, from the page and a patch)."""
    width = min(word.x1, other.x1) - max(word.x0, other.x0)
    height = min(word.bottom, other.bottom) - max(word.top, other.top)
    area = (word.x1 - word.x0) * (word.bottom - word.top)
    return width * height / area if width > 0 and height > 0 and area > 0 else 0.0


def uncovered_ink(image, words: list[Word], dpi: int) -> list[tuple[int, int, int, int]]:
    """Boxes (pixels) around patches of ink that no word's box covers, found on a coarse grid of
    `CELL`-pixel cells; specks, and patches too large to be a line of text (a logo), left out."""
    import numpy as np

    ink = np.asarray(image) < 128
    to_pixels = dpi / 72
    cell = max(2, round(CELL * to_pixels))
    for w in words:
        ink[
            max(0, int(w.top * to_pixels) - 4) : int(w.bottom * to_pixels) + 4,
            max(0, int(w.x0 * to_pixels) - 4) : int(w.x1 * to_pixels) + 4,
        ] = False
    rows, columns = ink.shape[0] // cell, ink.shape[1] // cell
    counts = ink[: rows * cell, : columns * cell].reshape(rows, cell, columns, cell).sum(axis=(1, 3))
    marked = counts >= 3
    patches = []
    seen = np.zeros_like(marked)
    for start in zip(*np.nonzero(marked)):
        if seen[start]:
            continue
        cells = flood(marked, seen, start)
        ys = [c[0] for c in cells]
        xs = [c[1] for c in cells]
        ink_pixels = sum(int(counts[c]) for c in cells)
        top, bottom = min(ys) * cell, (max(ys) + 1) * cell
        left, right = min(xs) * cell, (max(xs) + 1) * cell
        lettered = MIN_LETTER * to_pixels <= bottom - top <= dpi // 2  # not a rule's edge, not a logo
        if ink_pixels >= MIN_INK * to_pixels**2 and lettered:
            patches.append((max(0, int(left) - 4), max(0, int(top) - 4), int(right) + 4, int(bottom) + 4))
    return sorted(patches, key=lambda p: (p[1], p[0]))


def flood(marked, seen, start: tuple[int, int]) -> list[tuple[int, int]]:
    """The cells joined to `start` (eight neighbours, one empty cell bridged along a row)."""
    todo = [start]
    seen[start] = True
    cells = []
    while todo:
        y, x = todo.pop()
        cells.append((y, x))
        for dy, dx in ((-1, -1), (-1, 0), (-1, 1), (0, -2), (0, -1), (0, 1), (0, 2), (1, -1), (1, 0), (1, 1)):
            ny, nx = y + dy, x + dx
            if 0 <= ny < marked.shape[0] and 0 <= nx < marked.shape[1] and marked[ny, nx] and not seen[ny, nx]:
                seen[ny, nx] = True
                todo.append((ny, nx))
    return cells


def even_sizes(words: list[Word]) -> list[Word]:
    """Sizes measured from ink wobble by a point or so from line to line; a text layer's body text
    is one size. Sizes within `SIZE_SPREAD` of the page's commonest size become that size."""
    if not words:
        return words
    body = Counter(w.size for w in words).most_common(1)[0][0]
    return [replace(w, size=body) if w.size != body and abs(w.size - body) <= body * SIZE_SPREAD else w for w in words]


def mark_bold(image, words: list[Word], dpi: int) -> list[Word]:
    """Words whose strokes are markedly thicker than the page's usual stroke are bold (Tesseract
    gives no font). A word's stroke is its ink per run of ink along its rows."""
    import numpy as np

    ink = np.asarray(image) < 128
    to_pixels = dpi / 72
    strokes = []
    for w in words:
        box = ink[
            int(w.top * to_pixels) : int(w.bottom * to_pixels) + 1, int(w.x0 * to_pixels) : int(w.x1 * to_pixels) + 1
        ]
        runs = int(np.count_nonzero(np.diff(box.astype(np.int8), axis=1) == 1)) + int(np.count_nonzero(box[:, 0]))
        strokes.append(float(box.sum()) / runs if runs else 0.0)
    usual = sorted(s for s, w in zip(strokes, words) if len(w.text) >= 3 and s)
    if not usual:
        return words
    median = usual[len(usual) // 2]
    return [replace(w, bold=True) if s >= median * BOLD_STROKE else w for s, w in zip(strokes, words)]


def font_size(ink_height: float, text: str) -> float:
    """The font size whose glyphs span `ink_height` points: capitals and ascenders reach about
    0.72 of the size above the baseline, descenders about 0.21 below, x-height 0.52."""
    above = 0.72 if ASCENDERS.search(text) else 0.52
    below = 0.21 if DESCENDERS.search(text) else 0.0
    return round(ink_height / (above + below) * 2) / 2


# --- ruling lines ---------------------------------------------------------------------------------


def ruling_lines(image, dpi: int) -> tuple[list[dict], object]:
    """Horizontal and vertical ruling lines drawn on the page, as pdfplumber edges in points, and
    the image with them painted out: Tesseract reads a table's cells far better without its rules."""
    import numpy as np
    from PIL import Image

    pixels = np.asarray(image).copy()
    ink = pixels < RULE_INK  # a scanned hairline is grey, not black
    minimum = int(RULE_INCHES * dpi)
    scale = 72 / dpi
    thickness, gap = round(RULE_THICKNESS / scale), round(RULE_GAP / scale)
    edges = []
    for y0, y1, x0, x1 in long_runs(thin(ink, thickness), minimum, thickness, gap):
        edges.append(edge("h", x0 * scale, (y0 + y1) / 2 * scale, x1 * scale, (y0 + y1) / 2 * scale))
        if x1 - x0 >= dpi:  # a shorter one may be a bold word's letters run together: left for Tesseract
            pixels[max(0, y0 - 2) : y1 + 3, x0:x1] = 255
    for x0, x1, y0, y1 in long_runs(thin(ink.T, thickness), minimum, thickness, gap):
        edges.append(edge("v", (x0 + x1) / 2 * scale, y0 * scale, (x0 + x1) / 2 * scale, y1 * scale))
        if y1 - y0 >= dpi / 2:
            pixels[y0:y1, max(0, x0 - 2) : x1 + 3] = 255
    return edges, Image.fromarray(pixels)


def thin(ink, thickness: int):
    """The ink with solid areas across the rows taken out (a coloured cell, a letter's stem): what
    is left along a row is at most `thickness` deep, so a ruling line beside a filled cell, or
    the filled cell's edge, still reads as a line."""
    solid = ink.copy()
    solid[thickness:-thickness] &= ink[: -2 * thickness] & ink[2 * thickness :]
    solid[:thickness] = False
    solid[-thickness:] = False
    return ink & ~solid


def long_runs(ink, minimum: int, thickness: int, gap: int) -> list[tuple[int, int, int, int]]:
    """Runs of ink along the rows at least `minimum` pixels long, merged across neighbouring rows
    into lines no thicker than `RULE_THICKNESS`: (first row, last row, start, end)."""
    import numpy as np

    # one pixel of tolerance across rows: a line left slightly aslant after straightening steps
    band = ink.copy()
    band[1:] |= ink[:-1]
    band[:-1] |= ink[1:]
    padded = np.pad(band, ((0, 0), (1, 1))).astype(np.int8)
    changes = np.diff(padded, axis=1)
    rows, starts = np.nonzero(changes == 1)
    ends = np.nonzero(changes == -1)[1]
    if not len(starts):
        return []
    # runs a few pixels apart on one row are one line broken by speckle or a faint scan
    new = np.ones(len(starts), dtype=bool)
    new[1:] = (rows[1:] != rows[:-1]) | (starts[1:] - ends[:-1] > gap)
    firsts = np.nonzero(new)[0]
    inked = np.add.reduceat(ends - starts, firsts)
    rows, starts, ends = rows[firsts], starts[firsts], np.maximum.reduceat(ends, firsts)
    long = ((ends - starts) >= minimum) & (inked >= RULE_DENSITY * (ends - starts))
    found: list[list[int]] = []  # [first row, last row, start, end]
    for row, start, end in sorted(zip(rows[long], starts[long], ends[long])):
        for run in found:
            if row - run[1] <= 1 and start <= run[3] + gap and end >= run[2] - gap:
                run[1], run[2], run[3] = row, min(run[2], start), max(run[3], end)
                break
        else:
            found.append([int(row), int(row), int(start), int(end)])
    return [(a, b, s, e) for a, b, s, e in found if b - a <= thickness and stands_clear(ink, a, b, s, e)]


def stands_clear(ink, first: int, last: int, start: int, end: int) -> bool:
    """A ruling line has paper on its sides (text crossing it aside); a dense row of bold text has
    ink beside it, on one side at least as dense as a letter's body."""
    above = ink[max(0, first - 5) : max(0, first - 2), start:end]
    below = ink[last + 3 : last + 6, start:end]
    sides = sorted(float(band.mean()) if band.size else 0.0 for band in (above, below))
    return sides[0] < 0.3 and sides[1] < 0.5  # one side may be text set close under or over it


def edge(orientation: str, x0: float, top: float, x1: float, bottom: float) -> dict:
    return {
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "width": x1 - x0,
        "height": bottom - top,
        "orientation": orientation,
        "object_type": "line",
    }


# --- tables ----------------------------------------------------------------------------------------


def ruled_tables(rules: list[dict], words: list[Word]) -> list[Table]:
    """The tables the ruling lines draw (pdfplumber's own cell finder), each cell holding the
    words whose middle falls inside it, line by line, as pdfplumber extracts a text layer's."""
    from pdfplumber import table as finder

    if not rules:
        return []
    edges = finder.merge_edges(rules, 3, 3, RULE_JOIN, COLUMN_JOIN)
    cells = finder.intersections_to_cells(finder.edges_to_intersections(edges, CROSSING, CROSSING))
    return [to_table(group, words) for group in finder.cells_to_tables(cells) if group]


def to_table(cells: list, words: list[Word]) -> Table:
    columns = sorted({cell[0] for cell in cells})
    by_top: dict[float, dict[float, tuple]] = {}
    for cell in sorted(cells, key=lambda c: (c[1], c[0])):
        by_top.setdefault(cell[1], {})[cell[0]] = cell
    rows = tuple(tuple(cell_text(row[x], words) if x in row else None for x in columns) for row in by_top.values())
    bbox = (
        min(c[0] for c in cells),
        min(c[1] for c in cells),
        max(c[2] for c in cells),
        max(c[3] for c in cells),
    )
    x0, top, x1, bottom = (round(float(v), 1) for v in bbox)
    return Table(bbox=(x0, top, x1, bottom), rows=rows, row_tops=tuple(float(t) for t in by_top))


def cell_text(cell: tuple, words: list[Word]) -> str:
    x0, top, x1, bottom = cell
    inside = [w for w in words if x0 <= (w.x0 + w.x1) / 2 <= x1 and top <= (w.top + w.bottom) / 2 <= bottom]
    lines: list[list[Word]] = []
    for word in sorted(inside, key=lambda w: (w.top, w.x0)):
        if lines and abs(word.top - lines[-1][0].top) <= 3:
            lines[-1].append(word)
        else:
            lines.append([word])
    return "\n".join(" ".join(w.text for w in sorted(line, key=lambda w: w.x0)) for line in lines)
