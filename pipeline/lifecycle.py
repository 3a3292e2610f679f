"""The identity and life of an action across the papers of many meetings.

Takes every `ActionSighting` of the archive (rows of each meeting's action log, actions
in minutes), a function naming a board's meeting on a date, and a function resolving a
sighting's owners; yields the rows of `actions`, `action_events` and `action_owners`
(the columns of `store.LINKED_TABLES`).

Identity. An action is carried by every later log of its board until it is closed,
and may be minuted first. Action numbers are not unique (numbering restarts) and
minutes sometimes cite a wrong one, so a sighting is matched on its raised date,
agenda item, number and description together: a match tolerates one of them wrong or
missing (a renumbered row, an edited description, a minute without a number), never
two, and one log never carries the same action twice, so two actions of one meeting
stay two. Sightings are taken in a fixed order (meeting date, minutes before logs,
document, page, position) so the result never depends on input order; the same row
read from two files (a pack and its per-item PDF) is one sighting.

Life. The first sighting raises the action (at the meeting that raised it, when
known); later log rows update it, and each later log is also evidence of the raising (a
second `raised` event for the same meeting, pointing at that log's row); minutes that carry it again discuss it; a row
marked complete closes it, and so does the first later log of its board that no
longer carries it; a later log that carries a closed action open again reopens it
(event `reopened`). Snapshots are ordered by the meeting they were printed for, so the
templates of the logs do not matter, only their dates. Names that one document gives
its board (a pack's minutes and its log) are one board. Ids come from the first
sighting's content, so adding later snapshots never changes them.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .ids import content_id, normal_text
from .records import ActionSighting, Source

MeetingId = Callable[[str | None, str | None], str | None]
Boards = Callable[[ActionSighting], str]
ORIGIN_RANK = {"minutes": 0, "action_log": 1}
SIMILAR = 0.6  # word-multiset similarity at which two descriptions are one text, edited
SAME_TEXT = 0.9  # with no identifier to agree on, only a near-identical text matches
CONTAINED = 0.85  # a short log wording inside a longer minute counts as similar
MIN_CONTAINED_WORDS = 5
IDENTIFIERS = ("raised_date", "agenda_item_number", "action_number")


@dataclass
class Tracked:
    """One action as it is being followed through the sightings."""

    id: str
    sightings: list[ActionSighting] = field(default_factory=list)
    events: dict[str, dict] = field(default_factory=dict)  # event id -> row, in order
    words: list[Counter] = field(default_factory=list)
    known: dict[str, str | None] = field(default_factory=dict)  # identifiers as matched against
    closed_date: str | None = None
    closed_meeting_id: str | None = None
    closed: bool = False

    @property
    def first(self) -> ActionSighting:
        return self.sightings[0]

    def add(self, s: ActionSighting) -> None:
        self.sightings.append(s)
        self.words.append(words(s.description))
        self.known = {name: self.value(name) for name in IDENTIFIERS}

    def value(self, name: str) -> str | None:
        """An identifier as the action knows it: the latest log number, else the first value seen."""
        if name == "action_number":
            logged = [s.action_number for s in self.sightings if s.origin == "action_log" and s.action_number]
            if logged:
                return logged[-1]
        return next((getattr(s, name) for s in self.sightings if getattr(s, name)), None)


def link_actions(
    sightings: list[ActionSighting],
    meeting_id: MeetingId,
    resolve_owners: Callable[[ActionSighting], list],
    document_order: Sequence[str] | None = None,
    scope: str = "",
) -> dict[str, list[dict]]:
    """`document_order` ranks the files when one meeting's papers come in several (the link
    stage's packs-first order); without it files rank by id. Either way the input order of
    `sightings` does not matter. `scope` (the publisher) keeps two publishers' actions of one
    content apart: it is part of their ids."""
    rank = {doc: index for index, doc in enumerate(document_order or ())}
    ordered, copies = unique_sightings(sightings, rank)
    boards = join_boards(ordered)
    actions = identify(ordered, meeting_id, boards, scope)
    close_dropped(actions, ordered, meeting_id, boards)
    return {
        "actions": [action_row(a, copies, meeting_id) for a in actions],
        "action_events": [row for a in actions for row in a.events.values()],
        "action_owners": [row for a in actions for row in owner_rows(a, resolve_owners)],
    }


# --- order and duplicates -------------------------------------------------------------------


def order_key(s: ActionSighting, rank: dict[str, int]) -> tuple:
    bbox = s.source.bbox or (0, 0, 0, 0)
    document = s.source.document_id
    return (
        s.seen_at or "9999",
        ORIGIN_RANK.get(s.origin, 9),
        rank.get(document, len(rank)),
        document,
        s.source.page,
        bbox[1],
        bbox[0],
    )


def content_key(s: ActionSighting) -> tuple:
    """What a sighting says, without where it was read."""
    return tuple(
        (name, normal_text(value) if isinstance(value, str) else value)
        for name, value in dataclasses.asdict(s).items()
        if name != "source"
    )


def unique_sightings(
    sightings: list[ActionSighting], rank: dict[str, int]
) -> tuple[list[ActionSighting], dict[int, list[Source]]]:
    """Sightings in processing order, one per content; `copies` keeps every source of each."""
    kept: dict[tuple, ActionSighting] = {}
    copies: dict[int, list[Source]] = defaultdict(list)
    for s in sorted(sightings, key=lambda s: order_key(s, rank)):
        first = kept.setdefault(content_key(s), s)
        copies[id(first)].append(s.source)
    return list(kept.values()), copies


def snapshots(ordered: list[ActionSighting], boards: Boards) -> list[list[ActionSighting]]:
    """Runs of sightings from one document for one meeting: one printing of a log or of minutes."""
    groups: dict[tuple, list[ActionSighting]] = {}
    for s in ordered:
        groups.setdefault((boards(s), s.seen_at, s.origin, s.source.document_id), []).append(s)
    return list(groups.values())


def body_key(body: str | None) -> str:
    return normal_text(re.sub(r"(?i)co-ordinat", "coordinat", body or ""))


def join_boards(ordered: list[ActionSighting]) -> Boards:
    """The board of each sighting, as one key per board: names that one document gives to its
    actions are one board (a pack's minutes may say 'Joint Executive Board' where its log says
    no more than the publisher), so a minuted action and its log row can meet."""
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    first_in_document: dict[str, str] = {}
    for s in ordered:
        key = body_key(s.body)
        other = first_in_document.setdefault(s.source.document_id, key)
        a, b = root(other), root(key)
        if a != b:
            parent[b] = a
    return lambda s: root(body_key(s.body))


# --- identity -------------------------------------------------------------------------------


def identify(ordered: list[ActionSighting], meeting_id: MeetingId, boards: Boards, scope: str = "") -> list[Tracked]:
    actions: list[Tracked] = []
    taken: set[str] = set()
    rarity = Counter(token for s in ordered for token in tokens(words(s.description)))
    by_body: dict[str, KnownActions] = {}
    for snapshot in snapshots(ordered, boards):
        known = by_body.setdefault(boards(snapshot[0]), KnownActions(rarity))
        matched = assign(snapshot, known)  # before any new action joins: one printing, one row each
        for index, s in enumerate(snapshot):
            if index in matched:
                follow(matched[index], s, meeting_id)
                known.learn(matched[index])
                continue
            action = start(s, taken, meeting_id, scope)
            taken.add(action.id)
            actions.append(action)
            known.add(action)
    return actions


class KnownActions:
    """The actions of one board so far, in the order they were raised, indexed by what a sighting
    must share with an action to match it (`match_score`): an identifier (raised date, agenda item,
    action number), or, sharing none, a wording within `SAME_TEXT` of one of the action's. Scoring
    only these candidates gives what scoring every action would, at a cost that does not grow
    with the years a board has kept its log."""

    def __init__(self, rarity: Counter):
        self.rarity = rarity  # word tokens of the publisher's sightings, by how often they occur
        self.actions: list[Tracked] = []
        self.position: dict[str, int] = {}
        self.by_identifier: dict[tuple[str, str], set[int]] = defaultdict(set)
        self.by_word: dict[tuple[str, int], set[int]] = defaultdict(set)

    def add(self, action: Tracked) -> None:
        self.position[action.id] = len(self.actions)
        self.actions.append(action)
        self.learn(action)

    def learn(self, action: Tracked) -> None:
        """Index what the action knows after its latest sighting (earlier values stay indexed:
        candidates may be more than the matches, never fewer)."""
        at = self.position[action.id]
        for name, value in action.known.items():
            if value:
                self.by_identifier[(name, number_key(value))].add(at)
        for token in self.prefix(action.words[-1]):
            self.by_word[token].add(at)

    def candidates(self, s: ActionSighting) -> list[int]:
        """Positions of the actions `s` may match, in order."""
        found: set[int] = set()
        for name in IDENTIFIERS:
            value = getattr(s, name)
            if value:
                found |= self.by_identifier.get((name, number_key(value)), set())
        for token in self.prefix(words(s.description)):
            found |= self.by_word.get(token, set())
        return sorted(found)

    def prefix(self, counted: Counter) -> list[tuple[str, int]]:
        """Prefix filtering: two wordings with a Dice similarity of at least `SAME_TEXT` share
        ceil(t·n / (2 − t)) of the n tokens of each, so they share one of each one's first
        n − that + 1 tokens, rarest first."""
        ordered = sorted(tokens(counted), key=lambda token: (self.rarity[token], token))
        overlap = math.ceil(SAME_TEXT * len(ordered) / (2 - SAME_TEXT) - 1e-9)
        return ordered[: max(0, len(ordered) - overlap + 1)] if ordered else []


def tokens(counted: Counter) -> list[tuple[str, int]]:
    """A word multiset as a set: the k-th 'the' is ('the', k), so set overlap is multiset overlap."""
    return [(word, k) for word, n in counted.items() for k in range(n)]


def assign(snapshot: list[ActionSighting], known: KnownActions) -> dict[int, Tracked]:
    """Best pairs first; each row of a snapshot and each action used at most once."""
    scored = sorted(
        (
            (score, i, j)
            for i, s in enumerate(snapshot)
            for j in known.candidates(s)
            if (score := match_score(s, known.actions[j])) is not None
        ),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    matched: dict[int, Tracked] = {}
    used: set[int] = set()
    for _, i, j in scored:
        if i not in matched and j not in used:
            matched[i] = known.actions[j]
            used.add(j)
    return matched


def match_score(s: ActionSighting, action: Tracked) -> float | None:
    """How well a sighting fits an action, or None when it is another action."""
    verdicts = [same_identifier(getattr(s, name), action.known[name], name) for name in IDENTIFIERS]
    agree, disagree = verdicts.count(True), verdicts.count(False)
    if disagree > 1 or (disagree == 1 and agree < 2):
        return None
    similarity = max((text_similarity(words(s.description), w) for w in action.words), default=0.0)
    if agree == 3 or (similarity >= SIMILAR and (agree >= 1 or similarity >= SAME_TEXT)):
        return agree + similarity
    return None


def same_identifier(a: str | None, b: str | None, name: str) -> bool | None:
    """True / False when both are known, None when either is missing or they cannot be told apart.

    Minutes number their paragraphs under an item ('4.3') where a log gives the item ('4.0'):
    an item inside the other's item is neither agreement nor contradiction."""
    if not a or not b:
        return None
    a, b = number_key(a), number_key(b)
    if a == b:
        return True
    if name == "agenda_item_number" and (a.startswith(b + ".") or b.startswith(a + ".")):
        return None
    return False


