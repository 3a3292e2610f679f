"""Find the PDFs to ingest and identify each by its bytes.

Takes paths (files or folders, walked recursively for *.pdf, symbolic links to folders
not followed); yields a `Discovery`: `FoundFile`s with the path as found under the ingest
root, the canonical (resolved) path and the root it was found under, the sha256 of the
bytes (the document id) and the size. The same bytes under two names are one document;
the same file reached by two spellings of its path is one path.

A file whose path, size and modification time are those recorded when its bytes were last
hashed (`known`, from the database) is not hashed again: an unchanged archive is found without
reading it. A time within `SETTLE_SECONDS` of the look is not recorded (`FoundFile.mtime_ns` is
None), since a write in the same tick of the file system's clock would leave it unchanged.

Names are kept safely: a name that is not valid UTF-8 (a Windows-era "Minutes \\x96 2019.pdf")
is shown with its odd bytes escaped (`\\x96`) and its raw bytes kept in hex (`path_bytes`).
A file or folder that cannot be read is not an error of the run: it is found with a reason
(`FoundFile.error`), recorded like any failed file, and the batch goes on.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class FoundFile:
    path: str  # as found under the ingest root, readable (odd bytes escaped)
    absolute: Path  # resolved, as the operating system spells it (opens the file)
    sha256: str
    size: int
    root: str = ""  # the resolved root it was found under, readable
    path_bytes: str | None = None  # hex of the absolute path's raw bytes when they are not UTF-8
    error: str | None = None  # why it could not be read (then sha256 is derived from the path)
    folder: bool = False  # an unreadable folder, not a file
    mtime_ns: int | None = None  # modification time, when settled (see the module docstring)

    @property
    def canonical(self) -> str:
        """The resolved path, readable: what makes two spellings of one path the same."""
        return readable(self.absolute)


@dataclass
class Discovery:
    """What the ingest roots hold: readable files, and files and folders that could not be read."""

    files: list[FoundFile] = field(default_factory=list)
    unreadable: list[FoundFile] = field(default_factory=list)
    roots: list[str] = field(default_factory=list)  # resolved, readable

    @property
    def blind_spots(self) -> list[str]:
        """Canonical folders whose contents were not seen this run (nothing under them is 'missing')."""
        return [f.canonical for f in self.unreadable if f.folder]


SETTLE_SECONDS = 2.0
# canonical path -> (sha256, size, mtime_ns) of the bytes last hashed there (`store.file_stats`)
KnownFiles = Mapping[str, tuple[str, int, int]]


class DiscoverError(Exception):
    """A path given to ingest does not exist."""


def readable(path: str | Path) -> str:
    """A path as text that any database or terminal accepts: bytes that are not UTF-8 become `\\xNN`."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def raw_hex(path: str | Path) -> str | None:
    """The path's raw bytes in hex, when they are not valid UTF-8 (else None: the text is exact)."""
    raw = os.fsencode(path)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.hex()
    return None


def check_roots(paths: Iterable[str | Path]) -> list[Path]:
    """The roots, every one of which exists; raises DiscoverError naming the first that does not."""
    roots = [Path(p) for p in paths]
    for root in roots:
        if not os.path.lexists(root):
            raise DiscoverError(f"{readable(root)}: no such file or folder")
    return roots


def find_files(paths: Iterable[str | Path], known: KnownFiles | None = None) -> Discovery:
    """Every PDF under the roots, each identified by its bytes (or by what `known` says of an
    unchanged path); unreadable ones with a reason."""
    found = Discovery()
    for root in check_roots(paths):
        resolved = root.resolve()
        found.roots.append(readable(resolved))
        for file, error in pdf_files(root):
            entry = identify(file, readable(resolved), error, known or {})
            (found.unreadable if entry.error else found.files).append(entry)
    return found


def discover(paths: Iterable[str | Path]) -> Iterator[FoundFile]:
    """The readable PDFs under the roots (see `find_files` for the unreadable ones too)."""
    yield from find_files(paths).files


def pdf_files(root: Path) -> list[tuple[Path, str | None]]:
    """(path, None) for each *.pdf under root, and (folder, reason) for each folder that cannot be read."""
    if not root.is_dir():
        return [(root, None)]
    found: list[tuple[Path, str | None]] = []

    def unreadable(error: OSError) -> None:
        found.append(
            (
                Path(error.filename),
                f"cannot read the folder ({error.strerror or error}): "
                f"its PDFs were not seen; fix its permissions and run again",
            )
        )

    for folder, folders, files in os.walk(root, onerror=unreadable):
        folders.sort()
        for name in sorted(files):
            path = Path(folder) / name
            if path.suffix.lower() == ".pdf" and path.is_file():  # not a pipe or device named *.pdf
                found.append((path, None))
    return found


def identify(file: Path, root: str, folder_error: str | None = None, known: KnownFiles | None = None) -> FoundFile:
    """The file with its sha256 and size, or with the reason it cannot be read."""
    shown, absolute, raw = readable(file), file.resolve(), raw_hex(file.resolve())
    if folder_error:
        return FoundFile(shown.rstrip("/") + "/", absolute, path_id(absolute), 0, root, raw, folder_error, True)
    try:
        stat = file.stat()
        settled = time.time_ns() - stat.st_mtime_ns > SETTLE_SECONDS * 1e9
        mtime = stat.st_mtime_ns if settled else None
        sha256 = unchanged_hash(readable(absolute), stat.st_size, mtime, known or {}) or sha256_of(file)
        return FoundFile(shown, absolute, sha256, stat.st_size, root, raw, mtime_ns=mtime)
    except OSError as error:
        reason = f"cannot read the file ({error.strerror or type(error).__name__}): fix its permissions and run again"
        return FoundFile(shown, absolute, path_id(absolute), 0, root, raw, reason)


def unchanged_hash(canonical: str, size: int, mtime_ns: int | None, known: KnownFiles) -> str | None:
    """The sha256 recorded for this path when it had this size and modification time, if it did."""
    sha256, known_size, known_mtime = known.get(canonical, ("", -1, -1))
    return sha256 if mtime_ns is not None and (known_size, known_mtime) == (size, mtime_ns) else None


def path_id(absolute: Path) -> str:
    """A stable id for something whose bytes cannot be read: derived from its path, not its content."""
    return hashlib.sha256(b"unreadable\0" + os.fsencode(absolute)).hexdigest()


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
