"""An optional on-disk cache of read pages, keyed by a file's bytes and the reader's code.

Takes a PDF's path and a function that reads it; yields the same pages and read problems
that function gives, from disk when the same bytes were read before by the same reader.
`boardpapers ingest` keeps it beside its database (`<db>.pages/`) unless `BOARDPAPERS_PAGE_CACHE`
names another folder or is `off`: reading is the costly stage, so a change to extraction (an
extractor, a vocabulary) re-extracts from cached pages and only a change to the reader reads
again. The test suite turns it on so that each test PDF is parsed once per session however
many tests read it.

- The key is the sha256 of the file's bytes, the reader's name (`pdfium`, `pdfminer`) and
  `READER_VERSION`, a hash of the source of the reader and of every pipeline module it
  imports, of pdfplumber's, pdfminer's and PDFium's versions and of Python's; any change to those reads the file again. (Should the reader
  come to import `pipeline.vocabulary`, the vocabulary files, the bundled ones and the
  user's, join the key.)
- An entry is a pickle of (pages, problems), written to a temporary file and renamed into
  place, so parallel processes never see half an entry; a per-key lock (where the platform
  has `fcntl`) makes a second process wait for the first instead of parsing the same file.
- An entry that cannot be loaded is ignored and written again. A file that cannot be read
  (`UnreadablePDF`) is never cached: it is cheap to find out again.
- An entry's modification time is its last use: `prune` removes those unused for a while
  and those of another reader, which can never be hit again.
- Pages carry the document id they were read under; an entry read under another id has it
  replaced, so a hit gives exactly what a fresh read would.
"""

from __future__ import annotations

import ast
import contextlib
import dataclasses
import functools
import hashlib
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from .discover import sha256_of
from .records import Page, Problem

ENV = "BOARDPAPERS_PAGE_CACHE"
PACKAGE = Path(__file__).resolve().parent

Read = Callable[[list[Problem]], list[Page]]


