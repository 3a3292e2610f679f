"""Minutes bound into a pack after its agenda are a paper of their own when their title names the
kind after the body ('WESTMERE FIRE AUTHORITY – DRAFT MINUTES') or after the pack's item label
('Item 4 – Minutes of the Audit Committee, 3 May 2023'), not only when it opens with 'Minutes of'."""

from __future__ import annotations

import pytest

from pipeline.reader import read_document
from pipeline.segment import segment
from tests.synthetic import PaperBuilder


def write_pack(path, minutes_title: str):
    paper = PaperBuilder(path)
    paper.text("Westmere Fire Authority", size=16, bold=True).gap()
    paper.text("AGENDA", size=13, bold=True)
    paper.text("Date: 14 June 2023 Time: 2.00pm Venue: Committee Room 3, Westmere Fire HQ")
    for n, item in enumerate(["Apologies", "Minutes of the meeting held on 3 May 2023", "Fleet strategy"], 1):
        paper.text(f"{n}. {item}")
    paper.new_page()
    paper.text(minutes_title, size=13, bold=True)
    paper.text("Wednesday 3 May 2023, 2.00pm, Committee Room 3, Westmere Fire HQ")
    paper.text("Present: Cllr Rhoda Baines (Chair); Cllr Tomasz Ilić; Cllr Jean Aldous")
    paper.text("In attendance: Owen Patel, Chief Fire Officer")
    paper.text("1. Fleet replacement", bold=True)
    paper.text("The Authority approved the fleet replacement programme for 2023/24.")
    paper.text("2. Pay award", bold=True)
    paper.text("The Authority noted the national pay award.")
    return paper.save()


@pytest.mark.parametrize(
    "title",
    ["WESTMERE FIRE AUTHORITY – DRAFT MINUTES", "Item 2 – Minutes of the Fire Authority, 3 May 2023"],
)
def test_minutes_titled_after_the_body_or_an_item_label_are_their_own_paper(tmp_path, title):
    pages = read_document(write_pack(tmp_path / "pack.pdf", title), "pack", [])
    _, parts = segment(pages)
    assert [(p.part_kind, p.page_start) for p in parts] == [("agenda", 1), ("minutes", 2)]


def test_the_item_label_run_into_the_title_dates_the_meeting_and_numbers_no_minute(tmp_path):
    from minutes_fixtures import read_file

    from extractors.minutes import MinutesExtractor

    path = write_pack(tmp_path / "pack.pdf", "Item 2 – Minutes of the Fire Authority, 3 May 2023")
    records, _ = read_file(path, MinutesExtractor())
    meetings = {r.meeting_date for r in records if r.kind == "meeting" and r.origin == "minutes"}
    decisions = [(r.meeting_date, r.item_number, r.decision_type) for r in records if r.kind == "decision"]
    assert meetings == {"2023-05-03"}
    assert decisions == [("2023-05-03", "1", "approved"), ("2023-05-03", "2", "noted")]


@pytest.mark.parametrize(
    "header, footer",
    [
        ("Confirmed by the Panel on 12 June 2023", []),
        (None, ["Kestrel Police and Crime Panel – 9 March 2023 – Minutes (approved 12 June 2023)"]),
    ],
)
def test_an_approval_in_the_running_header_or_footer_marks_the_minutes_approved(tmp_path, header, footer):
    from minutes_fixtures import read_file

    from extractors.minutes import MinutesExtractor

    paper = PaperBuilder(tmp_path / "minutes.pdf", header=header, footer=footer)
    paper.text("Minutes of the meeting of the Kestrel Police and Crime Panel", size=14, bold=True)
    paper.text("Held on Thursday 9 March 2023 at 10.00am in the Council Chamber")
    paper.text("Present: Cllr Ines Varga (Chair), Cllr Bram Oduya, Ms Selma Roth")
    paper.text("1. Precept proposal", bold=True)
    paper.text("The Panel approved the proposed precept without amendment.")
    paper.new_page()
    paper.text("2. Complaints annual report", bold=True)
    paper.text("The Panel noted the annual report on complaints.")
    records, _ = read_file(paper.save(), MinutesExtractor())
    held = [r for r in records if r.kind == "meeting" and r.meeting_date == "2023-03-09" and r.origin == "minutes"]
    assert held and {r.minutes_status for r in held} == {"approved"}
