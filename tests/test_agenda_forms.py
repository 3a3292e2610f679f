"""Agendas that print no 'Agenda' title at the head of the page, recognised and read by their list of
items: a council committee agenda (long date, Membership paragraph, a horizontal-rule table
No. | Business | Page nos. with the number in its own column, description lines, an exempt part);
an 'Items of business' list with lettered and Roman sub-items and 'Report of …' lines; a bare list
with presenter lines; Roman item numbers; and council minutes and a report, which are not agendas.
Each PDF is built and read once per module (tests/agenda_forms_fixtures.py)."""

from __future__ import annotations

import pytest

from extractors.agenda import AgendaExtractor, sub_item_token
from pipeline.reader import read_document
from pipeline.records import AgendaItem, MeetingMention
from pipeline.segment import segment
from tests import agenda_forms_fixtures as fixtures
from tests.minutes_fixtures import read_part

BUILDERS = {
    "council": fixtures.build_council_committee_agenda,
    "business": fixtures.build_items_of_business_agenda,
    "reports": fixtures.build_report_lines_agenda,
    "roman": fixtures.build_roman_agenda,
    "minutes": fixtures.build_council_minutes,
    "report": fixtures.build_council_report,
}


@pytest.fixture(scope="module")
def papers(tmp_path_factory):
    folder = tmp_path_factory.mktemp("agenda-forms")
    return {name: build(folder / f"{name}.pdf") for name, build in BUILDERS.items()}


@pytest.fixture(scope="module")
def read(papers):
    """Each agenda read as one agenda part: (meeting, {number: item}, problems)."""
    found = {}
    for name in ("council", "business", "reports", "roman"):
        records, problems = read_part(papers[name], "agenda", AgendaExtractor())
        (mention,) = [r for r in records if isinstance(r, MeetingMention)]
        found[name] = (mention, {r.item_number: r for r in records if isinstance(r, AgendaItem)}, problems)
    return found


@pytest.fixture(scope="module")
def kinds(papers):
    """The part kinds the segmenter gives each paper's pages."""
    return {
        name: [part.part_kind for part in segment(read_document(path, name, []))[1]] for name, path in papers.items()
    }


# --- recognition --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["council", "business", "reports", "roman"])
def test_agendas_without_a_head_title_are_claimed(kinds, name):
    assert kinds[name] == ["agenda"]


def test_minutes_and_reports_with_numbered_headings_are_not_claimed(papers, kinds):
    assert kinds["minutes"] == ["minutes"] and kinds["report"] == ["report"]
    for name in ("minutes", "report"):
        assert [AgendaExtractor().recognise([page]).score for page in read_document(papers[name], name, [])] == [0.0]


def test_council_agenda_claimed_by_its_item_columns_and_list(papers):
    (page,) = read_document(papers["council"], "council", [])
    evidence = AgendaExtractor().recognise([page])
    assert evidence.claimed and any(r.startswith("column header") for r in evidence.reasons)


# --- a council committee agenda ---------------------------------------------------------------------


def test_council_heading_long_date_bare_time_and_venue(read):
    mention, _, problems = read["council"]
    assert (mention.body, mention.meeting_date, mention.start_time, mention.location) == (
        "Community Safety Scrutiny Committee",
        "2023-11-22",
        "18:30",
        "Committee Room 2, Civic Centre, Brindle Street",
    )
    assert mention.minutes_status is None and problems == []


def test_council_items_number_column_pages_and_exempt_part(read):
    _, items, _ = read["council"]
    assert [(n, i.title, i.paper_text) for n, i in items.items()] == [
        ("1", "Apologies for absence", None),
        ("2", "Declarations of interest", None),
        ("3", "Minutes", "1 - 6"),
        ("4", "Neighbourhood policing: report of the District Commander", "7 - 18"),
        ("5", "Anti-social behaviour case review", "19 - 30"),
        ("6", "Work programme 2023/24", "31 - 34"),
        ("7", "Exclusion of the press and public", None),
        ("8", "CCTV maintenance contract award", "35 - 40"),
    ]
    # A description line says what the meeting does with the item: it names no presenter.
    assert all(i.presenter_text is None for i in items.values())
    assert items["8"].section_text.startswith("PART II") and items["6"].section_text is None


def test_council_membership_is_no_item_and_no_presenter(read):
    _, items, _ = read["council"]
    assert not any("Marlow" in (i.title + (i.presenter_text or "")) for i in items.values())


# --- items of business with sub-items --------------------------------------------------------------


def test_items_of_business_with_lettered_and_roman_sub_items(read):
    mention, items, problems = read["business"]
    assert (mention.body, mention.meeting_date, mention.start_time) == (
        "Wendlebury Policing Oversight Board",
        "2024-03-15",
        "09:30",
    )
    assert [(n, i.title, i.presenter_text) for n, i in items.items()] == [
        ("1", "Welcome and apologies", None),
        ("2", "Notes and actions of 16th February 2024", None),
        ("3", "Quarter 3 performance", None),
        ("3a", "Emergency call handling", "Report of the Chief Constable"),
        ("3b", "Victim satisfaction survey", "Report of the Head of Commissioning"),
        ("4", "Budget monitoring", "Report of the Chief Finance Officer"),
        ("4(i)", "Revenue", None),
        ("4(ii)", "Capital", None),
        ("5", "Any other business", None),
    ]
    assert problems == []


