"""Date and time normalisation for every date the pipeline stores.

Takes short printed spans ("12th April 2018", "24/01/2019", "Thursday 10th May
2018 at 14:00", "Update 13/08/2019") or running prose, always read the British
way (day first), and yields:

* ``DateValue`` -- ``iso`` is ``'YYYY-MM-DD'`` when the text names a real day,
  or ``None`` when no day can be read without guessing ("December 2019",
  "2019/20", "Sep-19", "TBC", "31/02/2019"); ``text`` keeps the printed text.
* ``DateSpan`` -- where a date-looking span sits in prose, with its value.
* ``'HH:MM'`` (24 hour) strings for printed times.

How it works: regexes find date-looking spans FIRST and catch the things that
look like dates but are not days (financial years, month-years); only the
spans that carry a day, rewritten to a canonical "day month yyyy" form, are
handed to ``dateparser``, configured day-first and strict.  dateparser is
never run over whole paragraphs ("Action 12", "item 5.1" are not dates) and
never consults today's date: its RELATIVE_BASE is the meeting's date for
relative phrases, or a fixed neutral date when every part must be printed.

A ``reference`` (the document's or meeting's date) is used only to choose the
century of a two-digit year and to resolve relative phrases ("next week").
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = [
    "DateValue",
    "DateSpan",
    "parse_date",
    "find_dates",
    "parse_time",
    "resolve_relative",
]


# --------------------------------------------------------------------------
# Public value types
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class DateValue:
    """A printed date: ``iso`` is the day it names, or None if it names none."""

    iso: str | None
    text: str

    def __bool__(self) -> bool:
        return self.iso is not None


@dataclass(frozen=True)
class DateSpan:
    """A date-looking span of prose: ``text == prose[start:end]``."""

    start: int
    end: int
    text: str
    value: DateValue


# --------------------------------------------------------------------------
# Regexes: what a date looks like in board papers
# --------------------------------------------------------------------------

# Abbreviations as printed in the papers ("Sept", "Thurs"); longest first is
# not needed because every alternative is closed by a word boundary.
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
    r"|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_WEEKDAY = (
    r"(?:Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:r|rs|rsday)?"
    r"|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)"
)
# PDF text often splits the ordinal from its number: "9 th October 2019".
_ORDINAL = r"(?:\s?(?:st|nd|rd|th)\b)?"
# A day number must not be the tail of a money sum, a section number or a
# word ("£12 May", "5.12 May", "A12").
_DAY_START = r"(?<![\w£$.,/\-–])"
# A year ends the span: it is not followed by more digits, nor is it the
# hour of a time ("10 May 14:00" has no year).
_YEAR_END = r"(?!\d|[:.]\d|\s?[ap]\.?m\b)"
_WEEKDAY_PREFIX = rf"(?:{_WEEKDAY}\.?,?\s+(?:the\s+)?)?"

# "Thursday 10th May 2018", "the 18th of September 2019", "14th Nov 19",
# "10-May-2018", "10-12 May 2019" (a range: its first day is the date).
_RE_DAY_MONTH_YEAR = re.compile(
    rf"{_DAY_START}{_WEEKDAY_PREFIX}"
    rf"(?P<day>[0-3]?\d){_ORDINAL}"
    rf"(?:\s*(?:-|–|to|&|and)\s*[0-3]?\d{_ORDINAL})?"
    rf"(?:\s+of\s+|\s*[-/.]\s*|\s+)"
    rf"(?P<month>{_MONTH})\b\.?"
    rf"(?:\s*,?\s*|\s*[-/.]\s*)['’]?"  # "12th Oct '22": an apostrophe marks a short year
    rf"(?P<year>\d{{4}}|\d{{2}}){_YEAR_END}",
    re.IGNORECASE,
)

# "May 10th, 2018", "Thursday, May 10 2018": only with a four-digit year, so
# that "Dec 19 20..." in a table is not read as a day.
_RE_MONTH_DAY_YEAR = re.compile(
    rf"(?<!\w){_WEEKDAY_PREFIX}"
    rf"(?P<month>{_MONTH})\b\.?\s+"
    rf"(?P<day>[0-3]?\d){_ORDINAL},?\s+"
    rf"(?P<year>\d{{4}}){_YEAR_END}",
    re.IGNORECASE,
)

# "24/01/2019", "5/3/99", "10-05-2018", "Thursday 10/05/2018".  Dotted forms
# need a four-digit year or two-digit day and month, else section numbers
# such as "3.2.10" would be read as days.  A span that runs on into a word
# ("19-09-18-BCB-Agenda") is a file name in yy-mm-dd order, not a date.
_RE_NUMERIC = re.compile(
    rf"(?<![\w./\-–]){_WEEKDAY_PREFIX}"
    r"(?:"
    r"(?P<day>[0-3]?\d)(?P<sep>[/\-])(?P<month>[01]?\d)(?P=sep)(?P<year>\d{4}|\d{2})"
    r"|(?P<dday>[0-3]?\d)\.(?P<dmonth>[01]?\d)\.(?P<dyear>\d{4})"
    r"|(?P<d2day>[0-3]\d)\.(?P<d2month>[01]\d)\.(?P<d2year>\d{2})"
    r")"
    r"(?![\w]|[./\-–]\w)",
    re.IGNORECASE,
)

# "2018-05-10": written by machines, so it is unambiguous.
_RE_ISO = re.compile(r"(?<![\w./\-–])(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\w]|[./\-–]\w)")

# Financial years -- "2019/20", "2018/19", "2019-20", "FY 2019/2020",
# "Q4 2019-20" -- name a year, never a day.  dateparser would read "2019/20"
# as 20 October 2019 (year and day), so they are caught here first.
_RE_FINANCIAL_YEAR = re.compile(
    r"(?<![\w./\-–])(?:(?:Q[1-4]|FY)\s*)?"
    r"(?:19|20)\d{2}\s?[/\-–]\s?(?:(?:19|20)\d{2}|\d{2})"
    r"(?![\w]|[./\-–]\w)",
    re.IGNORECASE,
)

# Month-years -- "Sep-19", "Mar-17", "Dec 19", "December 2019", "Mar '17" --
# name a month, never a day.  dateparser would read "Sep-19" as 19 September
# of the current year.
_RE_MONTH_YEAR = re.compile(
    rf"(?<!\w)(?P<month>{_MONTH})\b\.?(?:\s*[-/]\s*|\s+)['’]?(?:\d{{4}}|\d{{2}})"
    r"(?![\w]|[:./\-–]\w)",
    re.IGNORECASE,
)

# A day and month with no year ("Thursday 10th May"): a day, but of an
# unknown year, and the reference is not used to guess it.
_RE_DAY_MONTH = re.compile(
    rf"{_DAY_START}{_WEEKDAY_PREFIX}(?P<day>[0-3]?\d){_ORDINAL}"
    rf"(?:\s+of\s+|\s+)(?P<month>{_MONTH})\b",
    re.IGNORECASE,
)

# Patterns whose spans carry a day, and those that look like dates but do
# not; the order breaks ties between spans that start at the same place.
_DAY_PATTERNS = (_RE_ISO, _RE_NUMERIC, _RE_DAY_MONTH_YEAR, _RE_MONTH_DAY_YEAR)
_DAYLESS_PATTERNS = (_RE_FINANCIAL_YEAR, _RE_MONTH_YEAR, _RE_DAY_MONTH)

# Relative phrases, resolved against the meeting's date only.
_COUNT = (
    r"(?:\d{1,4}|an?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve)"
)
_UNIT = r"(?:days?|weeks?|fortnights?|months?|years?)"
_RE_BARE_COUNT = re.compile(rf"{_COUNT}\s", re.IGNORECASE)
_RE_RELATIVE = re.compile(
    r"\b(?:"
    r"today|tomorrow|yesterday"
    r"|(?:next|last|previous)\s+(?:week|fortnight|month|year)"
    rf"|in\s+{_COUNT}\s+{_UNIT}(?:['’]s?\s+time|\s+time)?"
    rf"|{_COUNT}\s+{_UNIT}['’]?s?\s+time"
    rf"|{_COUNT}\s+{_UNIT}\s+ago"
    r")\b",
    re.IGNORECASE,
)

# Times: "14:00", "10.30", "2pm", "2.30 pm", "2 p.m.", "1400hrs", "noon".
_RE_TIME_AMPM = re.compile(
    r"(?<![\w.:/])(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s?"
    r"(?P<half>[ap])\.?\s?m\b\.?",
    re.IGNORECASE,
)
# With a colon the hour may be one digit ("9:30"); with a dot it must be two
# ("14.00"), since "4.10 The Constabulary..." is a paragraph number.
_RE_TIME_24H = re.compile(
    r"(?<![\w.:/])(?:(?P<hour>[0-2]?\d):|(?P<dhour>[0-2]\d)\.)(?P<minute>[0-5]\d)"
    r"(?!\d|[./:]\d)"
)
_RE_TIME_HRS = re.compile(
    r"(?<![\w.:/])(?P<hour>[0-2]\d)(?P<minute>[0-5]\d)\s?(?:hrs|hours)\b",
    re.IGNORECASE,
)
_RE_NOON = re.compile(r"\b(?:12\s?)?(?:noon|midday)\b", re.IGNORECASE)


# --------------------------------------------------------------------------
# dateparser, built once and lazily (it is slow to construct)
# --------------------------------------------------------------------------

# Never "today": when every part must be printed, the base date cannot leak
# into a result, but it is pinned anyway so no run depends on the clock.
_NEUTRAL_BASE = datetime.datetime(2000, 1, 1)

_COMMON_SETTINGS = {
    # Explicit DATE_ORDER: the "en" locale's own order is month-first.
    "DATE_ORDER": "DMY",
    # Without it, dateparser swaps day and month when the numbers do not fit
    # DMY ("12/31/2019" would become 31 December): a guess, so forbid it.
    "STRICT_DATE_ORDER": "all",
    "PREFER_DAY_OF_MONTH": "first",
    "PREFER_MONTH_OF_YEAR": "first",
}


@functools.cache
def _absolute_parser():
    """The parser for printed days: all three parts must be in the text."""
    from dateparser.date import DateDataParser  # slow import, so deferred

    settings = {
        **_COMMON_SETTINGS,
        "RELATIVE_BASE": _NEUTRAL_BASE,
        "REQUIRE_PARTS": ["day", "month", "year"],
        "STRICT_PARSING": True,
        "PARSERS": ["absolute-time"],
    }
    return DateDataParser(languages=["en"], settings=settings)


@functools.lru_cache(maxsize=64)
def _relative_parser(reference: datetime.date):
    """A parser whose "now" is the meeting's date (one per meeting, cached)."""
    from dateparser.date import DateDataParser

    base = datetime.datetime(reference.year, reference.month, reference.day)
    settings = {
        **_COMMON_SETTINGS,
        "RELATIVE_BASE": base,
        "PARSERS": ["relative-time"],
    }
    return DateDataParser(languages=["en"], settings=settings)


