"""Shared pieces of date extraction: the result type, calendar words and day arithmetic."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class DateResult(Generic[T]):
    """An extracted value (or None) with the evidence that explains it."""

    value: T | None
    evidence: tuple[str, ...]
    method: str | None = None
    sequence: int = 0


# Month and weekday names as written in English mail, full and abbreviated.
MONTH_NUMBERS: dict[str, int] = {
    name: index
    for index, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
# European mail is often written in the sender's language: their month names, for dates
# written with a day number ("4 mai", "8. Juni", "4 de mayo").
FOREIGN_MONTHS: dict[str, int] = {
    name: index
    for index, names in enumerate(
        [
            ("januar", "janvier", "januari", "enero"),
            ("februar", "février", "fevrier", "februari", "febrero"),
            ("märz", "maerz", "mars", "maart", "marzo"),
            ("avril", "abril"),
            ("mai", "mei", "mayo"),
            ("juni", "juin", "junio"),
            ("juli", "juillet", "julio"),
            ("août", "aout", "augustus", "agosto"),
            ("septembre", "septiembre"),
            ("oktober", "octobre", "octubre"),
            ("novembre", "noviembre"),
            ("dezember", "décembre", "decembre", "diciembre"),
        ],
        start=1,
    )
    for name in names
}
ALL_MONTHS = {**MONTH_NUMBERS, **FOREIGN_MONTHS}
WEEKDAY_NUMBERS: dict[str, int] = {
    name: index
    for index, names in enumerate(
        [
            ("mon", "monday"),
            ("tue", "tues", "tuesday"),
            ("wed", "wednesday"),
            ("thu", "thur", "thurs", "thursday"),
            ("fri", "friday"),
            ("sat", "saturday"),
            ("sun", "sunday"),
        ]
    )
    for name in names
}
# ... and their weekday names, which only ever stand next to a date here.
FOREIGN_WEEKDAYS: dict[str, int] = {
    name: index
    for index, names in enumerate(
        [
            ("montag", "lundi", "maandag", "lunes"),
            ("dienstag", "mardi", "dinsdag", "martes"),
            ("mittwoch", "mercredi", "woensdag", "miércoles", "miercoles"),
            ("donnerstag", "jeudi", "donderdag", "jueves"),
            ("freitag", "vendredi", "vrijdag", "viernes"),
            ("samstag", "samedi", "zaterdag", "sábado", "sabado"),
            ("sonntag", "dimanche", "zondag", "domingo"),
        ]
    )
    for name in names
}

_DIGITS = re.compile(r"\d+")


def digit_windows(text: str, before: int, after: int) -> list[tuple[int, int]]:
    """Stretches of `text` around its numbers, merged: where dates and times can be.

    Scanning only these keeps the long name alternations off the rest of a message (a
    regex over every character of a 10 kB mail costs milliseconds).
    """
    windows: list[tuple[int, int]] = []
    for m in _DIGITS.finditer(text):
        lo, hi = max(0, m.start() - before), min(len(text), m.end() + after)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


def localize(day: date, at: time, zone: tzinfo) -> tuple[datetime | None, str | None]:
    """Attach `zone` to a wall-clock time; (None, why) for a time skipped by a DST change.

    zoneinfo follows PEP 495: a wall time in the spring-forward gap does not survive a
    round trip through UTC; in the autumn overlap fold=0 picks the first (summer) instant.
    """
    wall = datetime.combine(day, at, tzinfo=zone)
    back = wall.astimezone(UTC).astimezone(zone)
    if back.replace(tzinfo=None) != wall.replace(tzinfo=None):
        return (
            None,
            f"{day.isoformat()} {at.isoformat('minutes')} does not exist in {zone} (DST gap)",
        )
    folded = wall.replace(fold=1)
    if folded.utcoffset() != wall.utcoffset():
        when = f"{day.isoformat()} {at.isoformat('minutes')}"
        return wall, f"{when} occurs twice (DST); took the first"
    return wall, None


def in_zone(moment: datetime, zone: tzinfo) -> datetime:
    """`moment` seen in `zone`; a naive moment is taken as UTC (Message.date is UTC)."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(zone)


def add_business_days(start: date, days: int) -> date:
    """`start` plus `days` Monday-to-Friday days (holidays are the policy's business)."""
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            remaining -= 1
    return current


def next_weekday(after: date, weekday: int, *, include_today: bool = False) -> date:
    """The first date on/after (include_today) or strictly after `after` that is `weekday`."""
    delta = (weekday - after.weekday()) % 7
    if delta == 0 and not include_today:
        delta = 7
    return after + timedelta(days=delta)


def next_occurrence(month: int, day: int, on_or_after: date) -> date | None:
    """The first (year, month, day) on or after `on_or_after`; None if it never exists."""
    for year in range(on_or_after.year, on_or_after.year + 9):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate >= on_or_after:
            return candidate
    return None


def weekday_number(name: str) -> int:
    """0 for "Monday", "Mon.", "lundi"...; the name must be a known weekday."""
    key = name.lower().rstrip(".")
    return WEEKDAY_NUMBERS[key] if key in WEEKDAY_NUMBERS else FOREIGN_WEEKDAYS[key]


def weekday_contradiction(raw: str, weekday: str | None, day: date) -> str | None:
    """Why a stated weekday ("Friday, December 12") does not fit `day`; None when it does."""
    if weekday and weekday_number(weekday) != day.weekday():
        return f"weekday contradicts date: '{raw}' but {day.isoformat()} is a {day:%A}"
    return None


def add_months(start: date, months: int) -> date:
    """The same day `months` later, or that month's last day when it is shorter."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def week_monday(day: date, weeks_ahead: int = 0) -> date:
    """The Monday of `day`'s week (weeks start on Monday), `weeks_ahead` weeks on."""
    return day - timedelta(days=day.weekday()) + timedelta(weeks=weeks_ahead)


def year_day(year: str | None, month: int, day: int, base: date) -> date | None:
    """The date with the written year ("26" is 2026), else the next occurrence from `base`."""
    if year:
        full = int(year) + (2000 if len(year) == 2 else 0)
        try:
            return date(full, month, day)
        except ValueError:
            return None
    return next_occurrence(month, day, base)
