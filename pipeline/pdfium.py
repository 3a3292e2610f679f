"""Characters, ruling lines and images of a PDF page read by PDFium, placed as pdfminer places them.

Takes a page of a `pypdfium2.PdfDocument` and the same page opened by pdfplumber (whose pdfminer
objects give the fonts' metrics, without interpreting the page's content); yields a `PdfiumPage`,
shaped like a pdfplumber page for what the reader asks of one: `chars`, `edges`, `images`, `bbox`,
`extract_words` and `find_tables` (pdfplumber's own word grouping and table finder).

PDFium interprets page content about ten times faster than pdfminer, but it measures characters
differently; here each is placed as pdfminer would, so words, lines and tables come out the same:
- left edge at the glyph's origin, right edge at origin + advance width (the font's /Widths);
- bottom at origin + the font's descent × size, top at bottom − size: the descent is read from
  pdfminer's font object, which takes it from the font descriptor (or the standard-14 metrics),
  as PDFium does not say when a descent is its own guess;
- characters in content-stream order (PDFium's text page may reorder them), since pdfplumber
  groups runs of one font and size before it sorts them into lines;
- spaces and line breaks that PDFium makes up are dropped; its end-of-line hyphen mark (U+0002)
  is a hyphen again; a glyph with no Unicode map reads '(cid:0)' as pdfminer's '(cid:N)' does;
- coordinates turned by the page's /Rotate and moved by its MediaBox as pdfminer turns them.
"""

from __future__ import annotations

import ctypes
import functools
import itertools
import math
import operator
import re
from dataclasses import dataclass, field
from typing import Any, cast

import pypdfium2 as pdfium
import pypdfium2.raw as raw
from pdfminer.pdffont import PDFFont
from pdfminer.pdfinterp import PDFResourceManager
from pdfminer.pdftypes import PDFObjRef, PDFStream, dict_value, resolve1
from pdfminer.psparser import LIT
from pdfplumber.container import Container
from pdfplumber.table import Table, TableFinder, TableSettings
from pdfplumber.utils import cluster_objects, extract_words
from pdfplumber.utils.text import LIGATURES, WordExtractor

SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")
LITERAL_FORM = LIT("Form")
HYPHEN_MARK = 0x02  # PDFium's code for a hyphen that ends a line
UNMAPPED = "(cid:0)"
Matrix = tuple[float, float, float, float, float, float]


def multiply(m: Matrix, n: Matrix) -> Matrix:
    """m then n, as pdfminer's `mult_matrix` composes them."""
    a, b, c, d, e, f = m
    a1, b1, c1, d1, e1, f1 = n
    return (
        a * a1 + b * c1,
        a * b1 + b * d1,
        c * a1 + d * c1,
        c * b1 + d * d1,
        e * a1 + f * c1 + e1,
        e * b1 + f * d1 + f1,
    )


def apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def page_ctm(mediabox: tuple[float, float, float, float], rotate: int) -> Matrix:
    """pdfminer's device matrix for a page: its /Rotate, and its MediaBox moved to the origin."""
    x0, y0, x1, y1 = mediabox
    if rotate == 90:
        return (0, -1, 1, 0, -y0, x1)
    if rotate == 180:
        return (-1, 0, 0, -1, x1, y1)
    if rotate == 270:
        return (0, 1, -1, 0, y1, -x0)
    return (1, 0, 0, 1, -x0, -y0)


def base_name(fontname: Any) -> str:
    name = fontname.decode("latin-1") if isinstance(fontname, bytes) else str(fontname)
    return SUBSET_TAG.sub("", name)


class FontMetrics:
    """pdfminer's font objects of a document, by base name, loaded once per font (no content parsed)."""

    def __init__(self) -> None:
        self.manager = PDFResourceManager(caching=True)
        self.seen: set[int] = set()

    def of_page(self, resources: Any) -> dict[str, PDFFont]:
        fonts: dict[str, PDFFont] = {}
        self._walk(resources, fonts, depth=0)
        return fonts

    def _walk(self, resources: Any, fonts: dict[str, PDFFont], depth: int) -> None:
        resources = resolve1(resources)
        if not isinstance(resources, dict) or depth > 8:
            return
        for spec in dict_value(resources.get("Font", {})).values():
            objid = spec.objid if isinstance(spec, PDFObjRef) else None
            try:
                font = self.manager.get_font(objid, dict_value(spec))
            except Exception:  # a broken font dictionary: PDFium's own metrics will do for it
                continue
            fonts.setdefault(base_name(font.fontname), font)
        for xobject in dict_value(resources.get("XObject", {})).values():
            stream = resolve1(xobject)
            if isinstance(stream, PDFStream) and stream.get("Subtype") is LITERAL_FORM and "Resources" in stream:
                self._walk(stream["Resources"], fonts, depth + 1)


