"""One publisher's risk across registers of different layouts is one risk with a history.

Three small synthetic registers go through `boardpapers ingest` once: the same publisher's
2021 risk cards and 2022 register table with a heat map (both carry TC1), and another
publisher's card for its own TC1. The database must hold one TC1 of the first publisher whose
`risk_history` moves from 2021 to 2022, and keep the other publisher's TC1 apart.
"""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from tests.risk_fixtures import heat_map_register
from tests.synthetic import PaperBuilder


def cards(path, publisher: str, title_date: str, rating: str, reviewed: str):
    paper = PaperBuilder(path, footer=[publisher])
    paper.text(f"{publisher} Risk Register – {title_date}", size=13, bold=True).gap()
    paper.text("TC1 – Demand", size=10, bold=True)
    paper.text("Description: Call handling cannot meet demand at peak times.", size=9)
    paper.text("Owner: Head of Contact", size=9).text(f"Residual risk: {rating}", size=9)
    paper.text("Direction of travel: Increasing", size=9).text(f"Last update: {reviewed}", size=9)
    return paper.save()


@pytest.fixture(scope="module")
def history_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("registers")
    cards(folder / "cards-2021.pdf", "Test Constabulary", "March 2021", "L4 I3 (12)", "01/03/2021")
    heat_map_register(folder / "table-2022.pdf")
    cards(folder / "other-2021.pdf", "Other Fire and Rescue Authority", "May 2021", "L2 I2 (4)", "05/05/2021")
    db = folder / "risks.db"
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db), "--workers", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    connection = sqlite3.connect(db)
    connection.row_factory = sqlite3.Row
    yield db, connection
    connection.close()


def test_one_publishers_risk_is_one_risk_across_layouts(history_db):
    _, db = history_db
    rows = db.execute("select publisher, family from risks where reference = 'TC1' order by publisher").fetchall()
    assert [tuple(r) for r in rows] == [
        ("Other Fire and Rescue Authority", "risk-cards"),
        ("Test Constabulary", "column-table"),
    ]


def test_risk_history_shows_the_movement(history_db):
    _, db = history_db
    rows = db.execute("""select register_date, phase, likelihood, impact, score, origin from risk_history
                         where reference = 'TC1' and document_path like '%cards-2021%'
                            or reference = 'TC1' and document_path like '%table-2022%'
                         order by register_date, phase""").fetchall()
    assert [tuple(r) for r in rows] == [
        ("2021-03-01", "current", 4, 3, 12, "card"),
        ("2022-09-01", "current", 3, 2, 6, "matrix"),
        ("2022-09-01", "target", 2, 3, 6, "table"),
    ]
    assert (
        len(
            {
                r[0]
                for r in db.execute(
                    "select risk_id from risk_history where reference = 'TC1' and document_path not like '%other%'"
                )
            }
        )
        == 1
    )


def test_risks_command_prints_the_history(history_db):
    db, _ = history_db
    result = CliRunner().invoke(cli, ["risks", "TC1", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "2021-03-01" in result.output and "2022-09-01" in result.output


def test_owner_and_direction_are_kept(history_db):
    _, db = history_db
    row = db.execute(
        "select r.owner_text, r.direction, rr.direction_text from risk_ratings rr join risks r on "
        "r.id = rr.risk_id where r.publisher = 'Other Fire and Rescue Authority'"
    ).fetchone()
    assert tuple(row) == ("Head of Contact", "increasing", "Increasing")
