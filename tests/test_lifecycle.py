"""The identity and life of actions across snapshots: synthetic logs as PDFs, and sightings built directly."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest
from action_fixtures import read_sightings, write_log

from pipeline.ids import meeting_id
from pipeline.lifecycle import link_actions
from pipeline.owners import Owner
from pipeline.records import ActionSighting, Source
from pipeline.store import LINKED_TABLES

ROOT = Path(__file__).resolve().parent.parent
BOARD = "Test Board"  # meeting ids 'tb-<date>'


def no_owners(_):
    return []


def link(sightings, resolve=no_owners, **options):
    return link_actions(sightings, meeting_id, resolve, **options)


# --- three snapshots of one board's log, as PDFs ----------------------------------------------

A1 = [
    "1.0",
    "10/01/2019",
    "5.0",
    "Chief Constable to report on the outcome of the custody review",
    "Chief Constable",
    "28/02/2019",
    "",
    "Date Req",
]
B1 = [
    "2.0",
    "10/01/2019",
    "6.0",
    "Commissioner to write to partners about road safety funding",
    "PCC",
    "18/09/2019 and on-going",
    "Letter drafted",
    "12/02/2019",
]
C1 = [
    "3.0",
    "10/01/2019",
    "7.0",
    "Chief Finance Officer to circulate the revised budget timetable",
    "Chief Finance Officer",
    "31/03/2019",
    "",
    "",
]
D1 = ["1.0", "14/02/2019", "4.1", "Constabulary to present the estates strategy", "Constabulary", "16/05/2019", "", ""]
A2 = A1[:5] + ["18/07/2019", "Review under way", "02/05/2019"]
C2 = ["2.0"] + C1[1:6] + ["Draft timetable shared", "03/05/2019"]  # renumbered once B left
E2 = [
    "4.0",
    "14/03/2019",
    "5.2",
    "Commissioner to report back on victims' services commissioning",
    "PCC",
    "18/07/2019",
    "",
    "",
]
A3 = A2[:6] + ["Complete - report presented", "18/07/2019"]
C3 = C2[:6] + ["Timetable agreed", "10/07/2019"]
E3 = E2[:6] + ["Report scheduled for September", "10/07/2019"]
MINUTED = ActionSighting(
    body=BOARD,
    seen_at="2019-05-16",
    origin="minutes",
    raised_date="2019-03-14",
    agenda_item_number="5.2",
    description="The Commissioner to report back on victims' services commissioning to the next meeting.",
    subject_text="The Commissioner to report back on victims' services commissioning to the next meeting.",
    source=Source("minutes-doc", 3, (60.0, 300.0, 500.0, 320.0)),
)


@pytest.fixture(scope="module")
def snapshots(tmp_path_factory):
    """Sightings of the logs of 14 March, 16 May and 18 July 2019 (the first over two pages,
    its header not repeated), keyed by meeting date."""
    folder = tmp_path_factory.mktemp("logs")
    logs = {
        "2019-03-14": ("14 March 2019", [[A1, B1], [C1, D1]], False),
        "2019-05-16": ("16 May 2019", [[A2, C2, D1, E2]], True),
        "2019-07-18": ("18 July 2019", [[A3, C3, E3]], True),
    }
    found = {}
    for date, (printed, pages, repeat) in logs.items():
        path = write_log(folder / f"log-{date}.pdf", printed, pages, repeat_header=repeat)
        sightings, problems, _ = read_sightings(path, f"log-{date}")
        assert not problems
        found[date] = sightings
    return found


def all_sightings(snapshots, *dates):
    return [s for d in dates or sorted(snapshots) for s in snapshots[d]] + [MINUTED]


@pytest.fixture(scope="module")
def linked(snapshots):
    tables = link(all_sightings(snapshots))
    by_description = {row["description"][:20]: row for row in tables["actions"]}
    return tables, by_description


def steps(tables):
    """The lifecycle's own events, without a later paper's restated record of an earlier step."""
    return [e for e in tables["action_events"] if not e["restated"]]


def events_of(tables, action):
    return [(e["meeting_id"], e["event"]) for e in steps(tables) if e["action_id"] == action["id"]]


def test_five_actions_none_merged(linked):
    tables, _ = linked
    assert len(tables["actions"]) == 5
    numbers = sorted((a["action_number"], a["raised_date"], a["agenda_item_number"]) for a in tables["actions"])
    assert numbers == [
        ("1.0", "2019-01-10", "5.0"),
        ("1.0", "2019-02-14", "4.1"),
        ("2.0", "2019-01-10", "6.0"),
        ("2.0", "2019-01-10", "7.0"),
        ("4.0", "2019-03-14", "5.2"),
    ]


def test_updated_then_marked_complete(linked):
    tables, actions = linked
    a = actions["Chief Constable to r"]
    assert events_of(tables, a) == [
        ("tb-2019-01-10", "raised"),
        ("tb-2019-03-14", "updated"),
        ("tb-2019-05-16", "updated"),
        ("tb-2019-07-18", "closed"),
    ]
    assert (a["status"], a["closed_date"], a["closed_meeting_id"]) == ("closed", "2019-07-18", "tb-2019-07-18")
    assert (a["target_date"], a["raised_meeting_id"]) == ("2019-07-18", "tb-2019-01-10")
    history = [
        (e["target_date"], e["update_text"], e["update_date_text"]) for e in steps(tables) if e["action_id"] == a["id"]
    ]
    assert history == [
        ("2019-02-28", None, None),
        ("2019-02-28", None, "Date Req"),
        ("2019-07-18", "Review under way", "02/05/2019"),
        ("2019-07-18", "Complete - report presented", "18/07/2019"),
    ]


def test_silently_dropped_actions_close_at_the_next_log(linked):
    tables, actions = linked
    b, d = actions["Commissioner to writ"], actions["Constabulary to pres"]
    assert events_of(tables, b) == [
        ("tb-2019-01-10", "raised"),
        ("tb-2019-03-14", "updated"),
        ("tb-2019-05-16", "closed"),
    ]
    assert (b["status"], b["closed_date"], b["closed_meeting_id"]) == ("closed", "2019-05-16", "tb-2019-05-16")
    assert (b["target_date"], b["target_date_text"]) == ("2019-09-18", "18/09/2019 and on-going")
    closing = [e for e in tables["action_events"] if e["action_id"] == b["id"] and e["event"] == "closed"][0]
    assert closing["document_id"] == "log-2019-05-16"
    assert events_of(tables, d)[-1] == ("tb-2019-07-18", "closed")
    assert d["closed_date"] == "2019-07-18"


def test_a_renumbered_row_stays_one_action(linked):
    tables, actions = linked
    c = actions["Chief Finance Office"]
    assert c["action_number"] == "2.0" and c["status"] == "open" and c["closed_date"] is None
    numbers = [e["action_number"] for e in steps(tables) if e["action_id"] == c["id"]]
    assert numbers == ["3.0", "3.0", "2.0", "2.0"]


def test_a_minuted_action_is_the_same_action_on_the_next_log(linked):
    tables, actions = linked
    e = actions["The Commissioner to "]
    assert (e["source"], e["document_id"], e["action_number"], e["status"]) == ("minutes", "minutes-doc", "4.0", "open")
    assert events_of(tables, e) == [
        ("tb-2019-03-14", "raised"),
        ("tb-2019-05-16", "updated"),
        ("tb-2019-07-18", "updated"),
    ]


def test_every_paper_that_records_the_raising_is_evidence_of_it(linked):
    """Minuted on 14 March, then carried by the May and July logs: each log prints when it was
    raised, so each is a `raised` record for the March meeting, on its own document and page."""
    tables, actions = linked
    e = actions["The Commissioner to "]
    raised = [
        (r["meeting_id"], r["document_id"])
        for r in tables["action_events"]
        if r["action_id"] == e["id"] and r["event"] == "raised"
    ]
    assert raised[0] == ("tb-2019-03-14", "minutes-doc")
    assert {meeting for meeting, _ in raised} == {"tb-2019-03-14"}
    logs = {r["document_id"] for r in tables["action_events"] if r["action_id"] == e["id"] and r["event"] == "updated"}
    assert {document for _, document in raised[1:]} == logs and len(raised) == 1 + len(logs)


def test_ids_do_not_change_when_later_snapshots_arrive(snapshots, linked):
    first = link(all_sightings(snapshots, "2019-03-14"))
    two = link(all_sightings(snapshots, "2019-03-14", "2019-05-16"))

    def ids(tables):
        return {a["id"] for a in tables["actions"]}

    assert ids(first) <= ids(two) <= ids(linked[0])
    assert all(a["status"] == "open" for a in first["actions"] if a["source"] == "action_log")


def test_input_order_and_second_printings_do_not_matter(snapshots, linked):
    sightings = all_sightings(snapshots)
    reprinted = [
        replace(s, source=replace(s.source, document_id="reprint-" + s.source.document_id))
        for s in snapshots["2019-05-16"]
    ]
    shuffled = sightings + reprinted
    random.Random(4).shuffle(shuffled)
    again = link(shuffled)

    def strip(rows):
        return sorted(tuple(sorted((k, str(v)) for k, v in r.items() if k != "_sources")) for r in rows)

    for name in ("actions", "action_events"):
        assert strip(again[name]) == strip(linked[0][name])
    sources = {a["id"]: a["_sources"] for a in again["actions"]}
    c = linked[1]["Chief Finance Office"]
    assert ("reprint-log-2019-05-16", 1) in sources[c["id"]] and ("log-2019-05-16", 1) in sources[c["id"]]


def test_rows_have_exactly_the_store_columns(linked):
    tables = linked[0]
    for name in ("actions", "action_events", "action_owners"):
        columns = set(LINKED_TABLES[name][0])
        assert tables[name] or name == "action_owners"
        assert all(set(row) - {"_sources"} == columns for row in tables[name]), name


# --- sightings built directly ------------------------------------------------------------------


def sighting(number, raised, item, description, seen, *, origin="action_log", doc=None, **fields):
    return ActionSighting(
        body=BOARD,
        seen_at=seen,
        origin=origin,
        description=description,
        action_number=number,
        raised_date=raised,
        agenda_item_number=item,
        source=Source(doc or f"{origin}-{seen}", 1, (0.0, float(len(description)), 1.0, 1.0)),
        **fields,
    )


def test_two_actions_of_one_meeting_stay_two_and_keep_their_own_rows():
    first = [
        sighting("1.0", "2019-01-10", "5.0", "Report on custody staffing levels to the Board", "2019-02-14"),
        sighting("2.0", "2019-01-10", "5.0", "Report on custody detention times to the Board", "2019-02-14"),
    ]
    later = [
        sighting(
            "2.0",
            "2019-01-10",
            "5.0",
            "Report on custody detention times to the Board",
            "2019-03-14",
            update_text="In hand",
        ),
        sighting("1.0", "2019-01-10", "5.0", "Report on custody staffing levels to the Board", "2019-03-14"),
    ]
    tables = link(first + later)
    assert len(tables["actions"]) == 2
    updates = {
        e["action_number"]: e["action_id"]
        for e in tables["action_events"]
        if e["event"] == "updated" and e["meeting_id"] == "tb-2019-03-14"
    }
    staffing = next(a for a in tables["actions"] if "staffing" in a["description"])
    assert updates["1.0"] == staffing["id"]


@pytest.mark.parametrize(
    "later, merged",
    [
        (dict(number="7.0"), True),  # a wrong number cited
        (dict(description="Report to the Board on the custody review outcome and costs"), True),  # edited text
        (dict(description="Custody: new paper on options"), True),  # rewritten, all identifiers agree
        (dict(item=None), True),  # item missing
        (dict(number="7.0", item="9.0"), False),  # two identifiers wrong
        (dict(raised="2019-02-14", item="4.1", number="1.0"), False),  # same number, another meeting
        (dict(number="4.0", description="Circulate the estates strategy"), False),  # another action
    ],
)
def test_one_wrong_or_missing_identifier_is_tolerated_never_two(later, merged):
    base = dict(
        number="1.0", raised="2019-01-10", item="5.0", description="Report to the Board on the custody review outcome"
    )
    values = {**base, **later}
    tables = link(
        [
            sighting(base["number"], base["raised"], base["item"], base["description"], "2019-02-14"),
            sighting(values["number"], values["raised"], values["item"], values["description"], "2019-03-14"),
        ]
    )
    assert (len(tables["actions"]) == 1) is merged


def test_minutes_citing_an_action_again_discuss_it():
    log = sighting("3.0", "2019-01-10", "7.0", "Circulate the revised budget timetable to members", "2019-02-14")
    minute = sighting(
        None,
        "2019-01-10",
        "7.0",
        "Circulate the revised budget timetable to members of the Board",
        "2019-03-14",
        origin="minutes",
    )
    tables = link([minute, log])
    assert len(tables["actions"]) == 1
    assert [e["event"] for e in tables["action_events"]] == ["raised", "updated", "discussed"]
    assert tables["actions"][0]["source"] == "action_log"


def test_minuted_actions_stay_open_without_a_log():
    minute = sighting(
        None, "2019-01-10", "7.0", "The Commissioner to write to the Minister", "2019-02-14", origin="minutes"
    )
    later_log = sighting("1.0", "2019-02-14", "4.0", "Another action altogether on estates", "2019-03-14")
    tables = link([minute, later_log])
    minuted = next(a for a in tables["actions"] if a["source"] == "minutes")
    assert (minuted["status"], minuted["raised_meeting_id"]) == ("open", "tb-2019-01-10")
    assert [e["event"] for e in tables["action_events"] if e["action_id"] == minuted["id"]] == ["raised"]


def test_a_closed_action_listed_again_is_closed_once():
    rows = [
        sighting("1.0", "2019-01-10", "5.0", "Publish the annual report", d, closed=c, status_text=t)
        for d, c, t in (
            ("2019-02-14", False, "Open"),
            ("2019-03-14", True, "Complete"),
            ("2019-04-11", True, "Complete"),
        )
    ]
    tables = link(rows)
    assert [e["event"] for e in steps(tables)] == ["raised", "updated", "closed", "updated"]
    assert tables["actions"][0]["closed_date"] == "2019-03-14"


def test_owners_come_from_the_latest_named_owner_deduplicated():
    rows = [
        sighting("1.0", "2019-01-10", "5.0", "Publish the annual report", "2019-02-14", owner_text="CC"),
        sighting(
            "1.0", "2019-01-10", "5.0", "Publish the annual report", "2019-03-14", owner_text="PCC / Commissioner"
        ),
    ]
    seen = []

    def resolve(s):
        seen.append(s.owner_text)
        return [Owner("pcc", "Police and Crime Commissioner", "role")] * 2

    tables = link(rows, resolve)
    assert seen == ["PCC / Commissioner"]
    assert tables["action_owners"] == [{"action_id": tables["actions"][0]["id"], "owner_id": "pcc"}]
    assert tables["actions"][0]["owner_text"] == "PCC / Commissioner"


def test_document_order_decides_provenance_of_a_second_printing():
    row = sighting("1.0", "2019-01-10", "5.0", "Publish the annual report", "2019-02-14", doc="b-pack")
    copy = replace(row, source=replace(row.source, document_id="a-item", page=2))
    assert link([row, copy])["actions"][0]["document_id"] == "a-item"
    chosen = link([row, copy], document_order=["b-pack", "a-item"])["actions"][0]
    assert (chosen["document_id"], chosen["_sources"]) == ("b-pack", {("b-pack", 1), ("a-item", 2)})


def test_sample_log_read_twice_links_to_ten_open_actions():
    pack, _, _ = read_sightings(ROOT / "corpus/19-10-09-BCB-Agenda-Pack.pdf", "pack")
    item, _, _ = read_sightings(ROOT / "tests/pdfs/items/19-10-09-BCB-Agenda-Item-4.0-Action-Log.pdf", "item")
    tables = link(item + pack, document_order=["pack", "item"])
    assert len(tables["actions"]) == 10
    assert {a["document_id"] for a in tables["actions"]} == {"pack"}
    assert all(a["status"] == "open" for a in tables["actions"])
    assert {e["meeting_id"] for e in tables["action_events"] if e["event"] == "updated"} == {"bcb-2019-10-09"}


# --- end to end: PDFs in a folder -> database ---------------------------------------------------


def test_ingest_links_the_snapshots_in_the_database(tmp_path):
    from pipeline.run import ingest
    from pipeline.store import Store

    folder = tmp_path / "papers"
    folder.mkdir()
    for name, printed, pages in (
        ("a.pdf", "14 March 2019", [[A1, B1], [C1, D1]]),
        ("b.pdf", "16 May 2019", [[A2, C2, D1, E2]]),
        ("c.pdf", "18 July 2019", [[A3, C3, E3]]),
    ):
        write_log(folder / name, printed, pages, repeat_header=False)
    ingest([folder], tmp_path / "db.sqlite", workers=1)
    store = Store(tmp_path / "db.sqlite")
    actions = store.query(
        "select action_number, raised_date, status, closed_date, closed_meeting_id from actions "
        "order by raised_date, agenda_item_number"
    )
    events = store.query(
        "select a.action_number, e.meeting_id, e.event from action_events e "
        "join actions a on a.id = e.action_id where a.agenda_item_number = '7.0' and e.restated is null "
        "order by e.meeting_id, e.event"
    )
    store.close()
    assert actions == [
        {
            "action_number": "1.0",
            "raised_date": "2019-01-10",
            "status": "closed",
            "closed_date": "2019-07-18",
            "closed_meeting_id": "tb-2019-07-18",
        },
        {
            "action_number": "2.0",
            "raised_date": "2019-01-10",
            "status": "closed",
            "closed_date": "2019-05-16",
            "closed_meeting_id": "tb-2019-05-16",
        },
        {
            "action_number": "2.0",
            "raised_date": "2019-01-10",
            "status": "open",
            "closed_date": None,
            "closed_meeting_id": None,
        },
        {
            "action_number": "1.0",
            "raised_date": "2019-02-14",
            "status": "closed",
            "closed_date": "2019-07-18",
            "closed_meeting_id": "tb-2019-07-18",
        },
        {
            "action_number": "4.0",
            "raised_date": "2019-03-14",
            "status": "open",
            "closed_date": None,
            "closed_meeting_id": None,
        },
    ]
    assert [(e["meeting_id"], e["event"]) for e in events] == [
        ("tb-2019-01-10", "raised"),
        ("tb-2019-03-14", "updated"),
        ("tb-2019-05-16", "updated"),
        ("tb-2019-07-18", "updated"),
    ]


def test_a_minute_paragraph_under_the_logged_item_is_the_same_action():
    minute = sighting(
        None,
        "2019-01-10",
        "4.3",
        "Chief Constable to report on custody review outcomes",
        "2019-01-10",
        origin="minutes",
    )
    log = sighting("1.0", "2019-01-10", "4.0", "Chief Constable to report on the custody review outcomes", "2019-02-14")
    other_item = replace(log, agenda_item_number="5.0")
    assert len(link([minute, log])["actions"]) == 1
    assert len(link([minute, other_item])["actions"]) == 2
