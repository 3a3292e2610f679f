"""Read a meeting's agenda: the meeting it calls and the items it lists.

Takes an `agenda` part (its pages' body lines and ruled tables) and the `Context`;
yields one `MeetingMention(origin='agenda')` for the meeting named in the heading
(board, date, start time, venue; never a minutes status) and one `AgendaItem` per
numbered item and sub-item (number as printed, title with its wrapped lines joined, the
presenter, and the Part 1 / Part 2 section it stands under).

The heading is everything above the first item. It is read from, in order of trust:
a letter's summons ("You are requested to attend a meeting of the … Committee on
Wednesday 17 March 2021 at 10.00am, to be held via …"), which outranks the letter's own
`Date:`; label–value lines (`Date: …`, `Date    Tuesday …`, a label row above a value row,
a label with its value on the next line, a ruled Date | Time | Venue table); and the bare
lines of a cover (a date line, a time line, a venue line). The body is the fullest name of
a board, committee, panel, authority, group or forum printed there.

Items come from a ruled table whose header names an item column (Time | Item | Subject |
Lead | Paper; rows spanning the table are Part 1 / Part 2 sections; a table without a header
whose rows are numbered) or from numbered lines (after a printed time or 'Item', if any). A
numbered line's title stops at a column edge (from a header line such as `Item    Presented
by`, or from words aligned on most item lines) or at a wide gap; the line under it is a
wrapped title when it is set in the title's style, and the presenter when it is set otherwise
or says "Report from". An item title naming another meeting's date never moves this meeting.

Lettered and Roman sub-items under an item take its number ('5' + '(a)' -> '5a', '(ii)' -> '5(ii)');
Roman item numbers ('IV.') are items; a number alone on its line takes its title from the line below;
a line saying what is done with an item ('To confirm …') is neither title nor presenter, and page or
paper marks beside a title ('(Pages 9 - 20)', 'Report B') are its paper.

`recognise` claims a page by a title, a summons, an item-column header (ruled or not), timed items,
or, on a page printing no minutes' or report's own wording, by its list: a list heading anywhere
('BUSINESS', 'Items of business'), page references, 'Report of …' lines under items, a short
numbered list under a dated heading, or a front sheet's meeting labels with a Membership list.

`agenda_meeting(pages)` gives the body and date an agenda's pages name, for the segmenter.
Every word list lives in pipeline/data/vocabulary/agenda.json.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import cast

from pipeline import layout, vocabulary
from pipeline.dates import find_dates, parse_date, parse_time
from pipeline.records import AgendaItem, BBox, DocumentPart, Line, MeetingMention, Page, Table, Word

from .base import (
    Context,
    Evidence,
    PlacedLine,
    header_rows_naming,
    lines_matching,
    merge_bbox,
    strongest,
    table_header_cells,
    title_lines,
)

TITLE_GAP = 18.0  # points of white space that separate the title from a right-hand column
COLUMN_SLACK = 6.0  # a word may start this far left of its column's header
PRESENTER_WORDS = 14  # a presenter line is short; a longer line under a title describes the item
SHORT_LINE_WORDS = 12  # a cover's date or venue line is short, never a sentence
TIME_LINE_WORDS = 5  # a cover's time line ("2.00pm", "10.30 am start")
SUMMONS_SPAN = 500  # characters of a summons read for its meeting
TIME_AFTER_DATE = 40  # the start time follows the date closely ("… 2021 at 10.00am")
TIMED_ITEMS = 3  # numbered lines each after a printed time: a timed agenda, nothing else
COVER_LINES = 14  # a page with no items and no more lines than this is a cover
MAX_BODY_WORDS = 10
HEADLESS_ROWS, HEADLESS_SHARE = 2, 0.6  # a table without a header is an agenda when most rows are numbered
ALIGNED_ITEMS = 3  # item lines whose words align before a column is inferred
ALIGNED_GAP_SHARE = 0.8  # of the font size: a gap wider than a space opens a column
HEADER_GAP_SHARE = 0.8  # of the font size: wider than a space between header cells
HEADER_WORDS = 4  # a column header cell ('Lead officer', 'Item no.') is a few words


@dataclass(frozen=True)
class AgendaWords:
    """The agenda vocabulary (pipeline/data/vocabulary/agenda.json)."""

    title_patterns: tuple[str, ...]
    summons_patterns: tuple[str, ...]
    meeting_sentence_patterns: tuple[str, ...]
    item_columns: tuple[str, ...]
    heading_labels: dict[str, tuple[str, ...]]
    column_synonyms: dict[str, tuple[str, ...]]
    presenter_patterns: tuple[str, ...]
    section_patterns: tuple[str, ...]
    time_prefix_patterns: tuple[str, ...]
    item_prefix_words: tuple[str, ...]
    oclock_patterns: tuple[str, ...]
    hour_words: tuple[str, ...]
    time_suffixes: tuple[str, ...]
    time_joiners: tuple[str, ...]
    body_nouns: tuple[str, ...]
    organisation_nouns: tuple[str, ...]
    parent_body_nouns: tuple[str, ...]  # organisations whose committees take their name (under_its_organisation)
    body_connectors: tuple[str, ...]
    body_stop_words: tuple[str, ...]
    location_patterns: tuple[str, ...]
    venue_words: tuple[str, ...]
    heading_part_separators: tuple[str, ...]  # between the date, time and venue on one heading line
    list_heading_patterns: tuple[str, ...]
    page_reference_patterns: tuple[str, ...]
    page_range_patterns: tuple[str, ...]
    paper_mark_patterns: tuple[str, ...]
    paper_status_patterns: tuple[str, ...]
    contents_patterns: tuple[str, ...]
    membership_patterns: tuple[str, ...]
    description_patterns: tuple[str, ...]
    record_sign_patterns: tuple[str, ...]
    report_section_patterns: tuple[str, ...]


WORDS = vocabulary.loader("agenda", AgendaWords)


@cache
def patterns(values: tuple[str, ...], flags: int = re.I) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, flags) for p in values)


@lru_cache(maxsize=8192)  # recognising parts asks it of every line, with several pattern lists
def matches_any(values: tuple[str, ...], text: str) -> bool:
    return any(p.search(text.strip()) for p in patterns(values))


class AgendaExtractor:
    claims = "agenda"
    name = "agenda"
    reads = frozenset({"agenda"})
    yields = (MeetingMention, AgendaItem)

    def meeting_of(self, pages: list[Page]) -> tuple[str | None, str | None]:
        """The body and date of the meeting an agenda summons: the meeting a pack's papers serve."""
        return agenda_meeting(pages)

    def recognise(self, pages: list[Page]) -> Evidence:
        words = WORDS()
        findings = [(0.9, f"title '{t}'") for t in title_lines(pages, words.title_patterns)[:1]]
        findings += [(0.8, f"summons '{t[:40]}'") for t in lines_matching(pages[:1], words.summons_patterns)[:1]]
        headers = [h for h in header_rows_naming(pages, words.item_columns, 3) if not label_box(h, words.item_columns)]
        findings += [(0.6, f"table header {h}") for h in headers[:1]]
        findings += [(0.6, f"item table header {h}") for h in item_table_headers(pages)[:1]]
        findings += [
            (0.6, f"column header '{line.text}'") for line in (pages[0].lines if pages else []) if column_header(line)
        ][:1]
        timed = [line.text for page in pages for line in page.lines if (start := item_start(line)) and start[2]]
        if len(timed) >= TIMED_ITEMS:
            findings.append((0.6, f"{len(timed)} timed items ('{timed[0][:40]}')"))
        if pages and not is_record_or_report(pages[0]):
            findings += item_list_findings(pages[0]) + front_sheet_findings(pages[0])
        return strongest(self.claims, findings)

    def extract(self, part: DocumentPart, pages: list[Page], context: Context) -> Iterator:
        if not pages:
            return
        heading, drafts = read_agenda(pages, part, context)
        meeting_date = heading.meeting_date
        if meeting_date is None:
            context.problem(pages[0].number, "agenda", "no meeting date in the agenda heading", heading.date_text or "")
            return
        yield heading.mention(context, pages[0], meeting_date)
        for draft in drafts:
            yield draft.record(heading, meeting_date, context)
        if not drafts and not is_cover(pages) and not heading.summoned:
            context.problem(pages[0].number, "agenda", "no numbered agenda items found on the agenda's pages")


