"""Read a meeting's minutes: the meeting, who attended, what was decided, what was actioned.

Takes a `minutes` part (body lines across its pages, ruled tables) and the `Context`;
yields
- `MeetingMention(origin='minutes')` from the heading (board, Date:, Time:, Location:,
  and the status the heading prints: DRAFT/UNCONFIRMED -> 'draft', APPROVED/CONFIRMED ->
  'approved');
- `MeetingMention(origin='approval')` for each earlier meeting whose minutes the board
  approves in these minutes;
- `Attendee`s from the Members / In Attendance block (lines with a name column and a
  role column, or a ruled table) and from "Apologies were received from …" prose;
- `Decision`s: sentences whose subject is the board or the Commissioner with a simple
  past decision verb, typed by the strongest verb, keyed by the paragraph number;
- `ActionSighting(origin='minutes')`s: each item introduced by an "Action:" label.

Paragraphs are found from layout: a line whose first word is a number near the left
margin starts one; other lines continue it, across page breaks. Nothing here knows a
board, a person or a meeting: only the wording and layout conventions of minutes.
"""
from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from pipeline import layout
from pipeline.dates import find_dates, parse_date, parse_time, resolve_relative
from pipeline.records import (ActionSighting, Attendee, Decision, DocumentPart, Line,
                              MeetingMention, Page, Table, Word)

from pipeline import vocabulary

from .base import Evidence, header_rows_naming, lines_matching, strongest, title_lines, Context, PlacedLine, merge_bbox, part_lines

STAGE = "minutes"

# --- wording ------------------------------------------------------------------------

STATUS = re.compile(r"\b(draft|approved|unconfirmed|confirmed)\b(?:\s+minutes\b)?", re.I)
STATUS_VALUE = {"draft": "draft", "unconfirmed": "draft", "approved": "approved", "confirmed": "approved"}
HEADING_FIELDS = {"date": "date", "time": "time", "location": "location", "venue": "location",
                  "place": "location"}
SECTION = re.compile(
    r"^(members(?:\s+present)?|present|in\s+attendance|attending|also\s+(?:present|in\s+attendance)|"
    r"officers\s+present|apologies(?:\s+for\s+absence)?)\s*:?\s*", re.I)
SECTION_KIND = {"apolog": "apologies", "in": "in_attendance", "also": "in_attendance",
                "attending": "in_attendance", "officers": "in_attendance"}
APOLOGIES_PROSE = re.compile(
    r"\bapologies(?:\s+for\s+absence)?\s+(?:were|was|had\s+been)\s+(?:received|given|noted|tendered)\s+"
    r"(?:from|for|on\s+behalf\s+of)\s+", re.I)

VERBS = ("resolved", "approved", "agreed", "endorsed", "delegated", "noted")  # strongest first
VERB = r"(resolved|approved|agreed|endorsed|delegated|noted)"
ADVERB = r"(?:\s+(?:also|then|formally|unanimously|further|duly|subsequently|therefore|fully))?"
# The board or the Commissioner as the subject, optionally with a "(the “Board”)" gloss.
SUBJECT = (r"(?:[A-Z][\w&’'-]*\s+){0,5}?(?:Board|Committee|Panel|Commissioner|PCC)"
           r"(?:\s*\([^)]{0,40}\))?")
# A subject opens the sentence, or a later clause with its article ("… and the Board noted"),
# so "Office of the Police and Crime Commissioner noted" does not make the Commissioner one.
CLAUSE_START = (r"(?:^(?:(?i:the)\s+)?|(?:(?<=\band\s)|(?<=,\s)|(?<=;\s)|(?<=\bthat\s)|(?<=\bthen\s))"
                r"(?i:the)\s+)")
DECIDING_SUBJECT = re.compile(CLAUSE_START + SUBJECT + ADVERB + r"\s+" + VERB + r"\b")
COORDINATED_VERB = re.compile(r"(?:\band|,)" + ADVERB + r"\s+" + VERB + r"\b")
RESOLVED_OPENING = re.compile(r"^(?:it\s+was\s+)?resolved\b\s*(?:[:–—-]|that\b)", re.I)
MINUTES_APPROVAL = re.compile(r"\bminutes\b", re.I)
NEXT_MEETING = re.compile(r"^(?:date\s+(?:and\s+\w+\s+)?of\s+(?:the\s+)?)?(?:the\s+)?next\s+meeting\b", re.I)

