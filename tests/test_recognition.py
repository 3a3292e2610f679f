"""Recognition: every paper of the gallery (one template each) gets its right part kinds.

The kinds come from what the extractors recognise on the pages (`Evidence`), never from file
names or titles of known papers; `boardpapers parts` shows the same view to a person.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.reader import read_document
from pipeline.records import PART_KINDS
from tests.segment_once import segment_once

HERE = Path(__file__).resolve().parent
GALLERY = HERE / "gallery"
CORPUS = HERE.parent / "corpus"

# file -> the part kinds it holds, in page order (consecutive pages of one kind may be one part)
EXPECTED_KINDS = {
    "2015-03-03-Brackenshire-PCC-Accountability-Board-minutes.pdf": ["minutes"],
    "2018-07-25-Brackenshire-Fire-Authority-minutes.pdf": ["minutes"],
    "2019-04-08-Westmarch-Executive-Board-minutes.pdf": ["minutes"],
    "2019-06-18-Eastmere-Strategic-Policing-Board-note.pdf": ["minutes"],
    "2019-07-02-Brackenshire-Accountability-Board-outstanding-actions.pdf": ["action_log"],
    "2019-09-17-Eastmere-SPCB-action-log.pdf": ["action_log"],
    "2019-09-17-Eastmere-SPCB-agenda.pdf": ["agenda"],
    "2019-11-14-Ravensdale-Police-and-Crime-Panel-minutes.pdf": ["minutes"],
    "2019-Q3-Ravensdale-Constabulary-strategic-risk-register.pdf": ["risk_register"],
    "2020-01-29-Kingsmoor-OPCC-risk-register-report.pdf": ["report", "risk_register"],
    "2020-02-12-Northfold-Joint-Executive-Board-pack.pdf": ["agenda", "minutes", "action_log", "report"],
    "2020-02-Brackenshire-Fire-Authority-corporate-risk-register.pdf": ["risk_register"],
    "2020-09-16-Kingsmoor-JAC-action-tracker.pdf": ["action_log"],
    "2020-10-Ravensdale-OPCC-risk-register.pdf": ["risk_register"],
    "2020-12-09-Kingsmoor-Joint-Audit-Committee-minutes.pdf": ["minutes"],
    "2021-03-17-Kingsmoor-Joint-Audit-Committee-agenda.pdf": ["agenda"],
    "2021-03-31-Wealdmoor-Constabulary-strategic-risk-register.pdf": ["risk_register"],
    "2021-09-14-Wealdmoor-PFCC-Accountability-Board-notes.pdf": ["minutes"],
}


def kinds_in_order(parts) -> list[str]:
    """Part kinds with consecutive repeats folded (a cover and the agenda behind it are one kind)."""
    kinds: list[str] = []
    for part in parts:
        if not kinds or kinds[-1] != part.part_kind:
            kinds.append(part.part_kind)
    return kinds


def segmented(path: Path):
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return segment_once(read_document(path, digest, []))


def test_the_expectations_cover_the_whole_gallery():
    assert sorted(p.name for p in GALLERY.glob("*.pdf")) == sorted(EXPECTED_KINDS)


@pytest.mark.parametrize("name", sorted(EXPECTED_KINDS))
def test_gallery_paper_gets_its_part_kinds(name):
    _, parts = segmented(GALLERY / name)
    assert kinds_in_order(parts) == EXPECTED_KINDS[name]
    for part in parts:
        if part.part_kind not in ("report", "other"):
            assert part.evidence and part.evidence.startswith(part.part_kind), part.evidence


PARTS_FILES = sorted(GALLERY.glob("*.pdf")) + sorted(CORPUS.glob("*.pdf"))


@pytest.mark.parametrize("path", PARTS_FILES, ids=[p.name for p in PARTS_FILES])
def test_parts_command_describes_every_part(path):
    result = CliRunner().invoke(cli, ["parts", str(path)])
    assert result.exit_code == 0, result.output
    first, *blocks = result.output.splitlines()
    count = int(re.search(r", (\d+) parts$", first).group(1))
    assert first.startswith(f"{path.name}: ") and count >= 1
    kinds = [line.split()[0] for line in blocks if not line.startswith("      ")]
    assert len(kinds) == count and set(kinds) <= set(PART_KINDS)
    assert sum(line.startswith("      evidence:") for line in blocks) == count
    assert sum(line.startswith("      records:") for line in blocks) == count


def test_a_pack_numbered_straight_through_splits_where_its_paper_labels_change(tmp_path):
    """Footers say 'Paper N' while the page count runs over the whole pack."""
    from tests.synthetic import PaperBuilder

    labels = ["Agenda", "Paper 1", "Paper 2", "Paper 2"]
    paper = PaperBuilder(
        tmp_path / "pack.pdf", footer=[f"Scrutiny Board, 4 May 2022 – {labels[0]} – page {{page}} of 4"]
    )
    paper.text("SCRUTINY BOARD", bold=True, size=14).text("AGENDA", bold=True, size=14)
    paper.lines("1. Apologies", "2. Notes of the last meeting", "3. Estates strategy")
    for index, body in enumerate(
        [
            [
                "Notes of the meeting held on 6 April 2022",
                "Present: Ann Other (Chair), Ben Jones",
                "1. Apologies",
                "1.1 None were received.",
            ],
            [
                "Report to: Scrutiny Board",
                "Report of: Director of Estates",
                "Subject: Estates strategy",
                "1. Purpose",
                "1.1 This report sets out the estates strategy.",
            ],
            ["3. Options", "3.1 Three options were considered."],
        ],
        start=1,
    ):
        paper.new_page()  # the footer is drawn as a page finishes: set it for the new page
        paper.footer = [f"Scrutiny Board, 4 May 2022 – {labels[index]} – page {{page}} of 4"]
        paper.lines(*body)
    _, parts = segmented(paper.save())
    assert [(p.part_kind, p.page_start, p.page_end) for p in parts] == [
        ("agenda", 1, 1),
        ("minutes", 2, 2),
        ("report", 3, 4),
    ]


def test_minutes_after_an_agenda_start_a_paper_when_titled_below_a_banner_however_plainly(tmp_path):
    """Minutes also show numbered items, so an agenda could claim their page; their title says what
    they are, even as a long plain sentence under a banner and the body's name."""
    from tests.synthetic import PaperBuilder

    paper = PaperBuilder(tmp_path / "pack.pdf")
    paper.text("NORTHFLEET POLICE AND CRIME PANEL", bold=True, size=14).text("AGENDA", bold=True, size=14)
    paper.lines("1. Apologies for absence", "2. Minutes of the previous meeting", "3. Precept proposal 2024/25")
    paper.new_page()
    paper.lines(
        "UNCONFIRMED – to be agreed at the next meeting",
        "NORTHFLEET POLICE AND CRIME PANEL",
        "Minutes of the meeting held on Monday 5 February 2024 at 10.30 am in the Council Chamber, Guild Hall",
        "Present: Councillor Ruth Amadi (Chair), Councillor Tom Beale",
        "1. Apologies for absence",
        "1.1 Apologies were received from Councillor Jo Kerr.",
        "2. Minutes of the previous meeting",
        "2.1 The Panel approved the minutes as a correct record.",
    )
    _, parts = segmented(paper.save())
    assert [(p.part_kind, p.page_start, p.page_end) for p in parts] == [("agenda", 1, 1), ("minutes", 2, 2)]
    assert parts[1].title == "Northfleet Police and Crime Panel – Unconfirmed Minutes"


def test_a_timed_agenda_entry_is_no_title_of_the_paper_it_names(tmp_path):
    """'13:05 Minutes and action log of the last meeting' is an agenda line, not an action log's title."""
    from tests.synthetic import PaperBuilder

    paper = PaperBuilder(tmp_path / "agenda.pdf")
    paper.text("Harbourside Accountability Board", bold=True, size=14).text("Agenda", bold=True, size=14)
    paper.lines("Thursday 8 June 2023, 2.00pm, Room 4, Civic Offices")
    for entry in (
        "14:00 1 Welcome and apologies",
        "14:05 2 Action log of the meeting on 6 April",
        "14:20 3 Road safety",
    ):
        paper.text(entry, bold=True)  # item titles set in bold, as headings would be
    _, parts = segmented(paper.save())
    assert [p.part_kind for p in parts] == ["agenda"]
    assert "action_log" not in (parts[0].evidence or "")