@functools.lru_cache(maxsize=65536)
def number_key(value: str) -> str:
    """'6.0' and '6' and '6.' are one item number; dates pass through unchanged."""
    value = value.strip().rstrip(".")
    return re.sub(r"(?:\.0+)+$", "", value) if re.fullmatch(r"\d+(?:\.\d+)*", value) else value


def words(text: str | None) -> Counter:
    return Counter(normal_text(text).split())


def text_similarity(a: Counter, b: Counter) -> float:
    """Dice similarity of word multisets; a short wording contained in a longer one also counts."""
    common = sum((a & b).values())
    sizes = sum(a.values()), sum(b.values())
    if not min(sizes):
        return 0.0
    dice = 2 * common / sum(sizes)
    contained = common / min(sizes) if min(sizes) >= MIN_CONTAINED_WORDS else 0.0
    return max(dice, CONTAINED if contained >= CONTAINED else 0.0)


# --- lifecycle events -------------------------------------------------------------------------


def start(s: ActionSighting, taken: set[str], meeting_id: MeetingId, scope: str = "") -> Tracked:
    action = Tracked(id=action_id(s, taken, scope))
    raised_at = meeting_id(s.body, s.raised_date or s.seen_at)
    seen_at = meeting_id(s.body, s.seen_at)
    same_meeting = raised_at == seen_at
    action.add(s)
    add_event(action, event_row(action, s, raised_at, "raised", with_update=same_meeting))
    # A log printed after the raising meeting also says where the action stood then; minutes
    # of the raising meeting, whenever published, say nothing more than that it was raised.
    if s.closed or (s.origin == "action_log" and not same_meeting):
        add_event(action, event_row(action, s, seen_at, "closed" if s.closed else "updated"))
    mark_closed(action, s, meeting_id)
    return action


