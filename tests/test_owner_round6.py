"""Initials a paper's readers work out from its attendance list: where the list prints names
without initials, an owner cell's initials name the one person of that list whose name spells
them ('NO' for Nadia Okafor), unless they name a post ('CC') or two people's names spell them."""

from __future__ import annotations

import pytest

from pipeline.owners import OwnerDirectory


@pytest.fixture
def od():
    directory = OwnerDirectory()
    for name, role in [
        ("Nadia Okafor", "Chief Finance Officer"),
        ("Dr Gareth Ellison-Price", "Head of Strategy"),
        ("Colm Connolly", "Estates Lead"),
        ("Sara Vance", "Policy Officer"),
        ("Simon Vickers", "Data Officer"),
    ]:
        directory.learn_person(name, role, "2024-02-14", paper="board-feb")
    directory.learn_person("Tilly Quarrie", "Treasurer", "2024-02-14", alias="TQ", paper="board-feb")
    directory.learn_person("Nora Orme", "Treasurer", "2023-06-01", paper="board-jun")
    return directory


def names(owners):
    return [(o.name, o.kind) for o in owners]


@pytest.mark.parametrize(
    "cell, owners",
    [
        ("NO", [("Nadia Okafor", "person")]),
        ("GE", [("Dr Gareth Ellison-Price", "person")]),
        ("NO and GE", [("Nadia Okafor", "person"), ("Dr Gareth Ellison-Price", "person")]),
        ("GE / CFO", [("Dr Gareth Ellison-Price", "person"), ("Chief Finance Officer", "role")]),
        ("TQ & NO", [("Tilly Quarrie", "person"), ("Nadia Okafor", "person")]),
    ],
)
def test_initials_spelt_by_a_listed_name_resolve_to_that_person(od, cell, owners):
    assert names(od.resolve(cell, paper="board-feb")) == owners


def test_a_post_printed_as_letters_stays_the_post(od):
    assert names(od.resolve("CC", paper="board-feb")) == [("Chief Constable", "role")]


def test_initials_two_listed_names_spell_name_no_one(od):
    assert od.resolve("SV", paper="board-feb")[0].kind == "unknown"


def test_spelt_initials_hold_only_in_the_paper_that_lists_the_person(od):
    assert names(od.resolve("NO", paper="board-jun")) == [("Nora Orme", "person")]
    assert od.resolve("GE", paper="board-jun")[0].kind == "unknown"
    assert od.resolve("NO")[0].kind == "unknown"


def test_a_surname_in_parts_spells_each_part(od):
    assert names(od.resolve("GEP", paper="board-feb")) == [("Dr Gareth Ellison-Price", "person")]


@pytest.mark.parametrize(
    "cell, owners",
    [
        ("Treasurer / Internal Audit", ["Treasurer", "Internal Audit"]),
        ("External Audit & CFO", ["External Audit", "Chief Finance Officer"]),
        ("Head of Internal Audit", ["Head of Internal Audit"]),
    ],
)
def test_an_audit_function_is_an_owner_of_its_own_in_a_shared_cell(cell, owners):
    assert [o.name for o in OwnerDirectory().resolve(cell)] == owners


@pytest.mark.parametrize(
    "cell, owners",
    [
        ("A/ACC", ["Assistant Chief Constable"]),
        ("Acting DCC", ["Deputy Chief Constable"]),
        ("T/CC", ["Chief Constable"]),
        ("A/DCC & Temporary ACC", ["Deputy Chief Constable", "Assistant Chief Constable"]),
        ("CEx / CFO", ["Chief Executive", "Chief Finance Officer"]),
    ],
)
def test_acting_and_temporary_chief_officers_hold_the_post(cell, owners):
    assert [o.name for o in OwnerDirectory().resolve(cell)] == owners