ACTION_LABEL = re.compile(r"^(?:further\s+)?actions?(?:\s*\(s\))?(?:\s*[:–—-]\s*|\s+(?=\()|\s*$)", re.I)
ITEM_MARKER = re.compile(r"^(?:\(?(?:[ivx]{1,5}|[a-h])\)|[ivx]{1,5}\.|[•●▪◦·–-])\s*(?=\S)", re.I)

ABBREVIATIONS = {"e.g", "i.e", "mr", "mrs", "ms", "dr", "no", "st", "cllr", "etc", "approx", "ref",
                 "para", "vs", "supt", "insp", "det", "ch"}
SENTENCE_BREAK = re.compile(r"(?<=[.!?])[”\"’)]?\s+(?=[A-Z“\"‘(\d])")

# Words that start a role or name an organisation: they end a person's name in prose.
ROLE_WORDS = {
    "chief", "deputy", "assistant", "head", "director", "interim", "acting", "temporary",
    "executive", "superintendent", "inspector", "commissioner", "constable", "officer",
    "manager", "treasurer", "secretary", "chair", "chairman", "chairperson", "vice", "member",
    "lead", "adviser", "advisor", "analyst", "coordinator", "co-ordinator", "solicitor",
    "monitoring", "senior", "principal", "detective", "sergeant", "councillor", "governance",
    "finance", "financial", "strategic", "corporate", "communications", "legal", "programme",
    "project", "estates", "support", "operations", "business", "performance", "policy",
    "police", "office", "constabulary", "council", "county", "borough", "city", "district",
    "authority", "trust", "service", "services", "fire", "rescue", "partnership", "unit",
    "team", "department", "directorate", "force", "agency", "nhs", "university", "limited",
    "ltd", "opcc", "pcc", "the", "of", "and", "for",
}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "cllr", "sir", "dame", "prof", "professor", "rev", "lord", "lady"}
NAME_WORD = re.compile(r"^(?:[A-Z][a-zA-Z’'\-]+|[A-Z]\.?|(?:de|van|von|der|le|la|da|di|du|mc|mac)|[A-Z][a-z]*[’'][A-Z][a-z]+)$")


@dataclass(frozen=True)
class MinutesWords:
    """The minutes vocabulary (pipeline/data/vocabulary/minutes.json)."""
    title_patterns: tuple[str, ...]
    attendance_labels: tuple[str, ...]


WORDS = vocabulary.loader("minutes", MinutesWords)


class MinutesExtractor:
    claims = "minutes"
    name = "minutes"
    reads = frozenset({"minutes"})
    yields = (MeetingMention, Attendee, Decision, ActionSighting)

    def recognise(self, pages: list[Page]) -> Evidence:
        words = WORDS()
        findings = [(0.9, f"title '{t}'") for t in title_lines(pages, words.title_patterns)[:1]]
        labels = vocabulary.phrase_pattern(words.attendance_labels)
        blocks = {labels.match(t).group(0).lower() for t in lines_matching(pages, labels) if labels.match(t)}
        if len(blocks) >= 2:
            findings.append((0.7, f"attendance labels {sorted(blocks)}"))
        if resolutions := [t for t in lines_matching(pages, (r"\bresolved\b",))]:
            findings.append((0.4, f"{len(resolutions)} 'resolved' lines"))
        return strongest(self.claims, findings)

    def extract(self, part: DocumentPart, pages: list[Page], context: Context) -> Iterator:
        if not pages:
            return
        lines = part_lines(pages)
        margin = number_margin(lines)
        head_end = next((i for i, pl in enumerate(lines) if paragraph_number(pl.line, margin)), len(lines))
        meeting = read_heading(lines[:head_end], part, context)
        if meeting is None:
            context.problem(pages[0].number, STAGE, "no meeting date in the minutes heading",
                            " / ".join(pl.text for pl in lines[:6]))
            return
        yield meeting.mention
        yield from read_attendance_block(lines[:head_end], pages, meeting, context)
        for paragraph in read_paragraphs(lines[head_end:], margin):
            yield from read_paragraph(paragraph, meeting, context)


# --- heading ------------------------------------------------------------------------