def address_of(pointer: Any) -> int:
    """A PDFium handle's address (the same object gives the same number; quicker than a cast)."""
    return ctypes.c_size_t.from_buffer(pointer).value


@dataclass
class TextObject:
    """What the characters of one PDFium text object share."""

    font: Any
    fontname: str
    descent: float  # per unit of size, negative below the baseline
    size: float
    matrix: tuple[float, float, float, float]
    plain: bool  # unturned text on an unturned page
    widths: dict[str, float] = field(default_factory=dict)  # advance by character, measured once


class ObjectRun:
    """A text object's facts as the character loop reads them: plain locals, not attribute chains."""

    __slots__ = ("facts", "rank", "plain", "size", "low", "fontname")

    def __init__(self, facts: TextObject, rank: int):
        self.facts, self.rank, self.plain = facts, rank, facts.plain
        self.size, self.low, self.fontname = facts.size, facts.descent * facts.size, facts.fontname


def in_rank_order(items: list[dict], ranks: list[int]) -> list[dict]:
    """`items` stably sorted by their ranks (most pages are in order already: no sort at all)."""
    if all(a <= b for a, b in zip(ranks, ranks[1:])):
        return items
    positions = sorted(range(len(items)), key=ranks.__getitem__)
    return [items[p] for p in positions]


