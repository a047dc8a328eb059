"""The phrases that set a promised reply date, each with the rule that turns it into a day.

Conventions (every one is named in the evidence it produces): "within N days/weeks" adds
them; "N business/working days" skips weekends; a range ("5-7 business days", "two to three
weeks") takes its later bound; "in the next few days" is three days and "a couple of" two;
"within a month" is the same day next month; "by Friday" is the first Friday after the sent
date and "next Friday" the Friday of the following week; "this week", "later this week" and
"by the end of the week" are that week's Friday, "next week" and "by the end of next week"
the next week's Friday, "early next week" its Tuesday and "mid next week" its Wednesday;
"by the end of the month" (or "before") is its last day, "early next month" the 7th,
"mid-December" the 15th, "early April" the 7th and "late April" the 30th; "by the 20th" is
the next 20th. Written dates ("by Friday, December 11", "by 20/11") must agree with a
weekday written with them and follow the interview dates' order rules. Too vague for a
date, said so with no date: "after the holidays", "in the new year", "in due course",
"soon", "in the coming weeks", "in a few weeks/months".
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import NamedTuple

from followupd.core.dates.datekit import (
    ALL_MONTHS,
    WEEKDAY_NUMBERS,
    add_business_days,
    add_months,
    next_occurrence,
    next_weekday,
    week_monday,
    weekday_contradiction,
    year_day,
)
from followupd.core.dates.days import DateHit, find_dates, resolve_date, text_order


class Reading(NamedTuple):
    """What a phrase means: a day, or None with `final` set when no guess may follow."""

    day: date | None
    why: str
    final: bool = False


class Context:
    """What a rule reads a phrase against: the sent moment, and the text's date habit."""

    def __init__(self, base: date, sent: datetime, text: str) -> None:
        self.base, self.sent, self._text = base, sent, text
        self._order: tuple[str | None, str] | None = None

    @property
    def order(self) -> tuple[str | None, str]:
        """How the writer orders numeric dates (read from the whole text, once, if needed)."""
        if self._order is None:
            self._order = text_order(find_dates(self._text))
        return self._order


Rule = Callable[[re.Match[str], Context], Reading]

_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "a couple of": 2,
    "couple of": 2,
    "three": 3,
    "a few": 3,
    "few": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "fourteen": 14,
    "thirty": 30,
}
_WORD = "|".join(sorted((w for w in _NUMBERS if w not in {"a", "an"}), key=len, reverse=True))
_NUM = rf"(?P<n>\d{{1,2}}|{_WORD}|an?)"
_RANGE = rf"(?:(?:\d{{1,2}}|{_WORD})\s*(?:-|\u2013|to|or)\s*)?{_NUM}"
_IS_RANGE = re.compile(rf"(?:\d|\b(?:{_WORD}))\s*(?:-|\u2013|\bto\b|\bor\b)\s*\S", re.I)
_UNIT = r"(?P<unit>business\s+days?|working\s+days?|days?|weeks?|hours?|months?)"
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WD_NAMES = "|".join(_WEEKDAYS)
_MONTH_RE = r"(?P<mon>" + "|".join(sorted(ALL_MONTHS, key=len, reverse=True)) + r")\b\.?"
# "by Friday, December 11" / "before Fri 11 Dec": a weekday may precede the date; it is
# checked against the date, never used instead of it.
_STATED_WD = (
    r"(?:(?P<wd>" + "|".join(sorted(WEEKDAY_NUMBERS, key=len, reverse=True)) + r")\b\.?,?\s+\(?)?"
)
_BEFORE_DATE = r"\b(?:by|before|on|until|till|no later than)\s+"
_YEAR = r"(?:,?\s+(?P<year>20\d\d)(?!\d))?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"


def _count(raw: str) -> int:
    """A written count ("two", "a couple of", "14") as a number."""
    raw = " ".join(raw.lower().split())
    return int(raw) if raw.isdigit() else _NUMBERS[raw]


