"""Which day a register is 'as at': the general forms registers print it in.

A review by a named group ('Reviewed by the Executive Leadership Group: 3 July 2023'), 'As at:',
'Status at', 'Register date', a weekday before the date, and the same phrases in a running header
or footer; a title printed as the page footer with its full date. A review still to come, a
meeting's date in an agenda pack's footer and a quarter never date it; a risk's own review date
outranks them all. Each form is built as a real PDF in wording of its own.
"""

from __future__ import annotations

import pytest

from extractors.risk_model import Placed, register_date
from pipeline.records import DocumentPart, Line, Page, Word
from tests.synthetic import PaperBuilder
from tests.test_risk_register import ratings, read_file


def line_of(text: str) -> Line:
    return Line(tuple(Word(w, 10.0 * i, 0, 10.0 * i + 8, 9, 9, False) for i, w in enumerate(text.split())))


@pytest.mark.parametrize(
    "line,iso",
    [
        ("Reviewed by the Executive Leadership Group: 3 July 2023", "2023-07-03"),
        ("Register reviewed by Chief Officers and Commissioner on Tuesday 5 March 2024", "2024-03-05"),
        ("Last updated – 12.05.22", "2022-05-12"),
        ("As at: 31 March 2024", "2024-03-31"),
        ("Status at 30 June 2022", "2022-06-30"),
        ("Correct as of 1st February 2021", "2021-02-01"),
        ("Risk register date: 3 April 2023", "2023-04-03"),
        ("Date last reviewed 19/01/2023", "2023-01-19"),
        ("To be reviewed by the Panel on 5 June 2024", None),
        ("Reviewed by the Board in March 2022", None),
        ("Next update due 4 May 2022", None),
    ],
)
def test_register_date_forms(line, iso):
    part = DocumentPart("d", "risk_register", 1, 1, title="Risk Register")
    found = register_date(part, [Placed(Page("d", 1, 595, 842), 0, line=line_of(line))])
    assert (found.iso if found else None) == iso


def register(path, *, footer: list[str], above: list[str] = (), dates: tuple[str, str] = ("", "")):
    """A small ruled register: title, the lines `above` it, two risks (with `dates` in a 'Last
    reviewed' column), and the running `footer`."""
    paper = PaperBuilder(path, footer=footer)
    paper.text("Tarnwick Fire Authority Corporate Risk Register", size=13, bold=True)
    for text in above:
        paper.text(text, size=9)
    paper.gap().table(
        [
            ["Risk ID", "Risk", "Likelihood", "Impact", "Rating", "Last reviewed"],
            ["FA-01", "Retained crews cannot be kept at day-time strength.", "4", "3", "12", dates[0]],
            ["FA-02", "The control room system fails during the change-over.", "2", "5", "10", dates[1]],
        ],
        [45, 210, 55, 45, 45, 70],
    )
    return paper.save()


def dates_of(path) -> set[tuple]:
    _, records, problems = read_file(path)
    assert len(ratings(records)) == 2, problems
    return {(r.register_date, r.register_date_text) for r in ratings(records)}


def test_review_by_a_named_group_dates_the_register(tmp_path):
    path = register(
        tmp_path / "group.pdf",
        footer=["Page {page}"],
        above=["Reviewed by the Executive Leadership Group: 3 July 2023", "Next review: October 2023"],
    )
    assert dates_of(path) == {("2023-07-03", "3 July 2023")}


def test_as_at_phrase_in_the_running_footer_dates_the_register(tmp_path):
    path = register(tmp_path / "footer.pdf", footer=["Corporate risk register – position as at 30/09/2023 – {page}"])
    assert dates_of(path) == {("2023-09-30", "30/09/2023")}


def test_titled_footer_with_a_full_date_dates_the_register(tmp_path):
    path = register(tmp_path / "titled.pdf", footer=["Corporate Risk Register 12 October 2023", "Page {page} of 1"])
    assert dates_of(path) == {("2023-10-12", "12 October 2023")}


def test_meeting_footer_of_an_agenda_pack_does_not_date_the_register(tmp_path):
    path = register(
        tmp_path / "pack.pdf",
        footer=["Audit and Standards Committee 14 June 2023", "Agenda item 9 – page {page}"],
        above=["Quarter 1 2023/24"],
    )
    assert dates_of(path) == {(None, None)}


def test_a_risks_own_review_date_outranks_the_footer(tmp_path):
    path = register(
        tmp_path / "own.pdf",
        footer=["Corporate risk register – as at 30/09/2023"],
        dates=("21/09/2023", "11 Sept 2023"),
    )
    assert dates_of(path) == {("2023-09-21", "21/09/2023"), ("2023-09-11", "11 Sept 2023")}