class PdfiumPage(Container):
    """One page's characters, edges and images, as a pdfplumber page holds them."""

    def __init__(self, page: pdfium.PdfPage, fonts: dict[str, PDFFont], rotate: int, page_number: int):
        box = page.get_mediabox()
        self.mediabox = box
        self.ctm = page_ctm(box, rotate % 360)
        width, height = box[2] - box[0], box[3] - box[1]
        if rotate % 180:
            width, height = height, width
        self.width, self.height = width, height
        self.bbox = (box[0], box[1], box[0] + width, box[1] + height)
        self.page_number = page_number
        self.pdfminer_fonts = fonts
        order, paths, self.image_count = walk_objects(page)
        text_page = page.get_textpage()
        try:
            chars = self.read_chars(text_page, order)
        finally:
            text_page.close()
        self._objects: dict[str, list[dict]] = {"char": chars}
        self._edges = [edge for points, closed in paths for edge in self.path_edges(points, closed)]

    # --- what the reader asks of a page ---

    @property
    def objects(self) -> dict[str, list[dict]]:
        return self._objects

    @property
    def edges(self) -> list[dict]:
        return self._edges

    @property
    def images(self) -> list[dict]:
        return [{"object_type": "image"}] * self.image_count

    def extract_words(self, **kwargs: Any) -> list[dict]:
        extra_attrs = kwargs.pop("extra_attrs", None) or []
        if kwargs:  # options `group_words` does not take: pdfplumber's own grouping
            return extract_words(self.chars, extra_attrs=extra_attrs, **kwargs)
        return group_words(self.chars, extra_attrs)

    def find_tables(self) -> list[Table]:
        if not self._edges:  # no ruling line, no ruled table (the finder's only strategy here)
            return []
        # The finder reads a page's edges, chars and bbox only, which this page has (duck typing).
        return TableFinder(cast(Any, self), TableSettings.resolve(None)).tables

    # --- characters ---

    def to_top(self, x: float, y: float) -> tuple[float, float]:
        """A user-space point as pdfplumber's (x, top): turned by the page, measured from its top."""
        dx, dy = apply(self.ctm, x, y)
        return dx + self.mediabox[0], self.height - dy + self.mediabox[1]

    def read_chars(self, text_page: pdfium.PdfTextPage, order: dict[int, int]) -> list[dict]:
        # PDFium is asked three things of every character (`CharCalls`: whether its glyph maps to
        # no text, its text object, its origin), by functions called without ctypes' argument
        # checks; the page's text comes in one call where it lines up with the characters, and
        # whether a character is PDFium's own only of the spaces and line breaks it makes. An
        # upright character's dictionary is made here rather than by `place` (the same arithmetic).
        # This loop runs for every character of the archive, so what a character's text object
        # shares is looked up once per object (`ObjectRun`), not once per character.
        handle = text_page.raw
        count = raw.FPDFText_CountChars(handle)
        calls = char_calls()
        page = ctypes.c_void_p(address_of(handle))
        origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
        x_out, y_out = ctypes.byref(origin_x), ctypes.byref(origin_y)
        is_generated, unicode_of, map_error = calls.is_generated, calls.unicode, calls.map_error
        object_at, origin_of = calls.text_object, calls.origin
        codes = page_codes(handle, count)
        height, bottom_edge = self.height, self.mediabox[1]
        fonts: dict[int, tuple[str, float]] = {}
        styles: dict[tuple, dict[str, float]] = {}  # advance widths, shared by objects of one font, size and matrix
        runs: dict[int, ObjectRun] = {}
        # Characters and the content-stream order of their objects, in PDFium's order; a stable
        # sort by that order then puts them as pdfminer reads them.
        chars: list[dict] = []
        ranks: list[int] = []
        previous: dict | None = None  # the last real character, its object and its origin
        previous_at: tuple[int, float, float] = (-1, 0.0, 0.0)
        previous_rank = 0
        for index in range(count):
            code = codes[index] if codes is not None else unicode_of(page, index)
            if code == NOT_IN_TEXT:  # the page's text marks a hyphen or a glyph with no code so
                code = unicode_of(page, index)
            if code in MADE_UP and is_generated(page, index) == 1:
                # PDFium puts its own break in place of a space that ends a text object; pdfminer
                # keeps that space, and it parts two words that nearly touch.
                if previous and previous["text"] != " " and ends_with_space(as_object(previous_at[0]), handle):
                    chars.append(space_after(previous))
                    ranks.append(previous_rank)
                previous = None
                continue
            if map_error(page, index) == 1:
                text = UNMAPPED
            else:
                text = "-" if code == HYPHEN_MARK else chr(code)
                if text in "\r\n":
                    continue
            address = object_at(page, index) or 0
            run = runs.get(address)
            if run is None:
                facts = self.text_object(handle, index, as_object(address), fonts, styles)
                run = runs[address] = ObjectRun(facts, order.get(address, len(order)))
            origin_of(page, index, x_out, y_out)
            x, y = origin_x.value, origin_y.value
            if previous is not None and previous_at == (address, x, y):
                # one glyph, several characters (a ligature's 'fi'): pdfminer reads one character
                previous["text"] += text
                previous["x1"] = max(previous["x1"], previous["x0"] + loose_advance(handle, index, x))
                previous["width"] = previous["x1"] - previous["x0"]
                continue
            facts = run.facts
            known = facts.widths.get(text)
            advance = known if known is not None and known > 0 else self.advance(handle, index, facts, text, x)
            if run.plain:  # `place`'s common case
                bottom = height - (y + run.low - bottom_edge) + bottom_edge
                top = bottom - run.size
                x1 = x + advance
                char = {
                    "text": text,
                    "x0": x,
                    "x1": x1,
                    "top": top,
                    "bottom": bottom,
                    "doctop": top,
                    "width": x1 - x,
                    "height": bottom - top,
                    "size": bottom - top,
                    "fontname": run.fontname,
                    "upright": True,
                    "object_type": "char",
                }
            else:
                char = self.place(text, x, y, facts, advance)
            chars.append(char)
            ranks.append(run.rank)
            previous, previous_at, previous_rank = char, (address, x, y), run.rank
        return in_rank_order(chars, ranks)

    def text_object(
        self, handle: Any, index: int, obj: Any, fonts: dict[int, tuple[str, float]], styles: dict[tuple, dict]
    ) -> TextObject:
        """What every character of one text object shares: font, size, matrix (and the advance widths
        measured so far in that font, size and matrix, which are the same in every such object)."""
        font = raw.FPDFTextObj_GetFont(obj)
        key = address_of(font)
        if key not in fonts:
            fonts[key] = self.font_facts(font)
        fontname, descent = fonts[key]
        m = raw.FS_MATRIX()
        raw.FPDFText_GetMatrix(handle, index, m)
        # PDFium gives the size set by Tf; a producer that sets Tf 1 and scales the text matrix
        # instead (cairo, Skia: browsers' "Save as PDF") prints at the matrix's scale, which
        # pdfminer counts into a character's size: so do we, or every glyph is 1 pt wide.
        size = raw.FPDFText_GetFontSize(handle, index) * (math.hypot(m.c, m.d) or 1.0)
        plain = m.b == 0 and m.c == 0 and m.a > 0 and m.d > 0
        matrix = (m.a, m.b, m.c, m.d)
        widths = styles.setdefault((key, size, matrix), {})
        return TextObject(font, fontname, descent, size, matrix, plain and self.ctm[:4] == (1, 0, 0, 1), widths)

    def font_facts(self, font: Any) -> tuple[str, float]:
        """(fontname, descent per unit of size) of a PDFium font, pdfminer's where it knows the font."""
        buffer = ctypes.create_string_buffer(512)
        raw.FPDFFont_GetBaseFontName(font, buffer, len(buffer))
        name = buffer.value.decode("latin-1")
        pdfminer_font = self.pdfminer_fonts.get(base_name(name))
        if pdfminer_font is not None:
            return base_fontname(pdfminer_font), pdfminer_font.get_descent()
        descent = ctypes.c_float()
        raw.FPDFFont_GetDescent(font, ctypes.c_float(1.0), descent)
        return name, min(descent.value, -descent.value)

    def advance(self, handle: Any, index: int, facts: TextObject, text: str, origin_x: float) -> float:
        """The glyph's advance width in points, from the font's widths as pdfminer takes it: the
        font's width of the character, stretched as the text matrix does; else (a code PDFium cannot
        map back) its loose box, which runs from origin to advance for unturned text."""
        if len(text) == 1:
            known = facts.widths.get(text)
            if known is None:
                width = ctypes.c_float()
                found = raw.FPDFFont_GetGlyphWidth(facts.font, ord(text), ctypes.c_float(facts.size), width)
                a, b, c, d = facts.matrix
                known = facts.widths[text] = (
                    width.value * (math.hypot(a, b) / (math.hypot(c, d) or 1.0)) if found else 0.0
                )
            if known > 0:
                return known
        a, b, c, _ = facts.matrix
        if b == 0 and c == 0 and a > 0:
            return loose_advance(handle, index, origin_x)
        return 0.0

    def place(self, text: str, x: float, y: float, facts: TextObject, advance: float) -> dict:
        """A character's box as pdfminer draws it: from (0, descent) to (advance, descent + size)
        along the text's baseline and up directions, then turned by the page."""
        size = facts.size
        low = facts.descent * size
        if facts.plain:  # unturned text on an unturned page: the common case, kept quick
            x0, x1 = x, x + advance
            bottom = self.height - (y + low - self.mediabox[1]) + self.mediabox[1]
            top = bottom - size
            upright = True
        else:
            a, b, c, d = facts.matrix
            run, rise = math.hypot(a, b) or 1.0, math.hypot(c, d) or 1.0
            along, up = (a / run, b / run), (c / rise, d / rise)
            points = [
                self.to_top(x + u * along[0] + v * up[0], y + u * along[1] + v * up[1])
                for u in (0.0, advance)
                for v in (low, low + size)
            ]
            x0, x1 = min(p[0] for p in points), max(p[0] for p in points)
            top, bottom = min(p[1] for p in points), max(p[1] for p in points)
            da, db, dc, dd, _, _ = multiply((a, b, c, d, 0.0, 0.0), self.ctm)
            upright = da * dd > 0 and db * dc <= 0
        return {
            "text": text,
            **box(x0, top, x1, bottom),
            "size": bottom - top,
            "fontname": facts.fontname,
            "upright": upright,
            "object_type": "char",
        }

    # --- ruling lines ---

    def path_edges(self, points: list[tuple[float, float]], closed: bool) -> list[dict]:
        """The edges pdfplumber would take from one subpath (pdfminer's line, rect or curve)."""
        pts = [self.to_top(x, y) for x, y in points]
        if len(pts) == 2:
            return [line_edge(pts[0], pts[1])]
        if len(pts) in (4, 5) and is_rectangle(pts[:4]) and (len(pts) == 4 and closed or pts[4:] in ([], [pts[0]])):
            return rect_edges(pts[:4])
        return [segment_edge(p, q) for p, q in zip(pts, pts[1:])]