def _span(m: re.Match[str], ctx: Context) -> Reading:
    """A period from the sent date: N (business) days, weeks, months or hours."""
    phrase = " ".join(m.group(0).split())
    n, unit, base = _count(m.group("n")), " ".join(m.group("unit").lower().split()), ctx.base
    few = m.group("n").lower().strip() in {"a few", "few"}
    if few and unit.startswith(("week", "month")):
        return Reading(None, f"'{phrase}' is too vague for a date")
    if unit.startswith(("business", "working")):
        day, rule = add_business_days(base, n), f"sent date + {n} business days"
    elif unit.startswith("hour"):
        day, rule = (ctx.sent + timedelta(hours=n)).date(), f"sent time + {n} hours"
    elif unit.startswith("week"):
        day, rule = base + timedelta(days=7 * n), f"sent date + {7 * n} days"
    elif unit.startswith("month"):
        day, rule = add_months(base, n), f"the same day {n} month{'s' * (n > 1)} later"
    else:
        day, rule = base + timedelta(days=n), f"sent date + {n} days"
    if _IS_RANGE.search(phrase):
        rule += " (upper bound of the range)"
    return Reading(day, f"'{phrase}' -> {rule}")


def _or_two(m: re.Match[str], ctx: Context) -> Reading:
    """Reads "a week or two" as the later bound and "a week or so" as the one."""
    phrase = " ".join(m.group(0).split())
    n = 2 if m.group("n").lower() == "two" else 1
    unit = m.group("unit").lower()
    if unit == "month":
        return Reading(add_months(ctx.base, n), f"'{phrase}' -> the same day {n} month(s) later")
    days = n * (7 if unit == "week" else 1)
    return Reading(ctx.base + timedelta(days=days), f"'{phrase}' -> sent date + {days} days")


def _few_days(m: re.Match[str], ctx: Context) -> Reading:
    """Reads "in the next few days" as three days and "a couple of days" as two."""
    phrase = " ".join(m.group(0).split())
    n = 2 if "couple" in phrase.lower() else 3
    return Reading(ctx.base + timedelta(days=n), f"'{phrase}' -> sent date + {n} days")


def _in_week(weekday: int, label: str) -> Rule:
    """A rule for "<part> of this/next week": that week's `weekday`."""

    def rule(m: re.Match[str], ctx: Context) -> Reading:
        """That week's day, with which week named in the evidence."""
        phrase = " ".join(m.group(0).split())
        ahead = 1 if (m.groupdict().get("which") or "").lower() == "next" else 0
        day = week_monday(ctx.base, ahead) + timedelta(days=weekday)
        if day < ctx.base:  # sent on a weekend: the coming week's
            day += timedelta(days=7)
        week = "the week after the sent date" if ahead else "the sent week"
        return Reading(day, f"'{phrase}' -> {label} of {week}")

    return rule


def _weekday(m: re.Match[str], ctx: Context) -> Reading:
    """A weekday: the first after the sent date, or in the following week with "next"."""
    phrase = " ".join(m.group(0).split())
    name = (m.group("wd") or m.group("wd2")).lower()
    weekday = _WEEKDAYS.index(name)
    if m.group("next") or m.group("nextweek") or m.group("bare"):
        day = week_monday(ctx.base, 1) + timedelta(days=weekday)
        return Reading(day, f"'{phrase}' -> {name.title()} of the week after the sent date")
    day = next_weekday(ctx.base, weekday)
    return Reading(day, f"'{phrase}' -> the first {name.title()} after the sent date")


def _month_end(m: re.Match[str], ctx: Context) -> Reading:
    """The end of this, next or a named month: its last day."""
    year, month = ctx.base.year, ctx.base.month
    if m.groupdict().get("mon"):
        month = _month_number(m.group("mon"))
        year = year + 1 if month < ctx.base.month else year
    elif (m.groupdict().get("which") or "").lower() == "next":
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    day = date(year, month, calendar.monthrange(year, month)[1])
    return Reading(day, f"'{' '.join(m.group(0).split())}' -> last day of that month")


def _early_next_month(m: re.Match[str], ctx: Context) -> Reading:
    """Reads "early next month" as the 7th of next month."""
    b = ctx.base
    year, month = (b.year + 1, 1) if b.month == 12 else (b.year, b.month + 1)
    return Reading(date(year, month, 7), f"'{m.group(0).strip()}' -> the 7th of next month")


def _mid_month(m: re.Match[str], ctx: Context) -> Reading:
    """Reads "mid-December" as the 15th of that month."""
    day = next_occurrence(_month_number(m.group("mon")), 15, ctx.base)
    return Reading(day, f"'{m.group(0).strip()}' -> the 15th of that month")


def _part_of_month(m: re.Match[str], ctx: Context) -> Reading:
    """Reads "early April" as the 7th and "late April" as its last day."""
    month = _month_number(m.group("mon"))
    phrase = " ".join(m.group(0).split())
    if m.group("part").lower() == "early":
        return Reading(next_occurrence(month, 7, ctx.base), f"'{phrase}' -> the 7th of that month")
    year = ctx.base.year + (1 if month < ctx.base.month else 0)
    last = date(year, month, calendar.monthrange(year, month)[1])
    return Reading(last, f"'{phrase}' -> last day of that month")


