"""Link records across documents and rebuild the tables that join them.

Takes every document's staged records from the store; yields the linked tables
(meetings and their conflicts, attendance, agenda items, decisions, actions with
their events and owners, risks and ratings, owners with aliases and role tenure,
record sources) and swaps them into the database in one transaction.

The same paper read from two files (a pack and its per-item PDF) gives one row:
records are keyed by content, and the first document in a stable order (packs first,
then by path) gives the row its provenance; `record_sources` keeps every sighting.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from . import lifecycle
from .ids import content_id, meeting_id, normal_text
from .layout import canonical_body
from .owners import OwnerDirectory
from .profiles import profile_named
from .records import ActionSighting, AgendaItem, Attendee, Decision, MeetingMention, RiskEntry, RiskRating

# Which source's word on a meeting wins (SCHEMA.md): approved minutes > draft minutes > agenda.
RANK = {"minutes:approved": 0, "minutes:draft": 1, "minutes:": 2, "agenda": 3, "approval": 4, "papers": 5}
MEETING_FIELDS = ("start_time", "location")


@dataclass
class Staged:
    """All records of the archive (or of one publisher: `scope`), in the stable document order,
    each with its document."""

    records: dict[str, list] = field(default_factory=lambda: defaultdict(list))
    documents: list[dict] = field(default_factory=list)
    sources: dict[tuple, set] = field(default_factory=lambda: defaultdict(set))
    scope: str = ""  # the publisher whose documents these are: it scopes meeting and action ids


def link_version() -> str:
    """Changes with the code: a database linked by other code is linked again whole."""
    from .run import PARSER_VERSION

    return PARSER_VERSION


def relink(store, full: bool = False) -> dict[str, int]:
    """Link the publishers whose documents changed since the last link (every publisher if `full`,
    or if the database was linked by other code), reading and writing in one transaction of the
    writer (`Store.linking`), so two ingests into one database never link each other's rows away.

    Publishers never share a meeting, an action or a risk, so each is linked from its own documents
    alone and the result equals a link of the whole archive; owners, which publishers may share, are
    settled key by key. Returns the rows linked, by table."""
    version = link_version()
    counts: Counter = Counter()
    with store.linking():
        if full or store.meta("link_version") != version:
            owner_keys = store.clear_linked(None)
            groups = store.link_groups()
        else:
            groups = store.pending_link_groups()
            owner_keys = store.clear_linked(groups)
        for group in groups:
            tables = build_tables(load_staged(store, group))
            owner_keys |= store.insert_linked(group, tables)
            counts.update({name: len(rows) for name, rows in tables.items() if not name.startswith("owner")})
        store.settle_owners(owner_keys)
        counts.update(Counter(name for name, _ in owner_keys))
        store.finish_linking(version)
    return dict(counts)


def load_staged(store, group: str | None = None) -> Staged:
    staged = Staged(scope=group or "")
    for document, records in store.staged_documents(group):
        staged.documents.append(document)
        for record in records:
            staged.records[record.kind].append(record)
    return staged


class Directories:
    """One owner directory per publisher, so that each paper's "Force" or "Constabulary" is its
    own force; records find theirs through the document they came from."""

    def __init__(self, documents: list[dict]):
        self.publisher_of = {d["id"]: d.get("publisher") or "" for d in documents}
        self.by_publisher: dict[str, OwnerDirectory] = {}

    def __call__(self, record) -> OwnerDirectory:
        publisher = self.publisher_of.get(record.source.document_id, "")
        if publisher not in self.by_publisher:
            self.by_publisher[publisher] = OwnerDirectory(profile=profile_named(publisher))
        return self.by_publisher[publisher]

    def owner_tables(self) -> dict[str, list[dict]]:
        owners, aliases, roles = {}, set(), {}
        for _, directory in sorted(self.by_publisher.items()):
            owners.update({o.id: asdict(o) for o in directory.owners()})
            aliases.update(directory.aliases())
            roles.update({(r.person_id, r.role_id): asdict(r) for r in directory.roles()})
        return {
            "owners": [owners[k] for k in sorted(owners)],
            "owner_aliases": [{"alias": a, "owner_id": o} for a, o in sorted(aliases)],
            "owner_roles": [roles[k] for k in sorted(roles)],
        }


def build_tables(staged: Staged) -> dict[str, list[dict]]:
    directory_of = Directories(staged.documents)
    learn_people(staged.records["attendee"], directory_of)
    tables: dict[str, list[dict]] = {}
    tables["meetings"], tables["meeting_conflicts"] = link_meetings(staged)
    tables["attendance"] = attendance_rows(staged.records["attendee"], directory_of, staged.scope)
    tables["agenda_items"] = agenda_rows(staged.records["agenda_item"], staged.scope)
    tables["decisions"] = decision_rows(staged.records["decision"], staged.scope)
    documents = [d["id"] for d in staged.documents]
    tables.update(link_actions(staged.records["action"], directory_of, documents, staged.scope))
    tables["risks"], tables["risk_ratings"] = link_risks(staged)
    tables.update(directory_of.owner_tables())
    tables["record_sources"] = record_sources(tables)
    ensure_meetings(tables)
    return tables


def meeting_of(record, scope: str = "") -> str | None:
    return scoped_meeting_id(scope, record.body, record.meeting_date)


def scoped_meeting_id(scope: str, body: str | None, date: str | None) -> str | None:
    """A board's meeting on a date, of one publisher: two forces' boards of one name meeting on
    one day are two meetings ('kingsmoor-police-jac-2020-12-09'); with no publisher, 'jac-2020-12-09'.
    A body's part is its initials, without a hyphen, so the id still says which part is which; the
    id keeps to letters, digits and hyphens, which a URL carries as they are."""
    mid = meeting_id(canonical_body(body) if body else None, date)
    return f"{'-'.join(normal_text(scope).split())}-{mid}" if mid and normal_text(scope) else mid


def provenance(record) -> dict:
    source = record.source
    return {"document_id": source.document_id, "page": source.page, "bbox": list(source.bbox) if source.bbox else None}


def first_by_id(rows: list[dict]) -> list[dict]:
    """One row per id, the first in document order, with every sighting kept aside."""
    kept: dict[str, dict] = {}
    for row in rows:
        kept.setdefault(row["id"], row).setdefault("_sources", set()).add((row["document_id"], row["page"]))
    return list(kept.values())


# --- meetings ------------------------------------------------------------------------------


def link_meetings(staged: Staged) -> tuple[list[dict], list[dict]]:
    mentions: dict[str, list[MeetingMention]] = defaultdict(list)
    for mention in staged.records["meeting"]:
        mid = meeting_of(mention, staged.scope)
        if mid:  # a mention always has its date (MeetingMention.meeting_date)
            mentions[mid].append(mention)
    meetings, conflicts = [], []
    for mid, group in sorted(mentions.items()):
        group = sorted(group, key=lambda m: RANK.get(rank_key(m), 9))
        row, lost = merge_mentions(mid, group)
        meetings.append(row)
        conflicts.extend(lost)
    return meetings, conflicts


def rank_key(mention: MeetingMention) -> str:
    if mention.origin == "minutes":
        return f"minutes:{mention.minutes_status or ''}"
    return mention.origin


def merge_mentions(mid: str, group: list[MeetingMention]) -> tuple[dict, list[dict]]:
    best = group[0]
    row: dict[str, Any] = {
        "id": mid,
        "body": canonical_body(best.body),
        "meeting_date": best.meeting_date,
        "minutes_status": minutes_status(group),
        "document_id": best.source.document_id,
        "page": best.source.page,
    }
    lost = []
    for name in MEETING_FIELDS:
        holders = [m for m in group if getattr(m, name)]
        row[name] = getattr(holders[0], name) if holders else None
        lost += [
            conflict_row(mid, name, holders[0], m)
            for m in holders[1:]
            if normal_text(getattr(m, name)) != normal_text(row[name])
        ]
    return row, lost


def minutes_status(group: list[MeetingMention]) -> str | None:
    statuses = {m.minutes_status for m in group if m.origin in ("minutes", "approval")}
    if "approved" in statuses:
        return "approved"
    if any(m.origin == "minutes" for m in group):
        return "draft" if "draft" in statuses else None
    return None


def conflict_row(mid: str, name: str, kept: MeetingMention, other: MeetingMention) -> dict:
    return {
        "meeting_id": mid,
        "field": name,
        "kept": getattr(kept, name),
        "kept_from": rank_key(kept),
        "other": getattr(other, name),
        "other_from": rank_key(other),
        "document_id": other.source.document_id,
        "page": other.source.page,
    }


def ensure_meetings(tables: dict[str, list[dict]]) -> None:
    """Every meeting a row points at exists in `meetings`, even one known only by its date."""
    known = {m["id"] for m in tables["meetings"]}
    for table in ("attendance", "agenda_items", "decisions", "action_events"):
        for row in tables[table]:
            mid = row.get("meeting_id")
            if mid and mid not in known:
                known.add(mid)  # meeting ids end in the ISO date (ids.meeting_id)
                tables["meetings"].append(
                    {
                        "id": mid,
                        "body": None,
                        "meeting_date": mid[-10:],
                        "start_time": None,
                        "location": None,
                        "minutes_status": None,
                        "document_id": row["document_id"],
                        "page": row["page"],
                    }
                )


# --- attendance, agenda items, decisions -------------------------------------------------------


def learn_people(attendees: list[Attendee], directory_of: Directories) -> None:
    for person in sorted(attendees, key=lambda a: (a.meeting_date or "", a.name)):
        directory_of(person).learn_person(
            person.name, person.role_text, person.meeting_date, person.alias, paper=person.source.document_id
        )


def attendance_rows(attendees: list[Attendee], directory_of: Directories, scope: str = "") -> list[dict]:
    rows = []
    for a in attendees:
        mid = meeting_of(a, scope)
        owners = directory_of(a).resolve(a.name)
        rows.append(
            {
                "id": content_id("att", mid, a.name, a.attendance),
                "meeting_id": mid,
                "name": a.name,
                "role_text": a.role_text,
                "attendance": a.attendance,
                "owner_id": owners[0].id if owners else None,
                **provenance(a),
            }
        )
    return first_by_id(rows)


def agenda_rows(items: list[AgendaItem], scope: str = "") -> list[dict]:
    rows = [
        {
            "id": f"{meeting_of(i, scope)}/item-{i.item_number}",
            "meeting_id": meeting_of(i, scope),
            "item_number": i.item_number,
            "title": i.title,
            "presenter_text": i.presenter_text,
            **provenance(i),
        }
        for i in items
    ]
    return first_by_id(rows)


def decision_rows(decisions: list[Decision], scope: str = "") -> list[dict]:
    rows = [
        {
            "id": content_id("dec", meeting_of(d, scope), d.item_number, d.text),
            "meeting_id": meeting_of(d, scope),
            "item_number": d.item_number,
            "decision_type": d.decision_type,
            "text": d.text,
            **provenance(d),
        }
        for d in decisions
    ]
    return first_by_id(rows)


# --- actions ---------------------------------------------------------------------------------


def link_actions(
    sightings: list[ActionSighting], directory_of: Directories, document_order: list[str], scope: str = ""
) -> dict[str, list[dict]]:
    def owners_of(sighting: ActionSighting):
        directory = directory_of(sighting)
        paper = sighting.source.document_id  # initials its own attendance list defines
        # Owners the paper identified itself (initials resolved through its attendance list) win;
        # else an OWNER column (a log's, or an 'Action by' column of minutes set out as a grid) says
        # who owns it; a minuted action without one names its owner as the subject. The board
        # says which service a shared form means ('CFO' in a fire authority's papers).
        if sighting.owner_names:
            return [owner for name in sighting.owner_names for owner in directory.resolve(name, sighting.body, paper)]
        if sighting.owner_text:
            owners = directory.resolve(sighting.owner_text, sighting.body, paper)
            if owners or sighting.origin == "action_log":
                return owners
        if sighting.origin == "action_log" and not sighting.subject_text:
            return []  # a blank OWNER cell names nobody
        return directory.subject_owners(sighting.subject_text or sighting.description, sighting.body)

    def meeting(body, date):
        return scoped_meeting_id(scope, body, date)

    return lifecycle.link_actions(sightings, meeting, owners_of, document_order=document_order, scope=scope)


# --- risks ---------------------------------------------------------------------------------------


def link_risks(staged: Staged) -> tuple[list[dict], list[dict]]:
    # A publisher the archivist's manifest gives outranks the one read from the register's header.
    given = {d["id"]: d.get("publisher") for d in staged.documents}

    def identity(record) -> str:
        return risk_id(record, given.get(record.source.document_id) or record.publisher)

    latest: dict[str, RiskEntry] = {}
    for entry in staged.records["risk"]:
        latest[identity(entry)] = entry  # later documents carry the current wording
    risks = [
        {
            "id": rid,
            "reference": e.reference,
            "family": e.family,
            "objective": e.objective,
            "description": e.description,
            "owner_text": e.owner_text,
            "direction": e.direction,
            "direction_text": e.direction_text,
            "publisher": e.publisher,
        }
        for rid, e in sorted(latest.items())
    ]
    return risks, rating_rows(staged.records["risk_rating"], set(latest), identity)


def risk_id(record, publisher: str | None = None) -> str:
    """One risk per reference per publisher, whatever layout its registers take over the years
    ('CRR 01' and 'CRR01' are one); the family stands in where no publisher is known."""
    reference = re.sub(r"[\s_-]+", "", record.reference.upper())
    if publisher:
        return content_id("risk", re.sub(r"\s+", " ", publisher.lower()).strip(), reference)
    return content_id("risk", record.family, reference)


def rating_rows(ratings: list[RiskRating], known: set[str], identity=risk_id) -> list[dict]:
    rows = []
    for r in ratings:
        rid = identity(r)
        if rid not in known:
            continue
        rows.append(
            {
                "id": content_id(
                    "rating",
                    rid,
                    r.register_date,
                    r.register_date_text,
                    r.phase,
                    r.origin,
                    r.likelihood,
                    r.impact,
                    r.score,
                ),
                "risk_id": rid,
                "register_date": r.register_date,
                "register_date_text": r.register_date_text,
                "phase": r.phase,
                "phase_text": r.phase_text,
                "likelihood": r.likelihood,
                "impact": r.impact,
                "score": r.score,
                "origin": r.origin,
                "conflict": r.conflict,
                "direction": r.direction,
                "direction_text": r.direction_text,
                **provenance(r),
            }
        )
    return first_by_id(rows)


# --- every sighting of every row -----------------------------------------------------------------


def record_sources(tables: dict[str, list[dict]]) -> list[dict]:
    rows = []
    for name, table in tables.items():
        for row in table:
            for document_id, page in sorted(row.pop("_sources", set()), key=str):
                rows.append({"record_table": name, "record_id": row["id"], "document_id": document_id, "page": page})
    return rows