@dataclass(frozen=True)
class CharCalls:
    """PDFium's per-character functions, called with a text page's address as a `c_void_p` and an
    index as a plain int: without ctypes' argument conversion, a call costs about half as much."""

    unicode: Any
    is_generated: Any
    map_error: Any
    text_object: Any  # the object's address as a number (or None): no pointer object per character
    origin: Any


@functools.cache
def char_calls() -> CharCalls:
    def unchecked(function: Any, restype: Any) -> Any:
        address = ctypes.cast(function, ctypes.c_void_p).value
        if address is None:  # cannot be: the library is loaded
            raise RuntimeError(f"PDFium's {function.__name__} has no address")
        return ctypes.CFUNCTYPE(restype)(address)  # no argtypes: arguments are passed as they are

    return CharCalls(
        unicode=unchecked(raw.FPDFText_GetUnicode, ctypes.c_uint),
        is_generated=unchecked(raw.FPDFText_IsGenerated, ctypes.c_int),
        map_error=unchecked(raw.FPDFText_HasUnicodeMapError, ctypes.c_int),
        text_object=unchecked(raw.FPDFText_GetTextObject, ctypes.c_void_p),
        origin=unchecked(raw.FPDFText_GetCharOrigin, ctypes.c_int),
    )


NOT_IN_TEXT = 0xFFFE  # what the page's text holds for a line-end hyphen or a glyph that maps to nothing
MADE_UP = (0x20, 0x0D, 0x0A)  # PDFium makes up only spaces and line breaks (CPDF_TextPage::GenerateCharInfo)
SURROGATES = range(0xD800, 0xE000)


