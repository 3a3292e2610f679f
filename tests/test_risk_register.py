"""The risk register extractor on the bundled register, a report, and synthetic registers."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from extractors.base import Context
from extractors.risk_register import RiskRegisterExtractor
from extractors.risk_scoring import phase_of, read_grid
from pipeline.evaluate import similarity
from pipeline.reader import read_document
from pipeline.records import RiskEntry, RiskRating, Table
from tests.risk_fixtures import FOOTER, FOUR_POINT, SummaryRisk, SyntheticRisk, block_register, summary_tables_register
from tests.segment_once import segment_once
from tests.synthetic import PaperBuilder

ROOT = Path(__file__).resolve().parent.parent
PACK = ROOT / "corpus" / "19-10-09-BCB-Agenda-Pack.pdf"
ITEM = ROOT / "tests" / "pdfs" / "items" / "19-10-09-BCB-Agenda-Item-7.0-Strategic-Risk-Register.pdf"
REPORT = ROOT / "corpus" / "17-06-29-JAC-Governance-Police-and-Crime-Plan-BAF.pdf"
GOLD = json.loads((ROOT / "tests" / "gold" / "19-10-09-BCB-Agenda-Pack.json").read_text())["risks"]


def read_file(path: Path, kinds=("risk_register",)):
    """Run the extractor over every part of `kinds` in a file: (parts, records, problems)."""
    pages = read_document(path, "doc", [])
    _, parts = segment_once(pages)
    records, context = [], Context("doc", None, None)
    chosen = [p for p in parts if p.part_kind in kinds]
    for part in chosen:
        records += list(RiskRegisterExtractor().extract(part, pages[part.page_start - 1 : part.page_end], context))
    return chosen, records, context.problems


def risks(records) -> dict[str, RiskEntry]:
    return {r.reference: r for r in records if isinstance(r, RiskEntry)}


def ratings(records, reference=None) -> list[RiskRating]:
    return [r for r in records if isinstance(r, RiskRating) and reference in (None, r.reference)]


def rating_key(r) -> tuple:
    if isinstance(r, dict):
        return r["phase"], r["likelihood"], r["impact"], r["score"], r["register_date"]
    return r.phase, r.likelihood, r.impact, r.score, r.register_date


# --- the bundled register ---------------------------------------------------------------


@pytest.fixture(scope="module", params=[PACK, ITEM], ids=["pack", "item"])
def bundled(request):
    parts, records, problems = read_file(request.param)
    assert len(parts) == 1
    return records, problems


def test_bundled_register_gives_exactly_the_gold_risks(bundled):
    records, _ = bundled
    assert sorted(risks(records)) == sorted(g["reference"] for g in GOLD)
    assert {r.family for r in records} == {"block-register"}


@pytest.mark.parametrize("gold", GOLD, ids=[g["reference"] for g in GOLD])
def test_bundled_risk_matches_gold(bundled, gold):
    records, _ = bundled
    risk = risks(records)[gold["reference"]]
    assert similarity(risk.objective, gold["objective"]) >= 0.7
    assert similarity(risk.description, gold["description"]) >= 0.7
    found = Counter(rating_key(r) for r in ratings(records, gold["reference"]))
    assert found == Counter(rating_key(g) for g in gold["ratings"])


def test_bundled_register_agrees_with_its_matrix(bundled):
    records, problems = bundled
    assert all(r.conflict is None and r.origin == "block" for r in ratings(records))
    assert all(r.register_date_text == "13/08/2019" for r in ratings(records))
    assert problems == []


def test_wrapped_objective_is_joined(bundled):
    records, _ = bundled
    assert risks(records)["SR3.1"].objective == "Resourcing and Enabling Delivery"


def test_report_gives_no_risks():
    parts, records, _ = read_file(REPORT)
    assert parts == []
    _, records, problems = read_file(REPORT, kinds=("report",))
    assert records == []
    assert [p.reason for p in problems] == ["no risk register layout recognised"]


# --- synthetic: the older summary-tables family --------------------------------------------

SUMMARY = [
    (
        "Objective 1: Public Engagement",
        [
            SummaryRisk(
                "R1.1",
                [
                    "There is a risk that the public are not engaged in setting",
                    "the priorities for policing and crime.",
                ],
                (4, 4, 16),
                (2, 4, 8),
            ),
            SummaryRisk("R1.2", ["There is a risk that complaints are not handled well."], (3, 3, 9), (2, 2, 4)),
        ],
    ),
    (
        "Objective 2: Setting Direction",
        [
            SummaryRisk("R2.1", ["There is a risk that the plan sets no clear direction."], (3, 4, 12), (3, 3, 10)),
        ],
    ),
]


@pytest.fixture(scope="module")
def summary_register(tmp_path_factory):
    path = summary_tables_register(tmp_path_factory.mktemp("summary") / "summary.pdf", SUMMARY)
    return read_file(path)


def test_summary_tables_risks_and_objectives(summary_register):
    _, records, _ = summary_register
    found = risks(records)
    assert sorted(found) == ["R1.1", "R1.2", "R2.1"]
    assert {r.family for r in found.values()} == {"summary-tables"}
    assert found["R1.1"].objective == "Public Engagement"
    assert found["R2.1"].objective == "Setting Direction"
    assert found["R1.1"].description == (
        "There is a risk that the public are not engaged in setting the priorities for policing and crime."
    )


@pytest.mark.parametrize(
    "reference,expected",
    [
        ("R1.1", {("inherent", 4, 4, 16), ("current", 2, 4, 8)}),
        ("R1.2", {("inherent", 3, 3, 9), ("current", 2, 2, 4)}),
        ("R2.1", {("inherent", 3, 4, 12), ("current", 3, 3, 10)}),
    ],
)
def test_summary_tables_ratings(summary_register, reference, expected):
    _, records, _ = summary_register
    found = ratings(records, reference)
    assert {(r.phase, r.likelihood, r.impact, r.score) for r in found} == expected
    assert {r.phase_text for r in found} == {
        "Before mitigating controls are in place",
        "After mitigating controls are in place",
    }
    assert {(r.register_date, r.register_date_text, r.origin) for r in found} == {
        ("2016-01-14", "14 January 2016", "table")
    }


def test_summary_tables_printed_total_is_kept_and_checked_against_key(summary_register):
    _, _, problems = summary_register
    assert [p.reason for p in problems] == ["printed score differs from the register's scheme"]
    assert "printed 10, scheme 9" in problems[0].text


# --- synthetic: block registers ---------------------------------------------------------


def four_point_risks() -> list[SyntheticRisk]:
    return [
        SyntheticRisk(
            "SR1.1",
            "Resourcing and Enabling Delivery",
            "There is a risk that the finances are not managed effectively over the year.",
            inherent=(3, 4, 14),
            current=(2, 3, 8),
            future=(1, 2, 2),
        ),
        SyntheticRisk(
            "SR1.2",
            "Being Accountable",
            "There is a risk that governance is not applied and duties are not met.",
            inherent=(4, 3, 15),
            current=(2, 2, 5),
        ),
    ]


def test_four_point_scale_scored_from_its_own_matrix(tmp_path):
    path = block_register(
        tmp_path / "four.pdf",
        four_point_risks(),
        scale=FOUR_POINT,
        summary_only=[("SR2.1", "There is a risk that partners withdraw.")],
        placements={"SR1.1": (2, 3), "SR1.2": (2, 2), "SR2.1": (4, 1)},
    )
    _, records, problems = read_file(path)
    assert problems == []
    assert {(r.reference, r.phase, r.likelihood, r.impact, r.score, r.origin) for r in ratings(records)} == {
        ("SR1.1", "inherent", 3, 4, 14, "block"),
        ("SR1.1", "current", 2, 3, 8, "block"),
        ("SR1.1", "target", 1, 2, 2, "block"),
        ("SR1.2", "inherent", 4, 3, 15, "block"),
        ("SR1.2", "current", 2, 2, 5, "block"),
        ("SR2.1", "current", 4, 1, 10, "matrix"),
    }
    assert risks(records)["SR2.1"].description == "There is a risk that partners withdraw."
    assert risks(records)["SR1.1"].description.startswith("There is a risk that the finances")


def test_matrix_position_disagreeing_with_block_keeps_both(tmp_path):
    path = block_register(
        tmp_path / "conflict.pdf", four_point_risks(), scale=FOUR_POINT, placements={"SR1.1": (3, 3), "SR1.2": (2, 2)}
    )
    _, records, _ = read_file(path)
    current = sorted(ratings(records, "SR1.1"), key=lambda r: r.origin)
    current = [r for r in current if r.phase == "current"]
    assert [(r.origin, r.likelihood, r.impact, r.score) for r in current] == [("block", 2, 3, 8), ("matrix", 3, 3, 12)]
    assert all(r.conflict and "L3 I3" in r.conflict and "L2 I3" in r.conflict for r in current)
    assert all(r.conflict is None for r in ratings(records, "SR1.2"))


def test_register_without_per_risk_dates_keeps_the_title_month(tmp_path):
    undated = [
        SyntheticRisk(
            r.reference,
            r.objective,
            r.statement,
            inherent=r.inherent,
            current=r.current,
            future=r.future,
            status="Open",
        )
        for r in four_point_risks()
    ]
    path = block_register(tmp_path / "undated.pdf", undated, scale=FOUR_POINT)
    _, records, _ = read_file(path)
    assert ratings(records)
    assert {(r.register_date, r.register_date_text) for r in ratings(records)} == {(None, "February 2020")}


@pytest.mark.parametrize("fused", [False, True], ids=["label-cells", "fused-label-cells"])
def test_per_risk_update_outranks_title_month(tmp_path, fused):
    path = block_register(tmp_path / "dated.pdf", four_point_risks(), scale=FOUR_POINT, fused_labels=fused)
    _, records, _ = read_file(path)
    assert {(r.register_date, r.register_date_text) for r in ratings(records)} == {("2020-03-02", "02/03/2020")}
    assert risks(records)["SR1.2"].objective == "Being Accountable"
    assert len(ratings(records)) == 5


def test_register_without_rating_layout_is_reported_not_dropped(tmp_path):
    paper = PaperBuilder(tmp_path / "plain.pdf", landscape_pages=True, footer=FOOTER)
    paper.text("TEST STRATEGIC RISK REGISTER, May 2020", size=13, bold=True)
    paper.lines("Reference SR9.1 Objective Being Accountable", "There is a risk printed as plain text only.")
    parts, records, problems = read_file(paper.save())
    assert len(parts) == 1 and records == []
    assert [p.reason for p in problems] == ["no risk register layout recognised"]


# --- vocabulary and grids ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,phase",
    [
        ("Inherent", "inherent"),
        ("Before mitigating controls are in place", "inherent"),
        ("Current", "current"),
        ("Residual risk", "current"),
        ("After mitigating controls are in place", "current"),
        ("Future", "target"),
        ("Target", "target"),
        ("Future Actions", None),
        ("Exec Lead", None),
    ],
)
def test_phase_synonyms(text, phase):
    assert phase_of(text) == phase


def grid_table(header, side) -> Table:
    rows = [("",) + tuple(header)] + [(label,) + ("",) * len(header) for label in side]
    return Table((0, 0, 1, 1), tuple(rows))


@pytest.mark.parametrize(
    "header,side,columns_are_likelihood",
    [
        (["1 Unlikely", "2 Possible", "3 Likely"], ["3 Moderate", "2 Minor", "1 Insignificant"], True),
        (["1 Minor", "2 Moderate", "3 Major"], ["3 Likely", "2 Possible", "1 Rare"], False),
    ],
)
def test_grid_axes_follow_scale_wording(header, side, columns_are_likelihood):
    grid = read_grid(grid_table(header, side))
    assert grid.columns_are_likelihood is columns_are_likelihood
    assert sorted(grid.columns.values()) == [1, 2, 3]