def label_box(cells: list[str], names: tuple[str, ...]) -> bool:
    """A box of labels with their values ('Report of:' / 'Agenda item:' / 'Purpose:' over a report),
    not a table's header: every column word it holds is a label ('Report of:'), its colon after it."""
    text = " ".join(cells)
    named = [m for name in names for m in re.finditer(rf"\b{re.escape(name)}\b((?:\s+\w+){{0,2}}\s*:)?", text, re.I)]
    return bool(named) and all(m.group(1) for m in named)


def read_agenda(pages: list[Page], part: DocumentPart, context: Context) -> tuple[Heading, list[ItemDraft]]:
    """The heading and the items of an agenda's pages, items in reading order."""
    tables = agenda_tables(pages)
    lines = lines_outside(pages, tables)
    listed = ListReader(lines)
    if listed.restart is not None:
        context.problem(
            listed.restart.page.number,
            "agenda",
            "item numbering starts again on a later page: read as another paper, not agenda items",
            listed.restart.text,
        )
    drafts = table_items(tables, context) + listed.items
    heading = read_heading(heading_lines(lines, tables, listed), pages, part, context)
    return heading, sorted(drafts, key=lambda d: (d.page.number, d.top))


def agenda_meeting(pages: list[Page]) -> tuple[str | None, str | None]:
    """The body and meeting date an agenda's own pages name, (None, None) where they name none.

    For the segmenter, which stamps every part of a pack with the meeting its papers serve: a
    summons letter's own date or a cover's first line is not that meeting."""
    if not pages:
        return None, None
    blank = DocumentPart(pages[0].document_id, "agenda", pages[0].number, pages[-1].number)
    heading, _ = read_agenda(pages, blank, Context(pages[0].document_id, None, None))
    return heading.body, heading.meeting_date


def is_cover(pages: list[Page]) -> bool:
    return len(pages) == 1 and len(pages[0].lines) <= COVER_LINES


# --- recognition by the list of items ------------------------------------------------------

LISTED_ITEMS = 2  # numbered items under a list heading ('BUSINESS') make the page an agenda
REFERENCED_ITEMS = 2  # items printing the pack pages of their papers ('(Pages 9 - 20)')
PRESENTED_ITEMS = 2  # items each followed by who reports it ('Report of the Treasurer')
PLAIN_ITEMS = 4  # short numbered titles counting up from the first, under a dated heading
PLAIN_TITLE_WORDS = 12
PRESENTER_REACH = 3  # lines under an item's line in which its presenter line may stand


def item_table_headers(pages: list[Page]) -> list[list[str]]:
    """Ruled tables whose header cells are each an item column ('No. | Item | Pages'), however few."""
    found = []
    for cells in table_header_cells(pages):
        named = [c for c in cells if c]
        fields = column_fields(named, exact=True)
        if len(named) >= 2 and None not in fields and is_item_header(fields):
            found.append(named)
    return found


def is_record_or_report(page: Page) -> bool:
    """Minutes or notes (what was resolved, who was present) or a report (numbered Purpose and
    Recommendations sections): their numbered lines are not an agenda's items."""
    words = WORDS()
    if any(matches_any(words.record_sign_patterns, line.text) for line in page.lines):
        return True
    return any(
        matches_any(words.report_section_patterns, item_title(start[1]))
        for line in page.lines
        if (start := item_start(line))
    )


def item_title(words: list[Word]) -> str:
    return layout.words_text(layout.split_on_gaps(Line(tuple(words)), TITLE_GAP)[0]).strip(" :.") if words else ""


def item_list_findings(page: Page) -> list[tuple[float, str]]:
    """Evidence from the list of items itself, for agendas without an 'Agenda' title at their head:
    a list heading over numbered items, page references, presenter lines, or a plain dated list."""
    starts = [(index, start) for index, line in enumerate(page.lines) if (start := item_start(line))]
    findings = []
    heading = next(
        (
            line.text.strip()
            for index, line in enumerate(page.lines)
            if matches_any(WORDS().list_heading_patterns, line.text.strip().rstrip(":").strip())
            and sum(1 for i, _ in starts if i > index) >= LISTED_ITEMS
        ),
        None,
    )
    if heading:
        findings.append((0.8, f"list heading '{heading}' over numbered items"))
    referenced = [
        page.lines[i].text for i, start in starts if page_reference(start[1], WORDS().page_reference_patterns)
    ]
    if len(referenced) >= REFERENCED_ITEMS:
        findings.append((0.6, f"{len(referenced)} items with page references ('{referenced[0][:40]}')"))
    presented = [page.lines[i].text for i, _ in starts if presenter_follows(page, i)]
    if len(presented) >= PRESENTED_ITEMS:
        findings.append((0.6, f"{len(presented)} items with presenter lines ('{presented[0][:40]}')"))
    if plain_item_list(page, starts):
        findings.append((0.55, f"{len(starts)} short numbered items under a dated heading"))
    return findings


def front_sheet_findings(page: Page) -> list[tuple[float, str]]:
    """A council agenda's front sheet: the meeting's Date with its Time or Venue labelled, and the
    committee's Membership, though its items may only start overleaf."""
    membership = next((line.text for line in page.lines if matches_any(WORDS().membership_patterns, line.text)), None)
    if membership is None:
        return []
    facts = labelled_facts(page.lines, page)
    dated = facts.date_text and parse_date(facts.date_text).iso
    if dated and (facts.time_text or facts.location):
        return [(0.6, f"meeting labels and membership ('{membership[:40]}')")]
    return []


def page_reference(words: list[Word], references: tuple[str, ...]) -> str | None:
    """The page reference printed after an item's title ('(Pages 9 - 20)'), if any."""
    runs = layout.split_on_gaps(Line(tuple(words)), TITLE_GAP) if words else []
    last = layout.words_text(runs[-1]).strip() if len(runs) >= 2 else ""
    if last and matches_any(references, last):
        return last
    match = re.search(r"\(\s*(?:pages?|pp\.?)\s*[\d\s–—-]+\)\s*$", layout.words_text(words), re.I)
    return match.group().strip() if match and matches_any(references, match.group()) else None


def presenter_follows(page: Page, index: int) -> bool:
    """A presenter line ('Report of the Chief Constable') under the item, before the next item."""
    for line in page.lines[index + 1 : index + 1 + PRESENTER_REACH]:
        if item_start(line) or sub_item_start(line):
            return False
        if matches_any(WORDS().presenter_patterns, line.text + " "):
            return True
    return False


def plain_item_list(page: Page, starts: list[tuple[int, tuple]]) -> bool:
    """Short numbered titles counting up from 1 or 2, few lines between them, under a heading that
    dates the page: the bare list of a meeting's business."""
    if len(starts) < PLAIN_ITEMS:
        return False
    numbers = [top_number(start[0]) for _, start in starts]
    counting = numbers[0] <= 2 and all(b in (a, a + 1) for a, b in zip(numbers, numbers[1:]))
    # A number alone on its line has its title on the next line.
    titles = [
        layout.words_text(layout.split_on_gaps(Line(tuple(start[1])), TITLE_GAP)[0])
        if start[1]
        else (page.lines[i + 1].text if i + 1 < len(page.lines) else "")
        for i, start in starts
    ]
    short = all(t and len(t.split()) <= PLAIN_TITLE_WORDS and not t.rstrip().endswith(".") for t in titles)
    between = len(page.lines) - starts[0][0] - len(starts)
    dated = any(d.value.iso for line in page.lines[: starts[0][0]] for d in find_dates(line.text))
    return counting and short and dated and between <= 2 * len(starts)


# --- heading ------------------------------------------------------------------------


@dataclass
class Heading:
    body: str | None = None
    meeting_date: str | None = None
    start_time: str | None = None
    location: str | None = None
    date_text: str | None = None
    summoned: bool = False  # a summons letter (which may stand as a paper of its own before the agenda)
    boxes: list = field(default_factory=list)

    def mention(self, context: Context, page: Page, meeting_date: str) -> MeetingMention:
        return MeetingMention(
            body=self.body,
            meeting_date=meeting_date,
            origin="agenda",
            source=context.source(page, merge_bbox(self.boxes)),
            start_time=self.start_time,
            location=self.location,
        )