def page_codes(handle: Any, count: int) -> list[int] | None:
    """Every character's code point, from the page's text in one call, when that text lines up
    with the characters one to one: PDFium leaves control characters out of it and writes a code
    beyond the BMP as two UTF-16 units, so a text of another length, or with a surrogate, is not
    used (None: ask character by character)."""
    if count <= 0:
        return None
    buffer = (ctypes.c_ushort * (count + 1))()
    written = raw.FPDFText_GetText(handle, 0, count, buffer) - 1  # the count includes the terminating zero
    if written != count:
        return None
    codes = buffer[:count]
    if max(codes) >= SURROGATES.start and any(code in SURROGATES for code in codes):
        return None
    return codes


def as_object(address: int) -> Any:
    """A text object's pointer, from its address."""
    return ctypes.cast(address, raw.FPDF_PAGEOBJECT)


def loose_advance(handle: Any, index: int, origin_x: float) -> float:
    box = raw.FS_RECTF()
    raw.FPDFText_GetLooseCharBox(handle, index, box)
    return max(box.right - origin_x, 0.0)


TEXT_BUFFER = (ctypes.c_ushort * 4096)()  # reused: PDFium writes a text only whole, with its terminating zero


def ends_with_space(text_object: Any, text_page: Any) -> bool:
    """Whether a text object's own text (its character codes, not the text page's) ends in a space
    (a text longer than the buffer is not written, and is taken not to)."""
    buffer = TEXT_BUFFER
    length = raw.FPDFTextObj_GetText(text_object, text_page, buffer, ctypes.sizeof(buffer))
    if length > ctypes.sizeof(buffer):
        return False
    units = max(0, min(length // 2, len(buffer)) - 1)  # the length is in bytes, the terminating zero included
    return units > 0 and chr(buffer[units - 1]) == " "


def space_after(char: dict) -> dict:
    """A space just after `char`, in its font (pdfplumber reads it as a word break)."""
    space = dict(char, text=" ", x0=char["x1"], width=0.0)
    return space


def base_fontname(font: PDFFont) -> str:
    name = font.fontname
    return name.decode("latin-1") if isinstance(name, bytes) else str(name)


def walk_objects(page: pdfium.PdfPage) -> tuple[dict[int, int], list[tuple[list[tuple[float, float]], bool]], int]:
    """Text objects' content-stream order, painted subpaths (user space), and the number of images,
    over the page and the forms it draws."""
    order: dict[int, int] = {}
    paths: list[tuple[list[tuple[float, float]], bool]] = []
    images = 0
    stack = [(raw.FPDFPage_CountObjects(page.raw), lambda i: raw.FPDFPage_GetObject(page.raw, i))]

    def visit(count: int, get: Any, depth: int) -> None:
        nonlocal images
        for i in range(count):
            obj = get(i)
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_TEXT:
                order[ctypes.cast(obj, ctypes.c_void_p).value or 0] = len(order)
            elif kind == raw.FPDF_PAGEOBJ_PATH:
                paths.extend(subpaths(obj))
            elif kind == raw.FPDF_PAGEOBJ_IMAGE:
                images += 1
            elif kind == raw.FPDF_PAGEOBJ_FORM and depth < 8:
                visit(raw.FPDFFormObj_CountObjects(obj), lambda j, o=obj: raw.FPDFFormObj_GetObject(o, j), depth + 1)

    count, get = stack[0]
    visit(count, get, 0)
    return order, paths, images


def subpaths(obj: Any) -> list[tuple[list[tuple[float, float]], bool]]:
    """A path object's subpaths as points in user space, each with whether it was closed."""
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    raw.FPDFPath_GetDrawMode(obj, fill, stroke)
    if not fill.value and not stroke.value:
        return []
    matrix = raw.FS_MATRIX()
    raw.FPDFPageObj_GetMatrix(obj, matrix)
    m: Matrix = (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)
    found: list[tuple[list[tuple[float, float]], bool]] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    current: list[tuple[float, float]] = []
    closed = False
    for i in range(raw.FPDFPath_CountSegments(obj)):
        segment = raw.FPDFPath_GetPathSegment(obj, i)
        raw.FPDFPathSegment_GetPoint(segment, x, y)
        point = apply(m, x.value, y.value)
        if raw.FPDFPathSegment_GetType(segment) == raw.FPDF_SEGMENT_MOVETO:
            if len(current) > 1:
                found.append((current, closed))
            current, closed = [point], False
        else:
            current.append(point)
        if raw.FPDFPathSegment_GetClose(segment):
            closed = True
    if len(current) > 1:
        found.append((current, closed))
    return found


def is_rectangle(pts: list[tuple[float, float]]) -> bool:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = pts
    return (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)


def edge(x0: float, top: float, x1: float, bottom: float, orientation: str | None, kind: str) -> dict:
    return {"object_type": kind, **box(x0, top, x1, bottom), "orientation": orientation}


def box(x0: float, top: float, x1: float, bottom: float) -> dict:
    """The position keys pdfplumber gives every object (one page: `doctop` is `top`)."""
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top, "width": x1 - x0, "height": bottom - top}


def line_edge(p: tuple[float, float], q: tuple[float, float]) -> dict:
    top, bottom = min(p[1], q[1]), max(p[1], q[1])
    return edge(min(p[0], q[0]), top, max(p[0], q[0]), bottom, "h" if top == bottom else "v", "line")


def rect_edges(pts: list[tuple[float, float]]) -> list[dict]:
    x0, x1 = min(p[0] for p in pts), max(p[0] for p in pts)
    top, bottom = min(p[1] for p in pts), max(p[1] for p in pts)
    return [
        edge(x0, top, x1, top, "h", "rect_edge"),
        edge(x0, bottom, x1, bottom, "h", "rect_edge"),
        edge(x0, top, x0, bottom, "v", "rect_edge"),
        edge(x1, top, x1, bottom, "v", "rect_edge"),
    ]


def segment_edge(p: tuple[float, float], q: tuple[float, float]) -> dict:
    orientation = "v" if p[0] == q[0] else ("h" if p[1] == q[1] else None)
    return edge(min(p[0], q[0]), min(p[1], q[1]), max(p[0], q[0]), max(p[1], q[1]), orientation, "curve_edge")


# --- words ------------------------------------------------------------------------------------

WORD_TOLERANCE = 3  # pdfplumber's default x and y tolerances, the reader's


def group_words(chars: list[dict], extra_attrs: list[str]) -> list[dict]:
    """pdfplumber's `extract_words(chars, extra_attrs=…)` with its default options: the same words
    in the same order, checked on every page of the test PDFs. Upright characters are grouped here
    in one sort and one pass (runs of one font and size, lines clustered by their tops, each line
    left to right, a word broken at a space, a gap over the tolerance, a step back or a change of
    line); turned ones by pdfplumber."""
    key = operator.itemgetter("upright", *extra_attrs)
    words: list[dict] = []
    for keys, run in itertools.groupby(chars, key):
        group = list(run)
        if keys[0] if extra_attrs else keys:  # upright
            words += upright_words(group, extra_attrs)
        else:
            extractor = WordExtractor(extra_attrs=extra_attrs)
            words += [word for word, _ in extractor.iter_extract_tuples(group)]
    return words


def text_of(chars: list[dict]) -> str:
    """pdfplumber's `extract_text(chars)` with its default options (words grouped as `group_words`
    groups them, lines clustered by their tops, a space between words and a line break between
    lines), without building its word extractor and text map for every cell of every table."""
    if not chars:
        return ""
    lines = cluster_objects(group_words(chars, []), operator.itemgetter("top"), WORD_TOLERANCE)
    return "\n".join(" ".join(word["text"] for word in line) for line in lines)


def line_numbers(tops: list[float]) -> dict[float, int]:
    """pdfplumber's line clusters (`cluster_objects` by top): the distinct tops sorted and chained
    while each is within the tolerance of the one before; each top's cluster number."""
    numbers: dict[float, int] = {}
    number, last = 0, None
    for top in sorted(set(tops)):
        if last is not None and top > last + WORD_TOLERANCE:
            number += 1
        numbers[top] = number
        last = top
    return numbers


def upright_words(group: list[dict], extra_attrs: list[str]) -> list[dict]:
    """pdfplumber's words of a run of upright characters: lines in order of their clusters, each
    left to right (a stable sort on both: ties keep the characters' order, as pdfplumber's two
    stable sorts do), a word ended by a space, a line's end, or `begins_word`."""
    tops = [c["top"] for c in group]
    cluster_of = line_numbers(tops)
    lines = [cluster_of[top] for top in tops]
    order = sorted(range(len(group)), key=lambda i: (lines[i], group[i]["x0"]))
    words: list[dict] = []
    current: list[dict] = []
    line = None
    for i in order:
        char = group[i]
        if lines[i] != line:
            if current:
                words.append(merged(current, extra_attrs))
            current, line = [], lines[i]
        text = char["text"]
        if text.isspace():
            if current:
                words.append(merged(current, extra_attrs))
            current = []
        elif not text:  # pdfplumber's split_at_punctuation of '' holds '': an empty text is a word alone
            if current:
                words.append(merged(current, extra_attrs))
            words.append(merged([char], extra_attrs))
            current = []
        elif current:
            last = current[-1]
            x = char["x0"]
            if x < last["x0"] or x > last["x1"] + WORD_TOLERANCE or abs(char["top"] - last["top"]) > WORD_TOLERANCE:
                words.append(merged(current, extra_attrs))
                current = [char]
            else:
                current.append(char)
        else:
            current = [char]
    if current:
        words.append(merged(current, extra_attrs))
    return words


LIGATURE_CHARACTERS = frozenset(LIGATURES)


def merged(chars: list[dict], extra_attrs: list[str]) -> dict:
    """pdfplumber's `merge_chars` for upright characters read left to right (the first of equal
    extremes kept, as `min` and `max` keep it)."""
    first = chars[0]
    x0, top, x1, bottom = first["x0"], first["top"], first["x1"], first["bottom"]
    for char in chars[1:]:
        if char["x0"] < x0:
            x0 = char["x0"]
        if char["top"] < top:
            top = char["top"]
        if char["x1"] > x1:
            x1 = char["x1"]
        if char["bottom"] > bottom:
            bottom = char["bottom"]
    text = "".join([c["text"] for c in chars])
    if not LIGATURE_CHARACTERS.isdisjoint(text):
        text = "".join([LIGATURES.get(c["text"], c["text"] or "") for c in chars])
    word = {
        "text": text,
        "x0": x0,
        "x1": x1,
        "top": top,
        "doctop": top + (first["doctop"] - first["top"]),
        "bottom": bottom,
        "upright": first["upright"],
        "height": bottom - top,
        "width": x1 - x0,
        "direction": "ltr",
    }
    for name in extra_attrs:
        word[name] = first[name]
    return word
