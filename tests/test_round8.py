"""Forms met in the rounds on the blind sets blind13-15, each in invented bodies' words."""

from __future__ import annotations

from pathlib import Path

from extractors.minutes import MinutesExtractor
from pipeline.layout import canonical_body
from pipeline.records import MeetingMention
from tests.minutes_fixtures import read_file
from tests.test_round7 import draw_lines, of


def test_a_mixed_case_body_name_keeps_its_acronyms():
    assert canonical_body("Ambergate OPCC Scrutiny Board") == "Ambergate OPCC Scrutiny Board"
    assert canonical_body("Tarrow JIAC") == "Tarrow JIAC"
    # all in capitals, an acronym cannot be told from a word
    assert canonical_body("AMBERGATE SCRUTINY BOARD") == "Ambergate Scrutiny Board"
    assert canonical_body("Business Co-ordination Board") == "Business Coordination Board"


def test_minutes_of_a_board_named_with_an_acronym(tmp_path: Path):
    path = draw_lines(
        tmp_path / "minutes.pdf",
        [
            (72, 780, "Helvetica-Bold", 14, "Ambergate OPCC Scrutiny Board"),
            (72, 760, "Helvetica", 11, "Minutes of the meeting held on 4 March 2025 at 10.00am"),
            (72, 730, "Helvetica-Bold", 11, "1. Apologies"),
            (72, 714, "Helvetica", 11, "Apologies were received from Ann Vell."),
            (72, 690, "Helvetica-Bold", 11, "2. Budget monitoring"),
            (72, 674, "Helvetica", 11, "The Board noted the report."),
        ],
    )
    records, _ = read_file(path, MinutesExtractor())
    assert [m.body for m in of(records, MeetingMention)] == ["Ambergate OPCC Scrutiny Board"]


def test_a_body_name_may_list_its_first_words_with_a_comma():
    from pipeline.layout import find_body_name

    assert find_body_name("Minutes of the Wendle Police, Fire and Crime Panel held at") == (
        "Wendle Police, Fire and Crime Panel"
    )
    assert find_body_name("AUDIT, RISK AND ASSURANCE COMMITTEE") == "Audit, Risk and Assurance Committee"
    # a comma that ends a clause does not join it to the name after it
    assert find_body_name("As agreed, the Board met") == "Board"


def test_a_combined_authority_names_its_area():
    from pipeline.profiles import area_named

    text = "Harrowby Combined Authority Police, Fire and Crime Panel – 4 June 2025\nActions tracker\n"
    assert area_named(text) == "Harrowby"
    assert area_named("The Combined Authority Police and Crime Panel met.") is None