@dataclass
class Meeting:
    """The meeting these minutes record, as the rest of the part needs it."""
    body: str
    date: str
    mention: MeetingMention

    @property
    def reference(self) -> datetime.date:
        return datetime.date.fromisoformat(self.date)


def read_heading(head: list[PlacedLine], part: DocumentPart, context: Context) -> Meeting | None:
    values = heading_values(head)
    date = parse_date(values.get("date", "")).iso or heading_date(head)
    if date is None:
        return None
    body = next((b for pl in head if not layout.labelled_values(pl.line)
                 and (b := layout.find_body_name(pl.text))), None) or part.body or context.body
    mention = MeetingMention(
        body=body, meeting_date=date, origin="minutes", source=heading_source(head, part, context),
        start_time=parse_time(values.get("time")), location=values.get("location") or None,
        minutes_status=heading_status(head))
    return Meeting(body, date, mention)


def heading_source(head: list[PlacedLine], part: DocumentPart, context: Context):
    if not head:
        return context.source(part.page_start)
    return context.source(head[0].page, merge_bbox([pl.line.bbox for pl in head[:4] if pl.page is head[0].page]))


def heading_values(head: list[PlacedLine]) -> dict[str, str]:
    values: dict[str, str] = {}
    for placed in head:
        for label, value in layout.labelled_values(placed.line).items():
            name = HEADING_FIELDS.get(label)
            if name and value and name not in values:
                values[name] = value
    return values


def heading_date(head: list[PlacedLine]) -> str | None:
    """A date printed in a heading line ('Minutes of the meeting held on 12 April 2018')."""
    for placed in head[:8]:
        for span in find_dates(placed.text):
            if span.value.iso:
                return span.value.iso
    return None


def heading_status(head: list[PlacedLine]) -> str | None:
    for placed in head[:8]:
        text = placed.text.strip()
        match = STATUS.search(text)
        if match and (placed.line.bold or text.isupper()) and len(text.split()) <= 6:
            return STATUS_VALUE[match.group(1).lower()]
    return None


# --- attendance block ------------------------------------------------------------------

@dataclass
class AttendanceCursor:
    """Walks the Members / In Attendance block: the section and name column in force."""
    section: str | None = None
    name_x: float | None = None
    rows: list = field(default_factory=list)  # [attendance, name, role_parts, placed]


def section_kind(label: str) -> str:
    key = label.strip().lower()
    return next((kind for prefix, kind in SECTION_KIND.items() if key.startswith(prefix)), "member")


def read_attendance_block(head: list[PlacedLine], pages: list[Page], meeting: Meeting,
                          context: Context) -> Iterator[Attendee]:
    cursor = AttendanceCursor()
    tables = [(page, t) for page in pages for t in page.tables]
    done: set[int] = set()
    for placed in head:
        table = next((i for i, (page, t) in enumerate(tables) if page is placed.page and inside(placed.line, t)), None)
        if table is None:
            read_attendance_line(cursor, placed)
        elif table not in done:
            done.add(table)
            read_attendance_table(cursor, *tables[table])
    for attendance, name, role_parts, page, bbox in cursor.rows:
        role = " ".join(role_parts).strip(" ,;") or None
        yield Attendee(body=meeting.body, meeting_date=meeting.date, name=name, attendance=attendance,
                       role_text=role, source=context.source(page, bbox))


def inside(line: Line, table: Table) -> bool:
    x0, top, x1, bottom = table.bbox
    return top - 1 <= line.top and line.bottom <= bottom + 1 and line.x0 >= x0 - 1


def read_attendance_line(cursor: AttendanceCursor, placed: PlacedLine) -> None:
    words = list(placed.line.words)
    label = SECTION.match(placed.text)
    if label:
        cursor.section, cursor.name_x = section_kind(label.group(1)), None
        words = words_after(words, label.group(0))
    elif layout.labelled_values(placed.line):
        cursor.section = None  # another heading label (Date:, Location:) ends the block
    if words and cursor.section is not None:
        add_attendance_words(cursor, words, placed.page, placed.line)


