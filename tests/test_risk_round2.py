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
    assert found["TV9"].objective == "Fair justice"
    assert {(r.reference, r.phase, r.score, r.register_date) for r in ratings(records)} == {
        ("TV7", "current", 9, "2024-03-22"),
        ("TV8", "current", 8, "2024-03-22"),
        ("TV9", "current", 6, "2024-03-22"),
    }


def test_spreadsheet_export_with_sheet_labels_and_colour_scores(tmp_path_factory):
    records, problems = built(tmp_path_factory, forms.spreadsheet_export_register)
    assert {(r.reference, r.phase, r.likelihood, r.impact, r.score, r.register_date) for r in ratings(records)} == {
        ("KB-01", "inherent", 4, 5, 20, "2024-03-05"),
        ("KB-01", "current", 3, 4, 12, "2024-03-05"),
        ("KB-02", "inherent", 4, 4, 16, "2024-03-05"),
        ("KB-02", "current", 2, 4, 8, "2024-03-05"),
        ("KB-03", "inherent", 3, 3, 9, "2024-03-05"),
        ("KB-03", "current", 2, 2, 4, "2024-03-05"),
    }
    assert risks(records)["KB-02"].owner_text == "DCC"
    assert problems == []


def test_sheet_labels_are_dropped_but_numbered_references_kept():
    from extractors.risk_model import without_sheet_labels
    from pipeline.records import Table

    sheet = Table(
        (0, 0, 100, 100),
        (("", "A", "B", "C"), ("1", "Ref", "Risk", "Score"), ("2", "R1", "x", "9"), ("3", "R2", "y", "4")),
        (0, 10, 20, 30),
    )
    assert without_sheet_labels(sheet).rows == (("Ref", "Risk", "Score"), ("R1", "x", "9"), ("R2", "y", "4"))
    numbered = Table(
        (0, 0, 100, 100),
        (("No", "Risk", "Owner", "Score"), ("1", "x", "CFO", "9"), ("2", "y", "CEO", "4"), ("3", "z", "CC", "6")),
        (0, 10, 20, 30),
    )
    assert without_sheet_labels(numbered) is numbered


def test_reference_broken_after_its_hyphen_in_a_narrow_column(tmp_path_factory):
    records, problems = built(tmp_path_factory, forms.narrow_reference_register)
    assert {(r.reference, r.phase, r.likelihood, r.impact, r.score, r.register_date) for r in ratings(records)} == {
        ("HWR-07", "current", 4, 3, 12, "2024-04-08"),
        ("HWR-11", "current", 2, 4, 8, "2024-04-08"),
    }
    assert risks(records)["HWR-11"].owner_text == "Head of Estates"
    assert problems == []


def test_heat_maps_under_plain_captions_take_their_phase(tmp_path_factory):
    records, problems = built(tmp_path_factory, forms.plain_caption_heat_maps)
    assert {(r.reference, r.phase, r.phase_text, r.likelihood, r.impact, r.score) for r in ratings(records)} == {
        ("LY1", "inherent", "Untreated position", 4, 4, 16),
        ("LY2", "inherent", "Untreated position", 3, 3, 9),
        ("LY1", "current", "Treated position", 2, 4, 8),
        ("LY2", "current", "Treated position", 2, 2, 4),
    }
    assert problems == []
