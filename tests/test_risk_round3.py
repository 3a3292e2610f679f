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
