"""Register forms of round 3 (tests/risk_round3_fixtures.py): an 'Area' column is the objective,
and a description column whose header explains itself in brackets with rating words
('cause, effect and impact') is still the description, not an impact rating."""

from __future__ import annotations

from tests import risk_round3_fixtures as forms
from tests.test_risk_register import ratings, read_file, risks


def test_area_column_and_bracketed_description_header(tmp_path_factory):
    path = forms.explained_description_register(tmp_path_factory.mktemp("round3") / "register.pdf")
    parts, records, problems = read_file(path)
    assert [p.part_kind for p in parts] == ["risk_register"]
    found = risks(records)
    assert found["HF1"].objective == "People"
    assert found["HF2"].objective == "Assets"
    assert found["HF1"].description.startswith("On-call availability falls")
    assert found["HF2"].description.startswith("Older pumps break down")
    assert {(r.reference, r.phase, r.likelihood, r.impact, r.score) for r in ratings(records)} == {
        ("HF1", "current", 4, 3, 12),
        ("HF2", "current", 3, 3, 9),
    }
    assert problems == []


def test_cards_under_theme_headings_take_statement_and_theme(tmp_path_factory):
    path = forms.headed_statement_cards(tmp_path_factory.mktemp("round3") / "cards.pdf")
    parts, records, problems = read_file(path)
    assert [p.part_kind for p in parts] == ["risk_register"]
    found = risks(records)
    assert found["BM-1"].objective == "Safer streets"
    assert found["BM-2"].objective == "Value for money"
    assert found["BM-1"].description == "Late-night licensing growth draws patrol hours away from neighbourhood teams."
    assert found["BM-2"].description == (
        "Surplus buildings stay unsold, so running costs continue and capital receipts arrive a year late."
    )
    assert {(r.reference, r.phase, r.score) for r in ratings(records)} == {
        ("BM-1", "current", 12),
        ("BM-2", "current", 6),
    }
