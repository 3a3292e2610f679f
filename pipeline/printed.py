"""Repairs to printed text as the reader takes it from a PDF, before any extractor sees it.

Takes the words (and table cell texts) a PDF page yields; gives the same words with what
the typesetting, not the author, put there undone:

- a superscript ordinal ("12" then a small raised "th", as Word prints dates by default) is
  rejoined to its number, so that "12th October" reads as one word on one line;
- soft hyphens and zero-width characters are dropped, odd spaces (no-break, thin, figure)
  become plain spaces, and typographic ligatures ("ﬁ", "ﬃ") become their letters;
- runs of text printed over each other (a header label wider than its column running into
  the next label) are told apart by the order they were drawn in, instead of being shuffled
  into one word by position ("(minute)" over "Action" giving "(minuteA)ction"); a run drawn
  twice in the same place (bold faked by overprinting) is read once.

Everything else is kept as printed: quotes, dashes and case are the extractors' business.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .records import Word

# Characters that carry no text: a soft hyphen marks where a word *may* break, a zero-width
# space or byte-order mark where a tool joined two runs.
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
# Spaces of other widths, which dates, names and numbers must treat as one space.
ODD_SPACES = dict.fromkeys(map(ord, "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u3000"), " ")
LIGATURES = {ord("\ufb00"): "ff", ord("\ufb01"): "fi", ord("\ufb02"): "fl", ord("\ufb03"): "ffi", ord("\ufb04"): "ffl"}
LIGATURES.update({ord("\ufb05"): "st", ord("\ufb06"): "st"})
REPAIRS = {**INVISIBLE, **ODD_SPACES, **LIGATURES}

ORDINAL_SUFFIX = re.compile(r"(?i)(st|nd|rd|th)[.,;:)]?")
ENDS_IN_DIGIT = re.compile(r"\d$")


def clean(text: str) -> str:
    """The printed text without typesetting artefacts (see the module docstring)."""
    return text.translate(REPAIRS)


def repair_words(words: list[Word]) -> list[Word]:
    """Clean every word's text, drop words left empty, and rejoin superscript ordinals."""
    cleaned = [replace(w, text=clean(w.text).strip()) if needs_cleaning(w.text) else w for w in words]
    return rejoin_superscripts([w for w in cleaned if w.text])


def needs_cleaning(text: str) -> bool:
    return any(ord(ch) in REPAIRS for ch in text)


def rejoin_superscripts(words: list[Word]) -> list[Word]:
    """Join each raised, smaller ordinal suffix to the number it touches on its left.

    The suffix is printed smaller and higher, so a line-grouper may put it on a line of its
    own or a word-grouper leave it apart ("12" "th"); both spoil dates and their printed text.
    """
    numbers = [w for w in words if ENDS_IN_DIGIT.search(w.text)]
    if not numbers:
        return words
    joined: dict[int, Word] = {}  # id of a number word -> the number with its suffix
    absorbed: set[int] = set()
    for word in words:
        if not ORDINAL_SUFFIX.fullmatch(word.text):
            continue
        number = next((n for n in numbers if id(n) not in joined and is_superscript_of(word, n)), None)
        if number is not None:
            joined[id(number)] = replace(number, text=number.text + word.text, x1=word.x1)
            absorbed.add(id(word))
    return [joined.get(id(w), w) for w in words if id(w) not in absorbed]


def is_superscript_of(suffix: Word, number: Word) -> bool:
    """True when `suffix` is printed smaller, raised and touching the end of `number`."""
    touching = -0.5 <= suffix.x0 - number.x1 <= max(1.0, 0.15 * number.size)
    smaller = suffix.size < number.size * 0.9
    raised = suffix.bottom < number.bottom - 0.5 and suffix.bottom > number.top
    return touching and smaller and raised


