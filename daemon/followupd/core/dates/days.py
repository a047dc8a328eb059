"""Calendar days as mail writes them, found in text and resolved against the sent date.

Rules (documented because prose is ambiguous):
- A date without a year is the next occurrence on or after the sent date.
- A bare weekday ("Tuesday") is the first such day after the sent date; "next Tuesday" is
  the Tuesday of the following calendar week (weeks start on Monday).
- "03.12.2026" is always day.month.year. "12/03" is read by, in order: a weekday written
  with it that fits only one reading; the zone named with its time (North American zones
  put the month first, others the day); the text's own habit (another numeric date that
  only one order makes valid, or month names written "March 12" or "12 March"); else the
  one reading not already past; else nothing, with why: a wrong day is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from followupd.core.dates.datekit import (
    ALL_MONTHS,
    FOREIGN_WEEKDAYS,
    MONTH_NUMBERS,
    WEEKDAY_NUMBERS,
    digit_windows,
    next_weekday,
    week_monday,
    weekday_number,
    year_day,
)
from followupd.core.dates.zones import MONTH_FIRST_ZONES, NEUTRAL_ZONES

MONTH_FIRST, DAY_FIRST = "month/day", "day/month"

_ALL_WEEKDAYS = {**WEEKDAY_NUMBERS, **FOREIGN_WEEKDAYS}
_FULL_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MON = r"(?P<mon>" + "|".join(sorted(ALL_MONTHS, key=len, reverse=True)) + r")\b\.?"
_WD = r"(?P<wd>" + "|".join(sorted(_ALL_WEEKDAYS, key=len, reverse=True)) + r")\b\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_DAY_FIRST = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|\.)?(?!\d)"  # "8. Juni" before a month
_YEAR = r"(?:,?\s+(?P<year>20\d\d)(?!\d))?"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"(?<!\d)(?P<year>20\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?!\d)")),
    ("month-day", re.compile(rf"\b(?:{_WD},?\s+)?(?:the\s+)?{_MON}\s+{_DAY}{_YEAR}", re.I)),
    (
        "day-month",
        re.compile(
            rf"\b(?:{_WD},?\s+)?(?:the\s+|le\s+)?{_DAY_FIRST}\s+(?:of\s+|de\s+)?{_MON}{_YEAR}",
            re.I,
        ),
    ),
    (
        "dotted",
        re.compile(
            rf"(?:\b{_WD},?\s+)?(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<year>(?:20)?\d\d)"
            r"(?![\d])",
            re.I,
        ),
    ),
    (
        "numeric",
        re.compile(
            rf"(?:\b{_WD},?\s+)?(?<![\d/])(?P<a>[01]?\d|[23]\d)/(?P<b>[0-3]?\d)"
            r"(?:/(?P<year>(?:20)?\d\d))?(?![\d/])",
            re.I,
        ),
    ),
    (
        "weekday-ordinal",
        re.compile(rf"\b{_WD}\s+(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b", re.I),
    ),
    (
        "relative",
        re.compile(r"\b(?P<rel>(?:the\s+)?day\s+after\s+tomorrow|tomorrow|today)\b", re.I),
    ),
    (
        "weekday",
        re.compile(rf"\b(?:(?P<next>next|this|coming)\s+)?(?P<wd>{_FULL_WEEKDAYS})\b", re.I),
    ),
]


@dataclass(frozen=True)
class DateHit:
    """One date as written, where it stands in the text, and its pattern's parts."""

    start: int
    end: int
    kind: str
    groups: dict[str, str | None]
    raw: str


_WORDS_ONLY = frozenset({"relative", "weekday"})  # the kinds written without a digit


def find_dates(text: str) -> list[DateHit]:
    """Every date written in `text`, the most specific pattern winning an overlap."""
    hits: list[DateHit] = []
    windows = digit_windows(text, 32, 32)
    for kind, pattern in _PATTERNS:
        spans = [(0, len(text))] if kind in _WORDS_ONLY else windows
        for lo, hi in spans:
            for m in pattern.finditer(text, lo, hi):
                if any(m.start() < h.end and h.start < m.end() for h in hits):
                    continue
                hits.append(DateHit(m.start(), m.end(), kind, m.groupdict(), m.group(0)))
    return sorted(hits, key=lambda h: h.start)


