"""Read a meeting's minutes or notes: the meeting, who attended, what was decided, what was actioned.

Takes a `minutes` part (body lines across its pages, ruled tables) and the `Context`;
yields
- `MeetingMention(origin='minutes')` from the heading, in any of its forms: label-value lines (Date
  / Time / Venue / Status, the value beside the label or in a row below it), a running sentence
  ("Minutes of a meeting of the X Panel held at Y on <date> at 10.30 am"), or one line with date,
  time and venue set apart by bars; the date is the one the "held on" sentence gives, never that of
  a line about the record's own approval; the body is the fullest name the heading prints (an
  authority's committee on the line below it takes the authority's name first; else the name of its
  meeting: "X Accountability Meeting"); the status is 'approved' for an approval mark (Status:
  Approved, a confirmation note such as "Minutes approved by the Committee at its meeting on …", a
  filled-in signature, an APPROVED or "Confirmed minutes" title), else 'draft';
- `MeetingMention(origin='approval')` for each earlier meeting whose minutes are approved here;
- `Attendee`s from the attendance block (see `extractors.attendance`; a table ruled or set in
  whitespace columns, its ticks and letters read by the key printed with it; 'Attendees' after a
  members' label are the officers in attendance), prose apologies and substitutes, each person
  once;
- `Decision`s: sentences whose subject is the body or the Commissioner with a simple-past decision
  verb (in any case: "The Panel RESOLVED"), RESOLVED blocks (one per block, parts (a)(b) or "1."
  "2." at the margin included), AGREED/NOTED openings, bulleted points, the Decision column of grid
  minutes and a decisions log table, a decision label alone over a list ("Agreed:" / "- …;" / "-
  …."; a bulleted list gives one decision per bullet, of its own verb or else the stronger of the
  label's and the one it opens with: "• to approve …"); a capitalised heading set in a column
  beside the text is not part of it; a "DECISION:" label is left out of the text; keyed by the
  minute number as printed ("23/19", "18", "4.2", "PCP 14/21"; a label such as "Item 5 –", "Item
  4:" or "Minute No. 12" and the brackets of "(4)" dropped), null where the minutes are unnumbered;
- `ActionSighting(origin='minutes')`s: each "Action:" / "ACTION –" item (consecutive ones kept
  apart, ending with a sentence on a line that was not wrapped or with its owner in brackets; an
  owner before or after a dash, in brackets at either end, or the post it opens with ("Head of
  Estates to …"), read as the owner), an action tagged at the end of a minute's sentence ("… by
  district (Action: CFO)."), the Action column of a grid, an action table ruled or set in
  whitespace columns; owners given by initials that the attendance list defines are resolved to the
  people (`owner_names`).

Paragraphs are found from layout: a line whose first word is a minute number near the left
margin (or a text column's) starts one; a heading, a blank line's space or the top of the next
text column starts an unnumbered block; other lines continue it, across page breaks; a pack's
bare 'Item 2' above the heading numbers no minute. A diagonal watermark's letters are dropped
and two text columns are read one after the other, below a heading set across the full width.
The words of all this are in `pipeline/data/vocabulary/minutes.json`; nothing here knows a
body, a person or a meeting.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from pipeline import layout, vocabulary
from pipeline.dates import find_dates, parse_date, parse_time, resolve_relative
from pipeline.ids import normal_text
from pipeline.records import (
    ActionSighting,
    Attendee,
    Decision,
    DocumentPart,
    Line,
    MeetingMention,
    Page,
    Table,
    Word,
)

from .action_log import any_match, closed_word, open_word
from .attendance import (
    BlockReader,
    Entry,
    PeopleReader,
    attendance_table,
    column_label,
    label_alone,
    label_key,
    read_table,
    row_bbox,
    section_label_pattern,
    wrapped,
)
from .base import (
    Context,
    Evidence,
    PlacedLine,
    head_lines,
    lines_matching,
    merge_bbox,
    part_lines,
    strongest,
    title_lines,
    typical_size,
)

STAGE = "minutes"

# --- wording ------------------------------------------------------------------------

ADVERB = r"(?:\s+(?:also|then|formally|unanimously|further|duly|subsequently|therefore|fully))?"
# The board or the Commissioner (vocabulary: decision_subjects) is the subject, optionally
# with a "(the “Board”)" gloss. A subject opens the sentence, or a later clause with its article ("… and the Board noted"),
# so "Office of the Police and Crime Commissioner noted" does not make the Commissioner one.
# A short phrase of circumstance may open the clause, without a comma: 'After discussion the
# Committee approved …', '… and with that change the Board approved …'.
CLAUSE_START = (
    r"(?:^(?:(?i:the)\s+)?|(?:(?<=\band\s)|(?<=,\s)|(?<=;\s)|(?<=\bthat\s)|(?<=\bthen\s))"
    r"(?i:the)\s+|(?:^|(?<=\band\s))(?i:after|following|with|upon)\s+\w[^.;:,]{0,40}?\s+(?i:the)\s+)"
)
ABBREVIATIONS = {
    "e.g",
    "i.e",
    "mr",
    "mrs",
    "ms",
    "dr",
    "no",
    "st",
    "cllr",
    "etc",
    "approx",
    "ref",
    "para",
    "vs",
    "supt",
    "insp",
    "det",
    "ch",
}
SENTENCE_BREAK = re.compile(r"(?<=[.!?])[”\"’)]?\s+(?=[A-Z“\"‘(\d])")
MARGIN_LABEL_GAP = 15.0  # points: a label this far from its text stands in a margin column of its own
ITEM_MARKER = re.compile(r"^(?:\(?(?:[ivx]{1,5}|[a-h])\)|[ivx]{1,5}\.|[•●▪◦·–-])\s*(?=\S)", re.I)
MINUTES_APPROVAL = re.compile(r"\bminutes\b|\bnotes\b", re.I)


@dataclass(frozen=True)
class MinutesWords:
    """The minutes vocabulary (pipeline/data/vocabulary/minutes.json)."""

    title_patterns: tuple[str, ...]
    attendance_labels: tuple[str, ...]
    sections: dict[str, str]
    section_patterns: dict[str, str]
    sections_beside_members: dict[str, str]  # a general label's meaning where members have a label of their own
    general_labels: tuple[str, ...]  # labels over everyone who came ('Attendees'), not the members alone
    attending_role_patterns: tuple[str, ...]  # posts that attend rather than sit ('Head of …', '… Manager')
    member_role_patterns: tuple[str, ...]  # posts that sit on the board however they are worded
    attendance_values: dict[str, str]
    apologies_prose_patterns: tuple[str, ...]
    substitute_patterns: tuple[str, ...]
    apologies_after_name_patterns: tuple[str, ...]  # 'Councillor A Person had sent her apologies'
    substitute_clause_patterns: tuple[str, ...]  # 'Cllr A, for whom Cllr B was substitute' inside an apologies list
    also_attending_patterns: tuple[str, ...]  # '…, with A and B also in attendance' ending a list of those present
    honorifics: tuple[str, ...]
    plural_honorifics: tuple[str, ...]
    rank_patterns: tuple[str, ...]
    role_words: tuple[str, ...]
    organisation_suffixes: tuple[str, ...]  # 'LLP', 'Ltd' after capitalised words: a firm, not a person
    draft_words: tuple[str, ...]
    approved_words: tuple[str, ...]
    approval_note_patterns: tuple[str, ...]
    meeting_date_cue_patterns: tuple[str, ...]  # a heading line saying when the meeting was held
    signature_patterns: tuple[str, ...]
    heading_labels: dict[str, str]
    body_nouns: tuple[str, ...]
    parent_body_nouns: tuple[str, ...]  # bodies whose committees take their name (a fire or combined authority)
    meeting_nouns: tuple[str, ...]
    record_words: tuple[str, ...]
    decision_verbs: tuple[str, ...]
    considering_verbs: tuple[str, ...]  # verbs of hearing an item joined to a decision ('considered and approved')
    decision_subjects: tuple[str, ...]
    opening_patterns: dict[str, str]
    decision_label_patterns: tuple[str, ...]
    list_opening_patterns: tuple[str, ...]  # a decision label alone over a list of what was decided ('Agreed:')
    decision_infinitives: dict[str, str]  # 'to approve' under a decision label decides as 'approved'
    resolved_patterns: tuple[str, ...]
    body_label_patterns: tuple[str, ...]  # 'Minutes:' alone over the minute's text
    action_label_patterns: tuple[str, ...]
    action_field_patterns: dict[str, str]
    action_tag_patterns: tuple[str, ...]  # an action's owner tagged at the end of a minute's sentence
    trailing_action_patterns: tuple[str, ...]  # 'Action – TS (14/06/2023)' after the sentence it makes an action
    bracket_not_owner_words: tuple[str, ...]  # a bracket at an action's end opening so is no owner ('(see Appendix B)')
    minute_number_patterns: tuple[str, ...]
    minute_label_pattern: str
    minute_prefix_pattern: str
    headed_reference_patterns: tuple[str, ...]  # 'AC/23/07': a minute number only heading a minute
    next_meeting_patterns: tuple[str, ...]
    columns: dict[str, tuple[str, ...]]
    narrow_owner_columns: tuple[str, ...]  # a last column that holds owners where it is narrow ('Action')
    undated_deadline_words: tuple[str, ...]  # a deadline that names no day ('TBC'), under an owner in a margin
    attendee_columns: dict[str, tuple[str, ...]]
    bullet_patterns: tuple[str, ...]


WORDS = vocabulary.loader("minutes", MinutesWords)


@cache
def compiled() -> Compiled:
    return Compiled(WORDS())


class Compiled:
    """The vocabulary's patterns, compiled once."""

    def __init__(self, words: MinutesWords):
        self.words = words
        self.minute_numbers = [re.compile(p, re.I) for p in words.minute_number_patterns]
        self.minute_label = re.compile(words.minute_label_pattern, re.I)
        self.minute_prefix = re.compile(words.minute_prefix_pattern)
        self.headed_references = [re.compile(p) for p in words.headed_reference_patterns]
        self.resolved = [re.compile(p, re.I) for p in words.resolved_patterns]
        self.body_labels = [re.compile(p, re.I) for p in words.body_label_patterns]
        # a resolution's opening anywhere in a line ('The Panel RESOLVED that:')
        self.resolved_opening = [re.compile(r"\b" + p.lstrip("^"), re.I) for p in words.resolved_patterns]
        self.openings = {verb: re.compile(p) for verb, p in words.opening_patterns.items()}
        self.decision_label = [re.compile(p, re.I) for p in words.decision_label_patterns]
        self.action_labels = [re.compile(p, re.I) for p in words.action_label_patterns]
        self.next_meeting = [re.compile(p, re.I) for p in words.next_meeting_patterns]
        self.apologies = [re.compile(p, re.I) for p in words.apologies_prose_patterns]
        self.approval_note = [re.compile(p, re.I) for p in words.approval_note_patterns]
        self.list_openings = [re.compile(p, re.I) for p in words.list_opening_patterns]
        self.action_tags = [re.compile(p, re.I) for p in words.action_tag_patterns]
        self.trailing_actions = [re.compile(p, re.I) for p in words.trailing_action_patterns]
        self.meeting_date_cues = [re.compile(p, re.I) for p in words.meeting_date_cue_patterns]
        self.signature = [re.compile(p, re.I) for p in words.signature_patterns]
        self.substitute = [re.compile(p, re.I) for p in words.substitute_patterns]
        self.apologies_after_name = [re.compile(p, re.I) for p in words.apologies_after_name_patterns]
        self.substitute_clauses = [re.compile(p, re.I) for p in words.substitute_clause_patterns]
        self.bullets = [re.compile(p) for p in words.bullet_patterns]
        self.action_fields = {name: re.compile(p) for name, p in words.action_field_patterns.items()}
        self.people = PeopleReader(words)
        verbs = "|".join(words.decision_verbs)
        # a name may join its words with "and", "of", "&" or a comma ("Police, Fire and Crime Commissioner")
        subject = (
            r"(?:[A-Z][\w&’'-]*,?\s+(?:(?:and|of|for|&)\s+)?){0,6}?(?:"
            + "|".join(re.escape(w) for w in words.decision_subjects)
            + r")(?:\s*\([^)]{0,40}\))?"
        )
        # the verb may be set in capitals for emphasis ("The Panel RESOLVED that …")
        # 'The Board considered and approved …', 'The Committee considered the report and RESOLVED
        # that …': a verb of hearing the item, with what was heard, may stand before the decision
        considering = (
            r"(?:\s+(?i:"
            + "|".join(words.considering_verbs)
            + r")(?:\s+(?i:the|a|an|its|this|these)\s+[^.;:]{1,80}?)?\s+and)?"
        )
        self.deciding = re.compile(
            CLAUSE_START + subject + ADVERB + considering + ADVERB + r"\s+((?i:" + verbs + r"))\b"
        )
        self.coordinated = re.compile(r"(?:\band|,)" + ADVERB + r"\s+((?i:" + verbs + r"))\b")
        self.bare_verb = re.compile(r"^(" + verbs + r")\b", re.I)
        nouns = "|".join(re.escape(n) for n in words.body_nouns)
        # each word starts at a boundary (the look-behind), so a long token is scanned once; a comma
        # may join the words of a list ending 'and' ('X Police, Fire and Crime Panel')
        self.body = re.compile(
            r"((?:(?<![\w&’'-])[A-Z][\w&’'-]*(?:,(?=\s+[A-Z][\w&’'-]*\s+(?i:and)\s))?\s+(?:(?:and|of|for|&)\s+)?){0,7}?(?i:"
            + nouns
            + r"))\b"
        )
        self.draft = vocabulary.phrase_pattern(words.draft_words)
        self.approved = vocabulary.phrase_pattern(words.approved_words)

    def minute_number(self, token: str) -> bool:
        return any(p.match(token) for p in self.minute_numbers)

    def number_token(self, token: str, labelled: bool = False) -> str | None:
        """A minute number as one token prints it: bare ('4.2', '23/19'), in brackets ('(4)'), or
        after a label with a colon ('Item 4:'); the number without its marks, else None."""
        inner = token[1:-1] if token.startswith("(") and token.endswith(")") else token
        if labelled:
            inner = inner.rstrip(":")
        return layout.clean_number(inner) if self.minute_number(inner) else None

    def action_label(self, text: str) -> re.Match | None:
        return next((m for p in self.action_labels if (m := p.match(text))), None)


