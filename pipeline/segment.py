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
from dataclasses import dataclass, field, replace

from extractors import EXTRACTORS
from extractors.base import CLAIM, HEAD_LINES, Evidence

from . import layout, vocabulary
from .dates import parse_date
from .records import DocumentPart, Line, Page


@dataclass(frozen=True)
class PaperWords:
    """The words of papers in general (pipeline/data/vocabulary/papers.json)."""

    recipient_labels: tuple[str, ...]
    author_labels: tuple[str, ...]
    date_labels: tuple[str, ...]
    subject_labels: tuple[str, ...]
    opening_patterns: tuple[str, ...]
    appendix_patterns: tuple[str, ...]
    paper_label_patterns: tuple[str, ...]
    contains: dict[str, tuple[str, ...]]


WORDS = vocabulary.loader("papers", PaperWords)
TITLE_EVIDENCE = 0.85  # a title names the kind: enough to start a new paper inside minutes or an agenda
KIND_RANK = ("risk_register", "action_log", "minutes", "agenda", "report", "other")


@dataclass
class PageSignals:
    """What one page says about where papers begin and what they are."""

    footer_item: str | None = None
    paper: str | None = None  # 'Paper 3' in a running header or footer
    footer_page: tuple[int, int] | None = None
    labels: dict | None = None  # the To:/From:/Date: block, if any
    labels_at: int = -1  # index of the block's last line
    appendix: bool = False
    opening: bool = False
    evidence: list[Evidence] = field(default_factory=list)  # every extractor's, strongest first

    @property
    def best(self) -> Evidence | None:
        """The strongest claim on the page, if any extractor claims it.

        A report's own signs (a To/From block, a numbered 'Purpose' opening) outrank a claim
        that rests on a title alone: a cover report titled after the register it covers."""
        best = self.evidence[0] if self.evidence and self.evidence[0].claimed else None
        if best and best.title_only and (self.labels or self.opening):
            return None
        if best and best.score < TITLE_EVIDENCE:
            return self.container_of(best) or best
        return best

    def container_of(self, evidence: Evidence) -> Evidence | None:
        """A claimed kind that carries this one inside it (minutes with their action table)."""
        containers = WORDS().contains
        return next((e for e in self.evidence if e.claimed and evidence.kind in containers.get(e.kind, ())), None)

    def score(self, kind: str) -> float:
        return next((e.score for e in self.evidence if e.kind == kind), 0.0)


def read_signals(page: Page) -> PageSignals:
    signals = PageSignals()
    read_footer(page, signals)
    head = page.lines[:HEAD_LINES]
    read_corner_label(head, page, signals)
    read_label_block(head, signals)
    for line in head:
        read_heading(line, signals)
    signals.evidence = recognise(page)
    return signals


def recognise(page: Page) -> list[Evidence]:
    """Every registered extractor's evidence that the page is its kind, strongest first."""
    found = [extractor.recognise([page]) for extractor in EXTRACTORS]
    return sorted((e for e in found if e.score > 0), key=lambda e: -e.score)


def read_footer(page: Page, signals: PageSignals) -> None:
    """Which paper the page belongs to, from its running header or footer.

    Only furniture counts: a body line naming an agenda item may be a minute's heading."""
    for line in page.furniture:
        for labels in paper_labels(line.text):
            signals.footer_item = labels.get("item") or signals.footer_item
            signals.paper = labels.get("paper") or signals.paper
    for line in page.furniture:
        if pages := layout.PAGE_OF.search(line.text):
            signals.footer_page = (int(pages.group(1)), int(pages.group(2)))


def read_corner_label(head: list[Line], page: Page, signals: PageSignals) -> None:
    """A paper's label set alone at the top right of its first page ('Agenda Item 5'), which a
    running header would carry on every page: it says which paper the page starts. Only a whole
    line, right of the middle: a minute's heading ('Item 5') stands at the left margin."""
    for line in head:
        if line.x0 <= page.width / 2:
            continue
        for labels in paper_labels(line.text, whole=True):
            signals.footer_item = signals.footer_item or labels.get("item")
            signals.paper = signals.paper or labels.get("paper")


