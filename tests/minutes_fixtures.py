"""Synthetic agendas and minutes (invented boards and people) in the layouts the samples lack.

Each builder writes a PDF with `tests.synthetic.PaperBuilder` and returns its path; the
tests read it back through the real reader, so positions, bold fonts and ruled tables
are what pdfplumber sees. `read_part` turns a whole synthetic file into one part.
"""

from __future__ import annotations

from pathlib import Path

from extractors.base import Context
from pipeline.reader import read_document
from pipeline.records import DocumentPart
from tests.segment_once import segment_once
from tests.synthetic import PaperBuilder

NUMBER_X, TEXT_X = 62, 98  # numbers in their own column
NAME_X, ROLE_X = 153, 265  # the members block's name and role columns
FOOTER = ["Northshire Scrutiny Panel - Minutes of 9 March 2021   Page {page}"]


def read_part(path: Path, kind: str, extractor, body: str | None = None, meeting_date: str | None = None):
    """Run an extractor over a whole synthetic file taken as one part; records and problems."""
    problems: list = []
    pages = read_document(path, "synthetic", problems)
    part = DocumentPart("synthetic", kind, 1, len(pages), body=body, meeting_date=meeting_date)
    context = Context("synthetic", body, meeting_date)
    return list(extractor.extract(part, pages, context)), context.problems


# --- minutes ------------------------------------------------------------------------------


def paragraph(doc: PaperBuilder, number: str, lines: list[str], *, inline: bool, bold: bool = False) -> None:
    """A numbered paragraph, its number in a column of its own or inline with the text."""
    if inline:
        doc.text(f"{number} {lines[0]}", x=NUMBER_X, bold=bold)
        for line in lines[1:]:
            doc.text(line, x=NUMBER_X, bold=bold)
    else:
        doc.text(number, x=NUMBER_X, bold=bold, columns=[(TEXT_X, lines[0])])
        for line in lines[1:]:
            doc.text(line, x=TEXT_X, bold=bold)
    doc.gap(6)


def minutes_heading(doc: PaperBuilder, status_line: str) -> None:
    doc.text("NORTHSHIRE SCRUTINY PANEL", x=180, size=14, bold=True)
    doc.text(status_line, x=230, size=13, bold=True)
    doc.gap(8)
    doc.text("Date:", x=NUMBER_X, columns=[(NAME_X, "9th March 2021"), (350, "Time:"), (392, "10:00")])
    doc.text("Location:", x=NUMBER_X, columns=[(NAME_X, "Committee Room 4, Northshire House")])
    doc.gap(10)


MEMBERS = [
    ("Olwen Tarrant", ["Police and Crime Commissioner"]),
    ("Basil Quorn", ["Deputy Chief Constable, Northshire", "Constabulary"]),
    ("Petra Lindqvist", ["Chief Executive, Office of the Police and", "Crime Commissioner"]),
]
ATTENDING = [("Rufus Okafor", ["Treasurer, Office of the Police and Crime", "Commissioner"])]


def members_as_lines(doc: PaperBuilder) -> None:
    """Name column and role column; roles wrap onto lines of their own in the role column."""
    for label, people in (("Members:", MEMBERS), ("In Attendance:", ATTENDING)):
        for index, (name, role) in enumerate(people):
            columns: list[tuple[float, str]] = [(NAME_X, name), (ROLE_X, role[0])]
            doc.text(label if index == 0 else "", x=NUMBER_X, columns=columns)
            for wrapped in role[1:]:
                doc.text(wrapped, x=ROLE_X)
    doc.gap(10)


def members_as_table(doc: PaperBuilder) -> None:
    """A ruled two-column table under each label."""
    for label, people in (("Members:", MEMBERS), ("In Attendance:", ATTENDING)):
        doc.text(label, x=NUMBER_X)
        rows = [["Name", "Role"]] + [[name, " ".join(role)] for name, role in people]
        doc.table(rows, [150, 300], size=10, x=NUMBER_X)
    doc.gap(6)


APOLOGIES = {
    "roles": [
        "Apologies were received from Wilfred Pemberton Chief Constable, Northshire",
        "Constabulary and Hattie Crane Head of Estates, Northshire Constabulary.",
    ],
    "names": ["Apologies were received from Wilfred Pemberton, Hattie Crane and Ivo", "Marsh."],
}


def build_minutes(
    path: Path,
    *,
    inline: bool = False,
    members: str = "lines",
    apologies: str = "roles",
    status_line: str = "APPROVED MINUTES",
) -> Path:
    doc = PaperBuilder(path, footer=FOOTER)
    minutes_heading(doc, status_line)
    (members_as_table if members == "table" else members_as_lines)(doc)
    paragraph(doc, "1.", ["Welcome and Apologies"], inline=inline, bold=True)
    paragraph(doc, "1.1", APOLOGIES[apologies], inline=inline)
    paragraph(doc, "2.", ["Minutes of the previous meeting"], inline=inline, bold=True)
    paragraph(
        doc,
        "2.1",
        ["The Panel approved the minutes of the meeting held on 3rd February", "2021 as a true record."],
        inline=inline,
    )
    paragraph(doc, "3.", ["Estates Strategy"], inline=inline, bold=True)
    paragraph(
        doc,
        "3.1",
        ["The Treasurer presented the report. The Commissioner has approved", "the disposal of the depot site."],
        inline=inline,
    )
    paragraph(doc, "3.2", ["RESOLVED: that the revised estates plan be adopted."], inline=inline)
    paragraph(doc, "3.3", ["The Panel were informed that the sale would complete in the", "summer."], inline=inline)
    build_page_break_item(doc, inline)
    return doc.save()