class MinutesExtractor:
    claims = "minutes"
    name = "minutes"
    reads = frozenset({"minutes"})
    yields = (MeetingMention, Attendee, Decision, ActionSighting)

    def recognise(self, pages: list[Page]) -> Evidence:
        words = WORDS()
        findings = [(0.9, f"title '{t}'") for t in title_lines(pages, words.title_patterns)[:1]]
        labels = vocabulary.phrase_pattern(words.attendance_labels)
        blocks = {m.group(0).lower() for t in lines_matching(pages, labels) if (m := labels.match(t))}
        if len(blocks) >= 2:
            findings.append((0.7, f"attendance labels {sorted(blocks)}"))
        if resolutions := [t for t in lines_matching(pages, (r"\bresolved\b",))]:
            findings.append((0.4, f"{len(resolutions)} 'resolved' lines"))
        grids = [
            cells
            for page in pages
            for table in page.tables
            # an unnumbered action table ('Minute' there is the reference column) is an action log's
            if (cells := minutes_grid_columns(table))
            and cells["number"] is not None
            and {"decision", "discussion"} & set(cells)
        ]
        if grids:
            findings.append((0.85, f"minutes table with columns {sorted(grids[0])}"))
        deciding = [line.text for page in pages for line in page.lines if decision_type(line.text.strip())]
        if len(deciding) >= 2:  # the body deciding in the past tense is what minutes record
            findings.append((0.55, f"{len(deciding)} decision sentences"))
        actions = [line.text for page in pages for line in page.lines if compiled().action_label(line.text.strip())]
        if head_attendance(pages, labels) and (resolutions or deciding or actions):
            # notes titled by the body alone ('X Strategic Board' / a date / 'Attendees: …') over
            # minuted business: who attended, then what was decided or actioned
            findings.append((0.6, "an attendance list at the head over decisions or actions"))
        return strongest(self.claims, findings)

    def extract(self, part: DocumentPart, pages: list[Page], context: Context) -> Iterator:
        if not pages:
            return
        pages = [clean_page(page) for page in pages]
        grids = continued_grids(
            pages,
            [
                (page, table, columns)
                for page in pages
                for table in page.tables
                if (columns := minutes_grid_columns(table))
            ],
        )
        lines = [
            pl
            for pl in part_lines(pages)
            if not any(page is pl.page and inside(pl.line, table) for page, table, _ in grids)
        ]
        lines, owners = split_owner_column(lines)
        lines, word_tables = split_word_tables(lines)
        margin = number_margin(lines)
        first_number = next(
            (i for i, pl in enumerate(lines) if paragraph_number(pl.line, margin) and not paper_label(lines, i)),
            len(lines),
        )
        entries, block_end = read_attendance(lines[:first_number], pages, context)
        if not entries:
            entries = attendance_in_first_item(lines[first_number:], margin, pages, context)
        label_at = first_label(lines[:first_number])
        head = lines[: min(first_number, label_at)]
        meeting = read_heading(head, lines, part, pages, context)
        if meeting is None:
            context.problem(
                pages[0].number,
                STAGE,
                "no meeting date in the minutes heading",
                " / ".join(pl.text for pl in lines[:6]),
            )
            return
        yield meeting.mention
        attendees = unique_attendees(entries, meeting, context)
        meeting.initials = {e.alias.upper(): e.name for e in entries if e.alias}
        yield from attendees
        start = first_number if first_number < len(lines) else (block_end or len(head))
        seen: set = set()
        meeting.owners = owners
        body = lines[start:]
        if (column := body_column(body)) is not None:
            body = beside_headings(body, column)
            margin = number_margin(body)
        records = self.body_records(body, margin, grids, meeting, context)
        for record in [*records, *(r for table in word_tables for r in read_word_table(table, meeting, context))]:
            key = dedupe_key(record)
            if key in seen:
                continue
            seen.add(key)
            if isinstance(record, Attendee) and known_attendee(record, attendees):
                continue
            if isinstance(record, Attendee):
                attendees.append(record)
            yield record

    def body_records(self, lines, margin, grids, meeting, context) -> Iterator:
        for paragraph in read_paragraphs(lines, margin):
            yield from read_paragraph(paragraph, meeting, context)
        for page, table, columns in grids:
            yield from read_grid(page, table, columns, meeting, context)


SUB_NUMBER = re.compile(r"^\d{1,2}\.\d{1,2}$")
COLUMN_GAP = 8.0  # points between a heading column and the text beside it: wider than a word space


def body_column(lines: list[PlacedLine]) -> float | None:
    """Where the minutes' text starts when each item's heading stands in a column at its left
    and the numbered paragraphs ('2.1', '2.2') beside it: the x of those numbers, set well right
    of the margin on three lines or more, at least one with the heading's words before it."""
    if not lines:
        return None
    left = min(pl.line.x0 for pl in lines)
    found: list[tuple[float, bool]] = []
    for placed in lines:
        words = placed.line.words
        for index, word in enumerate(words):
            gap_before = index == 0 or word.x0 - words[index - 1].x1 >= COLUMN_GAP
            if word.x0 >= left + 72 and gap_before and SUB_NUMBER.match(word.text):
                found.append((word.x0, index > 0))
                break
    if len(found) < 3:
        return None
    x = sorted(x for x, _ in found)[len(found) // 2]
    same = [beside for at, beside in found if abs(at - x) < 4]
    return x if len(same) >= 3 and any(same) else None


def beside_headings(lines: list[PlacedLine], column: float) -> list[PlacedLine]:
    """The minutes' text without the heading column at its left: a line's words left of the
    column, set apart from the rest by a column gap, are the heading's, and a line of those alone
    is the heading wrapping."""
    out = []
    for placed in lines:
        words = placed.line.words
        left = [w for w in words if w.x0 < column - 4]
        right = [w for w in words if w.x0 >= column - 4]
        if not left or (right and right[0].x0 - left[-1].x1 < COLUMN_GAP):
            out.append(placed)  # the text's own line, or a line run across both columns
        elif right:
            out.append(PlacedLine(placed.page, Line(tuple(right))))
        elif left[-1].x1 > column - COLUMN_GAP:
            out.append(placed)
    return out


def head_attendance(pages: list[Page], labels: re.Pattern) -> bool:
    """An attendance label ('Present:', 'Attendees', 'PRESENT') opening a line of the first
    page's head, not a numbered agenda entry."""
    return bool(pages) and any(labels.match(line.text.strip()) for line in head_lines(pages[0], HEAD_ATTENDANCE))


HEAD_ATTENDANCE = 12  # lines: a title, a date line or two, then the lists


def paper_label(lines: list[PlacedLine], index: int) -> bool:
    """A pack's label over the paper ('Item 2' alone on its line, above the minutes' heading, or
    'Item 3 – Minutes of the Panel, 14 March 2024', the label run into the paper's title):
    a labelled number with no title of a minute's own, before any line that gives a date,
    numbers no minute."""
    line = lines[index].line
    found = minute_number_at(line)
    if found is None or not found.marked:
        return False
    if found.words != len(line.words) and not names_the_minutes(line.text):
        return False
    return not any(s.value.iso for pl in lines[:index] for s in find_dates(pl.text))


def names_the_minutes(text: str) -> bool:
    """A line that titles the minutes themselves (a minutes title pattern)."""
    return any(re.search(p, text, re.I) for p in WORDS().title_patterns)


def dedupe_key(record) -> tuple:
    if isinstance(record, Attendee):
        return ("attendee", record.name.lower(), record.attendance)
    if isinstance(record, Decision):
        return ("decision", record.item_number, normal_text(record.text))
    if isinstance(record, ActionSighting):
        return ("action", normal_text(record.description))
    return (id(record),)


def known_attendee(record: Attendee, attendees: list[Attendee]) -> bool:
    """A person named again in prose (often by surname: 'Councillors Mott and Nightingale')."""
    surname = record.name.split()[-1].lower()
    return any(
        a.name.lower() == record.name.lower()
        or (len(record.name.split()) == 1 and a.name.split()[-1].lower() == surname)
        for a in attendees
    )


# --- an "Action by" column beside borderless minutes ----------------------------------------


def split_owner_column(lines: list[PlacedLine]) -> tuple[list[PlacedLine], dict[int, str]]:
    """Minutes set as columns without rules (Item · Minute · Action by): from a header line whose
    last run names the owner column, the words standing in that column are taken off each line
    and kept as the owner of the line they stand on."""
    columns = WORDS().columns
    owner_words = {layout.header_key(w) for w in columns["owner"]}
    narrow_words = {layout.header_key(w) for w in WORDS().narrow_owner_columns}
    other_words = {layout.header_key(w) for name, ws in columns.items() if name != "owner" for w in ws}
    column_x: dict[int, float] = {}  # page number -> x of the owner column
    out: list[PlacedLine] = []
    owners: dict[int, str] = {}
    last_taken: PlacedLine | None = None  # the last line with words in the owner column
    for placed in lines:
        runs = [layout.header_key(layout.words_text(r)) for r in layout.split_on_gaps(placed.line)]
        last_x = placed.line.words[-1].x0
        if (
            len(runs) >= 2
            and (
                (runs[-1] in owner_words and last_x > placed.page.width * 0.6)
                # 'Min. No. | Minute | Action': an action column only initials or a post fit in
                or (runs[-1] in narrow_words and last_x > placed.page.width * 0.75)
            )
            and any(r in other_words - narrow_words for r in runs[:-1])
        ):
            column_x[placed.page.number] = layout.split_on_gaps(placed.line)[-1][0].x0
            continue  # the header line itself is not minute text
        if margin_header(runs, placed, narrow_words):
            column_x[placed.page.number] = placed.line.x0
            continue
        x = column_x.get(placed.page.number)
        if x is None:
            out.append(placed)
            continue
        kept = tuple(w for w in placed.line.words if w.x0 < x - 6)
        taken = [w.text for w in placed.line.words if w.x0 >= x - 6]
        if not kept:
            if out and id(out[-1]) in owners and last_taken and column_runs_on(last_taken, placed):
                owners[id(out[-1])] += "\n" + " ".join(taken)  # the column's text runs on below the minute's line
                last_taken = placed
            continue
        last_taken = placed if taken else None
        trimmed = PlacedLine(placed.page, Line(kept)) if taken else placed
        if taken:
            owners[id(trimmed)] = " ".join(taken)
        out.append(trimmed)
    return out, owners


def column_runs_on(previous: PlacedLine, placed: PlacedLine) -> bool:
    """The owner column's next line: on the same page, at most a line's space below the line
    before (a smaller type in the column may start it within that line's box)."""
    gap = placed.line.top - previous.line.bottom
    return placed.page is previous.page and -previous.line.size * 0.5 <= gap < previous.line.size * 1.2


def margin_header(runs: list[str], placed: PlacedLine, narrow_words: set[str]) -> bool:
    """A narrow column's heading alone on its line at the page's right edge ('ACTION' over a
    margin beside the minutes): owners and dates stand in that margin, beside their paragraphs."""
    return len(runs) == 1 and runs[0] in narrow_words and placed.line.x0 > placed.page.width * 0.75


# --- page clean-up -------------------------------------------------------------------------


def clean_page(page: Page) -> Page:
    """The page with watermark letters dropped and two text columns read one after the other."""
    lines = [line for line in (without_outsize_words(line, typical_size(page)) for line in page.lines) if line]
    if not page.tables:
        lines = reflow_columns(lines, page.width)
    return Page(
        page.document_id, page.number, page.width, page.height, lines, page.furniture, page.tables, page.has_images
    )


def without_outsize_words(line: Line, body_size: float) -> Line | None:
    """A diagonal watermark's letters are many times the body size; they are not text."""
    if not body_size:
        return line
    words = tuple(w for w in line.words if w.size < body_size * 5)  # a large title is 2-3 times the body
    return Line(words) if words else None


def reflow_columns(lines: list[Line], width: float) -> list[Line]:
    """Two columns of text read as lines that cross the gutter are cut at it and read
    left column first. The gutter is an x in the middle of the page that no word crosses,
    with text on both sides of it on many lines. A heading set across the full width above
    the columns (title, date line, attendance) stays above them, in its own order."""
    middle = range(int(width * 0.35), int(width * 0.65), 2)
    crossed: list[set[int]] = [set() for _ in range(len(lines) + 1)]  # x crossed by a word of lines[i:]
    for index in range(len(lines) - 1, -1, -1):
        crossed[index] = crossed[index + 1] | {x for w in lines[index].words for x in middle if w.x0 < x < w.x1}
    for start in range(min(HEADING_ABOVE_COLUMNS, len(lines)) + 1):
        free = [x for x in middle if x not in crossed[start]]
        if free and (gutter := find_gutter(lines[start:], free)) is not None:
            return lines[:start] + split_at_gutter(lines[start:], gutter)
    return lines


def bridged(line: Line, x: float) -> bool:
    """Whether words on either side of x are only a word space apart."""
    before = [w for w in line.words if w.x1 <= x]
    after = [w for w in line.words if w.x0 >= x]
    return bool(before and after) and after[0].x0 - before[-1].x1 < GUTTER_GAP


GUTTER_GAP = 9  # the least space between two text columns; a justified word space is less
HEADING_ABOVE_COLUMNS = 15  # how many full-width lines may stand above two text columns


def split_at_gutter(lines: list[Line], gutter: float) -> list[Line]:
    left, right = [], []
    for line in lines:
        before = tuple(w for w in line.words if w.x1 <= gutter)
        after = tuple(w for w in line.words if w.x0 >= gutter)
        if before:
            left.append(Line(before))
        if after:
            right.append(Line(after))
    return left + right


def find_gutter(lines: list[Line], free: list[int]) -> float | None:
    """The first x (of those no word crosses) with text on both sides of it on many lines."""
    if len(lines) < 10:
        return None
    for x in free:
        right = [[w for w in line.words if w.x0 > x] for line in lines if line.x1 > x]
        left = [[w for w in line.words if w.x1 < x] for line in lines if line.x0 < x]
        aligned = sum(1 for words in right if abs(words[0].x0 - x) < 30)
        if any(bridged(line, x) for line in lines):
            continue  # a word space at x: a line running across the page, not two columns
        # both sides run on as text; a name column beside a role column is a list of short runs
        wordy = min(sum(len(words) for words in side) / max(1, len(side)) for side in (left, right))
        if len(right) >= max(5, len(lines) * 0.15) and aligned >= len(right) * 0.8 and wordy >= 3.5:
            return float(x)
    return None


# --- heading ------------------------------------------------------------------------


@dataclass
class Meeting:
    """The meeting these minutes record, as the rest of the part needs it."""

    body: str | None  # None where no page names the board
    date: str
    mention: MeetingMention
    initials: dict[str, str] = field(default_factory=dict)
    owners: dict[int, str] = field(default_factory=dict)  # id(line) -> its "Action by" column text

    @property
    def reference(self) -> datetime.date:
        return datetime.date.fromisoformat(self.date)


def first_label(lines: list[PlacedLine]) -> int:
    """Where the attendance block begins: the first line opening with a section label."""
    labels = section_labels()
    for index, placed in enumerate(lines):
        match = labels.match(placed.text) or column_label(placed.line, labels)
        if match and index:
            return index
    return len(lines)


def read_heading(
    head: list[PlacedLine], lines: list[PlacedLine], part: DocumentPart, pages: list[Page], context: Context
) -> Meeting | None:
    head = own_page_heading(head)
    values = heading_values(head)
    date = parse_date(values.get("date", "")).iso or heading_date(head)
    if date is None:
        return None
    running = running_heading(head)
    time = parse_time(values.get("time")) or heading_time(running)
    # a labelled place as printed ('Venue: Held via Microsoft Teams'); one read from the heading's
    # sentence without the sentence's words ('held virtually via …')
    location = values.get("location") or layout.place_name(heading_location(running))
    mention = MeetingMention(
        body=layout.fuller_name(heading_body(head), [part.body, context.body]) or part.body or context.body,
        meeting_date=date,
        origin="minutes",
        source=heading_source(head, part, context),
        start_time=time,
        location=location or None,
        minutes_status=minutes_status(head, values, lines, pages),
    )
    return Meeting(mention.body, date, mention)


def own_page_heading(head: list[PlacedLine]) -> list[PlacedLine]:
    """A heading over more than one page is a cover sheet (its labels: 'Meeting date', the day
    the paper goes to) and then the minutes' own heading: where the last page's lines date the
    meeting, they are the heading."""
    last = head[-1].page if head else None
    own = [pl for pl in head if pl.page is last]
    if len(own) == len(head):
        return head
    return own if heading_values(own).get("date") or heading_date(own) else head


def running_heading(head: list[PlacedLine]) -> str:
    """The heading's running text, up to the first labelled line or approval note."""
    notes = compiled().approval_note
    labels = set(WORDS().heading_labels) | set(WORDS().sections)
    attendance = section_labels()
    taken: list[str] = []
    before_break: list[str] = []  # a cover sheet's lines, where the heading starts again overleaf
    page = head[0].page if head else None
    for placed in head:
        text = placed.text.strip()
        if placed.page is not page:
            # a heading does not run over a page: the page before was a cover ('Agenda item 2 /
            # Minutes of the meeting held on …'), and the minutes' own heading follows
            before_break, taken, page = taken, [], placed.page
        label = re.match(r"^([A-Z][\w /]{1,24}):\s", text)
        ends = (
            (label and label.group(1).lower() in labels)
            or any(p.match(text) for p in notes)
            or attendance.match(text)
            or column_label(placed.line, attendance)
            or status_line(text)
            or attendee_header(placed.line)
        )
        noted = status_line(text) or any(p.match(text) for p in notes)
        if noted and not heading_time(" ".join(taken)):
            # 'DRAFT – subject to approval …' or 'CONFIRMED MINUTES (approved by … on …)' over the
            # sentence that dates and times the meeting: the record's status, passed over; under
            # that sentence it ends the heading
            continue
        if ends and (taken or before_break):
            break
        taken.append(text)
    return " ".join(taken or before_break)


@vocabulary.derived()
def section_labels() -> re.Pattern:
    """The attendance labels' pattern (`section_label_pattern`), compiled once for the vocabulary."""
    return section_label_pattern(WORDS())


def attendee_header(line: Line) -> bool:
    """The header of an attendance table ('Name   Position'): each run of the line names a column."""
    runs = [layout.words_text(run) for run in layout.split_on_gaps(line)]
    columns = layout.map_columns(runs, WORDS().attendee_columns)
    if all(label_alone(run, section_labels()) for run in runs):
        return False  # 'Committee members      In attendance': two lists side by side, not columns
    return len(runs) >= 2 and "name" in columns and len(columns) == len(runs)


def status_line(text: str) -> bool:
    """A line of the heading that states the record's status ('DRAFT – subject to approval')."""
    words = text.split()
    if names_the_minutes(text):
        return False  # a title that names the status ('UNCONFIRMED MINUTES') still heads the date line
    return len(words) <= 12 and status_of(" ".join(words[:2])) is not None


def heading_source(head: list[PlacedLine], part: DocumentPart, context: Context):
    if not head:
        return context.source(part.page_start)
    return context.source(head[0].page, merge_bbox([pl.line.bbox for pl in head[:4] if pl.page is head[0].page]))


def heading_values(head: list[PlacedLine]) -> dict[str, str]:
    fields = WORDS().heading_labels
    labels = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(fields, key=len, reverse=True))
    # labels may share a line with no wide gap between them ("Date: 02.03.22  Time: 09:15")
    pattern = re.compile(rf"(?:^|\s)({labels})\s*:\s*(.*?)(?=\s+(?:{labels})\s*:|$)", re.I)
    values: dict[str, str] = {}
    for index, placed in enumerate(head):
        found = {
            fields[re.sub(r"\s+", " ", m.group(1).lower())]: m.group(2).strip()
            for m in pattern.finditer(placed.text.strip())
            if m.group(2).strip()
        }
        if not found:
            below = head[index + 1].line if index + 1 < len(head) else None
            found = gapped_values(placed.line, below, fields)
        if "location" in found:
            found["location"] = wrapped_value(found["location"], placed, head[index + 1 :])
        for name, value in found.items():
            values.setdefault(name, value)
    return values


