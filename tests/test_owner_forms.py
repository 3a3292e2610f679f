"""Owner cells in forms other bodies print: a role with a bracketed portfolio, a post named after
the office it sits in, a person after their rank or grade, and the area a paper names only in
its office's or headquarters' name. Names and places here are invented."""

from __future__ import annotations

import pytest

from pipeline import profiles
from pipeline.owners import OwnerDirectory
from pipeline.profiles import profile_named


@pytest.fixture
def od():
    return OwnerDirectory(profile=profile_named("Westshire"))


def resolved(od: OwnerDirectory, text: str) -> list[tuple[str, str]]:
    return [(o.name, o.kind) for o in od.resolve(text)]


@pytest.mark.parametrize(
    "printed, owner",
    [
        ("ACC (Operations)", ("Assistant Chief Constable", "role")),
        ("DCC (interim)", ("Deputy Chief Constable", "role")),
        ("PFCC Chief Executive", ("Chief Executive", "role")),
        ("PCC's Chief Finance Officer", ("Chief Finance Officer", "role")),
        ("the Commissioner's Chief Executive", ("Chief Executive", "role")),
    ],
)
def test_words_that_only_qualify_a_known_role_are_tried_away(od, printed, owner):
    assert resolved(od, printed) == [owner]


@pytest.mark.parametrize(
    "printed, person",
    [
        ("Supt Priya Raman", "Priya Raman"),
        ("Ch Supt Tom Ashby", "Tom Ashby"),
        ("AM Gareth Lyle", "Gareth Lyle"),
        ("Station Manager Okafor", "Okafor"),
        ("DCC Helen Marsh", "Helen Marsh"),
        ("Group Manager J. Pike", "J. Pike"),
        ("ACC Whitlow", "Whitlow"),
        ("Cllr Ana Petrova", "Ana Petrova"),
    ],
)
def test_a_person_after_a_rank_or_role_is_that_person_without_it(od, printed, person):
    assert resolved(od, printed) == [(person, "person")]


def test_the_name_printed_without_its_rank_is_the_same_person(od):
    first = od.resolve("Inspector Ruth Cole")
    assert od.resolve("Ruth Cole") == first and first[0].kind == "person"


@pytest.mark.parametrize(
    "printed",
    [
        "Area Manager Prevention",
        "ACC Crime",
        "DCC Local Policing",
        "CC Office",
        "Group Manager (Fleet)",
        "Head of Estates",
    ],
)
def test_a_portfolio_after_a_rank_or_role_is_no_person(od, printed):
    assert all(o.kind != "person" for o in od.resolve(printed))


def test_a_ranked_person_is_one_owner_of_a_shared_cell(od):
    assert resolved(od, "Supt Dev Anand / Head of Estates") == [("Dev Anand", "person"), ("Head of Estates", "unknown")]


@pytest.mark.parametrize(
    "text, area",
    [
        ("OPCC Ambridge – Estates Board\nAction tracker", "Ambridge"),
        ("Eastmoor Joint Audit Committee\nAction log", "Eastmoor"),
        ("Venue: Westvale Police Headquarters, Mill Road", "Westvale"),
        ("Report of the Chief Executive\nNorthfold Office of the Police and Crime Commissioner", "Northfold"),
        ("Briefing at Millbrook Police Station", None),
        ("OPCC Senior Management Team", None),
    ],
)
def test_the_area_named_only_in_an_office_headquarters_or_committee_name(text, area):
    assert profiles.area_named(text) == area


def test_force_is_the_area_constabulary_of_a_paper_naming_its_area_that_way():
    profile = profiles.detect("OPCC Ambridge – Estates Board\nOwner: Force")
    assert [o.name for o in OwnerDirectory(profile=profile).resolve("Force")] == ["Ambridge Constabulary"]


# --- one printed form, two services -----------------------------------------------------------------


@pytest.mark.parametrize(
    "body, owner",
    [
        ("Kestwick Combined Fire Authority", "Chief Fire Officer"),
        ("Kestwick Fire and Rescue Authority", "Chief Fire Officer"),
        ("Kestwick Police and Crime Panel", "Chief Finance Officer"),
        (None, "Chief Finance Officer"),
    ],
)
def test_cfo_is_the_chief_fire_officer_in_a_fire_authoritys_papers(od, body, owner):
    assert [o.name for o in od.resolve("CFO", body)] == [owner]
    assert [o.name for o in od.subject_owners("CFO to report the costs to the next meeting.", body)] == [owner]


def test_a_fire_publishers_profile_reads_cfo_as_its_chief_fire_officer():
    fire = OwnerDirectory(profile=profiles.Profile(name="Kestwick", area="Kestwick", service="fire"))
    assert [o.name for o in fire.resolve("CFO / Treasurer")] == ["Chief Fire Officer", "Treasurer"]


def test_a_fire_post_the_directory_does_not_know_is_named_in_full(od):
    assert [(o.name, o.kind) for o in od.resolve("DCFO", "Kestwick Fire Authority")] == [
        ("Deputy Chief Fire Officer", "unknown")
    ]
