"""The bundled corpus against the hand-made gold records: the suite fails below 0.95."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.evaluate import TYPES, evaluate

GOLD = Path(__file__).resolve().parent / "gold"
THRESHOLD = 0.95


@pytest.fixture(scope="module")
def report(corpus_db):
    return evaluate(corpus_db, GOLD)


@pytest.mark.parametrize("record_type", TYPES)
def test_each_record_type_scores_at_least_the_threshold(report, record_type):
    score = report.types[record_type]
    assert score.f1 >= THRESHOLD, (record_type, score.misses)
    assert score.min_field_accuracy >= THRESHOLD, (record_type, score.fields)


def test_every_owner_of_the_gold_resolves_to_its_canonical_name(report):
    assert report.types["actions"].fields["owners"] == 1.0


def test_the_evaluate_command_prints_the_table(corpus_db):
    result = CliRunner().invoke(cli, ["evaluate", str(GOLD), "--db", str(corpus_db)])
    assert result.exit_code == 0
    assert result.output.splitlines()[0].split()[:4] == ["type", "P", "R", "F1"]
    assert "macro F1" in result.output.splitlines()[-1]


def test_evaluate_says_how_to_fix_a_missing_database(tmp_path):
    result = CliRunner().invoke(cli, ["evaluate", str(GOLD), "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "Error:" in result.output
