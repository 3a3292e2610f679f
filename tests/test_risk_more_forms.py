"""Common register forms of real bodies, each built as a synthetic PDF (tests/risk_more_fixtures.py).

A register rated only by a heat map (a listing of risks, or a legend of statements, and a grid
placing their references, its scale along the foot), a 1-3 scale with '6 (Amber)' ratings,
Inherent / Current / Target groups with arrow glyphs and a category merged down a landscape table,
risk cards one per page as label | value tables or with their phases as columns and measures as
rows, likelihood and impact printed with their scale words ('4 - Likely'), a row whose controls run
on over a page break, a reference opening the risk's cell, and the titles registers go by.
"""

from __future__ import annotations

import pytest

from extractors.risk_model import is_title_text
from extractors.risk_scoring import measure_value
from tests import risk_more_fixtures as forms
from tests.test_risk_register import ratings, read_file, risks


def built(tmp_path_factory, builder):
    path = builder(tmp_path_factory.mktemp("more-forms") / f"{builder.__name__}.pdf")
    parts, records, problems = read_file(path)
    assert [p.part_kind for p in parts] == ["risk_register"]
    return records, problems


def rated(records) -> set[tuple]:
    return {(r.reference, r.phase, r.likelihood, r.impact, r.score, r.register_date) for r in ratings(records)}


def test_heat_map_only_register_rates_its_listed_risks(tmp_path_factory):
    records, problems = built(tmp_path_factory, forms.heat_map_only_register)
    assert rated(records) == {
        ("BR01", "current", 4, 3, 12, "2024-02-02"),
        ("BR02", "current", 2, 4, 8, "2024-02-02"),
        ("BR03", "current", 3, 2, 6, "2024-02-02"),
    }
    found = risks(records)
    assert found["BR02"].description == "The estates disposal plan is challenged locally."
    assert found["BR02"].owner_text == "Chief Finance Officer"
    assert problems == []


def test_heat_map_with_a_legend_and_its_scale_along_the_foot(tmp_path_factory):
    records, problems = built(tmp_path_factory, forms.legend_heat_map_register)
    assert rated(records) == {("WX-3", "current", 2, 5, 10, "2024-01-19"), ("WX-7", "current", 4, 3, 12, "2024-01-19")}
    assert risks(records)["WX-7"].description == "Contact centre attrition leaves the 101 line understaffed"
    assert problems == []


def test_inherent_and_residual_heat_maps_with_shared_cells(tmp_path_factory):
    records, problems = built(tmp_path_factory, forms.two_heat_maps_register)
    assert {(r.reference, r.phase, r.likelihood, r.impact, r.score) for r in ratings(records)} == {
        ("JR1", "inherent", 4, 4, 16),
        ("JR2", "inherent", 4, 4, 16),
        ("JR3", "inherent", 3, 3, 9),
        ("JR1", "current", 2, 3, 6),
        ("JR2", "current", 3, 2, 6),
        ("JR3", "current", 3, 2, 6),
    }
    assert risks(records)["JR2"].owner_text == "Deputy Chief Constable"
    assert problems == []


def test_three_point_scale_with_coloured_ratings(tmp_path_factory):
    records, problems = built(tmp_path_factory, forms.three_point_register)
    assert rated(records) == {
        ("HF/1", "current", 3, 2, 6, "2023-11-14"),
        ("HF/2", "current", 1, 3, 3, "2023-11-14"),
        ("HF/3", "current", 3, 3, 9, "2023-11-14"),
    }
    assert problems == []


def test_inherent_current_target_groups_with_arrows_and_a_merged_category(tmp_path_factory):
    records, problems = built(tmp_path_factory, forms.grouped_trend_register)
    assert {(r.reference, r.phase, r.likelihood, r.impact, r.score) for r in ratings(records, "FR-12")} == {
        ("FR-12", "inherent", 3, 3, 9),
        ("FR-12", "current", 3, 2, 6),
        ("FR-12", "target", 2, 2, 4),
    }
    assert len(ratings(records)) == 9
    assert {r.register_date for r in ratings(records)} == {"2023-11-30"}
    found = risks(records)
    assert {ref: r.objective for ref, r in found.items()} == {"FR-11": "People", "FR-12": "People", "FR-20": "Finance"}
    assert {ref: r.direction for ref, r in found.items()} == {
        "FR-11": "increasing",
        "FR-12": "decreasing",
        "FR-20": "unchanged",
    }
    assert problems == []


