"""Register conventions met beyond the gallery, each in a synthetic paper worded unlike it.

Each builder (tests/risk_fixtures.py) prints one general convention the archive's registers use:
current ratings without a group heading of their own beside a labelled target group, ratings as
a band and its score ('High (16)'), per-risk review dates as dd.mm.yy or '09 Jun 22', labelled
blocks with fields side by side and the score before its pair ('12 (3x4)'), a header word broken
over two lines without a hyphen, references with a dot or a space ('CRM.4', 'GV 3'), and a net
column that refers to a heat map whose axes are named beside it.
"""

from __future__ import annotations

import pytest

from extractors.risk_cards import phase_line, split_fields
from extractors.risk_model import objective_text
from extractors.risk_scoring import read_rating_text
from extractors.risk_tables import join_label
from tests.risk_fixtures import (
    deferred_heat_map_register,
    labelled_blocks_register,
    ungrouped_current_register,
    ungrouped_whitespace_register,
)
from tests.test_risk_register import ratings, read_file, risks


def built(tmp_path_factory, builder):
    parts, records, problems = read_file(builder(tmp_path_factory.mktemp("forms") / f"{builder.__name__}.pdf"))
    assert parts, "the register was not classed as a risk register"
    return records, problems


def rated(records) -> set[tuple]:
    return {(r.reference, r.phase, r.likelihood, r.impact, r.score) for r in ratings(records)}


def dated(records) -> dict[str, set]:
    found: dict[str, set] = {}
    for r in ratings(records):
        found.setdefault(r.reference, set()).add(r.register_date)
    return found


# --- current ratings under no group heading ---------------------------------------------------


@pytest.fixture(scope="module")
def ungrouped(tmp_path_factory):
    return built(tmp_path_factory, ungrouped_current_register)


def test_unlabelled_measure_columns_are_the_current_rating(ungrouped):
    records, problems = ungrouped
    assert rated(records) == {
        ("CRM.4", "current", 4, 4, 16),
        ("CRM.4", "target", 2, 4, 8),
        ("CRM.9", "current", 3, 3, 9),
        ("CRM.9", "target", 1, 3, 3),
    }
    assert problems == []


def test_row_review_dates_in_short_forms_date_the_ratings(ungrouped):
    records, _ = ungrouped
    assert dated(records) == {"CRM.4": {"2022-05-12"}, "CRM.9": {"2022-06-09"}}


@pytest.fixture(scope="module")
def ungrouped_loose(tmp_path_factory):
    return built(tmp_path_factory, ungrouped_whitespace_register)


def test_whitespace_header_with_a_group_and_a_broken_phase_word(ungrouped_loose):
    records, problems = ungrouped_loose
    assert rated(records) == {
        ("GV 3", "current", 3, 4, 12),
        ("GV 3", "target", 2, 3, 6),
        ("GV 5", "current", 2, 3, 6),
        ("GV 5", "target", 1, 3, 3),
        ("GV 3", "inherent", None, None, 20),
        ("GV 5", "inherent", None, None, 15),
    }
    assert dated(records) == {"GV 3": {"2022-11-03"}, "GV 5": {"2022-10-28"}}
    assert sorted(risks(records)) == ["GV 3", "GV 5"]
    assert problems == []


# --- labelled blocks ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def blocks(tmp_path_factory):
    return built(tmp_path_factory, labelled_blocks_register)


def test_blocks_with_fields_side_by_side(blocks):
    records, problems = blocks
    found = risks(records)
    assert sorted(found) == ["ORG 12", "ORG 15"]
    assert (found["ORG 12"].objective, found["ORG 12"].owner_text) == ("Infrastructure", "Head of Estates")
    assert found["ORG 15"].description == "Too few volunteers are recruited to sustain the custody visiting scheme."
    assert problems == []


