"""The agenda extractor against the gold agenda items of the sample packs and of the gallery's
agendas, on the per-item agenda PDF, and on a synthetic agenda with inline Date/Time/Venue labels."""

from __future__ import annotations

import json

import pytest

from extractors.agenda import AgendaExtractor
from pipeline.evaluate import similarity
from pipeline.records import AgendaItem, MeetingMention
from tests.minutes_fixtures import (
    CORPUS,
    GOLD,
    MIN_SCORE,
    build_inline_agenda,
    pair_by_key,
    precision_recall,
    read_file,
    read_part,
)

ITEMS_AGENDA = CORPUS.parent / "tests" / "pdfs" / "items" / "19-10-09-BCB-Agenda.pdf"


def items_of(records):
    return [r for r in records if isinstance(r, AgendaItem)]


@pytest.mark.parametrize("name", ["18-05-10-BCB-Agenda-Pack.pdf", "19-10-09-BCB-Agenda-Pack.pdf"])
def test_agenda_items_match_gold(name):
    records, problems = read_file(CORPUS / name, AgendaExtractor())
    gold = json.loads((GOLD / name.replace(".pdf", ".json")).read_text())
    found = [vars(i) for i in items_of(records)]
    # Numbers pair exactly as printed, so an agenda with both '5' and '5.0' keeps them apart.
    pairs, extra, missing = pair_by_key(gold["agenda_items"], found, lambda r: (r["meeting_date"], r["item_number"]))
    precision, recall = precision_recall(pairs, extra, missing)
    assert precision >= MIN_SCORE and recall >= MIN_SCORE, (precision, recall)
    for want, got in pairs:
        assert similarity(got["title"], want["title"]) >= 0.7, got["title"]
    assert problems == []


def test_title_excludes_right_hand_column_and_presenter_line():
    records, _ = read_file(CORPUS / "18-05-10-BCB-Agenda-Pack.pdf", AgendaExtractor())
    items = {i.item_number: i for i in items_of(records)}
    assert items["1"].title == "Welcome and apologies"
    assert items["4"].presenter_text == "Report from the Chief Constable"
    assert items["6"].presenter_text == "From Chief Executive"
    assert items["8"].title == "HMICFRS – Custody –update on recommendations made by HMIP/HMICFRS"


def test_sub_items_and_printed_duplicates_stay_as_printed():
    records, _ = read_file(CORPUS / "19-10-09-BCB-Agenda-Pack.pdf", AgendaExtractor())
    items = {i.item_number: i for i in items_of(records)}
    assert list(items) == ["1", "2", "3", "4", "5", "5.0", "5.1", "6", "7", "8"]
    assert items["4"].title == "BCB Action Log"
    assert items["5.0"].title == ("OPCC work to deliver broader partnership support broader partnership support")
    assert items["5.1"].presenter_text == "Report from Chief Constable and Chief Executive"


def test_per_item_agenda_file_reads_like_the_pack():
    single, _ = read_file(ITEMS_AGENDA, AgendaExtractor())
    pack, _ = read_file(CORPUS / "19-10-09-BCB-Agenda-Pack.pdf", AgendaExtractor())
    strip = lambda rs: [(r.item_number, r.title, r.presenter_text) for r in items_of(rs)]  # noqa: E731
    assert strip(single) == strip(pack)


@pytest.mark.parametrize(
    "name, meeting",
    [
        ("18-05-10-BCB-Agenda-Pack.pdf", ("2018-05-10", "14:00", "CR2")),
        ("19-10-09-BCB-Agenda-Pack.pdf", ("2019-10-09", "10:30", "HQ, Conference Room 2")),
    ],
)
def test_heading_values_aligned_to_their_labels(name, meeting):
    records, _ = read_file(CORPUS / name, AgendaExtractor())
    mention = next(r for r in records if isinstance(r, MeetingMention))
    assert (mention.meeting_date, mention.start_time, mention.location) == meeting
    assert mention.origin == "agenda" and mention.body == "Business Coordination Board"


def test_synthetic_agenda_with_inline_labels(tmp_path):
    records, problems = read_part(build_inline_agenda(tmp_path / "agenda.pdf"), "agenda", AgendaExtractor())
    mention = next(r for r in records if isinstance(r, MeetingMention))
    assert (mention.body, mention.meeting_date, mention.start_time, mention.location) == (
        "Northshire Scrutiny Panel",
        "2021-09-14",
        "14:30",
        "Riverside Room, Northshire House",
    )
    items = [(i.item_number, i.title, i.presenter_text) for i in items_of(records)]
    assert items == [
        ("1", "Welcome and apologies", "Olwen Tarrant"),
        ("2", "To approve minutes of the Northshire Scrutiny Panel meeting held on the 9th March 2021", None),
        ("3", "Estates Strategy Estates Strategy", "Report from the Treasurer"),
        ("3.1", "Depot disposal", "From Chief Executive"),
    ]
    assert problems == []


def test_agenda_without_a_date_is_a_problem(tmp_path):
    from tests.synthetic import PaperBuilder

    doc = PaperBuilder(tmp_path / "undated.pdf")
    doc.text("Northshire Scrutiny Panel", bold=True).text("AGENDA", bold=True)
    doc.text("1.", x=62, bold=True, columns=[(96, "Welcome")])
    records, problems = read_part(doc.save(), "agenda", AgendaExtractor())
    assert records == [] and problems and problems[0].stage == "agenda"


GALLERY = CORPUS.parent / "tests" / "gallery"


@pytest.mark.parametrize(
    "name, first, last",
    [
        ("2019-09-17-Eastmere-SPCB-agenda", 1, 1),  # ruled table with Part 1 / Part 2 rows
        ("2021-03-17-Kingsmoor-Joint-Audit-Committee-agenda", 1, 2),  # summons letter, agenda overleaf
        ("2020-02-12-Northfold-Joint-Executive-Board-pack", 2, 2),  # the pack's agenda page
    ],
)
def test_gallery_agendas_match_their_gold(name, first, last):
    from extractors.base import Context
    from pipeline.reader import read_document
    from pipeline.records import DocumentPart

    gold = json.loads((GALLERY / "gold" / f"{name}.json").read_text())
    pages = read_document(GALLERY / f"{name}.pdf", "gallery", [])[first - 1 : last]
    context = Context("gallery", None, None)
    records = list(AgendaExtractor().extract(DocumentPart("gallery", "agenda", first, last), pages, context))
    mention = next(r for r in records if isinstance(r, MeetingMention))
    want = next(m for m in gold["meetings"] if m["minutes_status"] is None)
    assert (mention.body, mention.meeting_date, mention.start_time) == (
        want["body"],
        want["meeting_date"],
        want["start_time"],
    )
    assert similarity(mention.location, want["location"]) >= 0.7
    found = {(i.meeting_date, i.item_number): i.title for i in items_of(records)}
    wanted = {(i["meeting_date"], i["item_number"]): i["title"] for i in gold["agenda_items"]}
    assert set(found) == set(wanted)
    assert all(similarity(found[key], wanted[key]) >= 0.7 for key in wanted)
    assert context.problems == []