def test_list_with_report_of_lines_and_one_line_heading(read):
    mention, items, problems = read["reports"]
    assert (mention.meeting_date, mention.start_time) == ("2024-05-09", "10:30")
    assert mention.body == "Halsworth Joint Audit and Standards Committee"
    assert [(n, i.presenter_text) for n, i in items.items()] == [
        ("1", None),
        ("2", "Report of the Deputy Chief Finance Officer"),
        ("3", "Report of the Internal Auditor"),
        ("4", "Report of the Monitoring Officer"),
    ]
    assert problems == []


def test_roman_item_numbers_and_paper_marks(read):
    _, items, _ = read["roman"]
    assert [(n, i.title, i.presenter_text, i.paper_text) for n, i in items.items()] == [
        ("I", "Welcome", None, None),
        ("II", "Notes of the last forum", None, "Report A"),
        ("III", "Farm machinery thefts", None, "Report B"),
        ("IV", "Date of next forum", None, None),
    ]


@pytest.mark.parametrize(
    "mark, token",
    [
        ("(a)", "a"),
        ("b)", "b"),
        ("c.", "c"),
        ("(iv)", "iv"),
        ("ii)", "ii"),
        ("(ab)", None),
        ("(iiii)", None),
        ("a", None),
        ("(A)", None),
    ],
)
def test_sub_item_marks(mark, token):
    assert sub_item_token(mark) == token


# --- a council agenda in a ruled grid; numbers set above their titles --------------------------------


@pytest.fixture(scope="module")
def grid(tmp_path_factory):
    path = fixtures.build_council_grid_agenda(tmp_path_factory.mktemp("grid") / "grid.pdf")
    records, problems = read_part(path, "agenda", AgendaExtractor())
    return path, records, problems


def test_grid_headed_by_item_columns_only_is_claimed(grid):
    path, _, _ = grid
    assert [part.part_kind for part in segment(read_document(path, "grid", []))[1]] == ["agenda"]
    (page,) = read_document(path, "grid", [])
    assert any(r.startswith("item table header") for r in AgendaExtractor().recognise([page]).reasons)


def test_grid_items_with_labelled_long_date_and_exempt_row(grid):
    _, records, problems = grid
    (mention,) = [r for r in records if isinstance(r, MeetingMention)]
    assert (mention.meeting_date, mention.start_time, mention.location) == (
        "2024-02-01",
        "14:15",
        "The Guildhall, Market Place, Tarrow",
    )
    assert mention.body.lower() == "police and crime scrutiny sub-committee"
    found = {r.item_number: r for r in records if isinstance(r, AgendaItem)}
    assert list(found) == ["1", "2", "3", "4", "5", "6"]
    assert found["3"].title == "Record of the sub-committee held on 7th December, 2023"
    assert (found["4"].paper_text, found["5"].paper_text) == ("9 - 22", None)
    assert found["6"].section_text == "EXEMPT INFORMATION" and found["5"].section_text is None
    assert {r.meeting_date for r in records} == {"2024-02-01"} and problems == []


def test_numbers_set_above_their_titles(tmp_path_factory):
    path = fixtures.build_raised_number_agenda(tmp_path_factory.mktemp("raised") / "raised.pdf")
    pages = read_document(path, "raised", [])
    assert [part.part_kind for part in segment(pages)[1]] == ["agenda"]
    records, problems = read_part(path, "agenda", AgendaExtractor())
    (mention,) = [r for r in records if isinstance(r, MeetingMention)]
    assert (mention.meeting_date, mention.start_time) == ("2024-03-04", "10:00")
    assert [(r.item_number, r.title, r.presenter_text) for r in records if isinstance(r, AgendaItem)] == [
        ("1", "Chairman's communications", None),
        ("2", "Confirmation of the minutes of 12th February, 2024, and matters arising", None),
        ("3", "Retained duty system review", None),
        ("4", "Prevention strategy 2024-2027", None),
    ]
    assert problems == []


def test_front_sheet_with_members_and_items_overleaf_is_one_agenda(tmp_path_factory):
    path = fixtures.build_front_sheet_agenda(tmp_path_factory.mktemp("front") / "front.pdf")
    pages = read_document(path, "front", [])
    parts = segment(pages)[1]
    assert [(p.part_kind, p.page_start, p.page_end) for p in parts] == [("agenda", 1, 2)]
    records, problems = read_part(path, "agenda", AgendaExtractor())
    (mention,) = [r for r in records if isinstance(r, MeetingMention)]
    assert (mention.body, mention.meeting_date, mention.start_time, mention.location) == (
        "Mardale and Fenwick Police, Fire and Crime Panel",
        "2024-01-19",
        "11:00",
        "Council Chamber, Mardale Town Hall",
    )
    items = [(r.item_number, r.title, r.presenter_text) for r in records if isinstance(r, AgendaItem)]
    assert items == [
        ("1", "Apologies", None),
        ("2", "Declarations of interest", None),
        ("3", "Proposed precept 2024/25", None),
        ("4", "Panel arrangements review", None),
    ]
    assert problems == []