def add_attendance_words(cursor: AttendanceCursor, words: list[Word], page: Page, line: Line) -> None:
    runs = layout.split_on_gaps(Line(tuple(words)))
    first = runs[0][0].x0
    if cursor.name_x is None:
        cursor.name_x = first
    text = layout.words_text(runs[0])
    starts_name = abs(first - cursor.name_x) < 10 and (len(runs) > 1 or person_name(text)[0])
    if starts_name:
        name, role = (text, "") if len(runs) > 1 else name_and_role(text)
        rest = " ".join(layout.words_text(r) for r in runs[1:])
        cursor.rows.append([cursor.section, name, [p for p in (role, rest) if p], page, line.bbox])
    elif cursor.rows:
        cursor.rows[-1][2].append(" ".join(layout.words_text(r) for r in runs))


def words_after(words: list[Word], prefix: str) -> list[Word]:
    """The words of a line after a label that spans its first words."""
    taken = len(prefix.split())
    return words[taken:]


def read_attendance_table(cursor: AttendanceCursor, page: Page, table: Table) -> None:
    for index, row in enumerate(table.rows):
        cells = [layout.cell_text(c) for c in row if layout.cell_text(c)]
        if cells and (label := SECTION.match(cells[0])) and not cells[0][label.end():].strip():
            cursor.section = section_kind(label.group(1))
            cells = cells[1:]
        if not cells or cursor.section is None or layout.header_key(cells[0]) == "name":
            continue
        cursor.rows.append([cursor.section, cells[0], cells[1:2], page, row_bbox(table, index)])


def row_bbox(table: Table, index: int):
    """A table row's box: from its top to the next row's top (or the table's bottom)."""
    tops = table.row_tops
    if index >= len(tops):
        return table.bbox
    bottom = tops[index + 1] if index + 1 < len(tops) else table.bbox[3]
    return (table.bbox[0], round(tops[index], 1), table.bbox[2], round(bottom, 1))


# --- people in prose ---------------------------------------------------------------------

def person_name(text: str) -> tuple[str | None, str]:
    """'Alec Wood Chief Constable, X' -> ('Alec Wood', 'Chief Constable, X'); no name -> (None, text)."""
    words = text.split()
    taken = 0
    while taken < len(words) and words[taken].strip(".").lower() in HONORIFICS:
        taken += 1
    start = taken
    while taken < len(words) and taken - start < 4 and is_name_word(words[taken]):
        taken += 1
        if words[taken - 1].endswith(","):
            break
    if taken - start < 2 and not (start and taken > start):
        return None, text
    name = " ".join(words[:taken]).rstrip(",")
    return name, " ".join(words[taken:]).strip(" ,;–-").rstrip(".")


def is_name_word(word: str) -> bool:
    bare = word.rstrip(",.")
    return bool(NAME_WORD.match(bare)) and bare.lower() not in ROLE_WORDS


def name_and_role(text: str) -> tuple[str, str]:
    """One line holding both: 'Name, Role' / 'Name – Role' or, failing that, name words then role."""
    parts = re.split(r"\s*(?:,|\s[–—-])\s+", text, maxsplit=1)
    if len(parts) == 2 and person_name(parts[0])[0] == parts[0]:
        return parts[0], parts[1]
    name, role = person_name(text)
    return (name or text), role


def split_people(text: str) -> list[tuple[str, str | None]]:
    """'A B Role, Org and C D Role' -> [('A B', 'Role, Org'), ('C D', 'Role')].

    The list is cut at ', ' and ' and ' only where a new person's name begins, so commas
    inside a role ('Chief Constable, Some Constabulary') stay in the role."""
    pieces = re.split(r"(,\s+|;\s+|\s+and\s+|\s*&\s*)", text.strip().rstrip("."))
    people: list[str] = [pieces[0]]
    for separator, piece in zip(pieces[1::2], pieces[2::2]):
        if person_name(piece)[0]:
            people.append(piece)
        else:
            people[-1] += separator + piece
    found = []
    for person in people:
        name, role = person_name(person)
        if name:
            found.append((name, role or None))
    return found


def apologies_in(paragraph: "Paragraph", meeting: Meeting, context: Context) -> Iterator[Attendee]:
    for sentence in paragraph.sentences():
        match = APOLOGIES_PROSE.search(sentence.text)
        if not match:
            continue
        people = split_people(sentence.text[match.end():])
        if not people:
            context.problem(sentence.page.number, STAGE, "apologies list without a readable name", sentence.text)
        for name, role in people:
            yield Attendee(body=meeting.body, meeting_date=meeting.date, name=name,
                           attendance="apologies", role_text=role, source=sentence.source(context))


# --- paragraphs ----------------------------------------------------------------------------