@dataclass
class Facts:
    """What one way of printing a heading says about the meeting (any field may be missing)."""

    date_text: str | None = None
    time_text: str | None = None
    location: str | None = None
    body: str | None = None
    from_line: int | None = None  # a summons: the heading line it starts on


def heading_lines(lines: list[PlacedLine], tables: list[AgendaTable], listed: ListReader) -> list[PlacedLine]:
    """The lines above the first item: the first item line, agenda table or column header ends them.

    With no items at all (a cover, a letter whose agenda is missing) the first page is the heading."""
    anchors = [(t.page.number, t.table.bbox[1]) for t in tables] + listed.anchors
    if not anchors:
        return [p for p in lines if p.page is lines[0].page] if lines else []
    first = min(anchors)
    return [p for p in lines if (p.page.number, p.line.top) < first]


def read_heading(head: list[PlacedLine], pages: list[Page], part: DocumentPart, context: Context) -> Heading:
    first_page = pages[0]
    summons = summons_facts(head)
    lines = [p.line for p in head]
    labelled = labelled_facts(lines, first_page)
    bare = bare_facts(lines)
    heading = Heading(boxes=[p.line.bbox for p in head if p.page is first_page], summoned=summons.from_line is not None)
    # A letter's own Date: is the day it was sent; its summons, and the labels under the summons,
    # name the meeting's.
    below_summons = labelled_facts(lines[summons.from_line :], first_page) if summons.from_line is not None else Facts()
    parted = parted_facts(lines)
    order = (summons, below_summons, labelled, parted, bare, dated_line_facts(lines))
    fill_date(heading, order, first_page, context)
    heading.meeting_date = heading.meeting_date or part.meeting_date or context.meeting_date or any_day(lines)
    heading.start_time = first_of(start_time(f.time_text) for f in order)
    # a labelled venue ('Place: Committee Room 2') is the plainest statement of it, kept as printed
    # ('Venue: Held via Microsoft Teams'); a place read out of the summons' sentence (which may run
    # on into the agenda's first words) loses the sentence's words ('held virtually via …')
    heading.location = first_of(f.location for f in (below_summons, labelled)) or layout.place_name(
        first_of(f.location for f in order)
    )
    heading.body = (
        fullest_body([summons.body, *heading_bodies(head)])
        or fullest_body(heading_bodies(head, WORDS().organisation_nouns))
        or fullest_body(furniture_bodies(pages))
        or part.body
        or context.body
    )
    heading.body = under_its_organisation(head, heading.body)
    return heading


def under_its_organisation(head: list[PlacedLine], body: str | None) -> str | None:
    """A committee named alone on the line below its authority's name ('X FIRE AUTHORITY' /
    'Audit Committee'): the fullest name printed is the two together, as the minutes read it.
    A council's committee, and one that names its own area ('X Police and Crime Panel'), keep
    their own name."""
    if not body:
        return body
    texts = [p.text.strip() for p in head[:8]]
    for above, below in zip(texts, texts[1:]):
        organisation = body_names(above, WORDS().parent_body_nouns)
        if (
            organisation == [layout.canonical_body(above)]
            and body_names(below) == [layout.canonical_body(below)] == [body]
            and body.split()[0].lower() != organisation[0].split()[0].lower()
        ):
            return f"{organisation[0]} {body}"
    return body


def furniture_bodies(pages: list[Page]) -> list[str]:
    """Body names in the running headers and footers, where a heading names none ('Audit Committee – 17 March')."""
    return [name for page in pages for line in page.furniture for name in body_names(line.text, fields=True)]


def first_of(values) -> str | None:
    return next((v for v in values if v), None)


def fill_date(heading: Heading, order: tuple[Facts, ...], page: Page, context: Context) -> None:
    for facts in order:
        if not facts.date_text:
            continue
        value = parse_date(facts.date_text)
        heading.date_text = heading.date_text or facts.date_text
        if value.iso:
            heading.meeting_date, heading.date_text = value.iso, facts.date_text
            return
        context.problem(page.number, "agenda", "agenda date is not a day", facts.date_text)


# --- a letter's summons


def summons_facts(head: list[PlacedLine]) -> Facts:
    """'You are requested to attend a meeting of the X Committee on <date> at <time>, to be held via …'.

    The date is read from the summons' first two sentences only: a letter goes on to other dates."""
    text = " ".join(p.text for p in head)
    words = WORDS()
    found = [m for p in patterns(words.summons_patterns + words.meeting_sentence_patterns) if (m := p.search(text))]
    if not found:
        return Facts()
    begins = min(m.start() for m in found)
    span = text[begins:][:SUMMONS_SPAN]
    facts = Facts(body=first_of(body_names(span)), from_line=line_at(head, begins))
    second_stop = [m.end() for m in re.finditer(r"\.\s+(?=[A-Z])", span)][1:2]
    dated = next((d for d in find_dates(span[: second_stop[0]] if second_stop else span) if d.value.iso), None)
    if dated is None:
        return facts
    facts.date_text = dated.text
    after = span[dated.end :]
    facts.time_text = after[:TIME_AFTER_DATE] if start_time(after[:TIME_AFTER_DATE]) else None
    facts.location = venue_in(sentence_of(span, dated.start))
    return facts


def line_at(head: list[PlacedLine], offset: int) -> int:
    """The index of the head line holding a character offset of the lines joined by spaces."""
    position = 0
    for index, placed in enumerate(head):
        position += len(placed.text) + 1
        if offset < position:
            return index
    return len(head)


def sentence_of(text: str, position: int) -> str:
    """The sentence around a position: a full stop followed by a capital ends it ('10.00am' does not)."""
    start = max((m.end() for m in re.finditer(r"\.\s+(?=[A-Z])", text[:position])), default=0)
    end = re.search(r"\.\s+(?=[A-Z])|\.$", text[position:])
    return text[start : position + end.start() if end else len(text)]


def venue_in(sentence: str) -> str | None:
    """The venue a summons names ('to be held via Microsoft Teams', 'held at County Hall, Westmere')."""
    for pattern in patterns(WORDS().location_patterns, 0):
        for match in pattern.finditer(sentence):
            venue = trim_venue(match.group("location"))
            if venue:
                return venue
    return None


def trim_venue(text: str) -> str | None:
    """A venue ends where the date or time of the meeting begins ('County Hall, on Thursday …')."""
    cuts = [d.start for d in find_dates(text)]
    cuts += [m.start() for m in re.finditer(r",?\s+(?:on|at|from|commencing)\s+(?=\d|[A-Z][a-z]+day\b)", text)]
    # a summons without its full stop runs on into the next line's label ('… Town Hall Contact: …')
    cuts += [m.start() for m in re.finditer(r"\s+[A-Z][a-z]+(?:\s+[a-z]+)?\s*:\s", text)]
    # the summons' purpose after the place ('…, Millbeck, to transact the business …')
    cuts += [
        m.start()
        for m in re.finditer(
            r",?\s+(?:to|for|in\s+order\s+to)\s+(?:the\s+purpose\s+of\s+)?(?:transact|consider|deal)(?:ing)?\b", text
        )
    ]
    text = text[: min(cuts)] if cuts else text
    text = re.sub(r"[\s,;:–-]+(?:on|at|the)?$", "", text.strip()).strip()
    return text if text and not start_time(text) else None


# --- label–value headings


def labelled_facts(head: list[Line], page: Page) -> Facts:
    values: dict[str, str] = {}
    right = max((line.x1 for line in page.lines), default=0.0)
    for index, line in enumerate(head):
        following = head[index + 1] if index + 1 < len(head) else None
        for name, value in line_labels(line, following).items():
            if name not in values and following and continues_value(line, value, following, right):
                value = (
                    f"{value}, {following.text}" if line.text.rstrip().endswith(",") else f"{value} {following.text}"
                )
            values.setdefault(name, value)
    for name, value in table_labels(page).items():
        values.setdefault(name, value)
    return Facts(
        date_text=values.get("date"),
        location=values.get("location"),
        time_text=values.get("time") or (values.get("date") if start_time(values.get("date")) else None),
    )