_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_CANONICAL = re.compile(r"(\d{1,2})(?: ([A-Za-z]+) |/(\d{1,2})/)(\d{4})")


def _calendar_day(canonical: str) -> tuple[bool, datetime.date | None]:
    """(read, day): a canonical day read by the calendar alone, None where no such day exists
    ('31 June 2019', '29/2/2023'); not read where it is not a plain form (dateparser reads it)."""
    found = _CANONICAL.fullmatch(canonical)
    if not found or not 1000 <= int(found[4]) <= 9999:
        return False, None
    month = int(found[3]) if found[3] else _MONTH_NUMBERS.get(found[2].lower())
    if month is None:
        return False, None
    try:
        return True, datetime.date(int(found[4]), month, int(found[1]))
    except ValueError:
        return True, None


@functools.lru_cache(maxsize=8192)
def _dateparser_day(canonical: str) -> datetime.date | None:
    """Parse a canonical "day month yyyy" or "d/m/yyyy" string, or None. English month names and
    numbers are read by the calendar (dateparser reads them alike, but its first use costs about
    a third of a second of compiling its patterns in every worker); other forms by dateparser."""
    read, day = _calendar_day(canonical)
    if read:
        return day
    try:
        data = _absolute_parser().get_date_data(canonical)
    except Exception:  # dateparser raises odd errors on odd input; never ours
        return None
    if data.date_obj is None or "day" not in data.parts:
        return None
    return data.date_obj.date()


