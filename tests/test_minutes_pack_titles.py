"""Minutes bound into a pack after its agenda start a paper of their own under the other titles
real bodies print over them: the kind in brackets ('Minutes (Unconfirmed)'), the kind after the
body without a dash ('SCRUTINY COMMITTEE MINUTES'), 'Notes from the … meeting', 'Meeting Record',
'Notes and action points', 'Summary of Decisions', 'Decisions and Actions Record', 'Public
minutes'. Inside a pack only a title starts the minutes, so a title missed loses the whole record."""

from __future__ import annotations

import pytest

from pipeline.reader import read_document
from pipeline.segment import segment
from tests.synthetic import PaperBuilder


def write_pack(path, titles: list[str], title_table: list[list[str]] | None = None):
    paper = PaperBuilder(path)
    paper.text("Harbrook Policing and Crime Scrutiny Committee", size=15, bold=True).gap()
    paper.text("Agenda", size=13, bold=True)
    paper.text("Monday 11 September 2023 at 10.30am, Meeting Room 1, Harbrook House", size=10)
    for n, item in enumerate(["Apologies", "Record of the last meeting", "Estates update"], 1):
        paper.text(f"{n}. {item}", size=10)
    paper.new_page()
    for index, title in enumerate(titles):
        paper.text(title, size=13 if index == 0 else 11, bold=True)
    if title_table:
        paper.table(title_table, [110, 280], size=10)
    paper.text("Date: Monday 10 July 2023   Time: 10.30am   Place: Meeting Room 1, Harbrook House", size=10)
    paper.text("Present: Cllr Mair Oduya (Chair), Cllr Fen Harker, Ms Lila Brandt", size=10)
    paper.text("1. Estates update", bold=True, size=10)
    paper.text("The Committee noted the progress on the custody suite.", size=10)
    return paper.save()


@pytest.mark.parametrize(
    "titles",
    [
        ["Harbrook Policing and Crime Scrutiny Committee", "Minutes (Unconfirmed)"],
        ["HARBROOK SCRUTINY COMMITTEE MINUTES"],
        ["Notes from the Harbrook Scrutiny Committee meeting"],
        ["Harbrook Scrutiny Committee", "Meeting Record"],
        ["Harbrook Scrutiny Committee", "Notes and action points"],
        ["Harbrook Scrutiny Committee", "Summary of Decisions"],
        ["Harbrook Scrutiny Committee", "Decisions and Actions Record"],
        ["Harbrook Scrutiny Committee", "Public minutes"],
        ["Harbrook Scrutiny Committee", "Minute of Meeting"],
    ],
)
def test_minutes_under_other_titles_are_their_own_paper(tmp_path, titles):
    pages = read_document(write_pack(tmp_path / "pack.pdf", titles), "pack", [])
    _, parts = segment(pages)
    assert [(p.part_kind, p.page_start) for p in parts] == [("agenda", 1), ("minutes", 2)]


def test_minutes_titled_in_a_ruled_box_are_their_own_paper(tmp_path):
    """The kind in capitals in the first cell of a boxed title ('MINUTES | Harbrook … Committee')."""
    box = [["MINUTES", "Harbrook Scrutiny Committee"], ["Status", "Draft"]]
    pages = read_document(write_pack(tmp_path / "pack.pdf", [], box), "pack", [])
    _, parts = segment(pages)
    assert [(p.part_kind, p.page_start) for p in parts] == [("agenda", 1), ("minutes", 2)]


@pytest.mark.parametrize(
    "title",
    ["3. Minutes of the last meeting", "Record of decisions taken by the Commissioner (see item 5)"],
)
def test_an_agenda_line_naming_minutes_starts_no_paper(tmp_path, title):
    """A numbered agenda entry that names minutes is an item of the agenda, not a title."""
    paper = PaperBuilder(tmp_path / "agenda.pdf")
    paper.text("Harbrook Scrutiny Committee", size=15, bold=True)
    paper.text("Agenda", size=13, bold=True)
    paper.text("Monday 11 September 2023 at 10.30am, Meeting Room 1, Harbrook House", size=10)
    paper.text("1. Apologies", size=10)
    paper.text("2. Declarations of interest", size=10)
    paper.text(title, size=10)
    pages = read_document(paper.save(), "agenda", [])
    _, parts = segment(pages)
    assert [p.part_kind for p in parts] == ["agenda"]
