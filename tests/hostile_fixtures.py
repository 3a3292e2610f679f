"""Hostile and unlucky PDFs built on the fly (never stored): each is a way a decade's archive
goes wrong, small on disk and costly to read.

- `nested_forms_pdf`: form XObjects that each draw the next several times (exponential work);
- `bomb_pdf`: a page whose content is a few KB of FlateDecode over FlateDecode that inflates
  to hundreds of MB;
- `undecodable_pdf`: a page whose content stream cannot be decompressed beside a good page;
- `unmapped_pdf`: a good page, then text in a CID font with no ToUnicode map, so pdfminer reads `(cid:N)`;
- `text_pdf_bytes`: a minimal valid PDF with one line of text (any bytes, control characters too);
- `fuzzed`: a good PDF with bytes flipped, cut or repeated, deterministically from a seed;
- `as_nobody`: run a command without root's right to read and write everything (permission tests).
"""

from __future__ import annotations

import os
import random
import zlib
from pathlib import Path


def pdf_bytes(objects: list[bytes]) -> bytes:
    """A PDF of `objects` (object 1 is the catalog) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def pages_pdf(contents: list[bytes], font: bytes = FONT, xobjects: list[bytes] = (), font2: bytes = FONT) -> bytes:
    """One page per content stream (already wrapped by `stream`), all sharing fonts F1 (`font`) and
    F2 (`font2`) and forms X0…"""
    count = len(contents)
    first_page = 3
    font_number = first_page + 2 * count
    form_numbers = range(font_number + 2, font_number + 2 + len(xobjects))
    forms = b" ".join(b"/X%d %d 0 R" % (i, n) for i, n in enumerate(form_numbers))
    resources = b"<< /Font << /F1 %d 0 R /F2 %d 0 R >> /XObject << %s >> >>" % (font_number, font_number + 1, forms)
    kids = b" ".join(b"%d 0 R" % (first_page + 2 * i) for i in range(count))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count)]
    for i, content in enumerate(contents):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources %s /Contents %d 0 R >>"
            % (resources, first_page + 2 * i + 1)
        )
        objects.append(content)
    return pdf_bytes(objects + [font, font2] + list(xobjects))


def pdf_string(text: bytes) -> bytes:
    return b"(" + text.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def text_content(*lines: bytes) -> bytes:
    body = b"".join(
        b"BT /F1 11 Tf 72 %d Td %s Tj ET\n" % (760 - 16 * i, pdf_string(line)) for i, line in enumerate(lines)
    )
    return stream(body)


def text_pdf_bytes(*lines: bytes) -> bytes:
    """A one-page PDF printing each line (bytes in the font's encoding, control characters and all)."""
    return pages_pdf([text_content(*(lines or (b"A paper of the board.",)))])


def nested_forms_pdf(path: Path, depth: int = 30, fanout: int = 4) -> Path:
    """Form X0 draws X1 `fanout` times, X1 draws X2…: fanout**depth glyphs from a few KB."""
    forms = []
    for level in range(depth):
        if level == depth - 1:
            body = b"BT /F1 8 Tf 10 10 Td (Board) Tj ET"
        else:
            body = b" ".join(b"q 1 0 0 1 %d 0 cm /X%d Do Q" % (i, level + 1) for i in range(fanout))
        resources = b"/Resources << /Font << /F1 %d 0 R >> /XObject << %s >> >>"
        forms.append((body, resources))
    font_number = 5
    objects_start = font_number + 2
    xobjects = []
    for level, (body, resources) in enumerate(forms):
        names = b"/X%d %d 0 R" % (level + 1, objects_start + level + 1) if level < depth - 1 else b""
        extra = b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] " + resources % (font_number, names)
        xobjects.append(stream(body, extra))
    page_content = stream(b"BT /F1 11 Tf 72 760 Td (Nested forms) Tj ET /X0 Do")
    path.write_bytes(pages_pdf([page_content], xobjects=xobjects))
    return path


