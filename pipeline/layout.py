"""The layout knowledge of board papers, in one place, reused by every stage.

Takes lines, words and table cells; yields answers to the questions every extractor
asks: is this line page furniture (a running header or footer)? Where does a numbered
paragraph begin and what is its number? What does a `Label: value` block say? Which
column of a table holds which field? What is a board's canonical name?

Nothing here names a file, a person or a meeting: only the conventions of the house
style (numbered paragraphs, To/From/Date blocks, classification markings, footers).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence

from .printed import OVERPRINT
from .records import Line, Word

# --- running headers and footers ------------------------------------------------------

CLASSIFICATION = re.compile(
    r"^(?:classification:\s*)?(?:official|not protectively marked|restricted|protect|"
    r"official[\s-]+sensitive|unclassified)(?:\s*[-–:]\s*\w+)?$",
    re.I,
)
PAGE_OF = re.compile(r"\bpage\s+(\d+)\s+of\s+(\d+)\b", re.I)
BARE_PAGE = re.compile(r"^(?:page\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?$", re.I)
FOOTER_ITEM = re.compile(r"\bagenda\s+item:?\s*(\d{1,2}(?:\.\d{1,2})*)", re.I)
MARGIN_SHARE = 0.075  # headers and footers start in the outer 7.5% of the page height


def in_margin(line: Line, page_height: float) -> bool:
    band = page_height * MARGIN_SHARE
    return line.top < band or line.top > page_height - band


def looks_like_furniture(text: str) -> bool:
    """Text that is page furniture wherever it sits in the margin."""
    text = text.strip()
    return bool(CLASSIFICATION.match(text) or PAGE_OF.search(text) or BARE_PAGE.match(text))


def furniture_key(text: str) -> str:
    """A line's text with numbers folded, so 'Page 3 of 5' repeats as 'Page # of #'."""
    return re.sub(r"\d+", "#", text.strip().lower())


# --- numbering ---------------------------------------------------------------------

ITEM_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?(?=\s|$)")
ROMAN_ITEM = re.compile(r"^\(?([ivx]{1,5})\)\s*", re.I)
NUMBER_TOKEN = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?$")


def leading_number(text: str) -> tuple[str | None, str]:
    """'4.3 The Board noted…' -> ('4.3', 'The Board noted…'); '5.' -> ('5', '')."""
    match = ITEM_NUMBER.match(text.strip())
    if not match:
        return None, text.strip()
    return match.group(1), text.strip()[match.end() :].strip()


def clean_number(value: str | None) -> str | None:
    """Numbers as printed, without trailing punctuation: '4.1.' -> '4.1'."""
    if value is None:
        return None
    value = value.strip().rstrip(".").strip()
    return value or None


# --- label: value blocks ----------------------------------------------------------------

LABEL = re.compile(r"^([A-Z][A-Za-z ]{1,24}?)\s*:\s*(.*)$")


def split_on_gaps(line: Line, gap: float = 18.0) -> list[list[Word]]:
    """Split a line into runs of words separated by wide horizontal gaps (table-like layout).
    A word printed over the end of the one before it (a label wider than its column running
    into the next) starts a run too: no one sets two words of one phrase over each other."""
    words = line.words
    cuts = [i for i, space in enumerate(line.gaps, 1) if space > gap or space < -OVERPRINT]
    if not cuts:
        return [list(words)]
    bounds = [0, *cuts, len(words)]
    return [list(words[a:b]) for a, b in zip(bounds, bounds[1:])]


def words_text(words: Iterable[Word]) -> str:
    return " ".join(w.text for w in words)


def labelled_values(line: Line) -> dict[str, str]:
    """'To: Business Coordination Board     Agenda Item: 4.0' -> {'to': …, 'agenda item': '4.0'}.

    Several labels can share a line (the minutes' 'Date: … Time: …'), so the line is cut
    at wide gaps first and each run read as `Label: value`."""
    values: dict[str, str] = {}
    current = None
    for run in split_on_gaps(line):
        text = words_text(run)
        match = LABEL.match(text)
        if match:
            current = match.group(1).strip().lower()
            values[current] = match.group(2).strip()
        elif current:
            values[current] = (values[current] + " " + text).strip()
    return values


# --- tables ------------------------------------------------------------------------


# Remembered: recognising parts asks for the same header cells on every page (135,000 calls for
# 3,500 cells on the sample corpus).
@functools.lru_cache(maxsize=4096)
def cell_text(value: str | None) -> str:
    """A table cell as one line of text: wrapped lines joined; a word broken at its hyphen
    over two lines ('on-' / 'going') is rejoined with the hyphen kept."""
    if not value:
        return ""
    value = re.sub(r"(?<=\w)-[ \t]*\n\s*(?=\w)", "-", value)
    return re.sub(r"\s+", " ", value.replace("\n", " ")).strip()


@functools.lru_cache(maxsize=4096)
def header_key(value: str | None) -> str:
    return re.sub(r"[^a-z]+", " ", cell_text(value).lower()).strip()