def _month_number(name: str) -> int:
    """1 for "January", "Jan.", "janvier"..."""
    return ALL_MONTHS[name.lower().rstrip(".")]


def _calendar_date(m: re.Match[str], ctx: Context) -> Reading:
    """A written date; a weekday written with it must agree, else no answer (None, why)."""
    phrase = " ".join(m.group(0).split())
    month, number, year = _month_number(m.group("mon")), int(m.group("day")), m.group("year")
    day = year_day(year, month, number, ctx.base)
    if day is None:
        return Reading(None, f"'{phrase}' is not a valid date", final=True)
    contradiction = weekday_contradiction(phrase, m.group("wd"), day)
    if contradiction:
        return Reading(None, contradiction, final=True)
    which = "" if year else "next "
    agrees = f" (the stated {m.group('wd').title()} agrees)" if m.group("wd") else ""
    return Reading(day, f"'{phrase}' -> {which}{m.group('mon').title()} {number}{agrees}")


def _numeric_date(m: re.Match[str], ctx: Context) -> Reading:
    """A numeric date ("by 20/03", "by 20.03.2026"), read by the interview dates' rules."""
    phrase = " ".join(m.group(0).split())
    g = m.groupdict()
    dotted = g.get("sep") == "."
    groups: dict[str, str | None] = (
        {"d": g["a"], "m": g["b"], "year": g["year"] or str(ctx.base.year)}
        if dotted
        else {"a": g["a"], "b": g["b"], "year": g["year"], "wd": g.get("wd")}
    )
    hit = DateHit(m.start(), m.end(), "dotted" if dotted else "numeric", groups, phrase)
    day, why = resolve_date(hit, ctx.base, by_zone=None, by_text=ctx.order)
    if day is not None and dotted and not g["year"] and day < ctx.base:
        day = year_day(None, day.month, day.day, ctx.base)
    if day is None:
        return Reading(None, why, final=True)
    contradiction = weekday_contradiction(phrase, g.get("wd"), day)
    if contradiction:
        return Reading(None, contradiction, final=True)
    return Reading(day, f"{why} (a date written in numbers)")


def _day_of_month(m: re.Match[str], ctx: Context) -> Reading:
    """Reads "by the 20th" as the next 20th on or after the sent date; a weekday must agree."""
    phrase = " ".join(m.group(0).split())
    number = int(m.group("day"))
    day = ctx.base
    for _ in range(62):  # the next month that has that day
        if day.day == number:
            break
        day += timedelta(days=1)
    else:
        return Reading(None, f"'{phrase}' is not a valid date", final=True)
    contradiction = weekday_contradiction(phrase, m.group("wd"), day)
    if contradiction:
        return Reading(None, contradiction, final=True)
    return Reading(day, f"'{phrase}' -> the next day {number} of a month: {day.isoformat()}")


def _tomorrow(m: re.Match[str], ctx: Context) -> Reading:
    """Reads "tomorrow" as the day after the sent date."""
    day = ctx.base + timedelta(days=1)
    return Reading(day, f"'{m.group(0).strip()}' -> the day after the sent date")


def _today(m: re.Match[str], ctx: Context) -> Reading:
    """Reads "by the end of the day" and "later today" as the sent date."""
    return Reading(ctx.base, f"'{m.group(0).strip()}' -> the sent date")


def _vague(m: re.Match[str], ctx: Context) -> Reading:
    """A promise too vague for a date: no day, and why."""
    return Reading(None, f"'{' '.join(m.group(0).split())}' is too vague for a date")


def _c(pattern: str) -> re.Pattern[str]:
    """A rule pattern (case-insensitive)."""
    return re.compile(pattern, re.I)