def continues_value(line: Line, value: str, following: Line, right: float = 0.0) -> bool:
    """The next line carries on a label's value: it starts under the value (or, where the labels run
    on as a paragraph, back at the line's left edge, the value having been wrapped at the right
    margin), close below, with no label of its own, and the value is the last thing on the line."""
    if not line.text.rstrip(" ,;").endswith(value.rstrip(" ,;")) or inline_labels(following.text):
        return False
    first_value_word = next((w for w in line.words if value.startswith(w.text)), None)
    if first_value_word is None or first_value_word is line.words[0]:
        return False
    runs = layout.split_on_gaps(following)
    under_value = abs(following.x0 - first_value_word.x0) < 3
    return (
        (under_value or wrapped_at_margin(line, following, right))
        and following.top - line.bottom < line.size
        and not label_field(layout.words_text(runs[0]))
    )


def wrapped_at_margin(line: Line, following: Line, right: float) -> bool:
    """The following line starts where the line does and its first word would not have fitted at
    the line's end, short of the page's right edge: a paragraph wrapped by the typesetter."""
    first = following.words[0]
    space = line.size * 0.5
    return abs(following.x0 - line.x0) < 3 and line.x1 + space + (first.x1 - first.x0) > right


def label_field(text: str) -> str | None:
    key = layout.header_key(text.strip().rstrip(":"))
    return next((f for f, names in WORDS().heading_labels.items() if key in names), None)


def line_labels(line: Line, following: Line | None) -> dict[str, str]:
    """Heading labels on one line, in any of four layouts, mapped to their values."""
    runs = layout.split_on_gaps(line)
    if len(runs) >= 2 and all(label_field(layout.words_text(r)) for r in runs):
        return aligned_values(line, following) if following else {}
    if (name := label_field(layout.words_text(runs[0]))) and len(runs) >= 2:
        return {name: " ".join(layout.words_text(r) for r in runs[1:])}
    if (
        (name := label_field(line.text))
        and not inline_labels(line.text)  # 'Time: 09:30' has its value: the label's words hide the digits
        and following
        and not label_field(layout.words_text(layout.split_on_gaps(following)[0]))
    ):
        return {name: following.text} if following.top - line.bottom < line.size * 1.5 else {}
    return inline_labels(line.text)


@cache
def inline_label_pattern() -> re.Pattern:
    names = sorted({n for names in WORDS().heading_labels.values() for n in names}, key=len, reverse=True)
    return re.compile(r"(?<![\w])(" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")\s*:", re.I)


def inline_labels(text: str) -> dict[str, str]:
    """'Date: 12 February 2020 Time: 2.00pm – 4.00pm' -> {'date': …, 'time': …}."""
    found = list(inline_label_pattern().finditer(text))
    values: dict[str, str] = {}
    for match, following in zip(found, found[1:] + [None]):
        value = text[match.end() : following.start() if following else len(text)].strip(" ,;")
        if (name := label_field(match.group(1))) and value:
            values.setdefault(name, value)
    return values


def aligned_values(labels: Line, row: Line) -> dict[str, str]:
    """A row of labels above a row of values: each value goes to the label whose centre is nearest."""
    centres = [
        (centre(run), name) for run in layout.split_on_gaps(labels) if (name := label_field(layout.words_text(run)))
    ]
    found: dict[str, str] = {}
    for run in layout.split_on_gaps(row):
        name = min(centres, key=lambda c: abs(c[0] - centre(run)))[1]
        found[name] = (found.get(name, "") + " " + layout.words_text(run)).strip()
    return found


def centre(words: list[Word]) -> float:
    return (words[0].x0 + words[-1].x1) / 2


def table_labels(page: Page) -> dict[str, str]:
    """A ruled Date | Time | Venue table (labels above values) or a table of label | value rows."""
    for table in page.tables:
        rows = [[layout.cell_text(c) for c in row] for row in table.rows]
        header = [label_field(c) for c in rows[0]] if rows else []
        if len(rows) >= 2 and "date" in header:
            return {f: v for f, v in zip(header, rows[1]) if f and v}
        pairs = {name: r[1] for r in rows if len(r) >= 2 and r[0] and r[1] and (name := label_field(r[0]))}
        if "date" in pairs:
            return pairs
    return {}


# --- a cover's bare lines


def bare_facts(head: list[Line]) -> Facts:
    """A cover: a short date line, then perhaps a time line and a venue line just under it."""
    for index, line in enumerate(head):
        if layout.LABEL.match(line.text) or len(line.words) > SHORT_LINE_WORDS:
            continue
        dated = next((d for d in find_dates(line.text) if d.value.iso), None)
        if dated is None:
            continue
        after = head[index + 1 : index + 4]
        rest = line.text[dated.end :]
        time_text = (
            rest
            if start_time(rest)
            else next((l.text for l in after if len(l.words) <= TIME_LINE_WORDS and start_time(l.text)), None)
        )
        return Facts(date_text=dated.text, time_text=time_text, location=bare_venue(after))
    return Facts()


def any_day(head: list[Line]) -> str | None:
    """The last resort, so that an unusual heading does not lose every item: the first day
    printed anywhere above the items, in a line of any length."""
    return next((d.value.iso for line in head for d in find_dates(line.text) if d.value.iso), None)


def parted_facts(head: list[Line]) -> Facts:
    """One heading line whose parts a separator sets apart ('Tuesday 4 May 2021 · 2.00pm –
    4.00pm · Council Chamber, Town Hall', 'Date | Time | Place'): the date part, the time part
    after it and the first other part, the venue."""
    separators = [re.compile(p) for p in WORDS().heading_part_separators]
    for line in head:
        if layout.LABEL.match(line.text):
            continue
        parts = next((found for sep in separators if len(found := heading_parts(sep, line.text)) >= 3), None)
        if parts is None:
            continue
        dated = [i for i, part in enumerate(parts) if any(d.value.iso for d in find_dates(part))]
        if len(dated) != 1:
            continue
        after = parts[dated[0] + 1 :]
        timed = [part for part in after if start_time(part) and len(part.split()) <= TIME_LINE_WORDS]
        others = [part for part in after if part not in timed]
        return Facts(
            date_text=parts[dated[0]],
            time_text=timed[0] if timed else None,
            location=others[0] if others else None,
        )
    return Facts()


TIME_AFTER = re.compile(
    r"^[\s,;]*(?:(?:at|from|commencing(?:\s+at)?|starting(?:\s+at)?)\s+)?"
    r"(?P<time>\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?|hrs\b|hours\b)|\d{1,2}[.:]\d{2}\b)"
    r"(?:\s*(?:[–—-]|to|until)\s*\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?|hrs\b|hours\b)?)?",
    re.I,
)
VENUE_AFTER = re.compile(
    r"^[\s,;|·•–—-]*(?:(?:in|at|held\s+(?:in|at)|venue:?)\s+)?(?:the\s+)?(?P<venue>[A-Z].+?)[.\s]*$"
)


def dated_line_facts(head: list[Line]) -> Facts:
    """A heading line of any length that runs date, time and place in that order ('To be held on
    Thursday 3 March 2022 at 2.00pm in the Council Chamber, County Hall', 'Monday 9 May 2022,
    10.00am, Committee Room 1'): the time just after the date, the venue just after the time."""
    for line in head:
        dated = next((d for d in find_dates(line.text) if d.value.iso), None)
        if dated is None:
            continue
        rest = line.text[dated.end :]
        timed = TIME_AFTER.match(rest)
        if timed is None:
            return Facts(date_text=dated.text)
        venue = VENUE_AFTER.match(rest[timed.end() :])
        place = venue.group("venue") if venue else None
        if place and not vocabulary.phrase_pattern(WORDS().venue_words).search(place):
            place = None  # what follows the time is not a place ('Members of the public are welcome')
        return Facts(date_text=dated.text, time_text=timed.group(0), location=place)
    return Facts()


def heading_parts(separator: re.Pattern, text: str) -> list[str]:
    """The parts of a line cut at a separator; a time range cut at its dash ('2.00pm – 4.00pm') is one part."""
    parts: list[str] = []
    for part in (p.strip() for p in separator.split(text)):
        if not part:
            continue
        if parts and start_time(parts[-1]) and re.fullmatch(r"\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?", part, re.I):
            parts[-1] = f"{parts[-1]} – {part}"
            continue
        parts.append(part)
    return parts