def deflated_zeros(megabytes: int) -> bytes:
    """zlib data that inflates to `megabytes` MB of spaces, made without holding them in memory."""
    packer = zlib.compressobj(1)
    block = b" " * (1 << 20)
    return b"".join(packer.compress(block) for _ in range(megabytes)) + packer.flush()


def bomb_pdf(path: Path, megabytes: int = 400) -> Path:
    """A page whose content is FlateDecode twice: a few KB on disk, `megabytes` MB once inflated."""
    data = zlib.compress(deflated_zeros(megabytes), 9)
    content = stream(data, b"/Filter [/FlateDecode /FlateDecode]")
    path.write_bytes(pages_pdf([text_content(b"The Board noted the report."), content]))
    return path


def undecodable_pdf(path: Path) -> Path:
    """A good page of text, then a page whose content stream claims FlateDecode but is noise."""
    noise = bytes(random.Random(7).randrange(256) for _ in range(400))
    path.write_bytes(pages_pdf([text_content(b"The Board noted the report."), stream(noise, b"/Filter /FlateDecode")]))
    return path


def unmapped_pdf(path: Path, pages: int = 2) -> Path:
    """A good page, then `pages` pages of text in a Type0 font with Identity-H encoding and no ToUnicode: pdfminer reads (cid:N)."""
    descendant = (
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Mystery /CIDSystemInfo "
        b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor << /Type "
        b"/FontDescriptor /FontName /Mystery /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 "
        b"/Descent -200 /CapHeight 700 /StemV 80 >> /DW 500 >>"
    )
    font = (
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Mystery /Encoding /Identity-H /DescendantFonts [%s] >>" % descendant
    )
    glyphs = b"".join(b"<%04x%04x%04x> Tj ( ) Tj " % (36 + i, 47 + i, 60 + i) for i in range(12))
    content = stream(b"BT /F2 11 Tf 72 760 Td " + glyphs + b"ET")
    path.write_bytes(pages_pdf([text_content(b"The Board noted the report.")] + [content] * pages, font2=font))
    return path


def fuzzed(good: bytes, seed: int) -> bytes:
    """`good` damaged as a download or a disk damages it: bytes flipped, cut short, a run repeated."""
    rng = random.Random(seed)
    data = bytearray(good)
    how = seed % 4
    if how == 0:
        for _ in range(rng.randint(1, 40)):
            data[rng.randrange(len(data))] = rng.randrange(256)
    elif how == 1:
        data = data[: rng.randrange(16, len(data))]
    elif how == 2:
        start = rng.randrange(len(data))
        data[start:start] = data[start : start + rng.randint(1, 400)] * rng.randint(2, 20)
    else:
        start = rng.randrange(len(data))
        data[start : start + rng.randint(1, 200)] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 200)))
    return bytes(data) + b"%%fuzz %d\n" % seed  # never the same bytes twice


CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 1, 2
PR_CAPBSET_DROP = 24


def as_nobody():
    """A `preexec_fn` that takes from root the rights to read and write any file (the capabilities
    DAC_OVERRIDE and DAC_READ_SEARCH, also from the bounding set so exec cannot regain them), so
    file permissions apply to the child as to any user; None when not root (they apply already)."""
    if os.geteuid() != 0:
        return None
    return drop_file_rights


def drop_file_rights() -> None:
    import ctypes

    class Header(ctypes.Structure):
        _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]

    class Data(ctypes.Structure):
        _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]

    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "cannot drop a capability from the bounding set")
    header, data = Header(0x20080522, 0), (Data * 2)()
    if libc.capget(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capget")
    mask = ~((1 << CAP_DAC_OVERRIDE) | (1 << CAP_DAC_READ_SEARCH)) & 0xFFFFFFFF
    for field in ("effective", "permitted", "inheritable"):
        setattr(data[0], field, getattr(data[0], field) & mask)
    if libc.capset(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capset")
