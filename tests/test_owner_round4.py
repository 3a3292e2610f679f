"""Owner cells met in round 4, in invented wording: a post qualified by the office it serves
('PCC CFO', "the Commissioner's CFO") still splits from the owner beside it."""

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
