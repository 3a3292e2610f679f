"""The agenda extractor on templates beyond the bundled corpus and the gallery: a ruled table
agenda under a colon-less label heading, a notice letter with its agenda overleaf, a cover
followed by an unruled timed agenda, a heading sentence over a headless table, a time-range
list, a letter whose labels name the meeting over an aligned list; and its `recognise` on agenda pages of each kind and on
minutes and reports that merely mention an agenda. Each PDF is built and read once per module."""

from __future__ import annotations

import pytest

from extractors.agenda import AgendaExtractor, agenda_meeting, body_names, start_time
from pipeline.reader import read_document
from pipeline.records import AgendaItem, Attendee, MeetingMention
from tests import agenda_fixtures as fixtures
from tests.minutes_fixtures import read_part


def extracted(tmp_path_factory, builder):
    path = builder(tmp_path_factory.mktemp("agenda") / f"{builder.__name__}.pdf")
    records, problems = read_part(path, "agenda", AgendaExtractor())
    return path, records, problems


def meeting(records) -> MeetingMention:
    (mention,) = [r for r in records if isinstance(r, MeetingMention)]
    return mention


def items(records) -> dict[str, AgendaItem]:
    return {r.item_number: r for r in records if isinstance(r, AgendaItem)}


@pytest.fixture(scope="module")
def ruled(tmp_path_factory):
    return extracted(tmp_path_factory, fixtures.build_ruled_agenda)


@pytest.fixture(scope="module")
def letter(tmp_path_factory):
    return extracted(tmp_path_factory, fixtures.build_notice_letter)


@pytest.fixture(scope="module")
def timed(tmp_path_factory):
    return extracted(tmp_path_factory, fixtures.build_cover_and_timed_agenda)


# --- ruled table under a label heading ----------------------------------------------------------


def test_label_heading_without_colons_and_value_on_the_next_line(ruled):
    _, records, problems = ruled
    mention = meeting(records)
    assert (mention.meeting_date, mention.start_time, mention.location) == (
        "2022-02-07",
        "14:00",
        "The Training Suite, Service Headquarters, Mill Lane, Oxley",
    )
    assert mention.minutes_status is None and mention.origin == "agenda"
    # The committee is the meeting; named on the line below its authority, the fullest name
    # printed is the two together (as the minutes read it, so both papers key one meeting).
    assert mention.body == "Harrowfield Fire and Rescue Authority Resources Scrutiny Committee"
    assert problems == []


def test_ruled_table_items_with_sections_and_exempt_items(ruled):
    _, records, _ = ruled
    found = items(records)
    assert list(found) == ["1", "2", "3", "4", "5"]
    assert found["3"].title == (
        "Medium term financial plan 2022/23 to 2025/26, including the reserves strategy and the capital programme"
    )
    assert found["4"].presenter_text == "Area Manager (Support Services)"
    assert found["1"].section_text.startswith("Part A") and found["1"].time_text == "14:00"
    assert found["5"].section_text.startswith("Exempt business")
    assert found["5"].title == "Disposal of the former Oxley station site"


def test_an_item_naming_another_meeting_leaves_the_date_alone(ruled):
    _, records, _ = ruled
    assert items(records)["2"].title == "Minutes of the meeting held on 6 December 2021"
    assert {r.meeting_date for r in records} == {"2022-02-07"}


# --- a notice letter with the agenda overleaf --------------------------------------------------------


def test_notice_names_the_meeting_not_the_letter_date(letter):
    _, records, problems = letter
    mention = meeting(records)
    assert (mention.meeting_date, mention.start_time) == ("2021-11-04", "10:30")
    assert mention.location == "the Council Chamber, Shire Hall, Tamberley"
    assert mention.body == "Tamberley Police, Fire and Crime Panel"
    assert problems == []


def test_agenda_meeting_gives_the_segmenter_the_summoned_meeting(letter):
    path, _, _ = letter
    assert agenda_meeting(read_document(path, "letter", [])) == ("Tamberley Police, Fire and Crime Panel", "2021-11-04")


def test_letter_read_as_a_paper_of_its_own_names_the_meeting_without_complaint(letter):
    from extractors.base import Context
    from pipeline.records import DocumentPart

    path, _, _ = letter
    page = read_document(path, "letter", [])[0]
    context = Context("letter", None, None)
    records = list(AgendaExtractor().extract(DocumentPart("letter", "agenda", 1, 1), [page], context))
    assert [(r.meeting_date, r.start_time) for r in records] == [("2021-11-04", "10:30")]
    assert context.problems == []


