"""Segmentation, once per test session for the same pages.

Tests read the sample packs again and again (each agenda, minutes, action and risk test segments
the 69-page pack anew, about 3 s of recognising every page); the page cache spares the reading
but not the segmenting. `segment_once(pages)` gives what `pipeline.segment.segment(pages)` gives,
computed once for pages of the same content (whatever document id a test gave them) and the
same user vocabularies: kept in this process, and in the folder named by `ENV` (set by
tests/conftest.py to a folder of the session's, so every xdist worker shares it). Later calls
get a new list of the same frozen parts.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from collections.abc import Iterator
from dataclasses import fields, replace
from pathlib import Path

from pipeline import cache, vocabulary
from pipeline.records import DocumentPart, Page
from pipeline.segment import segment

ENV = "BOARDPAPERS_TEST_SEGMENTS"

_segmented: dict[str, tuple[str, tuple[DocumentPart, ...]]] = {}


def segment_once(pages: list[Page]) -> tuple[str, list[DocumentPart]]:
    """(doc_kind, parts) of the pages, as `segment` gives them."""
    key = fingerprint(pages)
    if key not in _segmented:
        with held(key):  # a second worker wanting the same pages waits instead of segmenting them too
            _segmented[key] = shared(key) or segment_and_share(key, pages)
    kind, parts = _segmented[key]
    document_id = pages[0].document_id if pages else ""
    return kind, [replace(part, document_id=document_id) for part in parts]


def fingerprint(pages: list[Page]) -> str:
    """The pages' content and the user vocabularies, but not the document id the test chose (a part
    names its document, nothing else in segmenting reads the id): tests reading the same pack under
    several ids share one segmentation."""
    content = [tuple(getattr(page, f.name) for f in fields(page) if f.name != "document_id") for page in pages]
    digest = hashlib.sha256(pickle.dumps(content, protocol=pickle.HIGHEST_PROTOCOL))
    for path in vocabulary.user_files():
        digest.update(str(path).encode() + b"\0" + Path(path).read_bytes())
    return digest.hexdigest()


@contextlib.contextmanager
def held(key: str) -> Iterator[None]:
    """The session's lock on these pages (none without a session folder)."""
    folder = os.environ.get(ENV)
    if not folder:
        yield
        return
    with cache.locked(Path(folder) / f"{key}.lock"):
        yield


def shared(key: str) -> tuple[str, tuple[DocumentPart, ...]] | None:
    """What another worker of the session segmented, if it did."""
    folder = os.environ.get(ENV)
    try:
        return pickle.loads((Path(folder) / key).read_bytes()) if folder else None
    except (OSError, pickle.UnpicklingError, EOFError):
        return None


def segment_and_share(key: str, pages: list[Page]) -> tuple[str, tuple[DocumentPart, ...]]:
    kind, parts = segment(pages)
    done = (kind, tuple(parts))
    folder = os.environ.get(ENV)
    if folder:
        partial = Path(folder) / f"{key}.{os.getpid()}.part"
        partial.write_bytes(pickle.dumps(done, protocol=pickle.HIGHEST_PROTOCOL))
        partial.replace(Path(folder) / key)  # whole or absent for a reader in another worker
    return done