def paper_labels(text: str, whole: bool = False) -> list[dict[str, str | None]]:
    """The item and paper labels a line prints ('Agenda Item: 4.0', 'Paper 3'), by each pattern
    of the vocabulary that finds one; `whole`: only where the label is the whole line."""
    found = []
    for pattern in WORDS().paper_label_patterns:
        match = re.fullmatch(rf"\s*(?:{pattern})\s*", text, re.I) if whole else re.search(pattern, text, re.I)
        if match:
            found.append(match.groupdict())
    return found


def cover_labels(line: Line) -> dict[str, str]:
    """A line's `Label: value` pairs, with the labels of a cover block named 'to', 'from', 'date'."""
    words = WORDS()
    names = {
        **{l: "date" for l in words.date_labels},
        **{l: "to" for l in words.recipient_labels},
        **{l: "subject" for l in words.subject_labels},
        **{l: "from" for l in words.author_labels},
    }
    found = {names.get(label, label): value for label, value in layout.labelled_values(line).items()}
    if not found:  # a cover sheet's label set apart from its value without a colon ('Report of    Chief Executive')
        runs = layout.split_on_gaps(line)
        label = layout.header_key(layout.words_text(runs[0]))
        if len(runs) >= 2 and label in names:
            found = {names[label]: " ".join(layout.words_text(run) for run in runs[1:])}
    return found


COVER_BLOCKS = ({"to", "from"}, {"from", "subject", "date"})  # a memo's addresses, or a report's title, author and date


def read_label_block(head: list[Line], signals: PageSignals) -> None:
    values: dict[str, str] = {}
    last_label = None
    for index, line in enumerate(head):
        found = cover_labels(line)
        if found.keys() & {"to", "from", "date", "subject"}:
            values.update(found)
            signals.labels_at, last_label = index, line
        elif last_label is not None and index == signals.labels_at + 1 and continues_value(last_label, line):
            key = list(found or cover_labels(last_label))[-1]
            values[key] = f"{values[key]} {line.text}"
            signals.labels_at = index
    if any(block <= values.keys() for block in COVER_BLOCKS):
        signals.labels = values


def continues_value(label_line: Line, line: Line) -> bool:
    """A wrapped value: a label-less line starting where the value above started."""
    if layout.LABEL.match(line.text) or len(label_line.words) < 2:
        return False
    return abs(line.x0 - label_line.words[1].x0) < 3 and line.size == label_line.size


def read_heading(line: Line, signals: PageSignals) -> None:
    text = line.text.strip()
    words = WORDS()
    if any(re.search(p, text, re.I) for p in words.appendix_patterns):
        signals.appendix = True
    elif any(re.search(p, text, re.I) for p in words.opening_patterns):
        signals.opening = True


# --- boundaries -------------------------------------------------------------------


def starts_part(
    signals: PageSignals, previous: PageSignals | None, current_kind: str, part_item: str | None = None
) -> bool:
    if previous is None:
        return True
    if signals.footer_page and signals.footer_page[0] == 1:
        return True
    if signals.footer_item and previous.footer_item and signals.footer_item != previous.footer_item:
        return True
    if signals.footer_item and part_item and signals.footer_item != part_item:
        return True  # a label on each paper's first page only: another paper than the one running
    if signals.paper and signals.paper != previous.paper:
        return True  # another paper's label, or the first label after pages without one
    if signals.labels:
        return True
    return changes_kind(signals, current_kind)


def changes_kind(signals: PageSignals, current_kind: str) -> bool:
    """A page claimed for another kind starts a new paper, unless the current paper claims it too.

    Inside minutes or an agenda only a title starts another paper (an action table at the end
    of minutes is part of them); after a report or an unclaimed page, structure is enough (a
    register appended to a cover report)."""
    best = signals.best
    if best is None or best.kind == current_kind:
        return signals.appendix and current_kind in ("report", "other")
    if signals.score(current_kind) >= CLAIM:
        return titled_paper_follows(signals, best, current_kind)
    if current_kind in ("minutes", "agenda"):
        return best.score >= TITLE_EVIDENCE
    return True


