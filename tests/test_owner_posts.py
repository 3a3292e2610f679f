"""Owner cells naming a post with words around it that only place it: a known role followed by
its portfolio ('ACC Specialist Operations') is that role, and a post the directory does not know
followed by the office it sits in, in brackets ('Estates Manager (Force)'), is that post. Names
here are invented."""

from __future__ import annotations

import pytest

from pipeline.owners import OwnerDirectory
from pipeline.profiles import profile_named


@pytest.fixture
def od():
    return OwnerDirectory(profile=profile_named("Eastmere"))


def resolved(od: OwnerDirectory, text: str) -> list[tuple[str, str]]:
    return [(o.name, o.kind) for o in od.resolve(text)]


@pytest.mark.parametrize(
    "printed, role",
    [
        ("ACC Specialist Operations", "Assistant Chief Constable"),
        ("ACC Territorial Policing", "Assistant Chief Constable"),
        ("DCC Professional Standards", "Deputy Chief Constable"),
        ("Assistant Chief Constable Crime", "Assistant Chief Constable"),
    ],
)
def test_a_known_role_followed_by_its_portfolio_is_the_role(od, printed, role):
    assert resolved(od, printed) == [(role, "role")]


def test_a_role_followed_by_a_surname_is_still_the_person(od):
    assert resolved(od, "ACC Okonkwo") == [("Okonkwo", "person")]


@pytest.mark.parametrize(
    "printed, post",
    [
        ("Estates Manager (Force)", "Estates Manager"),
        ("Head of Insight (OPCC)", "Head of Insight"),
        ("the Contracts Lead (Commissioner's Office)", "Contracts Lead"),
    ],
)
def test_a_post_followed_by_its_office_in_brackets_is_that_post(od, printed, post):
    assert resolved(od, printed) == [(post, "unknown")]
    assert any(alias == printed for alias, _ in od.aliases())  # the printed form is kept as an alias


def test_the_same_post_printed_with_and_without_its_office_is_one_owner(od):
    assert od.resolve("Head of Insight (OPCC)") == od.resolve("Head of Insight")


def test_a_bracket_that_names_no_office_stays(od):
    assert resolved(od, "Fleet Manager (north)") == [("Fleet Manager (north)", "unknown")]


def test_a_post_with_its_office_shares_a_cell_with_a_ranked_person(od):
    assert resolved(od, "Head of Insight (OPCC) & Insp Maya Doyle") == [
        ("Head of Insight", "unknown"),
        ("Maya Doyle", "person"),
    ]


@pytest.mark.parametrize(
    "printed, name",
    [
        ("Priya Nandakumar (Head of Estates)", "Priya Nandakumar"),
        ("Head of Estates (Priya Nandakumar)", "Priya Nandakumar"),
        ("Owen Hartley (CFO)", "Owen Hartley"),
        ("Priya Nandakumar, Head of Estates", "Priya Nandakumar"),
    ],
)
def test_a_name_beside_a_job_title_in_brackets_is_the_person(od, printed, name):
    assert [o.name for o in od.resolve(printed)] == [name]


def test_a_learnt_person_beside_a_title_in_brackets_is_that_person(od):
    od.learn_person("Owen Hartley", "Chief Finance Officer", "2024-02-01")
    assert resolved(od, "Owen Hartley (CFO)") == [("Owen Hartley", "person")]


def test_a_portfolio_in_brackets_is_no_name(od):
    assert resolved(od, "DCC (Professional Standards)") == [("Deputy Chief Constable", "role")]
