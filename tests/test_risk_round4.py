"""Register forms of round 4 (tests/risk_round4_fixtures.py): a pair column beside its banded
score column, ratings led by their band with the pair in brackets, three numbers in one cell
with a band after them, and risk cards drawn as one-column frames with a bare 'Risk' label."""

from __future__ import annotations

from tests import risk_round4_fixtures as forms
from tests.test_risk_register import ratings, read_file, risks


def rated(records) -> set[tuple]:
    return {(r.reference, r.phase, r.likelihood, r.impact, r.score) for r in ratings(records)}


def test_pair_column_keeps_the_score_printed_beside_it(tmp_path_factory):
    path = forms.pair_and_score_columns(tmp_path_factory.mktemp("round4") / "register.pdf")
    _, records, problems = read_file(path)
    assert rated(records) == {
        ("MV-3", "inherent", 5, 3, 15),
        ("MV-3", "current", 3, 3, 9),
        ("MV-4", "inherent", 4, 4, 16),
        ("MV-4", "current", 4, 2, 8),
    }
    assert {r.register_date for r in ratings(records)} == {"2024-04-05"}
    assert risks(records)["MV-4"].direction == "unchanged"
    assert problems == []


def test_band_led_ratings_and_banded_triples(tmp_path_factory):
    path = forms.banded_pairs_and_triples(tmp_path_factory.mktemp("round4") / "annex.pdf")
    _, records, problems = read_file(path)
    assert rated(records) == {
        ("KR 12", "inherent", 4, 3, 12),
        ("KR 12", "current", 2, 2, 4),
        ("KR 12", "target", 2, 2, 4),
        ("KR 13", "inherent", 5, 4, 20),
        ("KR 13", "current", 3, 3, 9),  # no score printed: the register's products give it
        ("KR 13", "target", 4, 2, 8),
    }
    assert risks(records)["KR 13"].description == "Body-worn video contract lapses before re-tender."
    assert problems == []


def test_framed_cards_with_a_bare_risk_label(tmp_path_factory):
    path = forms.framed_cards(tmp_path_factory.mktemp("round4") / "cards.pdf")
    parts, records, problems = read_file(path)
    assert [p.part_kind for p in parts] == ["risk_register"]
    found = risks(records)
    assert found["CR7"].objective == "Estates"
    assert found["CR7"].description == (
        "The Commissioner's office move slips because the lease on the new floor is not signed."
    )
    assert found["CR8"].owner_text == "Commissioning Manager"
    assert rated(records) == {
        ("CR7", "inherent", 3, 4, 12),
        ("CR7", "current", 2, 4, 8),
        ("CR7", "target", 1, 4, 4),
        ("CR8", "inherent", 4, 5, 20),
        ("CR8", "current", 3, 5, 15),
        ("CR8", "target", 2, 5, 10),
    }
    assert {(r.reference, r.register_date) for r in ratings(records)} >= {("CR7", "2024-12-03"), ("CR8", "2024-11-17")}
    assert problems == []


def test_a_bare_risk_label_is_no_label_before_prose():
    from extractors.risk_cards import labelled, split_fields

    assert labelled("Risk The force cannot recruit") == ("description", "The force cannot recruit")
    assert labelled("Risk of flooding at the depot") is None
    assert labelled("Risk owner: Head of Estates") == ("owner", "Head of Estates")
    assert split_fields("Residual risk: 2 x 3 = 6") == ["Residual risk: 2 x 3 = 6"]


def test_staggered_phase_headings_over_pair_columns(tmp_path_factory):
    path = forms.staggered_phase_header(tmp_path_factory.mktemp("round4") / "staggered.pdf")
    _, records, problems = read_file(path)
    assert rated(records) == {
        ("EH1", "inherent", 4, 4, 16),
        ("EH1", "current", 3, 3, 9),
        ("EH1", "target", 2, 3, 6),
        ("EH2", "inherent", 3, 4, 12),
        ("EH2", "current", 2, 4, 8),
        ("EH2", "target", 1, 4, 4),
    }
    found = risks(records)
    assert found["EH1"].description == "Referral backlog at the victims hub grows over the summer months."
    assert found["EH2"].description == "Estates savings are not delivered on time."  # the heading below is no part
    assert (found["EH1"].objective, found["EH2"].objective) == ("Victims", "Resources")
    assert problems == []


def test_a_word_fused_over_two_sub_columns_is_dealt_to_both():
    from extractors.risk_tables import deal_words
    from pipeline.records import Line, Word

    def word(text, x0, x1):
        return Word(text, x0, 100.0, x1, 108.0, 8.0, False)

    header = Line(
        (
            word("Pre", 300, 314),
            word("treatment", 316, 352),
            word("Post", 358, 375),
            word("treatmentTolerated", 377, 450),
        )
    )
    assert deal_words(header, [300, 358, 412], None) == ["Pre treatment", "Post treatment", "Tolerated"]


