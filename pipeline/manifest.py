"""What the archive knows of a file outside its text: the archivist's manifest and the file's name.

Takes a manifest (CSV or JSON, written by the archivist's download script: file, source URL,
publisher, body, meeting date, title) and a file's path; yields `FileFacts` for that file.
These are the weaker sources of a paper's meeting: the paper's own heading, agenda and
footers outrank them (the run applies them only where the paper says nothing), then the
archivist's manifest, then the publisher's file naming (a leading `YYYY-MM-DD` or `YY-MM-DD`).

A manifest that cannot be used raises `ManifestError` naming the file, the row and the column.
"""

from __future__ import annotations

import csv
import datetime
import json
import re
from dataclasses import dataclass
from pathlib import Path

COLUMNS = ("file", "source_url", "publisher", "body", "meeting_date", "title")
ALIASES = {
    "url": "source_url",
    "source": "source_url",
    "date": "meeting_date",
    "path": "file",
    "filename": "file",
    "file_name": "file",
}
LEADING_DATE = re.compile(r"^(\d{4}|\d{2})[-_.](\d{2})[-_.](\d{2})(?!\d)")


class ManifestError(ValueError):
    """A manifest that cannot be used; the message names the file, row and column."""


@dataclass(frozen=True)
class FileFacts:
    """One file's facts from outside its text, each with where it came from."""

    meeting_date: str | None = None
    meeting_date_source: str | None = None  # 'file name' | 'manifest'
    body: str | None = None
    publisher: str | None = None
    source_url: str | None = None
    title: str | None = None


def date_from_name(path: str | Path) -> str | None:
    """'19-10-09-BCB-Agenda-Pack.pdf' -> '2019-10-09'; a name without a whole leading date -> None."""
    match = LEADING_DATE.match(Path(path).name)
    if not match:
        return None
    year, month, day = match.groups()
    year = f"20{year}" if len(year) == 2 else year
    try:
        return datetime.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


class Manifest:
    """Rows of a manifest, found by file name (or by the path's tail, when names repeat)."""

    def __init__(self, rows: list[dict[str, str]] | None = None, origin: str = ""):
        self.origin = origin
        self.rows = rows or []
        self._by_name: dict[str, list[dict[str, str]]] = {}
        for row in self.rows:
            self._by_name.setdefault(Path(row["file"]).name, []).append(row)

    @classmethod
    def load(cls, path: str | Path | None) -> Manifest:
        if path is None:
            return cls()
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise ManifestError(f"{path}: cannot read the manifest ({error})") from None
        raw = read_json_rows(text, path) if path.suffix.lower() == ".json" else read_csv_rows(text)
        return cls([clean_row(row, index, path) for index, row in enumerate(raw, start=1)], str(path))

    def facts(self, path: str | Path) -> FileFacts:
        row = self.row_for(str(path))
        named = date_from_name(path)
        if row is None:
            return FileFacts(named, "file name" if named else None)
        given = row.get("meeting_date") or None  # the archivist's word outranks a guess from the name
        date = given or named
        source = "manifest" if given else ("file name" if named else None)
        return FileFacts(
            date,
            source,
            row.get("body") or None,
            row.get("publisher") or None,
            row.get("source_url") or None,
            row.get("title") or None,
        )

    def row_for(self, path: str) -> dict[str, str] | None:
        candidates = self._by_name.get(Path(path).name, [])
        if len(candidates) > 1:  # the same name in several folders: the longest matching tail wins
            tails = [r for r in candidates if path.replace("\\", "/").endswith(r["file"].replace("\\", "/"))]
            candidates = tails or candidates
        return candidates[0] if candidates else None


def read_json_rows(text: str, path: Path) -> list[dict]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ManifestError(f"{path}: not valid JSON ({error})") from None
    rows = data.get("files") if isinstance(data, dict) else data
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise ManifestError(f'{path}: expected a list of objects (or {{"files": [...]}})')
    return rows


def read_csv_rows(text: str) -> list[dict]:
    return list(csv.DictReader(text.splitlines()))


def clean_row(row: dict, index: int, path: Path) -> dict[str, str]:
    cleaned: dict[str, str] = {}
    for key, value in row.items():
        column = normal_column(key)
        if column not in COLUMNS:
            raise ManifestError(f"{path}: row {index}: unknown column '{key}' (expected: {', '.join(COLUMNS)})")
        cleaned[column] = "" if value is None else str(value).strip()
    if not cleaned.get("file"):
        raise ManifestError(f"{path}: row {index}: the 'file' column is empty")
    if date := cleaned.get("meeting_date"):
        try:
            datetime.date.fromisoformat(date)
        except ValueError:
            raise ManifestError(f"{path}: row {index}: meeting_date {date!r} is not YYYY-MM-DD") from None
    return cleaned


def normal_column(key: object) -> str:
    name = re.sub(r"[^a-z]+", "_", str(key or "").strip().lower()).strip("_")
    return ALIASES.get(name, name)
