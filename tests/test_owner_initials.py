"""Initials a paper's own attendance list defines name those people in that paper's owner cells
(an action log bound into the pack after the minutes that list them), and nowhere else."""

from __future__ import annotations

import pytest

from pipeline.owners import OwnerDirectory


@pytest.fixture
def od():
    directory = OwnerDirectory()
    directory.learn_person("Orla Fenwick", "Head of Estates", "2024-05-02", alias="OF", paper="pack-may")
    directory.learn_person("Tobias Greaves", "Chief Constable", "2024-05-02", alias="TG", paper="pack-may")
    directory.learn_person("Tamsin Grey", "Treasurer", "2023-01-11", alias="TG", paper="pack-jan")
    return directory


def names(owners):
    return [(o.name, o.kind) for o in owners]


@pytest.mark.parametrize(
    "cell, owners",
    [
        ("OF", [("Orla Fenwick", "person")]),
        ("[OF]", [("Orla Fenwick", "person")]),
        ("(TG)", [("Tobias Greaves", "person")]),
        ("TG / OF", [("Tobias Greaves", "person"), ("Orla Fenwick", "person")]),
        ("OF and CFO", [("Orla Fenwick", "person"), ("Chief Finance Officer", "role")]),
    ],
)
def test_initials_resolve_to_the_people_the_same_paper_lists(od, cell, owners):
    assert names(od.resolve(cell, paper="pack-may")) == owners


def test_the_same_initials_name_whoever_each_paper_lists(od):
    assert names(od.resolve("TG", paper="pack-jan")) == [("Tamsin Grey", "person")]
    assert od.resolve("OF", paper="pack-jan")[0].kind == "unknown"  # not in that paper's list
    assert od.resolve("OF")[0].kind == "unknown"  # nor without a paper


def test_a_cell_with_words_beside_the_initials_is_read_as_before(od):
    assert names(od.resolve("Head of Estates", paper="pack-may")) == [("Head of Estates", "unknown")]
    assert od.resolve("OF to confirm", paper="pack-may")[0].kind == "unknown"
