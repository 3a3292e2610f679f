"""Measure how well a boardpapers database matches hand-made gold records.

Takes the path of a SQLite database that follows the contract in SCHEMA.md and a
directory of gold JSON files, one per source PDF (see the gold README for their shape).
Yields an `EvaluationReport`: for each record type the gold names, the true positives,
false positives and false negatives, precision / recall / F1, the share of matched
records whose fields are right, the missing and extra records; and the macro F1 over
those types, each type's F1 weighted by its mean field accuracy.

The matching rules are those of the reference scorer (shared/eval/score.py), so the two
report the same figures:
- a gold file's document is the first `documents` row whose path ends with its "file";
- meetings are those that the document's attendance, agenda_items or decisions rows
  point at, keyed on meeting_date;
- attendance is keyed on (meeting date, name as lowercase alphanumeric words, attendance);
- agenda items and decisions are keyed on (meeting date, item number), where '5' == '5.0';
  agenda items pair on the number exactly as printed first, so an agenda carrying both
  '5' and '5.0' pairs each with its own gold record;
- actions (rows of the document, or raised by an action_events row in it) pair greedily,
  best first, on Dice similarity of word multisets >= 0.7; owners compare as sets of
  canonical names;
- risks are keyed on reference, risk ratings on (reference, phase).
Keyed matching is multiset matching: each database row pairs with at most one gold record.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TYPES = ("meetings", "attendance", "agenda_items", "decisions", "actions", "risks", "risk_ratings")
SIMILAR = 0.7  # Dice similarity of word multisets that counts as the same text

Record = dict[str, Any]
Key = Callable[[Record], Hashable]
FieldCheck = tuple[str, Callable[[Record, Record], bool]]
Pairs = list[tuple[Record, Record]]

# Contract tables each record type reads, beyond `documents` and `meetings`.
TABLES_READ = {
    "meetings": ("attendance", "agenda_items", "decisions"),
    "attendance": ("attendance",),
    "agenda_items": ("agenda_items",),
    "decisions": ("decisions",),
    "actions": ("actions", "action_events", "action_owners", "owners"),
    "risks": ("risks", "risk_ratings"),
    "risk_ratings": ("risks", "risk_ratings"),
}


class EvaluationError(Exception):
    """The database or the gold directory cannot be scored as they stand."""


# ---------------------------------------------------------------- results


@dataclass
class TypeScore:
    """How one record type fared against the gold."""

    record_type: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    fields: dict[str, float] = field(default_factory=dict)  # field -> share right among matched
    misses: list[tuple[str, str]] = field(default_factory=list)  # ("missing"|"extra", description)

    @property
    def precision(self) -> float:
        """Nothing found scores 1.0 when nothing was expected, else 0.0."""
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return 0.0 if self.fn else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def min_field_accuracy(self) -> float:
        return min(self.fields.values(), default=1.0)

    @property
    def mean_field_accuracy(self) -> float:
        return sum(self.fields.values()) / len(self.fields) if self.fields else 1.0

    @property
    def weighted_f1(self) -> float:
        """F1 counting a matched record with wrong fields as only partly right."""
        return self.f1 * self.mean_field_accuracy

    def as_dict(self) -> dict[str, Any]:
        return dict(
            precision=self.precision,
            recall=self.recall,
            f1=self.f1,
            fields=dict(self.fields),
            tp=self.tp,
            fp=self.fp,
            fn=self.fn,
            misses=[list(m) for m in self.misses],
        )


@dataclass
class EvaluationReport:
    """Scores per record type (only the types the gold names) and the macro F1."""

    types: dict[str, TypeScore]
    macro_f1: float

    def as_table(self, misses: bool = False) -> str:
        lines = [f"{'type':14} {'P':>6} {'R':>6} {'F1':>6}  fields (share right among matched)"]
        for score in self.types.values():
            lines.append(_table_row(score))
            if misses:
                lines.extend(f"    {kind}: {what}" for kind, what in score.misses)
        lines.append(f"macro F1 (field-weighted): {self.macro_f1:.3f}")
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        return dict(types={t: s.as_dict() for t, s in self.types.items()}, macro_f1=self.macro_f1)


def _table_row(score: TypeScore) -> str:
    fields = ", ".join(f"{k} {v:.2f}" for k, v in score.fields.items())
    return (f"{score.record_type:14} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f}  {fields}").rstrip()


@dataclass
class _Tally:
    """Counts gathered for one record type across all gold files."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    right: Counter = field(default_factory=Counter)
    compared: Counter = field(default_factory=Counter)
    misses: list[tuple[str, str]] = field(default_factory=list)

    def add(self, pairs: Pairs, missing: list[str], extra: list[str], checks: list[FieldCheck]) -> None:
        self.tp += len(pairs)
        for gold, found in pairs:
            for fname, ok in checks:
                self.compared[fname] += 1
                self.right[fname] += bool(ok(gold, found))
        self.fn += len(missing)
        self.fp += len(extra)
        self.misses += [("missing", m) for m in missing] + [("extra", e) for e in extra]

    def score(self, record_type: str) -> TypeScore:
        fields = {f: self.right[f] / n for f, n in self.compared.items() if n}
        return TypeScore(record_type, self.tp, self.fp, self.fn, fields, list(self.misses))