def test_blocks_scores_before_their_pair_and_bands_alone(blocks):
    records, _ = blocks
    assert rated(records) == {
        ("ORG 12", "inherent", None, None, 20),
        ("ORG 12", "current", 3, 4, 12),
        ("ORG 12", "target", 2, 3, 6),
        ("ORG 15", "inherent", None, None, 15),
        ("ORG 15", "current", 2, 4, 8),
        ("ORG 15", "target", 1, 4, 4),
    }
    assert dated(records) == {"ORG 12": {"2022-06-09"}, "ORG 15": {"2022-06-14"}}


# --- a column deferring to a heat map ----------------------------------------------------------


@pytest.fixture(scope="module")
def deferred(tmp_path_factory):
    return built(tmp_path_factory, deferred_heat_map_register)


def test_net_rating_from_a_heat_map_with_named_axes(deferred):
    records, problems = deferred
    assert rated(records) == {
        ("JC.1", "inherent", 4, 4, 16),
        ("JC.1", "current", 2, 3, 6),
        ("JC.2", "inherent", 3, 5, 15),
        ("JC.2", "current", 3, 4, 12),
    }
    assert {r.objective for r in risks(records).values()} == {"Finance", "Delivery"}
    assert problems == []  # 'Shown on matrix' is no unreadable rating: the matrix gives it


# --- notations and labels ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("16 (L4 x I4)", (4, 4, 16)),
        ("9 [P3 C3]", (3, 3, 9)),
        ("12 (3x4)", (3, 4, 12)),
        ("4x4 High (16)", (4, 4, 16)),
        ("Medium/High (12)", (None, None, 12)),
        ("Very high - 20", (None, None, 20)),
    ],
)
def test_rating_notations(text, expected):
    rating = read_rating_text(text)
    assert (rating.likelihood, rating.impact, rating.score) == expected


def test_a_phase_label_with_a_band_keeps_the_score_only():
    rating = phase_line("Post-treatment risk: Amber (10)")
    assert (rating.phase, rating.likelihood, rating.impact, rating.score) == ("current", None, None, 10)
    assert phase_line("Target date: 12 May 2022") is None


def test_fields_side_by_side_split_at_known_labels_only():
    assert split_fields("Category: Finance   Risk owner: Director of Finance") == [
        "Category: Finance",
        "Risk owner: Director of Finance",
    ]
    assert split_fields("Description: the ratio: too low") == ["Description: the ratio: too low"]


def test_broken_header_words_are_mended_only_when_that_names_something():
    assert join_label("Pre-mitigatio", "n") == "Pre-mitigation"
    assert join_label("Risk", "owner") == "Risk owner"
    assert join_label("Residua", "l") == "Residual"


def test_a_category_label_is_stripped_once():
    assert objective_text("Category: Priority areas") == "Priority areas"
    assert objective_text("Risk area – Finance") == "Finance"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("L4 C3", (4, 3, None)),
        ("Probability 2 Consequence 5 = 10", (2, 5, 10)),
        ("4 (L) x 2 (I) = 8", (4, 2, 8)),
    ],
)
def test_consequence_and_bracketed_measure_notations(text, expected):
    rating = read_rating_text(text)
    assert (rating.likelihood, rating.impact, rating.score) == expected


def test_a_row_whose_reference_is_unknown_is_reported_not_merged(tmp_path_factory):
    from tests.synthetic import PaperBuilder

    path = tmp_path_factory.mktemp("forms") / "odd-reference.pdf"
    paper = PaperBuilder(path)
    paper.text("Test Risk Register", size=13, bold=True)
    paper.table(
        [
            ["Ref", "Risk", "Likelihood", "Impact", "Score"],
            ["CR01", "Contracts lapse before renewal.", "3", "4", "12"],
            ["risk#2", "Vehicles are not replaced in time.", "2", "2", "4"],
        ],
        [50, 200, 50, 50, 50],
    )
    _, records, problems = read_file(paper.save())
    assert rated(records) == {("CR01", "current", 3, 4, 12)}
    assert risks(records)["CR01"].description == "Contracts lapse before renewal."
    assert [p.reason for p in problems] == ["register row without a risk reference"]