def wrapped_value(value: str, placed: PlacedLine, below: list[PlacedLine]) -> str:
    """A labelled place wrapped in its column ('Venue:  Meeting Room 4,' / 'Civic
    Offices,' / 'Tanner Street'): the lines close below, starting where the value starts,
    carry on the value (the first run of each, where a field beside it runs on too)."""
    words = placed.line.words
    first = value.split()[0] if value.split() else None
    start = next((w.x0 for w in words[1:] if w.text == first), None)
    if start is None:
        return value
    previous = placed
    for line in below:
        runs = layout.split_on_gaps(line.line)
        if not runs or abs(runs[0][0].x0 - start) > 2 or not column_runs_on(previous, line):
            break
        value = f"{value} {layout.words_text(runs[0])}"
        previous = line
    return value


def gapped_values(line: Line, below: Line | None, fields: dict[str, str]) -> dict[str, str]:
    """Labels without colons: 'Date    14 May 2020    Time    10:00' (each value beside its
    label), or a row of labels with their values in the line below, under each label."""
    runs = layout.split_on_gaps(line, gap=12)
    label_of = [fields.get(re.sub(r"\s+", " ", layout.words_text(r).lower().rstrip(":"))) for r in runs]
    if not label_of[0]:
        return {}
    named = [label for label in label_of if label]
    if len(named) == len(label_of) and below is not None:
        starts = [r[0].x0 for r in runs]
        columns: dict[str, list[str]] = {}
        for word in below.words:
            column = max((i for i, x in enumerate(starts) if x <= word.x0 + 4), default=0)
            columns.setdefault(named[column], []).append(word.text)
        return {k: " ".join(v) for k, v in columns.items()}
    values: dict[str, str] = {}
    current = None
    for run, label in zip(runs, label_of):
        if label:
            current = label
        elif current:
            values[current] = (values.get(current, "") + " " + layout.words_text(run)).strip()
    return values


def heading_date(head: list[PlacedLine]) -> str | None:
    """A date printed in a heading line ('Minutes of the meeting held on 12 April 2018').

    The sentence that says when the meeting was held wins over any other dated line, and a
    line about the record itself ('Status: Approved by the Board on 9 May 2022', 'Confirmed
    on …') never dates the meeting: minutes are approved at a later meeting."""
    lines = [text for text in heading_texts(head[:10]) if not about_the_record(text)]
    cues = compiled().meeting_date_cues
    held = [text for text in lines if any(p.search(text) for p in cues)]
    for text in held + lines:
        for span in find_dates(text):
            if span.value.iso:
                return span.value.iso
    text = " ".join(lines)  # a date broken over two lines
    return next((s.value.iso for s in find_dates(text) if s.value.iso), None)


def heading_texts(head: list[PlacedLine]) -> list[str]:
    """The heading's lines as texts, where a note set apart at the right of a line runs on in the
    line below, starting where it starts (a status box beside the title: 'MINUTES – CONFIRMED' /
    'at the meeting of …'): the note is a text of its own, so its date is known for the record's."""
    texts: list[str] = []
    index = 0
    while index < len(head):
        placed = head[index]
        below = head[index + 1] if index + 1 < len(head) else None
        runs = layout.split_on_gaps(placed.line)
        note = next((i for i, run in enumerate(runs[1:], 1) if below and continues_run(run, placed, below)), None)
        if note is None:
            texts.append(placed.text)
            index += 1
            continue
        texts.append(" ".join(layout.words_text(run) for run in runs[:note]))
        assert below is not None  # a note is found only where a line below continues it
        texts.append(" ".join([*(layout.words_text(run) for run in runs[note:]), below.text]))
        index += 2
    return texts


def continues_run(run: list[Word], placed: PlacedLine, below: PlacedLine) -> bool:
    """The line below starts under the run, right of the line's own start, and is close below."""
    line = below.line
    return (
        below.page is placed.page
        and abs(line.x0 - run[0].x0) < 2
        and line.x0 > placed.line.x0 + 20
        and line.top - placed.line.bottom < placed.line.size * 1.5
    )


def about_the_record(text: str) -> bool:
    """A heading line that states the record's status or approval, not the meeting's date."""
    text = text.strip()
    label = re.match(r"^([A-Za-z][\w ]{1,24}?)\s*:\s*", text)
    if label and WORDS().heading_labels.get(label.group(1).lower()) == "status":
        return True
    return status_line(text) or any(p.match(text) for p in compiled().approval_note)


OCLOCK = re.compile(r"\bat\s+(\d{1,2})\s*o[’']?\s*clock\b", re.I)
TIME_TEXT = re.compile(
    r"(?:(?:commencing|starting|beginning)\s+)?at\s+\d{1,2}[.:]\d{2}\b(?!\s?[ap]\.?m\b)(?:\s?hrs\b)?|"
    r"(?:(?:commencing|starting|beginning)\s+)?(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\b\.?|hrs\b|hours\b)"
    r"(?:\s*(?:[–—-]|to)\s*\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\b\.?)?)?"
    r"|(?:at\s+)?\d{1,2}:\d{2}(?:\s*(?:[–—-]|to)\s*\d{1,2}[:.]\d{2})?(?:\s?hrs\b)?",
    re.I,
)


def heading_time(text: str) -> str | None:
    """The start time of a running heading ('at 2.00pm', '14:00–16:00', 'at 10 o'clock')."""
    time = parse_time(text)
    if time:
        return time
    oclock = OCLOCK.search(text)
    return f"{int(oclock.group(1)):02d}:00" if oclock else None


def heading_location(text: str) -> str | None:
    """The place of a running heading: 'held at X on <date>' or what follows the date and time."""
    held_at = re.search(r"\bheld\s+(?:at|in)\s+(.+?),?\s+on\s+(?:\w+day\b|\d)", text, re.I)
    if held_at:
        return clean_location(held_at.group(1))
    spans = [s for s in find_dates(text) if s.value.iso]
    if not spans:
        return None
    timed = [s for s in spans if (t := TIME_TEXT.search(text, s.end)) and t.start() - s.end < 25]
    rest = text[(timed or spans)[0].end :]
    times = list(TIME_TEXT.finditer(rest))
    if times and times[0].start() < 25:
        rest = rest[times[0].end() :]
    rest = re.split(r"\s+(?:Status|Present|Attendees|Chair)\s*:|\.\s|\s[–—]\s(?=[A-Z]{2})", rest)[0]
    return clean_location(rest)


def clean_location(text: str) -> str | None:
    # a heading line may set date, time and venue apart with bars ('13 April 2021 | 09:30 | Room 4')
    # 'in the Council Chamber' (or a heading in capitals) drops its article; 'The Guildhall' keeps it
    text = re.sub(r"^[\s,;:|·•–—-]*(?:(?i:(?:held\s+)?(?:in|at))\s+)?(?:the\s+|THE\s+)?", "", text.strip())
    text = text.strip(" ,.;:–—-")
    return text if len(text) > 2 and not re.match(r"^\d+$", text) else None


def heading_body(head: list[PlacedLine]) -> str | None:
    """The fullest name of the body: from the most prominent heading lines (consecutive lines
    of one size joined), lengthened where a running heading prints more of the same name."""
    patterns = compiled()
    groups = heading_groups(head)
    found = []
    named = []  # names a running heading gives as "a meeting of the X"
    for rank, text in groups:
        for match in patterns.body.finditer(text):
            name = within_its_line(match.group(1).strip())
            if len(name.split()) >= 2 or name.isupper():
                found.append((rank, name))
                if re.search(r"\bof\s+(?:the\s+)?$", text[: match.start(1)], re.I):
                    named.append(name)
    if not found:
        return meeting_name(groups)
    best_rank = max(rank for rank, _ in found)
    prominent = max((n for r, n in found if r == best_rank), key=lambda n: len(n.split()))
    longer = [n for n in named if len(n.split()) > len(prominent.split()) and n.lower().endswith(prominent.lower())]
    chosen = max(longer, key=len) if longer else prominent
    return under_its_organisation(groups, chosen) or layout.canonical_body(without_record_words(chosen))


def within_its_line(name: str) -> str:
    """A body's name found across heading lines of one size: whole where the line before ends
    with an organisation over its committee ('FIRE AUTHORITY' / 'AUDIT COMMITTEE') or with a
    joining word (a name wrapped: 'X POLICING AND' / 'CRIME BOARD'), else the line that ends it
    ('… CHIEF CONSTABLE OF X CONSTABULARY' / 'X JOINT AUDIT COMMITTEE')."""
    if "\n" not in name:
        return name
    before, after = name.rsplit("\n", 1)
    parents = r"\b(?:" + "|".join(map(re.escape, WORDS().parent_body_nouns)) + r")$"
    wrapped = re.search(r"\b(?:and|of|for|the|&)$", before.strip(), re.I)  # 'X POLICING AND' / 'CRIME BOARD'
    if wrapped or re.search(parents, before.strip(), re.I) or len(after.split()) < 2:
        return " ".join(name.split())
    return after.strip()


def under_its_organisation(groups: list[tuple[tuple, str]], name: str) -> str | None:
    """An authority alone on one heading line and one of its committees alone on the next
    ('NORTHDALE FIRE AUTHORITY' / 'Standards Committee'), either of them the name chosen:
    the fullest name printed is the two together. A council's committee, and one that names its
    own area ('X Police and Crime Panel'), keep their own name."""
    parents = r"\b(?:" + "|".join(map(re.escape, WORDS().parent_body_nouns)) + r")$"
    own = r"\b(?:" + "|".join(re.escape(n) for n in WORDS().body_nouns if n not in WORDS().parent_body_nouns) + r")$"
    texts = [text.strip() for _, text in groups]
    for above, below in zip(texts, texts[1:]):
        if (
            name.lower() in (above.lower(), below.lower())
            and compiled().body.fullmatch(above)
            and re.search(parents, above, re.I)
            and compiled().body.fullmatch(below)
            and re.search(own, below, re.I)
            and above.split()[0].lower() != below.split()[0].lower()
        ):
            return f"{layout.canonical_body(above)} {layout.canonical_body(below)}"
    return None


def without_record_words(name: str) -> str:
    """'THE MEETING OF THE X BOARD' (a heading in capitals) names the board X Board."""
    nouns = "|".join(re.escape(n) for n in WORDS().meeting_nouns + WORDS().record_words)
    return re.sub(rf"^(?:(?:{nouns})\s+(?:(?:of|for)\s+)?)+", "", name, flags=re.I) or name