def action_id(s: ActionSighting, taken: set[str], scope: str = "") -> str:
    """From the first sighting's content (and the publisher, `scope`, when known); a second action
    with the same content gets a counter."""
    parts: tuple = (s.raised_date, s.agenda_item_number, s.action_number, s.description)
    if scope:
        parts = (scope, *parts)
    candidate, n = content_id("action", *parts), 1
    while candidate in taken:
        n += 1
        candidate = content_id("action", *parts, n)
    return candidate


def follow(action: Tracked, s: ActionSighting, meeting_id: MeetingId) -> None:
    """A later sighting of a known action; a later log that shows a closed action open again
    reopens it (minutes that mention it do not: they carry no status)."""
    if s.closed and not action.closed:
        event = "closed"
    elif action.closed and not s.closed and s.origin == "action_log" and (s.seen_at or "") > (action.closed_date or ""):
        event = "reopened"
        action.closed, action.closed_date, action.closed_meeting_id = False, None, None
    else:
        event = "discussed" if s.origin == "minutes" else "updated"
    action.add(s)
    add_event(action, event_row(action, s, meeting_id(s.body, s.seen_at), event))
    if s.origin == "action_log":
        add_raising_evidence(action, s)
    mark_closed(action, s, meeting_id)


def add_raising_evidence(action: Tracked, s: ActionSighting) -> None:
    """A later log's row is its paper's own record of the raising (it prints when and where the
    action was raised): one more `raised` event for the raising meeting, pointing at that row,
    so every paper that records the raising is evidence of it. One per document; no update; marked
    `restated`, so the lifecycle read without such rows is one step per meeting."""
    document = s.source.document_id
    raised = [e for e in action.events.values() if e["event"] == "raised"]
    if not raised or any(e["document_id"] == document for e in raised):
        return
    meeting = raised[0]["meeting_id"]
    row = event_row(action, s, meeting, "raised", with_update=False)
    row["id"] = content_id("action-event", action.id, meeting, "raised", document)
    row["restated"] = 1
    add_event(action, row)