def overprint_layers(chars: list[dict]) -> list[list[dict]]:
    """The page's characters as layers that never overlap within a line, for the word-grouper.

    `chars` are in drawing order. They are cut into runs (drawn one after another, each right of
    the one before, on one line); where a run overlaps another on its line it goes to a layer of
    its own, so that grouping each layer into words keeps the two texts apart. A run that repeats
    the one under it in nearly the same place is dropped. Almost every page has one layer: its
    characters, untouched.
    """
    runs = drawing_runs(chars)
    crowded = [line for line in lines_of_runs(runs) if any_overlap(line)]
    if not crowded:
        return [chars]
    layer_of: dict[int, int] = {}
    dropped: set[int] = set()
    for line in crowded:
        placed: list[list[list[dict]]] = []  # per layer, the runs already in it on this line
        for run in line:  # in drawing order: what was drawn first stays on the lowest layer
            under = [other for layer in placed for other in layer if overlaps(run, other)]
            if any(repeats(run, other) for other in under):
                dropped.add(id(run[0]))
                continue
            level = next((i for i, layer in enumerate(placed) if not any(overlaps(run, o) for o in layer)), len(placed))
            placed.append([]) if level == len(placed) else None
            placed[level].append(run)
            for char in run:
                layer_of[id(char)] = level
    layers: dict[int, list[dict]] = {}
    for run in runs:
        if id(run[0]) in dropped:
            continue
        for char in run:
            layers.setdefault(layer_of.get(id(char), 0), []).append(char)
    return [layers[level] for level in sorted(layers)]


def drawing_runs(chars: list[dict]) -> list[list[dict]]:
    """Characters cut where the pen steps back or changes line (drawing order kept)."""
    runs: list[list[dict]] = []
    run: list[dict] = []
    last_x0, last_top = float("inf"), float("inf")
    for char in chars:  # the page's every character: kept lean
        x0, top = char["x0"], char["top"]
        if x0 < last_x0 or abs(top - last_top) > LINE_TOLERANCE:
            run = []
            runs.append(run)
        run.append(char)
        last_x0, last_top = x0, top
    return runs


LINE_TOLERANCE = 3.0  # pt between tops on one line: pdfplumber's own default
OVERPRINT = 1.0  # pt a character may reach into the next (kerning, italics) without overprinting


def lines_of_runs(runs: list[list[dict]]) -> list[list[list[dict]]]:
    """Runs grouped into lines by their tops (as the word-grouper clusters them), each line's
    runs in drawing order."""
    lines: list[list[tuple[int, list[dict]]]] = []
    last_top: float | None = None
    for top, order in sorted((run[0]["top"], order) for order, run in enumerate(runs)):
        if last_top is None or top - last_top > LINE_TOLERANCE:
            lines.append([])
        lines[-1].append((order, runs[order]))
        last_top = top
    return [[run for _, run in sorted(line, key=lambda item: item[0])] for line in lines if len(line) > 1]


def span(run: list[dict]) -> tuple[float, float]:
    """Where a run starts and ends (its characters go left to right: the last ends it, give or
    take a kerned hair)."""
    return run[0]["x0"], run[-1]["x1"]


def any_overlap(line: list[list[dict]]) -> bool:
    reach = float("-inf")
    for start, end, run in sorted((*span(run), run) for run in line):
        if start < reach - OVERPRINT and run_has_ink(run):
            return True
        if end > reach and run_has_ink(run):
            reach = end
    return False


def run_has_ink(run: list[dict]) -> bool:
    return any(char["text"].strip() for char in run)


def overlaps(run: list[dict], other: list[dict]) -> bool:
    (a0, a1), (b0, b1) = span(run), span(other)
    return min(a1, b1) - max(a0, b0) > OVERPRINT and run_has_ink(run) and run_has_ink(other)


def repeats(run: list[dict], other: list[dict]) -> bool:
    """The same text drawn again a hair's breadth away (a faked bold or a shadow)."""
    text = "".join(c["text"] for c in run)
    return text == "".join(c["text"] for c in other) and abs(run[0]["x0"] - other[0]["x0"]) < 2 * OVERPRINT
