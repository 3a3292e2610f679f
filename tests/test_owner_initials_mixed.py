"""Initials with a lower-case letter added where two people of one paper share their capitals
('HPr' and 'HPo' for two people both 'HP'): each names the person the paper's list gives it.
Invented people."""

from __future__ import annotations

import pytest

from pipeline.owners import OwnerDirectory


@pytest.fixture
def od():
    directory = OwnerDirectory()
    directory.learn_person("Hugo Prentice", "Treasurer", "2024-03-06", alias="HPr", paper="pack")
    directory.learn_person("Hana Polacek", "Head of Estates", "2024-03-06", alias="HPo", paper="pack")
    directory.learn_person("Wendy Ashby", "Board Secretary", "2024-03-06", alias="WA", paper="pack")
    return directory


@pytest.mark.parametrize(
    "cell, owners",
    [
        ("HPr", ["Hugo Prentice"]),
        ("HPo", ["Hana Polacek"]),
        ("HPo / WA", ["Hana Polacek", "Wendy Ashby"]),
        ("(HPr)", ["Hugo Prentice"]),
    ],
)
def test_initials_with_an_added_letter_name_the_paper_s_person(od, cell, owners):
    assert [o.name for o in od.resolve(cell, paper="pack")] == owners
