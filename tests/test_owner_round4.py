"""Owner cells met in round 4, in invented wording: a post qualified by the office it serves
('PCC CFO', "the Commissioner's CFO") still splits from the owner beside it; a shared
abbreviation with its service in brackets ('CFO (Fire)') means what it means in that
service's papers."""

from __future__ import annotations

import pytest

from pipeline.owners import OwnerDirectory


@pytest.fixture(scope="module")
def od():
    return OwnerDirectory()


@pytest.mark.parametrize(
    "cell, owners",
    [
        ("DCC / PCC CFO", [("Deputy Chief Constable", "role"), ("Chief Finance Officer", "role")]),
        ("DCC and the Commissioner's CFO", [("Deputy Chief Constable", "role"), ("Chief Finance Officer", "role")]),
        ("Head of ICT / PFCC CE", [("Head of ICT", "unknown"), ("Chief Executive", "role")]),
    ],
)
def test_a_post_qualified_by_its_office_splits_from_the_owner_beside_it(od, cell, owners):
    assert [(o.name, o.kind) for o in od.resolve(cell)] == owners


@pytest.mark.parametrize(
    "cell, owners",
    [
        ("CFO (Fire)", [("Chief Fire Officer", "role")]),
        ("DCC / CFO (Fire)", [("Deputy Chief Constable", "role"), ("Chief Fire Officer", "role")]),
        ("CFO", [("Chief Finance Officer", "role")]),  # a police body's papers: the finance officer
        ("Head of Prevention (Fire)", [("Head of Prevention (Fire)", "unknown")]),  # no shared form: as printed
    ],
)
def test_a_shared_abbreviation_means_what_the_service_in_its_brackets_says(od, cell, owners):
    assert [(o.name, o.kind) for o in od.resolve(cell, body="Southmere Police and Crime Panel")] == owners


def test_the_service_in_brackets_reads_an_action_sentences_subject(od):
    owners = od.subject_owners("CFO (Fire) to bring the on-call review to the March meeting.", "Joint Board")
    assert [o.name for o in owners] == ["Chief Fire Officer"]