def meeting_name(groups: list[tuple[tuple, str]]) -> str | None:
    """A body known only by the name of its meeting ('POLICING ACCOUNTABILITY MEETING'), from
    the most prominent heading that gives one, when no board, panel or committee is named."""
    nouns = "|".join(re.escape(n) for n in WORDS().meeting_nouns)
    # each word starts at a boundary (the look-behind), so a long token is scanned once
    # 'X Police, Fire and Crime Commissioner Scrutiny Meeting': a comma may join the office's words
    name = re.compile(r"((?:(?<![\w&’'-])[A-Z][\w&’'-]*,?\s+(?:(?:and|of|for|&)\s+)?){1,7}?(?i:" + nouns + r"))\b")
    generic = re.compile(r"^(?:" + "|".join(WORDS().record_words) + r")\b", re.I)
    found = []
    for rank, text in [*groups, *title_over_subtitle(groups)]:
        for match in name.finditer(text):
            words = [w for w in match.group(1).split() if not generic.match(w)]
            if len(words) >= 3 and not generic.match(match.group(1)):
                found.append((rank, match.group(1).strip()))
    if not found:
        return None
    best = max(rank for rank, _ in found)
    return layout.canonical_body(next(n for r, n in found if r == best))


def title_over_subtitle(groups: list[tuple[tuple, str]]) -> list[tuple[tuple, str]]:
    """An office's name in the title and its meeting in a smaller line below ('Northvale Police
    and Crime Commissioner' / 'Assurance Meeting – Notes'): the two read as one name, ranked as the title."""
    joined = []
    for (rank, above), (_, below) in zip(groups, groups[1:]):
        words = above.split()
        if len(words) >= 2 and all(w[0].isupper() or w in ("and", "of", "for", "&") for w in words):
            joined.append((rank, f"{above} {below}"))
    return joined[:1]


def heading_groups(head: list[PlacedLine]) -> list[tuple[tuple, str]]:
    groups: list[list] = []
    for placed in head[:12]:
        line = placed.line
        style = (round(line.size), line.bold)
        if groups and groups[-1][0] == style and line.top - groups[-1][2] < line.size * 2.2:
            groups[-1][1] += "\n" + placed.text  # the break kept: a name found across it is checked
            groups[-1][2] = line.bottom
        else:
            groups.append([style, placed.text, line.bottom])
    return [((size, bold), text) for (size, bold), text, _ in groups]


def minutes_status(head: list[PlacedLine], values: dict[str, str], lines: list[PlacedLine], pages: list[Page]) -> str:
    """'approved' where the paper carries an approval mark (Status: Approved, a confirmation
    note, an APPROVED title); 'draft' otherwise (DRAFT, Unconfirmed, or no mark at all)."""
    patterns = compiled()
    if "status" in values:
        return status_of(values["status"]) or "draft"
    for placed in head[:10]:
        text = placed.text.strip()
        if any(p.match(text) for p in patterns.approval_note):
            return "approved"
        # a status word in a title ('Confirmed minutes', 'DRAFT') however it is set
        titled = placed.line.bold or text.isupper() or any(re.match(p, text, re.I) for p in WORDS().title_patterns)
        if titled and len(text.split()) <= 6 and (found := status_of(text)):
            return found
    # a note beside the title, set apart and running on below it ('MINUTES – CONFIRMED' / 'at …')
    if any(p.match(text.strip()) for text in heading_texts(head[:10]) for p in patterns.approval_note):
        return "approved"
    for placed in lines[-8:]:
        text = placed.text.strip()
        # a confirmation note, or a signature block that is filled in (not dots to sign on)
        if any(p.match(text) for p in patterns.approval_note + patterns.signature):
            return "approved"
        if NAMES_MINUTES.search(text) and (marked := BRACKETED_STATUS.search(text)):
            return status_of(marked.group(0)) or "draft"  # '… – Minutes (approved 5 June 2024)'
    return status_in_furniture(pages) or "draft"


BRACKETED_STATUS = re.compile(r"\((?:draft|unconfirmed|approved|confirmed|agreed|ratified)\b[^)]*\)", re.I)


NAMES_MINUTES = re.compile(r"\b(?:minutes|notes)\b", re.I)


def status_in_furniture(pages: list[Page]) -> str | None:
    """A status printed in the running header or footer ('Confirmed by the Panel on 5 June 2024'
    over every page; '… – Minutes (approved 5 June 2024)' under it): set aside as
    furniture, it still marks the record."""
    patterns = compiled()
    for page in pages:
        for line in page.furniture:
            text = line.text.strip()
            if any(p.match(text) for p in patterns.approval_note):
                return "approved"
            if NAMES_MINUTES.search(text) and (found := status_of(text)):
                return found
    return None


def status_of(text: str) -> str | None:
    patterns = compiled()
    if patterns.draft.search(text):
        return "draft"
    if patterns.approved.search(text):
        return "approved"
    return None


# --- attendance ------------------------------------------------------------------------


def inside(line: Line, table: Table) -> bool:
    x0, top, x1, bottom = table.bbox
    return top - 1 <= line.top and line.bottom <= bottom + 1 and line.x0 >= x0 - 1


def read_attendance(head: list[PlacedLine], pages: list[Page], context: Context) -> tuple[list[Entry], int | None]:
    words = WORDS()
    reader = BlockReader(words, compiled().bullets)
    entries: list[Entry] = []
    tables = [
        (page, table, columns) for page in pages for table in page.tables if (columns := attendance_table(table, words))
    ]
    table_lines = [pl for pl in head if any(page is pl.page and inside(pl.line, t) for page, t, _ in tables)]
    for placed_rows, table in unruled_attendance(head):
        if (columns := attendance_table(table, words)) is not None:
            tables.append((placed_rows[0].page, table, columns))
            table_lines += placed_rows
    for page, table, columns in tables:
        entries += read_table(page, table, columns, reader, words, label_above(head, page, table, reader))
    free = [pl for pl in head if pl not in table_lines]
    found, end = reader.read(free)
    entries += found
    for placed, text in reader.unread:
        context.problem(placed.page.number, STAGE, "attendance entry without a readable name", text)
    if end is not None:
        end = head.index(free[end - 1]) + 1 if end - 1 < len(free) else len(head)
    if table_lines:
        end = max(end or 0, head.index(table_lines[-1]) + 1)
    return entries, end


def unruled_attendance(head: list[PlacedLine]) -> Iterator[tuple[list[PlacedLine], Table]]:
    """Attendance set in columns without rules ('Name   Role   Attendance', a person a line): each
    header line with the lines close below it, dealt into the header's columns, as a table. A
    group label in the margin left of the names ('Members', 'Attending', 'Apologies' on the first
    row of each group) becomes a label row of its own, as a ruled table's spanning row would be."""
    index = 0
    while index < len(head):
        placed = head[index]
        index += 1
        if not attendee_header(placed.line) or any(inside(placed.line, t) for t in placed.page.tables):
            continue
        starts = [run[0].x0 for run in layout.split_on_gaps(placed.line)]
        taken = [placed]
        rows: list[tuple[str, ...]] = [tuple(layout.cells_by_columns(placed.line, starts))]
        tops = [placed.line.top]
        while index < len(head) and close_below(taken[-1], head[index]):
            line = head[index].line
            label = margin_group_label(line, starts[0])
            if line.x0 < starts[0] - 6 and label is None:
                break
            if label is not None:
                rows.append((label,))
                tops.append(line.top)
                line = Line(tuple(w for w in line.words if w.x0 >= starts[0] - 6))
            rows.append(tuple(layout.cells_by_columns(line, starts)))
            tops.append(line.top)
            taken.append(head[index])
            index += 1
        top, right, bottom = taken[0].line.top, max(pl.line.x1 for pl in taken), taken[-1].line.bottom
        yield taken, Table((starts[0], top, right, bottom), tuple(rows), tuple(tops))


def margin_group_label(line: Line, names_x: float) -> str | None:
    """The attendance label a line opens with in the margin left of a table's names column
    ('Apologies     A Person     Role'), with a person's words from the names column on."""
    before = [w for w in line.words if w.x0 < names_x - 6]
    if not before or len(before) == len(line.words):
        return None
    label = layout.words_text(before).strip().rstrip(":–-").strip()
    match = section_labels().match(label + ":")
    return label if match and match.end() >= len(label) else None


def close_below(previous: PlacedLine, placed: PlacedLine) -> bool:
    """The next line of a list: on the same page, with no more than a line's space between."""
    gap = placed.line.top - previous.line.bottom
    return placed.page is previous.page and 0 <= gap < previous.line.size * 1.2


def attendance_in_first_item(
    lines: list[PlacedLine], margin: Margins, pages: list[Page], context: Context
) -> list[Entry]:
    """Minutes that record who attended under their first numbered item ('1. Attendance' with
    'Present:' and 'Apologies:' below it): the attendance block read from that item's lines."""
    numbered = [i for i, pl in enumerate(lines) if paragraph_number(pl.line, margin)]
    if not numbered:
        return []
    end = numbered[1] if len(numbered) > 1 else len(lines)
    body = lines[numbered[0] + 1 : end]
    labels = section_labels()
    if not any(labels.match(pl.text.strip()) for pl in body):
        return []
    entries, _ = read_attendance(body, pages, context)
    return entries


def label_above(head: list[PlacedLine], page: Page, table: Table, reader: BlockReader) -> str:
    """The section a table stands under: a label line just above it ("In Attendance:")."""
    above = [pl for pl in head if pl.page is page and pl.line.bottom <= table.bbox[1] + 1]
    if above and table.bbox[1] - above[-1].line.bottom < 30 and (match := reader.label_at(above[-1].text)):
        return reader.kind_of(match.group(1))
    return "member"


def unique_attendees(entries: list[Entry], meeting: Meeting, context: Context) -> list[Attendee]:
    out, seen = [], set()
    for entry in entries:
        key = (entry.name.lower(), entry.attendance)
        if key in seen:
            continue
        seen.add(key)
        out.append(
            Attendee(
                body=meeting.body,
                meeting_date=meeting.date,
                name=entry.name,
                attendance=entry.attendance,
                role_text=entry.role,
                alias=entry.alias,
                source=context.source(entry.page, entry.bbox),
            )
        )
    return out


def apologies_in(paragraph: Paragraph, meeting: Meeting, context: Context) -> Iterator[Attendee]:
    """Apologies in prose: the people after 'Apologies were received from …', or before '… had
    sent her apologies'; a substitute named inside the list ('…, for whom B was substitute')
    attended as a member."""
    patterns = compiled()
    people = compiled().people
    yield from listed_apologies(paragraph, meeting, context)
    for sentence in paragraph.sentences():
        match = next((m for p in patterns.apologies if (m := p.search(sentence.text))), None)
        named = next((m for p in patterns.apologies_after_name if (m := p.match(sentence.text))), None)
        if match:
            listed, substitutes = without_substitutes(sentence.text[match.end() :])
        elif named:
            listed, substitutes = named.group("who"), []
        else:
            continue
        found = people.people_in(listed)
        if not found:
            context.problem(sentence.page.number, STAGE, "apologies list without a readable name", sentence.text)
        for kind, group in (("apologies", found), ("member", [p for t in substitutes for p in people.people_in(t)])):
            for person in group:
                yield Attendee(
                    body=meeting.body,
                    meeting_date=meeting.date,
                    name=person.name,
                    attendance=kind,
                    role_text=person.role,
                    source=sentence.source(context),
                )


def without_substitutes(text: str) -> tuple[str, list[str]]:
    """An apologies list without the substitutes it names, and those substitutes' words."""
    substitutes: list[str] = []
    for pattern in compiled().substitute_clauses:
        substitutes += [m.group("who") for m in pattern.finditer(text)]
        text = pattern.sub("", text)
    return text, substitutes


def listed_apologies(paragraph: Paragraph, meeting: Meeting, context: Context) -> Iterator[Attendee]:
    """A minute headed as the apologies ('1. APOLOGIES FOR ABSENCE') whose lines list the people
    rather than saying it in a sentence ('Mr A Person', 'Assistant Chief Constable A Person (AP)')."""
    segments = paragraph.segments()
    if not segments or WORDS().sections.get(label_key(segments[0][0]).rstrip(".")) != "apologies":
        return
    for text, placed in segments[1:]:
        if not listing_line(text):
            continue
        for person in compiled().people.people_in(text):
            yield Attendee(
                body=meeting.body,
                meeting_date=meeting.date,
                name=person.name,
                attendance="apologies",
                role_text=person.role,
                source=context.source(placed.page, placed.line.bbox),
            )


def listing_line(text: str) -> bool:
    """Names and posts, not a sentence: every word but a joining one starts with a capital."""
    joining = {"and", "of", "the", "for", "to", "&"}
    words = [w for w in re.findall(r"[^\W\d_][\w’'.-]*", text) if w.lower() not in joining]
    return bool(words) and all(w[:1].isupper() for w in words)


def substitutes_in(paragraph: Paragraph, meeting: Meeting, context: Context) -> Iterator[Attendee]:
    """'Councillor A B attended as substitute for Councillor C': A B attended as a member."""
    people = compiled().people
    for sentence in paragraph.sentences():
        match = next((m for p in compiled().substitute if (m := p.match(sentence.text))), None)
        person = people.person(match.group("who")) if match else None
        if match is None or person is None:
            continue
        role = ", ".join(r for r in (person.role, f"substitute for {match.group('for')}") if r)
        yield Attendee(
            body=meeting.body,
            meeting_date=meeting.date,
            name=person.name,
            attendance="member",
            role_text=role,
            source=sentence.source(context),
        )


def split_people(text: str) -> list[tuple[str, str | None]]:
    """'A B Role, Org and C D Role' -> [('A B', 'Role, Org'), ('C D', 'Role')]."""
    return [(p.name, p.role) for p in compiled().people.people_in(text)]


# --- grids: minutes set out as a table ---------------------------------------------------------


def minutes_grid_columns(table: Table) -> dict[str, int | None] | None:
    """The columns of a minutes table (number, title, discussion, decision, action, owner,
    deadline) where its header names them and one column holds minute numbers. A header boxed
    alone (no rows under it in the table) is no grid: its rows follow unruled, read as lines."""
    if len(table.rows) < 2 or len(table.rows[0]) < 2:
        return None
    columns = layout.map_columns(list(table.rows[0]), WORDS().columns)
    # a deadline column of dates such as '05.04.22' is not a column of paragraph numbers
    number = number_column(table, {v for k, v in columns.items() if k in ("deadline", "owner", "action")})
    if number is None:
        # an action table at the end of the minutes may leave its actions unnumbered
        return {"number": None, **columns} if "action" in columns and {"owner", "deadline"} & set(columns) else None
    columns = {k: v for k, v in columns.items() if v != number}
    if not {"discussion", "decision", "action"} & set(columns):
        return None
    return {"number": number, **columns}


def number_column(table: Table, other: set[int] | None = None) -> int | None:
    """The first column (other than those named for something else) whose cells mostly open with
    a minute number, bare or in brackets."""
    patterns = compiled()
    body = table.rows[1:]
    for index in range(len(table.rows[0])):
        if other and index in other:
            continue
        cells = [layout.cell_text(row[index]) for row in body if index < len(row) and layout.cell_text(row[index])]
        if cells and sum(bool(patterns.number_token(c.split()[0])) for c in cells) >= max(1, 0.6 * len(cells)):
            return index
    return None


