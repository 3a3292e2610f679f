"""The analysts' and auditors' workbench: Datasette over a boardpapers database.

Takes a database file (checked to be a boardpapers database), the folder it was ingested from,
and a folder for charts; yields a configured, read-only (immutable) `Datasette` instance, and
`run` serves it on a port. The configuration is the project's `pipeline/data/datasette.json`:
title, source and licence; a description of every table and column (the database contract);
facets, sort keys and label columns; internal tables hidden; canned queries that answer the
users' questions. `boardpapers_columns` in that file describes the columns that many tables
share (`document_id`, `page`, …); each table's own entry wins. Charts (`charts.write_report`)
are mounted at `/charts/`, PDFs at `/-/pdf/<sha256>.pdf` (the `datasette_plugin`).
"""

from __future__ import annotations

import json
from pathlib import Path

from . import charts, datasette_plugin, store

METADATA = Path(__file__).parent / "data" / "datasette.json"
TEMPLATE_DATABASE = "boardpapers"


def database_name(db_path) -> str:
    """The name Datasette gives a database file: its stem."""
    return Path(db_path).stem


def load_metadata() -> dict:
    return json.loads(METADATA.read_text(encoding="utf-8"))


def metadata_for(db_path, root=".", columns: dict[str, list[str]] | None = None) -> dict:
    """The shipped configuration, filed under this database's name, every column described.

    `columns` (table -> column names) lets each table inherit the shared column descriptions."""
    template = load_metadata()
    shared = {**store.LINK_DESCRIPTIONS["columns"], **template.pop("boardpapers_columns")}
    name = database_name(db_path)
    database = template["databases"].pop(TEMPLATE_DATABASE)
    for table, entry in store.LINK_DESCRIPTIONS["tables"].items():
        database["tables"].setdefault(table, json.loads(json.dumps(entry)))
    for table, names in (columns or {}).items():
        entry = database["tables"].setdefault(table, {})
        described = entry.setdefault("columns", {})
        for column in names:
            if column not in described and column in shared:
                described[column] = shared[column]
    template["databases"][name] = database
    template["description_html"] = template["description_html"].replace(f"/{TEMPLATE_DATABASE}", f"/{name}")
    template["plugins"] = {datasette_plugin.NAME: {"root": str(Path(root).resolve())}}
    return template


def table_columns(db_path) -> dict[str, list[str]]:
    """Every table's and view's columns, generated ones included."""
    return store.schema_columns(db_path)


def build(db_path, root=".", charts_dir=None, settings: dict | None = None):
    """A Datasette instance over `db_path`, opened immutable; charts written to `charts_dir` and mounted."""
    from datasette.app import Datasette
    from datasette.plugins import pm

    store.check_database(db_path)
    if not pm.is_registered(datasette_plugin):
        pm.register(datasette_plugin, name=datasette_plugin.NAME)
    mounts = []
    if charts_dir is not None:
        charts.write_report(db_path, charts_dir)
        mounts.append(("charts", str(charts_dir)))
    return Datasette(
        immutables=[str(db_path)],
        metadata=metadata_for(db_path, root, table_columns(db_path)),
        static_mounts=mounts,
        settings={"sql_time_limit_ms": 5000, **(settings or {})},
    )


def run(db_path, host: str = "127.0.0.1", port: int = 8001, root=".", charts_dir=None) -> None:
    """Serve until interrupted."""
    import asyncio

    import uvicorn

    datasette = build(db_path, root, charts_dir)
    asyncio.run(datasette.invoke_startup())
    uvicorn.run(datasette.app(), host=host, port=port, log_level="warning", lifespan="on")
