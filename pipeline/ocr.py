"""Read pages without a text layer (scans) with Tesseract, as words with boxes in PDF points.

Takes a PDF's path and the pages to read (number, width and height in points); yields, per
page, an `OcrPage`: its words (`Word`s in PDF points, each with Tesseract's confidence), the
edges of the tables drawn on the image (ruling lines, and the borders of shaded cells, as a
text layer gives lines and filled rectangles; handed to pdfplumber's own table finder), the
mean word confidence and the seconds it took. The reader turns these into the same `Page` a
text layer gives, so every extractor reads a scan unchanged.

The page is rendered with pypdfium2 at the scan's own resolution (200–300 dpi), straightened
(the skew at which the rows of ink are sharpest), cleaned (a median filter removes scanner
speckle), and its shading divided out (black on white) before Tesseract reads it. Tesseract runs one thread per page: the worker pool already keeps the
cores busy with one file per worker, and threads fighting for the same cores are slower.

Which pages are read is the run's `--ocr` mode (`use_mode`, set before the workers fork):
`auto` reads pages with no text layer (and pages whose glyphs map to no text), `always`
every page (its text layer set aside), `never` none. A missing engine raises
`EngineMissing`, whose message names the packages to install.

A scan that already carries a text layer (a publisher's own OCR: invisible words over the page's
image) is read from that layer, but its tables' rules are only in the image: `scan_rules` finds
them there as for a scan read here, with no engine needed.
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
READ_HEIGHT = 32  # pixels: the height of a line's ink at which Tesseract reads a patch best
MAX_ZOOM = 4.0  # a patch read again is enlarged at most this much
CELL_WORDS = 3  # a ruled cell with at most this many words, on one line, is read again on its own
CELL_INSET = 2.0  # points: a cell is read this far inside its rules (a rule's stub is no letter)
CELL_HEIGHTS = (32, 40)  # pixels: a cell is read at these heights of its ink (Tesseract's reading of
# a lone letter or a short number swings with its size; the more confident reading is kept)
BAR_SHAPE = 0.35  # a bar no wider than this share of its height is an I (a bold one included)
CELL_LINE = 24.0  # points: a cell with ink taller than this holds more than a line: not read again
MISSED_CONFIDENCE = 40.0  # a word read from such a patch below this is noise, not a word
BOLD_STROKE = 1.3  # a word whose strokes are this much thicker than the page's median is bold
SIZE_SPREAD = 0.12  # share of the body size within which a measured size is the body size
PSM = int(os.environ.get("BOARDPAPERS_OCR_PSM", "3"))
MAX_SKEW = 5.0  # degrees: a scan leaning more than this is turned by hand, not here
SKEW_INK = 160  # grey level below which a pixel counts as ink when measuring the skew
SKEW_STRIP = 32  # pixels: the width of the upright strips whose row profiles are sheared together
RULE_INCHES = 0.25  # a dark run this long, no taller than `RULE_THICKNESS`, is a ruling line
RULE_THICKNESS = 2.0  # points
RULE_GAP = 3.0  # points: a break this short in a ruling line is speckle (letters of words are further apart)
RULE_JOIN = 20.0  # points: pieces of one ruling line this far apart are one line (a scan breaks them)
CROSSING = 6.0  # points: a ruling line stopping this short of another still meets it (pdfplumber: 3)
COLUMN_JOIN = 5.0  # points: less for upright lines, which must not bridge the gap between two tables
RULE_CONTRAST = 0.12  # share of the paper's or shading's lightness a ruling line drawn on it takes away
RULE_DENSITY = 0.8  # share of a ruling line's length that is ink (a row of text has far less)
LETTER_STROKE = 10.0  # points: a piece of a ruling line past a break, no longer, with ink beside it, is a letter
LETTER_BREAKS = 20.0  # points: a run broken more often than once in this, with ink along a side, is letters
THROUGH_WORDS = 0.5  # share of a level run inside words' boxes that makes it their letters, not a rule
BUSY_SIDE = 0.35  # share of a run's length with ink just beside it that makes that side letters
SHADE_WIDTH = 8.0  # points: a dark mark narrower than this is a letter or a rule, wider is shading
SHADE_STEP = 12  # grey levels: the border between two shadings (or shading and paper) steps this much
SHADE_EDGE = 6.0  # points: the shortest shading border that is a cell's edge (a shaded cell can be short)
REVERSED_WIDTH = 108.0  # points: a light run along a row between dark shading, shorter than this, is reversed words
RULE_GLYPH = 3.0  # points: a '|' this close to an upright ruling line is that line, read as a letter
SCAN_COVER = 0.6  # share of the page one image must cover to be a scan of it (not a logo or a picture)
DARK_SHADE = 160  # grey level: on shading darker than this, light letters are text (white on a dark cell)
REVERSED_STEP = 40  # grey levels: a patch this much lighter than the dark shading beside it may be reversed words
REVERSED_INK = 200  # grey level: reversed words' letters are at least this light
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
    missed = recognise_missed(image, words, dpi)
    rules = [rule for rule in rules if not through_words(rule, words + missed)]
    cells = table_cells(rules)
    words = words + [word for word in missed if not on_border(word, cells)]
    words = mark_bold(image, even_sizes(reread_cells(image, cells, words, dpi)), dpi)
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
    """The rotation (degrees) that makes the rows of ink sharpest: text lines and rules then fall on
    as few rows as possible. The page is cut into narrow upright strips, each strip's row profile
    shifted by its distance from the middle times the slope tried, and the profiles added: a shear,
    at full resolution, so that a rule's single row of pixels counts (a shrunken copy loses it and
    leaves the estimate to the ragged text). Coarse, then fine."""
    import numpy as np

    ink = np.asarray(image) < SKEW_INK
    if not ink.any():
        return 0.0
    height, width = ink.shape
    strips = max(1, width // SKEW_STRIP)
    profiles = ink[:, : strips * SKEW_STRIP].reshape(height, strips, SKEW_STRIP).sum(axis=2, dtype=np.int32)
    middles = (np.arange(strips) + 0.5) * SKEW_STRIP - width / 2

    weights = profiles.ravel()

    def sharpness(angle: float) -> float:
        shifts = np.round(middles * np.tan(np.radians(angle))).astype(np.int64)
        reach = int(np.abs(shifts).max())
        places = (np.arange(height)[:, None] + (reach - shifts)[None, :]).ravel()
        rows = np.bincount(places, weights=weights, minlength=height + 2 * reach)
        return float(np.square(np.diff(rows)).sum())

    coarse = max((a / 2 for a in range(int(-MAX_SKEW * 2), int(MAX_SKEW * 2) + 1)), key=sharpness)
    fine: float = max((coarse + step / 50 for step in range(-25, 26)), key=sharpness)
    return round(fine, 2)


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
    alone (a column of item numbers '1.', '2.'). Each patch of ink no word covers is read again
    on its own (`read_patches`); a word read below `MISSED_CONFIDENCE` is noise, not a word."""
    patches = uncovered_ink(image, words, dpi)
    found = [word for _, word in read_patches(image, patches, dpi) if (word.confidence or 0.0) >= MISSED_CONFIDENCE]
    return [w for w in found if not any(overlap(w, other) > 0.5 for other in words)]