def titled_paper_follows(signals: PageSignals, best: Evidence, current_kind: str) -> bool:
    """A page the current paper could continue still starts another when it is titled as
    another kind and the current kind's claim rests on structure alone: minutes after an
    agenda also show numbered items, but their title says what they are. A kind the current
    one contains (an action table titled inside minutes) stays inside it."""
    if best.score < TITLE_EVIDENCE or signals.score(current_kind) >= TITLE_EVIDENCE:
        return False
    return best.kind not in WORDS().contains.get(current_kind, ())


def part_kind(signals: PageSignals) -> str:
    if signals.best:
        return signals.best.kind
    if signals.labels or signals.opening:
        return "report"
    return "other"


def split_parts(pages: list[Page]) -> list[tuple[str, list[Page], list[PageSignals]]]:
    parts: list[tuple[str, list[Page], list[PageSignals]]] = []
    previous = None
    part_item = None  # the agenda item the running paper serves, as its first labelled page says
    for page in pages:
        signals = read_signals(page)
        kind = parts[-1][0] if parts else ""
        if starts_part(signals, previous, kind, part_item):
            parts.append((part_kind(signals), [], []))
            part_item = None
        part_item = part_item or signals.footer_item
        parts[-1][1].append(page)
        parts[-1][2].append(signals)
        previous = signals
    return with_cover_joined(parts)


def with_cover_joined(
    parts: list[tuple[str, list[Page], list[PageSignals]]],
) -> list[tuple[str, list[Page], list[PageSignals]]]:
    """A pack's cover sheet (a first page no extractor claims: the body, the meeting's day, time
    and place, 'Public agenda pack') belongs to the agenda that follows it, which then reads the
    meeting from it as from its own heading."""
    if len(parts) < 2 or parts[0][0] != "other" or len(parts[0][1]) != 1 or parts[1][0] != "agenda":
        return parts
    cover, agenda = parts[0], parts[1]
    if cover[2][0].labels or cover[2][0].opening:
        return parts  # a report's To/From block or numbered opening: a paper of its own
    return [("agenda", cover[1] + agenda[1], cover[2] + agenda[2]), *parts[2:]]


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
        evidence=part_evidence(kind, pages, signals),
    )


def part_evidence(kind: str, pages: list[Page], signals: list[PageSignals]) -> str | None:
    """Why the part is of its kind: its own kind's evidence over the whole part, then each other
    kind's strongest evidence on one of its pages (read already, page by page, to split the parts:
    asking every extractor again over every part of several pages cost a third of recognising).
    A part of one page has it already: its page's evidence (in the extractors' order where scores tie)."""
    first = signals[0]
    if len(pages) == 1:
        evidence = first.evidence
    else:
        own = next((x.recognise(pages) for x in EXTRACTORS if x.claims == kind), None)
        strongest_page: dict[str, Evidence] = {}
        for page_signals in signals:
            for e in page_signals.evidence:
                if e.kind != kind and (e.kind not in strongest_page or e.score > strongest_page[e.kind].score):
                    strongest_page[e.kind] = e
        evidence = ([own] if own is not None else []) + list(strongest_page.values())
    found = sorted((e for e in evidence if e.score > 0), key=lambda e: (e.kind != kind, -e.score))
    # the kind chosen first, then by strength
    said = [str(e) for e in found]
    if kind == "report":
        said.insert(0, "report (a To/From block)" if first.labels else "report (a numbered opening section)")
    return "; ".join(said) or None


