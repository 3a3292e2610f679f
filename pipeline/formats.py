"""Rows as text, the way sqlite-utils prints them: an aligned table, JSON, newline-delimited JSON or CSV.

Takes a list of row dicts and the columns a table shows; yields the text. Only the table is
limited to those columns, and nothing is cut unless a width is asked for; the machine formats
carry every column of every row.
"""

from __future__ import annotations

import csv
import io
import json

FORMATS = ("table", "json", "nl", "csv")


def render(rows: list[dict], columns: tuple[str, ...], fmt: str = "table", width: int | None = None) -> str:
    if fmt == "json":
        return json.dumps(rows, indent=2, ensure_ascii=False)
    if fmt == "nl":
        return "\n".join(json.dumps(row, ensure_ascii=False) for row in rows)
    if fmt == "csv":
        return as_csv(rows)
    return as_table(rows, columns, width)


def as_csv(rows: list[dict]) -> str:
    out = io.StringIO()
    names = list(dict.fromkeys(name for row in rows for name in row))
    writer = csv.DictWriter(out, fieldnames=names, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().rstrip("\n")


def cell(value, width: int | None = None) -> str:
    """One line of text; cut to `width` (ending in '…') only when a width is given."""
    text = "" if value is None else " ".join(str(value).split())
    if width is not None and len(text) > width:
        return text[: max(1, width - 1)] + "…"
    return text


def as_table(rows: list[dict], columns: tuple[str, ...], width: int | None = None) -> str:
    if not rows:
        return "(none)"
    cells = [[cell(row.get(c), width) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip(), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join(lines)