def test_one_row_per_phase_under_each_risk(tmp_path_factory):
    """A long-format register: the risk's first row and two more, each naming its phase in a
    column of its own beside shared Likelihood / Impact / Score columns."""
    from tests.synthetic import PaperBuilder

    path = tmp_path_factory.mktemp("forms") / "phase-rows.pdf"
    paper = PaperBuilder(path)
    paper.text("Test Partnership Risk Register", size=13, bold=True)
    paper.table(
        [
            ["Ref", "Risk", "Stage", "Likelihood", "Impact", "Score"],
            ["PR 1", "Funding for the hub ends in March.", "Uncontrolled", "4", "4", "16"],
            ["", "", "Controlled", "3", "4", "12"],
            ["", "", "Tolerance", "2", "4", "8"],
            ["PR 2", "Data cannot be shared between partners.", "Uncontrolled", "3", "3", "9"],
            ["", "", "Controlled", "2", "3", "6"],
        ],
        [40, 200, 70, 50, 50, 40],
    )
    _, records, problems = read_file(paper.save())
    assert rated(records) == {
        ("PR 1", "inherent", 4, 4, 16),
        ("PR 1", "current", 3, 4, 12),
        ("PR 1", "target", 2, 4, 8),
        ("PR 2", "inherent", 3, 3, 9),
        ("PR 2", "current", 2, 3, 6),
    }
    assert {r.phase_text for r in ratings(records, "PR 1")} == {"Uncontrolled", "Controlled", "Tolerance"}
    assert problems == []


def test_blocks_titled_without_a_separator(tmp_path_factory):
    """Blocks whose title bar is the reference and a name with no dash ('CRR 4 Flood response'),
    scores out of the scale's maximum ('12/25'), a short 'Lead:' label and a 'Reviewed:' date."""
    from tests.synthetic import PaperBuilder

    path = tmp_path_factory.mktemp("forms") / "bare-titles.pdf"
    paper = PaperBuilder(path)
    paper.text("County Resilience Forum – Risk Register", size=13, bold=True).gap()
    for title, category, lead, statement, before, now, target, reviewed in [
        (
            "CRR 4 Flood response",
            "Operational",
            "Head of Emergency Planning",
            "Severe flooding overwhelms the capacity to respond.",
            "4 x 4 = 16",
            "12/25",
            "L2 I4 (8)",
            "09 Jun 22",
        ),
        (
            "CRR 6 Seized property",
            "Compliance",
            "Property Manager",
            "Stores of seized property exceed their licensed capacity.",
            "3 x 3 = 9",
            "6/25",
            "L1 I3 (3)",
            "30.05.22",
        ),
    ]:
        paper.text(title, size=10, bold=True)
        paper.text("Risk category:", size=9, columns=[(150, category), (330, "Lead:"), (370, lead)])
        paper.text("Description:", size=9, columns=[(150, statement)])
        paper.text("Before treatment:", size=9, columns=[(150, before)])
        paper.text("Current score:", size=9, columns=[(150, now)])
        paper.text("Target:", size=9, columns=[(150, target)])
        paper.text("Reviewed:", size=9, columns=[(150, reviewed)]).gap(12)
    _, records, problems = read_file(paper.save())
    found = risks(records)
    assert sorted(found) == ["CRR 4", "CRR 6"]
    assert (found["CRR 4"].objective, found["CRR 4"].owner_text) == ("Operational", "Head of Emergency Planning")
    assert found["CRR 6"].description == "Stores of seized property exceed their licensed capacity."
    assert rated(records) == {
        ("CRR 4", "inherent", 4, 4, 16),
        ("CRR 4", "current", None, None, 12),
        ("CRR 4", "target", 2, 4, 8),
        ("CRR 6", "inherent", 3, 3, 9),
        ("CRR 6", "current", None, None, 6),
        ("CRR 6", "target", 1, 3, 3),
    }
    assert dated(records) == {"CRR 4": {"2022-06-09"}, "CRR 6": {"2022-05-30"}}
    assert problems == []


