"""Tests for pipeline.dates: British day-first dates, no guessing, no crashes."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.dates import (
    DateSpan,
    DateValue,
    find_dates,
    parse_date,
    parse_time,
    resolve_relative,
)

MEETING = datetime.date(2019, 10, 9)  # a Wednesday

PROPERTY = settings(max_examples=200, deadline=None)


def ordinal(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


# ---------------------------------------------------------------- parse_date


@pytest.mark.parametrize(
    "text, iso",
    [
        # day first, always
        ("03/04/2019", "2019-04-03"),
        ("24/01/2019", "2019-01-24"),
        ("1/2/2019", "2019-02-01"),
        ("10-05-2018", "2018-05-10"),
        ("10.05.2018", "2018-05-10"),
        ("10.05.18", "2018-05-10"),
        ("2018-05-10", "2018-05-10"),
        # ordinals, with or without a space
        ("12th April 2018", "2018-04-12"),
        ("9 th October 2019", "2019-10-09"),
        ("1st March 2018", "2018-03-01"),
        ("2nd March 2018", "2018-03-02"),
        ("23rd March 2018", "2018-03-23"),
        ("09 October 2019", "2019-10-09"),
        ("the 18th of September 2019", "2019-09-18"),
        ("10 Sept 2019", "2019-09-10"),
        ("10-May-2018", "2018-05-10"),
        ("10th May, 2018", "2018-05-10"),
        ("May 10th, 2018", "2018-05-10"),
        # surrounding words, weekdays and times
        ("18/09/2019 and on-going", "2019-09-18"),
        ("Update 13/08/2019", "2019-08-13"),
        ("Thursday 10th May 2018 at 14:00", "2018-05-10"),
        ("Thursday, 10 May 2018", "2018-05-10"),
        ("Thu 2nd Jan 2020", "2020-01-02"),
        ("10-12 May 2019", "2019-05-10"),
        ("Update 13/08/2019; revised 01/10/2019", "2019-08-13"),
        # two-digit years without a reference: 2000 + yy
        ("14th Nov 19", "2019-11-14"),
        ("14/11/19", "2019-11-14"),
        ("12th Oct '22", "2022-10-12"),
        ("3 March ’24", "2024-03-03"),
        # leap days
        ("29/02/2020", "2020-02-29"),
    ],
)
def test_parse_date_reads_day_first(text, iso):
    value = parse_date(text)
    assert value.iso == iso
    assert value.text == text.strip()
    assert value


@pytest.mark.parametrize(
    "text",
    [
        # no day printed
        "December 2019",
        "in six months' time",
        "Date Req",
        "TBC",
        "on-going",
        "Q4 2019-20",
        "",
        "   ",
        # financial years
        "2019/20",
        "2018/19",
        "2019-20",
        "FY 2019/2020",
        "2019 / 20",
        # month-years
        "Sep-19",
        "Mar-17",
        "Dec 19",
        "Mar '17",
        # a day and month with no year is not guessed
        "Thursday 10th May",
        # invalid days
        "31/02/2019",
        "29/02/2019",
        "13/13/2019",
        "32/01/2019",
        "00/01/2019",
        # month-first American dates are not swapped into day-first ones
        "12/31/2019",
        # section and item numbers
        "3.2.10",
        "item 5.1",
        "Action 12",
    ],
)
def test_parse_date_without_a_day_gives_none(text):
    value = parse_date(text)
    assert value.iso is None
    assert not value
    assert value.text == text.strip()


def test_parse_date_none_is_empty():
    assert parse_date(None) == DateValue(None, "")


@pytest.mark.parametrize(
    "text",
    ["2019/20", "Sep-19", "Dec 19", "December 2019", "Q4 2019-20", "TBC"],
)
def test_day_less_text_stays_day_less_with_a_reference(text):
    # The reference must never fill in a missing day.
    assert parse_date(text, reference=MEETING).iso is None


@pytest.mark.parametrize(
    "text, reference, iso",
    [
        ("5/3/99", datetime.date(1998, 1, 1), "1999-03-05"),
        ("5/3/99", None, "2099-03-05"),
        ("14/11/19", datetime.date(2019, 1, 1), "2019-11-14"),
        ("14th Nov 19", datetime.date(2019, 12, 1), "2019-11-14"),
        ("1/1/01", datetime.date(1999, 6, 1), "2001-01-01"),
        ("1/1/97", datetime.date(2003, 6, 1), "1997-01-01"),
        # a datetime reference is read as its day
        ("5/3/99", datetime.datetime(1998, 1, 1, 10, 30), "1999-03-05"),
    ],
)
def test_two_digit_year_takes_century_nearest_reference(text, reference, iso):
    assert parse_date(text, reference=reference).iso == iso


def test_four_digit_year_ignores_reference():
    assert parse_date("5/3/2099", reference=datetime.date(1998, 1, 1)).iso == "2099-03-05"


def test_parse_date_resolves_relative_phrase_only_with_reference():
    assert parse_date("next week", reference=MEETING).iso == "2019-10-16"
    assert parse_date("next week").iso is None


def test_printed_day_wins_over_relative_phrase():
    assert parse_date("next week (17/10/2019)", reference=MEETING).iso == "2019-10-17"


# ------------------------------------------------------------ resolve_relative


@pytest.mark.parametrize(
    "text, iso",
    [
        ("tomorrow", "2019-10-10"),
        ("yesterday", "2019-10-08"),
        ("today", "2019-10-09"),
        ("next week", "2019-10-16"),
        ("last week", "2019-10-02"),
        ("in two weeks", "2019-10-23"),
        ("in 2 weeks", "2019-10-23"),
        ("two weeks' time", "2019-10-23"),
        ("in two weeks’ time", "2019-10-23"),
        ("a fortnight's time", "2019-10-23"),
        ("in three days", "2019-10-12"),
        ("two weeks ago", "2019-09-25"),
        ("to report back next week", "2019-10-16"),
    ],
)
def test_resolve_relative_to_a_day(text, iso):
    value = resolve_relative(text, MEETING)
    assert value.iso == iso
    assert value.text == text


@pytest.mark.parametrize(
    "text",
    [
        "in six months' time",
        "in six months",
        "next month",
        "next year",
        "in 3 years",
        # "next Thursday" means different days to different readers
        "next Thursday",
        "TBC",
        "",
        "2019/20",
        "Sep-19",
    ],
)
def test_resolve_relative_without_a_day_gives_none(text):
    value = resolve_relative(text, MEETING)
    assert value.iso is None
    assert value.text == text


def test_resolve_relative_uses_meeting_not_today():
    # Far from any plausible "today": a result that used the clock would differ.
    assert resolve_relative("tomorrow", datetime.date(1990, 12, 31)).iso == "1991-01-01"
    assert resolve_relative("next week", datetime.date(2001, 2, 26)).iso == "2001-03-05"


# ---------------------------------------------------------------- find_dates


def test_find_dates_meeting_sentence_has_one_span():
    text = "The next meeting will be held on Thursday 10th May 2018 at 14:00 at Police Headquarters."
    spans = find_dates(text)
    assert len(spans) == 1
    (span,) = spans
    assert span.value.iso == "2018-05-10"
    assert text[span.start : span.end] == span.text == "Thursday 10th May 2018"


def test_find_dates_item_numbers_are_not_days():
    spans = find_dates("Action 12 raised under item 5.1 in 2019/20")
    assert [s for s in spans if s.value.iso] == []
    # the financial year is reported, without a day
    assert [s.text for s in spans] == ["2019/20"]


def test_find_dates_minutes_sentence():
    text = "approved the minutes from the meeting held on the 18th September 2019"
    assert [s.value.iso for s in find_dates(text)] == ["2019-09-18"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Report dated 24/01/2019, updated 13/08/2019 and due Sep-19.",
            [("24/01/2019", "2019-01-24"), ("13/08/2019", "2019-08-13"), ("Sep-19", None)],
        ),
        ("see sections 3.2.10 and 5.1.12", []),
        ("the budget of £12 May be spent", []),
        ("item 5 may be deferred", []),
        ("By Friday 1st March 2019 the force", [("Friday 1st March 2019", "2019-03-01")]),
        ("from 10 May 2018 14:00", [("10 May 2018", "2018-05-10")]),
        # yy-mm-dd file names are not day-first dates
        ("Attached: 19-09-18-BCB-Strategic Direction", []),
        ("Update 29-3-18 colleges contacted", [("29-3-18", "2018-03-29")]),
        ("held on 10.05.2018.", [("10.05.2018", "2018-05-10")]),
        ("on 10 May 14:00", [("10 May", None)]),
        ("invalid 31/02/2019 date", [("31/02/2019", None)]),
        ("in December 2019 and Q4 2019-20", [("December 2019", None), ("Q4 2019-20", None)]),
        ("", []),
    ],
)
def test_find_dates_examples(text, expected):
    assert [(s.text, s.value.iso) for s in find_dates(text)] == expected


def test_find_dates_two_digit_year_uses_reference():
    (span,) = find_dates("signed 5/3/99 by the Chief", reference=datetime.date(1998, 1, 1))
    assert span.value.iso == "1999-03-05"


def test_find_dates_returns_datespans():
    (span,) = find_dates("on 1/2/2019")
    assert isinstance(span, DateSpan)
    assert span == DateSpan(3, 11, "1/2/2019", DateValue("2019-02-01", "1/2/2019"))


# ---------------------------------------------------------------- parse_time


@pytest.mark.parametrize(
    "text, expected",
    [
        ("14:00", "14:00"),
        ("10:30", "10:30"),
        ("2pm", "14:00"),
        ("2.30 pm", "14:30"),
        ("14.00", "14:00"),
        ("2 p.m.", "14:00"),
        ("9.30am", "09:30"),
        ("9:30", "09:30"),
        ("12pm", "12:00"),
        ("12am", "00:00"),
        ("1400hrs", "14:00"),
        ("noon", "12:00"),
        ("Thursday 10th May 2018 at 14:00", "14:00"),
        ("from 9.30am until 12.30pm", "09:30"),
        ("10:00 - 12:00", "10:00"),
    ],
)
def test_parse_time(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        None,
        "",
        "TBC",
        "25:00",
        "13pm",
        "10:75",
        "24/01/2019",
        "10.05.2018",
        "2019/20",
        "item 5.1",
        # a paragraph number, not ten past four
        "4.10 The Constabulary also continues",
    ],
)
def test_parse_time_none(text):
    assert parse_time(text) is None


# ---------------------------------------------------------------- properties

DATES = st.dates(min_value=datetime.date(1000, 1, 1), max_value=datetime.date(9999, 12, 31))


@PROPERTY
@given(DATES, st.sampled_from(["numeric", "ordinal", "short", "weekday"]))
def test_printed_dates_round_trip(d, style):
    text = {
        "numeric": d.strftime("%d/%m/") + f"{d.year:04d}",
        "ordinal": f"{ordinal(d.day)} {d:%B} {d.year:04d}",
        "short": f"{d:%d %b} {d.year:04d}",
        "weekday": f"{d:%A} {ordinal(d.day)} {d:%B} {d.year:04d}",
    }[style]
    assert parse_date(text).iso == d.isoformat()


@PROPERTY
@given(
    st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2099, 12, 31)),
    st.integers(min_value=-45, max_value=45),
)
def test_two_digit_years_round_trip_near_reference(d, offset_years):
    reference = datetime.date(d.year + offset_years, 6, 15)
    assert parse_date(d.strftime("%d/%m/%y"), reference=reference).iso == d.isoformat()


@PROPERTY
@given(st.text())
def test_parse_date_never_raises(text):
    value = parse_date(text)
    assert value.text == text.strip()
    if value.iso is not None:
        datetime.date.fromisoformat(value.iso)


@PROPERTY
@given(st.text(), st.dates())
def test_parse_date_with_reference_never_raises(text, reference):
    parse_date(text, reference=reference)
    resolve_relative(text, reference)
    parse_time(text)


PROSE = st.lists(
    st.one_of(
        st.text(max_size=12),
        st.sampled_from(["24/01/2019", "2019/20", "Sep-19", "12th April 2018", "14:00", " on "]),
        DATES.map(lambda d: f"{d:%d %B} {d.year:04d}"),
    ),
    max_size=8,
).map("".join)


@PROPERTY
@given(PROSE)
def test_find_dates_spans_lie_inside_text(text):
    previous_end = 0
    for span in find_dates(text):
        assert 0 <= span.start < span.end <= len(text)
        assert span.text == text[span.start : span.end]
        assert span.start >= previous_end  # in order, never overlapping
        previous_end = span.end


@PROPERTY
@given(st.integers(min_value=1900, max_value=2098), st.sampled_from(["/", "-", " / "]))
def test_financial_year_never_yields_a_day(year, sep):
    text = f"{year}{sep}{(year + 1) % 100:02d}"
    assert parse_date(text).iso is None
    assert parse_date(text, reference=MEETING).iso is None
    assert all(s.value.iso is None for s in find_dates(f"budget for {text} agreed"))


@pytest.mark.parametrize(
    "text, time", [("at 10 o'clock", "10:00"), ("Time: 9 o’clock", "09:00"), ("14 oclock", "14:00")]
)
def test_times_on_the_hour_in_words(text, time):
    assert parse_time(text) == time


COUNTS = ["a", "an", "one", "two", "seven", "twelve", "1", "3", "14", "400"]
UNITS = ["day", "days", "week", "weeks", "fortnight", "fortnights", "month", "months", "year", "years"]
RELATIVE_PHRASES = (
    ["today", "tomorrow", "yesterday"]
    + [f"{step} {unit}" for step in ("next", "last") for unit in ("week", "fortnight", "month", "year")]
    + [f"in {count} {unit}" for count in COUNTS for unit in UNITS]
    + [f"{count} {unit} ago" for count in COUNTS for unit in UNITS]
)


@pytest.mark.parametrize("reference", [datetime.date(2019, 1, 31), datetime.date(2020, 2, 29)])
def test_calendar_counts_relative_phrases_as_dateparser_does(reference):
    # The calendar reads the phrases `_RE_RELATIVE` finds without loading dateparser; it must give
    # dateparser's own answer for every one of them (a day, or None for months and years).
    from pipeline.dates import _calendar_relative, _dateparser_only_relative

    for phrase in RELATIVE_PHRASES:
        read, day = _calendar_relative(phrase, reference)
        assert read, phrase
        assert day == _dateparser_only_relative(phrase, reference), phrase
    assert _calendar_relative("in a moment", reference) == (False, None)


def test_a_short_dotted_date_alone_in_a_span_is_a_day():
    # A due-date cell of "31.3.23" is a day; in running text the same shape may be a section
    # number, so only a span that is nothing else is read so.
    assert parse_date("31.3.23").iso == "2023-03-31"
    assert parse_date("5.10.22").iso == "2022-10-05"
    assert parse_date("3.2.10").iso is None
    assert parse_date("32.1.20").iso is None
    assert find_dates("see paragraph 3.2.10 above") == []
