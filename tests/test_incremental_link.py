"""Incremental linking (issue 18): a run relinks only the publishers whose documents it touched,
and the result equals a link of the whole archive; meetings and actions are scoped by publisher;
the lifecycle's index of known actions finds every action a full comparison would.

The archive is synthetic: several publishers (two of them with a board of one name), a year of
bi-monthly meetings each with minutes (attendance, a minuted action) and an action log that
carries, updates, closes, drops and reopens actions, with edited wording and renumbered rows."""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from pipeline import lifecycle, link
from pipeline.records import ActionSighting, Attendee, DocumentResult, MeetingMention, Source
from pipeline.store import GROUPED_TABLES, LINKED_TABLES, Store

PUBLISHERS = ("Northshire Police", "Southmere Constabulary", None)
BOARD = "Joint Audit Committee"  # every publisher's board has this name
DATES = [f"2021-{m:02d}-14" for m in range(1, 13, 2)]
TASKS = [
    "Review the internal audit plan and report back on the assurance map",
    "Circulate the updated risk management strategy to members",
    "Provide a briefing on the estates programme and its funding",
    "Report on the outcome of the external audit of the accounts",
    "Arrange a workshop on treasury management for committee members",
    "Update the fraud and corruption policy following the national review",
    "Confirm the timetable for the annual governance statement",
    "Present the findings of the vetting backlog review",
]


def archive(seed: int = 18) -> list[DocumentResult]:
    """Minutes and an action log per meeting for every publisher, in date order."""
    rng = random.Random(seed)
    documents = []
    for publisher in PUBLISHERS:
        slug = (publisher or "none").split()[0].lower()
        open_actions: dict[int, dict] = {}
        next_number = 1
        for when, date in enumerate(DATES):
            minutes_id, log_id = f"{slug}-minutes-{date}", f"{slug}-log-{date}"
            raised = []
            for _ in range(rng.randint(1, 3)):
                task = rng.choice(TASKS)
                raised.append(
                    {"number": str(next_number), "raised": date, "item": str(rng.randint(3, 9)), "text": task}
                )
                next_number += 1
            minutes = [
                MeetingMention(BOARD, date, Source(minutes_id, 1), "minutes", start_time="10:00"),
                *(Attendee(BOARD, date, name, "present", Source(minutes_id, 1)) for name in ("Ann Lee", "Raj Patel")),
                *(
                    ActionSighting(
                        BOARD,
                        date,
                        "minutes",
                        a["text"],
                        Source(minutes_id, 2, (50, 100 + i * 20, 500, 115)),
                        raised_date=date,
                        agenda_item_number=a["item"] + ".1",
                    )
                    for i, a in enumerate(raised)
                ),
            ]
            documents.append(result(minutes_id, publisher, date, "minutes", minutes))
            for a in raised:
                open_actions[int(a["number"])] = a
            rows = []
            for number, a in sorted(open_actions.items()):
                if rng.random() < 0.15 and when:  # dropped from this log without a word
                    continue
                text = a["text"] if rng.random() < 0.7 else a["text"].replace(" the ", " our ", 1)
                closed = rng.random() < 0.25
                rows.append(
                    ActionSighting(
                        BOARD,
                        date,
                        "action_log",
                        text,
                        Source(log_id, 1, (40, 80 + len(rows) * 18, 700, 95)),
                        action_number=a["number"] if rng.random() < 0.9 else str(number + 100),
                        raised_date=a["raised"],
                        agenda_item_number=a["item"],
                        owner_text="Ann Lee",
                        update_text=f"Update {date}",
                        status_text="Complete" if closed else "Open",
                        closed=closed,
                    )
                )
                if closed and rng.random() < 0.8:
                    del open_actions[number]
            documents.append(result(log_id, publisher, date, "log", rows))
    return documents


def result(document_id: str, publisher: str | None, date: str, kind: str, records: list) -> DocumentResult:
    return DocumentResult(
        id=document_id,
        path=f"archive/{document_id}.pdf",
        size=1,
        status="ok",
        doc_kind=kind,
        page_count=2,
        body=BOARD,
        meeting_date=date,
        publisher=publisher,
        records=records,
    )