def test_risk_cards_one_per_page_as_label_value_tables(tmp_path_factory):
    records, problems = built(tmp_path_factory, forms.card_per_page_register)
    assert rated(records) == {
        ("SRR 4", "inherent", 4, 4, 16, "2024-01-08"),
        ("SRR 4", "current", 3, 4, 12, "2024-01-08"),
        ("SRR 4", "target", 2, 3, 6, "2024-01-08"),
        ("SRR 5", "inherent", 3, 5, 15, "2024-01-11"),
        ("SRR 5", "current", 3, 3, 9, "2024-01-11"),
        ("SRR 5", "target", 1, 3, 3, "2024-01-11"),
    }
    found = risks(records)
    assert found["SRR 5"].description == "Custody estate: demand outstrips the capacity funded for it."
    assert found["SRR 5"].owner_text == "Head of Custody"
    assert {r.source.page for r in ratings(records, "SRR 5")} == {2}
    assert problems == []


def test_row_running_on_over_a_page_break_stays_one_risk(tmp_path_factory):
    records, problems = built(tmp_path_factory, forms.page_spanning_register)
    assert rated(records) == {
        ("PF1", "current", 3, 4, 12, "2024-03-06"),
        ("PF2", "current", 4, 4, 16, "2024-03-06"),
        ("PF3", "current", 2, 5, 10, "2024-03-06"),
    }
    assert risks(records)["PF3"].description == "Data centre move fails."
    assert problems == []


def test_card_ratings_with_phases_as_columns_and_measures_as_rows(tmp_path_factory):
    records, problems = built(tmp_path_factory, forms.transposed_card_register)
    assert rated(records) == {
        ("CRR 8", "inherent", 4, 4, 16, "2024-05-22"),
        ("CRR 8", "current", 3, 4, 12, "2024-05-22"),
        ("CRR 9", "inherent", 3, 5, 15, "2024-05-22"),
        ("CRR 9", "current", 2, 5, 10, "2024-05-22"),
    }
    assert risks(records)["CRR 9"].owner_text == "Head of ICT"
    assert problems == []


def test_likelihood_and_impact_printed_with_their_scale_words(tmp_path_factory):
    records, problems = built(tmp_path_factory, forms.worded_scale_register)
    assert rated(records) == {("OS1", "current", 4, 4, 16, "2024-06-07"), ("OS2", "current", 2, 3, 6, "2024-06-07")}
    assert problems == []


def test_reference_opening_the_risk_cell(tmp_path_factory):
    records, problems = built(tmp_path_factory, forms.reference_in_statement_register)
    assert rated(records) == {("KC01", "current", 3, 4, 12, "2024-04-03"), ("KC02", "current", 2, 5, 10, "2024-04-03")}
    found = risks(records)
    assert found["KC01"].description == "Loss of access to the national database during the migration weekend."
    assert found["KC02"].description == "Failure to meet the savings target."
    assert found["KC02"].owner_text == "Chief Finance Officer"
    assert problems == []


def test_headers_with_their_scales_and_a_rag_column(tmp_path_factory):
    records, problems = built(tmp_path_factory, forms.scale_headed_register)
    assert rated(records) == {("TF1", "current", 4, 3, 12, "2024-04-03"), ("TF2", "current", 3, 5, 15, "2024-04-03")}
    assert problems == []


def test_unruled_register_with_the_reference_opening_the_statement(tmp_path_factory):
    records, problems = built(tmp_path_factory, forms.loose_statement_register)
    assert rated(records) == {("NF1", "current", 3, 4, 12, "2024-02-12"), ("NF2", "current", 2, 3, 6, "2024-02-12")}
    found = risks(records)
    assert found["NF1"].description == "Pension costs rise faster than the medium-term plan allows."
    assert {ref: (r.objective, r.owner_text) for ref, r in found.items()} == {
        "NF1": ("Finance", "Treasurer"),
        "NF2": ("Service delivery", "Chief Fire Officer"),
    }
    assert problems == []


def test_an_earlier_score_beside_the_current_one_is_not_read_as_current(tmp_path_factory):
    records, problems = built(tmp_path_factory, forms.previous_score_register)
    assert rated(records) == {("EW1", "current", 3, 4, 12, "2024-04-03"), ("EW2", "current", 3, 5, 15, "2024-04-03")}
    assert {r.reference: r.direction for r in ratings(records)} == {"EW1": "decreasing", "EW2": "increasing"}
    assert problems == []


@pytest.mark.parametrize(
    "cell,value",
    [("4", 4), ("4 - Likely", 4), ("Major (4)", 4), ("3 Possible", 3), ("Almost certain – 5", 5), ("Likely", None)],
)
def test_measure_values(cell, value):
    assert measure_value(cell) == value


@pytest.mark.parametrize(
    "title,is_register",
    [
        ("Corporate Risk Register – Quarter 2", True),
        ("Strategic Risks Summary", True),
        ("Departmental Risk Log", True),
        ("Organisational Risk Profile", True),
        ("Key Risks Overview", True),
        ("Strategic risk heat map", True),
        ("Risk management update", False),
        ("Comprehensive summary of performance", False),
        ("Key performance overview", False),
    ],
)
def test_register_titles(title, is_register):
    assert is_title_text(title) is is_register