def read_grid(page: Page, table: Table, columns: dict[str, int | None], meeting: Meeting, context: Context) -> Iterator:
    for index, row in enumerate(table.rows[1:], start=1):
        cells = [layout.cell_text(c) for c in row]
        printed = cell(cells, columns["number"])
        first = compiled().number_token(printed.split()[0]) if printed else None
        if columns["number"] is not None and first is None:
            continue
        number = grid_number(printed, first)
        source = context.source(page, row_bbox(table, index))
        if text := cell(cells, columns.get("decision")):
            decided, actions = cell_actions(text)
            yield from grid_decisions(decided, number, source, meeting)
            if "action" not in columns:  # 'Decision / Action': 'Approved. ACTION: ACC to tender …'
                for described in actions:
                    yield grid_action(described, number, cell(cells, columns.get("owner")), None, source, meeting)
        discussion = columns.get("discussion")
        if discussion is not None and cell(cells, discussion):
            yield from grid_minute(row[discussion] or "", number, cells, columns, source, meeting)
        if text := cell(cells, columns.get("action")):
            if not blank(text):
                action = grid_action(
                    text,
                    number,
                    cell(cells, columns.get("owner")),
                    cell(cells, columns.get("deadline")),
                    source,
                    meeting,
                )
                if reference := cell(cells, columns.get("reference")):
                    action = replace(action, action_number=layout.clean_number(reference))
                if action.target_date is None and action.target_date_text and re.search(r"\d", action.target_date_text):
                    context.problem(
                        page.number, STAGE, "action deadline without a readable day", action.target_date_text
                    )
                yield action


Grid = tuple[Page, Table, dict[str, int | None]]
TEXT_COLUMNS = ("title", "discussion", "decision", "action")


def continued_grids(pages: list[Page], grids: list[Grid]) -> list[Grid]:
    """Grids with their continuations: a grid that ends its page goes on in the next page's first
    table when that table has no header of its own and as many columns at the same x. The
    continuation is read under the grid's header, and a first row that carries only text (no
    number, owner or date) finishes the row the page break cut."""
    out = list(grids)
    for index, (page, table, columns) in enumerate(out):
        following = next((p for p in pages if p.number == page.number + 1), None)
        if following is None or not following.tables or table is not page.tables[-1]:
            continue
        after = following.tables[0]
        if minutes_grid_columns(after) or not same_columns(table, after):
            continue
        text_columns = [column for k in TEXT_COLUMNS if (column := columns.get(k)) is not None]
        if text_columns:
            table, after = with_unruled_cut_row(page, table, following, after, text_columns)
        out[index] = (page, table, columns)
        rows, tops = list(after.rows), list(after.row_tops)
        if rows and only_text(rows[0], columns):
            out[index] = (page, with_last_row_joined(table, rows[0]), columns)
            rows, tops = rows[1:], tops[1:]
        if rows:
            header_top = after.bbox[1]
            out.append((following, Table(after.bbox, (table.rows[0], *rows), (header_top, *tops)), columns))
    return out


def with_unruled_cut_row(
    page: Page, table: Table, following: Page, after: Table, text_columns: list[int]
) -> tuple[Table, Table]:
    """A row the page break cut, left without its closing rules on both pages, so that neither
    page's table holds it: its lines under the grid (one run a column, the first a number) and
    the lines over the next page's grid, in its text's column, are the row, added to the grid."""
    below = [
        line for line in page.lines if line.top >= table.bbox[3] - 1 and table.bbox[0] - 2 <= line.x0 < table.bbox[2]
    ]
    if not below:
        return table, after
    starts = header_starts(page, table)
    if starts is None or not compiled().number_token(below[0].words[0].text):
        return table, after
    first = layout.cells_by_columns(below[0], starts)
    text_column = max(text_columns, key=lambda i: len(first[i]) if i < len(first) else 0)  # the text runs widest
    cells = [[text] if text else [] for text in first]
    for line in below[1:]:
        column = next((i for i, x in enumerate(starts) if abs(line.x0 - x) < 2), None)
        if column is None:
            break
        cells[column].append(line.text)
    above = [
        line for line in following.lines if line.bottom <= after.bbox[1] + 1 and abs(line.x0 - starts[text_column]) < 2
    ]
    cells[text_column] += [line.text for line in above]
    row = tuple("\n".join(c) for c in cells)
    grown = Table(
        (table.bbox[0], table.bbox[1], table.bbox[2], max(line.bottom for line in below)),
        (*table.rows, row),
        (*table.row_tops, below[0].top) if table.row_tops else (),
    )
    top = min((line.top for line in above), default=after.bbox[1])
    return grown, Table((after.bbox[0], top, after.bbox[2], after.bbox[3]), after.rows, after.row_tops)


def header_starts(page: Page, table: Table) -> list[float] | None:
    """Where the grid's columns start: the runs of its header line, one a column (header cells
    stand a cell's padding apart at least, a header's own words a space)."""
    header = next((line for line in page.lines if inside(line, table)), None)
    if header is None:
        return None
    runs = layout.split_on_gaps(header, gap=header.size * 0.6)
    return [run[0].x0 for run in runs] if len(runs) == len(table.rows[0]) else None


def same_columns(table: Table, after: Table) -> bool:
    return (
        bool(after.rows)
        and len(after.rows[0]) == len(table.rows[0])
        and all(abs(a - b) < 4 for a, b in zip((table.bbox[0], table.bbox[2]), (after.bbox[0], after.bbox[2])))
    )


def only_text(row: tuple[str | None, ...], columns: dict[str, int | None]) -> bool:
    """A row with text in a text column and nothing in any other: the rest of a row cut by a page."""
    text = {v for k, v in columns.items() if k in TEXT_COLUMNS and v is not None}
    filled = {i for i, c in enumerate(row) if c and c.strip()}
    return bool(filled) and filled <= text


def with_last_row_joined(table: Table, rest: tuple[str | None, ...]) -> Table:
    last = table.rows[-1]
    joined = tuple("\n".join(c for c in (a, b) if c and c.strip()) or a for a, b in zip(last, rest))
    return Table(table.bbox, (*table.rows[:-1], joined), table.row_tops)


def grid_number(printed: str | None, first: str | None) -> str | None:
    """The minute number of a grid row. A number alone, or one heading the item's title in the same
    cell ('2. Minutes and matters arising'), is read without its marks; one followed by more than a
    title (a sub-letter, a bracket) is kept as printed."""
    if first is None or not printed:
        return layout.clean_number(printed)
    rest = printed.split(maxsplit=1)[1:]
    if not rest or re.match(r"[A-Z][a-z]+\b", rest[0]):
        return first
    return layout.clean_number(printed)


# --- an action table drawn without rules -------------------------------------------------------


@dataclass
class WordTable:
    """An action table set in whitespace columns ('Actions arising': Item · Action · Who · When):
    its columns' fields and left edges, and its rows as cell texts with the lines they stand on."""

    fields: list[str]
    starts: list[float]
    rows: list[tuple[list[str], list[PlacedLine]]] = field(default_factory=list)


def word_table_header(line: Line) -> tuple[list[str], list[float]] | None:
    """A line of column labels naming an action and its owner or deadline, each set apart. Labels
    are cut at gaps of an em, or of a little over half one where that reads as a header too (a
    narrow 'Item' column close before 'Action': word spaces are a third of an em)."""
    for gap in (line.size * 0.6, line.size):
        if (header := header_at_gap(line, gap)) is not None:
            return header
    return None


def header_at_gap(line: Line, gap: float) -> tuple[list[str], list[float]] | None:
    """The header's fields and column starts, cutting its labels at gaps wider than `gap`."""
    runs = layout.column_runs(line, gap=gap)
    if len(runs) < 3:
        return None
    fields = []
    for _, _, text in runs:
        named = layout.map_columns([text], WORDS().columns)
        if not named:
            return None
        fields.append(next(iter(named)))
    if len(set(fields)) < len(fields):
        return None
    # an action table names who or when; a table of decisions names its decision column
    if not ("action" in fields and {"owner", "deadline"} & set(fields)) and not decision_table(fields):
        return None
    return fields, [x0 for x0, _, _ in runs]


def split_word_tables(lines: list[PlacedLine]) -> tuple[list[PlacedLine], list[WordTable]]:
    """The lines without those of whitespace action tables, and the tables. A table runs from its
    header while lines stay within its columns and close together; a repeated header on the
    next page continues it."""
    kept: list[PlacedLine] = []
    tables: list[WordTable] = []
    current: WordTable | None = None
    last: PlacedLine | None = None
    for placed in lines:
        header = word_table_header(placed.line)
        if header is not None:
            if current is None or header[0] != current.fields:
                current = WordTable(*header)
                tables.append(current)
            last = placed
            continue
        if current is not None and in_word_table(current, last, placed):
            add_table_line(current, placed)
            last = placed
            continue
        current = None
        kept.append(placed)
    return kept, tables


def in_word_table(table: WordTable, last: PlacedLine | None, placed: PlacedLine) -> bool:
    line = placed.line
    if line.x0 < table.starts[0] - 6 or line.bold or is_next_meeting(placed.text):
        return False  # left of the table, a heading, or the closing 'Next meeting: …' line
    if last is None or last.page is not placed.page:
        return True  # the table runs on over a page break
    return line.top - last.line.bottom < line.size * 1.6


def add_table_line(table: WordTable, placed: PlacedLine) -> None:
    """A line starts a row where its first column is filled (the item or number), or, with
    the action first, where a later column is; otherwise it continues the row above."""
    cells = layout.cells_by_columns(placed.line, table.starts)
    first_filled = bool(cells[0]) if table.fields[0] != "action" else any(cells[1:])
    if first_filled or not table.rows:
        table.rows.append((cells, [placed]))
        return
    row, placed_lines = table.rows[-1]
    table.rows[-1] = ([f"{a} {b}".strip() for a, b in zip(row, cells)], placed_lines + [placed])


def decision_table(fields: list[str]) -> bool:
    """Column labels of a table of decisions ('Ref · Item · Decision · Decided by'): a decision
    column beside an item or reference column, and no action column."""
    return "decision" in fields and "action" not in fields and bool({"title", "reference", "paragraph"} & set(fields))


def read_word_decisions(table: WordTable, meeting: Meeting, context: Context) -> Iterator[Decision]:
    """A whitespace table of decisions: each row's Decision cell, keyed by the item it names
    (the Item column's number; a register reference only where no item is printed)."""
    for cells, placed_lines in table.rows:
        value = dict(zip(table.fields, cells))
        items = [value.get(name, "").split() for name in ("title", "paragraph", "reference")]
        numbers = [compiled().number_token(words[0]) for words in items if len(words) == 1]
        number = next((n for n in numbers if n), None)
        if number is None:
            continue  # a note under the table ('For information: …') is no row of it
        page = placed_lines[0].page
        source = context.source(page, merge_bbox([pl.line.bbox for pl in placed_lines if pl.page is page]))
        yield from grid_decisions(value.get("decision", ""), number, source, meeting)


def read_word_table(table: WordTable, meeting: Meeting, context: Context) -> Iterator:
    if decision_table(table.fields):
        yield from read_word_decisions(table, meeting, context)
        return
    for cells, placed_lines in table.rows:
        value = dict(zip(table.fields, cells))
        if blank(value.get("action", "")):
            continue
        number = next(
            (
                compiled().number_token(cells[i])
                for i, name in enumerate(table.fields)
                if name not in ("action", "owner", "deadline") and cells[i] and compiled().number_token(cells[i])
            ),
            None,
        )
        page = placed_lines[0].page
        source = context.source(page, merge_bbox([pl.line.bbox for pl in placed_lines if pl.page is page]))
        action = grid_action(value["action"], number, value.get("owner"), value.get("deadline"), source, meeting)
        # 'No. | Para | Action …': the summary's own numbers are the actions' numbers
        if (printed := value.get("reference", "").strip()) and not blank(printed):
            action = replace(action, action_number=printed)
        if action.target_date is None and action.target_date_text and re.search(r"\d", action.target_date_text):
            context.problem(page.number, STAGE, "action deadline without a readable day", action.target_date_text)
        yield action


def cell(cells: list[str], index: int | None) -> str | None:
    if index is None or index >= len(cells):
        return None
    return cells[index] or None


def blank(text: str) -> bool:
    return not re.sub(r"[\s–—\-.]", "", text) or text.strip().lower() in ("none", "n/a", "nil", "tbc")


def grid_decisions(text: str, number: str | None, source, meeting: Meeting) -> Iterator[Decision]:
    """A Decision cell: each sentence that decides (the cell itself says it is a decision,
    so a sentence opening with the verb counts too)."""
    if blank(text):
        return
    for sentence in re.split(r"(?<=[.;])\s+(?=[A-Z])", text):
        kind = decision_type(sentence)
        if kind is None and (verb := compiled().bare_verb.match(sentence)):
            kind = verb.group(1).lower()
        if kind:
            yield Decision(
                body=meeting.body,
                meeting_date=meeting.date,
                item_number=number,
                decision_type=kind,
                text=without_decision_label(sentence.strip()),
                source=source,
            )


def grid_minute(raw: str, number: str | None, cells, columns, source, meeting: Meeting) -> Iterator:
    """A Minute cell: its sentences may decide, and its 'Action:' lines are actions whose
    owner stands in the row's Action-by column."""
    owner = cell(cells, columns.get("owner"))
    patterns = compiled()
    lines = [piece for l in raw.split("\n") if l.strip() for piece in at_action_labels(re.sub(r"\s+", " ", l).strip())]
    minute, actions = [], []
    in_action = False
    for line in lines:
        label = patterns.action_label(line)
        if label:
            actions.append(line[label.end() :])
            in_action = True
        elif in_action and not deciding_after_action(actions[-1], line):
            actions[-1] += " " + line  # an action runs on to the end of its cell
        else:
            in_action = False
            minute.append(line)
    for sentence in cell_sentences(minute):
        if kind := decision_type(sentence):
            yield Decision(
                body=meeting.body,
                meeting_date=meeting.date,
                item_number=number,
                decision_type=kind,
                text=sentence,
                source=source,
            )
    for action in actions:
        yield grid_action(action, number, owner if "action" not in columns else None, None, source, meeting)


def deciding_after_action(action: str, line: str) -> bool:
    """A cell's line after an action that ends a sentence, opening a sentence in which the board
    decides: minute text again ('… by 31 May.' / 'The Committee noted the report.'), no part of
    the action, which never has the board for its subject."""
    return bool(re.search(r"[.!?][”\"’)]?$", action.strip())) and decision_type(line) is not None


def cell_sentences(lines: list[str]) -> list[str]:
    """A cell's sentences; an item's title on the cell's first line (no stop at its end, the text
    below opening a sentence) is no part of the first sentence, so a decision opening the text
    below reads as one ('Budget monitoring' / 'The Committee noted …')."""
    if len(lines) > 1 and not re.search(r"[.!?:;,]$", lines[0]) and titled_line(lines[0], lines[1]):
        return [lines[0], *split_plain_sentences(" ".join(lines[1:]))]
    return split_plain_sentences(" ".join(lines))


def titled_line(first: str, second: str) -> bool:
    """The line below opens a sentence with a board's decision, and the title line does not read
    as the start of that sentence (it has no deciding subject of its own)."""
    opens = re.match(r"[A-Z]", second) is not None
    return opens and decision_type(second) is not None and decision_type(f"{first} {second}") is None


