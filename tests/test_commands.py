"""The query commands over the corpus database: thin layers over the views analysts use."""
from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from pipeline.cli import cli


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def first_column(output: str) -> list[str]:
    return [line.split()[0] for line in output.splitlines()[1:] if line.strip()]


def test_overdue_actions_of_an_owner(corpus_db):
    output = run("actions", "--db", str(corpus_db), "--owner", "Constabulary", "--overdue-at", "2019-10-01")
    with sqlite3.connect(corpus_db) as conn:
        expected = [r[0] for r in conn.execute(
            "select a.id from actions a join action_owners ao on ao.action_id = a.id join owners o on o.id = ao.owner_id "
            "where o.name = 'Cambridgeshire Constabulary' and a.status = 'open' and a.target_date < '2019-10-01' "
            "order by a.raised_date, a.action_number")]
    assert first_column(output) == expected and len(expected) == 3


def test_open_actions_list_every_open_action(corpus_db):
    with sqlite3.connect(corpus_db) as conn:
        count = conn.execute("select count(*) from open_actions").fetchone()[0]
    assert len(first_column(run("actions", "--db", str(corpus_db), "--open"))) == count == 13


def test_trace_prints_each_step_with_document_and_page(corpus_db):
    with sqlite3.connect(corpus_db) as conn:
        action_id = conn.execute("select id from actions where action_number = '6.0'").fetchone()[0]
    output = run("trace", action_id, "--db", str(corpus_db))
    steps = output.splitlines()[1:]
    assert steps[0].split()[:2] == ["2019-05-16", "raised"]
    assert any("19-10-09-BCB-Agenda-Pack.pdf" in s and s.rstrip().endswith(" 2") for s in steps)


def test_trace_of_an_unknown_action_says_where_to_find_ids(corpus_db):
    result = CliRunner().invoke(cli, ["trace", "no-such-action", "--db", str(corpus_db)])
    assert result.exit_code == 1 and "boardpapers actions" in result.output


def test_risks_prints_the_ratings_of_a_reference(corpus_db):
    output = run("risks", "sr3.1", "--db", str(corpus_db))
    assert output.splitlines()[0].startswith("SR3.1 Resourcing and Enabling Delivery:")
    ratings = [line.split()[:5] for line in output.splitlines()[2:]]
    assert ratings == [["2019-08-13", "inherent", "3", "4", "18"], ["2019-08-13", "current", "3", "4", "18"],
                       ["2019-08-13", "target", "1", "2", "3"]]


@pytest.mark.parametrize("name, owner_id", [
    ("Constab", "org:cambridgeshire-constabulary"),
    ("Commissioner", "role:police-and-crime-commissioner"),
])
def test_owners_finds_by_name_or_alias(corpus_db, name, owner_id):
    assert owner_id in first_column(run("owners", name, "--db", str(corpus_db)))


def test_commands_on_a_missing_database_say_to_ingest_first(tmp_path):
    result = CliRunner().invoke(cli, ["actions", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "boardpapers ingest" in result.output