def number_margin(lines: list[PlacedLine]) -> float:
    """The x where paragraph numbers stand: the leftmost numbered line's x."""
    xs = [pl.line.x0 for pl in lines if layout.NUMBER_TOKEN.match(pl.line.words[0].text)]
    return min(xs) if xs else min((pl.line.x0 for pl in lines), default=0.0)


def paragraph_number(line: Line, margin: float) -> str | None:
    """The number a line opens a paragraph with, if its first word is one at the margin."""
    first = line.words[0]
    if not layout.NUMBER_TOKEN.match(first.text) or first.x0 > margin + 45:
        return None
    number = layout.clean_number(first.text)
    # A bare integer with no stop and ordinary spacing is a wrapped date or count ("10 May").
    rest = line.words[1:]
    if "." not in first.text and rest and rest[0].x0 - first.x1 < 8 and not line.bold:
        return None
    return number


@dataclass
class Paragraph:
    number: str | None
    item: str | None                  # the top-level minute item it stands under
    lines: list[PlacedLine]
    own_column: bool                  # its number stands in a column of its own
    next_meeting: bool = False

    def segments(self) -> list[tuple[str, PlacedLine]]:
        """The text of each line, the number taken off the first."""
        out = []
        for i, placed in enumerate(self.lines):
            text = placed.text
            if i == 0 and self.number is not None:
                text = layout.leading_number(text)[1]
            out.append((text, placed))
        return out

    def sentences(self, segments=None) -> list["Sentence"]:
        return split_sentences(segments if segments is not None else self.segments())


def read_paragraphs(lines: list[PlacedLine], margin: float) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    item, next_meeting = None, False
    for placed in lines:
        number = paragraph_number(placed.line, margin)
        if number is not None:
            item = number if "." not in number else (item if item and number.startswith(item + ".")
                                                     else number.split(".")[0])
            next_meeting = bool(NEXT_MEETING.match(layout.leading_number(placed.text)[1]))
            paragraphs.append(Paragraph(number, item, [placed], number_in_column(placed.line), next_meeting))
        elif not paragraphs or starts_block(paragraphs[-1], placed, margin):
            next_meeting = next_meeting or bool(NEXT_MEETING.match(placed.text))
            paragraphs.append(Paragraph(None, item, [placed], False, next_meeting))
        else:
            paragraphs[-1].lines.append(placed)
    return paragraphs


def number_in_column(line: Line) -> bool:
    """More than a space between number and text: the text has a column of its own."""
    return len(line.words) > 1 and line.words[1].x0 - line.words[0].x1 > 8


def starts_block(paragraph: Paragraph, placed: PlacedLine, margin: float) -> bool:
    """An unnumbered line that is not a continuation: a bold heading, or (numbers in their
    own column) a line back at the number's margin."""
    line, last = placed.line, paragraph.lines[-1].line
    if line.bold and not last.bold:
        return True
    return paragraph.own_column and line.x0 < margin + 5


# --- sentences --------------------------------------------------------------------------

@dataclass
class Sentence:
    text: str
    placed: list[PlacedLine]

    @property
    def page(self) -> Page:
        return self.placed[0].page

    def source(self, context: Context):
        boxes = [pl.line.bbox for pl in self.placed if pl.page is self.page]
        return context.source(self.page, merge_bbox(boxes))


def split_sentences(segments: list[tuple[str, PlacedLine]]) -> list[Sentence]:
    text, owners = "", []
    for piece, placed in segments:
        start = len(text) + (1 if text else 0)
        text = f"{text} {piece}" if text else piece
        owners.append((start, len(text), placed))
    sentences, start = [], 0
    for end in sentence_ends(text) + [len(text)]:
        chunk = text[start:end].strip()
        if chunk:
            sentences.append(Sentence(chunk, [pl for s, e, pl in owners if s < end and e > start]))
        start = end
    return sentences


def sentence_ends(text: str) -> list[int]:
    ends = []
    for match in SENTENCE_BREAK.finditer(text):
        before = re.search(r"(\S+)[.!?][”\"’)]?$", text[:match.start() + 1].rstrip())
        word = before.group(1).lower() if before else ""
        if word in ABBREVIATIONS or re.fullmatch(r"[a-z]", word):
            continue
        ends.append(match.start())
    return ends


# --- decisions ------------------------------------------------------------------------------