def text_order(hits: list[DateHit]) -> tuple[str | None, str]:
    """How the writer orders numeric dates, judged by the other dates they wrote."""
    votes: dict[str, str] = {}
    for hit in hits:
        g = hit.groups
        if hit.kind == "numeric":
            a, b = int(g["a"] or 0), int(g["b"] or 0)
            if a > 12 >= b:
                votes.setdefault(DAY_FIRST, f"'{hit.raw}' can only be day/month")
            elif b > 12 >= a:
                votes.setdefault(MONTH_FIRST, f"'{hit.raw}' can only be month/day")
        elif hit.kind == "dotted":
            votes.setdefault(DAY_FIRST, f"'{hit.raw}' is written day.month")
        elif hit.kind == "month-day" and (g.get("mon") or "").lower() in MONTH_NUMBERS:
            # only English names: nobody writes "März 12", but a German text may say "Mai 2026"
            votes.setdefault(MONTH_FIRST, f"'{hit.raw}' puts the month first")
        elif hit.kind == "day-month":
            votes.setdefault(DAY_FIRST, f"'{hit.raw}' puts the day first")
    if len(votes) == 1:
        ((order, why),) = votes.items()
        return order, why
    return None, "the text's other dates disagree" if votes else "no other date to go by"


def zone_order(zone_key: str | None) -> str | None:
    """The date order of the zone named with a time; None when it tells nothing."""
    if zone_key is None or zone_key in NEUTRAL_ZONES:
        return None
    return MONTH_FIRST if zone_key in MONTH_FIRST_ZONES else DAY_FIRST


def _resolve_numeric(
    hit: DateHit, base: date, by_zone: str | None, by_text: tuple[str | None, str]
) -> tuple[date | None, str]:
    """Reads "12/03" by the signals in order; else None, with both readings."""
    a, b = int(hit.groups["a"] or 0), int(hit.groups["b"] or 0)
    year = hit.groups.get("year")
    mdy, dmy = year_day(year, a, b, base), year_day(year, b, a, base)
    if mdy is None or dmy is None or mdy == dmy:
        chosen = mdy or dmy
        return chosen, f"'{hit.raw}' read as {chosen.isoformat() if chosen else 'no valid date'}"
    wd = hit.groups.get("wd")
    if wd:
        matching = [d for d in (mdy, dmy) if d.weekday() == weekday_number(wd)]
        if len(matching) == 1:
            return matching[0], f"'{hit.raw}': the weekday picks {matching[0].isoformat()}"
    order, why = (by_zone, "the zone named with it") if by_zone else by_text
    if order is not None:
        chosen = mdy if order == MONTH_FIRST else dmy
        return chosen, f"'{hit.raw}' read as {order} ({why}): {chosen.isoformat()}"
    future = [d for d in (mdy, dmy) if d >= base]
    if len(future) == 1:  # the other reading is already past
        return future[0], f"'{hit.raw}' read as {future[0].isoformat()}, the other reading is past"
    return None, (
        f"ambiguous date '{hit.raw}': {mdy.isoformat()} (month/day) or "
        f"{dmy.isoformat()} (day/month), and {by_text[1]}"
    )


def resolve_date(
    hit: DateHit, base: date, *, by_zone: str | None, by_text: tuple[str | None, str]
) -> tuple[date | None, str]:
    """The day `hit` names, read from `base` (the sent date), and how it was read."""
    g = hit.groups
    if hit.kind in {"iso", "dotted"}:
        day = year_day(g["year"], int(g["m"] or 0), int(g["d"] or 0), base)
        return day, f"'{hit.raw}' is {day.isoformat() if day else 'not a valid date'}"
    if hit.kind in {"month-day", "day-month"}:
        month = ALL_MONTHS[(g["mon"] or "").lower()]
        day = year_day(g["year"], month, int(g["day"] or 0), base)
        return day, f"'{hit.raw}' is {day.isoformat() if day else 'not a valid date'}"
    if hit.kind == "numeric":
        return _resolve_numeric(hit, base, by_zone, by_text)
    if hit.kind == "weekday-ordinal":
        number = int(g["day"] or 0)
        day = next(
            (d for d in (base + timedelta(days=n) for n in range(400)) if d.day == number), None
        )
        return day, f"'{hit.raw}' is the next {number}th: {day}"
    if hit.kind == "relative":
        rel = (g["rel"] or "").lower()
        offset = 0 if rel == "today" else 1 if rel == "tomorrow" else 2
        day = base + timedelta(days=offset)
        return day, f"'{hit.raw}' relative to the sent date -> {day.isoformat()}"
    weekday = WEEKDAY_NUMBERS[(g["wd"] or "").lower()]
    if (g.get("next") or "").lower() == "next":
        day = week_monday(base, 1) + timedelta(days=weekday)
        return day, f"'{hit.raw}' is in the week after the sent date: {day.isoformat()}"
    day = next_weekday(base, weekday)
    return day, f"'{hit.raw}' is the first such day after the sent date: {day.isoformat()}"