def test_objective_headings_between_tables(tmp_path_factory):
    """Each objective printed as a labelled line over its own ruled table of risks."""
    from tests.synthetic import PaperBuilder

    path = tmp_path_factory.mktemp("forms") / "headed-tables.pdf"
    paper = PaperBuilder(path)
    paper.text("Test Road Safety Partnership Risk Register", size=13, bold=True).gap()
    header = ["No.", "Risk", "Owner", "Likelihood", "Impact", "Rating"]
    widths = [40, 220, 90, 50, 50, 40]
    paper.text("Priority 1 – Safer roads", size=10, bold=True)
    paper.table([header, ["RS1", "Camera maintenance lapses.", "Roads Manager", "3", "3", "9"]], widths)
    paper.text("Priority 2 – Confident communities", size=10, bold=True)
    paper.table([header, ["RS4", "Speed-watch volunteers withdraw.", "Partnership Officer", "2", "4", "8"]], widths)
    _, records, problems = read_file(paper.save())
    assert {k: r.objective for k, r in risks(records).items()} == {"RS1": "Safer roads", "RS4": "Confident communities"}
    assert rated(records) == {("RS1", "current", 3, 3, 9), ("RS4", "current", 2, 4, 8)}
    assert problems == []


def test_a_heading_printing_impact_first_orders_bare_pairs(tmp_path_factory):
    """'Gross risk (I x L)' over '5 x 3 = 15': impact 5, likelihood 3; a pair naming its measures
    ('L2 I5') keeps its own order whatever the heading says."""
    from tests.synthetic import PaperBuilder

    path = tmp_path_factory.mktemp("forms") / "impact-first.pdf"
    paper = PaperBuilder(path)
    paper.text("Test Shared Services Risk Register", size=13, bold=True)
    paper.table(
        [
            ["Risk ref", "Risk", "Gross risk (I x L)", "Net risk (I x L)"],
            ["SS-2", "Payroll runs late after the system upgrade.", "5 x 3 = 15", "L2 I5 (10)"],
        ],
        [50, 220, 90, 90],
    )
    _, records, problems = read_file(paper.save())
    assert rated(records) == {("SS-2", "inherent", 3, 5, 15), ("SS-2", "current", 2, 5, 10)}
    assert problems == []
    assert phase_line("Inherent (I x L): 4 x 2 = 8").likelihood == 2


def test_spaced_and_dotted_references_are_not_bands_or_pages():
    from extractors.risk_words import reference_text

    assert reference_text().findall("HIGH 16  LOW 4  P.5  SRR 7  R.03  CRR 01") == ["SRR 7", "R.03", "CRR 01"]


def test_next_review_date_never_dates_the_register(tmp_path_factory):
    from tests.synthetic import PaperBuilder

    path = tmp_path_factory.mktemp("forms") / "next-review.pdf"
    paper = PaperBuilder(path)
    paper.text("Test Estates Risk Register", size=13, bold=True)
    paper.text("Next review date: 30/09/2022", size=9)
    paper.table(
        [
            ["Ref", "Risk", "Likelihood", "Impact", "Score", "Next review date", "Last reviewed"],
            ["ES3", "Boilers fail at two stations.", "3", "2", "6", "01/10/2022", "04/07/2022"],
            ["ES4", "Leases end before the moves.", "2", "4", "8", "01/10/2022", ""],
        ],
        [40, 180, 50, 50, 40, 70, 70],
    )
    _, records, problems = read_file(paper.save())
    assert dated(records) == {"ES3": {"2022-07-04"}, "ES4": {None}}
    assert problems == []
