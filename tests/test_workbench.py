"""The workbench over the corpus database: Datasette as `boardpapers serve` configures it, in process.

Every page is asked of the real Datasette app (no network); the browser test
(`test_serve_browser.py`) drives the same server through Chromium.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import sqlite3
from html import unescape

import pytest
import sqlite_utils
from action_fixtures import write_log

from pipeline import charts, serve, store
from pipeline.run import ingest


@pytest.fixture(scope="module")
def workbench(corpus_db, tmp_path_factory):
    datasette = serve.build(corpus_db, root="/", charts_dir=tmp_path_factory.mktemp("charts"))
    asyncio.run(datasette.invoke_startup())
    return datasette, serve.database_name(corpus_db)


def bcb(corpus_db, date: str) -> str:
    """The id of the corpus's Business Coordination Board meeting on `date` (ids carry the publisher)."""
    with sqlite3.connect(corpus_db) as conn:
        (mid,) = conn.execute(
            "select id from meetings where body = 'Business Coordination Board' and meeting_date = ?", [date]
        ).fetchone()
    assert mid.endswith(f"bcb-{date}")
    return mid


def get(workbench, path: str, status: int = 200):
    datasette, name = workbench
    response = asyncio.run(datasette.client.get(path.replace("/DB", f"/{name}")))
    assert response.status_code == status, (path, response.text[:500])
    return response


def rows(workbench, path: str) -> list[dict]:
    separator = "&" if "?" in path else "?"
    return get(workbench, f"{path}{separator}_shape=array&_size=max").json()


def query(workbench, name: str, **params) -> list[dict]:
    arguments = "&".join(f"{k}={v}" for k, v in params.items())
    return rows(workbench, f"/DB/{name}.json?{arguments}")


# --- the configuration ---------------------------------------------------------------------------


def test_every_table_view_and_column_is_described(corpus_db):
    metadata = serve.metadata_for(corpus_db, columns=store.schema_columns(corpus_db))
    assert {"title", "description_html", "source", "license", "license_url"} <= set(metadata)
    tables = metadata["databases"][serve.database_name(corpus_db)]["tables"]
    undescribed = [
        f"{table}.{column}"
        for table, columns in store.schema_columns(corpus_db).items()
        for column in columns
        if not tables.get(table, {}).get("columns", {}).get(column)
    ]
    assert undescribed == [], "describe these in pipeline/data/datasette.json"
    assert all(tables[t].get("description") for t in store.schema_columns(corpus_db))


def test_internal_tables_are_hidden_and_the_real_ones_listed(workbench):
    listed = {t["name"]: t["hidden"] for t in get(workbench, "/DB.json").json()["tables"]}
    assert all(listed[t] for t in ("extractions", "meta", "document_paths", "record_sources", "pages_fts"))
    assert not any(listed[t] for t in ("documents", "meetings", "actions", "decisions", "risks", "risk_ratings"))


def test_every_id_column_is_a_foreign_key(corpus_db):
    db = sqlite_utils.Database(corpus_db)
    missing = [
        f"{table}.{column}"
        for table in db.table_names()
        if not table.endswith(("_fts", "_config", "_data", "_idx", "_docsize"))
        for column in db.table(table).columns_dict
        if column in ("document_id", "meeting_id", "action_id", "risk_id", "owner_id")
        and column not in {fk.column for fk in db.table(table).foreign_keys}
    ]
    db.close()
    assert missing == []


# --- links, labels and evidence ---------------------------------------------------------------------


def test_rows_link_to_documents_and_meetings_by_label_not_hash(workbench, corpus_db):
    page = unescape(get(workbench, "/DB/decisions?_size=5").text)
    meeting = bcb(corpus_db, "2018-04-12")
    assert re.search(r"<a href=\"/[^\"]+/documents/[0-9a-f]{64}\">[^<]*18-05-10-BCB-Agenda-Pack\.pdf</a>", page)
    assert re.search(rf"<a href=\"/[^\"]+/meetings/{meeting}\">Business Coordination Board 2018-04-12</a>", page)


