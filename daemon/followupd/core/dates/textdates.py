"""Interview times written in English prose: dates, times, ranges and timezones.

Rules (documented because prose is ambiguous):
- Only a date paired with a time is an interview candidate; lone dates and times are ignored.
- A date without a year is the next occurrence on or after the sent date.
- A bare weekday ("Tuesday") is the first such day after the sent date; "next Tuesday" is
  the Tuesday of the following calendar week (weeks start on Monday).
- "12/03": month/day when a US zone is named, day/month for other named zones; with no hint
  the nearest future reading wins unless both fall within 60 days of the sent date, which
  is ambiguous. "03.12.2026" is always day.month.year.
- A stated weekday that does not match the date makes the whole answer None.
- Two different candidate times make the answer None: a wrong time is worse than none.
- "midnight" is 00:00 at the start of the named day; "12 am" is 00:00, "12 pm" is noon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from followupd.core.dates.datekit import (
    ABBREVIATIONS,
    MONTH_NUMBERS,
    US_ZONES,
    WEEKDAY_NUMBERS,
    DateResult,
    in_zone,
    localize,
    next_weekday,
    weekday_contradiction,
    year_day,
    zone_from_name,
)
from followupd.model import Interview

AMBIGUOUS_WINDOW = timedelta(days=60)

_MONTHS = MONTH_NUMBERS
_WEEKDAYS = WEEKDAY_NUMBERS
_FULL_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MON = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WD = r"(?P<wd>" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:,?\s+(?P<year>20\d\d)(?!\d))?"

_DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"(?<!\d)(?P<year>20\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?!\d)")),
    ("month-day", re.compile(rf"\b(?:{_WD},?\s+)?(?:the\s+)?{_MON}\s+{_DAY}{_YEAR}", re.I)),
    (
        "day-month",
        re.compile(rf"\b(?:{_WD},?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MON}{_YEAR}", re.I),
    ),
    (
        "dotted",
        re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<year>(?:20)?\d\d)(?![\d])"),
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

_TZ_WORDS = r"(?:(?:eastern|central|mountain|pacific|central european|uk)\s+(?:standard\s+)?time)"
_TZ = (
    r"(?P<tz>(?:UTC|GMT)\s*[+\-\u2212]\s*\d{1,2}(?::?\d{2})?(?!\d)|[+\-]\d{2}:?\d{2}(?!\d)|(?-i:"
    + "|".join(sorted((a for a in ABBREVIATIONS if len(a) > 1), key=len, reverse=True))
    + r")|[A-Z][a-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?|(?i:"
    + _TZ_WORDS
    + "))"
)
_CLOCK = r"(?:noon|midday|midnight|\d{1,2}(?!\d)(?:(?::|h)[0-5]\d)?\s*(?:[ap]\.?m\.?(?![a-z]))?)"
_TIME = re.compile(
    rf"(?P<between>between\s+)?(?<![\d/.:\-])(?P<t1>{_CLOCK})"
    r"(?:\s*(?P<sep>(?(between)and|(?:-|\u2013|\u2014|to|until|till)))"
    rf"\s*(?P<t2>{_CLOCK}))?"
    rf"(?:\s*\(?(?:in\s+)?{_TZ}\)?(?![A-Za-z]))?",
    re.I,
)
_CLOCK_PARTS = re.compile(r"(\d{1,2})(?:(?::|h)(\d\d))?\s*([ap])?", re.I)
_DEADLINE = re.compile(r"\b(?:by|before|until|no later than|deadline(?: is)?:?)\s*$", re.I)
# Quoted lines, reply attributions and forwarded-header lines ("Sent: ...", and "Date: ..."
# when it carries a year and a clock time like a header; an ATS "Date: Thursday, Dec 3" stays).
_QUOTE_LINE = re.compile(
    r"^\s*(?:>|on\s.+wrote:|(?:sent|gesendet):\s|date:\s.*\b20\d\d\b.*\d:\d\d)", re.I
)


@dataclass(frozen=True)
class _Clock:
    hour: int
    minute: int
    meridiem: str | None  # "a", "p" or None (24h or noon/midnight)
    word: bool


def _clock(raw: str) -> _Clock | None:
    lowered = raw.lower().strip()
    if lowered in {"noon", "midday"}:
        return _Clock(12, 0, None, True)
    if lowered == "midnight":
        return _Clock(0, 0, None, True)
    m = _CLOCK_PARTS.match(lowered)
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    meridiem = m.group(3).lower() if m.group(3) else None
    if meridiem is None and m.group(2) is None:
        return _Clock(hour, minute, None, False) if hour <= 24 else None
    return _Clock(hour, minute, meridiem, False) if hour <= 23 else None


def _to_time(clock: _Clock, meridiem: str | None) -> time | None:
    hour = clock.hour
    if meridiem is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "p" else 0)  # 12 am -> 0, 12 pm -> 12
    return time(hour, clock.minute) if hour <= 23 else None


@dataclass(frozen=True)
class _TimeHit:
    start: int
    end: int
    first: time
    last: time | None
    zone: str | None
    raw: str


def _times(text: str) -> list[_TimeHit]:
    hits: list[_TimeHit] = []
    for m in _TIME.finditer(text):
        c1 = _clock(m.group("t1"))
        c2 = _clock(m.group("t2")) if m.group("t2") else None
        if c1 is None:
            continue
        t1 = m.group("t1").lower()
        explicit = c1.word or c1.meridiem is not None or ":" in t1 or "h" in t1
        if c2 is not None:
            explicit = explicit or c2.word or c2.meridiem is not None or ":" in m.group("t2")
        if not explicit:
            continue
        m1 = c1.meridiem or (c2.meridiem if c2 is not None and not c1.word else None)
        first = _to_time(c1, m1)
        last = _to_time(c2, c2.meridiem) if c2 is not None else None
        if first is not None and last is not None and last <= first and c1.meridiem is None and m1:
            first = _to_time(c1, "a" if m1 == "p" else "p")  # "11-12pm" is 11 am to noon
        if first is None:
            continue
        hits.append(_TimeHit(m.start(), m.end(), first, last, m.group("tz"), m.group(0).strip()))
    return hits


@dataclass(frozen=True)
class _DateHit:
    start: int
    end: int
    kind: str
    groups: dict[str, str | None]
    raw: str


def _dates(text: str) -> list[_DateHit]:
    hits: list[_DateHit] = []
    for kind, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < h.end and h.start < m.end() for h in hits):
                continue
            hits.append(_DateHit(m.start(), m.end(), kind, m.groupdict(), m.group(0)))
    return sorted(hits, key=lambda h: h.start)


def _weekday_check(hit: _DateHit, day: date) -> str | None:
    return weekday_contradiction(hit.raw, hit.groups.get("wd"), day)


def _resolve_numeric(hit: _DateHit, base: date, zone_key: str | None) -> tuple[date | None, str]:
    a, b = int(hit.groups["a"] or 0), int(hit.groups["b"] or 0)
    year = hit.groups.get("year")
    mdy, dmy = year_day(year, a, b, base), year_day(year, b, a, base)
    if mdy is None or dmy is None or mdy == dmy:
        chosen = mdy or dmy
        return chosen, f"'{hit.raw}' read as {chosen.isoformat() if chosen else 'no valid date'}"
    wd = hit.groups.get("wd")
    if wd:
        wanted = _WEEKDAYS[wd.lower().rstrip(".")]
        matching = [d for d in (mdy, dmy) if d.weekday() == wanted]
        if len(matching) == 1:
            return matching[0], f"'{hit.raw}': the weekday picks {matching[0].isoformat()}"
    if zone_key is not None:
        us = zone_key in US_ZONES
        chosen = mdy if us else dmy
        order = "month/day (US zone)" if us else "day/month (non-US zone)"
        return chosen, f"'{hit.raw}' read as {order}: {chosen.isoformat()}"
    future = sorted(d for d in (mdy, dmy) if d >= base)
    if len(future) == 2 and future[1] - base <= AMBIGUOUS_WINDOW:
        return None, (
            f"ambiguous date '{hit.raw}': {mdy.isoformat()} (month/day) or "
            f"{dmy.isoformat()} (day/month), both within 60 days"
        )
    chosen = future[0] if future else max(mdy, dmy)
    return chosen, f"'{hit.raw}' read as the nearest future date {chosen.isoformat()}"


def _resolve_date(hit: _DateHit, base: date, zone_key: str | None) -> tuple[date | None, str]:
    g = hit.groups
    if hit.kind in {"iso", "dotted"}:
        day = year_day(g["year"], int(g["m"] or 0), int(g["d"] or 0), base)
        return day, f"'{hit.raw}' is {day.isoformat() if day else 'not a valid date'}"
    if hit.kind in {"month-day", "day-month"}:
        month = _MONTHS[(g["mon"] or "").lower()]
        day = year_day(g["year"], month, int(g["day"] or 0), base)
        return day, f"'{hit.raw}' is {day.isoformat() if day else 'not a valid date'}"
    if hit.kind == "numeric":
        return _resolve_numeric(hit, base, zone_key)
    if hit.kind == "weekday-ordinal":
        day_number = int(g["day"] or 0)
        day = next(
            (d for d in (base + timedelta(days=n) for n in range(0, 400)) if d.day == day_number),
            None,
        )
        return day, f"'{hit.raw}' is the next {day_number}th: {day}"
    if hit.kind == "relative":
        rel = (g["rel"] or "").lower()
        offset = 0 if rel == "today" else 1 if rel == "tomorrow" else 2
        day = base + timedelta(days=offset)
        return day, f"'{hit.raw}' relative to the sent date -> {day.isoformat()}"
    weekday = _WEEKDAYS[(g["wd"] or "").lower()]
    if (g.get("next") or "").lower() == "next":
        monday = base - timedelta(days=base.weekday()) + timedelta(days=7)
        day = monday + timedelta(days=weekday)
        return day, f"'{hit.raw}' is in the week after the sent date: {day.isoformat()}"
    day = next_weekday(base, weekday)
    return day, f"'{hit.raw}' is the first such day after the sent date: {day.isoformat()}"


def _pair(dates: list[_DateHit], hit: _TimeHit, text: str) -> _DateHit | None:
    """The date a time belongs to: just before ("Dec 3 at 2pm") or just after ("2pm on Dec 3")."""
    before = [d for d in dates if d.end <= hit.start and hit.start - d.end <= 40]
    for d in reversed(before):
        gap = text[d.end : hit.start]
        if "\n\n" not in gap and not re.search(r"[.;!?]\s", gap):
            return d
    after = [d for d in dates if d.start >= hit.end and d.start - hit.end <= 25]
    for d in after:
        gap = text[hit.end : d.start]
        if re.fullmatch(r"[\s,(]*(?:on|,)?[\s,(]*(?:the\s+)?", gap, re.I):
            return d
    return None


def _strip_quotes(text: str) -> str:
    """Drop quoted lines and reply attributions: their dates are about earlier mail."""
    return "\n".join("" if _QUOTE_LINE.match(line) else line for line in text.splitlines())


def _unique(notes: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(notes))


def interview_from_text(text: str, *, sent_at: datetime, tz: tzinfo) -> DateResult[Interview]:
    """The one interview time the text names, resolved against the sent date; else None."""
    body = _strip_quotes(text)
    base = in_zone(sent_at, tz).date()
    dates, times = _dates(body), _times(body)
    notes: list[str] = []
    found: dict[tuple[datetime, datetime | None], str] = {}
    for hit in times:
        date_hit = _pair(dates, hit, body)
        if date_hit is None:
            notes.append(f"time '{hit.raw}' without a date ignored")
            continue
        opening = min(date_hit.start, hit.start)
        if _DEADLINE.search(body[max(0, opening - 20) : opening]):
            notes.append(f"deadline '{date_hit.raw}' + '{hit.raw}' is not an interview time")
            continue
        zone: tzinfo = tz
        zone_key: str | None = None
        if hit.zone:
            resolved = zone_from_name(hit.zone)
            if resolved is not None:
                zone, how = resolved
                zone_key = getattr(zone, "key", None)
                notes.append(how)
        day, why = _resolve_date(date_hit, base, zone_key)
        notes.append(why)
        if day is None:
            return DateResult(None, _unique(notes), "text")
        contradiction = _weekday_check(date_hit, day)
        if contradiction:
            return DateResult(None, _unique([*notes, contradiction]), "text")
        start, dst_note = localize(day, hit.first, zone)
        if dst_note:
            notes.append(dst_note)
        if start is None:
            return DateResult(None, _unique(notes), "text")
        end = None
        if hit.last is not None:
            end_day = day + timedelta(days=1) if hit.last <= hit.first else day
            end, _ = localize(end_day, hit.last, zone)
        found.setdefault((start, end), f"'{date_hit.raw}' + '{hit.raw}'")
    starts = {start for start, _ in found}
    if not starts:
        notes.append("no date with a time found")
        return DateResult(None, _unique(notes), "text")
    if len(starts) > 1:
        listed = ", ".join(sorted(s.isoformat() for s in starts))
        notes.append(f"ambiguous: several candidate times: {listed}")
        return DateResult(None, _unique(notes), "text")
    (start,) = starts
    ends = [end for s, end in found if end is not None]
    end = ends[0] if ends else None
    source = next(iter(found.values()))
    summary = f"text {source} -> {start.isoformat()}" + (f" to {end.isoformat()}" if end else "")
    interview = Interview(start=start, end=end, source="text")
    return DateResult(interview, _unique([summary, *notes]), "text")
