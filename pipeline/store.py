"""The SQLite database: the only module that knows SQL.

Takes `DocumentResult`s from the workers and the linked tables from the link stage;
yields a database that follows SCHEMA.md (the public contract) plus:
- `problems`: whatever a stage could not use, with page, stage and reason;
- `document_paths`: every path a file's bytes were found under, with the root it was found
  under, its canonical (resolved) form, its raw bytes in hex when they are not UTF-8, and
  `gone` (when a run no longer found it there: a renamed file keeps its old names, marked), and
  the file's size and modification time when its bytes were hashed (`file_stats`: a file whose
  stat is unchanged is not hashed again);
- `extractions`: each document's extracted records as JSON, so that linking can be
  redone over the whole archive without re-reading a PDF;
- `record_sources`: every document and page that carries a linked record;
- `meeting_conflicts`: values of a meeting that lost to a higher-ranked source;
- views `open_actions`, `action_history`, `risk_history`, `actions_overview`, `page_evidence`
  for Datasette, foreign keys between the tables (Datasette links rows both ways through
  them), generated label and sort-key columns (`DERIVED_COLUMNS`), and full-text indexes on
  pages, agenda items, actions, action updates, decisions and risks (`SEARCHABLE`).

Each document is written in one transaction, and the link stage reads the documents and
replaces the linked tables in one write transaction (`linking`), so the database only ever
holds whole documents and concurrent ingests never lose each other's rows. A document whose
every path is gone is `missing` (its rows kept) until it comes back or `prune_missing`.

Every database failure (read-only, not a database, locked, disk full, a folder that cannot be
made) surfaces as a `StoreError` with one line a person can act on (`errors_explained`); an
error longer than `REASON_LIMIT` is stored cut, its whole text in `documents.error_detail`.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from .evidence import printed_page_label
from .records import DocumentResult, record_from_dict, record_to_dict

if TYPE_CHECKING:
    import sqlite_utils

SCHEMA_VERSION = "1"
# The schema this code makes, as its source says it: a database whose meta holds it was made or
# checked by this very code, and is not checked again.
SCHEMA_CODE = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]

# linked tables whose rows point at a page: a row from a page read by OCR carries that page's mean
# word confidence (`ocr_confidence`, NULL for a text layer's), so a review starts from the least sure
OCR_ROWS = ("meetings", "attendance", "agenda_items", "decisions", "actions", "action_events", "risk_ratings")

# table -> (columns with types, primary key)
DOCUMENT_TABLES = {
    "documents": (
        {
            "id": str,
            "path": str,
            "doc_kind": str,
            "page_count": int,
            "status": str,
            "error": str,
            "size": int,
            "body": str,
            "meeting_date": str,
            "meeting_date_source": str,
            "publisher": str,
            "source_url": str,
            "title": str,
            "parser_version": str,
            "root": str,
            "absolute_path": str,
            "path_bytes": str,
            "error_detail": str,
            "ocr_pages": str,
            "ocr_confidence": float,
        },
        "id",
    ),
    "document_paths": (
        {
            "document_id": str,
            "path": str,
            "root": str,
            "absolute_path": str,
            "path_bytes": str,
            "gone": str,
            "size": int,
            "mtime_ns": int,
        },
        ("document_id", "path"),
    ),
    "document_parts": (
        {
            "id": str,
            "document_id": str,
            "part_kind": str,
            "title": str,
            "agenda_item_number": str,
            "author_text": str,
            "recipient_text": str,
            "paper_date": str,
            "paper_date_text": str,
            "page_start": int,
            "page_end": int,
            "evidence": str,
        },
        "id",
    ),
    "pages": (
        {"document_id": str, "page": int, "text": str, "label": str, "ocr_confidence": float},
        ("document_id", "page"),
    ),
    "problems": ({"document_id": str, "page": int, "stage": str, "reason": str, "text": str}, None),
    "extractions": ({"document_id": str, "parser_version": str, "records": str}, "document_id"),
}

LINKED_TABLES: dict[str, tuple[dict[str, type], Any]] = {
    "meetings": (
        {
            "id": str,
            "body": str,
            "meeting_date": str,
            "start_time": str,
            "location": str,
            "minutes_status": str,
            "document_id": str,
            "page": int,
        },
        "id",
    ),
    "meeting_conflicts": (
        {
            "meeting_id": str,
            "field": str,
            "kept": str,
            "kept_from": str,
            "other": str,
            "other_from": str,
            "document_id": str,
            "page": int,
        },
        None,
    ),
    "attendance": (
        {
            "id": str,
            "meeting_id": str,
            "name": str,
            "role_text": str,
            "attendance": str,
            "owner_id": str,
            "document_id": str,
            "page": int,
            "bbox": str,
        },
        "id",
    ),
    "agenda_items": (
        {
            "id": str,
            "meeting_id": str,
            "item_number": str,
            "title": str,
            "presenter_text": str,
            "document_id": str,
            "page": int,
            "bbox": str,
        },
        "id",
    ),
    "decisions": (
        {
            "id": str,
            "meeting_id": str,
            "item_number": str,
            "decision_type": str,
            "text": str,
            "document_id": str,
            "page": int,
            "bbox": str,
        },
        "id",
    ),
    "actions": (
        {
            "id": str,
            "action_number": str,
            "raised_date": str,
            "raised_meeting_id": str,
            "agenda_item_number": str,
            "description": str,
            "owner_text": str,
            "target_date": str,
            "target_date_text": str,
            "status": str,
            "closed_date": str,
            "closed_meeting_id": str,
            "source": str,
            "body": str,
            "document_id": str,
            "page": int,
            "bbox": str,
        },
        "id",
    ),
    "action_owners": ({"action_id": str, "owner_id": str}, ("action_id", "owner_id")),
    "action_events": (
        {
            "id": str,
            "action_id": str,
            "meeting_id": str,
            "event": str,
            "action_number": str,
            "update_text": str,
            "update_date": str,
            "update_date_text": str,
            "target_date": str,
            "target_date_text": str,
            "status_text": str,
            "document_id": str,
            "page": int,
            "bbox": str,
            "restated": int,
        },
        "id",
    ),
    "risks": (
        {
            "id": str,
            "reference": str,
            "family": str,
            "objective": str,
            "description": str,
            "owner_text": str,
            "direction": str,
            "direction_text": str,
            "publisher": str,
        },
        "id",
    ),
    "risk_ratings": (
        {
            "id": str,
            "risk_id": str,
            "document_id": str,
            "page": int,
            "register_date": str,
            "register_date_text": str,
            "phase": str,
            "phase_text": str,
            "likelihood": int,
            "impact": int,
            "score": int,
            "origin": str,
            "conflict": str,
            "bbox": str,
            "direction": str,
            "direction_text": str,
        },
        "id",
    ),
    "owners": ({"id": str, "name": str, "kind": str}, "id"),
    "owner_aliases": ({"alias": str, "owner_id": str}, ("alias", "owner_id")),
    "owner_roles": ({"person_id": str, "role_id": str, "first_seen": str, "last_seen": str}, ("person_id", "role_id")),
    "record_sources": (
        {"record_table": str, "record_id": str, "document_id": str, "page": int},
        ("record_table", "record_id", "document_id", "page"),
    ),
}

# Linking runs one publisher at a time (`pipeline.link`): each row of these tables belongs to the
# publisher ('' for none) whose documents made it, so a run relinks only the publishers it touched.
# Owners are shared by publishers: their rows per publisher wait in `link_owner_rows`.
GROUPED_TABLES = tuple(name for name in LINKED_TABLES if not name.startswith("owner"))
LINK_TABLES = {
    "link_pending_groups": ({"link_group": str}, "link_group"),
    "link_owner_rows": (
        {"link_group": str, "record_table": str, "record_key": str, "row": str},
        ("link_group", "record_table", "record_key"),
    ),
}

# What the workbench says of the link bookkeeping (`serve.metadata_for` adds it to the shipped descriptions).
LINK_DESCRIPTIONS: dict[str, Any] = {
    "columns": {
        "link_group": "The publisher ('' for none) whose documents made this row: a run relinks only the publishers it touched"
    },
    "tables": {
        "link_pending_groups": {
            "description": "Publishers whose documents changed since the last link (internal).",
            "hidden": True,
            "columns": {"link_group": "Publisher ('' for none)"},
        },
        "link_owner_rows": {
            "description": "Each publisher's rows of owners, owner_aliases and owner_roles, which publishers may share (internal).",
            "hidden": True,
            "columns": {
                "link_group": "Publisher ('' for none)",
                "record_table": "owners, owner_aliases or owner_roles",
                "record_key": "The row's primary key, as JSON",
                "row": "The row, as JSON",
            },
        },
    },
}

INDEXES = {
    "document_parts": [["document_id"]],
    "problems": [["document_id"]],
    "document_paths": [["absolute_path"]],
    "attendance": [["meeting_id"], ["document_id"]],
    "agenda_items": [["meeting_id"], ["document_id"]],
    "decisions": [["meeting_id"], ["document_id"]],
    "actions": [["document_id"], ["status"]],
    "action_events": [["action_id"], ["document_id"]],
    "risk_ratings": [["risk_id"], ["document_id"]],
    "action_owners": [["owner_id"]],
    "record_sources": [["document_id"]],
    "documents": [["publisher"]],
    "link_owner_rows": [["record_table", "record_key"]],
    **{name: [["link_group"]] for name in GROUPED_TABLES},
}

# a column of this name, in any table but its target, points at the target's row
FOREIGN_KEYS = {
    "document_id": ("documents", "id"),
    "meeting_id": ("meetings", "id"),
    "raised_meeting_id": ("meetings", "id"),
    "closed_meeting_id": ("meetings", "id"),
    "action_id": ("actions", "id"),
    "risk_id": ("risks", "id"),
    "owner_id": ("owners", "id"),
    "person_id": ("owners", "id"),
    "role_id": ("owners", "id"),
}
# tables others point at are created first
REFERENCED = ("documents", "meetings", "actions", "risks", "owners")


def item_key(column: str) -> str:
    """SQL for a numeric sort key of a printed number: '8.0' < '10.0', '5.9' < '5.10' < '5.10.1'."""
    rest = f"substr({column}, instr({column}, '.') + 1)"
    third = f"substr({rest}, instr({rest}, '.') + 1)"
    return (
        f"case when {column} is null then null else cast({column} as integer) * 1000000 + "
        f"case when instr({column}, '.') > 0 then cast({rest} as integer) * 1000 + "
        f"case when instr({rest}, '.') > 0 then cast({third} as integer) else 0 end else 0 end end"
    )


# table -> column -> (type, SQL over the row): virtual generated columns, computed when read,
# so they are never out of step with the row and nothing writes them
DERIVED_COLUMNS = {
    "documents": {"label": ("text", "coalesce(title, path)")},
    "meetings": {
        "label": ("text", "coalesce(body, 'Meeting') || ' ' || coalesce(meeting_date, '?')"),
        "year": ("text", "substr(meeting_date, 1, 4)"),
    },
    "agenda_items": {"item_sort": ("integer", item_key("item_number"))},
    "decisions": {"item_sort": ("integer", item_key("item_number"))},
    "document_parts": {"item_sort": ("integer", item_key("agenda_item_number"))},
    "actions": {
        "label": (
            "text",
            "coalesce('Action ' || action_number || ' raised ', 'Action raised ') || coalesce(raised_date, '?')",
        ),
        "action_sort": ("integer", item_key("action_number")),
        "item_sort": ("integer", item_key("agenda_item_number")),
        "raised_year": ("text", "substr(raised_date, 1, 4)"),
    },
    "action_events": {"year": ("text", "substr(update_date, 1, 4)")},
    "risk_ratings": {"register_year": ("text", "substr(register_date, 1, 4)")},
}

# table -> columns with a full-text index (porter stemming), kept in step by triggers
SEARCHABLE = {
    "pages": ["text"],
    "agenda_items": ["title"],
    "actions": ["action_number", "description", "owner_text"],
    "action_events": ["update_text"],
    "decisions": ["text"],
    "risks": ["reference", "objective", "description"],
}

VIEWS = {
    "open_actions": """
        select a.id, a.action_number, a.raised_date, a.agenda_item_number, a.description,
               a.owner_text, group_concat(o.name, '; ') as owners, a.target_date, a.target_date_text,
               a.body, a.document_id, a.page
        from actions a
        left join action_owners ao on ao.action_id = a.id
        left join owners o on o.id = ao.owner_id
        where a.status = 'open'
        group by a.id
        order by a.raised_date, a.action_number""",
    "action_history": """
        select e.action_id, a.action_number, a.description, m.meeting_date, e.meeting_id, e.event,
               e.update_text, e.update_date, e.update_date_text, e.target_date, e.status_text,
               d.path as document_path, e.document_id, e.page, p.label as page_label
        from action_events e
        join actions a on a.id = e.action_id
        left join meetings m on m.id = e.meeting_id
        left join documents d on d.id = e.document_id
        left join pages p on p.document_id = e.document_id and p.page = e.page
        order by e.action_id, m.meeting_date,
                 case e.event when 'raised' then 0 when 'discussed' then 1 when 'updated' then 2 else 3 end""",
    "action_owner_holders": """
        select ao.action_id, o.id as owner_id, o.name as owner, o.kind, p.id as person_id, p.name as held_by,
               r.first_seen, r.last_seen
        from action_owners ao
        join actions a on a.id = ao.action_id
        join owners o on o.id = ao.owner_id
        left join owner_roles r on r.role_id = o.id and a.raised_date between r.first_seen and r.last_seen
        left join owners p on p.id = r.person_id""",
    "risk_history": """
        select r.reference, r.objective, r.description, rr.register_date, rr.phase, rr.phase_text,
               rr.likelihood, rr.impact, rr.score, rr.origin, rr.conflict,
               d.path as document_path, rr.document_id, rr.page, r.id as risk_id, r.family, p.label as page_label
        from risk_ratings rr
        join risks r on r.id = rr.risk_id
        left join documents d on d.id = rr.document_id
        left join pages p on p.document_id = rr.document_id and p.page = rr.page
        order by r.reference, rr.register_date,
                 case rr.phase when 'inherent' then 0 when 'current' then 1 else 2 end""",
    # every action with what an analyst filters on: owners (a JSON array, for an array facet),
    # the last meeting whose papers carry it, the board's meetings held while it was open,
    # and the targets it has had, in the order the papers gave them
    "actions_overview": """
        select a.id, a.action_number, a.raised_date, a.agenda_item_number, a.description, a.status,
               (select json_group_array(o.name) from action_owners ao join owners o on o.id = ao.owner_id
                where ao.action_id = a.id) as owners,
               a.owner_text, a.target_date, a.closed_date, a.body,
               (select max(m.meeting_date) from action_events e join meetings m on m.id = e.meeting_id
                where e.action_id = a.id) as last_seen,
               (select count(*) from meetings m
                where m.meeting_date > a.raised_date and (a.closed_date is null or m.meeting_date <= a.closed_date)
                  and (m.body = a.body or m.body is null or a.body is null)) as meetings_open,
               (select group_concat(target_date, ' -> ') from (
                    select e.target_date, min(m.meeting_date) as first_seen from action_events e
                    left join meetings m on m.id = e.meeting_id
                    where e.action_id = a.id and e.target_date is not null
                    group by e.target_date order by first_seen)) as target_history,
               a.raised_year, a.action_sort, a.item_sort, a.source, a.document_id, a.page
        from actions a""",
    # every page of every file, with the page number the paper prints and where the file is
    "page_evidence": """
        select p.document_id, p.page, p.label as page_label, d.path, d.title, d.source_url, d.doc_kind,
               d.page_count
        from pages p join documents d on d.id = p.document_id""",
}


REASON_LIMIT = 200  # characters of a stored or printed reason; the whole text goes to error_detail


def short_reason(text: str, limit: int = REASON_LIMIT) -> str:
    """A reason on one line of at most `limit` characters (a parser's dump is cut, marked with …)."""
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


class StoreError(Exception):
    """The database cannot be opened or written; the message says why and what to do."""


class Store:
    """A boardpapers database file."""

    def __init__(self, path: str | Path, lock_timeout: float = 120.0):
        self.path = Path(path)
        self.depth = 0  # open transactions: an inner one joins the outer
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.refuse_foreign()
        except OSError as error:
            raise StoreError(
                f"cannot use {shown(self.path)} ({error.strerror or error}): give a --db in a folder "
                f"you can create and write"
            ) from None
        self.conn = sqlite3.connect(str(self.path), timeout=lock_timeout)
        self.conn.execute("pragma journal_mode = wal")
        self.conn.execute("pragma synchronous = normal")
        # As sqlite-utils sets it (the connection is its only when the schema is made): a row that
        # `insert or replace` replaces fires its delete triggers, which keep the full-text indexes.
        self.conn.execute("pragma recursive_triggers = on")
        with self.transaction():  # a locked file says so now, before any file is parsed
            pass
        if not self.schema_current():
            self.create_schema()
            with self.transaction() as conn:
                conn.execute("insert or replace into meta values ('schema_code', ?)", [SCHEMA_CODE])

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection, for making the schema (imported only then: with
        numpy and its plugins it is most of the start-up of a run that finds nothing new)."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    def schema_current(self) -> bool:
        """Whether this code made (or checked) the database's schema already, so a run that finds
        nothing new does not check it again."""
        try:
            row = self.conn.execute("select value from meta where key = 'schema_code'").fetchone()
        except sqlite3.OperationalError:  # no meta table: a new database
            return False
        return row is not None and row[0] == SCHEMA_CODE

    def refuse_foreign(self) -> None:
        """Never write boardpapers tables into a file of another program (a PDF, another app's database)."""
        if not self.path.is_file() or self.path.stat().st_size == 0:
            return
        try:
            with open(self.path, "r+b") as handle:  # SQLite would open a read-only file read-only, silently
                head = handle.read(16)
        except PermissionError:
            raise StoreError(
                f"{shown(self.path)} is read-only: cannot write to it (check the permissions of the "
                f"file and its folder); it was not changed"
            ) from None
        if head.startswith(b"%PDF-"):
            raise StoreError(
                f"{shown(self.path)} is a PDF, not a database: give the database with --db "
                f"(e.g. output/boardpapers.db) and the PDFs as paths"
            )
        if head != b"SQLite format 3\x00":
            raise StoreError(
                f"{shown(self.path)} is not a SQLite database (it may be damaged): give another --db "
                f"or move the file away (it was not changed)"
            )
        conn = sqlite3.connect(f"file:{quote(self.path.absolute().as_posix())}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
        finally:
            conn.close()
        if tables and "documents" not in tables and "meta" not in tables:
            raise StoreError(
                f"{shown(self.path)} is a database of another program (tables: "
                f"{short_reason(', '.join(sorted(tables)), 80)}): give another --db (it was not changed)"
            )

    def close(self) -> None:
        self.conn.close()

    # --- schema -----------------------------------------------------------------

    def create_schema(self) -> None:
        tables: dict[str, Any] = {**DOCUMENT_TABLES, **LINKED_TABLES, **LINK_TABLES}
        for name in GROUPED_TABLES:  # the publisher a linked row belongs to (`pipeline.link`)
            columns, pk = tables[name]
            tables[name] = ({**columns, "link_group": str}, pk)
        for name in OCR_ROWS:  # filled by the store from the rows' pages, after linking
            columns, pk = tables[name]
            tables[name] = ({**columns, "ocr_confidence": float}, pk)
        for name in sorted(tables, key=lambda n: n not in REFERENCED):
            columns, pk = tables[name]
            self.db.table(name).create(columns, pk=pk, foreign_keys=foreign_keys_of(name, columns), if_not_exists=True)
            added = self.add_missing_columns(name, columns)
            if name == "pages" and "label" in added:
                self.fill_page_labels()
        self.add_missing_foreign_keys(tables)
        self.add_derived_columns()
        for name, indexes in INDEXES.items():
            for columns in indexes:
                self.db.table(name).create_index(columns, if_not_exists=True)
        self.enable_search()
        self.db.table("meta").create({"key": str, "value": str}, pk="key", if_not_exists=True)
        for name, sql in VIEWS.items():
            self.db.create_view(name, sql, replace=True)

    def add_missing_columns(self, name: str, columns: dict) -> list[str]:
        """A database made by an older version gains the columns added since (never drops any)."""
        table = self.db.table(name)
        have = set(table.columns_dict)
        added = [column for column in columns if column not in have]
        for column in added:
            table.add_column(column, columns[column])
        return added

    def fill_page_labels(self) -> None:
        """Pages stored before `pages.label` existed get the label their text prints."""
        with self.transaction() as conn:
            rows = conn.execute("select document_id, page, text from pages").fetchall()
            conn.executemany(
                "update pages set label = ? where document_id = ? and page = ?",
                [(printed_page_label(text), doc, page) for doc, page, text in rows],
            )

    def add_missing_foreign_keys(self, tables: dict[str, Any]) -> None:
        """A database made before the foreign keys gains them (the table is rebuilt, rows kept)."""
        missing = []
        for name, (columns, _pk) in tables.items():
            have = {fk.column for fk in self.db.table(name).foreign_keys}
            missing += [(name, *fk) for fk in foreign_keys_of(name, columns) if fk[0] not in have]
        if missing:
            self.db.add_foreign_keys(missing)

    def add_derived_columns(self) -> None:
        for name, derived in DERIVED_COLUMNS.items():
            have = {row[1] for row in self.db.execute(f"pragma table_xinfo({name})")}
            for column, (kind, sql) in derived.items():
                if column not in have:
                    self.db.execute(
                        f"alter table {name} add column {column} {kind} generated always as ({sql}) virtual"
                    )

    def enable_search(self) -> None:
        """Full-text indexes with their triggers; rebuilt when a table was rebuilt without them."""
        for name, columns in SEARCHABLE.items():
            triggers = {t.name for t in self.db.table(name).triggers}
            if not self.db[f"{name}_fts"].exists() or f"{name}_ai" not in triggers:
                self.db.table(name).enable_fts(columns, create_triggers=True, tokenize="porter", replace=True)

    @contextmanager
    def transaction(self):
        """All or nothing: a crash or Ctrl-C inside leaves the database as it was."""
        conn = self.conn
        if self.depth:  # inside another transaction of this store: part of it
            yield conn
            return
        if conn.in_transaction:
            conn.commit()
        conn.execute("begin immediate")
        self.depth += 1
        try:
            yield conn
        except BaseException:
            conn.rollback()
            raise
        else:
            conn.commit()
        finally:
            self.depth -= 1

    # --- documents --------------------------------------------------------------------

    def document_version(self, document_id: str) -> str | None:
        """The parser version that read this document (None if unknown or missing: read it again)."""
        row = self.conn.execute(
            "select parser_version from documents where id = ? and status != 'missing'", [document_id]
        ).fetchone()
        return row[0] if row else None

    def document_at(self, canonical: str, path: str | None = None) -> str | None:
        """The document a canonical path holds now (rows of old databases matched by their path)."""
        row = self.conn.execute(
            """select document_id from document_paths
                                 where gone is null and (absolute_path = ? or (absolute_path is null and path = ?))""",
            [canonical, path if path is not None else canonical],
        ).fetchone()
        return row[0] if row else None

    def add_path(self, document_id: str, path: str, found=None) -> bool:
        """Record another name for known bytes (or a new spelling of a known name); True when it changed."""
        place = location(path, found)
        with self.transaction() as conn:
            old = self.document_at(place["absolute_path"], path)
            current = conn.execute(
                """select path, root, size, mtime_ns from document_paths where document_id = ? and gone is null
                                      and absolute_path = ?""",
                [document_id, place["absolute_path"]],
            ).fetchone()
            if old == document_id and current == (path, place["root"], place["size"], place["mtime_ns"]):
                return False
            if old != document_id:
                self._mark_link_pending(conn, old, document_id)
            self._put_path(conn, document_id, path, place)
            self._forget_orphans(conn, old if old != document_id else None)
            self._name_document(conn, document_id)
        return True

    def write_document(self, result: DocumentResult, parser_version: str, found=None) -> None:
        """Replace everything known about this file, in one transaction."""
        place = location(result.path, found)
        with self.transaction() as conn:
            old = self.document_at(place["absolute_path"], result.path)
            self._mark_link_pending(conn, result.id, old)  # the publishers they had
            self._delete_contents(conn, result.id)
            self._insert_document(conn, result, parser_version, place)
            self._put_path(conn, result.id, result.path, place)
            self._forget_orphans(conn, old if old != result.id else None)
            self._name_document(conn, result.id)
            self._mark_link_pending(conn, result.id)  # and the one it has now

    def _put_path(self, conn: sqlite3.Connection, document_id: str, path: str, place: dict) -> None:
        """This canonical path holds this document now (and no other)."""
        conn.execute(
            """delete from document_paths where absolute_path = ? or (absolute_path is null and path = ?)
                        or (document_id = ? and path = ?)""",
            [place["absolute_path"], path, document_id, path],
        )
        insert(conn, "document_paths", [{"document_id": document_id, "path": path, **place, "gone": None}])

    def _insert_document(self, conn: sqlite3.Connection, result: DocumentResult, version: str, place: dict) -> None:
        error = result.error
        insert(
            conn,
            "documents",
            [
                {
                    "id": result.id,
                    "path": result.path,
                    "doc_kind": result.doc_kind,
                    "page_count": result.page_count,
                    "status": result.status,
                    "error": short_reason(error) if error else error,
                    "error_detail": error if error and short_reason(error) != error else None,
                    "size": result.size,
                    "body": result.body,
                    "meeting_date": result.meeting_date,
                    "meeting_date_source": result.meeting_date_source,
                    "publisher": result.publisher,
                    "source_url": result.source_url,
                    "title": result.title,
                    "parser_version": version,
                    "ocr_pages": result.ocr_pages,
                    "ocr_confidence": result.ocr_confidence,
                    **{k: v for k, v in place.items() if k not in PATH_STAT},
                }
            ],
        )
        insert(conn, "document_parts", [dict(part_row(p)) for p in result.parts])
        insert(
            conn,
            "pages",
            [
                {
                    "document_id": result.id,
                    "page": n,
                    "text": t,
                    "label": printed_page_label(t),
                    "ocr_confidence": result.page_confidence.get(n),
                }
                for n, t in result.page_texts
            ],
        )
        insert(conn, "problems", [problem_row(p) for p in result.problems])
        records = json.dumps([record_to_dict(r) for r in result.records], ensure_ascii=False)
        insert(conn, "extractions", [{"document_id": result.id, "parser_version": version, "records": records}])

    def _delete_contents(self, conn: sqlite3.Connection, document_id: str) -> None:
        """Everything read from a document, its names kept."""
        for table in ("document_parts", "pages", "problems", "extractions"):
            conn.execute(f"delete from {table} where document_id = ?", [document_id])
        conn.execute("delete from documents where id = ?", [document_id])

    def _delete_document(self, conn: sqlite3.Connection, document_id: str) -> None:
        self._delete_contents(conn, document_id)
        conn.execute("delete from document_paths where document_id = ?", [document_id])

    def _forget_orphans(self, conn: sqlite3.Connection, document_id: str | None) -> None:
        """A file whose bytes changed replaces its old rows: drop the old document once no present path holds it."""
        if document_id is None:
            return
        if not conn.execute(
            "select 1 from document_paths where document_id = ? and gone is null", [document_id]
        ).fetchone():
            self._delete_document(conn, document_id)
            return
        self._name_document(conn, document_id)

    def _name_document(self, conn: sqlite3.Connection, document_id: str) -> None:
        """A document is called by its first present path (a renamed file by its new name)."""
        first = conn.execute(
            """select path, root, absolute_path, path_bytes from document_paths
                                where document_id = ? and gone is null order by path limit 1""",
            [document_id],
        ).fetchone()
        if first:
            conn.execute(
                "update documents set path = ?, root = ?, absolute_path = ?, path_bytes = ? where id = ?",
                [*first, document_id],
            )

    # --- files gone from the roots ------------------------------------------------------------

    def mark_missing(self, roots: list[str], seen: set[str], blind_spots: Sequence[str] = ()) -> list[str]:
        """Mark the paths under `roots` that this run did not see (outside `blind_spots`, folders it
        could not read) as gone; a document left with no present path becomes `missing`, rows kept.
        Returns the paths of the documents newly missing."""
        now = time.strftime("%Y-%m-%dT%H:%M:%S")
        with self.transaction() as conn:
            rows = conn.execute(
                "select document_id, path, absolute_path from document_paths where gone is null"
            ).fetchall()
            gone = [
                (doc, path)
                for doc, path, absolute in rows
                if gone_from(absolute or canonical_of(path), roots, seen, blind_spots)
            ]
            conn.executemany(
                "update document_paths set gone = ? where document_id = ? and path = ?",
                [(now, doc, path) for doc, path in gone],
            )
            missing = []
            for doc in dict.fromkeys(doc for doc, _ in gone):
                if conn.execute(
                    "select 1 from document_paths where document_id = ? and gone is null", [doc]
                ).fetchone():
                    self._name_document(conn, doc)  # renamed: known by its new name, the old one kept as gone
                    continue
                path = conn.execute("select path from documents where id = ?", [doc]).fetchone()
                conn.execute(
                    """update documents set status = 'missing', error = ? where id = ?""",
                    [
                        short_reason(
                            f"the file is gone from the folder it was read from (since {now}); "
                            f"its rows are kept: `ingest --prune` removes them"
                        ),
                        doc,
                    ],
                )
                missing.append(path[0] if path else doc)
        return missing

    def prune_missing(self) -> list[str]:
        """Remove every `missing` document and everything read from it; returns their paths."""
        with self.transaction() as conn:
            rows = conn.execute("select id, path from documents where status = 'missing'").fetchall()
            for doc, _ in rows:
                self._mark_link_pending(conn, doc)
                self._delete_document(conn, doc)
        return [path for _, path in rows]

    # --- linking --------------------------------------------------------------------------

    def _mark_link_pending(self, conn: sqlite3.Connection, *document_ids: str | None) -> None:
        """Linking is due, for the publishers these documents have now ('' for none)."""
        conn.execute("insert or replace into meta values ('link_pending', '1')")
        for document_id in filter(None, document_ids):
            conn.execute(
                """insert or ignore into link_pending_groups
                   select coalesce(publisher, '') from documents where id = ?""",
                [document_id],
            )

    def link_pending(self) -> bool:
        row = self.conn.execute("select value from meta where key = 'link_pending'").fetchone()
        return bool(row and row[0] == "1")

    def staged_documents(self, group: str | None = None) -> Iterator[tuple[dict, list]]:
        """Every document with its extracted records (of one publisher, '' for none, if `group` is
        given), in a stable order (packs first, then by path)."""
        where, params = "", []
        if group:
            where, params = "where d.publisher = ?", [group]
        elif group == "":
            where = "where d.publisher is null or d.publisher = ''"
        rows = self.db.execute(
            f"""select d.id, d.path, d.doc_kind, d.body, d.meeting_date, d.publisher, e.records
               from documents d join extractions e on e.document_id = d.id {where}
               order by case d.doc_kind when 'pack' then 0 else 1 end, d.path""",
            params,
        ).fetchall()
        for doc_id, path, kind, body, date, publisher, records in rows:
            document = {
                "id": doc_id,
                "path": path,
                "doc_kind": kind,
                "body": body,
                "meeting_date": date,
                "publisher": publisher,
            }
            yield document, [record_from_dict(r) for r in json.loads(records)]

    @contextmanager
    def linking(self) -> Iterator[None]:
        """One write transaction around reading the documents and replacing the linked tables, so a
        document written by a concurrent ingest is either seen by this link or waits for it."""
        with self.transaction():
            yield

    def replace_linked(self, tables: dict[str, list[dict]]) -> None:
        """Swap in a whole new set of linked tables, in one transaction."""
        with self.transaction() as conn:
            for name in LINKED_TABLES:
                conn.execute(f"delete from {name}")
                insert(conn, name, tables.get(name, []))
            mark_ocr_rows(conn)
            conn.execute("insert or replace into meta values ('link_pending', '0')")

    # --- linking one publisher at a time (pipeline.link) ---------------------------------------

    def link_groups(self) -> list[str]:
        """Every publisher ('' for none) that has documents to link."""
        rows = self.db.execute(
            """select distinct coalesce(d.publisher, '') from documents d
               join extractions e on e.document_id = d.id order by 1"""
        ).fetchall()
        return [r[0] for r in rows]

    def pending_link_groups(self) -> list[str]:
        return [r[0] for r in self.db.execute("select link_group from link_pending_groups order by 1")]

    def meta(self, key: str) -> str | None:
        row = self.db.execute("select value from meta where key = ?", [key]).fetchone()
        return row[0] if row else None

    def clear_linked(self, groups: list[str] | None = None) -> set[tuple[str, str]]:
        """Delete the linked rows of these publishers (of all, with None); returns the owner rows'
        keys (table, key) they held, which `settle_owners` must look at again."""
        keys: set[tuple[str, str]] = set()
        with self.transaction() as conn:
            if groups is None:
                for name in (*LINKED_TABLES, "link_owner_rows"):
                    conn.execute(f"delete from {name}")
                return keys
            for group in groups:
                for name in GROUPED_TABLES:
                    conn.execute(f"delete from {name} where link_group = ?", [group])
                held = "select record_table, record_key from link_owner_rows where link_group = ?"
                keys.update(conn.execute(held, [group]).fetchall())
                conn.execute("delete from link_owner_rows where link_group = ?", [group])
        return keys

    def insert_linked(self, group: str, tables: dict[str, list[dict]]) -> set[tuple[str, str]]:
        """Add one publisher's linked rows; its owner rows wait in `link_owner_rows`. Returns their keys."""
        keys: set[tuple[str, str]] = set()
        with self.transaction() as conn:
            for name in GROUPED_TABLES:
                insert(conn, name, [{**row, "link_group": group} for row in tables.get(name, [])])
            mark_ocr_rows(conn, group)
            waiting = []
            for name in LINKED_TABLES:
                if name in GROUPED_TABLES:
                    continue
                for row in tables.get(name, []):
                    key = owner_key(name, row)
                    keys.add((name, key))
                    waiting.append(
                        {"link_group": group, "record_table": name, "record_key": key, "row": json.dumps(row)}
                    )
            insert(conn, "link_owner_rows", waiting)
        return keys

    def settle_owners(self, keys: set[tuple[str, str]]) -> None:
        """Each owner row named: the row of the last publisher (by name) that holds its key, or none,
        as a link of the whole archive would have it (`link.Directories.owner_tables`)."""
        with self.transaction() as conn:
            for name, key in sorted(keys):
                columns = key_columns(name)
                match = " and ".join(f"{c} = ?" for c in columns)
                conn.execute(f"delete from {name} where {match}", json.loads(key))
                row = conn.execute(
                    """select row from link_owner_rows where record_table = ? and record_key = ?
                       order by link_group desc limit 1""",
                    [name, key],
                ).fetchone()
                if row:
                    insert(conn, name, [json.loads(row[0])])

    def finish_linking(self, link_version: str) -> None:
        with self.transaction() as conn:
            conn.execute("delete from link_pending_groups")
            conn.execute("insert or replace into meta values ('link_pending', '0')")
            conn.execute("insert or replace into meta values ('link_version', ?)", [link_version])

    # --- reading back -----------------------------------------------------------------------

    def query(self, sql: str, params: Iterable = ()) -> list[dict]:
        cursor = self.db.execute(sql, list(params))
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def counts(self) -> dict[str, int]:
        return {name: self.db[name].count for name in (*DOCUMENT_TABLES, *LINKED_TABLES)}


def key_columns(table: str) -> tuple[str, ...]:
    pk = LINKED_TABLES[table][1]
    return (pk,) if isinstance(pk, str) else tuple(pk or ())


def owner_key(table: str, row: dict) -> str:
    """A shared (owner) row's primary key, as JSON."""
    return json.dumps([row[c] for c in key_columns(table)])


PATH_STAT = ("size", "mtime_ns")  # of a path (`document_paths`), not of the document's bytes


def location(path: str, found=None) -> dict:
    """Where a file was found: its root, canonical path and raw bytes (from a `FoundFile`, or from
    the path alone, resolved against the working folder)."""
    stat = {"size": getattr(found, "size", None), "mtime_ns": getattr(found, "mtime_ns", None)}
    if found is not None and getattr(found, "root", None):
        return {"root": found.root, "absolute_path": found.canonical, "path_bytes": found.path_bytes, **stat}
    return {"root": None, "absolute_path": canonical_of(path), "path_bytes": None, **stat}


def canonical_of(path: str) -> str:
    """A stored path's canonical form (for rows written before canonical paths were kept)."""
    return os.fsencode(os.path.realpath(path)).decode("utf-8", "backslashreplace")


def gone_from(path: str, roots, seen: set[str], blind_spots) -> bool:
    """A path under the roots read this run that the run did not see (and could have seen)."""
    return path not in seen and under(path, roots) and not under(path, blind_spots)


def under(path: str, folders) -> bool:
    """Whether `path` is one of `folders` or inside one of them."""
    return any(path == f or path.startswith(f.rstrip("/") + "/") for f in folders)


def shown(path) -> str:
    return os.fsencode(str(path)).decode("utf-8", "backslashreplace")


@contextmanager
def errors_explained(db_path) -> Iterator[None]:
    """Turn a database or file-system failure into a `StoreError` of one line (nothing is lost:
    whatever was being written is rolled back)."""
    try:
        yield
    except sqlite3.Error as error:
        raise StoreError(explain(error, Path(db_path))) from error


def explain(error: sqlite3.Error, path: Path) -> str:
    """One line saying what is wrong with the database and what to do."""
    text, name = str(error).lower(), shown(path)
    if "readonly" in text or "read-only" in text:
        return f"{name} is read-only: cannot write to it (check the permissions of the file and its folder)"
    if "locked" in text or "busy" in text:
        return (
            f"{name} is locked by another program writing to it (another ingest?): wait for it to finish and run again"
        )
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return f"{name} is not a usable SQLite database ({error}): give another --db or move the file away"
    if "full" in text or "disk i/o" in text:
        return f"cannot write {name}: the disk is full or failing ({error}); free some space and run again"
    if "unable to open" in text:
        return f"cannot open {name} ({error}): check that its folder exists and can be written"
    return short_reason(f"database error in {name}: {type(error).__name__}: {error}")


def foreign_keys_of(name: str, columns: dict) -> list[tuple[str, str, str]]:
    return [
        (column, *FOREIGN_KEYS[column])
        for column in columns
        if column in FOREIGN_KEYS and FOREIGN_KEYS[column][0] != name
    ]


def mark_ocr_rows(conn: sqlite3.Connection, group: str | None = None) -> None:
    """Linked rows (of one publisher, or all) carry the OCR confidence of the page they point at."""
    for name in OCR_ROWS:
        where = "" if group is None else " where link_group = ?"
        conn.execute(
            f"""update {name} set ocr_confidence = (select p.ocr_confidence from pages p
                where p.document_id = {name}.document_id and p.page = {name}.page){where}""",
            [] if group is None else [group],
        )


def insert(conn: sqlite3.Connection, table: str, rows: list[dict]) -> None:
    if not rows:
        return
    columns = list(rows[0])
    sql = f"insert or replace into {table} ({', '.join(columns)}) values ({', '.join('?' for _ in columns)})"
    conn.executemany(sql, [[encode(row.get(c)) for c in columns] for row in rows])


def encode(value):
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value)
    return value


def part_row(part) -> dict:
    return {
        "id": part.id,
        "document_id": part.document_id,
        "part_kind": part.part_kind,
        "title": part.title,
        "agenda_item_number": part.agenda_item_number,
        "author_text": part.author_text,
        "recipient_text": part.recipient_text,
        "paper_date": part.paper_date,
        "paper_date_text": part.paper_date_text,
        "page_start": part.page_start,
        "page_end": part.page_end,
        "evidence": part.evidence,
    }


def problem_row(problem) -> dict:
    return {
        "document_id": problem.document_id,
        "page": problem.page,
        "stage": problem.stage,
        "reason": problem.reason,
        "text": problem.text,
    }


# --- read-side queries behind the CLI (the views serve Datasette the same answers) -------------


@contextmanager
def read_only(db_path: str | Path) -> Iterator[sqlite3.Connection]:
    """A connection that cannot write (and never creates the file), closed on leaving."""
    conn = sqlite3.connect(f"file:{quote(Path(db_path).absolute().as_posix())}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        yield conn
    finally:
        conn.close()


def file_stats(db_path: str | Path) -> dict[str, tuple[str, int, int]]:
    """Canonical path -> (document id, size, mtime_ns) of each present path whose stat was recorded
    when its bytes were hashed (`discover.find_files` hashes such a file again only if it changed);
    nothing for a database that does not exist yet or cannot be read (every file is then hashed)."""
    if not Path(db_path).is_file():
        return {}
    try:
        with read_only(db_path) as conn:
            rows = conn.execute(
                """select absolute_path, document_id, size, mtime_ns from document_paths
                   where gone is null and absolute_path is not null and mtime_ns is not null"""
            ).fetchall()
    except sqlite3.Error:  # not a database, or one made before stats were kept
        return {}
    return {row[0]: (row[1], row[2], row[3]) for row in rows}


def fetch(db_path: str | Path, sql: str, params: Iterable | dict = ()) -> list[dict]:
    with read_only(db_path) as conn:
        return [dict(row) for row in conn.execute(sql, params if isinstance(params, dict) else list(params))]


def list_actions(
    db_path, only_open: bool = False, owner: str | None = None, overdue_at: str | None = None
) -> list[dict]:
    sql = """select a.*, (select group_concat(h.owner || coalesce(' (' || h.held_by || ')', ''), '; ')
                          from action_owner_holders h where h.action_id = a.id) as owners
             from actions a where 1 = 1"""
    params: list = []
    if only_open or overdue_at:
        sql += " and a.status = 'open'"
    if overdue_at:
        sql += " and a.target_date < ?"
        params.append(overdue_at)
    if owner:
        sql += """ and a.id in (select ao.action_id from action_owners ao join owners o on o.id = ao.owner_id
                   left join owner_aliases al on al.owner_id = o.id
                   where o.name like ? or al.alias like ?)"""
        params += [f"%{owner}%", f"%{owner}%"]
    return fetch(db_path, sql + " order by a.raised_date, a.action_number", params)


def action_trace(db_path, action_id: str) -> list[dict]:
    return fetch(db_path, "select * from action_history where action_id = ?", [action_id])


def risk_history(db_path, reference: str) -> list[dict]:
    return fetch(db_path, "select * from risk_history where upper(reference) = upper(?)", [reference])


def list_owners(db_path, name: str | None = None) -> list[dict]:
    sql = """select o.id, o.kind, o.name,
                    (select group_concat(alias, '; ') from owner_aliases al where al.owner_id = o.id) as aliases,
                    (select count(*) from action_owners ao where ao.owner_id = o.id) as actions
             from owners o"""
    params: list = []
    if name:
        sql += " where o.name like ? or o.id in (select owner_id from owner_aliases where alias like ?)"
        params = [f"%{name}%", f"%{name}%"]
    return fetch(db_path, sql + " order by o.kind, o.name", params)


class NotABoardpapersDatabase(ValueError):
    """The file is missing, is not SQLite, or lacks the tables of the database contract."""


CONTRACT_TABLES = ("documents", "pages", "meetings", "actions", "action_events", "risks", "risk_ratings", "owners")


def check_database(db_path) -> None:
    """Raise `NotABoardpapersDatabase`, saying why, unless `db_path` is a boardpapers database."""
    path = Path(db_path)
    if not path.is_file():
        raise NotABoardpapersDatabase(f"{path} does not exist: run `boardpapers ingest` first")
    try:
        with read_only(path) as conn:
            tables = {row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")}
    except sqlite3.DatabaseError as error:
        raise NotABoardpapersDatabase(f"{path} is not a SQLite database ({error})") from None
    missing = [t for t in CONTRACT_TABLES if t not in tables]
    if missing:
        raise NotABoardpapersDatabase(
            f"{path} is not a boardpapers database: it has no {', '.join(missing)} "
            f"table{'s' if len(missing) > 1 else ''}; build one with `boardpapers ingest`"
        )


def find_actions(db_path, reference: str, raised: str | None = None) -> list[dict]:
    """Actions whose id is `reference`, or whose printed number is (`6`, `6.0`), raised on `raised` if given.
    Only a plain number matches by its numeric key: 'JAB/21/011' or an id is no number, and their
    key (0) would match every other such action."""
    by_key = f" or action_sort = ({item_key(':ref')})" if re.fullmatch(r"\d+(?:\.\d+)*", reference.strip()) else ""
    sql = f"""select * from actions_overview
              where (id = :ref or action_number = :ref{by_key}) and (:raised is null or raised_date = :raised)
              order by raised_date, action_sort"""
    return fetch(db_path, sql, {"ref": reference, "raised": raised})


def risk_scores(db_path, phase: str = "current") -> list[dict]:
    """Each risk's score in each dated register, oldest first (the chart of scores over time)."""
    return fetch(
        db_path,
        """select reference, register_date, score, likelihood, impact, document_path, page
                             from risk_history where phase = ? and register_date is not null
                             order by reference, register_date""",
        [phase],
    )


def register_snapshots(db_path, phase: str = "current") -> list[dict]:
    """Every rating of `phase` with its register (document and date): one heat map per register."""
    return fetch(
        db_path,
        """select document_path, document_id, register_date, reference, likelihood, impact, score
                             from risk_history where phase = ? and likelihood is not null and impact is not null
                             order by register_date, document_path, reference""",
        [phase],
    )


def open_action_ages(db_path, as_at: str) -> list[dict]:
    """Open actions raised by `as_at`, one row per owner (or 'no owner'), with age in days."""
    return fetch(
        db_path,
        """
        select coalesce(o.name, 'no owner recorded') as owner, a.id, a.action_number, a.raised_date,
               cast(julianday(:as_at) - julianday(a.raised_date) as integer) as age_days
        from actions a left join action_owners ao on ao.action_id = a.id left join owners o on o.id = ao.owner_id
        where a.status = 'open' and a.raised_date <= :as_at
        order by owner, a.raised_date""",
        {"as_at": as_at},
    )


def latest_meeting_date(db_path) -> str | None:
    rows = fetch(db_path, "select max(meeting_date) as latest from meetings")
    return rows[0]["latest"] if rows else None


def evidence_index(db_path) -> tuple[dict[str, dict], dict[tuple[str, int], str]]:
    """(documents by id: path, source_url, title; printed page labels by (document, page))."""
    documents = {r["id"]: r for r in fetch(db_path, "select id, path, source_url, title from documents")}
    labels = {
        (r["document_id"], r["page"]): r["label"]
        for r in fetch(db_path, "select document_id, page, label from pages where label is not null")
    }
    return documents, labels


def document_paths(db_path, document_id: str) -> list[str]:
    """Every path the document's bytes were found under (its own path first)."""
    rows = fetch(
        db_path,
        """select path from documents where id = :id
                             union all select path from document_paths where document_id = :id""",
        {"id": document_id},
    )
    return list(dict.fromkeys(r["path"] for r in rows))


def schema_columns(db_path) -> dict[str, list[str]]:
    """Every table's and view's columns, generated columns included (full-text tables left out)."""
    with read_only(db_path) as conn:
        names = [
            r[0]
            for r in conn.execute(
                "select name from sqlite_master where type in ('table', 'view') "
                "and name not like '%\\_fts%' escape '\\' order by name"
            )
        ]
        return {name: [r[1] for r in conn.execute(f"pragma table_xinfo([{name}])")] for name in names}


def table_names(db_path) -> set[str]:
    return {r["name"] for r in fetch(db_path, "select name from sqlite_master where type = 'table'")}