def part_title(kind: str, page: Page, signals: PageSignals) -> str | None:
    lines = page.lines
    if kind == "agenda":
        return f"{heading_body(lines)} – Agenda" if lines else None
    if kind == "minutes":
        words = " ".join(line.text for line in lines[:HEAD_LINES])
        found = re.search(r"\b(draft|approved|unconfirmed|confirmed)\b", words, re.I)
        status = f"{found.group(1).title()} " if found else ""
        return f"{heading_body(lines)} – {status}Minutes" if lines else None
    if lines and is_appendix(lines[0].text):
        following = next((l.text for l in lines[1:3] if not layout.LABEL.match(l.text)), "")
        return f"{lines[0].text} – {following}".rstrip(" –")
    if signals.labels and signals.labels.get("subject"):
        return signals.labels["subject"]
    after = lines[signals.labels_at + 1 :] if signals.labels else lines
    title = heading_text(after)
    if (not title or title.endswith(":")) and signals.labels:
        title = heading_text([l for l in lines[: signals.labels_at] if not layout.LABEL.match(l.text)])
    return title


def heading_body(lines: list[Line]) -> str:
    """The body heading a page: the first head line naming one, past any banner ("DRAFT – …");
    "the Committee" alone names no body."""
    names = (layout.find_body_name(line.text) for line in lines[:HEAD_LINES])
    # the name alone: a line may run on into a status box set beside it ('… COMMITTEE   MINUTES – CONFIRMED')
    return next((name for name in names if name and len(name.split()) > 1), None) or layout.canonical_body(
        lines[0].text
    )


def is_appendix(text: str) -> bool:
    return any(re.search(p, text, re.I) for p in WORDS().appendix_patterns)


def heading_text(lines: list[Line]) -> str | None:
    """The first heading among the lines, with the lines that continue it in the same font."""
    for index, line in enumerate(lines[:HEAD_LINES]):
        if is_heading_line(line):
            block = [line]
            for following in lines[index + 1 : index + 4]:
                if following.size != line.size or following.bold != line.bold or not is_heading_line(following):
                    break
                block.append(following)
            return " ".join(l.text for l in block).strip()
    return None


def is_heading_line(line: Line) -> bool:
    text = line.text.strip()
    if layout.LABEL.match(text) and not text.endswith(":") or is_appendix(text):
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
    bodies: Counter[str] = Counter()
    dates: Counter[str] = Counter()
    for page in pages:
        footer = " ".join(line.text for line in page.furniture)
        weight = 2 if layout.FOOTER_ITEM.search(footer) else 1
        for line in page.furniture:
            if body := layout.find_body_name(line.text):
                bodies[body] += weight
            if layout.PAGE_OF.search(line.text) and (date := parse_date(layout.PAGE_OF.split(line.text)[0])):
                if date.iso:  # a month without a day dates no meeting
                    dates[date.iso] += weight
    return (bodies.most_common(1)[0][0] if bodies else None, dates.most_common(1)[0][0] if dates else None)


def summoned_meeting(pages: list[Page], parts: list[DocumentPart]) -> tuple[str | None, str | None]:
    """Board and date of the meeting the file's agenda summons, as the agenda's extractor reads
    them (`meeting_of`): a summons outranks its letter's own date, a cover's first line is not a body."""
    readers = {e.claims: e for e in EXTRACTORS if hasattr(e, "meeting_of")}
    for part in parts:
        if part.part_kind in readers:
            body, date = readers[part.part_kind].meeting_of(pages[part.page_start - 1 : part.page_end])
            if body or date:
                return body, date
    return None, None


def segment(pages: list[Page]) -> tuple[str, list[DocumentPart]]:
    """Pages of one file -> (doc_kind, parts)."""
    parts = [describe_part(kind, ps, ss) for kind, ps, ss in split_parts(pages)]
    body, date = summoned_meeting(pages, parts)
    footer_body, footer_date = papers_context(pages)
    body, date = body or footer_body, date or footer_date
    parts = [replace(p, body=body, meeting_date=date) for p in parts]
    return document_kind(parts), parts


def document_kind(parts: list[DocumentPart]) -> str:
    kinds = {p.part_kind for p in parts}
    if "agenda" in kinds and len(parts) > 1:
        return "pack"
    return next(k for k in KIND_RANK if k in kinds)