def decision_type(sentence: str) -> str | None:
    """The strongest decision verb of a sentence whose subject is the board, or None."""
    if RESOLVED_OPENING.match(sentence):
        return "resolved"
    match = DECIDING_SUBJECT.search(sentence)
    if not match:
        return None
    verbs = {match.group(1).lower()}
    verbs |= {m.group(1).lower() for m in COORDINATED_VERB.finditer(sentence, match.end())}
    return next(v for v in VERBS if v in verbs)


def read_paragraph(paragraph: Paragraph, meeting: Meeting, context: Context) -> Iterator:
    minute, actions, labelled = split_actions(paragraph)
    yield from apologies_in(paragraph, meeting, context)
    if not paragraph.next_meeting:
        for sentence in paragraph.sentences(minute):
            yield from decisions_in(sentence, paragraph, meeting, context)
    if labelled and not actions:
        context.problem(paragraph.lines[0].page.number, STAGE, "action label without an action",
                        " ".join(pl.text for pl in paragraph.lines))
    for action in actions:
        yield action_record(action, paragraph, meeting, context)


def decisions_in(sentence: Sentence, paragraph: Paragraph, meeting: Meeting, context: Context) -> Iterator:
    kind = decision_type(sentence.text)
    if kind is None:
        return
    yield Decision(body=meeting.body, meeting_date=meeting.date, item_number=paragraph.number,
                   decision_type=kind, text=sentence.text, source=sentence.source(context))
    if kind in ("approved", "agreed", "resolved") and MINUTES_APPROVAL.search(sentence.text):
        yield from approval_mention(sentence, meeting, context)


def approval_mention(sentence: Sentence, meeting: Meeting, context: Context) -> Iterator[MeetingMention]:
    """The earlier meeting whose minutes this sentence approves, if it names its day."""
    days = [s.value.iso for s in find_dates(sentence.text, reference=meeting.reference)
            if s.value.iso and s.value.iso < meeting.date]
    if not days:
        context.problem(sentence.page.number, STAGE, "minutes approved without a readable meeting date",
                        sentence.text)
        return
    yield MeetingMention(body=meeting.body, meeting_date=days[0], origin="approval",
                         minutes_status="approved", source=sentence.source(context))


# --- actions ------------------------------------------------------------------------------

def split_actions(paragraph: Paragraph) -> tuple[list, list[list[tuple[str, PlacedLine]]], bool]:
    """The paragraph's minute text, its action items (each a list of line segments), and
    whether it carries an action label at all."""
    segments = paragraph.segments()
    at = next((i for i, (text, _) in enumerate(segments) if ACTION_LABEL.match(text)), None)
    if at is None:
        return segments, [], False
    first_text, first_placed = segments[at]
    rest = [(first_text[ACTION_LABEL.match(first_text).end():], first_placed)] + segments[at + 1:]
    return segments[:at], action_items([(t, p) for t, p in rest if t.strip()]), True


def action_items(segments: list[tuple[str, PlacedLine]]) -> list[list[tuple[str, PlacedLine]]]:
    items: list[list[tuple[str, PlacedLine]]] = []
    for text, placed in segments:
        marker = ITEM_MARKER.match(text)
        if marker or not items:
            items.append([(text[marker.end():] if marker else text, placed)])
        else:
            items[-1].append((text, placed))
    return items


def action_record(item: list[tuple[str, PlacedLine]], paragraph: Paragraph, meeting: Meeting,
                  context: Context) -> ActionSighting:
    sentence = Sentence(re.sub(r"\s+", " ", " ".join(t for t, _ in item)).strip(), [p for _, p in item])
    target, target_text = target_of(sentence.text, meeting.reference)
    return ActionSighting(
        body=meeting.body, seen_at=meeting.date, origin="minutes", description=sentence.text,
        source=sentence.source(context), raised_date=meeting.date,
        agenda_item_number=paragraph.item, subject_text=sentence.text,
        target_date=target, target_date_text=target_text)


def target_of(text: str, reference: datetime.date) -> tuple[str | None, str | None]:
    """A target day only where the action names one ('by 1 June 2018', 'next week')."""
    for span in find_dates(text, reference=reference):
        if span.value.iso:
            return span.value.iso, span.text.strip()
    relative = resolve_relative(text, reference)
    return (relative.iso, text) if relative.iso else (None, None)