def build_page_break_item(doc: PaperBuilder, inline: bool) -> None:
    """Item 4 whose decision sentence runs over a page break, then its actions and the next meeting."""
    paragraph(doc, "4.", ["Victim Services Commissioning"], inline=inline, bold=True)
    doc.text(
        "4.1", x=NUMBER_X, columns=[(TEXT_X, "The Committee endorsed the commissioning intentions and")]
    ) if not inline else doc.text("4.1 The Committee endorsed the commissioning intentions and", x=NUMBER_X)
    doc.new_page()
    doc.text("delegated the award of contracts to the Treasurer.", x=NUMBER_X if inline else TEXT_X)
    doc.gap(6)
    doc.text("4.2", x=NUMBER_X, columns=[(TEXT_X, "Further Action(s):")]) if not inline else doc.text(
        "4.2 Further Action(s):", x=NUMBER_X
    )
    doc.text("(i)", x=TEXT_X, columns=[(127, "The Treasurer to circulate the contract schedule by")])
    doc.text("30th June 2021.", x=127)
    doc.text("(ii)", x=TEXT_X, columns=[(127, "Update to be brought to the Panel in six months' time.")])
    doc.gap(10)
    doc.text("Date of next meeting", x=NUMBER_X, bold=True)
    doc.text("The Panel agreed that the next meeting will be held on 11th May 2021.", x=NUMBER_X)


# --- agenda -------------------------------------------------------------------------------


def build_inline_agenda(path: Path) -> Path:
    """Date/Time/Venue as inline labels; a right-hand column of names; wrapped titles."""
    doc = PaperBuilder(path)
    doc.text("Northshire Scrutiny Panel", x=185, size=16, bold=True)
    doc.gap(6)
    doc.text("Date: Tuesday 14th September 2021", x=NUMBER_X, bold=True)
    doc.text("Time: 2.30 pm", x=NUMBER_X, bold=True)
    doc.text("Venue: Riverside Room, Northshire House", x=NUMBER_X, bold=True)
    doc.gap(10)
    doc.text("AGENDA", x=268, size=14, bold=True)
    doc.gap(10)
    doc.text("1.", x=NUMBER_X, bold=True, columns=[(96, "Welcome and apologies"), (440, "Olwen Tarrant")])
    doc.gap(12)
    doc.text("2.", x=NUMBER_X, bold=True, columns=[(96, "To approve minutes of the Northshire Scrutiny Panel")])
    doc.text("meeting held on the 9th March 2021.", x=96, bold=True)
    doc.gap(12)
    doc.text("3.", x=NUMBER_X, bold=True, columns=[(96, "Estates Strategy Estates Strategy")])
    doc.text("Report from the Treasurer", x=96)
    doc.gap(12)
    doc.text("3.1", x=96, bold=True, columns=[(115, "Depot disposal")])
    doc.text("From Chief Executive", x=96)
    doc.gap(12)
    doc.text("Date of next meeting: 9th November 2021", x=NUMBER_X, size=9)
    return doc.save()


# --- real files and gold ------------------------------------------------------------------

CORPUS = Path(__file__).parent.parent / "corpus"
GOLD = Path(__file__).parent / "gold"
MIN_SCORE = 0.95


def read_file(path: Path, extractor):
    """Segment a real file and run an extractor over every part it reads; records and problems."""
    problems: list = []
    pages = read_document(path, "real", problems)
    _, parts = segment_once(pages)
    records = []
    for part in parts:
        if part.part_kind in extractor.reads:
            context = Context("real", part.body, part.meeting_date)
            records += extractor.extract(part, pages[part.page_start - 1 : part.page_end], context)
            problems += context.problems
    return records, problems


def pair_by_key(gold: list[dict], found: list[dict], key) -> tuple[list[tuple[dict, dict]], int, int]:
    """Multiset matching on a key: (pairs, extra found, missing gold)."""
    pool: dict = {}
    for record in found:
        pool.setdefault(key(record), []).append(record)
    pairs = [(g, pool[key(g)].pop(0)) for g in gold if pool.get(key(g))]
    extra = sum(len(v) for v in pool.values())
    return pairs, extra, len(gold) - len(pairs)


def precision_recall(pairs, extra: int, missing: int) -> tuple[float, float]:
    tp = len(pairs)
    precision = tp / (tp + extra) if tp + extra else (0.0 if missing else 1.0)
    recall = tp / (tp + missing) if tp + missing else 1.0
    return precision, recall
