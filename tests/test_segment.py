"""Segmentation of the real sample files: each file's kind, page count and the papers inside it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from pipeline.reader import read_document
from tests.segment_once import segment_once

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
ITEMS = ROOT / "tests" / "pdfs" / "items"


@cache
def segmented(path: Path):
    pages = read_document(path, "test", [])
    kind, parts = segment_once(pages)
    return kind, len(pages), tuple(parts)


# (file, doc_kind, page_count)
FILES = [
    (CORPUS / "18-05-10-BCB-Agenda-Pack.pdf", "pack", 69),
    (CORPUS / "19-10-09-BCB-Agenda-Pack.pdf", "pack", 45),
    (CORPUS / "17-06-29-JAC-Governance-Police-and-Crime-Plan-BAF.pdf", "report", 4),
    (ITEMS / "19-10-09-BCB-Agenda.pdf", "agenda", 1),
    (ITEMS / "19-10-09-BCB-Agenda-Item-4.0-Action-Log.pdf", "action_log", 2),
    (ITEMS / "19-10-09-BCB-Agenda-Item-7.0-Strategic-Risk-Register.pdf", "risk_register", 23),
    (ITEMS / "19-10-09-BCB-Agenda-Item-8.0-EU-Exit-Preparedness.pdf", "report", 4),
]


@pytest.mark.parametrize("path, doc_kind, page_count", FILES, ids=lambda v: getattr(v, "name", str(v)))
def test_file_kind_and_page_count(path, doc_kind, page_count):
    kind, pages, _ = segmented(path)
    assert (kind, pages) == (doc_kind, page_count)


# (kind, first page, last page, agenda item, From, To, date)
PACK_2018 = [
    ("agenda", 1, 1, None, None, None, None),
    ("minutes", 2, 5, None, None, None, None),
    ("report", 6, 6, "4.0", "Chief Constable", "Business Coordination Board", "2018-05-10"),
    ("report", 7, 34, "5.0", "Chief Constable", "Business Coordination Board", "2018-05-10"),
    ("report", 35, 46, "6.0", None, None, None),
    ("report", 47, 51, "7.0", "Chief Constable", "Business Coordination Board", "2018-04-30"),
    (
        "report",
        52,
        53,
        "7.0",
        "Matt Staton",
        "Cambridgeshire and Peterborough Road Safety Partnership Board",
        "2018-03-29",
    ),
    ("other", 54, 56, "7.0", None, None, None),
    ("other", 57, 57, "7.0", None, None, None),
    ("report", 58, 59, "8.0", "Chief Constable", "Business Coordination Board", "2018-05-10"),
    ("report", 60, 64, "9.0", "Chief Constable", "Business Coordination Board", "2018-05-10"),
    ("report", 65, 67, "10.0", "Chief Executive", "Business Coordination Board", "2018-05-10"),
    ("report", 68, 69, "11.0", "Chief Constable", "Business Coordination Board", "2018-05-10"),
]
PACK_2019 = [
    ("agenda", 1, 1, None, None, None, None),
    ("action_log", 2, 3, "4.0", None, None, None),
    ("report", 4, 8, "5.0", "Chief Executive", "Business Coordination Board", "2019-10-09"),
    ("report", 9, 18, "5.1", "Chief Constable", "Business Coordination Board", "2019-10-09"),
    ("report", 19, 19, "7.0", "Chief Executive, OPCC", "Business Co-ordination Board", "2019-10-09"),
    ("risk_register", 20, 41, "7.0", None, None, None),
    ("report", 42, 45, "8.0", "Chief Constable", "Business Co-ordination Board", "2019-10-09"),
]


@pytest.mark.parametrize(
    "path, expected",
    [
        (CORPUS / "18-05-10-BCB-Agenda-Pack.pdf", PACK_2018),
        (CORPUS / "19-10-09-BCB-Agenda-Pack.pdf", PACK_2019),
    ],
    ids=["pack-2018", "pack-2019"],
)
def test_every_paper_in_a_pack_is_a_part(path, expected):
    _, _, parts = segmented(path)
    found = [
        (p.part_kind, p.page_start, p.page_end, p.agenda_item_number, p.author_text, p.recipient_text, p.paper_date)
        for p in parts
    ]
    assert found == expected


@pytest.mark.parametrize(
    "path, body, meeting_date",
    [
        (CORPUS / "18-05-10-BCB-Agenda-Pack.pdf", "Business Coordination Board", "2018-05-10"),
        (CORPUS / "17-06-29-JAC-Governance-Police-and-Crime-Plan-BAF.pdf", "Joint Audit Committee", "2017-06-29"),
        (ITEMS / "19-10-09-BCB-Agenda-Item-8.0-EU-Exit-Preparedness.pdf", "Business Coordination Board", "2019-10-09"),
    ],
)
def test_parts_know_the_board_and_meeting_they_serve(path, body, meeting_date):
    _, _, parts = segmented(path)
    assert {(p.body, p.meeting_date) for p in parts} == {(body, meeting_date)}


def test_titles_follow_the_heading_after_the_to_from_block():
    _, _, parts = segmented(CORPUS / "19-10-09-BCB-Agenda-Pack.pdf")
    titles = {p.page_start: p.title for p in parts}
    assert titles[4] == "POLICE & CRIME PLAN - VICTIMS THEME - OPCC WORK TO DELIVER BROADER PARTNERSHIP SUPPORT"
    assert titles[19] == "Strategic Risk Management"
    assert titles[1] == "Business Coordination Board – Agenda"


def test_running_headers_and_footers_are_kept_out_of_the_body():
    pages = read_document(CORPUS / "18-05-10-BCB-Agenda-Pack.pdf", "test", [])
    page = pages[5]  # a report page with an 'Official' marking and a two-line footer
    assert [l.text for l in page.furniture] == [
        "Official",
        "Business Coordination Board Agenda Item: 4.0",
        "10 May 2018 Page 1 of 1",
    ]
    assert "Page 1 of 1" not in page.text and page.text.startswith("To: Business Coordination Board")