def read_patches(image, patches: list[tuple[int, int, int, int]], dpi: int, height: int = READ_HEIGHT):
    """Words read from patches of the page (pixel boxes), all at once: the patches stacked on one
    strip, their places on the page remembered, each scaled so that its ink stands `height`
    pixels tall (Tesseract reads short text far better at the size of its training text than at
    a 200 dpi scan's 15–20 pixels, and worse again much larger). Yields
    (index of the patch, `Word` in PDF points, its confidence a float). A lone upright stroke of a
    letter's height, standing clear of any rule (rules are painted out before), is a capital I in
    a sans face (as in a table's 'L I R' header): kept as a doubtful word."""
    import pytesseract
    from PIL import Image

    if not patches:
        return []
    gap = 30
    zooms = [patch_zoom(image, patch, height) for patch in patches]
    crops = [
        black_and_white(
            image.crop(patch).resize(
                (max(1, round((patch[2] - patch[0]) * z)), max(1, round((patch[3] - patch[1]) * z))),
                Image.Resampling.LANCZOS,
            )
        )
        for patch, z in zip(patches, zooms)
    ]
    strip = Image.new("L", (max(crop.width for crop in crops) + 2 * gap, sum(c.height + gap for c in crops) + gap), 255)
    offsets = []  # (strip top, strip bottom)
    y = gap
    for crop in crops:
        strip.paste(crop, (gap, y))
        offsets.append((y, y + crop.height))
        y += crop.height + gap
    data = pytesseract.image_to_data(strip, output_type=pytesseract.Output.DICT, config="--psm 6")
    scale = 72 / dpi
    found: list[tuple[int, Word]] = []
    for i, text in enumerate(data["text"]):
        if data["level"][i] != 5:
            continue
        middle = data["top"][i] + data["height"][i] / 2
        index = next((n for n, o in enumerate(offsets) if o[0] - gap / 2 <= middle <= o[1] + gap / 2), None)
        if index is None:
            continue
        z, (left, top, _, _) = zooms[index], patches[index]
        confidence = float(data["conf"][i])
        if text.strip() == "|" and data["height"][i] / z * scale >= MIN_LETTER:
            text, confidence = "I", min(confidence, LOW_CONFIDENCE - 1)
        if not re.search(r"[^\W_]", text):
            continue
        x0 = left + (data["left"][i] - gap) / z
        y0 = top + (data["top"][i] - offsets[index][0]) / z
        found.append(
            (
                index,
                Word(
                    text=text.strip(),
                    x0=round(x0 * scale, 2),
                    top=round(y0 * scale, 2),
                    x1=round((x0 + data["width"][i] / z) * scale, 2),
                    bottom=round((y0 + data["height"][i] / z) * scale, 2),
                    size=font_size(data["height"][i] / z * scale, text),
                    bold=False,
                    confidence=round(confidence, 1),
                ),
            )
        )
    return found