def test_initials_may_leave_out_a_middle_name():
    directory = OwnerDirectory()
    directory.learn_person("Mrs P J Okonedo OBE", "Independent Member", "2024-03-01", paper="jac-mar")
    directory.learn_person("Ravi Anand Kulkarni", "Head of Audit", "2024-03-01", paper="jac-mar")
    assert [o.name for o in directory.resolve("PO", paper="jac-mar")] == ["Mrs P J Okonedo OBE"]
    assert [o.name for o in directory.resolve("PJO", paper="jac-mar")] == ["Mrs P J Okonedo OBE"]
    assert [o.name for o in directory.resolve("RK / RAK", paper="jac-mar")] == ["Ravi Anand Kulkarni"]


def test_a_surname_names_the_one_listed_person_who_has_it():
    directory = OwnerDirectory()
    directory.learn_person("Imogen Fairweather", "Deputy Chief Constable", "2024-04-09", paper="board-apr")
    directory.learn_person("Tomasz Wierzbicki", "Head of Estates", "2024-04-09", paper="board-apr")
    directory.learn_person("Ada Lyle", "Treasurer", "2024-04-09", paper="board-apr")
    directory.learn_person("Bram Lyle", "Analyst", "2024-04-09", paper="board-apr")
    for cell in ["DCC Fairweather", "Mrs Fairweather", "I. Fairweather", "I Fairweather"]:
        assert [o.name for o in directory.resolve(cell)] == ["Imogen Fairweather"], cell
    assert directory.resolve("Fairweather")[0].kind == "unknown"  # a surname alone is no alias
    assert [o.name for o in directory.resolve("Supt Wierzbicki / CFO")] == [
        "Tomasz Wierzbicki",
        "Chief Finance Officer",
    ]
    assert [o.name for o in directory.resolve("B Lyle")] == ["Bram Lyle"]
    assert directory.resolve("Ms Lyle")[0].name not in {"Ada Lyle", "Bram Lyle"}  # two Lyles: neither
    assert directory.resolve("K Fairweather")[0].kind == "unknown"  # another initial: someone else
    who = directory.subject_owners("DCC Fairweather to brief members on the uplift")
    assert [o.name for o in who] == ["Imogen Fairweather"]


@pytest.mark.parametrize(
    "cell, owners",
    [
        ("Rosa Quint – Panel Scrutiny Officer", ["Rosa Quint"]),
        ("Panel Scrutiny Officer - Rosa Quint", ["Rosa Quint"]),
        ("Rosa Quint (Scrutiny Officer) / Idris Bevan (Head of Estates)", ["Rosa Quint", "Idris Bevan"]),
        ("Lowri Pask Head of Insight", ["Lowri Pask"]),  # a listed name run into a title
        ("Lowri Pask Head of Insight / CFO", ["Lowri Pask", "Chief Finance Officer"]),
        ("Estates Strategy Programme Manager", ["Estates Strategy Programme Manager"]),
        ("Area Manager – Prevention", ["Area Manager – Prevention"]),
    ],
)
def test_a_person_printed_beside_a_title_by_a_dash_or_a_line_break(cell, owners):
    directory = OwnerDirectory()
    directory.learn_person("Lowri Pask", "Head of Insight", "2024-05-01", paper="pack")
    assert [o.name for o in directory.resolve(cell)] == owners


@pytest.mark.parametrize(
    "cell, owners",
    [
        ("Head of Legal & Democratic Services", ["Head of Legal & Democratic Services"]),
        (
            "Assistant Director of Estates and Facilities / CFO",
            ["Assistant Director of Estates and Facilities", "Chief Finance Officer"],
        ),
        ("Head of Finance and Head of HR", ["Head of Finance", "Head of HR"]),
        ("Director of Finance and CFO", ["Director of Finance", "Chief Finance Officer"]),
    ],
)
def test_a_posts_portfolio_joined_by_and_stays_one_post(cell, owners):
    assert [o.name for o in OwnerDirectory().resolve(cell)] == owners