def at_action_labels(line: str) -> list[str]:
    """A cell's line cut where an action label follows a sentence's end ('The Board noted the
    position. Action: circulate the plan.'), so the action starts a line of its own."""
    pieces, start = [], 0
    for gap in re.finditer(r"(?<=[.!?])\s+", line):
        if compiled().action_label(line[gap.end() :]):
            pieces.append(line[start : gap.start()])
            start = gap.end()
    return [p for p in (*pieces, line[start:]) if p.strip()]


def cell_actions(text: str) -> tuple[str, list[str]]:
    """A Decision cell's text without the actions labelled in it, and those actions."""
    kept: list[str] = []
    actions: list[str] = []
    for line in (piece for raw in text.split("\n") for piece in at_action_labels(raw.strip())):
        if label := compiled().action_label(line):
            actions.append(line[label.end() :].strip())
        elif actions:
            actions[-1] += " " + line.strip()
        else:
            kept.append(line.strip())
    return " ".join(kept), actions


def split_plain_sentences(text: str) -> list[str]:
    ends = sentence_ends(text) + [len(text)]
    out, start = [], 0
    for end in ends:
        if chunk := text[start:end].strip():
            out.append(chunk)
        start = end
    return out


def grid_action(
    text: str, number: str | None, owner: str | None, deadline: str | None, source, meeting: Meeting
) -> ActionSighting:
    description = re.sub(r"\s+", " ", text).strip()
    if (owner is None or blank(owner)) and (split := owner_in_leading_brackets(description)):
        owner, description = split  # 'Action (CFO): circulate the plan' in a cell
    deadline = None if deadline is None or blank(deadline) else deadline
    target, target_text = (
        (parse_date(deadline).iso, deadline) if deadline else target_of(description, meeting.reference)
    )
    owner = None if owner is None or blank(owner) else owner
    if owner is None and not owner_names(description, meeting, leading=True):
        owner = owner_before_to(description)  # a cell that opens with its owner: 'Head of Estates to …'
    names = owner_names(owner or description, meeting, leading=owner is None)
    return ActionSighting(
        body=meeting.body,
        seen_at=meeting.date,
        origin="minutes",
        description=description,
        source=source,
        raised_date=meeting.date,
        agenda_item_number=number,
        owner_text=owner,
        owner_names=names,
        subject_text=None if owner else description,
        target_date=target,
        target_date_text=target_text if target or deadline else None,
    )


def owner_names(text: str, meeting: Meeting, leading: bool) -> tuple[str, ...]:
    """People an owner text gives by the initials the attendance list defines ('LP/VS', 'FK / SL');
    with `leading`, only the initials that open an action ('PF to provide …')."""
    if not meeting.initials:
        return ()
    if leading:
        match = re.match(r"^((?:[A-Z]{2,4}\s*(?:/|&|,|and)\s*)*[A-Z]{2,4})\s+to\b", text.strip())
        if not match:
            return ()
        text = match.group(1)
    tokens = [t for t in re.split(r"\s*(?:/|&|,|\band\b)\s*", text.strip()) if t]
    if tokens and all(t.upper() in meeting.initials for t in tokens):
        return tuple(meeting.initials[t.upper()] for t in tokens)
    return ()


# --- paragraphs ----------------------------------------------------------------------------


@dataclass(frozen=True)
class MinuteNumber:
    """A minute number opening a line: as printed (a prefix such as 'PCP 14/21' kept, a label
    such as 'Item 5' dropped), how many words it takes, and whether a label or prefix says so."""

    text: str
    words: int
    marked: bool


def minute_number_at(line: Line) -> MinuteNumber | None:
    """The number a line opens with: '4.2', '23/19', 'Item 5 –', 'Minute 12', 'PCP 14/21'."""
    patterns = compiled()
    words = line.words
    if patterns.minute_number(words[0].text):
        return minute_number(words[0].text, 1, False)
    if words[0].text.startswith("(") and (bracketed := patterns.number_token(words[0].text)):
        return MinuteNumber(bracketed, 1, True)  # '(4) Estates strategy'
    if any(p.match(words[0].text) for p in patterns.headed_references) and heads_a_minute(line):
        return minute_number(words[0].text, 1, True)  # 'AC/23/07  Minutes of the previous meeting'
    if (
        len(words) >= 3
        and patterns.minute_label.match(words[0].text)
        and patterns.minute_label.match(words[1].text)
        and (labelled := patterns.number_token(words[2].text, labelled=True))
    ):
        return MinuteNumber(labelled, 3, True)  # 'Minute No. 12'
    if len(words) >= 2 and patterns.minute_label.match(words[0].text):
        labelled = patterns.number_token(words[1].text, labelled=True)
        return MinuteNumber(labelled, 2, True) if labelled else None  # 'Item 4:', 'Minute 12'
    if len(words) < 2 or not patterns.minute_number(words[1].text):
        return None
    # a reference prefix in capitals belongs to the number as printed ('PCP 14/21', 'FA 3.2')
    if patterns.minute_prefix.match(words[0].text) and re.search(r"[./]", words[1].text.rstrip(".")):
        number = minute_number(words[1].text, 2, True)
        return replace(number, text=f"{words[0].text} {number.text}") if number else None
    return None


def heads_a_minute(line: Line) -> bool:
    """A reference with its minute's title: the line bold, or the title after it in capitals
    (a row of an action table, 'RB/22/31  Provide the report …', is neither)."""
    return len(line.words) >= 2 and (line.bold or capitalised_heading(line.words[1:]))


def minute_number(printed: str, words: int, marked: bool) -> MinuteNumber | None:
    """The number as printed without its trailing stop; none where only punctuation is left."""
    text = layout.clean_number(printed)
    return MinuteNumber(text, words, marked) if text else None


@dataclass(frozen=True)
class Margins:
    """Where paragraph numbers stand: the leftmost numbered line's x, and in two text columns
    also the x where the right column's numbered lines start."""

    columns: tuple[float, ...]

    def of(self, x: float) -> float:
        """The margin of the column a line starting at x stands in."""
        return max((m for m in self.columns if m <= x + 5), default=self.columns[0])


def number_margin(lines: list[PlacedLine]) -> Margins:
    numbered = [pl for pl in lines if minute_number_at(pl.line)]
    if not numbered:
        return Margins((min((pl.line.x0 for pl in lines), default=0.0),))
    left = min(pl.line.x0 for pl in numbered)
    return Margins((left, *sorted({x for pl in numbered if (x := right_column_start(pl, lines, left)) is not None})))


def right_column_start(numbered: PlacedLine, lines: list[PlacedLine], left: float) -> float | None:
    """The x of a numbered line that opens the right one of two text columns: in the page's right
    half, far right of the left margin, where several lines of its page start too."""
    x = numbered.line.x0
    if x < numbered.page.width * 0.4 or x < left + 90:
        return None
    starting = sum(1 for pl in lines if pl.page is numbered.page and abs(pl.line.x0 - x) < 3)
    return round(x, 1) if starting >= 5 else None


def paragraph_number(line: Line, margins: Margins) -> str | None:
    """The number a line opens a paragraph with, if its first word is one at its column's margin."""
    found = minute_number_at(line)
    first = line.words[0]
    if found is None or first.x0 > margins.of(first.x0) + 45:
        return None
    # A bare integer with no stop and ordinary spacing is a wrapped date or count ("10 May").
    number_word = line.words[found.words - 1]
    rest = line.words[found.words :]
    if not found.marked and not re.search(r"[./]", first.text) and opens_with_a_date(line.text):
        return None  # a date line, however it is set ('5 July 2023' in bold under the title)
    if CLOCK_TIME.match(line.text):
        return None  # '2.30 pm in Committee Room B': a time wrapped from the heading's sentence
    if (
        not found.marked
        and not re.search(r"[./]", first.text)
        and rest
        and rest[0].x0 - number_word.x1 < 8
        and not line.bold
        and not capitalised_heading(rest)
    ):
        return None
    return found.text


CLOCK_TIME = re.compile(r"^\s*\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\b\.?|hrs\b|hours\b)", re.I)


def opens_with_a_date(text: str) -> bool:
    """Whether a line opens with a full date ('5 July 2023', '14th March 2024 at 2pm')."""
    return any(span.start == 0 and span.value.iso for span in find_dates(text.strip()))


def capitalised_heading(words: tuple[Word, ...]) -> bool:
    """A heading set in capitals after its number ('3 ROAD SAFETY'), not a date or a count."""
    text = layout.words_text(words)
    return sum(c.isalpha() for c in text) >= 3 and text.isupper() and not find_dates(text)


@dataclass
class Paragraph:
    number: str | None
    item: str | None  # the top-level minute item it stands under
    lines: list[PlacedLine]
    own_column: bool  # its number stands in a column of its own
    next_meeting: bool = False
    inherited: str | None = None  # an unnumbered block's number: the paragraph it continues

    @property
    def minute(self) -> str | None:
        """The number a decision here is keyed by: its own, the one it continues, or its item's."""
        return self.number or self.inherited or self.item

    def segments(self) -> list[tuple[str, PlacedLine]]:
        """The text of each line, the number taken off the first; where the minute's heading
        stands in a column of its own beside its text ('61   MINUTES   RESOLVED: That …'),
        only the text column."""
        text_x = self.text_column()
        out = []
        for i, placed in enumerate(self.lines):
            text = placed.text
            if text_x is not None:
                text = layout.words_text(w for w in placed.line.words if w.x0 >= text_x - 2)
            elif i == 0 and self.number is not None:
                text = without_number(text)
            out.append((text, placed))
        return out

    def text_column(self) -> float | None:
        """The x of the text beside a heading column: the first line's number, then a heading
        in capitals set well apart from the text."""
        if self.number is None or not self.own_column:
            return None
        words = self.lines[0].line.words[1:]
        runs = layout.split_on_gaps(Line(tuple(words)), gap=15) if words else []
        if len(runs) == 1 and self.heading_below(runs[0][0].x0):
            return runs[0][0].x0
        if len(runs) < 2:
            return None
        heading = layout.words_text(runs[0])
        if not (heading.isupper() or all(w.bold for w in runs[0])):
            return None
        return runs[1][0].x0

    def heading_below(self, text_x: float) -> bool:
        """Whether the minute's heading runs down a column of its own under its number, beside
        the text ('54   The minutes …' / 'Minutes   Outcome: …'): some later line opens left of
        the text, and every such line has its text start at the text's x after a wide gap."""
        beside = [p.line for p in self.lines[1:] if p.line.words and p.line.words[0].x0 < text_x - 2]
        # a part number at the margin ('1.', '2.') numbers a resolution's parts, not a heading
        headings = [line for line in beside if not compiled().number_token(line.words[0].text)]
        return bool(beside) and headings == beside and all(starts_apart_at(line, text_x) for line in beside)

    def sentences(self, segments=None) -> list[Sentence]:
        return split_sentences(segments if segments is not None else self.segments())


def heading_beside(paragraph: Paragraph, placed: PlacedLine) -> bool:
    """Whether a line continues a numbered minute whose heading runs down the number's column:
    its text starts, after a wide gap, where the text after the number starts."""
    first = paragraph.lines[0].line.words
    if paragraph.number is None or len(first) < 2 or len(paragraph.lines) > 6:
        return False
    return first[1].x0 - first[0].x1 >= 15 and starts_apart_at(placed.line, first[1].x0)


def starts_apart_at(line: Line, x: float, gap: float = 15) -> bool:
    """Whether a word of the line starts at x (within 3 pt) after a gap of at least `gap`."""
    return any(abs(w.x0 - x) <= 3 and w.x0 - prev.x1 >= gap for prev, w in zip(line.words, line.words[1:]))


def read_paragraphs(lines: list[PlacedLine], margin: Margins) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    item, next_meeting = None, False
    part = ""  # the last part number of a resolution set out as numbered parts ('2', '4.2'), '' outside one
    for placed in lines:
        number = paragraph_number(placed.line, margin)
        if number is not None and paragraphs and wrapped_year(paragraphs[-1], number):
            number = None  # '… by 3 May' / '2023. Action – PK': the date's year, wrapped
        if number is not None and paragraphs and resolution_part(paragraphs[-1], number, part):
            part = number  # 'RESOLVED that:' / '1. …' / '2. …': parts of one resolution, not minutes
            paragraphs[-1].lines.append(placed)
            continue
        part = "" if number is not None else part
        if number is not None:
            item = (
                number
                if "." not in number
                else (item if item and number.startswith(item + ".") else number.split(".")[0])
            )
            next_meeting = is_next_meeting(without_number(placed.text))
            paragraphs.append(Paragraph(number, item, [placed], number_in_column(placed.line), next_meeting))
        elif not paragraphs or (
            starts_block(paragraphs[-1], placed, margin)
            and not heading_beside(paragraphs[-1], placed)
            and not action_fields_below(paragraphs[-1], placed)
            and not action_runs_on(paragraphs[-1], placed)
            and not resolution_part_below(paragraphs[-1], placed)
        ):
            next_meeting = next_meeting or is_next_meeting(placed.text)
            previous = paragraphs[-1] if paragraphs else None
            inherited = (previous.number or previous.inherited) if previous and not placed.line.bold else None
            if inherited and "." in inherited and item_outcome(placed.text):
                inherited = None  # 'Outcome: …' after paragraph 2.1 sums up item 2, not the paragraph
            paragraphs.append(
                Paragraph(None, item, [placed], previous.own_column if previous else False, next_meeting, inherited)
            )
        else:
            paragraphs[-1].lines.append(placed)
    return paragraphs


def resolution_part_below(paragraph: Paragraph, placed: PlacedLine) -> bool:
    """'RESOLVED that the Authority:' / '(i) note …;' / '(ii) approve …; and' with a gap before
    each part: the parts are the resolution's, set apart only by the typesetter's spacing."""
    if not PART_MARKER.match(placed.text.strip()):
        return False
    last = paragraph.lines[-1].text.rstrip()
    listing = last.endswith((":", ";")) or bool(re.search(r";\s+(?:and|or)$", last))
    return listing and decision_type(" ".join(pl.text for pl in paragraph.lines)) == "resolved"


def wrapped_year(paragraph: Paragraph, number: str) -> bool:
    """A year opening a line after a line that stops mid-sentence on a month or a day: the date's
    year carried over, not a minute numbered like it."""
    if not re.fullmatch(r"(?:19|20)\d\d", number):
        return False
    last = paragraph.lines[-1].text.rstrip()
    return bool(re.search(r"\b(?:\d{1,2}(?:st|nd|rd|th)?|[A-Z][a-z]{2,8})$", last)) and not re.search(r"[.:;!?]$", last)


def fields_line(text: str) -> bool:
    """A line that opens with an action's field label ('Owner: SL   Due: 15/12/2022')."""
    return any((m := p.match(text.strip())) is not None and m.start() == 0 for p in compiled().action_fields.values())


def action_fields_below(paragraph: Paragraph, placed: PlacedLine) -> bool:
    """An 'Owner: … Due: …' line set under an action ('ACTION  Provide …' / 'Owner: SL   Due: …'):
    the action's fields, part of its block, though a gap or a box sets the line apart."""
    return fields_line(placed.text) and any(compiled().action_label(pl.text.strip()) for pl in paragraph.lines)


