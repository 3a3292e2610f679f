"""The link stage: meetings across sources, and who held an owning role when."""

from __future__ import annotations

from pipeline.link import Staged, build_tables
from pipeline.records import ActionSighting, Attendee, MeetingMention, Source
from pipeline.store import Store, fetch

BOARD = "Test Oversight Board"


def mention(origin, date="2021-03-04", status=None, time=None, location=None, page=1):
    return MeetingMention(BOARD, date, Source("doc", page), origin, time, location, status)


def staged(*records) -> Staged:
    result = Staged()
    for record in records:
        result.records[record.kind].append(record)
    return result


def test_minutes_outrank_the_agenda_and_the_losing_value_stays_visible():
    tables = build_tables(
        staged(
            mention("agenda", time="10:30", location="Room 1"), mention("minutes", status="draft", time="15:00", page=3)
        )
    )
    (meeting,) = tables["meetings"]
    assert (meeting["id"], meeting["start_time"], meeting["location"], meeting["minutes_status"]) == (
        "tob-2021-03-04",
        "15:00",
        "Room 1",
        "draft",
    )
    (conflict,) = tables["meeting_conflicts"]
    assert (conflict["field"], conflict["kept"], conflict["other"], conflict["other_from"]) == (
        "start_time",
        "15:00",
        "10:30",
        "agenda",
    )


def test_approved_minutes_outrank_draft_and_a_later_approval_marks_them_approved():
    tables = build_tables(
        staged(
            mention("minutes", status="draft", time="14:00"),
            mention("minutes", status="approved", time="14:30", page=9),
            mention("approval", status="approved", page=12),
        )
    )
    (meeting,) = tables["meetings"]
    assert (meeting["start_time"], meeting["minutes_status"]) == ("14:30", "approved")


def test_an_agenda_alone_leaves_minutes_status_empty():
    (meeting,) = build_tables(staged(mention("agenda", time="09:00")))["meetings"]
    assert meeting["minutes_status"] is None


def test_a_role_owned_action_shows_the_person_who_held_the_role_then(tmp_path):
    people = [
        Attendee(BOARD, date, name, "member", Source("doc", 1), "Chief Constable")
        for date, name in (("2018-01-10", "Avery Quill"), ("2018-06-10", "Avery Quill"), ("2019-02-10", "Blake Umber"))
    ]
    action = ActionSighting(
        BOARD,
        "2018-03-01",
        "action_log",
        "Review the estate plan",
        Source("doc", 2),
        action_number="1.0",
        raised_date="2018-03-01",
        owner_text="CC",
    )
    store = Store(tmp_path / "t.db")
    store.replace_linked(build_tables(staged(*people, action)))
    store.close()
    rows = fetch(tmp_path / "t.db", "select owner, held_by from action_owner_holders")
    assert rows == [{"owner": "Chief Constable", "held_by": "Avery Quill"}]
    roles = fetch(tmp_path / "t.db", "select person_id, first_seen, last_seen from owner_roles order by first_seen")
    assert [(r["first_seen"], r["last_seen"]) for r in roles] == [
        ("2018-01-10", "2018-06-10"),
        ("2019-02-10", "2019-02-10"),
    ]


def test_initials_in_an_owner_cell_name_the_people_of_the_same_papers_attendance(tmp_path):
    """A pack's minutes list 'Rowan Pike (RP)'; its action log's owner cell 'RP' is that person.
    Another paper's 'RP', whose attendance gives no such initials, stays as printed."""
    member = Attendee(BOARD, "2021-03-04", "Rowan Pike", "member", Source("pack", 2), "Head of Estates", alias="RP")

    def logged(document, text):
        return ActionSighting(
            BOARD, "2021-04-01", "action_log", text, Source(document, 5), raised_date="2021-03-04", owner_text="RP"
        )

    tables = build_tables(staged(member, logged("pack", "Survey the depots"), logged("other", "Price the roofs")))
    store = Store(tmp_path / "t.db")
    store.replace_linked(tables)
    store.close()
    rows = fetch(
        tmp_path / "t.db",
        "select a.description, o.name, o.kind from actions a join action_owners ao on ao.action_id = a.id "
        "join owners o on o.id = ao.owner_id order by a.description",
    )
    assert [(r["description"], r["name"], r["kind"]) for r in rows] == [
        ("Price the roofs", "RP", "unknown"),
        ("Survey the depots", "Rowan Pike", "person"),
    ]