def black_and_white(crop):
    """The enlarged crop as black ink on white, cut halfway between its darkest ink and its paper:
    Tesseract's own thresholding of a small crop of grey (not black) print, smoothed by the
    enlarging, loses strokes ('7.7' read as 'Tat'), and reads the same crop cut in two right."""
    import numpy as np

    pixels = np.asarray(crop)
    middle = (int(pixels.min()) + int(np.percentile(pixels, 95))) // 2
    return crop.point(lambda value: 0 if value < middle else 255)


def patch_zoom(image, patch: tuple[int, int, int, int], height: int) -> float:
    """The scale at which the patch's ink stands `height` pixels tall (within 1–`MAX_ZOOM`)."""
    import numpy as np

    rows = np.nonzero((np.asarray(image.crop(patch)) < 128).any(axis=1))[0]
    if not len(rows):
        return 1.0
    return min(MAX_ZOOM, max(1.0, height / (rows[-1] - rows[0] + 1)))


def reread_cells(image, cells: list[tuple[float, float, float, float]], words: list[Word], dpi: int) -> list[Word]:
    """`words` with the short cells of ruled tables read again, each cell on its own. Read with
    the whole page, Tesseract misreads short text in a table's cells (a bold reference 'AB1.2' as
    'AB12', an item '9.1' as '91') and passes over a lone letter heading a column, which it reads
    right from the cell alone. A cell holding at most `CELL_WORDS` words on one line, or ink but
    no word, is read inside its rules at two scales (`CELL_HEIGHTS`); of these
    readings and the page's, the one with the best mean confidence is kept (a reading of the cell
    alone only at `MISSED_CONFIDENCE` or more)."""
    chosen = [cell for cell in cells if short_cell(cell, words)]
    patches = [cell_patch(image, cell, dpi) for cell in chosen]
    kept = [(cell, patch) for cell, patch in zip(chosen, patches) if patch]
    if not kept:
        return words
    boxes = [patch for _, patch in kept if patch]
    readings: list[dict[int, list[Word]]] = []
    for height in CELL_HEIGHTS:
        by_cell: dict[int, list[Word]] = {}
        for index, word in read_patches(image, boxes, dpi, height):
            by_cell.setdefault(index, []).append(word)
        readings.append(by_cell)
    replaced: set[int] = set()
    added: list[Word] = []
    for index, (cell, patch) in enumerate(kept):
        inside = [i for i, w in enumerate(words) if within(w, cell)]
        best, best_confidence = None, mean_confidence([words[i] for i in inside]) if inside else MISSED_CONFIDENCE
        for reading in readings:
            found = reading.get(index, [])
            if found and mean_confidence(found) > best_confidence:
                best, best_confidence = found, mean_confidence(found)
        if plain_bar(image, patch, dpi):
            best = [bar_word(patch, dpi)]
        if best is not None:
            replaced.update(inside)
            added += [on_row(word, [words[i] for i in inside], words) for word in best]
    return [w for i, w in enumerate(words) if i not in replaced] + added