def action_runs_on(paragraph: Paragraph, placed: PlacedLine) -> bool:
    """An action's sentence wrapped onto the next line, which its field labels set in bold
    ('Action 7 – CFO to report to' / 'Board. **Due: 31/03/2024**'): still the action, not a heading."""
    last = paragraph.lines[-1]
    return (
        any(compiled().action_label(pl.text.strip()) is not None for pl in paragraph.lines[-3:])
        and not re.search(r"[.!?:][”\"’)]?$", last.text.strip())
        and wrapped(last, list(last.line.words), placed)
    )


def item_outcome(text: str) -> bool:
    """Whether an unnumbered block opens with a label that sums up the item's business
    ('Outcome:', 'Decision –', 'RESOLVED:', 'AGREED:'): in minutes whose items run paragraphs
    2.1, 2.2 …, such a block stands for the item, after the paragraphs, not inside the last one."""
    patterns = compiled()
    text = text.strip()
    return (
        any(p.match(text) for p in patterns.decision_label)
        or any(p.match(text) for p in patterns.resolved)
        or any(p.match(text) for p in patterns.openings.values())
    )


def resolution_part(paragraph: Paragraph, number: str, part: str) -> bool:
    """A bare number that restarts at 1 after a resolution's opening ('RESOLVED that:'), or
    follows the part before it, numbers a part of that resolution; so does a sub-number of the
    item the resolution stands under ('4. …' / 'It was RESOLVED:' / '4.1 That …' / '4.2 That …')."""
    pieces = number.split(".")
    if len(pieces) == 2 and pieces[0] == paragraph.item and pieces[1].isdigit():
        prefix, number = pieces[0] + ".", pieces[1]
    else:
        prefix = ""
    if not number.isdigit():
        return False
    if part:  # the next part, numbered as the one before was
        return part == f"{prefix}{int(number) - 1}"
    last = paragraph.lines[-1].text.strip()
    opening = " ".join(pl.text for pl in paragraph.lines[-2:]).strip()
    resolved = any(p.search(opening) for p in compiled().resolved_opening)
    return number == "1" and resolved and bool(re.search(r"(?:\bthat|[:–—-])\s*$", last, re.I))


def without_number(text: str) -> str:
    """A numbered line's text after its number (and a label's dash: 'Item 5 – Budget')."""
    words = text.strip().split()
    taken = next((i + 1 for i, word in enumerate(words[:3]) if compiled().number_token(word, labelled=i > 0)), 1)
    rest = " ".join(words[taken:])
    return re.sub(r"^[–—:-]\s*", "", rest) if taken > 1 else rest


def is_next_meeting(text: str) -> bool:
    return any(p.match(text.strip()) for p in compiled().next_meeting)


def number_in_column(line: Line) -> bool:
    """More than a space between number and text: the text has a column of its own."""
    return len(line.words) > 1 and line.words[1].x0 - line.words[0].x1 > 8


def starts_block(paragraph: Paragraph, placed: PlacedLine, margin: Margins) -> bool:
    """An unnumbered line that is not a continuation: a bold heading, a line after a blank
    line's space, or (numbers in their own column) a line back at the number's margin."""
    line, last = placed.line, paragraph.lines[-1].line
    if line.bold and not last.bold and line.words[0].bold and not last.words[-1].bold:
        # a bold heading; not a wrapped line ending on a bold marker ('2023. Action – PK'), nor the
        # rest of a bold marker the line above ends in ('… Action –' / 'TS (14/06/2023)')
        return True
    if placed.page is paragraph.lines[-1].page and (
        line.top - last.bottom > last.size * 0.9 or line.top < last.top - 2
    ):
        return True  # a blank line's space, or the top of the next text column
    at_margin = line.x0 < margin.of(line.x0) + 5
    # an unnumbered block already running at the margin ('21/36  MINUTES' / 'It was RESOLVED: That …' /
    # 'and signed by the Chair.'): its wrapped lines return to the margin too
    running_at_margin = paragraph.number is None and last.x0 < margin.of(last.x0) + 5
    return paragraph.own_column and at_margin and not running_at_margin


# --- sentences --------------------------------------------------------------------------


@dataclass
class Sentence:
    text: str
    placed: list[PlacedLine]
    label: str | None = None  # the decision label alone above it, where it is one bullet of that list

    @property
    def bulleted(self) -> bool:
        return any(p.match(self.placed[0].text.strip()) for p in compiled().bullets) if self.placed else False

    @property
    def page(self) -> Page:
        return self.placed[0].page

    def source(self, context: Context):
        boxes = [pl.line.bbox for pl in self.placed if pl.page is self.page]
        return context.source(self.page, merge_bbox(boxes))


def split_sentences(segments: list[tuple[str, PlacedLine]]) -> list[Sentence]:
    text, headings = "", []
    owners: list[tuple[int, int, PlacedLine]] = []
    for index, (piece, placed) in enumerate(segments):
        if any(p.match(piece.strip()) for p in compiled().body_labels):
            if text:
                headings.append(len(text))  # what the label heads starts a sentence
            continue
        start = len(text) + (1 if text else 0)
        if index and heading_before(segments[index - 1], placed, first=index == 1):
            headings.append(len(text))  # a bold heading ends where the body text begins
        elif index >= 2 and headings and headings[-1] == owners[-1][0] - 1 and second_heading(segments[index - 1][0]):
            headings.append(len(text))  # the heading again under it, in a second language or a subtitle
        if bullet := next((m for p in compiled().bullets if (m := p.match(piece.strip()))), None):
            piece = piece.strip()[bullet.end() :]  # a bulleted point is a sentence of its own
            if index:
                headings.append(len(text))
        label = any(p.match(piece.strip()) for p in compiled().list_openings)
        if label and index:
            headings.append(len(text))  # a decision label alone on its line ('AGREED') under a heading
        text = f"{text} {piece}" if text else piece
        owners.append((start, len(text), placed))
        if label:
            headings.append(len(text))
    sentences, start = [], 0
    for end in sorted(set(sentence_ends(text) + headings)) + [len(text)]:
        chunk = text[start:end].strip()
        if chunk:
            sentences.append(Sentence(chunk, [pl for s, e, pl in owners if s < end and e > start]))
        start = end
    return sentences


def second_heading(text: str) -> bool:
    """A line in capitals under a heading, with no stop ('DECLARATIONS OF INTEREST' over its
    translation in another type): a heading line too, not the start of the minute's text."""
    text = text.strip()
    if any(p.match(text) for p in compiled().list_openings):
        return False  # 'RESOLVED' alone over what was resolved
    return len(text) >= 4 and text.isupper() and not re.search(r"[.,;:!?–—-]$", text)


def heading_before(previous: tuple[str, PlacedLine], placed: PlacedLine, first: bool = False) -> bool:
    """A heading line (bold, or a larger size, and short) above body text ends where the text
    begins; a bold "RESOLVED – That" above its parts does not. A block's first line in the
    body's own type is a heading when it is short, unpunctuated, and the text below runs wider."""
    text, line = previous[0], previous[1].line
    if re.search(r"(?:\bthat|[:–—-])\s*$", text, re.I) or len(text.split()) > 12:
        return False
    if (line.bold and not placed.line.bold) or line.size > placed.line.size + 0.3:
        return True
    return (
        first
        and len(text.split()) <= 8
        and not re.search(r"[.,;:!?]$", text.strip())
        and placed.text[:1].isupper()
        and line.x1 < placed.line.x1 - 40
    )


def sentence_ends(text: str) -> list[int]:
    ends = []
    for match in SENTENCE_BREAK.finditer(text):
        before = re.search(r"(\S+)[.!?][”\"’)]?$", text[: match.start() + 1].rstrip())
        word = before.group(1).lower() if before else ""
        if word in ABBREVIATIONS or re.fullmatch(r"[a-z]", word):
            continue
        ends.append(match.start())
    return ends


# --- decisions ------------------------------------------------------------------------------


def decision_type(sentence: str) -> str | None:
    """The strongest decision verb of a sentence whose subject is the board, or None."""
    return sentence_decision(compiled(), sentence)


@lru_cache(maxsize=4096)
def sentence_decision(patterns: Compiled, sentence: str) -> str | None:
    """`decision_type` with the vocabulary's patterns, remembered: recognising parts asks it of
    every line of every page, and again of each line of a part of several pages."""
    sentence = without_decision_label(sentence)
    if any(p.match(sentence) for p in patterns.resolved):
        return "resolved"
    # "AGREED – that …": the body's verb opens the minute
    opened = [verb for verb, p in patterns.openings.items() if p.match(sentence)]
    if opened:
        return next(v for v in patterns.words.decision_verbs if v in opened)
    match = patterns.deciding.search(sentence)
    if not match:
        return None
    verbs = {match.group(1).lower()}
    verbs |= {m.group(1).lower() for m in patterns.coordinated.finditer(sentence, match.end())}
    # a second deciding clause ('The Panel noted the update and the Commissioner approved …')
    verbs |= {m.group(1).lower() for m in patterns.deciding.finditer(sentence, match.end())}
    return next(v for v in patterns.words.decision_verbs if v in verbs)


def without_decision_label(sentence: str) -> str:
    """A label that only announces a decision ('DECISION:', 'Outcome –') is not its text."""
    for label in compiled().decision_label:
        sentence = label.sub("", sentence, count=1)
    return sentence


def read_paragraph(paragraph: Paragraph, meeting: Meeting, context: Context) -> Iterator:
    minute, actions, labelled, numbers = split_actions(paragraph)
    yield from apologies_in(paragraph, meeting, context)
    yield from substitutes_in(paragraph, meeting, context)
    if not paragraph.next_meeting:
        sentences = with_resolution_parts(paragraph.sentences(minute))
        for sentence in sentences:
            yield from decisions_in(sentence, paragraph, meeting, context)
            yield from tagged_action(sentence, paragraph, meeting, context)
        yield from trailing_actions(sentences, paragraph, meeting, context)
    if labelled and not actions and not heads_what_follows(paragraph):
        context.problem(
            paragraph.lines[0].page.number,
            STAGE,
            "action label without an action",
            " ".join(pl.text for pl in paragraph.lines),
        )
    if not labelled and (in_margin := margin_action(minute, paragraph, meeting, context)):
        yield in_margin
    for action in actions:
        if numbers.get(id(action)) and status_note(" ".join(text for text, _ in action)):
            continue  # 'Action 19/04 – complete.': news of an earlier action, which its log carries
        yield replace(action_record(action, paragraph, meeting, context), action_number=numbers.get(id(action)))


def margin_action(minute: Segments, paragraph: Paragraph, meeting: Meeting, context: Context) -> ActionSighting | None:
    """A paragraph with an owner beside it in an action margin (and, below the owner, its date):
    the paragraph is the action, though no label marks it ('The Director undertook to …')."""
    column = [meeting.owners[id(pl)] for pl in paragraph.lines if id(pl) in meeting.owners]
    if not column or not minute:
        return None
    lines = [line for text in column for line in text.split("\n") if line.strip()]
    deadline = lines.pop() if len(lines) > 1 and deadline_line(lines[-1]) else None
    text = re.sub(r"\s+", " ", " ".join(t for t, _ in minute)).strip()
    words = without_number(text) if paragraph.number and text.startswith(paragraph.number) else text
    sentence = Sentence(words, [p for _, p in minute])
    return grid_action(words, paragraph.item, " ".join(lines), deadline, sentence.source(context), meeting)


def deadline_line(text: str) -> bool:
    """A short line in an action margin that gives a date ('30.08.24', 'Sept 2024') or says none
    is set yet ('TBC')."""
    text = text.strip()
    undated = {w.lower() for w in WORDS().undated_deadline_words}
    return text.lower().rstrip(".") in undated or (len(text.split()) <= 4 and re.search(r"\d", text) is not None)


def status_note(text: str) -> bool:
    """An action's number followed by its state rather than a task: a status word, or a sentence
    in lower case saying where it stands ('complete.', 'the update was noted and it stays open')."""
    text = re.sub(r"\s+", " ", text).strip(" .;:–—-")
    if not text or text[:1].isupper():
        return False
    if closed_word().match(text) or open_word().match(text) or any_match("closed_sentence_patterns", text):
        return True
    return bool(
        re.search(r"\b(?:update|progress)\s+(?:was|were|is|has\s+been)\s+noted\b|\bremains?\s+open\b", text, re.I)
    )


# a part's marker: '(ii)', 'b)', '2.', 'iv.', or a sub-number of the item ('4.2') under 'RESOLVED:'
PART_MARKER = re.compile(r"^(?:\(?(?:[ivx]{1,5}|[a-h]|\d{1,2})\)|\d{1,2}\.(?:\d{1,2}\.?)?|[ivx]{1,5}\.)(?:\s|$)", re.I)
PART_ENDS = re.compile(r"(?:^|[\s:])(?:\(?(?:[ivx]{1,5}|[a-h]|\d{1,2})\)|\d{1,2}\.|[ivx]{1,5}\.)$", re.I)
PARTS_BEGUN = re.compile(r"(?:^|\s)(?:\(?(?:[ivx]{1,5}|[a-h]|\d{1,2})\)|\d{1,2}\.(?:\d{1,2}\.?)?)\s", re.I)


def with_resolution_parts(sentences: list[Sentence]) -> list[Sentence]:
    """A resolution's parts stay one decision: a sentence opening with a part marker ('2. …',
    '(ii) …') after a resolution is joined to it, however each part ends."""
    out: list[Sentence] = []
    listing = False  # within a list under a decision label alone on its line ('Agreed:' / '• …;')
    label: Sentence | None = None  # the label over a bulleted list: each bullet is a decision of its own
    for sentence in sentences:
        previous = out[-1] if out else None
        if label is not None and sentence.bulleted:
            out.append(replace(sentence, label=label.text))
            continue
        label = None
        if previous and listing and sentence.bulleted and previous.text.strip() == previous.placed[0].text.strip():
            out[-1] = replace(sentence, label=previous.text)  # 'Agreed:' / '• …;' / '• ….'
            label, listing = previous, False
            continue
        if previous and listing:
            out[-1] = Sentence(f"{previous.text} {sentence.text}", previous.placed + sentence.placed)
            listing = not re.search(r"[.!?]$", sentence.text.strip())
            continue
        if any(p.match(sentence.text.strip()) for p in compiled().list_openings):
            out.append(sentence)
            listing = True
            continue
        if (
            previous
            and decision_type(previous.text) == "resolved"
            and (
                (PART_MARKER.match(sentence.text) and PARTS_BEGUN.search(previous.text))
                or PART_ENDS.search(previous.text)  # 'RESOLVED: 1.' | 'That …': a stop that only marks the part
            )
        ):
            out[-1] = Sentence(f"{previous.text} {sentence.text}", previous.placed + sentence.placed)
            continue
        out.append(sentence)
    return out


def decisions_in(sentence: Sentence, paragraph: Paragraph, meeting: Meeting, context: Context) -> Iterator:
    kind = listed_decision_type(sentence) if sentence.label else decision_type(sentence.text)
    if kind is None:
        return
    yield Decision(
        body=meeting.body,
        meeting_date=meeting.date,
        item_number=paragraph.minute,
        decision_type=kind,
        text=without_decision_label(sentence.text),
        source=sentence.source(context),
    )
    if kind in ("approved", "agreed", "resolved") and MINUTES_APPROVAL.search(sentence.text):
        yield from approval_mention(sentence, meeting, context)