# ---------------------------------------------------------------- comparisons


def words(text: str | None) -> Counter:
    return Counter(re.findall(r"[a-z0-9]+", (text or "").lower()))


def similarity(a: str | None, b: str | None) -> float:
    """Dice coefficient of the two texts' word multisets; two empty texts are alike."""
    wa, wb = words(a), words(b)
    total = sum(wa.values()) + sum(wb.values())
    return 2 * sum((wa & wb).values()) / total if total else 1.0


def similar(a: str | None, b: str | None) -> bool:
    return similarity(a, b) >= SIMILAR


def item_no(value: Any) -> str | None:
    """'5.0' == '5', '4.1.' == '4.1', '05' == '5'; None stays None."""
    if value is None:
        return None
    parts = str(value).strip().rstrip(".").split(".")
    while len(parts) > 1 and parts[-1] in ("0", ""):
        parts.pop()
    return ".".join(p.lstrip("0") or "0" for p in parts)


def name(value: str | None) -> str:
    """A name as its lowercase alphanumeric words."""
    return " ".join(re.findall(r"[a-z0-9]+", (value or "").lower()))


def _printed_no(value: Any) -> str:
    return str(value).strip().rstrip(".")


def _same(column: str) -> Callable[[Record, Record], bool]:
    return lambda g, f: g.get(column) == f.get(column)


def _alike(column: str) -> Callable[[Record, Record], bool]:
    return lambda g, f: similar(g.get(column), f.get(column))


def _describe(key: Hashable) -> str:
    parts = key if isinstance(key, tuple) else (key,)
    return " / ".join("-" if p is None else str(p) for p in parts)


# ---------------------------------------------------------------- matching


def _pair_on(gold: list[Record], found: list[Record], key: Key) -> tuple[Pairs, list[Record], list[Record]]:
    """Pair records with equal keys, first come first served; return pairs and leftovers."""
    pool: dict[Hashable, list[Record]] = defaultdict(list)
    for f in found:
        pool[key(f)].append(f)
    pairs, unmatched = [], []
    for g in gold:
        candidates = pool.get(key(g))
        if candidates:
            pairs.append((g, candidates.pop(0)))
        else:
            unmatched.append(g)
    return pairs, unmatched, [f for left in pool.values() for f in left]


def match_keyed(
    tally: _Tally, gold: list[Record], found: list[Record], key: Key, checks: list[FieldCheck], exact: Key | None = None
) -> None:
    """Multiset matching on `key`, after a first pass on `exact` when given."""
    pairs: Pairs = []
    for keyf in ([exact] if exact else []) + [key]:
        more, gold, found = _pair_on(gold, found, keyf)
        pairs += more
    tally.add(pairs, [_describe(key(g)) for g in gold], [_describe(key(f)) for f in found], checks)


def _ranked_pairs(gold_texts: list[str | None], found_texts: list[str | None]) -> list[tuple[int, int]]:
    """Index pairs similar enough to match, best first (ties: later indexes first, as score.py)."""
    scored = sorted(
        ((similarity(g, f), gi, fi) for gi, g in enumerate(gold_texts) for fi, f in enumerate(found_texts)),
        reverse=True,
    )
    return [(gi, fi) for s, gi, fi in scored if s >= SIMILAR]


