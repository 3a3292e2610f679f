"""The Datasette plugin `boardpapers serve` registers: every row reaches the page that proves it.

Takes Datasette's render_cell and register_routes hooks; yields
- a `page` cell (in any table, view or query that also has `document_id`) rendered as a link
  that opens the PDF at that page (`#page=N`): the local copy the database was built from, and
  the published copy (`documents.source_url`) where the manifest gave one, with the page
  number the paper prints ("Page 4 of 4") beside the file's page number;
- a document's `path` cell as a link to the file;
- the route `/-/pdf/<sha256>.pdf`, which serves a document's own bytes, found under the folder
  the database was ingested from (plugin setting `root`), and only when they still hash to the id.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from . import store
from .evidence import evidence_label, local_file_url, page_url

NAME = "boardpapers"
_indexes: dict[str, tuple[dict, dict]] = {}
_tables: dict[str, set[str]] = {}


def evidence_for(datasette, database: str) -> tuple[dict, dict]:
    """(documents by id, printed page labels) of a database, read once: the database is immutable."""
    db = datasette.get_database(database)
    if db.path not in _indexes:
        _indexes[db.path] = store.evidence_index(db.path)
        _tables[db.path] = store.table_names(db.path)
    return _indexes[db.path]


# a column of these names in a view or a query links to the row it names (tables link by foreign key)
LINKED = {
    "document_id": "documents",
    "meeting_id": "meetings",
    "action_id": "actions",
    "risk_id": "risks",
    "owner_id": "owners",
}


def row_value(row, column: str):
    """A cell's own value (a table page gives a foreign key as {'value': …, 'label': …})."""
    try:
        value = row[column]
    except (KeyError, IndexError):
        return None
    return value.get("value") if isinstance(value, dict) else value


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if database is None or value is None:
        return None
    if column == "page" and isinstance(value, int):
        document_id = row_value(row, "document_id")
        return page_link(datasette, database, document_id, value) if document_id else None
    if column == "path" and table == "documents":
        return Markup(f"<a href='{escape(local_file_url(row_value(row, 'id')))}'>{escape(value)}</a>")
    if column in LINKED and isinstance(value, str) and not is_table(datasette, database, table):
        return row_link(datasette, database, LINKED[column], value)
    return None


def is_table(datasette, database: str, table: str | None) -> bool:
    evidence_for(datasette, database)
    return bool(table) and table in _tables.get(datasette.get_database(database).path, ())


def row_link(datasette, database: str, target: str, value: str):
    shown = value
    if target == "documents":
        documents, _ = evidence_for(datasette, database)
        shown = (documents.get(value) or {}).get("path") or value
    url = datasette.urls.row(database, target, value)
    return Markup(f"<a href='{escape(url)}'>{escape(shown)}</a>")


def page_link(datasette, database: str, document_id: str, page: int):
    documents, labels = evidence_for(datasette, database)
    document = documents.get(document_id)
    if document is None:
        return None
    label = escape(evidence_label(page, labels.get((document_id, page))))
    html = f"<a class='evidence' href='{escape(page_url(local_file_url(document_id), page))}'>{label}</a>"
    if document.get("source_url"):
        html += f" · <a class='evidence-source' href='{escape(page_url(document['source_url'], page))}'>published</a>"
    return Markup(html)


# column descriptions as a compact, scrollable two-column list, so a table page opens on its data
CSS = """
dl.column-descriptions { display: grid; grid-template-columns: max-content 1fr; gap: 0 1em; font-size: 0.8em;
  max-height: 9em; overflow: auto; border: 1px solid #ddd; padding: 0.3em 0.6em; background: #fff; }
dl.column-descriptions dd { margin: 0; }
a.evidence { white-space: nowrap; }
"""


@hookimpl
def extra_css_urls():
    return ["/-/boardpapers.css"]


async def serve_css(request):
    return Response(CSS, content_type="text/css; charset=utf-8")


@hookimpl
def register_routes():
    return [(r"^/-/pdf/(?P<document_id>[0-9a-f]{64})\.pdf$", serve_pdf), (r"^/-/boardpapers\.css$", serve_css)]


async def serve_pdf(datasette, request):
    document_id = request.url_vars["document_id"]
    root = Path((datasette.plugin_config(NAME) or {}).get("root") or ".")
    for name in datasette.databases:
        db = datasette.get_database(name)
        if not db.path:
            continue
        for path in store.document_paths(db.path, document_id):
            file = Path(path) if Path(path).is_absolute() else root / path
            if file.is_file():
                content = file.read_bytes()
                if hashlib.sha256(content).hexdigest() != document_id:
                    return Response.text(f"{path} has changed since it was read into the database", status=409)
                return Response(
                    content,
                    content_type="application/pdf",
                    headers={"Content-Disposition": f'inline; filename="{file.name}"'},
                )
    return Response.text(f"no file of document {document_id} under {root}", status=404)
