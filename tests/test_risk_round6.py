"""Register forms of round 6 (tests/risk_round6_fixtures.py): risk cards under labelled theme
lines that head the cards below them; a heat map whose axes are named at its corners, agreeing
with the list above it; measures with their scale words in brackets."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("row_axis, column_axis", [("Likelihood", "Impact"), ("Impact", "Likelihood")])
def test_a_heat_map_named_at_its_corners_agrees_with_the_list(tmp_path_factory, row_axis, column_axis):
    path = forms.list_with_corner_named_heat_map(tmp_path_factory.mktemp("round6") / "map.pdf", row_axis, column_axis)
    _, records, _ = read_file(path)
    # the map repeats the list: one current rating each, not a second one from the map
    assert sorted((r.reference, r.phase, r.likelihood, r.impact, r.score) for r in ratings(records)) == [
        ("KV1", "current", 4, 3, 12),
        ("KV2", "current", 2, 5, 10),
        ("KV3", "current", 3, 4, 12),
    ]


def test_measures_with_their_scale_words_in_brackets(tmp_path_factory):
    path = forms.bracketed_scale_words(tmp_path_factory.mktemp("round6") / "profile.pdf")
    _, records, problems = read_file(path)
    assert sorted((r.reference, r.phase, r.likelihood, r.impact, r.score) for r in ratings(records)) == [
        ("SP-2", "current", 3, 4, 12),
        ("SP-2", "inherent", 5, 4, 20),
        ("SP-5", "current", 2, 3, 6),
        ("SP-5", "inherent", 2, 5, 10),
    ]
    assert problems == []


def test_a_column_naming_the_plan_a_risk_links_to_is_its_objective(tmp_path_factory):
    path = forms.plan_link_columns(tmp_path_factory.mktemp("round6") / "links.pdf")
    _, records, _ = read_file(path)
    assert {ref: r.objective for ref, r in risks(records).items()} == {
        "PR-1": "Safer neighbourhoods",
        "PR-2": "Victims first",
    }


def test_raw_and_after_further_actions_phases(tmp_path_factory):
    path = forms.raw_and_further_action_phases(tmp_path_factory.mktemp("round6") / "phases.pdf")
    _, records, _ = read_file(path)
    assert sorted((r.phase, r.likelihood, r.impact, r.score) for r in ratings(records, "CX-4")) == [
        ("current", 3, 4, 12),
        ("inherent", 4, 4, 16),
        ("target", 2, 3, 6),
    ]


def test_scores_headed_no_controls_and_post_mitigation(tmp_path_factory):
    path = forms.no_controls_scores(tmp_path_factory.mktemp("round6") / "nocontrols.pdf")
    _, records, _ = read_file(path)
    assert sorted((r.phase, r.score) for r in ratings(records)) == [("current", 12), ("inherent", 20)]


def test_pairs_given_by_their_scale_words(tmp_path_factory):
    path = forms.scale_word_pairs(tmp_path_factory.mktemp("round6") / "words.pdf")
    _, records, problems = read_file(path)
    assert sorted((r.reference, r.phase, r.likelihood, r.impact, r.score) for r in ratings(records)) == [
        ("SW1", "current", 3, 4, 12),
        ("SW1", "inherent", 4, 4, 16),
        ("SW2", "current", 2, 5, 10),
        ("SW2", "inherent", 3, 5, 15),  # impact's word first: the words say which is which
    ]
    assert problems == []


def test_direction_words_de_escalated_and_not_changed(tmp_path_factory):
    path = forms.direction_words(tmp_path_factory.mktemp("round6") / "travel.pdf")
    _, records, _ = read_file(path)
    assert {ref: r.direction for ref, r in risks(records).items()} == {
        "DW1": "decreasing",
        "DW2": "unchanged",
        "DW3": "unchanged",
    }


def test_the_last_of_a_run_of_quarterly_scores_is_the_rating_now(tmp_path_factory):
    path = forms.quarterly_scores(tmp_path_factory.mktemp("round6") / "quarters.pdf")
    _, records, _ = read_file(path)
    assert sorted((r.reference, r.phase, r.score) for r in ratings(records)) == [
        ("QT1", "current", 12),
        ("QT1", "target", 8),
        ("QT2", "current", 15),
        ("QT2", "target", 6),
    ]


def test_a_cards_own_category_is_no_heading_for_the_cards_after_it(tmp_path_factory):
    path = forms.themed_cards_with_their_own_category(tmp_path_factory.mktemp("round6") / "own.pdf")
    _, records, _ = read_file(path)
    assert {ref: r.objective for ref, r in risks(records).items()} == {
        "TC-1": "Public confidence",
        "TC-2": "Information",
        "TC-3": "Public confidence",
    }
