"""Tests for pipeline.evaluate: each matching rule on tiny databases and gold files."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.evaluate import (
    EvaluationError,
    EvaluationReport,
    TypeScore,
    evaluate,
    item_no,
    similarity,
)

REFERENCE_SCORER = Path("/work/shared/eval/score.py")
DOC = "doc-a"
FILE = "19-10-09-BCB-Agenda-Pack.pdf"
DATE = "2019-10-09"

# Only the columns the scorer reads.
CONTRACT = {
    "documents": "id, path",
    "meetings": "id, body, meeting_date, start_time, location, minutes_status",
    "attendance": "meeting_id, name, attendance, document_id",
    "agenda_items": "id, meeting_id, item_number, title, document_id",
    "decisions": "id, meeting_id, item_number, decision_type, text, document_id",
    "actions": "id, action_number, raised_date, agenda_item_number, description, target_date, status, document_id",
    "action_events": "action_id, meeting_id, event, document_id",
    "action_owners": "action_id, owner_id",
    "owners": "id, name",
    "risks": "id, reference, objective, description",
    "risk_ratings": "risk_id, document_id, phase, likelihood, impact, score, register_date",
}


def make_db(path: Path, rows: dict[str, list[dict]], skip: tuple[str, ...] = ()) -> Path:
    """A contract database holding document DOC (at corpus/FILE), meeting m1 and `rows`."""
    db = sqlite3.connect(path)
    for table, columns in CONTRACT.items():
        if table not in skip:
            db.execute(f"create table {table} ({columns})")
    base = {
        "documents": [{"id": DOC, "path": f"corpus/{FILE}"}],
        "meetings": [{"id": "m1", "body": "Business Coordination Board", "meeting_date": DATE}],
    }
    for table, records in {**base, **rows}.items():
        for r in records:
            db.execute(f"insert into {table} ({', '.join(r)}) values ({', '.join('?' * len(r))})", tuple(r.values()))
    db.commit()
    db.close()
    return path


def write_gold(folder: Path, name: str = "a.json", **types) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(json.dumps({"file": FILE, **types}))
    return folder


def run(tmp_path: Path, rows: dict[str, list[dict]], **gold) -> EvaluationReport:
    db = make_db(tmp_path / "t.db", rows)
    return evaluate(db, write_gold(tmp_path / "gold", **gold))


def counts(score: TypeScore) -> tuple[int, int, int]:
    return score.tp, score.fp, score.fn


def item(number: str, title: str, **extra) -> dict:
    return {
        "id": f"i{number}-{title}",
        "meeting_id": "m1",
        "item_number": number,
        "title": title,
        "document_id": DOC,
        **extra,
    }


def gold_item(number: str, title: str) -> dict:
    return {"meeting_date": DATE, "item_number": number, "title": title}


def action(id_: str, description: str, **extra) -> dict:
    return {"id": id_, "description": description, "document_id": DOC, "status": "open", **extra}


def gold_action(description: str, **extra) -> dict:
    return {
        "description": description,
        "action_number": None,
        "raised_date": None,
        "agenda_item_number": None,
        "owners": [],
        "target_date": None,
        "status": "open",
        **extra,
    }


# ---------------------------------------------------------------- helpers


def test_item_numbers_compare_without_trailing_zero_or_dot():
    assert item_no("5") == item_no("5.0") == item_no("5.") == item_no("05") == "5"
    assert item_no("4.1.0") == "4.1" and item_no("4.10") == "4.10"
    assert item_no(None) is None


def test_similarity_is_dice_of_word_multisets():
    assert similarity("The Board noted", "the board, NOTED.") == 1.0
    assert similarity("a a b", "a b b") == pytest.approx(2 * 2 / 6)
    assert similarity(None, "") == 1.0 and similarity("x", None) == 0.0


# ---------------------------------------------------------------- agenda items


def test_agenda_item_5_matches_gold_5_0(tmp_path):
    report = run(
        tmp_path, {"agenda_items": [item("5.0", "Victims Theme")]}, agenda_items=[gold_item("5", "Victims Theme")]
    )
    score = report.types["agenda_items"]
    assert counts(score) == (1, 0, 0)
    assert score.f1 == 1.0 and score.fields == {"title": 1.0}


def test_agenda_with_both_5_and_5_0_pairs_each_with_its_own_item(tmp_path):
    # Listed "5.0" first: without the exact-key pass, gold "5" would take it.
    rows = {
        "agenda_items": [
            item("5.0", "OPCC work to deliver partnership support"),
            item("5", "Police and Crime Plan Victims Theme"),
        ]
    }
    report = run(
        tmp_path,
        rows,
        agenda_items=[
            gold_item("5", "Police and Crime Plan Victims Theme"),
            gold_item("5.0", "OPCC work to deliver partnership support"),
        ],
    )
    score = report.types["agenda_items"]
    assert counts(score) == (2, 0, 0)
    assert score.fields == {"title": 1.0}


def test_agenda_item_of_another_meeting_date_does_not_match(tmp_path):
    rows = {
        "meetings": [{"id": "m1", "meeting_date": DATE}, {"id": "m2", "meeting_date": "2019-09-18"}],
        "agenda_items": [item("4", "Action Log", meeting_id="m2")],
    }
    score = run(tmp_path, rows, agenda_items=[gold_item("4", "Action Log")]).types["agenda_items"]
    assert counts(score) == (0, 1, 1)
    assert score.misses == [("missing", f"{DATE} / 4"), ("extra", "2019-09-18 / 4")]


# ---------------------------------------------------------------- decisions and attendance


def decision(number: str, kind: str, text: str) -> dict:
    return {
        "id": f"d{number}",
        "meeting_id": "m1",
        "item_number": number,
        "decision_type": kind,
        "text": text,
        "document_id": DOC,
    }


def test_decision_with_wrong_type_is_matched_but_its_field_is_wrong(tmp_path):
    rows = {
        "decisions": [
            decision("4.3", "noted", "The Board approved the minutes."),
            decision("6.1", "noted", "The Board noted the report."),
        ]
    }
    gold = [
        {
            "meeting_date": DATE,
            "item_number": "4.3",
            "decision_type": "approved",
            "text": "The Board approved the minutes.",
        },
        {"meeting_date": DATE, "item_number": "6.1", "decision_type": "noted", "text": "The Board noted the report."},
    ]
    report = run(tmp_path, rows, decisions=gold)
    score = report.types["decisions"]
    assert counts(score) == (2, 0, 0) and score.f1 == 1.0
    assert score.fields == {"decision_type": 0.5, "text": 1.0}
    assert score.min_field_accuracy == 0.5
    assert report.macro_f1 == pytest.approx(0.75)


def test_extra_record_counts_against_precision(tmp_path):
    rows = {
        "attendance": [
            {"meeting_id": "m1", "name": "Ray Bisby", "attendance": "member", "document_id": DOC},
            {"meeting_id": "m1", "name": "Jason Ablewhite", "attendance": "member", "document_id": DOC},
        ]
    }
    gold = [{"meeting_date": DATE, "name": "RAY  BISBY.", "attendance": "member"}]
    score = run(tmp_path, rows, attendance=gold).types["attendance"]
    assert counts(score) == (1, 1, 0)
    assert (score.precision, score.recall) == (0.5, 1.0)
    assert score.f1 == pytest.approx(2 / 3)
    assert score.fields == {} and score.min_field_accuracy == 1.0
    assert score.misses == [("extra", f"{DATE} / jason ablewhite / member")]


def test_empty_gold_list_makes_every_row_a_false_positive(tmp_path):
    report = run(tmp_path, {"decisions": [decision("4.1", "noted", "The Board noted it.")]}, decisions=[])
    score = report.types["decisions"]
    assert counts(score) == (0, 1, 0)
    assert (score.precision, score.recall, score.f1) == (0.0, 1.0, 0.0)
    assert report.macro_f1 == 0.0


def test_empty_gold_list_and_nothing_found_is_perfect(tmp_path):
    report = run(tmp_path, {}, decisions=[])
    score = report.types["decisions"]
    assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)
    assert list(report.types) == ["decisions"] and report.macro_f1 == 1.0


def test_rows_of_other_documents_are_not_read(tmp_path):
    other = decision("4.1", "noted", "The Board noted it.") | {"document_id": "doc-b"}
    score = run(tmp_path, {"decisions": [other]}, decisions=[]).types["decisions"]
    assert counts(score) == (0, 0, 0)


# ---------------------------------------------------------------- meetings


def test_meetings_are_those_the_documents_rows_point_at(tmp_path):
    rows = {
        "meetings": [
            {
                "id": "m1",
                "body": "BUSINESS COORDINATION BOARD",
                "meeting_date": DATE,
                "start_time": "10:30",
                "location": "HQ Conference Room 2",
            },
            {"id": "m2", "body": "Joint Audit Committee", "meeting_date": "2019-09-18"},
        ],
        "agenda_items": [item("1", "Welcome")],
    }
    gold = [
        {
            "body": "Business Coordination Board",
            "meeting_date": DATE,
            "start_time": "15:00",
            "location": "HQ, Conference Room 2",
            "minutes_status": None,
        }
    ]
    score = run(tmp_path, rows, meetings=gold).types["meetings"]
    assert counts(score) == (1, 0, 0)  # m2 is not linked to this document
    assert score.fields == {"body": 1.0, "start_time": 0.0, "location": 1.0, "minutes_status": 1.0}


# ---------------------------------------------------------------- actions

GOLD_TEXT = "one two three four five six seven eight nine ten"


@pytest.mark.parametrize(
    "found, matched",
    [
        # 8 of 11 + 11 words shared: Dice 16/22 = 0.727, just above 0.7
        ("one two three four five six seven eight x1 x2 x3", True),
        # 7 of 10 + 10 words shared: Dice 14/20 = 0.7, exactly at the threshold
        ("one two three four five six seven x1 x2 x3", True),
        # 7 of 10 + 11 words shared: Dice 14/21 = 0.667, just below
        ("one two three four five six seven x1 x2 x3 x4", False),
    ],
)
def test_action_text_matches_at_the_similarity_threshold(tmp_path, found, matched):
    score = run(tmp_path, {"actions": [action("a1", found)]}, actions=[gold_action(GOLD_TEXT)]).types["actions"]
    assert counts(score) == ((1, 0, 0) if matched else (0, 1, 1))


def test_action_matching_is_greedy_best_first(tmp_path):
    rows = {
        "actions": [action("a1", "review the estates strategy report"), action("a2", "review the estates strategy")]
    }
    gold = [
        gold_action("review the estates strategy", status="closed"),
        gold_action("review the estates strategy report"),
    ]
    score = run(tmp_path, rows, actions=gold).types["actions"]
    assert counts(score) == (2, 0, 0)
    assert score.fields["status"] == 0.5  # each pairs with its identical text


def test_action_owners_compare_as_sets_of_canonical_names(tmp_path):
    rows = {
        "actions": [action("a1", "Publish the victims strategy"), action("a2", "Report on the estates review")],
        "owners": [{"id": "o1", "name": "Police and Crime Commissioner"}, {"id": "o2", "name": "CHIEF CONSTABLE"}],
        "action_owners": [
            {"action_id": "a1", "owner_id": "o2"},
            {"action_id": "a1", "owner_id": "o1"},
            {"action_id": "a2", "owner_id": "o1"},
        ],
    }
    gold = [
        gold_action("Publish the victims strategy", owners=["police and crime commissioner", "Chief Constable"]),
        gold_action("Report on the estates review", owners=["Police and Crime Commissioner", "Chief Finance Officer"]),
    ]
    score = run(tmp_path, rows, actions=gold).types["actions"]
    assert counts(score) == (2, 0, 0)
    assert score.fields["owners"] == 0.5


def test_action_is_found_through_its_raised_event_in_the_document(tmp_path):
    rows = {
        "actions": [
            action("a1", "Circulate the paper", document_id="doc-b", agenda_item_number="14.0"),
            action("a2", "Seen only as an update", document_id="doc-b"),
        ],
        "action_events": [
            {"action_id": "a1", "meeting_id": "m1", "event": "raised", "document_id": DOC},
            {"action_id": "a2", "meeting_id": "m1", "event": "updated", "document_id": DOC},
        ],
    }
    score = run(tmp_path, rows, actions=[gold_action("Circulate the paper", agenda_item_number="14")]).types["actions"]
    assert counts(score) == (1, 0, 0)
    assert score.fields["agenda_item_number"] == 1.0


# ---------------------------------------------------------------- risks


def test_risk_ratings_are_keyed_on_reference_and_phase(tmp_path):
    rating = {"risk_id": "r1", "document_id": DOC, "register_date": "2019-08-13"}
    rows = {
        "risks": [
            {
                "id": "r1",
                "reference": "SR1.1",
                "objective": "Public Engagement",
                "description": "Failure to engage the public",
            }
        ],
        "risk_ratings": [
            rating | {"phase": "current", "likelihood": 3, "impact": 4, "score": 12},
            rating | {"phase": "target", "likelihood": 2, "impact": 4, "score": 9},
            rating | {"phase": "inherent", "likelihood": 4, "impact": 4, "score": 16},
        ],
    }
    gold = [
        {
            "reference": "SR1.1",
            "objective": "Public Engagement",
            "description": "Failure to engage the public",
            "ratings": [
                {"phase": "target", "likelihood": 2, "impact": 4, "score": 8, "register_date": "2019-08-13"},
                {"phase": "current", "likelihood": 3, "impact": 4, "score": 12, "register_date": "2019-08-13"},
            ],
        }
    ]
    report = run(tmp_path, rows, risks=gold)
    assert counts(report.types["risks"]) == (1, 0, 0)
    ratings = report.types["risk_ratings"]
    assert counts(ratings) == (2, 1, 0)
    assert ratings.fields == {"likelihood": 1.0, "impact": 1.0, "score": 0.5, "register_date": 1.0}
    assert ratings.misses == [("extra", "SR1.1 / inherent")]
    assert list(report.types) == ["risks", "risk_ratings"]
    assert report.macro_f1 == pytest.approx((1.0 + 0.8 * 0.875) / 2)


# ---------------------------------------------------------------- errors


def test_gold_file_naming_an_absent_document_is_an_error(tmp_path):
    db = make_db(tmp_path / "t.db", {})
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "b.json").write_text(json.dumps({"file": "absent.pdf", "decisions": []}))
    with pytest.raises(EvaluationError, match=r"absent\.pdf.*b\.json.*ingest"):
        evaluate(db, gold)


def test_database_lacking_a_contract_table_is_an_error(tmp_path):
    db = make_db(tmp_path / "t.db", {}, skip=("risk_ratings",))
    with pytest.raises(EvaluationError, match="lacks the contract table.*risk_ratings"):
        evaluate(db, write_gold(tmp_path / "gold", risks=[]))


def test_database_lacking_a_contract_column_is_an_error(tmp_path):
    db = sqlite3.connect(tmp_path / "t.db")
    for table in CONTRACT:
        db.execute(f"create table {table} (id, document_id)")
    db.execute("insert into documents values (?, ?)", (DOC, DOC))
    db.commit()
    db.close()
    with pytest.raises(EvaluationError, match="contract"):
        evaluate(tmp_path / "t.db", write_gold(tmp_path / "gold", decisions=[]))


def test_missing_database_file_is_an_error(tmp_path):
    with pytest.raises(EvaluationError, match="no database"):
        evaluate(tmp_path / "none.db", write_gold(tmp_path / "gold", decisions=[]))


# ---------------------------------------------------------------- rendering


def test_table_and_dict_render_the_scores(tmp_path):
    report = run(
        tmp_path,
        {"decisions": [decision("4.1", "noted", "The Board noted it.")]},
        decisions=[
            {"meeting_date": DATE, "item_number": "4.2", "decision_type": "noted", "text": "The Board noted it."}
        ],
    )
    table = report.as_table(misses=True)
    assert table.splitlines()[1].split() == ["decisions", "0.000", "0.000", "0.000"]
    assert f"missing: {DATE} / 4.2" in table and f"extra: {DATE} / 4.1" in table
    assert "macro F1 (field-weighted): 0.000" in table
    assert "missing:" not in report.as_table()
    data = report.as_dict()
    assert data["types"]["decisions"]["fp"] == 1 and data["macro_f1"] == 0.0
    json.dumps(data)


# ---------------------------------------------------------------- the reference scorer


def mixed_rows() -> dict[str, list[dict]]:
    """A little of everything, right and wrong."""
    return {
        "meetings": [
            {
                "id": "m1",
                "body": "Business Co-ordination Board",
                "meeting_date": DATE,
                "start_time": "10:30",
                "location": "HQ",
                "minutes_status": None,
            }
        ],
        "attendance": [{"meeting_id": "m1", "name": "Ray Bisby", "attendance": "member", "document_id": DOC}],
        "agenda_items": [item("5.0", "OPCC work"), item("5", "Victims Theme"), item("7", "Risk Register")],
        "decisions": [decision("4.3", "agreed", "The Board approved the minutes.")],
        "actions": [action("a1", GOLD_TEXT, status="closed"), action("a2", "entirely different words here")],
        "owners": [{"id": "o1", "name": "Chief Constable"}],
        "action_owners": [{"action_id": "a1", "owner_id": "o1"}],
        "risks": [{"id": "r1", "reference": "SR1", "objective": "Setting Direction", "description": "x"}],
        "risk_ratings": [
            {
                "risk_id": "r1",
                "document_id": DOC,
                "phase": "current",
                "likelihood": 2,
                "impact": 3,
                "score": 6,
                "register_date": None,
            }
        ],
    }


def mixed_gold() -> dict[str, list[dict]]:
    return {
        "meetings": [
            {
                "body": "Business Coordination Board",
                "meeting_date": DATE,
                "start_time": "10:30",
                "location": "HQ",
                "minutes_status": None,
            }
        ],
        "attendance": [
            {"meeting_date": DATE, "name": "Ray Bisby", "attendance": "member"},
            {"meeting_date": DATE, "name": "Dorothy Gardner", "attendance": "apologies"},
        ],
        "agenda_items": [gold_item("5", "Victims Theme"), gold_item("5.0", "OPCC work")],
        "decisions": [
            {
                "meeting_date": DATE,
                "item_number": "4.3",
                "decision_type": "approved",
                "text": "The Board approved the minutes.",
            }
        ],
        "actions": [gold_action(GOLD_TEXT, owners=["Chief Constable"])],
        "risks": [
            {
                "reference": "SR1",
                "objective": "Setting Direction",
                "description": "y",
                "ratings": [
                    {"phase": "current", "likelihood": 2, "impact": 3, "score": 6, "register_date": None},
                    {"phase": "target", "likelihood": 1, "impact": 3, "score": 3, "register_date": None},
                ],
            }
        ],
    }


@pytest.mark.skipif(not REFERENCE_SCORER.exists(), reason="reference scorer not available")
def test_figures_agree_with_the_reference_scorer(tmp_path):
    db = make_db(tmp_path / "t.db", mixed_rows())
    gold = write_gold(tmp_path / "gold", **mixed_gold())
    out = subprocess.run(
        [sys.executable, str(REFERENCE_SCORER), str(db), str(gold), "--json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    reference = json.loads(out[: out.rindex("}") + 1])
    report = evaluate(db, gold)
    assert round(report.macro_f1, 3) == reference["macro_f1"]
    assert set(report.types) == set(reference["types"])
    for record_type, score in report.types.items():
        expected = reference["types"][record_type]
        assert round(score.f1, 3) == expected["f1"], record_type
        assert counts(score) == (expected["tp"], expected["fp"], expected["fn"]), record_type
        assert {k: round(v, 3) for k, v in score.fields.items()} == expected["fields"], record_type