def _greedy(ranked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Take each ranked pair whose gold and found records are both still free."""
    used_g: set[int] = set()
    used_f: set[int] = set()
    chosen = []
    for gi, fi in ranked:
        if gi not in used_g and fi not in used_f:
            used_g.add(gi)
            used_f.add(fi)
            chosen.append((gi, fi))
    return chosen


def match_text(
    tally: _Tally,
    gold: list[Record],
    found: list[Record],
    column_gold: str,
    column_found: str,
    checks: list[FieldCheck],
) -> None:
    """Greedy best-first matching on text similarity."""
    gold_texts = [g.get(column_gold) for g in gold]
    found_texts = [f.get(column_found) for f in found]
    chosen = _greedy(_ranked_pairs(gold_texts, found_texts))
    used_g, used_f = {gi for gi, _ in chosen}, {fi for _, fi in chosen}
    missing = [(t or "")[:80] for i, t in enumerate(gold_texts) if i not in used_g]
    extra = [(t or "")[:80] for i, t in enumerate(found_texts) if i not in used_f]
    tally.add([(gold[gi], found[fi]) for gi, fi in chosen], missing, extra, checks)


# ---------------------------------------------------------------- database


def _connect(db_path: Path) -> sqlite3.Connection:
    if not db_path.is_file():
        raise EvaluationError(f"no database at {db_path}: build it first (default output/boardpapers.db)")
    db = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    db.row_factory = sqlite3.Row
    return db


def _rows(db: sqlite3.Connection, sql: str, args: tuple = ()) -> list[Record]:
    try:
        return [dict(r) for r in db.execute(sql, args)]
    except sqlite3.Error as e:
        raise EvaluationError(
            f"the database does not follow the contract in SCHEMA.md ({e}); rebuild it with "
            f"the current pipeline, or add the missing table or column"
        ) from e


def _require_tables(db: sqlite3.Connection, record_types: set[str]) -> None:
    needed = {"documents", "meetings"}.union(*(TABLES_READ[t] for t in record_types))
    present = {r["name"] for r in _rows(db, "select name from sqlite_master where type in ('table', 'view')")}
    missing = sorted(needed - present)
    if missing:
        raise EvaluationError(
            f"the database lacks the contract table(s) {', '.join(missing)} (see SCHEMA.md); "
            f"rebuild it with the current pipeline, or create them even if empty"
        )


def _document_id(db: sqlite3.Connection, gold: Record, gold_path: Path) -> str:
    for row in _rows(db, "select id, path from documents"):
        if str(row["path"]).replace("\\", "/").endswith(gold["file"]):
            return row["id"]
    raise EvaluationError(
        f"no document in the database has a path ending with {gold['file']} (named by gold file "
        f"{gold_path.name}); ingest that PDF, or remove the gold file from the gold directory"
    )


def _with_meeting_dates(found: list[Record], dates: dict[Any, str]) -> list[Record]:
    for f in found:
        f["meeting_date"] = dates.get(f["meeting_id"])
    return found


# ---------------------------------------------------------------- record types

MEETING_CHECKS: list[FieldCheck] = [
    ("body", lambda g, f: name(g.get("body")) == name(f.get("body"))),
    ("start_time", _same("start_time")),
    ("location", _alike("location")),
    ("minutes_status", _same("minutes_status")),
]
AGENDA_CHECKS: list[FieldCheck] = [("title", _alike("title"))]
DECISION_CHECKS: list[FieldCheck] = [("decision_type", _same("decision_type")), ("text", _alike("text"))]
ACTION_CHECKS: list[FieldCheck] = [
    ("action_number", _same("action_number")),
    ("raised_date", _same("raised_date")),
    ("agenda_item_number", lambda g, f: item_no(g.get("agenda_item_number")) == item_no(f.get("agenda_item_number"))),
    ("target_date", _same("target_date")),
    ("owners", lambda g, f: {name(o) for o in g.get("owners") or []} == f["owners"]),
    ("status", _same("status")),
]
RISK_CHECKS: list[FieldCheck] = [("objective", _alike("objective")), ("description", _alike("description"))]
RATING_CHECKS: list[FieldCheck] = [(c, _same(c)) for c in ("likelihood", "impact", "score", "register_date")]


def _dated_item_key(r: Record) -> Hashable:
    return (r["meeting_date"], item_no(r["item_number"]))


@dataclass
class _Context:
    db: sqlite3.Connection
    doc: str
    meeting_dates: dict[Any, str]
    tallies: dict[str, _Tally]

    def doc_rows(self, table: str) -> list[Record]:
        found = _rows(self.db, f"select * from {table} where document_id = ?", (self.doc,))
        return _with_meeting_dates(found, self.meeting_dates)


def _score_meetings(ctx: _Context, gold: list[Record]) -> None:
    linked = {
        r["meeting_id"]
        for table in TABLES_READ["meetings"]
        for r in _rows(ctx.db, f"select distinct meeting_id from {table} where document_id = ?", (ctx.doc,))
    }
    found = [r for r in _rows(ctx.db, "select * from meetings") if r["id"] in linked]
    match_keyed(ctx.tallies["meetings"], gold, found, lambda r: r["meeting_date"], MEETING_CHECKS)


def _score_attendance(ctx: _Context, gold: list[Record]) -> None:
    match_keyed(
        ctx.tallies["attendance"],
        gold,
        ctx.doc_rows("attendance"),
        lambda r: (r["meeting_date"], name(r["name"]), r["attendance"]),
        [],
    )


def _score_agenda_items(ctx: _Context, gold: list[Record]) -> None:
    match_keyed(
        ctx.tallies["agenda_items"],
        gold,
        ctx.doc_rows("agenda_items"),
        _dated_item_key,
        AGENDA_CHECKS,
        exact=lambda r: (r["meeting_date"], _printed_no(r["item_number"])),
    )


def _score_decisions(ctx: _Context, gold: list[Record]) -> None:
    match_keyed(ctx.tallies["decisions"], gold, ctx.doc_rows("decisions"), _dated_item_key, DECISION_CHECKS)


def _owner_names(db: sqlite3.Connection) -> dict[Any, set[str]]:
    owners: dict[Any, set[str]] = defaultdict(set)
    for r in _rows(db, "select ao.action_id, o.name from action_owners ao join owners o on o.id = ao.owner_id"):
        owners[r["action_id"]].add(name(r["name"]))
    return owners


def _score_actions(ctx: _Context, gold: list[Record]) -> None:
    found = _rows(
        ctx.db,
        """select distinct a.* from actions a
                             left join action_events e on e.action_id = a.id
                             where a.document_id = ? or (e.document_id = ? and e.event = 'raised')""",
        (ctx.doc, ctx.doc),
    )
    owners = _owner_names(ctx.db)
    for f in found:
        f["owners"] = owners.get(f["id"], set())
    match_text(ctx.tallies["actions"], gold, found, "description", "description", ACTION_CHECKS)


def _score_risks(ctx: _Context, gold: list[Record]) -> None:
    found = _rows(
        ctx.db,
        """select distinct r.* from risks r join risk_ratings rr on rr.risk_id = r.id
                             where rr.document_id = ?""",
        (ctx.doc,),
    )
    match_keyed(ctx.tallies["risks"], gold, found, lambda r: r["reference"], RISK_CHECKS)
    gold_ratings = [dict(x, reference=r["reference"]) for r in gold for x in r.get("ratings") or []]
    found_ratings = _rows(
        ctx.db,
        """select r.reference, rr.* from risk_ratings rr
                                     join risks r on r.id = rr.risk_id where rr.document_id = ?""",
        (ctx.doc,),
    )
    match_keyed(
        ctx.tallies["risk_ratings"], gold_ratings, found_ratings, lambda r: (r["reference"], r["phase"]), RATING_CHECKS
    )


SCORERS: dict[str, Callable[[_Context, list[Record]], None]] = {
    "meetings": _score_meetings,
    "attendance": _score_attendance,
    "agenda_items": _score_agenda_items,
    "decisions": _score_decisions,
    "actions": _score_actions,
    "risks": _score_risks,  # also scores risk_ratings
}


# ---------------------------------------------------------------- entry point


def _load_gold(gold_dir: Path) -> list[tuple[Path, Record]]:
    if not gold_dir.is_dir():
        raise EvaluationError(f"no gold directory at {gold_dir}: point at the folder of gold JSON files")
    return [(path, _read_gold(path)) for path in sorted(gold_dir.glob("*.json"))]


def _read_gold(path: Path) -> Record:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise EvaluationError(f"gold file {path} cannot be read as JSON ({e}); fix or remove it") from e
    if not isinstance(gold, dict) or not gold.get("file"):
        raise EvaluationError(f'gold file {path} names no source "file"; add one (see the gold README)')
    return gold


def _types_named(golds: list[tuple[Path, Record]]) -> set[str]:
    named = {t for _, gold in golds for t in TYPES if t in gold}
    return named | ({"risk_ratings"} if "risks" in named else set())


def _score_file(db: sqlite3.Connection, gold_path: Path, gold: Record, tallies: dict[str, _Tally]) -> None:
    dates = {r["id"]: r["meeting_date"] for r in _rows(db, "select id, meeting_date from meetings")}
    ctx = _Context(db, _document_id(db, gold, gold_path), dates, tallies)
    for record_type, scorer in SCORERS.items():
        if record_type in gold:
            scorer(ctx, list(gold[record_type] or []))


def _report(tallies: dict[str, _Tally], named: set[str]) -> EvaluationReport:
    types = {t: tallies[t].score(t) for t in TYPES if t in named}
    weighted = [s.weighted_f1 for s in types.values()]
    return EvaluationReport(types, sum(weighted) / len(weighted) if weighted else 0.0)


def evaluate(db_path: str | Path, gold_dir: str | Path) -> EvaluationReport:
    """Score the database at `db_path` against every gold JSON file in `gold_dir`."""
    golds = _load_gold(Path(gold_dir))
    named = _types_named(golds)
    tallies = {t: _Tally() for t in TYPES}
    with closing(_connect(Path(db_path))) as db:
        _require_tables(db, named)
        for gold_path, gold in golds:
            _score_file(db, gold_path, gold, tallies)
    return _report(tallies, named)