def mark_closed(action: Tracked, s: ActionSighting, meeting_id: MeetingId) -> None:
    if s.closed and not action.closed:
        action.closed, action.closed_date = True, s.seen_at
        action.closed_meeting_id = meeting_id(s.body, s.seen_at)


def add_event(action: Tracked, row: dict) -> None:
    """One event of a kind per meeting: a second printing of it (another file) keeps the first."""
    action.events.setdefault(row["id"], row)


def event_row(action: Tracked, s: ActionSighting, meeting: str | None, event: str, with_update: bool = True) -> dict:
    return {
        "id": content_id("action-event", action.id, meeting, event),
        "action_id": action.id,
        "meeting_id": meeting,
        "event": event,
        "action_number": s.action_number,
        "update_text": s.update_text if with_update else None,
        "update_date": s.update_date if with_update else None,
        "update_date_text": s.update_date_text if with_update else None,
        "target_date": s.target_date,
        "target_date_text": s.target_date_text,
        "status_text": s.status_text,
        "restated": None,
        **provenance(s.source),
    }


def provenance(source: Source) -> dict:
    bbox = list(source.bbox) if source.bbox else None
    return {"document_id": source.document_id, "page": source.page, "bbox": bbox}


# --- closed by leaving the log ------------------------------------------------------------------


