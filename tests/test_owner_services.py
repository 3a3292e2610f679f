"""A shared printed form means the post of the body whose papers print it, end to end: 'CFO' in a
fire authority's action log is its Chief Fire Officer, in a police board's its Chief Finance
Officer (owners.json 'services', chosen by the board's name as the linker passes it)."""

from __future__ import annotations

import sqlite3

import pytest

from pipeline.run import ingest
from tests.synthetic import PaperBuilder

HEADER = ["Ref", "Action", "Owner", "Due date", "Status"]


def action_log(path, body: str):
    paper = PaperBuilder(path)
    paper.text(f"{body} – Action Log", bold=True, size=13).text("Updated 12 March 2024", size=10)
    rows = [HEADER, ["A1", "Report the overtime costs of the winter plan", "CFO", "30/04/2024", "Open"]]
    paper.table(rows, [40, 230, 80, 70, 60])
    return paper.save()


@pytest.mark.parametrize(
    "body, post",
    [
        ("Brackenmoor Fire and Rescue Authority", "Chief Fire Officer"),
        ("Brackenmoor Police and Crime Accountability Board", "Chief Finance Officer"),
    ],
)
def test_cfo_is_the_post_of_the_body_printing_it(tmp_path, body, post):
    folder = tmp_path / "papers"
    folder.mkdir()
    action_log(folder / "log.pdf", body)
    db = tmp_path / "b.db"
    report = ingest([folder], db, workers=1)
    assert report.failed == 0
    owners = sqlite3.connect(db).execute(
        "select o.name from actions a join action_owners ao on ao.action_id = a.id join owners o on o.id = ao.owner_id"
    )
    assert [name for (name,) in owners] == [post]
