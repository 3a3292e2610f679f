"""Scanned twins of real papers, made on the fly: each page rendered to an image, tilted and
speckled as a scanner leaves it, and rebuilt as an image-only PDF (no text layer at all).

`scanned_twin(source, target)` keeps the source's page sizes, so a twin's gold is its
source's gold; `pages` picks pages (1-based) to keep a test's OCR bill small.
"""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pypdfium2
from PIL import Image, ImageFilter


def scanned_twin(
    source: Path,
    target: Path,
    dpi: int = 200,
    skew: float = 0.8,
    noise: float = 0.004,
    pages: Sequence[int] | None = None,
    seed: int = 17,
) -> Path:
    """An image-only copy of `source`: pages at `dpi`, each turned by up to ±`skew` degrees, with
    `noise` of its pixels flipped to black or white and a slight blur, saved as a PDF."""
    rng = random.Random(seed)
    document = pypdfium2.PdfDocument(str(source))
    try:
        numbers = list(pages or range(1, len(document) + 1))
        images = [scan(document, n, dpi, rng.uniform(-skew, skew), noise, rng.randrange(1 << 30)) for n in numbers]
    finally:
        document.close()
    fixed = time.gmtime(1577836800)  # the same bytes every run: the page cache knows them
    images[0].save(
        target,
        "PDF",
        resolution=float(dpi),
        save_all=True,
        append_images=images[1:],
        creationDate=fixed,
        modDate=fixed,
    )
    return target


def scan(document, number: int, dpi: int, angle: float, noise: float, seed: int) -> Image.Image:
    page = document[number - 1]
    try:
        image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        page.close()
    image = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(0.6))
    pixels = np.asarray(image).copy()
    flips = np.random.default_rng(seed).random(pixels.shape)
    pixels[flips < noise / 2] = 0
    pixels[flips > 1 - noise / 2] = 255
    return Image.fromarray(pixels)