def plain_bar(image, patch: tuple[int, int, int, int], dpi: int) -> bool:
    """The cell's ink is one plain upright bar of a letter's height: as wide at every height
    (no flag, as a '1' has; no foot or dot), narrow for its height. That is a capital I in a sans
    face (a table's 'L I R' header), which Tesseract, seeing it alone, reads as '1', '|' or nothing."""
    import numpy as np

    ink = np.asarray(image.crop(patch)) < 128
    rows = np.nonzero(ink.any(axis=1))[0]
    if not len(rows) or rows[-1] - rows[0] + 1 < MIN_LETTER * dpi / 72:
        return False
    body = ink[rows[0] : rows[-1] + 1]
    if not body.any(axis=1).all():  # a gap between its parts: a dot over a stroke, or two marks
        return False
    lefts = body.argmax(axis=1)
    rights = body.shape[1] - body[:, ::-1].argmax(axis=1)
    widths = (rights - lefts)[len(body) // 10 : len(body) - len(body) // 10]  # the very ends blur
    middle = float(np.median(widths))
    steady = widths.max() <= middle + max(2.0, 0.3 * middle)
    straight = np.ptp(lefts[len(body) // 10 : len(body) - len(body) // 10]) <= max(2.0, 0.3 * middle)
    return bool(steady and straight and middle <= BAR_SHAPE * len(body))


def bar_word(patch: tuple[int, int, int, int], dpi: int) -> Word:
    """A capital I over the patch, kept as a doubtful word: its shape, not Tesseract, named it."""
    scale = 72 / dpi
    height = (patch[3] - patch[1]) * scale
    return Word(
        text="I",
        x0=round(patch[0] * scale, 2),
        top=round(patch[1] * scale, 2),
        x1=round(patch[2] * scale, 2),
        bottom=round(patch[3] * scale, 2),
        size=font_size(height, "I"),
        bold=False,
        confidence=LOW_CONFIDENCE - 1,
    )


def short_cell(cell: tuple[float, float, float, float], words: list[Word]) -> bool:
    """A cell holding at most `CELL_WORDS` words, all on one line (none: its ink is looked at)."""
    inside = [w for w in words if within(w, cell)]
    return len(inside) <= CELL_WORDS and all(abs(w.top - inside[0].top) <= 3 for w in inside)


def cell_patch(image, cell: tuple[float, float, float, float], dpi: int) -> tuple[int, int, int, int] | None:
    """The box (pixels) around the ink inside the cell, `CELL_INSET` in from its rules; None when
    there is no more than a speck of ink, or more than a line of text's height of it."""
    import numpy as np

    to_pixels = dpi / 72
    inset = CELL_INSET * to_pixels
    x0, top, x1, bottom = (
        int(cell[0] * to_pixels + inset),
        int(cell[1] * to_pixels + inset),
        int(cell[2] * to_pixels - inset),
        int(cell[3] * to_pixels - inset),
    )
    if x1 - x0 < 2 or bottom - top < 2:
        return None
    ink = np.asarray(image.crop((x0, top, x1, bottom))) < 128
    if ink.sum() < MIN_INK * to_pixels**2:
        return None
    rows, columns = np.nonzero(ink.any(axis=1))[0], np.nonzero(ink.any(axis=0))[0]
    if rows[-1] - rows[0] > CELL_LINE * to_pixels:
        return None
    pad = 4
    return (
        max(x0, x0 + int(columns[0]) - pad),
        max(top, top + int(rows[0]) - pad),
        min(x1, x0 + int(columns[-1]) + 1 + pad),
        min(bottom, top + int(rows[-1]) + 1 + pad),
    )


def within(word: Word, cell: tuple[float, float, float, float]) -> bool:
    """The word's middle lies in the cell (as `cell_text` gives a cell its words)."""
    x0, top, x1, bottom = cell
    return x0 <= (word.x0 + word.x1) / 2 <= x1 and top <= (word.top + word.bottom) / 2 <= bottom


def mean_confidence(words: list[Word]) -> float:
    return mean(w.confidence or 0.0 for w in words)


def on_row(word: Word, replaced: list[Word], words: list[Word]) -> Word:
    """A word read from a cell alone, given the top and bottom of the line it sits on (as the page's
    words on a line share them): those of the words it replaces, else of the nearest word across
    whose height its middle lies; its own ink box otherwise."""
    middle = (word.top + word.bottom) / 2
    row = replaced or [w for w in words if w.top <= middle <= w.bottom]
    if not row:
        return word
    nearest = min(row, key=lambda w: max(w.x0 - word.x1, word.x0 - w.x1, 0))
    return replace(word, top=nearest.top, bottom=nearest.bottom, size=nearest.size)


def on_border(word: Word, cells: list[tuple[float, float, float, float]]) -> bool:
    """A mark read from ink the page layout passed over that stands on a cell's left or right
    border (within `CELL_INSET`) is a stub of the rule (too short to be found as one), not text."""
    middle, height = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return any(
        cell[1] <= height <= cell[3] and min(abs(middle - cell[0]), abs(middle - cell[2])) <= CELL_INSET
        for cell in cells
    )


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
    """The edges of the page's ruled and shaded tables, as pdfplumber edges in points, and the image
    cleaned for Tesseract: ruling lines painted out and shading taken off (black on white).

    A text layer draws a table's cells with lines and filled rectangles, and pdfplumber's cell finder
    takes the edges of both; a scan shows the same as dark runs and as areas of shading. So the
    edges are (1) ruling lines: long thin runs darker than what they are drawn on (paper, or the
    shading of the cell they cross or border, so a line beside a dark cell is still one thin line),
    and (2) shading borders: where the page's shading (the image with letters and rules taken out)
    steps from one level to another, as a filled rectangle's edge. Letters in shaded cells are read
    far better on white, so the image Tesseract gets has the shading divided out."""
    import numpy as np
    from PIL import Image

    pixels = np.asarray(image)
    shading = shade_levels(image, dpi)
    ink = pixels <= shading * (1 - RULE_CONTRAST)  # relative: a line on a dark cell is dark on dark
    minimum = int(RULE_INCHES * dpi)
    scale = 72 / dpi
    thickness, gap = round(RULE_THICKNESS / scale), round(RULE_GAP / scale)
    cleaned = flatten(pixels, shading)
    edges = []
    breaks = round(LETTER_BREAKS / scale)
    letter = round(LETTER_STROKE / scale)
    for y0, y1, x0, x1 in long_runs(thin(ink, thickness), minimum, thickness, gap, breaks, letter):
        edges.append(edge("h", x0 * scale, (y0 + y1) / 2 * scale, x1 * scale, (y0 + y1) / 2 * scale))
        if x1 - x0 >= dpi:  # a shorter one may be a bold word's letters run together: left for Tesseract
            cleaned[max(0, y0 - 2) : y1 + 3, x0:x1] = 255
    for x0, x1, y0, y1 in long_runs(thin(ink.T, thickness), minimum, thickness, gap, breaks, letter):
        edges.append(edge("v", (x0 + x1) / 2 * scale, y0 * scale, (x0 + x1) / 2 * scale, y1 * scale))
        if y1 - y0 >= dpi / 2:
            cleaned[y0:y1, max(0, x0 - 2) : x1 + 3] = 255
    return edges + shade_borders(shading, dpi), Image.fromarray(cleaned)


def shade_levels(image, dpi: int):
    """The page's shading: the grey level of the paper or of the filled area under each pixel, with
    every mark narrower than `SHADE_WIDTH` (letters, rules, specks) taken out; on a half-size copy
    (shading is broad), scaled back to the image.

    Dark marks go first, then light ones (a closing, then an opening): that keeps a grey cell with
    black text grey. On a dark cell, light (reversed) letters would go for paper that way, leaving a
    light patch the size of the words; such patches, enclosed by dark shading, take their shading
    from the other order (light marks first), which leaves the dark cell whole."""
    import numpy as np

    half = np.asarray(image.reduce(2))
    width = max(3, round(SHADE_WIDTH * dpi / 72 / 2) | 1)
    levels = opening(closing(half, width), width)
    # a patch of reversed words is dark on its left and right (the cell's own shading); above and
    # below the closing may have joined it to a light row across the cell's rule
    reach = max(3, round(REVERSED_WIDTH * dpi / 72 / 2) | 1)
    dark = np.where(levels < DARK_SHADE, 255, 0).astype(np.uint8)
    light = 255 - dark
    enclosed = (window_filter(window_filter(light, reach, np.minimum, (1,)), reach, np.maximum, (1,)) == 0) & (
        dark == 0
    )
    enclosed |= reversed_runs(half, levels, width, reach)
    if enclosed.any():
        reversed_first = closing(opening(half, width), width)
        # and the patch's sides, where the first order ramps from light to dark
        beside = window_filter(np.where(enclosed, 255, 0).astype(np.uint8), width, np.maximum, (1,)) > 0
        levels = np.where(beside & (reversed_first < DARK_SHADE), reversed_first, levels)
    full = np.repeat(np.repeat(levels, 2, axis=0), 2, axis=1)
    height, wide = np.asarray(image).shape
    return np.pad(full, ((0, max(0, height - full.shape[0])), (0, max(0, wide - full.shape[1]))), mode="edge")[
        :height, :wide
    ]


def reversed_runs(half, levels, width: int, reach: int):
    """Patches of reversed words whose shading came out as a blend of their light letters and the
    dark cell, on either side of `DARK_SHADE`: runs along a row, shorter than `reach`, at least
    `REVERSED_STEP` lighter than the darkest shading near them, holding light ink (letters at
    least `REVERSED_INK`), with dark shading (below `DARK_SHADE`) just left and right of them.
    A light cell beside a dark one is no such run: its run ends on its own light shading."""
    import numpy as np

    darkest = window_filter(levels, reach, np.minimum, (1,))
    lettered = window_filter(half, width, np.maximum) >= REVERSED_INK
    lighter = (levels.astype(np.int16) - darkest >= REVERSED_STEP) & lettered
    changes = np.diff(np.pad(lighter, ((0, 0), (1, 1))).astype(np.int8), axis=1)
    rows, starts = np.nonzero(changes == 1)
    ends = np.nonzero(changes == -1)[1]
    found = np.zeros(levels.shape, dtype=bool)
    inside = (starts > 0) & (ends < levels.shape[1]) & (ends - starts < reach)
    for row, start, end in zip(rows[inside], starts[inside], ends[inside]):
        if levels[row, start - 1] < DARK_SHADE and levels[row, end] < DARK_SHADE:
            found[row, start:end] = True
    return found


def closing(pixels, width: int):
    """Dark marks narrower than `width` pixels taken out (the lightest of each window, then the darkest)."""
    import numpy as np

    return window_filter(window_filter(pixels, width, np.maximum), width, np.minimum)


def opening(pixels, width: int):
    """Light marks narrower than `width` pixels taken out."""
    import numpy as np

    return window_filter(window_filter(pixels, width, np.minimum), width, np.maximum)


def window_filter(pixels, width: int, pick, axes: tuple[int, ...] = (1, 0)):
    """`pick` (np.maximum, np.minimum) over a `width`×`width` window around each pixel, done along
    the rows then the columns (a square window's max is the max of its rows' maxes); with `axes`
    (1,), along the rows only."""
    import numpy as np

    for axis in axes:
        reach = width // 2
        padding = [(0, 0), (0, 0)]
        padding[axis] = (reach, reach)
        padded = np.pad(pixels, padding, mode="edge")
        result = pixels.copy()
        for shift in range(width):
            window = (
                padded[:, shift : shift + pixels.shape[1]] if axis == 1 else padded[shift : shift + pixels.shape[0]]
            )
            pick(result, window, out=result)
        pixels = result
    return pixels


def shade_borders(shading, dpi: int) -> list[dict]:
    """Edges where the shading steps by `SHADE_STEP` or more along a straight line at least
    `SHADE_EDGE` long: the sides of filled cells (against paper, or against a cell of another
    shade), which a text layer gives as a filled rectangle's edges."""
    import numpy as np

    levels = shading.astype(np.int16)
    reach = 2  # pixels either side: a scan's blur spreads a step over a few pixels
    across = np.zeros(levels.shape, dtype=bool)  # steps between rows: horizontal borders
    across[reach:-reach] = np.abs(levels[2 * reach :] - levels[: -2 * reach]) >= SHADE_STEP
    down = np.zeros(levels.shape, dtype=bool)  # steps between columns: upright borders
    down[:, reach:-reach] = np.abs(levels[:, 2 * reach :] - levels[:, : -2 * reach]) >= SHADE_STEP
    scale = 72 / dpi
    minimum = round(SHADE_EDGE / scale)
    # a cell's border is thicker than a rule's: a rule drawn on it is taken into the darker shade,
    # so where a dark cell meets it the step sits a rule's width from where a light one's does
    thickness, gap = round(2 * RULE_THICKNESS / scale), round(RULE_GAP / scale)
    edges = [
        edge("h", x0 * scale, (y0 + y1) / 2 * scale, x1 * scale, (y0 + y1) / 2 * scale)
        for y0, y1, x0, x1 in long_runs(across, minimum, thickness, gap)
    ]
    edges += [
        edge("v", (x0 + x1) / 2 * scale, y0 * scale, (x0 + x1) / 2 * scale, y1 * scale)
        for x0, x1, y0, y1 in long_runs(down.T, minimum, thickness, gap)
    ]
    return edges


def flatten(pixels, shading):
    """The image as black ink on white paper: each pixel's contrast with the shading under it. Dark
    letters on a grey cell become black on white; so do light letters on a dark cell (reversed
    headings), which only count on shading darker than `DARK_SHADE` (paper's own grain would)."""
    import numpy as np

    pixel, level = pixels.astype(np.int32), shading.astype(np.int32)
    darker = np.clip(level - pixel, 0, None) * 255 // np.maximum(level, 1)
    lighter = np.where(level < DARK_SHADE, np.clip(pixel - level, 0, None) * 255 // np.maximum(255 - level, 1), 0)
    return (255 - np.minimum(255, np.maximum(darker, lighter))).astype(np.uint8)


def through_words(rule: dict, words: list[Word]) -> bool:
    """A short level run that lies inside the words read along most of its length is the tops or
    feet of their letters (bold letters run together), not a ruling line: a table's rules run
    between its lines of text, never through them."""
    if rule["orientation"] != "h":
        return False
    y, x0, x1 = rule["top"], rule["x0"], rule["x1"]
    crossed = [w for w in words if w.top < y < w.bottom and w.x0 < x1 and w.x1 > x0]
    covered = sum(min(w.x1, x1) - max(w.x0, x0) for w in crossed)
    return covered >= THROUGH_WORDS * (x1 - x0)


def thin(ink, thickness: int):
    """The ink with solid areas across the rows taken out (a coloured cell, a letter's stem): what
    is left along a row is at most `thickness` deep, so a ruling line beside a filled cell, or
    the filled cell's edge, still reads as a line."""
    solid = ink.copy()
    solid[thickness:-thickness] &= ink[: -2 * thickness] & ink[2 * thickness :]
    solid[:thickness] = False
    solid[-thickness:] = False
    return ink & ~solid


def long_runs(
    ink, minimum: int, thickness: int, gap: int, breaks: int = 0, letter: int = 0
) -> list[tuple[int, int, int, int]]:
    """Runs of ink along the rows at least `minimum` pixels long, merged across neighbouring rows
    into lines no thicker than `RULE_THICKNESS`: (first row, last row, start, end). With `breaks`
    (pixels), a run broken more often than once in that length beside a busy side is a row of
    letters (their tops or feet), not a line; with `letter` (pixels), an end piece that long or
    shorter past a break, with ink beside it, is a letter the line ran on into (`trim_letters`)."""
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
    lines = [
        (a, b, s, e)
        for a, b, s, e in found
        if b - a <= thickness and stands_clear(ink, a, b, s, e) and not (breaks and letters(ink, a, b, s, e, breaks))
    ]
    if letter:  # ruling lines (not shading borders) may have run on into a letter
        lines = [trim_letters(ink, line, letter) for line in lines]
    return [line for line in lines if line[3] - line[2] >= minimum]


def trim_letters(ink, line: tuple[int, int, int, int], letter: int) -> tuple[int, int, int, int]:
    """The line without a letter's stroke it ran on into across a short gap: a column rule ends
    at the rule under a header that spans the columns, and the header's word may have a letter
    (the 'I' of 'Inherent') standing just over it, which the bridging of breaks joins to the
    rule. An end piece past a break, no longer than `letter` pixels, with ink just beside it (the
    word's other letters) is that letter; a rule's own end has paper beside it."""
    import numpy as np

    first, last, start, end = line
    along = ink[first : last + 1, start:end].any(axis=0)
    changes = np.diff(np.pad(along, 1).astype(np.int8))
    starts, ends = np.nonzero(changes == 1)[0], np.nonzero(changes == -1)[0]
    if len(starts) < 2:
        return line
    # a break of a pixel is where a crossing rule was thinned out, not the paper between a rule and a letter
    if (
        ends[-1] - starts[-1] <= letter
        and starts[-1] - ends[-2] > 1
        and busy_beside(ink, first, last, start + starts[-1], start + ends[-1])
    ):
        end = start + int(ends[-2])
    if (
        ends[0] - starts[0] <= letter
        and starts[1] - ends[0] > 1
        and busy_beside(ink, first, last, start + starts[0], start + ends[0])
    ):
        start = start + int(starts[1])
    return first, last, start, end


def busy_beside(ink, first: int, last: int, start: int, end: int) -> bool:
    """Ink close beside the piece, within a stroke's width (a letter's neighbour in its word; text
    in a cell stands further off its rules), along at least half its length."""
    reach = last - first + 2
    sides = (ink[max(0, first - reach) : first, start:end], ink[last + 1 : last + 1 + reach, start:end])
    return any(side.size and float(side.any(axis=0).mean()) >= 0.5 for side in sides)


def stands_clear(ink, first: int, last: int, start: int, end: int) -> bool:
    """A ruling line has paper on its sides (text crossing it aside); a dense row of bold text has
    ink beside it, on one side at least as dense as a letter's body."""
    above = ink[max(0, first - 5) : max(0, first - 2), start:end]
    below = ink[last + 3 : last + 6, start:end]
    sides = sorted(float(band.mean()) if band.size else 0.0 for band in (above, below))
    return sides[0] < 0.3 and sides[1] < 0.5  # one side may be text set close under or over it


def letters(ink, first: int, last: int, start: int, end: int, breaks: int) -> bool:
    """A row of letters' tops or feet, not a ruling line: broken between letters more often than
    once in `breaks` pixels, and on one side the letters' bodies (ink beside most of its length). A
    line is unbroken, or (dashed, faint) has paper on both sides; text set close to a line leaves
    the line unbroken."""
    import numpy as np

    inked = ink[first : last + 1, start:end].any(axis=0)
    pieces = int(np.count_nonzero(np.diff(inked.astype(np.int8)) == 1)) + int(inked[0])
    if (pieces - 1) * breaks <= end - start:
        return False
    reach = last - first + 1
    above = ink[max(0, first - 2 - reach) : max(0, first - 1), start:end]
    below = ink[last + 2 : last + 3 + reach, start:end]
    return any(side.size and float(side.any(axis=0).mean()) >= BUSY_SIDE for side in (above, below))


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

    return [to_table(group, words) for group in finder.cells_to_tables(table_cells(rules)) if group]


def table_cells(rules: list[dict]) -> list[tuple[float, float, float, float]]:
    """The cells the ruling lines draw (x0, top, x1, bottom in points), by pdfplumber's cell finder."""
    from pdfplumber import table as finder

    if not rules:
        return []
    edges = finder.merge_edges(rules, 3, 3, RULE_JOIN, COLUMN_JOIN)
    return finder.intersections_to_cells(finder.edges_to_intersections(edges, CROSSING, CROSSING))


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


# --- scans that already carry a text layer ---------------------------------------------------------


def scan_rules(path: Path, pages: dict[int, list[Word]]) -> dict[int, list[dict]]:
    """Ruling lines of pages that are scans under a text layer, by page number (pages that are no
    scan are left out). A publisher's own OCR (OCRmyPDF, Tesseract's PDF output, a scanner's
    software) lays invisible words over the page's image: the words are there to read, but the
    table they sit in is only in the image, so the rules are found in it as for a scan OCR reads.
    No engine is needed. `pages` gives the page's words, which a rule must not run through."""
    import pypdfium2

    found: dict[int, list[dict]] = {}
    document = pypdfium2.PdfDocument(str(path))
    try:
        for number, words in pages.items():
            page = document[number - 1]
            try:
                if not covered_by_image(page):
                    continue
                dpi = scan_resolution(page)
                image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            finally:
                page.close()
            # Not cleaned: the median filter that takes out speckle takes out a one-pixel rule too.
            rules, _ = ruling_lines(image, dpi)
            # A text layer's words are boxed by their font's size, taller than their ink, so a rule
            # between two lines can pass through both boxes: only a short run is taken for letters.
            found[number] = [rule for rule in rules if long_rule(rule) or not through_words(rule, words)]
    finally:
        document.close()
    return found


def long_rule(rule: dict) -> bool:
    return rule["x1"] - rule["x0"] >= 72 or rule["bottom"] - rule["top"] >= 72


def rule_glyph(word: Word, rules: list[dict]) -> bool:
    """Whether `word` is an upright ruling line read as a letter ('|'): OCR prints the rule it saw."""
    if word.text.strip("|") or not word.text:
        return False
    middle = (word.x0 + word.x1) / 2
    return any(
        rule["orientation"] == "v"
        and abs(rule["x0"] - middle) <= RULE_GLYPH
        and rule["top"] <= word.bottom
        and rule["bottom"] >= word.top
        for rule in rules
    )


def covered_by_image(page) -> bool:
    """Whether one image covers most of the page (a scan), rather than a logo or a picture."""
    import pypdfium2.raw as pdfium_c

    width, height = page.get_width(), page.get_height()
    try:
        for image in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,)):
            left, bottom, right, top = image.get_bounds()
            if (right - left) * (top - bottom) >= SCAN_COVER * width * height:
                return True
    except Exception:  # an image pdfium cannot measure is no scan we can use
        return False
    return False