def linked(db: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(db) as conn:
        return {name: sorted(conn.execute(f"select * from {name}"), key=repr) for name in LINKED_TABLES}


def write(db: Path, documents: list[DocumentResult], relink: bool = True, full: bool = False) -> dict[str, int]:
    store = Store(db)
    try:
        for document in documents:
            store.write_document(document, "v")
        return link.relink(store, full=full) if relink else {}
    finally:
        store.close()


@pytest.fixture(scope="module")
def documents() -> list[DocumentResult]:
    return archive()


def test_linking_snapshot_by_snapshot_equals_linking_the_whole_archive(tmp_path, documents):
    by_date = sorted(documents, key=lambda d: (d.meeting_date, d.id))
    for document in by_date:  # each run adds one file and relinks only its publisher
        write(tmp_path / "incremental.db", [document])
    write(tmp_path / "full.db", documents, full=True)
    incremental, full = linked(tmp_path / "incremental.db"), linked(tmp_path / "full.db")
    assert incremental == full
    assert len(full["actions"]) > 20 and any(e[3] == "reopened" for e in full["action_events"])


def test_a_run_relinks_only_the_publisher_it_touched(tmp_path, documents):
    db = tmp_path / "p.db"
    last = documents[-1]  # the no-publisher archive's last log
    earlier = [d for d in documents if d is not last]
    write(db, earlier)
    before = linked(db)
    store = Store(db)
    store.write_document(last, "v")
    assert store.pending_link_groups() == [""]
    counts = link.relink(store)
    store.close()
    after = linked(db)
    northshire = {row for row in before["meetings"] if row[0].startswith("northshire-police-")}
    assert northshire and northshire <= set(after["meetings"])
    assert counts["meetings"] == len(DATES)  # the meetings of the publisher relinked, no other's
    write(tmp_path / "full.db", documents, full=True)
    assert after == linked(tmp_path / "full.db")


def test_boards_of_one_name_at_two_publishers_are_two_boards(tmp_path, documents):
    db = tmp_path / "p.db"
    write(db, documents)
    with sqlite3.connect(db) as conn:
        meetings = [r[0] for r in conn.execute("select id from meetings where meeting_date = ?", [DATES[0]])]
        raised = conn.execute(
            "select raised_meeting_id, count(*) from actions where raised_date = ? group by 1", [DATES[0]]
        ).fetchall()
    assert sorted(meetings) == [
        "jac-2021-01-14",
        "northshire-police-jac-2021-01-14",
        "southmere-constabulary-jac-2021-01-14",
    ]
    assert {m for m, _ in raised} == set(meetings)  # each publisher's actions at its own meeting


def test_the_index_of_known_actions_finds_what_comparing_every_action_finds(documents, monkeypatch):
    sightings = [r for d in documents if d.publisher == PUBLISHERS[0] for r in d.records if r.kind == "action"]

    def meeting(body, date):
        return f"{body}-{date}"

    indexed = lifecycle.link_actions(sightings, meeting, lambda s: [])
    monkeypatch.setattr(lifecycle.KnownActions, "candidates", lambda self, s: list(range(len(self.actions))))
    assert lifecycle.link_actions(sightings, meeting, lambda s: []) == indexed


def test_relinking_touched_publishers_of_the_gallery_equals_relinking_it_all(tmp_path, gallery_db):
    incremental, full = tmp_path / "incremental.db", tmp_path / "full.db"
    shutil.copy(gallery_db, full)
    store = Store(full)
    everything = link.relink(store, full=True)
    store.close()
    shutil.copy(full, incremental)  # the whole archive linked: one full link serves as start and as answer
    store = Store(incremental)
    some = [r[0] for r in store.db.execute("select id from documents where doc_kind is not null order by path limit 3")]
    with store.transaction() as conn:
        store._mark_link_pending(conn, *some)
        groups = store.pending_link_groups()
        for table in GROUPED_TABLES:  # lose what the touched publishers had: the run must rebuild it
            conn.execute(f"delete from {table} where link_group in ({', '.join('?' * len(groups))})", groups)
    counts = link.relink(store)
    store.close()
    assert groups and 0 < counts["meetings"] < everything["meetings"]
    assert linked(incremental) == linked(full)