def test_membership_of_the_panel_is_not_attendance(letter):
    _, records, _ = letter
    assert not [r for r in records if isinstance(r, Attendee)]
    assert all("Pennock" not in (i.presenter_text or "") for i in items(records).values())


def test_letter_agenda_on_page_two_with_presenter_lines_and_wrapped_titles(letter):
    _, records, _ = letter
    found = items(records)
    assert list(found) == ["1", "2", "3", "3.1", "4", "4a", "5"]
    assert {i.source.page for i in found.values()} == {2}
    assert found["3"].title == ("Commissioner's annual report 2020/21 and the response to the Panel's recommendations")
    assert found["3"].presenter_text == "Presented by the Commissioner"
    assert found["3.1"].presenter_text == "Lead: Chief Fire Officer"
    assert found["1"].presenter_text is None and found["4"].title == "Proposed precept for 2022/23: timetable"
    assert found["4"].presenter_text == "(Treasurer to the Commissioner)"
    assert found["4a"].title == "Precept consultation results"


# --- a cover, then an unruled timed agenda ------------------------------------------------------------


def test_cover_bare_lines_give_date_oclock_time_and_venue(timed):
    _, records, problems = timed
    mention = meeting(records)
    assert (mention.body, mention.meeting_date, mention.start_time, mention.location) == (
        "Lindsey Vale Police and Crime Strategic Forum",
        "2021-12-02",
        "10:00",
        "Committee Room 3, Force Headquarters, Gallows Hill",
    )
    assert problems == []


def test_unruled_columns_split_title_presenter_and_paper(timed):
    _, records, _ = timed
    found = items(records)
    assert [(n, i.title, i.presenter_text, i.paper_text, i.time_text) for n, i in found.items()] == [
        ("1", "Introductions", "Chair", "–", "10:00"),
        ("2", "Notes of 4 November 2021 and matters arising", "Chair", "A", "10:10"),
        ("3", "Violence reduction unit: year one review", "Director, VRU", "B", "10:25"),
        ("4", "Any other business", "All", "–", "11:05"),
    ]


# --- a heading sentence over a headless table; a time-range list --------------------------------------


@pytest.fixture(scope="module")
def running(tmp_path_factory):
    return extracted(tmp_path_factory, fixtures.build_running_heading_agenda)


@pytest.fixture(scope="module")
def ranges(tmp_path_factory):
    return extracted(tmp_path_factory, fixtures.build_time_range_agenda)


def test_heading_sentence_names_the_meeting(running):
    _, records, problems = running
    mention = meeting(records)
    assert (mention.body, mention.meeting_date, mention.start_time, mention.location) == (
        "Brackley Vale Joint Independent Audit Committee",
        "2022-03-08",
        "14:00",
        "the Board Room, Brackley Vale House",
    )
    assert problems == []


def test_headless_numbered_table_gives_items_and_presenters(running):
    _, records, _ = running
    assert [(n, i.title, i.presenter_text) for n, i in items(records).items()] == [
        ("1", "Apologies for absence", "Chair"),
        ("2", "Declarations of interest", None),
        ("3", "Internal audit annual plan 2022/23", "Head of Internal Audit"),
        ("4", "Minutes of the meeting held on 14 December 2021", "Chair"),
        ("5", "Any other business", None),
    ]
    # Neither the minutes' date in item 4 nor the next meeting's under the table moves this meeting.
    assert {r.meeting_date for r in records} == {"2022-03-08"}


def test_date_and_time_label_and_time_range_items(ranges):
    _, records, problems = ranges
    mention = meeting(records)
    assert (mention.meeting_date, mention.start_time, mention.location) == ("2022-03-09", "10:30", "online via Zoom")
    assert mention.body == "Corbridge Community Safety Partnership Board"
    assert [(n, i.title, i.time_text) for n, i in items(records).items()] == [
        ("1", "Welcome and apologies", "10.30 – 10.40"),
        ("2", "Serious violence duty: partnership needs assessment", "10.40 – 11.15"),
        ("3", "Any other business", "11.15 – 11.30"),
    ]
    assert problems == []


# --- a letter whose labels name the meeting; a list with an aligned presenter column ------------------


@pytest.fixture(scope="module")
def labelled_letter(tmp_path_factory):
    return extracted(tmp_path_factory, fixtures.build_letter_with_labels_and_aligned_list)


