"""Times of day as mail writes them: clocks, ranges and the zone written after them.

Rules: "12 am" is 00:00 and "12 pm" noon; "noon", "12 noon" and "12:00 noon" are 12:00;
"midnight" is 00:00. A bare number ("at 3") is not a time unless a zone follows ("at 10
CET"): a time needs a colon, "h", a meridiem or a word ("2pm", "14:00", "9h30", "noon");
"2.30pm" and "14.00-15.00" count, a lone "14.30" does not (it may be a price). In a range
the meridiem of the end carries to the start ("2-3pm"), unless that would put the start
after the end ("11-12pm" is 11 am to noon). "bis" and "à" join a range as "to" does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

from followupd.core.dates.datekit import digit_windows
from followupd.core.dates.zones import ZONE_PATTERN

_CLOCK = (
    r"(?:12(?::00)?\s*(?:noon|midday)|noon|midday|midnight"
    r"|\d{1,2}(?!\d)(?:[:h][0-5]\d(?::[0-5]\d)?|\.[0-5]\d(?![.\d]))?"
    r"(?:\s*[ap]\.?m\.?(?![a-z]))?)"
)
_TIME = re.compile(
    rf"(?P<between>between\s+)?(?<![\d/.:\-])(?P<t1>{_CLOCK})(?:\s*uhr\b)?"
    r"(?:\s*(?P<sep>(?(between)and|(?:-|\u2013|\u2014|to|until|till|bis|\u00e0)))"
    rf"\s*(?P<t2>{_CLOCK})(?:\s*uhr\b)?)?"
    rf"(?:[ \t]*\(?(?:in\s+)?(?P<tz>{ZONE_PATTERN})\)?(?![A-Za-z]))?",
    re.I,
)
_WORD_CLOCK = re.compile(r"\b(?:noon|midday|midnight)\b", re.I)
_CLOCK_PARTS = re.compile(r"(\d{1,2})(?:[:h.](\d\d))?\s*([ap])?", re.I)


@dataclass(frozen=True)
class _Clock:
    """A clock as written, before a meridiem from elsewhere in a range applies."""

    hour: int
    minute: int
    meridiem: str | None  # "a", "p" or None (24h or noon/midnight)
    word: bool


@dataclass(frozen=True)
class TimeHit:
    """One written time (or range), where it stands, and the zone written after it."""

    start: int
    end: int
    first: time
    last: time | None
    zone: str | None
    raw: str


def _clock(raw: str) -> _Clock | None:
    """Parse one written clock ("2:30pm", "14h00", "noon"); None when it is no clock."""
    lowered = raw.lower().strip()
    if lowered.endswith(("noon", "midday")):
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
    """The 24-hour time of `clock` under `meridiem`; None when out of range."""
    hour = clock.hour
    if meridiem is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "p" else 0)  # 12 am -> 0, 12 pm -> 12
    return time(hour, clock.minute) if hour <= 23 else None


def _explicit(raw: str, clock: _Clock, ranged: bool, zoned: bool) -> bool:
    """Whether `raw` is written as a time of day rather than a number ("at 10 CET" is)."""
    lowered = raw.lower()
    if clock.word or clock.meridiem is not None or ":" in lowered or "h" in lowered:
        return True
    return zoned or ("." in lowered and ranged)


def find_times(text: str) -> list[TimeHit]:
    """Every time of day (or range) written in `text`, with the zone written after it."""
    hits: list[TimeHit] = []
    spans = digit_windows(text, 12, 56)
    spans += [(w.start(), w.end() + 56) for w in _WORD_CLOCK.finditer(text)]
    matches = [m for lo, hi in spans for m in _TIME.finditer(text, lo, hi)]
    seen: set[int] = set()
    for m in sorted(matches, key=lambda found: found.start()):
        if m.start() in seen or any(h.start <= m.start() < h.end for h in hits):
            continue
        seen.add(m.start())
        c1 = _clock(m.group("t1"))
        c2 = _clock(m.group("t2")) if m.group("t2") else None
        if c1 is None:
            continue
        ranged, zoned = c2 is not None, m.group("tz") is not None
        explicit = _explicit(m.group("t1"), c1, ranged, zoned)
        if c2 is not None:
            explicit = explicit or _explicit(m.group("t2"), c2, ranged, zoned)
        if not explicit:
            continue
        m1 = c1.meridiem or (c2.meridiem if c2 is not None and not c1.word else None)
        first = _to_time(c1, m1)
        last = _to_time(c2, c2.meridiem) if c2 is not None else None
        if first is not None and last is not None and last <= first and c1.meridiem is None and m1:
            first = _to_time(c1, "a" if m1 == "p" else "p")  # "11-12pm" is 11 am to noon
        if first is None:
            continue
        hits.append(TimeHit(m.start(), m.end(), first, last, m.group("tz"), m.group(0).strip()))
    return hits
