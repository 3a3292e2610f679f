"""Segment a file's pages into the papers it holds.

Takes the `Page`s of one file; yields `DocumentPart`s (agenda, minutes, action log,
report, risk register, other) with page ranges, title, agenda item number, From/To and
date, each stamped with the board and meeting the papers were published for, and the
file's `doc_kind`.

A part starts where the house style starts a paper: the first page, a footer that
restarts its 'Page 1 of N' or names another agenda item, a To:/From: block, an
AGENDA or MINUTES heading, an appendix heading, or a page whose content changes kind
(a risk register or action log attached behind a cover report). Each signal is read
from the page's own layout, never from the file name.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from . import layout
from .dates import parse_date
from .records import DocumentPart, Line, Page

HEAD_LINES = 8  # how far down a page its heading block may reach
AGENDA_HEADING = re.compile(r"^agenda$", re.I)
MINUTES_HEADING = re.compile(r"^(?:(draft|approved|unconfirmed|confirmed)\s+)?minutes\b", re.I)
APPENDIX_HEADING = re.compile(r"^appendix\s+[a-z0-9]{1,3}\b", re.I)
REGISTER_TITLE = re.compile(r"risk\s+register|risks?\s+summary|comprehensive\s+summary", re.I)
RISK_BLOCK = re.compile(r"^(?:risk\s+)?reference\s+S?R\d{1,2}(?:\.\d{1,2})?\b", re.I)
REPORT_OPENING = re.compile(r"^1\.?\s+(purpose|introduction|summary|background|executive summary)\b", re.I)
ACTION_HEADER = re.compile(r"\baction\b", re.I)
ACTION_COLUMNS = re.compile(r"\b(owner|target|update|raised)\b", re.I)
KIND_RANK = ("risk_register", "action_log", "minutes", "agenda", "report", "other")


@dataclass
class PageSignals:
    """What one page says about where papers begin and what they are."""
    footer_item: str | None = None
    footer_page: tuple[int, int] | None = None
    labels: dict | None = None          # the To:/From:/Date: block, if any
    labels_at: int = -1                 # index of the block's last line
    agenda: bool = False
    minutes: str | None = None          # '' for a plain MINUTES heading, else its status word
    appendix: bool = False
    register: bool = False
    action_log: bool = False
    opening: bool = False


def read_signals(page: Page) -> PageSignals:
    signals = PageSignals()
    read_footer(page, signals)
    head = page.lines[:HEAD_LINES]
    read_label_block(head, signals)
    for line in head:
        read_heading(line, signals)
    signals.register = signals.register or has_risk_matrix(page)
    signals.action_log = signals.action_log or any(is_action_header(t.rows[0]) for t in page.tables if t.rows)
    return signals


def read_footer(page: Page, signals: PageSignals) -> None:
    for line in page.furniture:
        if item := layout.FOOTER_ITEM.search(line.text):
            signals.footer_item = item.group(1)
        if pages := layout.PAGE_OF.search(line.text):
            signals.footer_page = (int(pages.group(1)), int(pages.group(2)))


def read_label_block(head: list[Line], signals: PageSignals) -> None:
    values: dict[str, str] = {}
    last_label = None
    for index, line in enumerate(head):
        found = layout.labelled_values(line)
        if found and ("to" in found or "from" in found or (values and "date" in found)):
            values.update(found)
            signals.labels_at, last_label = index, line
        elif last_label is not None and index == signals.labels_at + 1 and continues_value(last_label, line):
            key = list(found or layout.labelled_values(last_label))[-1]
            values[key] = f"{values[key]} {line.text}"
            signals.labels_at = index
    if "to" in values and "from" in values:
        signals.labels = values


def continues_value(label_line: Line, line: Line) -> bool:
    """A wrapped value: a label-less line starting where the value above started."""
    if layout.LABEL.match(line.text) or len(label_line.words) < 2:
        return False
    return abs(line.x0 - label_line.words[1].x0) < 3 and line.size == label_line.size


def read_heading(line: Line, signals: PageSignals) -> None:
    text = line.text.strip()
    if AGENDA_HEADING.match(text):
        signals.agenda = True
    elif (minutes := MINUTES_HEADING.match(text)) and (line.bold or text.isupper()):
        signals.minutes = (minutes.group(1) or "").lower()
    elif APPENDIX_HEADING.match(text):
        signals.appendix = True
    elif (REGISTER_TITLE.search(text) and is_title(line)) or RISK_BLOCK.match(text):
        signals.register = True
    elif "action log" in text.lower() and is_title(line):
        signals.action_log = True
    elif REPORT_OPENING.match(text):
        signals.opening = True


def is_title(line: Line) -> bool:
    """A heading rather than a sentence: bold or capitals, and not a numbered paragraph."""
    number, _ = layout.leading_number(line.text)
    return number is None and (line.bold or line.text.isupper())


def is_action_header(row) -> bool:
    cells = " ".join(layout.cell_text(c) for c in row)
    return bool(ACTION_HEADER.search(cells)) and len(ACTION_COLUMNS.findall(cells)) >= 2


def has_risk_matrix(page: Page) -> bool:
    """A likelihood x impact grid: a header row of five-ish scale labels and cells of references."""
    for table in page.tables:
        cells = " ".join(layout.cell_text(c) for row in table.rows for c in row)
        if re.search(r"\blikel", cells, re.I) or re.search(r"\bS?R\d{1,2}\.\d{1,2}\b", cells):
            scale = [layout.cell_text(c) for c in table.rows[0]] if table.rows else []
            if sum(bool(re.match(r"^\d\s+\w", c)) for c in scale) >= 3:
                return True
    return False


# --- boundaries -------------------------------------------------------------------

def starts_part(signals: PageSignals, previous: PageSignals | None, current_kind: str) -> bool:
    if previous is None:
        return True
    if signals.footer_page and signals.footer_page[0] == 1:
        return True
    if signals.footer_item and previous.footer_item and signals.footer_item != previous.footer_item:
        return True
    if signals.labels or signals.agenda or signals.minutes is not None:
        return True
    if signals.register and current_kind not in ("risk_register", "minutes", "agenda"):
        return True
    if signals.action_log and current_kind not in ("action_log", "minutes", "agenda"):
        return True
    return signals.appendix and current_kind in ("report", "other")


def part_kind(signals: PageSignals) -> str:
    if signals.agenda:
        return "agenda"
    if signals.minutes is not None:
        return "minutes"
    if signals.action_log:
        return "action_log"
    if signals.register:
        return "risk_register"
    if signals.labels or signals.opening:
        return "report"
    return "other"


def split_parts(pages: list[Page]) -> list[tuple[str, list[Page], list[PageSignals]]]:
    parts: list[tuple[str, list[Page], list[PageSignals]]] = []
    previous = None
    for page in pages:
        signals = read_signals(page)
        kind = parts[-1][0] if parts else ""
        if starts_part(signals, previous, kind):
            parts.append((part_kind(signals), [], []))
        parts[-1][1].append(page)
        parts[-1][2].append(signals)
        previous = signals
    return parts


# --- part details ---------------------------------------------------------------------

def describe_part(kind: str, pages: list[Page], signals: list[PageSignals]) -> DocumentPart:
    first = signals[0]
    labels = first.labels or {}
    item = labels.get("agenda item") or first.footer_item
    date = parse_date(labels.get("date")) if labels.get("date") else None
    return DocumentPart(
        document_id=pages[0].document_id,
        part_kind=kind,
        page_start=pages[0].number,
        page_end=pages[-1].number,
        title=part_title(kind, pages[0], first),
        agenda_item_number=layout.clean_number(item) if kind not in ("agenda", "minutes") else None,
        author_text=labels.get("from") or None,
        recipient_text=labels.get("to") or None,
        paper_date=date.iso if date else None,
        paper_date_text=date.text if date else None,
    )


def part_title(kind: str, page: Page, signals: PageSignals) -> str | None:
    lines = page.lines
    if kind == "agenda":
        return f"{layout.canonical_body(lines[0].text)} – Agenda" if lines else None
    if kind == "minutes":
        status = f"{signals.minutes.title()} " if signals.minutes else ""
        return f"{layout.canonical_body(lines[0].text)} – {status}Minutes" if lines else None
    if lines and APPENDIX_HEADING.match(lines[0].text):
        following = next((l.text for l in lines[1:3] if not layout.LABEL.match(l.text)), "")
        return f"{lines[0].text} – {following}".rstrip(" –")
    after = lines[signals.labels_at + 1:] if signals.labels else lines
    title = heading_text(after)
    if (not title or title.endswith(":")) and signals.labels:
        title = heading_text([l for l in lines[: signals.labels_at] if not layout.LABEL.match(l.text)])
    return title


def heading_text(lines: list[Line]) -> str | None:
    """The first heading among the lines, with the lines that continue it in the same font."""
    for index, line in enumerate(lines[:HEAD_LINES]):
        if is_heading_line(line):
            block = [line]
            for following in lines[index + 1: index + 4]:
                if following.size != line.size or following.bold != line.bold or not is_heading_line(following):
                    break
                block.append(following)
            return " ".join(l.text for l in block).strip()
    return None


def is_heading_line(line: Line) -> bool:
    text = line.text.strip()
    if layout.LABEL.match(text) and not text.endswith(":") or APPENDIX_HEADING.match(text):
        return False
    if layout.CLASSIFICATION.match(text):
        return False
    number, _ = layout.leading_number(text)
    return number is None and (line.bold or text.isupper())


# --- the file's board and meeting ---------------------------------------------------------

def papers_context(pages: list[Page]) -> tuple[str | None, str | None]:
    """The board and meeting date the file's papers were published for.

    Read from the footers that name an agenda item ('Business Coordination Board Agenda
    Item: 4.0' / '10 May 2018 Page 1 of 1'), else from any footer, else from an agenda's
    heading. The commonest answer over the pages wins."""
    bodies, dates = Counter(), Counter()
    for page in pages:
        footer = " ".join(line.text for line in page.furniture)
        weight = 2 if layout.FOOTER_ITEM.search(footer) else 1
        for line in page.furniture:
            if body := layout.find_body_name(line.text):
                bodies[body] += weight
            if layout.PAGE_OF.search(line.text) and (date := parse_date(layout.PAGE_OF.split(line.text)[0])):
                dates[date.iso] += weight
    return (bodies.most_common(1)[0][0] if bodies else None,
            dates.most_common(1)[0][0] if dates else None)


def agenda_heading_context(pages: list[Page], parts: list[DocumentPart]) -> tuple[str | None, str | None]:
    """Board and date from the first agenda's heading (its first line and its date)."""
    for part in parts:
        if part.part_kind != "agenda":
            continue
        page = pages[part.page_start - 1]
        body = layout.canonical_body(page.lines[0].text) if page.lines else None
        for line in page.lines[:HEAD_LINES]:
            if (date := parse_date(line.text)) and date.iso:
                return body, date.iso
        return body, None
    return None, None


def segment(pages: list[Page]) -> tuple[str, list[DocumentPart]]:
    """Pages of one file -> (doc_kind, parts)."""
    parts = [describe_part(kind, ps, ss) for kind, ps, ss in split_parts(pages)]
    body, date = agenda_heading_context(pages, parts)
    footer_body, footer_date = papers_context(pages)
    body, date = body or footer_body, date or footer_date
    parts = [replace(p, body=body, meeting_date=date) for p in parts]
    return document_kind(parts), parts


def document_kind(parts: list[DocumentPart]) -> str:
    kinds = {p.part_kind for p in parts}
    if "agenda" in kinds and len(parts) > 1:
        return "pack"
    return next(k for k in KIND_RANK if k in kinds)