def test_a_meeting_lists_the_rows_that_point_at_it(workbench, corpus_db):
    meeting = bcb(corpus_db, "2019-10-09")
    page = get(workbench, f"/DB/meetings/{meeting}").text
    assert "Links from other tables" in page and f"/action_events?meeting_id={meeting}" in page
    links = get(workbench, f"/DB/meetings/{meeting}.json?_extras=foreign_key_tables").json()["foreign_key_tables"]
    counts = {(link["other_table"], link["other_column"]): link["count"] for link in links}
    assert counts[("action_events", "meeting_id")] == 10 and counts[("agenda_items", "meeting_id")] > 0


def test_every_page_cell_opens_the_pdf_at_its_page_with_the_printed_label(workbench, corpus_db):
    with sqlite3.connect(corpus_db) as conn:
        document_id, page = conn.execute(
            "select document_id, page from risk_ratings r join risks k on k.id = r.risk_id where k.reference = 'SR3.1'"
        ).fetchone()
        label = conn.execute(
            "select label from pages where document_id = ? and page = ?", [document_id, page]
        ).fetchone()[0]
    assert label and label.startswith("Page ")
    html = get(workbench, "/DB/risk_history?reference=SR3.1").text
    assert f"href='/-/pdf/{document_id}.pdf#page={page}'>p. {page} ({label})</a>" in html
    pdf = get(workbench, f"/-/pdf/{document_id}.pdf")
    assert pdf.headers["content-type"] == "application/pdf" and hashlib.sha256(pdf.content).hexdigest() == document_id


def test_item_and_action_numbers_sort_as_numbers(workbench, corpus_db):
    numbers = [
        r["action_number"] for r in rows(workbench, "/DB/actions.json?_sort=action_sort&action_number__notblank=1")
    ]
    assert numbers.index("8.0") < numbers.index("9.0") < numbers.index("10.0") < numbers.index("13.0")
    items = [
        r["item_number"]
        for r in rows(workbench, f"/DB/agenda_items.json?_sort=item_sort&meeting_id={bcb(corpus_db, '2018-05-10')}")
    ]
    assert items == sorted(items, key=lambda n: [int(p) for p in n.split(".")]) and "10" in items


def test_facets_on_status_owner_body_and_year(workbench):
    facets = get(workbench, "/DB/actions_overview.json").json()["facet_results"]
    assert {"status", "owners", "body", "raised_year"} <= set(facets)
    owners = {f["value"]: f["count"] for f in facets["owners"]["results"]}
    assert owners["Cambridgeshire Constabulary"] == 8


# --- search ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "table, words",
    [("actions", "sickness"), ("action_events", "psychological"), ("decisions", "approved"), ("risks", "finances")],
)
def test_tables_have_full_text_search(workbench, table, words):
    assert rows(workbench, f"/DB/{table}.json?_search={words}")


def test_search_everything_shows_snippets(workbench):
    found = query(workbench, "search", q="sickness")
    assert {"action", "action update", "page"} <= {r["kind"] for r in found}
    assert all("[sickness]" in r["snippet"].lower() for r in found)


# --- canned queries ----------------------------------------------------------------------------------


def test_overdue_actions_as_at_a_date_by_owner(workbench, corpus_db):
    found = query(workbench, "overdue_actions", as_at="2019-10-01", owner="Constab")
    with sqlite3.connect(corpus_db) as conn:
        expected = {
            r[0]
            for r in conn.execute(
                "select a.id from actions a join action_owners ao on ao.action_id = a.id "
                "where ao.owner_id = 'org:cambridgeshire-constabulary' and a.status = 'open' and a.target_date < '2019-10-01'"
            )
        }
    assert {r["action_id"] for r in found} == expected and len(expected) == 3
    assert all(r["days_overdue"] > 0 for r in found)
    assert len(query(workbench, "overdue_actions", as_at="2019-10-01", owner="")) > len(found)


def test_actions_open_for_more_than_n_meetings(workbench):
    found = query(workbench, "open_for_meetings", n=4)
    assert found and all(r["meetings_open"] > 4 for r in found)
    assert {r["raised_date"] for r in found} >= {"2019-01-24"}