def close_dropped(actions: list[Tracked], ordered: list[ActionSighting], meeting_id: MeetingId, boards: Boards) -> None:
    """An open action a log carried is closed at the first later log of its board that does not
    carry it; a still later log that carries it open again reopens it there."""
    logs = log_snapshots(ordered, boards)
    for action in actions:
        carried = {s.seen_at: s for s in action.sightings if s.origin == "action_log" and s.seen_at}
        if not carried:
            continue
        standing_open, dropped = False, False
        for date, log_row in logs[boards(action.first)].items():
            if date < min(carried):
                continue
            if date in carried:
                if dropped and not carried[date].closed:
                    reopen_at(action, carried[date], meeting_id)
                standing_open, dropped = not carried[date].closed, False
            elif standing_open:
                close_at(action, log_row, meeting_id)
                standing_open, dropped = False, True


def log_snapshots(ordered: list[ActionSighting], boards: Boards) -> dict[str, dict[str, ActionSighting]]:
    """Board -> meeting date -> the first row of that meeting's log, in date order."""
    logs: dict[str, dict[str, ActionSighting]] = defaultdict(dict)
    for s in ordered:
        if s.origin == "action_log" and s.seen_at:
            logs[boards(s)].setdefault(s.seen_at, s)
    return {body: dict(sorted(dates.items())) for body, dates in logs.items()}


def close_at(action: Tracked, log_row: ActionSighting, meeting_id: MeetingId) -> None:
    last = action.sightings[-1]
    meeting = meeting_id(action.first.body, log_row.seen_at)
    action.closed, action.closed_date, action.closed_meeting_id = True, log_row.seen_at, meeting
    row = event_row(action, last, meeting, "closed", with_update=False)
    row.update(status_text=None, **provenance(Source(log_row.source.document_id, log_row.source.page)))
    add_event(action, row)


def reopen_at(action: Tracked, s: ActionSighting, meeting_id: MeetingId) -> None:
    """A log carries again an action an earlier log had dropped: its update there reopens it."""
    meeting = meeting_id(s.body, s.seen_at)
    action.closed, action.closed_date, action.closed_meeting_id = False, None, None
    action.events.pop(content_id("action-event", action.id, meeting, "updated"), None)
    add_event(action, event_row(action, s, meeting, "reopened"))


# --- rows ---------------------------------------------------------------------------------------


def action_row(action: Tracked, copies: dict[int, list[Source]], meeting_id: MeetingId) -> dict:
    first = action.first
    raised = action.value("raised_date")
    targeted = [s for s in action.sightings if s.target_date_text or s.target_date]
    owned = [s.owner_text for s in action.sightings if s.owner_text]
    return {
        "id": action.id,
        "action_number": action.value("action_number"),
        "raised_date": raised,
        "raised_meeting_id": meeting_id(first.body, raised),
        "agenda_item_number": action.value("agenda_item_number"),
        "description": first.description,
        "owner_text": owned[-1] if owned else None,
        "target_date": targeted[-1].target_date if targeted else None,
        "target_date_text": targeted[-1].target_date_text if targeted else None,
        "status": "closed" if action.closed else "open",
        "closed_date": action.closed_date,
        "closed_meeting_id": action.closed_meeting_id,
        "source": first.origin,
        "body": first.body,
        **provenance(first.source),
        "_sources": {(src.document_id, src.page) for s in action.sightings for src in copies[id(s)]},
    }


def owner_rows(action: Tracked, resolve_owners: Callable[[ActionSighting], list]) -> list[dict]:
    """Owners named by the latest sighting that names one (an OWNER cell), else by the first."""
    named = [s for s in action.sightings if s.owner_text]
    owners = resolve_owners(named[-1] if named else action.first)
    ids = dict.fromkeys(o.id for o in owners if o.id)
    return [{"action_id": action.id, "owner_id": owner_id} for owner_id in ids]