_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_COUNT_WORDS |= {"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}  # months and years name no day (see below)
_OFFSETS = {"today": 0, "tomorrow": 1, "yesterday": -1}
_RE_COUNTED = re.compile(r"(?:(?P<ahead>in) )?(?P<count>\w+) (?P<unit>[a-z]+?)s?(?P<ago> ago)?")


def _calendar_relative(phrase: str, reference: datetime.date) -> tuple[bool, datetime.date | None]:
    """(read, day): a normalised relative phrase counted on the calendar, as dateparser counts it
    ("in two weeks" is 14 days on, "a fortnight ago" 14 back; "next month" or "in six months" name
    no day), without dateparser's first use (most of a second of loading, in every worker).
    Not read where it is not one of those forms."""
    if phrase in _OFFSETS:
        return True, reference + datetime.timedelta(days=_OFFSETS[phrase])
    step, _, unit = phrase.partition(" ")
    if step in ("next", "last") and unit in (*_UNIT_DAYS, "month", "year"):
        days = _UNIT_DAYS.get(unit)
        return True, None if days is None else reference + datetime.timedelta(days=days if step == "next" else -days)
    found = _RE_COUNTED.fullmatch(phrase)
    if not found or bool(found["ahead"]) == bool(found["ago"]):
        return False, None
    count = int(found["count"]) if found["count"].isdigit() else _COUNT_WORDS.get(found["count"])
    unit = found["unit"]
    if count is None or unit not in (*_UNIT_DAYS, "month", "year"):
        return False, None
    if unit not in _UNIT_DAYS:
        return True, None
    try:
        return True, reference + datetime.timedelta(days=count * _UNIT_DAYS[unit] * (-1 if found["ago"] else 1))
    except OverflowError:
        return False, None


@functools.lru_cache(maxsize=4096)
def _dateparser_relative(phrase: str, reference: datetime.date) -> datetime.date | None:
    """Resolve a normalised relative phrase, or None if it names no day: by the calendar where it
    can (`_calendar_relative`), else by dateparser."""
    read, day = _calendar_relative(phrase, reference)
    if read:
        return day
    return _dateparser_only_relative(phrase, reference)


def _dateparser_only_relative(phrase: str, reference: datetime.date) -> datetime.date | None:
    try:
        data = _relative_parser(reference).get_date_data(phrase)
    except Exception:
        return None
    # "next month" or "in six months" fill the day from settings: not a day.
    if data.date_obj is None or "day" not in data.parts:
        return None
    return data.date_obj.date()


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def _as_date(reference: datetime.date | None) -> datetime.date | None:
    # A datetime is a date too, but would not hash equal to its date in the
    # caches above; keep only the day.
    if isinstance(reference, datetime.datetime):
        return reference.date()
    return reference


def _full_year(year_text: str, reference: datetime.date | None) -> int:
    """Four-digit year; a two-digit one takes the century nearest reference."""
    year = int(year_text)
    if len(year_text) != 2:
        return year
    if reference is None:
        return 2000 + year
    century = reference.year // 100 * 100
    candidates = (century - 100 + year, century + year, century + 100 + year)
    # Ties (exactly 50 years either way) go to the earlier year: papers look
    # back more often than forward.
    return min(candidates, key=lambda y: (abs(y - reference.year), y))


def _numeric_parts(match: re.Match[str]) -> tuple[str, str, str]:
    """Day, month and year text of a numeric or ISO match, whichever branch."""
    for prefix in ("", "d", "d2"):
        if match.group(prefix + "day"):
            return (
                match.group(prefix + "day"),
                match.group(prefix + "month"),
                match.group(prefix + "year"),
            )
    raise AssertionError("numeric match without a day")  # pragma: no cover


def _day_of_match(match: re.Match[str], reference: datetime.date | None) -> datetime.date | None:
    """The day a day-bearing match names, checked by dateparser, or None."""
    if match.re in (_RE_NUMERIC, _RE_ISO):
        day, month, year_text = _numeric_parts(match)
        month_number = int(month)
    else:
        day, month, year_text = match["day"], match["month"], match["year"]
        month_number = None
    year = _full_year(year_text, reference)
    if not 1 <= year <= 9999:
        return None
    # Canonical text: drops weekdays, ordinals and odd separators, and makes
    # the year four digits so dateparser never picks a century itself; it
    # also makes the cache hit for every spelling of the same day.
    if month_number is None:
        canonical = f"{int(day)} {month.rstrip('.')} {year:04d}"
    else:
        canonical = f"{int(day)}/{month_number}/{year:04d}"
    found = _dateparser_day(canonical)
    # Belt and braces: what dateparser read must be what was printed.
    if found is None or found.day != int(day) or found.year != year:
        return None
    if month_number is not None and found.month != month_number:
        return None
    return found


def _scan(text: str) -> Iterator[tuple[re.Match[str], bool]]:
    """Date-looking matches in text, left to right, never overlapping.

    Yields (match, carries_day).  Where spans overlap, the one that starts
    first wins, then the longest, then day-bearing patterns over the rest.
    """
    candidates = []
    for rank, pattern in enumerate(_DAY_PATTERNS + _DAYLESS_PATTERNS):
        carries_day = pattern in _DAY_PATTERNS
        for match in pattern.finditer(text):
            if not carries_day and not _plausible_dayless(match):
                continue
            candidates.append((match.start(), -match.end(), rank, match, carries_day))
    candidates.sort(key=lambda c: c[:3])
    end = -1
    for start, neg_end, _rank, match, carries_day in candidates:
        if start >= end:
            end = -neg_end
            yield match, carries_day


def _plausible_dayless(match: re.Match[str]) -> bool:
    # "may" is also a verb: "item 5 may be deferred" is no date.  Day-less
    # forms only count with the month name capitalised.
    month = match.groupdict().get("month")
    return month is None or month[0].isupper()


def _normalise_relative(phrase: str) -> str:
    """ "two weeks' time" -> "in two weeks"; "previous" -> "last"."""
    phrase = re.sub(r"\s+", " ", phrase.strip().lower())
    phrase = re.sub(r"['’]s?\s+time$|\s+time$", "", phrase)
    phrase = re.sub(r"^previous\b", "last", phrase)
    # A bare count ("two weeks") means from the meeting onward, as "in ...".
    if _RE_BARE_COUNT.match(phrase) and not phrase.endswith("ago"):
        phrase = "in " + phrase
    return phrase


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------


# "31.3.23" or "5.10.22" alone in a span (a due-date cell): in running text that shape is as
# often a section number, so `_RE_NUMERIC` wants a two-digit day and month there; a span that
# is nothing else, with a two-digit day or month, is a date ("3.2.10" stays a section number).
_RE_LONE_DOTTED = re.compile(
    r"(?P<day>[0-3]\d)\.(?P<month>[1-9])\.(?P<year>\d{2})|(?P<d>[1-9])\.(?P<m>1[0-2])\.(?P<y>\d{2})"
)


def _lone_dotted_day(span: str, reference: datetime.date | None) -> datetime.date | None:
    found = _RE_LONE_DOTTED.fullmatch(span)
    if found is None:
        return None
    try:
        day, month, year = (found["day"], found["month"], found["year"]) if found["day"] else found.group("d", "m", "y")
        return datetime.date(_full_year(year, reference), int(month), int(day))
    except ValueError:
        return None


def parse_date(text: str | None, *, reference: datetime.date | None = None) -> DateValue:
    """The first real day printed in a short span, e.g. a table cell.

    "18/09/2019 and on-going" -> 2019-09-18; "Thursday 10th May 2018 at
    14:00" -> 2018-05-10.  Financial years, month-years, "TBC", invalid days
    ("31/02/2019") and empty text give ``iso=None``.  With a reference, a
    span with no printed day may still be a relative phrase ("next week").
    Never raises.
    """
    stripped = text.strip() if isinstance(text, str) else ""
    reference = _as_date(reference)
    try:
        lone = _lone_dotted_day(stripped, reference)
        if lone is not None:
            return DateValue(lone.isoformat(), stripped)
        for match, carries_day in _scan(stripped):
            if carries_day:
                day = _day_of_match(match, reference)
                if day is not None:
                    return DateValue(day.isoformat(), stripped)
        if reference is not None:
            return resolve_relative(stripped, reference)
    except Exception:  # a date we cannot read is no day, never a crash
        pass
    return DateValue(None, stripped)


def find_dates(text: str, *, reference: datetime.date | None = None) -> list[DateSpan]:
    """Date-looking spans in running prose, left to right.

    Spans are found by regex first; only they are parsed.  Spans that look
    like dates but name no day (financial years, month-years, a day and
    month without a year) are returned too, with ``value.iso`` None, so a
    caller can keep the printed text.  Relative phrases are not spans here:
    call resolve_relative for those.  ``reference`` only picks the century
    of two-digit years.
    """
    if not isinstance(text, str):
        return []
    reference = _as_date(reference)
    spans = []
    for match, carries_day in _scan(text):
        try:
            day = _day_of_match(match, reference) if carries_day else None
        except Exception:
            day = None
        span_text = match.group(0)
        iso = day.isoformat() if day else None
        spans.append(DateSpan(match.start(), match.end(), span_text, DateValue(iso, span_text.strip())))
    return spans


_RE_OCLOCK = re.compile(r"(?<![\w.:/])(?P<hour>\d{1,2})\s*o[’']?\s*clock\b", re.I)


def parse_time(text: str | None) -> str | None:
    """The first printed time as 'HH:MM' (24 hour), or None.

    "14:00", "10.30", "2pm", "2.30 pm", "2 p.m.", "1400hrs", "noon", "10 o'clock".  Dates
    such as "10.05.2018" are not times.
    """
    if not isinstance(text, str):
        return None
    found = []
    # Priority breaks ties at one place: "2.30 pm" is 14:30, not 02:30.
    for priority, pattern in enumerate((_RE_TIME_AMPM, _RE_TIME_HRS, _RE_TIME_24H)):
        for match in pattern.finditer(text):
            value = _time_of_match(match)
            if value is not None:
                found.append((match.start(), priority, value))
                break
    noon = _RE_NOON.search(text)
    if noon:
        found.append((noon.start(), -1, "12:00"))
    for match in _RE_OCLOCK.finditer(text):  # "at 10 o'clock": the hour as printed, on the hour
        if 0 <= int(match["hour"]) <= 23:
            found.append((match.start(), -1, f"{int(match['hour']):02d}:00"))
            break
    # The earliest printed time wins: "14:00 to 16:00" starts at 14:00.
    return min(found)[2] if found else None


def _time_of_match(match: re.Match[str]) -> str | None:
    hour = int(match["hour"] or match.groupdict().get("dhour") or 0)
    minute = int(match["minute"] or 0)
    half = match.groupdict().get("half")
    if half:
        if not 1 <= hour <= 12:
            return None
        # 12am is midnight and 12pm is noon.
        hour = hour % 12 + (12 if half.lower() == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def resolve_relative(text: str, reference: datetime.date) -> DateValue:
    """A relative phrase resolved against the MEETING's date, never today.

    "tomorrow", "next week", "in two weeks" -> a day; "next month", "in six
    months' time" name no day -> ``iso=None``.  Text that is not a relative
    phrase (or is a financial year or month-year) gives ``iso=None`` too.
    Never raises.
    """
    stripped = text.strip() if isinstance(text, str) else ""
    day = _as_date(reference)
    if day is None or not stripped:
        return DateValue(None, stripped)
    reference = day
    match = _RE_RELATIVE.search(stripped)
    if match is None:
        return DateValue(None, stripped)
    day = _dateparser_relative(_normalise_relative(match.group(0)), reference)
    return DateValue(day.isoformat() if day else None, stripped)