def bare_venue(lines: list[Line]) -> str | None:
    venue = vocabulary.phrase_pattern(WORDS().venue_words)
    for line in lines:
        if len(line.words) <= SHORT_LINE_WORDS and venue.search(line.text) and not layout.LABEL.match(line.text):
            return line.text.strip()
    return None


# --- start times


def start_time(text: str | None) -> str | None:
    """'2.00pm', '10.30 am', '14:00 hrs', 'at 10 o'clock' -> 'HH:MM'."""
    if not text:
        return None
    if found := parse_time(text):
        return found
    return oclock(text)


AFTERNOON_BEFORE = 8  # a meeting 'at 2 o'clock' is in the afternoon: boards meet in the working day


def oclock(text: str) -> str | None:
    for pattern in patterns(WORDS().oclock_patterns):
        if match := pattern.search(text):
            hour = match.group("hour").lower()
            hour_number = int(hour) if hour.isdigit() else WORDS().hour_words.index(hour) + 1
            if hour_number > 23:
                continue
            if hour_number < AFTERNOON_BEFORE:
                hour_number += 12
            return f"{hour_number:02d}:00"
    return None


# --- the body


def heading_bodies(head: list[PlacedLine], nouns: tuple[str, ...] | None = None) -> list[str]:
    """Body names printed in the heading's lines, top first (label lines such as 'Chair: …' name people).

    A committee, panel or board is the meeting; an authority or council only where none is named
    (a fire authority meeting as a whole); a committee on the line below its authority's name
    takes that name before its own (`under_its_organisation`)."""
    names = []
    for index, placed in enumerate(head):
        if label_field(layout.words_text(layout.split_on_gaps(placed.line)[0])) or layout.LABEL.match(placed.text):
            continue
        found = body_names(placed.text, nouns, fields=dash_fields(placed.text))
        below = head[index + 1] if index + 1 < len(head) else None
        if not found and below is not None and wraps_onto(placed, below):
            found = body_names(f"{placed.text} {below.text}", nouns)  # 'X Joint Audit' / 'Committee'
        names += found
    return names


def dash_fields(text: str) -> bool:
    """A line of three or more fields parted by dashes or bars ('X Commissioner – Accountability
    Board – 13 February 2018'): a running header, even where it changes from page to page."""
    return len(re.split(r"\s[–—|]\s", text)) >= 3


def wraps_onto(placed: PlacedLine, below: PlacedLine) -> bool:
    """Whether a heading line runs on into the next: same page, same font, the next line close under it."""
    line, next_line = placed.line, below.line
    return (
        placed.page is below.page
        and (round(line.size), line.bold) == (round(next_line.size), next_line.bold)
        and 0 <= next_line.top - line.bottom < line.size * 1.2
    )


def body_names(text: str, nouns: tuple[str, ...] | None = None, fields: bool = False) -> list[str]:
    """Every 'Xxx and Yyy Board/Committee/Panel…' in a text, without a leading 'Minutes of the' or 'Agenda for'.

    The name is read leftwards from its noun through capitalised words and connectors ('and', 'of'),
    and kept as printed (commas included) between its first word and its noun. In a running
    header (`fields`) a dash or bar parts fields ('X Commissioner – Scrutiny Board – 4 June'),
    so a name stops there; in a title the same dash may join an organisation to its board's name."""
    words = WORDS()
    nouns_set = set(nouns or words.body_nouns)
    connectors, stops = set(words.body_connectors), set(words.body_stop_words)
    tokens = list(re.finditer(r"[\w&'’-]+", text))
    names = []
    for index, token in enumerate(tokens):
        if token.group().lower() not in nouns_set or not token.group()[0].isupper():
            continue
        start = index
        while start > 0 and index - start < MAX_BODY_WORDS:
            previous = tokens[start - 1].group()
            if previous.lower() in stops or not (previous[0].isupper() or previous.lower() in connectors):
                break
            if fields and re.search(r"[–—:|]|\s-\s", text[tokens[start - 1].end() : tokens[start].start()]):
                break
            start -= 1
        while start < index and tokens[start].group().lower() in connectors:
            start += 1
        if start < index:
            names.append(layout.canonical_body(text[tokens[start].start() : token.end()]))
    return names


def fullest_body(names: Sequence[str | None]) -> str | None:
    """The first name found, or a later one that extends it ('Strategic Board' -> 'Westmere Strategic Board')."""
    chosen = None
    for name in filter(None, names):
        if chosen is None or (len(name) > len(chosen) and name.lower().endswith(" " + chosen.lower())):
            chosen = name
    return chosen


# --- item columns ------------------------------------------------------------------------


@cache
def words_in(phrase: str) -> re.Pattern:
    """`phrase` standing as whole words of a header key (compiled once per synonym)."""
    return re.compile(rf"(?:^|\s){re.escape(phrase)}(?:\s|$)")


SYNONYM_FIELDS: dict[str, object] = {}  # the vocabulary the table was built from, and the table


def synonym_fields() -> dict[str, tuple[str, ...]]:
    """Each column synonym and the fields it names, built again when the vocabulary is reloaded
    (a user's vocabulary file adds synonyms)."""
    words = WORDS()
    if SYNONYM_FIELDS.get("words") is not words:
        found: dict[str, tuple[str, ...]] = {}
        for name, phrases in words.column_synonyms.items():
            for phrase in phrases:
                found[phrase] = (*found.get(phrase, ()), name)
        SYNONYM_FIELDS.update(words=words, table=found)
    return cast(dict[str, tuple[str, ...]], SYNONYM_FIELDS["table"])


def column_fields(cells: list[str], exact: bool = False) -> list[str | None]:
    """Header cells -> the field of each column ('number', 'title', 'presenter', 'time', 'paper').

    'Item' is the number column beside a Subject/Title column, and the title column where there
    is none; every other cell takes the field whose synonym it matches longest. A header is a few
    words: a longer cell is content, and with `exact` (unruled lines, where any sentence could
    pass) a cell must be a synonym itself."""
    synonyms = WORDS().column_synonyms
    fields: list[str | None] = []
    for cell in cells:
        key = layout.header_key(cell)
        if not key or len(key.split()) > HEADER_WORDS:
            scored: list[tuple[int, str]] = []
        elif exact:  # the cell is a synonym itself: looked up, not searched for (a line's every run asks)
            scored = sorted(((len(key), f) for f in synonym_fields().get(key, ())), reverse=True)
        else:
            scored = sorted(
                ((len(p), f) for f, phrases in synonyms.items() for p in phrases if words_in(p).search(key)),
                reverse=True,
            )
        best = [f for length, f in scored if length == scored[0][0]] if scored else []
        fields.append("item" if {"number", "title"} <= set(best) else (best[0] if best else None))
    item_means = "number" if "title" in fields else "title"
    fields = [item_means if f == "item" else f for f in fields]
    seen: set[str] = set()
    unique = []
    for f in fields:
        unique.append(f if f and f not in seen else None)
        seen.add(f or "")
    return unique


def is_item_header(fields: list[str | None]) -> bool:
    named = {f for f in fields if f}
    return "title" in named and len(named & {"number", "presenter", "time", "paper"}) >= 1


OTHER_COLUMN = "other"  # a header cell naming a field another column already holds


@dataclass(frozen=True)
class Columns:
    """Where each column of an unruled agenda starts, from its header line."""

    starts: tuple[tuple[float, str | None], ...]
    right: float | None = None  # where a presenter column set flush right ends, if it is one

    def field_at(self, x: float) -> str | None:
        field_name = self.starts[0][1]
        for start, name in self.starts:
            if x >= start - COLUMN_SLACK:
                field_name = name
        return field_name


def column_header(line: Line) -> Columns | None:
    """A line such as 'Item    Presented by' or 'No.  Subject  Lead  Paper' that heads an unruled agenda."""
    # Header cells may stand closer than a column gap ('Item  Subject'), never as close as a space.
    for gap in (TITLE_GAP, line.size * HEADER_GAP_SHARE):
        runs = layout.split_on_gaps(line, gap)
        if len(runs) < 2:
            continue
        texts = [layout.words_text(r) for r in runs]
        if not all(layout.header_key(t) in synonym_fields() for t in texts):
            continue  # a cell that is no synonym: `column_fields` would leave it None (asked of every line)
        fields = column_fields(texts, exact=True)
        if is_item_header(fields):
            # every cell is a synonym, so a cell left without a field names one a column before it
            # took ('Purpose' and 'Paper'): a column of its own, read for nothing, not the title's
            return Columns(tuple((r[0].x0, f or OTHER_COLUMN) for r, f in zip(runs, fields)))
    return None


