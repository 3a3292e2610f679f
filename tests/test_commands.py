"""The query commands over the corpus database: thin layers over the views analysts use."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest
from click.testing import CliRunner

from pipeline.cli import cli


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def first_column(output: str) -> list[str]:
    """The first column of a table (after its header and rule)."""
    return [line.split()[0] for line in output.splitlines()[2:] if line.strip()]


def test_overdue_actions_of_an_owner(corpus_db):
    output = run("actions", "--db", str(corpus_db), "--owner", "Constabulary", "--overdue-at", "2019-10-01")
    with sqlite3.connect(corpus_db) as conn:
        expected = [
            r[0]
            for r in conn.execute(
                "select a.id from actions a join action_owners ao on ao.action_id = a.id join owners o on o.id = ao.owner_id "
                "where o.name = 'Cambridgeshire Constabulary' and a.status = 'open' and a.target_date < '2019-10-01' "
                "order by a.raised_date, a.action_number"
            )
        ]
    assert first_column(output) == expected and len(expected) == 3


def test_open_actions_list_every_open_action(corpus_db):
    with sqlite3.connect(corpus_db) as conn:
        count = conn.execute("select count(*) from open_actions").fetchone()[0]
    assert len(first_column(run("actions", "--db", str(corpus_db), "--open"))) == count == 13


def test_trace_prints_each_step_with_document_and_page(corpus_db):
    with sqlite3.connect(corpus_db) as conn:
        action_id = conn.execute("select id from actions where action_number = '6.0'").fetchone()[0]
    output = run("trace", action_id, "--db", str(corpus_db), "--json")
    steps = json.loads(output)["steps"]
    assert [(s["meeting_date"], s["event"]) for s in steps] == [("2019-05-16", "raised"), ("2019-10-09", "updated")]
    assert {(s["document_path"].rsplit("/", 1)[-1], s["page"]) for s in steps} == {("19-10-09-BCB-Agenda-Pack.pdf", 2)}
    assert steps[0]["page_label"] == "Page 1 of 2"  # the action log's own footer, on the pack's page 2


def test_trace_finds_an_action_by_id_or_printed_reference_among_lettered_numbers(gallery_db):
    """References like 'SPCB/2019/03' or an id are no number: they must not match every other
    action whose number is no number either."""
    with sqlite3.connect(gallery_db) as conn:
        action_id, number = conn.execute(
            "select id, action_number from actions where action_number like '%/%' "
            "and action_number in (select action_number from actions group by 1 having count(*) = 1) limit 1"
        ).fetchone()
    for reference in (action_id, number):
        steps = json.loads(run("trace", reference, "--db", str(gallery_db), "--json"))
        assert steps["action"]["id"] == action_id


def test_trace_of_an_unknown_action_says_where_to_find_ids(corpus_db):
    result = CliRunner().invoke(cli, ["trace", "no-such-action", "--db", str(corpus_db)])
    assert result.exit_code == 1 and "boardpapers actions" in result.output


def test_trace_takes_an_action_number_and_prints_a_header(corpus_db):
    output = run("trace", "6", "--db", str(corpus_db))
    header = output.split("\n\n")[0]
    assert header.splitlines()[0] == "Action 6.0, raised 2019-05-16 under item 8.1"
    assert "increase in sickness levels" in header and "owners: Cambridgeshire Constabulary" in header
    assert "status: open; target 2019-11-14; last seen 2019-10-09" in header


def test_a_number_two_actions_share_needs_the_date_raised(corpus_db):
    result = CliRunner().invoke(cli, ["trace", "1.0", "--db", str(corpus_db)])
    assert result.exit_code == 1
    assert "--raised" in result.output and "2019-01-24" in result.output and "2019-02-28" in result.output
    output = run("trace", "1.0", "--raised", "2019-02-28", "--db", str(corpus_db))
    assert output.splitlines()[0] == "Action 1.0, raised 2019-02-28 under item 5.3"


def test_every_read_command_speaks_json_nl_and_csv(corpus_db):
    for command in (["actions"], ["owners"], ["risks", "SR3.1"]):
        as_json = json.loads(run(*command, "--db", str(corpus_db), "--json"))
        as_nl = [json.loads(line) for line in run(*command, "--db", str(corpus_db), "--nl").splitlines()]
        as_csv = list(csv.DictReader(io.StringIO(run(*command, "--db", str(corpus_db), "--csv"))))
        assert as_json == as_nl and len(as_json) == len(as_csv) > 0
        assert [str(r["id" if "id" in r else "score"]) for r in as_json] == [
            r["id" if "id" in r else "score"] for r in as_csv
        ]


def test_tables_cut_nothing_unless_asked(corpus_db):
    with sqlite3.connect(corpus_db) as conn:
        longest = conn.execute("select description from actions order by length(description) desc").fetchone()[0]
    assert len(longest) > 200 and longest in run("actions", "--db", str(corpus_db))
    cut = run("actions", "--db", str(corpus_db), "--width", "30")
    assert longest not in cut and longest[:29] + "…" in cut
    assert max(len(line) for line in cut.splitlines()) <= 7 * (30 + 2)  # seven columns of at most 30


def test_the_database_comes_from_boardpapers_db(corpus_db):
    result = CliRunner(env={"BOARDPAPERS_DB": str(corpus_db)}).invoke(cli, ["risks", "SR3.1"])
    assert result.exit_code == 0 and result.output.startswith("SR3.1 ")


def test_a_file_that_is_not_a_boardpapers_database_is_refused(tmp_path):
    text = tmp_path / "notes.db"
    text.write_text("not a database")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("create table t (x)").connection.commit()
    for path, words in ((text, "is not a SQLite database"), (other, "is not a boardpapers database")):
        result = CliRunner().invoke(cli, ["owners", "--db", str(path)])
        assert result.exit_code == 1 and words in result.output, result.output


def test_report_writes_the_charts(corpus_db, tmp_path):
    names = {line.rsplit("/", 1)[-1] for line in run("report", "--db", str(corpus_db), "--out", str(tmp_path)).split()}
    assert {"risk-scores.svg", "action-ageing.svg", "index.html"} <= names
    assert any(n.startswith("heat-map-2019-08-13") for n in names)


def test_risks_prints_the_ratings_of_a_reference(corpus_db):
    output = run("risks", "sr3.1", "--db", str(corpus_db))
    assert output.splitlines()[0].startswith("SR3.1 Resourcing and Enabling Delivery:")
    ratings = [line.split()[:5] for line in output.splitlines()[3:]]
    assert ratings == [
        ["2019-08-13", "inherent", "3", "4", "18"],
        ["2019-08-13", "current", "3", "4", "18"],
        ["2019-08-13", "target", "1", "2", "3"],
    ]


@pytest.mark.parametrize(
    "name, owner_id",
    [
        ("Constab", "org:cambridgeshire-constabulary"),
        ("Commissioner", "role:police-and-crime-commissioner"),
    ],
)
def test_owners_finds_by_name_or_alias(corpus_db, name, owner_id):
    assert owner_id in first_column(run("owners", name, "--db", str(corpus_db)))


def test_commands_on_a_missing_database_say_to_ingest_first(tmp_path):
    result = CliRunner().invoke(cli, ["actions", "--db", str(tmp_path / "none" / "none.db")])
    assert result.exit_code == 1 and "boardpapers ingest" in result.output
    assert not (tmp_path / "none").exists()  # nothing created
