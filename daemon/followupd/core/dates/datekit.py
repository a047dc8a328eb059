"""Shared pieces of date extraction: the result type and timezone name resolution."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from typing import Generic, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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

# Abbreviations people write after a time. US and European ones are used loosely ("EST" in
# July usually means New York local time), so they map to the region's zone, not to a fixed
# offset; GMT and UTC are taken literally. IST is read as India (the most common use in
# recruiting mail), CST as US Central.
ABBREVIATIONS: dict[str, str] = {
    "ET": "America/New_York",
    "EST": "America/New_York",
    "EDT": "America/New_York",
    "CT": "America/Chicago",
    "CST": "America/Chicago",
    "CDT": "America/Chicago",
    "MT": "America/Denver",
    "MST": "America/Denver",
    "MDT": "America/Denver",
    "PT": "America/Los_Angeles",
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "AKST": "America/Anchorage",
    "HST": "Pacific/Honolulu",
    "GMT": "UTC",
    "UTC": "UTC",
    "Z": "UTC",
    "BST": "Europe/London",
    "WET": "Europe/Lisbon",
    "WEST": "Europe/Lisbon",
    "CET": "Europe/Paris",
    "CEST": "Europe/Paris",
    "MEZ": "Europe/Berlin",
    "MESZ": "Europe/Berlin",
    "EET": "Europe/Athens",
    "EEST": "Europe/Athens",
    "IST": "Asia/Kolkata",
    "SGT": "Asia/Singapore",
    "HKT": "Asia/Hong_Kong",
    "JST": "Asia/Tokyo",
    "KST": "Asia/Seoul",
    "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney",
    "NZST": "Pacific/Auckland",
    "NZDT": "Pacific/Auckland",
}

# Zones whose abbreviations suggest month/day order in numeric dates like 12/03.
US_ZONES = frozenset(
    {"America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"}
    | {"America/Anchorage", "Pacific/Honolulu"}
)

# Spelled-out names, and the display names Outlook/Exchange put in TZID without a
# VTIMEZONE ("Eastern Standard Time", "(UTC-05:00) Eastern Time (US & Canada)").
ZONE_NAMES: dict[str, str] = {
    "eastern time": "America/New_York",
    "eastern standard time": "America/New_York",
    "eastern daylight time": "America/New_York",
    "central time": "America/Chicago",
    "central standard time": "America/Chicago",
    "mountain time": "America/Denver",
    "mountain standard time": "America/Denver",
    "pacific time": "America/Los_Angeles",
    "pacific standard time": "America/Los_Angeles",
    "pacific daylight time": "America/Los_Angeles",
    "gmt standard time": "Europe/London",
    "greenwich standard time": "UTC",
    "british summer time": "Europe/London",
    "uk time": "Europe/London",
    "london": "Europe/London",
    "w. europe standard time": "Europe/Berlin",
    "central europe standard time": "Europe/Budapest",
    "romance standard time": "Europe/Paris",
    "central european standard time": "Europe/Warsaw",
    "central european time": "Europe/Paris",
    "central european summer time": "Europe/Paris",
    "amsterdam, berlin, bern, rome, stockholm, vienna": "Europe/Berlin",
    "brussels, copenhagen, madrid, paris": "Europe/Paris",
    "dublin, edinburgh, lisbon, london": "Europe/London",
    "india standard time": "Asia/Kolkata",
    "tokyo standard time": "Asia/Tokyo",
    "singapore standard time": "Asia/Singapore",
    "aus eastern standard time": "Australia/Sydney",
    "utc": "UTC",
    "coordinated universal time": "UTC",
}

_OUTLOOK_PREFIX = re.compile(r"^\(?(?:utc|gmt)\s*([+-]\d{1,2}):?(\d{2})?\)?\s*", re.IGNORECASE)
_OFFSET = re.compile(r"^(?:utc|gmt)?\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)


def iana_zone(name: str) -> ZoneInfo | None:
    """The IANA zone called `name`, or None when the tz database does not know it."""
    if not name or ("/" not in name and name.upper() != "UTC"):
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def parse_offset(text: str) -> timezone | None:
    """'UTC+1', 'GMT-05:00', '+0100' -> a fixed-offset zone; None when not an offset."""
    m = _OFFSET.match(text.strip())
    if not m:
        return None
    hours, minutes = int(m.group(2)), int(m.group(3) or 0)
    if hours > 14 or minutes >= 60:
        return None
    delta = timedelta(hours=hours, minutes=minutes)
    return timezone(-delta if m.group(1) in "-\u2212" else delta)


def zone_from_name(name: str) -> tuple[tzinfo, str] | None:
    """Resolve a timezone as written by a person or a calendar; (zone, how) or None."""
    cleaned = name.strip()
    if cleaned.startswith("(") and cleaned.endswith(")") and "(" not in cleaned[1:-1]:
        cleaned = cleaned[1:-1].strip()
    if not cleaned:
        return None
    if cleaned.upper() in ABBREVIATIONS and (cleaned.isupper() or len(cleaned) > 3):
        key = ABBREVIATIONS[cleaned.upper()]
        return ZoneInfo(key), f"'{cleaned}' read as {key}"
    zone = iana_zone(cleaned)
    if zone is not None:
        return zone, f"IANA zone {cleaned}"
    offset = parse_offset(cleaned)
    if offset is not None:
        return offset, f"fixed offset {offset}"
    lowered = re.sub(r"\s+", " ", cleaned.lower().replace("\\", ""))
    stripped = _OUTLOOK_PREFIX.sub("", lowered)
    for candidate in (lowered, stripped, stripped.replace(" (us & canada)", "")):
        if candidate in ZONE_NAMES:
            key = ZONE_NAMES[candidate]
            return ZoneInfo(key), f"'{cleaned}' mapped to {key}"
    m = _OUTLOOK_PREFIX.match(lowered)
    if m:
        fixed = parse_offset(f"{m.group(1)}:{m.group(2) or '00'}")
        if fixed is not None:
            return fixed, f"'{cleaned}' unknown; its fixed offset {fixed} used (no DST)"
    return None


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


def weekday_contradiction(raw: str, weekday: str | None, day: date) -> str | None:
    """Why a stated weekday ("Friday, December 12") does not fit `day`; None when it does."""
    if weekday and WEEKDAY_NUMBERS[weekday.lower().rstrip(".")] != day.weekday():
        return f"weekday contradicts date: '{raw}' but {day.isoformat()} is a {day:%A}"
    return None


def year_day(year: str | None, month: int, day: int, base: date) -> date | None:
    """The date with the written year ("26" is 2026), else the next occurrence from `base`."""
    if year:
        full = int(year) + (2000 if len(year) == 2 else 0)
        try:
            return date(full, month, day)
        except ValueError:
            return None
    return next_occurrence(month, day, base)
