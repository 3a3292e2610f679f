"""Find the PDFs to ingest and identify each by its bytes.

Takes paths (files or folders, walked recursively for *.pdf); yields `FoundFile`s
with the path as found under the ingest root, the sha256 of the bytes (the document
id) and the size. The same bytes under two names are one document.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class FoundFile:
    path: str
    absolute: Path
    sha256: str
    size: int


class DiscoverError(Exception):
    """A path given to ingest does not exist."""


def discover(paths: Iterable[str | Path]) -> Iterator[FoundFile]:
    for root in paths:
        root = Path(root)
        if not root.exists():
            raise DiscoverError(f"{root}: no such file or folder")
        for file in pdf_files(root):
            yield FoundFile(str(file), file.resolve(), sha256_of(file), file.stat().st_size)


def pdf_files(root: Path) -> list[Path]:
    if root.is_file():
        return [root]
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
