"""Further register forms of real bodies, each built as a synthetic PDF (tests/risk_round2_fixtures.py).

Two heat maps side by side whose headings share one line (each map takes the heading over it),
an unruled listing beside the maps (a short title column and a description column: the
description is the description), risk cards rated 'With existing controls' (the current phase),
and objective columns headed by an aim or a priority whose cells' labels are dropped.
"""

from __future__ import annotations

from tests import risk_round2_fixtures as forms
from tests.test_risk_register import ratings, read_file, risks


def built(tmp_path_factory, builder):
    path = builder(tmp_path_factory.mktemp("round2-forms") / f"{builder.__name__}.pdf")
    parts, records, problems = read_file(path)
    assert [p.part_kind for p in parts] == ["risk_register"]
    return records, problems


def test_side_by_side_heat_maps_each_take_their_own_heading(tmp_path_factory):
    records, problems = built(tmp_path_factory, forms.side_by_side_heat_maps)
    assert {(r.reference, r.phase, r.likelihood, r.impact, r.score) for r in ratings(records)} == {
        ("AC-1", "inherent", 4, 3, 12),
        ("AC-2", "inherent", 3, 4, 12),
        ("AC-3", "inherent", 2, 2, 4),
        ("AC-1", "current", 2, 3, 6),
        ("AC-2", "current", 3, 2, 6),
        ("AC-3", "current", 1, 2, 2),
    }
    assert {r.phase_text for r in ratings(records)} == {"Gross risk", "Net risk"}
    assert problems == []


def test_unruled_listing_beside_heat_maps_gives_description_and_priority(tmp_path_factory):
    records, _ = built(tmp_path_factory, forms.side_by_side_heat_maps)
    found = risks(records)
    assert found["AC-2"].description == "Emergency calls outrun the control room staff."
    assert found["AC-2"].objective == "Response"
    assert found["AC-3"].owner_text == "Data Officer"


def test_cards_rated_with_existing_controls_are_current(tmp_path_factory):
    records, problems = built(tmp_path_factory, forms.existing_controls_cards)
    assert {
        (r.phase, r.phase_text, r.likelihood, r.impact, r.score, r.register_date) for r in ratings(records, "PF 05")
    } == {
        ("inherent", "Before mitigation", 4, 3, 12, "2024-02-16"),
        ("current", "With existing controls", 3, 3, 9, "2024-02-16"),
        ("target", "Target", 2, 2, 4, "2024-02-16"),
    }
    assert risks(records)["PF 04"].objective == "Operations"
    assert problems == []


def test_priority_column_is_the_objective_without_its_label(tmp_path_factory):
    records, _ = built(tmp_path_factory, forms.aim_column_register)
    found = risks(records)
    assert found["TV7"].objective == "Safer roads"
    assert found["TV8"].objective == "Victims first"
    assert {(r.reference, r.phase, r.score, r.register_date) for r in ratings(records)} == {
        ("TV7", "current", 9, "2024-03-22"),
        ("TV8", "current", 8, "2024-03-22"),
    }