_ORDINAL_DAY = r"(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# Most specific first; the first rule matching inside a promise sentence decides.
RULES: list[tuple[re.Pattern[str], Rule]] = [
    (
        _c(
            r"\b(?:within|in|over)\s+(?:the\s+next\s+(?:a\s+|one\s+)?|(?:a|one)\s+)"
            r"(?P<unit>day|week|month)"
            r"\s+or\s+(?P<n>two|so)\b"
        ),
        _or_two,
    ),
    (
        _c(
            r"\b(?:within|in|over|after|allow|takes?|take\s+up\s+to|taking)\s+(?:the\s+)?"
            r"(?:next\s+|coming\s+)?(?:up\s+to\s+|about\s+|around\s+|roughly\s+|approximately\s+)?"
            rf"{_RANGE}\s+{_UNIT}"
        ),
        _span,
    ),
    (_c(rf"\b{_RANGE}\s+{_UNIT}\s+(?:from\s+(?:now|today)|time\b)"), _span),
    (
        _c(r"\b(?:in|over|within)\s+the\s+(?:next|coming)\s+(?:few\s+|couple\s+of\s+)?days\b"),
        _few_days,
    ),
    (_c(r"\bin\s+a\s+(?:few|couple\s+of)\s+days\b"), _few_days),
    (_c(r"\bearly\s+next\s+month\b"), _early_next_month),
    (
        _c(
            r"\b(?:by\s+|before\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?(?P<which>this|next)?\s*month\b"
            r"|\bby\s+month[-\s]end\b"
            rf"|\b(?:by\s+|before\s+)?(?:the\s+)?end\s+of\s+{_MONTH_RE}"
        ),
        _month_end,
    ),
    (_c(rf"\b(?:by\s+)?mid[-\s]+{_MONTH_RE}"), _mid_month),
    (_c(rf"\b(?:by\s+|in\s+)?(?P<part>early|late)\s+{_MONTH_RE}"), _part_of_month),
    (_c(r"\bearly\s+(?P<which>next)\s+week\b"), _in_week(1, "Tuesday")),
    (
        _c(r"\b(?:mid|the\s+middle\s+of)[-\s]+(?P<which>next)\s+week\b|\bmidweek\s+next\s+week\b"),
        _in_week(2, "Wednesday"),
    ),
    (
        _c(rf"{_BEFORE_DATE}{_STATED_WD}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH_RE}{_YEAR}"),
        _calendar_date,
    ),
    (_c(rf"{_BEFORE_DATE}{_STATED_WD}(?:the\s+)?{_MONTH_RE}\s+{_DAY}\b{_YEAR}"), _calendar_date),
    (
        _c(
            rf"{_BEFORE_DATE}(?:(?P<wd>{_WD_NAMES}),?\s+)?the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"
            r"(?!\s+(?:of\s+)?[a-z])"
        ),
        _day_of_month,
    ),
    (
        _c(
            rf"{_BEFORE_DATE}(?:(?P<wd>{_WD_NAMES}),?\s+)?(?<![\d/.])(?P<a>[0-3]?\d)(?P<sep>[/.])"
            r"(?P<b>[0-3]?\d)(?:(?P=sep)(?P<year>(?:20)?\d\d))?(?![\d/])"
        ),
        _numeric_date,
    ),
    (
        _c(
            r"\b(?:by|before|on|until|no\s+later\s+than)\s+"
            r"(?:(?:close\s+of\s+business|cob|end\s+of\s+(?:the\s+)?day|eod)\s+(?:on\s+)?)?"
            rf"(?:(?P<next>next)\s+|this\s+|coming\s+)?(?P<wd>{_WD_NAMES})\b"
            r"(?P<nextweek>\s+(?:of\s+)?next\s+week)?"
            rf"|\b(?P<bare>next)\s+(?P<wd2>{_WD_NAMES})\b"
        ),
        _weekday,
    ),
    (
        _c(
            r"\b(?:by\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+)?|later\s+|later\s+in\s+the\s+)?"
            r"(?P<which>this|next)\s+week\b|\b(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?week\b"
            r"|\bwithin\s+the\s+week\b|\blater\s+in\s+the\s+week\b"
        ),
        _in_week(4, "Friday"),
    ),
    (_c(r"\b(?:by\s+)?tomorrow\b"), _tomorrow),
    (
        _c(r"\b(?:by\s+(?:the\s+)?end\s+of\s+(?:the\s+)?day|later\s+today|by\s+tonight)\b"),
        _today,
    ),
    (
        _c(
            r"\b(?:after|following)\s+the\s+(?:\w+\s+)?(?:holidays?|break|new\s+year)"
            r"|\bin\s+the\s+new\s+year\b|\bin\s+due\s+course\b|\b(?:very\s+)?soon\b|\bshortly\b"
            r"|\b(?:in|over)\s+the\s+(?:coming|next)\s+(?:few\s+)?(?:weeks|months)\b"
            r"|\bas\s+soon\s+as\b"
        ),
        _vague,
    ),
]
