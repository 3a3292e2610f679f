"""The area a paper serves, where a table row also puts a capitalised word before an owner cell.

A page's text joins a row's cells with single spaces, so a description ending '… Crime Plan'
beside an owner cell 'OPCC' reads 'Crime Plan OPCC', as if 'Plan' were an area. Words that end
descriptions are no area, and of places printed as often the paper's title names the area first.
Invented bodies and rows: the layout is the point.
"""

from __future__ import annotations

import pytest

from pipeline import profiles
from pipeline.owners import OwnerDirectory


@pytest.mark.parametrize(
    "row",
    [
        "Refresh the Police and Crime Plan OPCC 30/09/2025 Open",
        "Publish the estates strategy Strategy OPCC 01/10/2025 Open",
        "Circulate the revised Framework PCC 12/11/2025 Open",
        "Present the draft Budget OPCC Feb 2026 Open",
    ],
)
def test_a_word_ending_a_description_before_an_owner_cell_is_no_area(row):
    text = f"Brackenfold Police Scrutiny Board\nAction log at 1 June 2025\n{row}\nForce 12/09/2025 Open"
    assert profiles.area_named(text) == "Brackenfold"
    owners = OwnerDirectory(profile=profiles.detect(text)).resolve("Force")
    assert [o.name for o in owners] == ["Brackenfold Constabulary"]


def test_of_places_printed_as_often_the_first_printed_is_the_area():
    text = "Harlowmere OPCC\nMeeting with Stanbridge Constabulary on the joint bid"
    assert profiles.area_named(text) == "Harlowmere"
