"""Risk registers in layouts and rating notations beyond the bundled corpus and the gallery.

Each synthetic register (tests/risk_fixtures.py) is written in wording and layout of its own,
so these tests show that the families follow layout and language, not one template: grouped
rating columns under a two-row header (ruled, merged cells, a table running over a page), a
whitespace-only register in a report's appendix, unboxed risk cards scored from a look-up
matrix, rating tables printed before their statement, and a heat map placing references.
"""

from __future__ import annotations

import pytest

from extractors.risk_model import Placed, direction_of, register_date
from extractors.risk_scoring import rating_phase, read_rating_text
from pipeline.records import DocumentPart, Line, Page, Word
from tests.risk_fixtures import (
    boxed_measure_cards,
    card_register,
    grouped_columns_register,
    heat_map_register,
    long_whitespace_register,
    summary_before_statement_register,
    whitespace_register_report,
)
from tests.test_risk_register import ratings, read_file, risks


def built(tmp_path_factory, builder):
    parts, records, problems = read_file(builder(tmp_path_factory.mktemp("risk") / f"{builder.__name__}.pdf"))
    assert parts, "the register was not classed as a risk register"
    return records, problems


def rated(records, reference=None) -> set[tuple]:
    return {(r.reference, r.phase, r.likelihood, r.impact, r.score) for r in ratings(records, reference)}


# --- grouped rating columns under a two-row header ------------------------------------------


@pytest.fixture(scope="module")
def grouped(tmp_path_factory):
    return built(tmp_path_factory, grouped_columns_register)


def test_grouped_columns_read_each_phase_from_its_sub_columns(grouped):
    records, problems = grouped
    assert problems == []
    assert rated(records, "1") == {("1", "inherent", 4, 4, 16), ("1", "current", 3, 4, 12), ("1", "target", 2, 3, 6)}
    assert rated(records, "3") == {("3", "inherent", 4, 3, 12), ("3", "current", 3, 3, 9)}  # no tolerance printed
    assert {r.phase_text for r in ratings(records, "2")} == {"Inherent", "Residual", "Tolerance"}


def test_grouped_columns_objective_merged_down_and_table_over_a_page(grouped):
    records, _ = grouped
    found = risks(records)
    assert sorted(found) == ["1", "2", "3", "4"]
    assert found["2"].objective == "Keeping communities safe"  # the theme cell merged over two rows
    assert found["4"].objective == "Value for money"
    assert found["3"].description.endswith("costs of materials keep rising.")  # row broken over the page
    assert rated(records, "4") == {("4", "inherent", 2, 3, 6), ("4", "current", 2, 2, 4), ("4", "target", 1, 2, 2)}
    assert found["1"].owner_text == "Chief Superintendent Operations"
    assert (found["1"].direction, found["3"].direction) == ("increasing", "decreasing")
    assert {r.register_date for r in ratings(records)} == {"2022-06-30"}


# --- whitespace columns in a report's appendix ------------------------------------------------


@pytest.fixture(scope="module")
def whitespace(tmp_path_factory):
    return built(tmp_path_factory, whitespace_register_report)


def test_whitespace_register_reads_columns_without_rules(whitespace):
    records, problems = whitespace
    assert problems == []
    found = risks(records)
    assert sorted(found) == ["CR07", "CR08", "CR11"]
    assert found["CR08"].description == "Road deaths do not fall in line with the partnership plan."
    assert found["CR08"].owner_text == "Head of Roads Policing"
    assert (found["CR07"].objective, found["CR11"].objective) == ("Safer streets", "A resilient organisation")
    assert [found[r].direction for r in ("CR07", "CR08", "CR11")] == ["decreasing", "unchanged", "increasing"]


def test_whitespace_register_ratings_and_review_date(whitespace):
    records, _ = whitespace
    assert rated(records) == {
        ("CR07", "inherent", 4, 4, 16),
        ("CR07", "current", 3, 4, 12),
        ("CR08", "inherent", 3, 5, 15),
        ("CR08", "current", 3, 4, 12),
        ("CR11", "inherent", 4, 3, 12),
        ("CR11", "current", 2, 3, 6),
    }
    assert {(r.register_date, r.register_date_text) for r in ratings(records)} == {("2021-03-03", "3 March 2021")}


def test_whitespace_register_running_onto_a_page_without_its_header(tmp_path_factory):
    records, problems = built(tmp_path_factory, long_whitespace_register)
    assert problems == []
    assert sorted(risks(records)) == [f"CRR{n:02d}" for n in range(1, 41)]
    assert risks(records)["CRR40"].description == "Risk number 40, a statement that wraps onto a second line of text."
    assert rated(records, "CRR40") == {("CRR40", "current", 1, 3, 3), ("CRR40", "target", 1, 3, 3)}
    assert {r.source.page for r in ratings(records, "CRR40")} == {2}


# --- unboxed risk cards scored from a look-up matrix ------------------------------------------


@pytest.fixture(scope="module")
def cards(tmp_path_factory):
    return built(tmp_path_factory, card_register)


def test_cards_read_every_notation_and_keep_the_printed_score(cards):
    records, problems = cards
    assert rated(records) == {
        ("CR21", "inherent", 4, 3, 15),
        ("CR21", "current", 2, 3, 10),
        ("CR21", "target", 1, 3, 4),
        ("CR22", "inherent", 3, 4, 14),
        ("CR22", "current", 2, 4, 12),
    }
    # The matrix (rows are likelihood, as its corner says) scores L2 I4 at 11; the card prints 12.
    assert [(p.reason, p.text) for p in problems] == [
        ("printed score differs from the register's scheme", "CR22 Net: printed 12, scheme 11")
    ]