def test_words_and_scores_in_two_tables_keyed_by_reference(tmp_path_factory):
    path = forms.words_then_scores(tmp_path_factory.mktemp("round4") / "keyed.pdf")
    _, records, problems = read_file(path)
    found = risks(records)
    assert set(found) == {"FR-21", "FR-22"}  # the closed risk is listed, never rated
    assert found["FR-21"].description == "Forensic backlogs delay charging decisions in serious cases."
    assert found["FR-22"].owner_text == "Fleet Manager"
    assert (found["FR-21"].direction, found["FR-22"].direction) == ("increasing", "decreasing")
    # the last quarter's numbers are history, never the current rating
    assert rated(records) == {
        ("FR-21", "inherent", 5, 4, 20),
        ("FR-21", "current", 4, 3, 12),
        ("FR-22", "inherent", 4, 4, 16),
        ("FR-22", "current", 3, 4, 12),
    }
    assert {r.register_date for r in ratings(records)} == {"2025-02-14"}
    assert problems == []


def test_bare_rating_column_after_a_pair_column_scores_that_phase(tmp_path_factory):
    path = forms.bare_scores_after_pairs(tmp_path_factory.mktemp("round4") / "bare.pdf")
    _, records, problems = read_file(path)
    assert rated(records) == {
        ("RF/5", "inherent", 4, 4, 16),
        ("RF/5", "current", 2, 4, 8),
        ("RF/6", "inherent", 3, 3, 9),
        ("RF/6", "current", 2, 2, 4),
    }
    assert problems == []


def test_cards_rated_in_a_small_table_of_phases(tmp_path_factory):
    path = forms.cards_with_phase_tables(tmp_path_factory.mktemp("round4") / "cards.pdf")
    parts, records, problems = read_file(path)
    assert [p.part_kind for p in parts] == ["risk_register"]
    found = risks(records)
    assert (found["OV-7"].objective, found["OV-8"].owner_text) == ("Partnerships", "Head of Digital")
    assert rated(records) == {
        ("OV-7", "inherent", 5, 4, 20),
        ("OV-7", "current", 3, 4, 12),
        ("OV-8", "inherent", 4, 3, 12),
        ("OV-8", "current", 2, 3, 6),
    }
    assert {r.register_date for r in ratings(records)} == {"2025-01-22"}
    assert problems == []


def test_score_cells_with_an_arrow(tmp_path_factory):
    path = forms.scores_with_arrows(tmp_path_factory.mktemp("round4") / "arrows.pdf")
    _, records, problems = read_file(path)
    assert rated(records) == {
        ("BJ3", "inherent", None, None, 20),
        ("BJ3", "current", 3, 4, 12),
        ("BJ4", "inherent", None, None, 15),
        ("BJ4", "current", 4, 4, 16),
    }
    found = risks(records)
    assert (found["BJ3"].direction, found["BJ4"].direction) == ("decreasing", "increasing")
    assert problems == []


def test_scores_printed_before_their_pair(tmp_path_factory):
    path = forms.scores_before_pairs(tmp_path_factory.mktemp("round4") / "first.pdf")
    _, records, problems = read_file(path)
    assert rated(records) == {
        ("KP-14", "inherent", 5, 4, 20),
        ("KP-14", "current", 4, 3, 12),
        ("KP-14", "target", 3, 3, 9),
        ("KP-15", "inherent", 4, 4, 16),
        ("KP-15", "current", 2, 4, 8),
        ("KP-15", "target", 1, 4, 4),
    }
    assert {r.register_date for r in ratings(records)} == {"2024-10-09"}
    assert problems == []


def test_card_rating_every_phase_in_one_line(tmp_path_factory):
    path = forms.cards_with_phases_in_one_line(tmp_path_factory.mktemp("round4") / "listed.pdf")
    _, records, problems = read_file(path)
    assert rated(records) == {
        ("FD 2", "inherent", None, None, 20),
        ("FD 2", "current", None, None, 15),
        ("FD 2", "target", None, None, 10),
        ("FD 3", "inherent", 3, 4, 12),
        ("FD 3", "current", 2, 4, 8),
    }
    assert risks(records)["FD 3"].owner_text == "Procurement Manager"
    assert problems == []


def test_ruled_phase_headings_running_over_their_cells(tmp_path_factory):
    path = forms.spilled_ruled_header(tmp_path_factory.mktemp("round4") / "spilled.pdf")
    _, records, problems = read_file(path)
    assert rated(records) == {
        ("PJ1", "inherent", 4, 3, 12),
        ("PJ1", "current", 3, 3, 9),
        ("PJ1", "target", 2, 3, 6),
        ("PJ2", "inherent", 3, 4, 12),
        ("PJ2", "current", 2, 4, 8),
        ("PJ2", "target", 1, 4, 4),
    }
    assert {r.phase_text for r in ratings(records)} == {"Pre mitigation", "Post mitigation", "Tolerance"}
    assert problems == []


def test_unruled_words_and_scores_in_two_tables(tmp_path_factory):
    path = forms.unruled_words_then_scores(tmp_path_factory.mktemp("round4") / "unruled.pdf")
    _, records, problems = read_file(path)
    found = risks(records)
    assert found["GF-2"].description == "Breathing apparatus sets near end of life."
    assert found["GF-1"].owner_text == "Water Officer"
    assert rated(records) == {
        ("GF-1", "inherent", None, None, 15),
        ("GF-1", "current", None, None, 10),
        ("GF-1", "target", None, None, 5),
        ("GF-2", "inherent", None, None, 20),
        ("GF-2", "current", None, None, 12),
        ("GF-2", "target", None, None, 8),
    }
    assert problems == []