def listed_decision_type(sentence: Sentence) -> str | None:
    """A bullet under a decision label: its own decision where it has one ('• The Panel noted …');
    else the stronger of the label's verb and the verb it opens with ('Agreed:' / '• to approve …'
    is 'approved', '• to note …' is 'agreed')."""
    words = WORDS()
    if own := decision_type(sentence.text):
        return own
    label = (sentence.label or "").strip().split()
    verbs = {label[0].lower().rstrip(":–—-")} if label else set()
    opening = re.match(r"^(?:to\s+)?(\w+)", sentence.text.strip(), re.I)
    if opening and opening.group(1).lower() in words.decision_infinitives:
        verbs.add(words.decision_infinitives[opening.group(1).lower()])
    return next((v for v in words.decision_verbs if v in verbs), None)


def approval_mention(sentence: Sentence, meeting: Meeting, context: Context) -> Iterator[MeetingMention]:
    """The earlier meeting whose minutes this sentence approves, if it names its day."""
    days = [
        s.value.iso
        for s in find_dates(sentence.text, reference=meeting.reference)
        if s.value.iso and s.value.iso < meeting.date
    ]
    if not days:
        context.problem(sentence.page.number, STAGE, "minutes approved without a readable meeting date", sentence.text)
        return
    yield MeetingMention(
        body=meeting.body,
        meeting_date=days[0],
        origin="approval",
        minutes_status="approved",
        source=sentence.source(context),
    )


# --- actions ------------------------------------------------------------------------------


def tagged_action(sentence: Sentence, paragraph: Paragraph, meeting: Meeting, context: Context) -> Iterator:
    """An action written inside the minute's text, its owner in a closing tag ('Members asked for a
    breakdown by district (Action: CFO).'): the sentence without the tag, owned by the tag's words."""
    for pattern in compiled().action_tags:
        if (match := pattern.search(sentence.text)) and sentence.text[: match.start()].strip(" ,;.–—-"):
            description = sentence.text[: match.start()].rstrip(" ,;–—-") + "."
            owner = match.group("owner").strip()
            yield grid_action(description, paragraph.item, owner, None, sentence.source(context), meeting)
            return


def trailing_actions(sentences: list[Sentence], paragraph: Paragraph, meeting: Meeting, context: Context) -> Iterator:
    """A note's sentence followed by its action marker ('Send the plan to members by 3 May 2023.
    Action – PK', '… (14/06/2023)'): the sentence is the action, the marker's words its owner and
    the bracket its target."""
    for before, sentence in zip(sentences, sentences[1:]):
        match = trailing_marker(sentence.text)
        if match is None or trailing_marker(before.text):
            continue
        source = context.source(
            before.page, merge_bbox([pl.line.bbox for pl in before.placed + sentence.placed if pl.page is before.page])
        )
        yield grid_action(
            before.text, paragraph.item, match.group("owner").strip(), match.groupdict().get("target"), source, meeting
        )


def trailing_marker(text: str) -> re.Match | None:
    """'Action – PK (14/06/2023)' alone: an action marker standing after its sentence."""
    return next((m for p in compiled().trailing_actions if (m := p.match(text.strip()))), None)


def heads_what_follows(paragraph: Paragraph) -> bool:
    """An action label alone on the paragraph's last line ('Actions'): the heading of an action
    table below it, which is read as a table."""
    text = paragraph.lines[-1].text.strip()
    label = compiled().action_label(text)
    return label is not None and not text[label.end() :].strip()


Segments = list[tuple[str, PlacedLine]]


def split_actions(paragraph: Paragraph) -> tuple[Segments, list[Segments], bool, dict[int, str]]:
    """The paragraph's minute text, its action items (each a list of line segments), whether it
    carries an action label at all, and the numbers labels give items ('Action 3:'), by id(item)."""
    segments = [margin_action_segment(text, placed) for text, placed in paragraph.segments()]
    label = compiled().action_label
    at = next((i for i, (text, _) in enumerate(segments) if label(text.strip())), None)
    if at is None:
        return segments, [], False, {}
    minute, items, numbers = action_items(segments[at:])
    return segments[:at] + minute, items, True, numbers


def margin_action_segment(text: str, placed: PlacedLine) -> tuple[str, PlacedLine]:
    """A line labelled 'Action' in a margin column of labels ('Decision', 'Action' beside the text,
    no colon): the label given its colon, as 'Action:' reads."""
    words = placed.line.words
    if (
        len(words) >= 2
        and re.fullmatch(r"(?i)actions?", words[0].text)
        and words[1].x0 - words[0].x1 >= MARGIN_LABEL_GAP
    ):
        rest = text.strip()
        rest = rest[len(words[0].text) :].strip() if rest.startswith(words[0].text) else rest  # the margin kept or not
        return f"{words[0].text}: {rest}", placed
    return text, placed


def action_items(segments: Segments) -> tuple[Segments, list[Segments], dict[int, str]]:
    """Minute text after the actions, the action items, and the numbers their labels give them:
    each action label or list marker starts an item; other lines continue the one before, until
    an item's sentence ends on a line the typesetter did not wrap (what follows is minute text)."""
    items: list[Segments] = []
    numbers: dict[int, str] = {}
    minute: Segments = []
    in_action = False
    for raw, placed in segments:
        text = raw.strip()
        label = compiled().action_label(text)
        if label:
            text = text[label.end() :].strip()
            in_action = True
        marker = ITEM_MARKER.match(text) if in_action else None
        if marker:
            text = text[marker.end() :]
        if not text:
            continue
        if label or marker:
            items.append([(text, placed)])
            if label and (number := label.groupdict().get("number")):
                numbers[id(items[-1])] = number
        elif in_action and items and (fields_line(text) or not action_ended(items[-1], placed)):
            items[-1].append((text, placed))
        else:
            in_action = False
            minute.append((raw, placed))
    return minute, items, numbers


def action_ended(item: list[tuple[str, PlacedLine]], placed: PlacedLine) -> bool:
    """The action's last line ends a sentence and was not wrapped, or the action ends with its
    owner in brackets ('… by 30 November (PCC)') and the next line opens a sentence: new text."""
    text, previous = item[-1]
    opens_sentence = re.match(r"[A-Z0-9“\"‘(]", placed.text.strip()) is not None
    if opens_sentence and (owner_in_brackets(" ".join(t for t, _ in item)) or fields_in_brackets(text)):
        return True
    return (
        bool(re.search(r"[.!?][”\"’)]?$", text.strip()))
        and previous.page is placed.page
        and not wrapped(previous, list(previous.line.words), placed)
    )


def fields_in_brackets(text: str) -> bool:
    """An action line that closes with its fields in brackets ('(Owner: CFO; by 31 May 2023)')."""
    match = re.search(r"\(([^()]+)\)[.;]?$", text.strip())
    return match is not None and fields_line(match.group(1))


def action_record(
    item: list[tuple[str, PlacedLine]], paragraph: Paragraph, meeting: Meeting, context: Context
) -> ActionSighting:
    sentence = Sentence(re.sub(r"\s+", " ", " ".join(t for t, _ in item)).strip(), [p for _, p in item])
    description, fields = action_fields(sentence.text)
    if "owner" not in fields and (split := owner_in_leading_brackets(description)):
        fields["owner"], description = split  # 'Action (CFO): circulate the plan'
    if "owner" not in fields and (split := owner_before_dash(description)):
        fields["owner"], description = split  # 'Action: CFO – circulate the plan'
    if "owner" not in fields and (split := owner_before_colon(description)):
        fields["owner"], description = split  # 'Action – Chief Executive: circulate the plan'
    if "owner" not in fields and (split := owner_in_brackets(description)):
        fields["owner"], description = split  # 'ACTION: circulate the plan (CFO)'
    if "owner" not in fields and (split := owner_after_dash(description)):
        fields["owner"], description = split  # 'ACTION: circulate the plan – CFO'
    column_owner = next((meeting.owners[id(pl)] for pl in paragraph.lines if id(pl) in meeting.owners), None)
    if column_owner and "owner" not in fields:
        fields["owner"] = column_owner
    if "owner" in fields or "deadline" in fields:
        # "Action: circulate the plan. Owner: CFO  Deadline: 30 June 2021" reads like a grid row
        action = grid_action(
            description, paragraph.item, fields.get("owner"), fields.get("deadline"), sentence.source(context), meeting
        )
        return replace(action, description=description)
    target, target_text = target_of(sentence.text, meeting.reference)
    names = owner_names(sentence.text, meeting, leading=True)
    return ActionSighting(
        body=meeting.body,
        seen_at=meeting.date,
        origin="minutes",
        description=sentence.text,
        source=sentence.source(context),
        raised_date=meeting.date,
        agenda_item_number=paragraph.item,
        subject_text=sentence.text,
        owner_text=None if names else owner_before_to(sentence.text),
        owner_names=names,
        target_date=target,
        target_date_text=target_text,
    )


def owner_in_brackets(text: str) -> tuple[str, str] | None:
    """(owner, action) where an action ends with its owner in brackets: initials or a title in
    capitals ('(DCC)', '(Panel Secretary)', '(CFO/ACC)'); not a date, a count or a reference."""
    match = re.match(r"^(\S.*?)[\s,;–—-]*\(([^()]{2,60})\)[.;]?$", text.strip(), re.S)
    if not match:
        return None
    owner = re.sub(r"\s+", " ", match.group(2)).strip()
    words = re.split(r"\s+|/", owner)
    capitalised = all(w[:1].isupper() or w.lower() in ("and", "of", "&", "the", "for") for w in words if w)
    if len(words) > 6 or re.search(r"\d", owner) or not capitalised:
        return None
    if words[0].lower() in WORDS().bracket_not_owner_words:
        return None
    return owner, match.group(1).strip()


def owner_in_leading_brackets(text: str) -> tuple[str, str] | None:
    """(owner, action) where the label's owner stands in brackets before the action ('(CFO): …')."""
    match = re.match(r"^\(([^()]{2,60})\)\s*[:–—-]?\s*(\S.*)$", text.strip(), re.S)
    if not match or not names_an_owner(match.group(1).strip()):
        return None
    return match.group(1).strip(), match.group(2).strip()


def owner_before_dash(text: str) -> tuple[str, str] | None:
    """(owner, action) where an action opens with its owner and a dash: initials or role
    abbreviations ('CFO', 'LP/VS'), a role ('Head of Estates') or a person ('Ann Lee')."""
    return owner_before(re.match(r"^(.{2,60}?)\s+[–—-]\s+(\S.*)$", text), most_words=6)


def owner_before_colon(text: str) -> tuple[str, str] | None:
    """(owner, action) where the marker is followed by the owner and a colon ('Action – Chief
    Executive: send the plan'): the words before the colon name an owner and nothing else."""
    return owner_before(re.match(r"^([^:]{2,60}?)\s*:\s+(\S.*)$", text), most_words=8)


def owner_before(match: re.Match | None, most_words: int) -> tuple[str, str] | None:
    """(owner, action) from a match of the owner (group 1) and the action after its separator
    (group 2), where the owner is a few words that name an owner (`names_an_owner`)."""
    if not match or len(match.group(1).split()) > most_words:
        return None
    owner = match.group(1).strip()
    return (owner, match.group(2).strip()) if names_an_owner(owner) else None


def owner_before_to(text: str) -> str | None:
    """The owner an action opens with, in its own words ('Head of Estates to circulate …',
    'Chief Executive and Treasurer to agree …'): role words, initials or a person before 'to'.
    A post whose title holds 'to the' ('Clerk to the Authority', 'Secretary to the Panel') is
    one owner: 'to' before a capital is the title's, 'to' before a verb the action's."""
    match = re.match(
        r"^((?:[A-Z][\w’'/&().-]*|of|and|the|for|&)(?:\s+(?:[A-Z][\w’'/&().-]*|of|and|the|for|&|"
        r"to(?=\s+(?:the\s+)?[A-Z]))){0,7})\s+to\s+[a-z]",
        text,
    )
    if not match:
        return None
    owner = match.group(1).strip()
    return owner if names_an_owner(owner) or titled_post(owner) else None


def titled_post(text: str) -> bool:
    """A post named by its title word and its field: 'Head of Procurement', 'Director of People',
    'Estates Manager' (the title word first before 'of', or last)."""
    people = compiled().people
    words = text.split()
    before_of = words[: words.index("of")] if "of" in words[1:] else []
    return len(words) <= 6 and (
        (bool(before_of) and all(people.is_role_word(w) for w in before_of)) or people.is_role_word(words[-1])
    )


def owner_after_dash(text: str) -> tuple[str, str] | None:
    """(owner, action) where an action ends with a dash and its owner ('Circulate the plan – CFO')."""
    match = re.match(r"^(\S.*?)[.;]?\s+[–—-]\s+([^–—]{2,60}?)[.;]?$", text.strip())
    if not match or len(match.group(2).split()) > 6:
        return None
    owner = match.group(2).strip()
    return (owner, match.group(1).strip()) if names_an_owner(owner) else None


def names_an_owner(owner: str) -> bool:
    """Initials or role abbreviations ('CFO', 'LP/VS'), a role ('Head of Estates') or a person ('Ann Lee')."""
    people = compiled().people
    tokens = [t for t in re.split(r"\s*(?:/|&|,|\band\b)\s*", owner) if t]
    initials = all(re.fullmatch(r"[A-Z][A-Z/]{1,5}", t) for t in tokens)
    roles = all(people.is_role_word(w) or people.is_honorific(w) for t in tokens for w in t.split())
    person = people.person(owner) is not None and not re.search(r"[.,;:]", owner)
    return bool(tokens) and (initials or roles or person)


def action_fields(text: str) -> tuple[str, dict[str, str]]:
    """An action's text without its labelled owner and deadline, and those values."""
    marks = sorted(
        (m.start(), m.end(), name)
        for name, p in compiled().action_fields.items()
        for m in p.finditer(text)
        if m.start() > 0
    )
    if not marks:
        return text, {}
    fields: dict[str, str] = {}
    after: list[str] = []
    for (_, end, name), following in zip(marks, marks[1:] + [(len(text), 0, "")]):
        # a field ends at a semicolon or its bracket: '(Lead: CFO; by 30 April 2022)'
        value, *rest = re.split(r"\s*[;)]\s*", text[end : following[0]].strip(" .,"), maxsplit=1)
        fields.setdefault(name, value.strip(" .;,)"))
        after += [r.strip(" .;,)") for r in rest if r.strip(" .;,)")]
    if "deadline" not in fields and after and any(s.value.iso for s in find_dates(" ".join(after))):
        fields["deadline"] = re.sub(r"^(?:by|before|no\s+later\s+than)\s+", "", " ".join(after), flags=re.I)
    # a leading bracket opens the owner's ('(CFO): …'), a trailing one the field's
    return text[: marks[0][0]].lstrip(" ;,–—-").rstrip(" ;,(–—-"), fields


def target_of(text: str, reference: datetime.date) -> tuple[str | None, str | None]:
    """A target day only where the action names one ('by 1 June 2018', 'next week')."""
    for span in find_dates(text, reference=reference):
        if span.value.iso:
            return span.value.iso, span.text.strip()
    relative = resolve_relative(text, reference)
    return (relative.iso, text) if relative.iso else (None, None)