def test_cards_fields_and_dates(cards):
    records, _ = cards
    found = risks(records)
    assert found["CR21"].objective == "Information"
    assert found["CR21"].description == "Personal data is disclosed in error by staff handling requests."
    assert (found["CR22"].owner_text, found["CR22"].direction) == ("Head of Commissioning", "unchanged")
    assert {r.register_date for r in ratings(records, "CR21")} == {"2022-05-14"}
    assert {r.register_date for r in ratings(records, "CR22")} == {"2022-05-02"}


def test_boxed_cards_with_a_measure_per_row(tmp_path_factory):
    records, problems = built(tmp_path_factory, boxed_measure_cards)
    assert rated(records) == {
        ("SR-04", "inherent", 4, 4, 16),
        ("SR-04", "current", 3, 4, 12),
        ("SR-05", "inherent", 4, 5, 20),
        ("SR-05", "current", 3, 5, 15),
        ("SR-05", "target", None, None, 10),
    }  # only a score printed: nothing invented
    found = risks(records)
    assert (found["SR-05"].objective, found["SR-05"].owner_text) == ("People", "Area Manager")
    assert found["SR-04"].description == "Station buildings need repairs the capital plan cannot fund."
    assert {r.register_date for r in ratings(records, "SR-05")} == {"2023-01-19"}
    assert [p.reason for p in problems] == []


# --- summary tables printed before their statement --------------------------------------------


def test_summary_tables_before_the_statement_belong_to_it(tmp_path_factory):
    records, problems = built(tmp_path_factory, summary_before_statement_register)
    assert problems == []
    assert rated(records) == {
        ("R3.1", "inherent", 4, 3, 12),
        ("R3.1", "current", 2, 3, 6),
        ("R3.2", "inherent", 3, 3, 9),
        ("R3.2", "current", 1, 3, 3),
    }
    assert {r.objective for r in risks(records).values()} == {"Keeping people safe"}
    assert {r.register_date for r in ratings(records)} == {"2016-11-09"}


# --- a heat map placing references, labels outside its cells ----------------------------------


def test_heat_map_position_gives_the_current_rating(tmp_path_factory):
    records, problems = built(tmp_path_factory, heat_map_register)
    assert problems == []
    assert rated(records) == {
        ("TC1", "target", 2, 3, 6),
        ("TC1", "current", 3, 2, 6),
        ("TC2", "target", 1, 3, 3),
        ("TC2", "current", 2, 4, 8),
    }
    assert {r.origin for r in ratings(records) if r.phase == "current"} == {"matrix"}
    assert {r.register_date for r in ratings(records)} == {"2022-09-01"}


# --- notations, phases and directions as data --------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("4x3=12", (4, 3, 12)),
        ("3 × 5 = 15", (3, 5, 15)),
        ("L 4 x I 4 = 16", (4, 4, 16)),
        ("L4 I3 (12)", (4, 3, 12)),
        ("Likelihood 3 · Impact 4 · Rating 14", (3, 4, 14)),
        ("Likelihood: 2, Impact: 5, Score: 10", (2, 5, 10)),
        ("I3 L4 = 12", (4, 3, 12)),
        ("12 (Amber)", (None, None, 12)),
        ("9 - Medium", (None, None, 9)),
        ("2 x 2", (2, 2, None)),
        ("High (16)", (None, None, 16)),
        ("4 3 12", (4, 3, 12)),
        ("Stable", None),
        ("", None),
    ],
)
def test_rating_notations(text, expected):
    found = read_rating_text(text)
    assert (None if found is None else (found.likelihood, found.impact, found.score)) == expected


@pytest.mark.parametrize(
    "label,phase",
    [
        ("Gross risk", "inherent"),
        ("Before controls", "inherent"),
        ("Unmitigated", "inherent"),
        ("Original rating", "inherent"),
        ("Net risk", "current"),
        ("After controls", "current"),
        ("Residual", "current"),
        ("Mitigated", "current"),
        ("Current rating", "current"),
        ("Future rating", "target"),
        ("Tolerance", "target"),
        ("Planned position", "target"),
        ("Planned actions", None),
        ("Controls in place", None),
        ("Target date", None),
        ("Risk owner", None),
    ],
)
def test_phases_by_meaning(label, phase):
    assert rating_phase(label) == phase


@pytest.mark.parametrize(
    "text,direction",
    [
        ("↑", "increasing"),
        ("↓", "decreasing"),
        ("↔", "unchanged"),
        ("Increasing", "increasing"),
        ("No change", "unchanged"),
        ("Improving", "decreasing"),
        ("New", "new"),
        ("", None),
    ],
)
def test_direction_of_travel(text, direction):
    assert direction_of(text) == direction


@pytest.mark.parametrize(
    "line,iso",
    [
        ("Reviewed on 14 January 2020 by the management team", "2020-01-14"),
        ("Updated: 3 March 2021", "2021-03-03"),
        ("Date of review: 12/05/2022", "2022-05-12"),
        ("Position as at 30 June 2022", "2022-06-30"),
        ("Quarter 3 2019/20", None),
    ],
)
def test_register_date_phrases(line, iso):
    part = DocumentPart("d", "risk_register", 1, 1, title="Risk Register")
    found = register_date(part, [Placed(Page("d", 1, 595, 842), 0, line=line_of(line))])
    assert (found.iso if found else None) == iso


def line_of(text: str) -> Line:
    """A body line of the words of `text`, as the reader would give it."""
    return Line(tuple(Word(w, 10.0 * i, 0, 10.0 * i + 8, 9, 9, False) for i, w in enumerate(text.split())))