# --- items ----------------------------------------------------------------------------


@dataclass
class ItemDraft:
    number: str
    title_parts: list[str]
    page: Page
    top: float
    presenter: str | None = None
    side_text: str | None = None  # a right-hand column on the item's line
    section: str | None = None
    time_text: str | None = None
    paper_text: str | None = None
    style: tuple[bool, float] = (False, 0.0)
    x0: float = 0.0  # where the title starts
    closed: bool = False  # a section heading came after it
    described: bool = False  # a description line came after its title
    boxes: list = field(default_factory=list)

    def record(self, heading: Heading, meeting_date: str, context: Context) -> AgendaItem:
        title = re.sub(r"\s+", " ", " ".join(self.title_parts)).strip()
        return AgendaItem(
            body=heading.body,
            meeting_date=meeting_date,
            item_number=self.number,
            title=title.rstrip(".").strip(),
            presenter_text=self.presenter or self.side_text,
            source=context.source(self.page, merge_bbox(self.boxes)),
            section_text=self.section,
            time_text=self.time_text,
            paper_text=self.paper_text,
        )


# --- ruled tables


@dataclass
class AgendaTable:
    page: Page
    table: Table
    fields: list[str | None]
    first_row: int  # the first row of items (after the header, if the table has one)


def agenda_tables(pages: list[Page]) -> list[AgendaTable]:
    """Ruled tables headed by item columns; a headless table on a later page continues the one before."""
    found: list[AgendaTable] = []
    for page in pages:
        for table in page.tables:
            header, fields = next(
                ((i, f) for i in range(len(table.rows[:2])) if (f := headed_fields(table, i))), (None, None)
            )
            if header is not None and fields:
                found.append(AgendaTable(page, table, fields, header + 1))
            elif found and found[-1].page is not page and len(table.rows[0]) == len(found[-1].fields):
                found.append(AgendaTable(page, table, found[-1].fields, 0))
            elif fields := headless_fields(table):
                found.append(AgendaTable(page, table, fields, 0))
    return found


def headed_fields(table: Table, header: int) -> list[str | None] | None:
    """The fields of a table whose row `header` names item columns. A number column the header
    leaves unnamed ('#', blank) is known by its cells: most rows hold an item number there."""
    fields = column_fields([layout.cell_text(c) for c in table.rows[header]])
    if "title" not in fields or "number" in fields:
        return fields if is_item_header(fields) else None
    rows = [[layout.cell_text(c) for c in row] for row in table.rows[header + 1 :]]
    filled = [r for r in rows if sum(1 for c in r if c) > 1]
    for column, name in enumerate(fields):
        numbered = sum(1 for r in filled if column < len(r) and item_number_text(r[column]))
        if name in (None, "time") and filled and numbered >= HEADLESS_SHARE * len(filled):
            return fields[:column] + ["number"] + fields[column + 1 :]
    return fields if is_item_header(fields) else None


def headless_fields(table: Table) -> list[str | None] | None:
    """A ruled table without a header whose rows are numbered: the number column, the title right of it,
    the presenter right of that; a column of times left of the numbers is the time."""
    rows = [[layout.cell_text(c) for c in row] for row in table.rows]
    width = max((len(r) for r in rows), default=0)
    filled = [r for r in rows if any(r)]
    for column in range(width - 1):
        numbered = sum(1 for r in filled if len(r) > column + 1 and item_number_text(r[column]) and r[column + 1])
        if numbered >= max(HEADLESS_ROWS, HEADLESS_SHARE * len(filled)):
            fields: list[str | None] = [None] * width
            fields[column], fields[column + 1] = "number", "title"
            if column + 2 < width:
                fields[column + 2] = "presenter"
            if column and all(start_time(r[column - 1]) for r in filled if item_number_text(r[column])):
                fields[column - 1] = "time"
            return fields
    return None


def table_items(tables: list[AgendaTable], context: Context) -> list[ItemDraft]:
    items: list[ItemDraft] = []
    section = None
    for agenda in tables:
        for index in range(agenda.first_row, len(agenda.table.rows)):
            cells = [layout.cell_text(c) for c in agenda.table.rows[index]]
            filled = [c for c in cells if c]
            if len(filled) == 1 and not item_token(filled[0]):
                section = filled[0]  # a row spanning the table: PART 1 / PART 2 (exempt)
                continue
            if filled:
                draft = table_row_item(agenda, index, context)
                if draft:
                    draft.section = section
                    items.append(draft)
    return items


def table_row_item(agenda: AgendaTable, index: int, context: Context) -> ItemDraft | None:
    raw = agenda.table.rows[index]
    cells = [layout.cell_text(c) for c in raw]
    value = {f: c for f, c in zip(agenda.fields, cells) if f}
    title, presenter_line = title_and_presenter_line(
        raw[agenda.fields.index("title")] if "title" in agenda.fields else ""
    )
    number = item_number_text(value.get("number", ""))
    if number is None:
        number, title = layout.leading_number(title)
    number = layout.clean_number(number)
    if number is None:
        context.problem(agenda.page.number, "agenda", "agenda table row without an item number", " | ".join(cells))
        return None
    box = row_box(agenda.table, index)
    return ItemDraft(
        number,
        [title],
        agenda.page,
        box[1],
        presenter=value.get("presenter") or presenter_line,
        time_text=value.get("time") or None,
        paper_text=value.get("paper") or None,
        boxes=[box],
    )


def title_and_presenter_line(cell: str | None) -> tuple[str, str | None]:
    """A title cell whose last line says who brings it ('Estates strategy\nReport from the Treasurer')."""
    lines = [line.strip() for line in (cell or "").split("\n") if line.strip()]
    if len(lines) > 1 and matches_any(WORDS().presenter_patterns, lines[-1] + " "):
        return layout.cell_text("\n".join(lines[:-1])), lines[-1]
    return layout.cell_text(cell), None


def item_number_text(text: str) -> str | None:
    """'3', '3.1.', 'Item 3', '(3)' -> the number as printed; anything else is no number."""
    words = text.split()
    while len(words) >= 2 and words[0].lower().rstrip(":") in WORDS().item_prefix_words:
        words.pop(0)
    return item_token(words[0]) if len(words) == 1 else None


def row_box(table: Table, index: int) -> BBox:
    tops = list(table.row_tops)
    if len(tops) != len(table.rows):
        return table.bbox
    bottom = tops[index + 1] if index + 1 < len(tops) else table.bbox[3]
    return (table.bbox[0], tops[index], table.bbox[2], bottom)


def lines_outside(pages: list[Page], tables: list[AgendaTable]) -> list[PlacedLine]:
    """The part's body lines, less those inside agenda tables (read as cells instead)."""

    def inside(page: Page, line: Line) -> bool:
        # by the line's middle: a row set just under a table of its header alone starts at the
        # table's bottom edge, and is outside it
        middle = (line.top + line.bottom) / 2
        return any(
            t.page is page
            and t.table.bbox[1] - 1 <= middle <= t.table.bbox[3] + 1
            and t.table.bbox[0] - 1 <= line.x0 <= t.table.bbox[2]
            for t in tables
        )

    return [PlacedLine(page, line) for page in pages for line in page.lines if not inside(page, line)]


# --- numbered lines