def local_imports(module: Path) -> set[Path]:
    """The pipeline modules `module` imports, directly or not (relative imports only)."""
    seen: set[Path] = set()
    todo = [module]
    while todo:
        path = todo.pop()
        if path in seen or not path.exists():
            continue
        seen.add(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                names = [node.module] if node.module else [alias.name for alias in node.names]
                todo += [PACKAGE / f"{name.split('.')[0]}.py" for name in names]
    return seen


@functools.cache
def reader_modules() -> frozenset[Path]:
    return frozenset(local_imports(PACKAGE / "reader.py"))


def reads_vocabulary() -> bool:
    """Should the reader come to read template vocabularies, their files are part of the key too."""
    return PACKAGE / "vocabulary.py" in reader_modules()


def reader_version() -> str:
    """Changes whenever the code (or the data it reads) that turns a PDF into pages changes."""
    import pdfminer
    import pdfplumber
    import pypdfium2

    digest = hashlib.sha256()
    data = sorted((PACKAGE / "data").rglob("*.json")) if reads_vocabulary() else []
    for path in sorted(reader_modules()) + data:
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    versions = (
        pdfplumber.__version__,
        pdfminer.__version__,
        pypdfium2.version.PYPDFIUM_INFO,
        pypdfium2.version.PDFIUM_INFO,
        sys.version_info[:2],
        pickle.HIGHEST_PROTOCOL,
    )
    digest.update(repr(versions).encode())
    return digest.hexdigest()[:16]


def user_vocabulary() -> str:
    """A hash of the user's vocabulary files in force, when the reader reads vocabularies; else ''."""
    if not reads_vocabulary():
        return ""
    from . import vocabulary

    digest = hashlib.sha256()
    for path in vocabulary.user_files():
        digest.update(Path(path).read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def current_reader_version() -> str:
    """`READER_VERSION`, worked out on first use (it parses the reader's source and imports
    pdfplumber for its version: a run that reads nothing should not pay for that)."""
    version = globals().get("READER_VERSION")
    if version is None:
        version = globals()["READER_VERSION"] = reader_version()
    return version


def __getattr__(name: str) -> str:
    """`cache.READER_VERSION` from outside works it out on first use (`current_reader_version`)."""
    if name == "READER_VERSION":
        return current_reader_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


OFF = "off"


def folder() -> Path | None:
    """The cache folder, or None when the cache is off (unset, or `off`)."""
    value = os.environ.get(ENV, "").strip()
    return Path(value) if value and value.lower() != OFF else None


def default_folder(database: Path) -> Path:
    """Where `ingest` keeps read pages when `BOARDPAPERS_PAGE_CACHE` is not set: beside its database."""
    return database.parent / f"{database.stem}.pages"


def cached_read(
    path: Path, document_id: str, problems: list[Problem], read: Read, reader: str = "", variant: str = ""
) -> list[Page]:
    """`read(problems)`, or its pages and problems from the cache; `problems` is extended alike.
    `reader` names the character source, and `variant` what else the pages depend on (the OCR mode
    and engine); both are part of the key."""
    root = folder()
    if root is None:
        return read(problems)
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError:  # a cache that cannot be made is no reason to fail a read
        return read(problems)
    extra = "-".join(part for part in (user_vocabulary(), variant) if part)
    entry = (
        root
        / f"{sha256_of(path)}-{current_reader_version()}{'-' + reader if reader else ''}{'-' + extra if extra else ''}.pickle"
    )
    with locked(entry.with_suffix(".lock")):
        hit = load(entry)
        if hit is None:
            found: list[Problem] = []
            pages = read(found)
            store(entry, (document_id, pages, found))
            hit = (document_id, pages, found)
        else:
            hit = restamp(*hit, document_id)
            with contextlib.suppress(OSError):
                os.utime(entry)  # an entry's time is its last use, for `prune`
    _, pages, found = hit
    problems.extend(found)
    return pages


def load(entry: Path) -> tuple[str, list[Page], list[Problem]] | None:
    """The entry's (document id, pages, problems), or None when absent or unusable."""
    try:
        with open(entry, "rb") as handle:
            value = pickle.load(handle)
        document_id, pages, problems = value
        if not (isinstance(pages, list) and all(isinstance(p, Page) for p in pages)):
            return None
        if not all(isinstance(p, Problem) for p in problems):
            return None
        return document_id, pages, list(problems)
    except FileNotFoundError:
        return None
    except Exception:  # a truncated or foreign file: read the PDF again and overwrite it
        return None


def store(entry: Path, value: tuple[str, list[Page], list[Problem]]) -> None:
    """Write the entry atomically; a cache that cannot be written is no reason to fail a read."""
    try:
        handle, temporary = tempfile.mkstemp(prefix=entry.name, suffix=".tmp", dir=entry.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, entry)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except OSError:
        pass


def restamp(old_id: str, pages: list[Page], problems: list[Problem], document_id: str):
    """The entry as read under `document_id` (pages and problems name the document they are in)."""
    if old_id != document_id:
        for page in pages:
            page.document_id = document_id
        problems = [dataclasses.replace(p, document_id=document_id) if p.document_id == old_id else p for p in problems]
    return document_id, pages, problems


@contextlib.contextmanager
def locked(lock: Path) -> Iterator[None]:
    """Hold an exclusive lock on `lock` (released by the OS if the process dies).

    Without `fcntl` (Windows) two processes may both parse a file, which is only slower."""
    if sys.platform == "win32":
        yield
        return
    import fcntl

    try:
        handle = open(lock, "a+b")
    except OSError:
        yield
        return
    with handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def prune(root: Path, unused_for: float) -> int:
    """Remove entries of another reader, and entries not used for `unused_for` seconds; how many."""
    removed = 0
    now = time.time()
    for entry in root.glob("*"):
        if entry.suffix not in (".pickle", ".lock", ".tmp"):
            continue
        try:
            version = entry.name.split(".")[0].split("-")[1:2]
            stale = version != [current_reader_version()] or now - entry.stat().st_mtime > unused_for
            if stale:
                entry.unlink()
                removed += 1
        except OSError:
            pass
    return removed