def test_labels_under_the_summons_outrank_the_letter_date(labelled_letter):
    _, records, problems = labelled_letter
    mention = meeting(records)
    assert (mention.body, mention.meeting_date, mention.start_time, mention.location) == (
        "Fenbridge Police Accountability Board",
        "2022-04-04",
        "14:00",
        "Room 12, Fenbridge Police Headquarters, Corn Street, Fenbridge",
    )
    assert problems == []


def test_aligned_presenter_column_is_found_without_a_header(labelled_letter):
    _, records, _ = labelled_letter
    assert [(n, i.title, i.presenter_text) for n, i in items(records).items()] == [
        ("1", "Apologies", "Chair"),
        ("2", "Minutes of the meeting held on 7 February 2022", "Chair"),
        ("3", "Estates rationalisation: Southgate depot", "Director of Estates"),
        ("4", "Workforce plan", "Chief Officer"),
    ]


def test_number_column_known_by_its_cells_when_the_header_leaves_it_unnamed(tmp_path_factory):
    _, records, problems = extracted(tmp_path_factory, fixtures.build_unnamed_number_column_agenda)
    assert meeting(records).meeting_date == "2022-05-11"
    assert [(n, i.title, i.presenter_text) for n, i in items(records).items()] == [
        ("1", "Welcome", "Panel Chair"),
        ("2", "Complaints handling dip-sample", "Head of Professional Standards"),
        ("3", "Stop and search scrutiny", "Inspector, Equalities Team"),
        ("4", "Use of force data", "Presented by the Force Lead for Use of Force"),
    ]
    assert problems == []


def test_numbering_that_starts_again_on_a_later_page_ends_the_agenda(tmp_path_factory):
    _, records, problems = extracted(tmp_path_factory, fixtures.build_agenda_then_minutes)
    assert meeting(records).start_time == "10:00"
    assert [(n, i.title) for n, i in items(records).items()] == [
        ("1", "Apologies"),
        ("2", "Minutes of the last meeting"),
        ("3", "Precept report"),
        ("4", "Complaints update"),
    ]
    assert [(p.page, p.stage) for p in problems] == [(2, "agenda")]


# --- recognition ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def page_evidence(tmp_path_factory, ruled, letter, timed, ranges):
    folder = tmp_path_factory.mktemp("recognise")
    others = {
        name: builder(folder / f"{name}.pdf")
        for name, builder in (
            ("minutes", fixtures.build_minutes_mentioning_agenda),
            ("report", fixtures.build_report_with_agenda_item),
        )
    }
    paths = {"ruled": ruled[0], "letter": letter[0], "timed": timed[0], "ranges": ranges[0], **others}
    return {
        name: [AgendaExtractor().recognise([page]) for page in read_document(path, name, [])]
        for name, path in paths.items()
    }


def test_recognises_agenda_pages_of_every_form(page_evidence):
    claims = {name: [e.claimed for e in evidence] for name, evidence in page_evidence.items()}
    assert claims["ruled"] == [True] and claims["letter"] == [True, True] and claims["timed"] == [True, True]
    assert claims["ranges"] == [True]  # no title, no table: its timed items say it
    assert any("summons" in r for r in page_evidence["letter"][0].reasons)
    assert any("Agenda and reports" in r for r in page_evidence["timed"][0].reasons)


def test_does_not_claim_minutes_or_reports_that_mention_an_agenda(page_evidence):
    assert [e.score for e in page_evidence["minutes"]] == [0.0]
    assert [e.score for e in page_evidence["report"]] == [0.0]


# --- small readers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "printed, expected",
    [
        ("2.00pm", "14:00"),
        ("10.30 am", "10:30"),
        ("14:00 hrs", "14:00"),
        ("at 10 o'clock", "10:00"),
        ("at two o’clock", "14:00"),
        ("09:30 – 12:30", "09:30"),
        ("Tuesday 17 September 2019", None),
    ],
)
def test_start_times_as_printed(printed, expected):
    assert start_time(printed) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("MINUTES OF THE WESTBROOK POLICE AND CRIME PANEL", ["Westbrook Police and Crime Panel"]),
        (
            "You are invited to attend a meeting of the Audit and Standards Committee on Monday",
            ["Audit and Standards Committee"],
        ),
        ("Agenda for the Strategic Policing Board", ["Strategic Policing Board"]),
        ("The committee will consider", []),
    ],
)
def test_body_names(text, expected):
    assert body_names(text) == expected