def test_one_actions_trace_a_risks_history_and_a_meetings_decisions(workbench, corpus_db):
    trace = query(workbench, "action_trace", action="6.0", raised="")
    assert [(r["meeting_date"], r["event"]) for r in trace] == [("2019-05-16", "raised"), ("2019-10-09", "updated")]
    assert [r["phase"] for r in query(workbench, "risk_trace", reference="sr3.1")] == ["inherent", "current", "target"]
    with sqlite3.connect(corpus_db) as conn:
        count = conn.execute(
            "select count(*) from decisions where meeting_id = ?", [bcb(corpus_db, "2018-04-12")]
        ).fetchone()[0]
    decisions = query(workbench, "meeting_decisions", meeting_date="2018-04-12", body="")
    assert len(decisions) == count > 0


def test_everything_on_one_page(workbench):
    found = query(workbench, "page_contents", document="19-10-09-BCB-Agenda-Pack", page=2)
    kinds = {r["kind"] for r in found}
    assert {"action", "action sighting", "page text"} <= kinds
    assert all(r["page"] == 2 for r in found)


@pytest.fixture(scope="module")
def snapshots_db(tmp_path_factory):
    """Three snapshots of a log: one action's target slips, one closes with a note, one is dropped."""
    folder = tmp_path_factory.mktemp("logs")
    first = [
        "1.0",
        "10/01/2019",
        "5.0",
        "Chief Constable to report on the custody review",
        "Chief Constable",
        "28/02/2019",
        "",
        "",
    ]
    dropped = ["2.0", "10/01/2019", "6.0", "Commissioner to write to partners", "PCC", "31/03/2019", "", ""]
    logs = {
        "a.pdf": ("14 March 2019", [first, dropped]),
        "b.pdf": ("16 May 2019", [first[:5] + ["18/07/2019", "Review under way", "02/05/2019"]]),
        "c.pdf": ("18 July 2019", [first[:5] + ["18/07/2019", "Complete - report presented", "18/07/2019"]]),
    }
    for name, (printed, log) in logs.items():
        write_log(folder / name, printed, [log])
    db = folder / "db.sqlite"
    ingest([folder], db, workers=1)
    datasette = serve.build(db)
    asyncio.run(datasette.invoke_startup())
    return datasette, serve.database_name(db)


def test_actions_whose_target_slipped(snapshots_db):
    found = query(snapshots_db, "slipped_targets")
    assert [(r["action_number"], r["target_history"]) for r in found] == [("1.0", "2019-02-28 -> 2019-07-18")]


def test_actions_closed_with_no_closing_evidence(snapshots_db):
    closed = {r["action_number"]: r for r in rows(snapshots_db, "/DB/actions.json?status=closed")}
    assert set(closed) == {"1.0", "2.0"}
    assert [r["action_number"] for r in query(snapshots_db, "closed_without_evidence")] == ["2.0"]


# --- charts ------------------------------------------------------------------------------------------


def test_the_charts_are_served(workbench):
    page = get(workbench, "/charts/index.html").text
    assert page.count("<svg") >= 3
    for title in ("Risk scores over time", "Likelihood × impact", "Action ageing by owner"):
        assert title in page


def test_the_heat_map_puts_each_risk_in_its_cell(corpus_db):
    ratings = store.register_snapshots(corpus_db)
    svg = charts.heat_map_svg(ratings, "register")
    sr31 = next(r for r in ratings if r["reference"] == "SR3.1")
    cell = 78
    x = 70 + (sr31["impact"] - 0.5) * cell
    y_top = 50 + (5 - sr31["likelihood"]) * cell
    texts = re.findall(r"<text x='([\d.]+)' y='([\d.]+)'[^>]*>SR3\.1</text>", svg)
    assert len(texts) == 1
    assert float(texts[0][0]) == pytest.approx(x) and y_top < float(texts[0][1]) < y_top + cell


def test_action_ageing_counts_open_actions_by_owner(corpus_db):
    ages = store.open_action_ages(corpus_db, "2019-10-09")
    svg = charts.action_ageing_svg(ages, "2019-10-09")
    constabulary = sum(1 for a in ages if a["owner"] == "Cambridgeshire Constabulary")
    assert constabulary == 8
    assert re.search(rf"Cambridgeshire Constabulary</text>.*?>{constabulary}</text>", svg)
