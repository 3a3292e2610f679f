"""Repairs to printed text as the reader takes it from a PDF, before any extractor sees it.

Takes the words (and table cell texts) a PDF page yields; gives the same words with what
the typesetting, not the author, put there undone:

- a superscript ordinal ("12" then a small raised "th", as Word prints dates by default) is
  rejoined to its number, so that "12th October" reads as one word on one line;
- soft hyphens and zero-width characters are dropped, odd spaces (no-break, thin, figure)
  become plain spaces, and typographic ligatures ("ﬁ", "ﬃ") become their letters.

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