def map_columns(header: Sequence[str | None], synonyms: Mapping[str, Sequence[str]]) -> dict[str, int]:
    """Map fields to column indexes by header wording; the most specific synonym wins.

    `synonyms` maps a field to header phrases ('target date', 'target'); a header cell
    claims the field whose phrase it matches longest, so 'UPDATE DATE' goes to the
    update date and not to the update text."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = header_key(cell)
        best = max(
            ((len(p), f) for f, phrases in synonyms.items() for p in phrases if phrase_in(p, key)),
            default=None,
        )
        if best and best[1] not in columns:
            columns[best[1]] = index
    return columns


def phrase_in(phrase: str, key: str) -> bool:
    """Whether `phrase` stands as whole words in `key`, a `header_key` (lowercase words, single
    spaces). A plain substring test: segmenting asks it of every header cell and synonym on every
    page, and a regex built per call made it a third of the time spent recognising parts."""
    return f" {phrase} " in f" {key} "


# --- boards -------------------------------------------------------------------------

SMALL_WORDS = {"and", "of", "the", "for", "on", "in", "to"}


# 'PCC', 'OPFCC', 'JIACs': capitals a mixed-case name keeps, unless they spell the body's own noun
# ('Business Coordination BOARD' is a Board, not a B.O.A.R.D.)
ACRONYM = re.compile(r"^O?[A-Z]{2,4}s?$")
BODY_NOUNS = ("board", "committee", "sub-committee", "panel", "group", "forum", "authority")


def canonical_body(text: str | None) -> str:
    """'BUSINESS CO-ORDINATION BOARD' and 'Business Coordination Board' are one body. A name set in
    mixed case keeps its acronyms ('Northvale PCC Board', not 'Pcc'); one set all in capitals
    cannot tell an acronym from a word, and is title-cased throughout."""
    text = re.sub(r"(?i)\bco-ordinat", "coordinat", (text or "").strip())
    text = re.sub(r"\s+", " ", text)
    words = text.split(" ")
    mixed_case = any(c.islower() for c in text)
    return " ".join(
        w.lower()
        if i and w.lower() in SMALL_WORDS
        else w
        if mixed_case and ACRONYM.match(w) and w.lower() not in BODY_NOUNS
        else w[:1].upper() + w[1:].lower()
        for i, w in enumerate(words)
    )


def fuller_name(name: str | None, others: list[str | None]) -> str | None:
    """A paper in a pack that names its board without its area ('Minutes of the Policing Board',
    'Policing Board – Action Log'), the pack naming it in full ('Northvale Policing Board'): the
    fullest name printed for the same board, one that ends with the paper's own words."""
    if not name:
        return name
    longer = [o for o in others if o and len(o) > len(name) and o.lower().endswith(" " + name.lower())]
    return max(longer, key=len) if longer else name


def body_slug(body: str) -> str:
    """'Business Coordination Board' -> 'bcb' (the initials meeting ids start with)."""
    return "".join(w[0] for w in canonical_body(body).lower().split() if w not in SMALL_WORDS)


# A name word starts where no name character precedes it: without that look-behind each `-` or
# `&` inside one long token ("A-A-A-…") restarts a scan to the token's end (quadratic time).
# Capitalised words, joined by the small words of bodies' names ("Police and Crime Panel",
# "Fire and Rescue Authority"), before the noun that names a body; a comma may list its first
# words ("Police, Fire and Crime Panel").
BODY_NAME = re.compile(
    r"\b((?:(?<![\w&’'-])[A-Z][\w&’'-]*(?:,(?=\s+[A-Z]))?\s+(?:(?:and|of|for|&)\s+)?){0,6}"
    rf"(?i:{'|'.join(BODY_NOUNS)}))\b",
)


MARKING_WORDS = re.compile(
    r"^(?:(?:official(?:[\s-]+sensitive)?|restricted|protect|unclassified|not\s+protectively\s+marked)\s+)+", re.I
)
PLACE_PREFIX = re.compile(r"^held\s+(?:(?:virtually|remotely|online)\s+)?(?:via|on|by|at|in)\s+(?=\S)", re.I)


def find_body_name(text: str) -> str | None:
    """The first 'Xxx Yyy Board/Committee/Panel' named in a text, canonicalised; a protective
    marking before it on a running header's line ('OFFICIAL  X Board – date') is no part of it."""
    match = BODY_NAME.search(text)
    return canonical_body(MARKING_WORDS.sub("", match.group(1))) if match else None


def place_name(text: str | None) -> str | None:
    """A meeting's place read from a sentence, without the sentence's words ('held virtually via
    Microsoft Teams' -> 'Microsoft Teams'). A label's value ('Venue: Held via Zoom') is kept as
    printed: its callers do not pass it here."""
    if not text:
        return text
    return PLACE_PREFIX.sub("", text.strip(), count=1) or text


# --- tables drawn without rules (whitespace columns) ------------------------------------


def column_runs(line: Line, gap: float = 6.0) -> list[tuple[float, float, str]]:
    """A header line cut into column labels at gaps wider than a word space: (x0, x1, text)."""
    return [(run[0].x0, run[-1].x1, words_text(run)) for run in split_on_gaps(line, gap)]


def column_of(x: float, starts: Sequence[float], slack: float = 4.0) -> int:
    """The column a word starting at `x` falls in, given the columns' left edges (sorted)."""
    index = 0
    for position, start in enumerate(starts):
        if x + slack >= start:
            index = position
    return index


def cells_by_columns(line: Line, starts: Sequence[float], slack: float = 4.0) -> list[str]:
    """A body line's words dealt into the columns that start at `starts`."""
    cells: list[list[str]] = [[] for _ in starts]
    for word in line.words:
        cells[column_of(word.x0, starts, slack)].append(word.text)
    return [" ".join(c) for c in cells]
