"""Register forms of round 6 (tests/risk_round6_fixtures.py): risk cards under labelled theme
lines that head the cards below them."""

from __future__ import annotations

from tests import risk_round6_fixtures as forms
from tests.test_risk_register import ratings, read_file, risks


def test_a_labelled_theme_above_cards_is_their_objective(tmp_path_factory):
    path = forms.cards_under_labelled_themes(tmp_path_factory.mktemp("round6") / "cards.pdf")
    _, records, problems = read_file(path)
    found = risks(records)
    assert {ref: r.objective for ref, r in found.items()} == {
        "QD-R1": "Safer streets",
        "QD-R2": "Safer streets",
        "QD-R3": "A sound organisation",
    }
    assert found["QD-R2"].description == "Youth diversion grants end before the new scheme begins."
    assert {(r.reference, r.phase, r.score) for r in ratings(records, "QD-R3")} == {
        ("QD-R3", "inherent", 15),
        ("QD-R3", "current", 12),
        ("QD-R3", "target", 6),
    }
    assert problems == []