class ListReader:
    """Numbered agenda lines: items, their wrapped titles, presenters and sections, in reading order."""

    def __init__(self, lines: list[PlacedLine]):
        self.items: list[ItemDraft] = []
        self.anchors: list[tuple[int, float]] = []  # where items or their column header begin
        # Without a header line, columns may still show in the alignment of the item lines.
        self.columns: Columns | None = aligned_columns(lines)
        self.section: str | None = None
        self.restart: PlacedLine | None = None  # where numbering restarts on a later page
        self.parent: str | None = None  # the item a lettered or Roman sub-item stands under
        self.letter: str | None = None  # the last lettered sub-item under it ('5a')
        self.contents: Page | None = None  # the page whose contents list is being passed over
        for placed in lines:
            if self.restart is None and not self.in_contents(placed):
                self.absorb(placed)

    def in_contents(self, placed: PlacedLine) -> bool:
        """A pack's list of contents ('Contents' / 'Item 2 – Minutes …   3'), to the end of its page:
        the papers and their pages, not the agenda's items, which the agenda lists after it."""
        if matches_any(WORDS().contents_patterns, placed.text.strip()):
            self.contents = placed.page
            return True
        return self.contents is placed.page

    def absorb(self, placed: PlacedLine) -> None:
        """A line heads columns, opens a section, starts an item, names a presenter or wraps a title."""
        line = placed.line
        if columns := column_header(line):
            self.columns = columns
            self.anchors.append((placed.page.number, line.top))
            return
        start = item_start(line)
        if start is not None and start[2] is None and self.time_in_its_column(line):
            # '12.15   Close': a time in the Time column with no item beside it ends the item above
            if self.items:
                self.items[-1].closed = True
            return
        if start is not None:
            self.parent, self.letter = start[0], None
        elif self.items and not self.items[-1].closed and (sub := sub_item_start(line)):
            start = (self.sub_number(sub[0]), sub[1], None)
        if start is None and matches_any(WORDS().section_patterns, line.text):
            self.section = line.text.strip()
            if self.items:
                self.items[-1].closed = True  # nothing under a section heading belongs to the item above
            return
        if start is not None and self.restarts(placed, start[0]):
            self.restart = placed
        elif start is not None:
            self.start_item(placed, *start)
        elif self.items:
            self.continue_item(self.items[-1], placed)

    def time_in_its_column(self, line: Line) -> bool:
        """The line opens with a time standing in a Time column left of the item numbers' column."""
        if self.columns is None or not line.words:
            return False
        names = [name for _, name in self.columns.starts]
        first = line.words[0]
        return (
            "time" in names
            and "number" in names
            and names.index("time") < names.index("number")
            and self.columns.field_at(first.x0) == "time"
            and matches_any(WORDS().time_prefix_patterns, first.text)
        )

    def start_item(self, placed: PlacedLine, number: str, words: list[Word], time_text: str | None) -> None:
        cells = self.cells(words)
        title_words = cells.get("title", [])
        side, paper = side_text(cells), text_of(cells.get("paper")) or paper_after_presenter(cells)
        if side and is_paper_reference(side):
            side, paper = None, paper or side  # '(Pages 9 - 20)', 'Report B' beside a title name its paper
        title, mark = title_and_paper_mark(layout.words_text(title_words))
        draft = ItemDraft(
            number,
            [title],
            placed.page,
            placed.line.top,
            side_text=side,
            section=self.section,
            time_text=time_text or text_of(cells.get("time")),
            paper_text=paper or mark,
            style=style_of(title_words),
            x0=title_words[0].x0 if title_words else placed.line.x0,
            boxes=[placed.line.bbox],
        )
        self.items.append(draft)
        self.anchors.append((placed.page.number, placed.line.top))

    def sub_number(self, token: str) -> str:
        """A sub-item's number under its item: a letter joins it ('5' + '(a)' -> '5a'), a Roman numeral
        is kept in brackets under the item or its lettered part ('5a' + 'ii)' -> '5a(ii)'). An 'i'
        after 'h' (or a 'v' after 'u', an 'x' after 'w') is a letter."""
        follows_letter = self.letter is not None and ord(token) == ord(self.letter) + 1 if len(token) == 1 else False
        if ROMAN_LOWER.match(token) and not follows_letter:
            base = f"{self.parent}{self.letter}" if self.letter else self.parent
            return f"{base}({token})"
        self.letter = token
        return f"{self.parent}{token}"

    def restarts(self, placed: PlacedLine, number: str) -> bool:
        """An agenda counts up; numbering that falls back on a later page is another paper (minutes
        bound into the same part), whose paragraphs are not items."""
        if not self.items or placed.page is self.items[0].page:
            return False
        return top_number(number) < max(top_number(i.number) for i in self.items)

    def cells(self, words: list[Word]) -> dict[str, list[Word]]:
        """The words of an item line by column: header columns if known, else title then a gap."""
        if not words:
            return {}
        if self.columns is None:
            runs = layout.split_on_gaps(Line(tuple(words)), TITLE_GAP)
            return {"title": runs[0], "presenter": [w for r in runs[1:] for w in r]}
        if self.columns.right is not None:
            cut = last_wide_gap(words, max(w.size for w in words))
            if cut is not None and abs(words[-1].x1 - self.columns.right) <= 2:
                return {"title": words[:cut], "presenter": words[cut:]}
            return {"title": words}
        cells: dict[str, list[Word]] = {}
        for word in words:
            name = self.columns.field_at(word.x0)
            name = "title" if name in ("number", None) else name  # OTHER_COLUMN keeps its words apart
            cells.setdefault(name, []).append(word)
        if "time" in cells and not matches_any(WORDS().time_prefix_patterns, layout.words_text(cells["time"])):
            cells["title"] = cells.pop("time") + cells.get("title", [])  # no time: the title set wide
        return cells

    def continue_item(self, item: ItemDraft, placed: PlacedLine) -> None:
        line = placed.line
        if item.closed:
            return
        if (
            not "".join(item.title_parts).strip()
            and placed.page is item.page
            and line.top - item.boxes[-1][3] < line.size * 1.5
        ):
            self.title_below(item, line)
        elif item.presenter is None and matches_any(WORDS().presenter_patterns, line.text + " "):
            item.presenter = line.text.strip()
        elif matches_any(WORDS().description_patterns, line.text):
            item.described = True  # 'To confirm the minutes …': what is done with it, not who brings it
        elif item.described:
            return
        elif wraps_title(item, placed):
            cells = self.cells(list(line.words))
            item.title_parts.append(text_of(cells.get("title")) or "")
            if more := side_text(cells):
                item.side_text = f"{item.side_text} {more}" if item.side_text else more
            item.boxes.append(line.bbox)
        elif presents(item, placed):
            item.presenter = line.text.strip()
            item.boxes.append(line.bbox)

    def title_below(self, item: ItemDraft, line: Line) -> None:
        """A number alone on its line (a number column set higher than its title): the title is the line below."""
        cells = self.cells(list(line.words))
        words = cells.get("title") or list(line.words)
        item.title_parts = [layout.words_text(words)]
        item.style, item.x0 = style_of(words), words[0].x0
        item.side_text = item.side_text or side_text(cells)
        item.boxes.append(line.bbox)


ITEM_TOKEN = re.compile(
    r"^\(?(\d{1,2}(?:\.\d{1,2}){0,3}[a-z]?|\d{1,3}/\d{2})([.):]?)\)?$"
)  # '4', '4.1', '5.', '3)', '(3)', '2:', '5a', '39/20' (numbered through the municipal year)
ROMAN_TOKEN = re.compile(
    r"^\(?([IVX]{1,6})(?:\.|\)|(?<=[IVX])(?=$))\)?$"
)  # 'IV.', 'II)', '(III)': items numbered in Roman
SUB_TOKEN = re.compile(r"^(?:\(([a-z]{1,4})\)|([a-z]{1,4})[.)])$")  # '(a)', 'b)', 'c.', '(iv)', 'ii)'
ROMAN_LOWER = re.compile(r"^(?=[ivx])m{0,3}(?:c[md]|d?c{0,3})(?:x[cl]|l?x{0,3})(?:i[xv]|v?i{0,3})$")
ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def item_token(text: str) -> str | None:
    """An item number as printed, without its stop ('4.1.' -> '4.1', '(3)' -> '3', 'IV.' -> 'IV'), or None.
    A Roman number needs its stop or brackets: a bare 'I' opens a sentence."""
    if match := ITEM_TOKEN.match(text):
        return match.group(1)
    roman = ROMAN_TOKEN.match(text)
    if roman and text != roman.group(1) and ROMAN_LOWER.match(roman.group(1).lower()):
        return roman.group(1)
    return None


def sub_item_token(text: str) -> str | None:
    """A lettered or Roman sub-item's mark ('(a)', 'b)', 'c.', '(ii)') -> 'a', 'b', 'c', 'ii'; a Roman
    mark must be a well-formed numeral, a letter a single one."""
    match = SUB_TOKEN.match(text)
    token = match and (match.group(1) or match.group(2))
    if not token or (len(token) > 1 and not ROMAN_LOWER.match(token)):
        return None
    return token


