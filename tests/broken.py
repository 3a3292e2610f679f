"""Broken input files built on the fly: each is a way a real archive goes wrong."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

NO_PAGES_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def text_pdf(path: Path, text: str = "A paper with some text.", **options) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4, **options)
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, 760, text)
    pdf.save()
    return path


def scanned_pdf(path: Path) -> Path:
    """An image of a page and no text layer, as a scanner makes."""
    image = Image.new("L", (400, 560), 255)
    for x in range(40, 360):
        image.putpixel((x, 80), 0)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    buffer.seek(0)
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.drawImage(ImageReader(buffer), 0, 0, width=A4[0], height=A4[1])
    pdf.save()
    return path


def write_broken_files(folder: Path, good: Path) -> dict[str, str]:
    """Broken files beside a good one; returns file name -> the reason's key phrase."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "not-a-pdf.pdf").write_bytes(b"<html><body>Not found</body></html>")
    data = good.read_bytes()
    (folder / "truncated.pdf").write_bytes(data[: len(data) // 3])
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    text_pdf(folder / "encrypted.pdf", encrypt="secret")
    (folder / "no-pages.pdf").write_bytes(NO_PAGES_PDF)
    scanned_pdf(folder / "scan.pdf")
    return {
        "empty.pdf": "empty",
        "not-a-pdf.pdf": "not a PDF",
        "truncated.pdf": "PDF",
        "corrupt.pdf": "PDF",
        "encrypted.pdf": "encrypted",
        "no-pages.pdf": "no pages",
        "scan.pdf": "no text layer",
    }