def sub_item_start(line: Line) -> tuple[str, list[Word]] | None:
    """The mark and the words after it, if the line opens a lettered or Roman sub-item."""
    words = list(line.words)
    token = sub_item_token(words[0].text) if len(words) >= 2 else None
    return (token, words[1:]) if token else None


def roman_value(numeral: str) -> int:
    values = [ROMAN_VALUES[c] for c in numeral.lower()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def top_number(number: str) -> int:
    """'5.1' -> 5, '4a' -> 4, '5(ii)' -> 5, 'IV' -> 4."""
    if digits := re.match(r"\d+", number):
        return int(digits.group())
    roman = re.match(r"[IVXivx]+", number)
    return roman_value(roman.group()) if roman else 0


def title_and_paper_mark(title: str) -> tuple[str, str | None]:
    """A title without the bracket run on after it that says where or whether its paper is
    ('Fleet review (page 12)', 'Estates plan (to follow)'): that is the item's paper, not its title."""
    found = re.search(r"\(([^()]{1,40})\)\s*$", title)
    if found is None or not title[: found.start()].strip():
        return title, None
    mark = found.group().strip()
    words = WORDS()
    if matches_any(words.page_reference_patterns + words.paper_status_patterns, mark):
        return title[: found.start()].rstrip(), mark
    if matches_any(words.paper_mark_patterns, found.group(1).strip()):
        return title[: found.start()].rstrip(), found.group(1).strip()  # 'Action log (Paper B)'
    return title, None


def is_paper_reference(text: str) -> bool:
    """Pages of the pack ('(Pages 9 - 20)', '1 - 6') or a paper's mark ('Report B'): a paper, not a presenter."""
    words = WORDS()
    return matches_any(words.page_reference_patterns + words.page_range_patterns + words.paper_mark_patterns, text)


def aligned_columns(lines: list[PlacedLine]) -> Columns | None:
    """Columns of a header-less list: x positions where, after a gap wider than a space, a word starts
    on at least half the item lines (and on ALIGNED_ITEMS of them). Text from the first such x is the
    presenter ('Welcome   Chair'), from a later one the paper; a title's own words never align so."""
    starts = [(placed.line, start) for placed in lines if (start := item_start(placed.line)) and start[1]]
    if len(starts) < ALIGNED_ITEMS:
        return None
    counts: Counter[int] = Counter()
    for line, (_, words, _) in starts:
        counts.update(
            {
                round(word.x0)
                for previous, word in zip(words, words[1:])
                if word.x0 - previous.x1 >= line.size * ALIGNED_GAP_SHARE
            }
        )
    needed = max(ALIGNED_ITEMS, len(starts) / 2)
    if (right := flush_right_edge(starts, needed)) is not None:
        title_x = min(words[0].x0 for _, (_, words, _) in starts)
        return Columns(((title_x, "title"),), right)
    edges = sorted(x for x, count in counts.items() if count >= needed)
    if not edges:
        return None
    title_x = min(words[0].x0 for _, (_, words, _) in starts)
    names = ["presenter"] + ["paper"] * (len(edges) - 1)
    return Columns(((title_x, "title"),) + tuple(zip(map(float, edges), names)))


def flush_right_edge(starts: list, needed: float) -> float | None:
    """Where a presenter column set flush right ends: the last run after a wide gap ends at one x
    on nearly every item line that has such a run, while the runs start at many x (their names
    differ in length), so no left edge aligns them."""
    ends: Counter[int] = Counter()
    lefts: Counter[int] = Counter()
    gapped = 0
    for line, (_, words, _) in starts:
        cut = last_wide_gap(words, line.size)
        if cut is None:
            continue
        gapped += 1
        ends[round(words[-1].x1)] += 1
        lefts[round(words[cut].x0)] += 1
    if not ends or gapped < needed:
        return None
    edge, count = ends.most_common(1)[0]
    flush = sum(c for x, c in ends.items() if abs(x - edge) <= 1)
    return float(edge) if flush >= 0.8 * gapped and len(lefts) > 1 and max(lefts.values()) < flush else None


def last_wide_gap(words: list[Word], size: float) -> int | None:
    """The index of the word after the last gap wider than a space, if any."""
    cuts = [i for i in range(1, len(words)) if words[i].x0 - words[i - 1].x1 >= size * ALIGNED_GAP_SHARE]
    return cuts[-1] if cuts else None


def item_start(line: Line) -> tuple[str, list[Word], str | None] | None:
    """The item number, the words after it, and a time printed before it, if the line opens an item."""
    words, time_text = strip_time_prefix(list(line.words))
    prefix = WORDS().item_prefix_words
    labelled = False
    while len(words) >= 2 and words[0].text.lower().rstrip(":") in prefix:
        words.pop(0)  # 'Item 3  Finance report', 'Agenda item 3'
        labelled = True
    first = words[0]
    number = item_token(first.text)
    if number is None:
        return None
    rest = words[1:]
    # '10.30 am' on a cover is a time, not item 10.30.
    if rest and rest[0].text.lower().rstrip(",.;") in WORDS().time_suffixes:
        return None
    # A bare integer with no stop and no column gap is more likely a wrapped date or count,
    # unless a printed time stands before it ('13:00   1 Welcome'): then it numbers the item.
    if (
        first.text == number
        and number.isdigit()
        and rest
        and rest[0].x0 - first.x1 < 8
        and time_text is None
        and not labelled  # 'Item 3 Budget': the label says it is a number
    ):
        return None
    return number, rest, time_text


def strip_time_prefix(words: list[Word]) -> tuple[list[Word], str | None]:
    """'09:30  1  Welcome' or '10.00 – 10.10  2  Minutes': the time of a timed agenda, set aside."""
    if len(words) < 3 or not matches_any(WORDS().time_prefix_patterns, words[0].text):
        return words, None
    lead = 1
    words_between = WORDS().time_joiners + WORDS().time_suffixes
    while lead < len(words) - 1 and (
        words[lead].text.lower() in words_between or matches_any(WORDS().time_prefix_patterns, words[lead].text)
    ):
        lead += 1
    number_at = lead
    while number_at < len(words) - 1 and words[number_at].text.lower().rstrip(":") in WORDS().item_prefix_words:
        number_at += 1  # '10.30 – 10.40  Item 1  Welcome'
    if item_token(words[number_at].text) is None or number_at + 1 >= len(words):
        return words, None
    return words[lead:], layout.words_text(words[:lead])


def wraps_title(item: ItemDraft, placed: PlacedLine) -> bool:
    """A wrapped title line sits just under the item's last line, no further left than its number,
    in the title's own style (a presenter or description line is set otherwise)."""
    if item.presenter is not None or placed.page is not item.page:
        return False
    line, last = placed.line, item.boxes[-1]
    close = line.top - last[3] < line.size and line.x0 >= min(item.x0, item.boxes[0][0]) - 3
    return close and style_of(list(line.words)) == item.style


def presents(item: ItemDraft, placed: PlacedLine) -> bool:
    """A short line just under the title, set in another style, names who brings the item."""
    if item.presenter is not None or placed.page is not item.page:
        return False
    line, last = placed.line, item.boxes[-1]
    return (
        line.top - last[3] < line.size * 1.2
        and line.x0 >= item.x0 - 3
        and len(line.words) <= PRESENTER_WORDS
        and not line.text.rstrip().endswith(".")
    )


def style_of(words: list[Word]) -> tuple[bool, float]:
    if not words:
        return (False, 0.0)
    return (sum(w.bold for w in words) * 2 > len(words), round(max(w.size for w in words)))


def text_of(words: list[Word] | None) -> str | None:
    return layout.words_text(words) if words else None


def side_text(cells: dict[str, list[Word]]) -> str | None:
    """The presenter column of an item line; of several runs, the first (a later one is a paper reference)."""
    words = cells.get("presenter")
    if not words:
        return None
    return layout.words_text(layout.split_on_gaps(Line(tuple(words)), TITLE_GAP)[0])


def paper_after_presenter(cells: dict[str, list[Word]]) -> str | None:
    """A run right of the presenter with no column of its own names the paper ('Chair    Paper 1')."""
    words = cells.get("presenter")
    runs = layout.split_on_gaps(Line(tuple(words)), TITLE_GAP) if words else []
    return " ".join(layout.words_text(r) for r in runs[1:]) or None
