"""Interview times written in prose: which date a time belongs to, and which time is meant.

Rules (documented because prose is ambiguous; days.py and clocks.py hold the grammar):
- A time belongs to a date just before it ("Dec 3 at 2pm", "Date: ... / Time: ...") or just
  after it ("2pm on Dec 3"). A time with no date of its own belongs to the text's date only
  when the text names exactly one day (an agenda, "the day starts at 8:00"): the earliest
  such time after it is the start, arrival times and deadlines aside.
- A time is read in the zone written after it, else in a zone the text declares for all
  its times ("all times EDT", "times in Pacific Time"), else in the given zone. A zone
  written but unknown gives no answer: a wrong time is worse than none.
- A stated weekday that does not match the date makes the whole answer None.
- The end is the range's ("10:00-10:45"), else the one length the text names ("45 minutes",
  "an hour"), else unknown.
- Two different candidate times make the answer None, unless all but one are marked as the
  time being replaced ("moved from Monday 2pm to Wednesday 3pm", "instead of Friday at
  3:30pm"): then the remaining one, the new time, is the answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from followupd.core.dates.clocks import TimeHit, find_times
from followupd.core.dates.datekit import DateResult, in_zone, localize, weekday_contradiction
from followupd.core.dates.days import DateHit, find_dates, resolve_date, text_order, zone_order
from followupd.core.dates.zones import ZONE_PATTERN, zone_from_name, zone_key
from followupd.model import Interview

# A bound, not a start: deadlines ("confirm by Tuesday 5pm") and open ranges ("after 2pm").
_BOUND = re.compile(
    r"\b(?:by|before|until|no later than|deadline(?: is)?:?|after|not before|no earlier than)\s*$",
    re.I,
)
_ARRIVAL = re.compile(
    r"\b(?:arrive|arrival|check[- ]in|checking in|be there|report to|doors open)\b[^.\n]{0,20}$",
    re.I,
)
_FINISH = re.compile(r"\b(?:finish|end|ends|wrap up|wrap|close|done|until)\b[^.\n]{0,15}$", re.I)
_DECLARED = re.compile(
    r"\b(?:(?:all\s+)?times\s+(?:are\s+|shown\s+|listed\s+|given\s+)*(?:in\s+)?\(?"
    r"|time\s*zone\s*(?:is\s+|:\s*))"
    rf"(?P<tz>{ZONE_PATTERN})",
    re.I,
)
# What marks a time as the one being replaced, just before it in the same clause. "from" only
# counts where the sentence speaks of a move ("from 10:00 to 11:00" is a span).
_REPLACED = re.compile(
    r"\b(?:instead\s+of|rather\s+than|in\s+place\s+of"
    r"|(?:originally|previously|was|were)(?:\s+(?:scheduled|booked|planned|set|due))?"
    r"(?:\s+(?:for|on|at))?|no\s+longer(?:\s+\w+){0,2}?\s+(?:on|at|for)"
    r"|(?:old|original|previous|current)\s+(?:time|date|slot)\s*(?:was|is|:)?)"
    r"(?:\s+(?:the|on|at))?\s*$",
    re.I,
)
_FROM = re.compile(r"\bfrom(?:\s+(?:the|on|at))?\s*$", re.I)
_MOVE = re.compile(
    r"\b(?:mov(?:e|ed|ing)|chang(?:e|ed|ing)|reschedul(?:e|ed|ing)|shift(?:ed)?|push(?:ed)?"
    r"|brought\s+forward|bring\s+forward|switch(?:ed)?|swap(?:ped)?)\b",
    re.I,
)
# What marks a time as the new one, when no other is marked as replaced ("your interview on
# Monday at 2pm has been moved to Tuesday at 3pm").
_NEW = re.compile(
    r"(?:\b(?:mov|chang|reschedul|shift|push|switch|bring|brought)\w*(?:\s+(?:it|this|forward|back))?"
    r"\s+(?:to|for|until|till)|\bnow(?:\s+(?:be|take\s+place|takes\s+place|is|on|at|for))*"
    r"|\bnew\s+(?:time|date|slot)(?:\s+is|\s*:)?|\bupdated\s+(?:time|date)(?:\s+is|\s*:)?"
    r"|\binstead)(?:\s+(?:the|on|at))?\s*$",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[.;!?]\s|\n\s*\n")
_SENTENCE_END = re.compile(r"[.!?]\s|\n\s*\n")
# Quoted lines, reply attributions and forwarded-header lines: their dates are about earlier
# mail. A "Date:" line counts as a header when it reads like one (seconds or an offset) or
# stands next to another header field; an ATS card's "Date: Thursday, Dec 3" stays.
_QUOTE_LINE = re.compile(r"^\s*(?:>|on\s.+wrote:|(?:sent|gesendet):\s)", re.I)
_DATE_LINE = re.compile(r"^\s*\*?(?:date|datum)\s*:", re.I)
_HEADERISH = re.compile(r"\d\d:\d\d:\d\d|[+-]\d{4}\b")
_HEADER_FIELD = re.compile(r"^\s*\*?(?:from|to|cc|subject|sent|von|an|betreff)\s*:\*?\s", re.I)


@dataclass(frozen=True)
class _Slot:
    """One candidate interview time, where it stands in the text, and how it was read."""

    start: datetime
    end: datetime | None
    at: int  # where its date or time opens in the text
    source: str


class _Refusal(Exception):
    """No answer at all: something read is contradictory or cannot be placed in time."""


def _strip_quotes(text: str) -> str:
    """Drop quoted lines, reply attributions and forwarded-header lines."""
    lines = text.splitlines()
    kept: list[str] = []
    for index, line in enumerate(lines):
        near = lines[max(0, index - 1) : index] + lines[index + 1 : index + 2]
        header = _DATE_LINE.match(line) and (
            _HEADERISH.search(line) or any(_HEADER_FIELD.match(other) for other in near)
        )
        kept.append("" if header or _QUOTE_LINE.match(line) else line)
    return "\n".join(kept)


def _pair(dates: list[DateHit], hit: TimeHit, text: str) -> DateHit | None:
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


def _clause_before(text: str, at: int, width: int = 60) -> str:
    """The text just before `at`, back to the start of its clause."""
    window = text[max(0, at - width) : at]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    return window[breaks[-1].end() :] if breaks else window


def _declared_zone(body: str, notes: list[str]) -> tzinfo | None:
    """The one zone the text declares for all its times, if it declares exactly one."""
    found: dict[str, tzinfo] = {}
    for m in _DECLARED.finditer(body):
        resolved = zone_from_name(m.group("tz"))
        if resolved is None:
            raise _Refusal(f"zone '{m.group('tz')}' declared for the times is unknown")
        found.setdefault(str(resolved[0]), resolved[0])
        notes.append(f"times declared in '{m.group('tz').strip()}': {resolved[1]}")
    return next(iter(found.values())) if len(found) == 1 else None


def _zone(hit: TimeHit, declared: tzinfo | None, tz: tzinfo, notes: list[str]) -> tzinfo:
    """The zone a time is read in: its own, the declared one, else the given one."""
    if hit.zone:
        resolved = zone_from_name(hit.zone)
        if resolved is None:
            raise _Refusal(f"zone '{hit.zone}' after '{hit.raw}' is unknown")
        notes.append(resolved[1])
        return resolved[0]
    return declared if declared is not None else tz


def _localized(day: date, hit: TimeHit, zone: tzinfo, notes: list[str]) -> _Slot:
    """`hit` on `day` in `zone` as a slot; a time lost in a DST gap refuses the answer."""
    start, dst_note = localize(day, hit.first, zone)
    if dst_note:
        notes.append(dst_note)
    if start is None:
        raise _Refusal(dst_note or "time cannot be placed")
    end = None
    if hit.last is not None:
        end_day = day + timedelta(days=1) if hit.last <= hit.first else day
        end, _ = localize(end_day, hit.last, zone)
    return _Slot(start, end, hit.start, f"'{hit.raw}'")


@dataclass(frozen=True)
class _Reading:
    """What the text says once: its dates and times, and how to read zones and dates."""

    body: str
    base: date
    tz: tzinfo
    dates: list[DateHit]
    declared: tzinfo | None
    by_text: tuple[str | None, str]

    def day(self, hit: DateHit, zone: tzinfo, named: bool, notes: list[str]) -> date:
        """The day `hit` names; refuses on an ambiguous date or a contradicting weekday."""
        by_zone = zone_order(zone_key(zone)) if named else None
        day, why = resolve_date(hit, self.base, by_zone=by_zone, by_text=self.by_text)
        notes.append(why)
        if day is None:
            raise _Refusal(why)
        contradiction = weekday_contradiction(hit.raw, hit.groups.get("wd"), day)
        if contradiction:
            raise _Refusal(contradiction)
        return day

    def bound(self, at: int) -> bool:
        """Whether what stands at `at` is a bound ("by", "after"), not a start."""
        return bool(_BOUND.search(self.body[max(0, at - 20) : at]))

    def arrival(self, at: int) -> bool:
        """Whether the time at `at` is when to arrive, not when the interview starts."""
        return bool(_ARRIVAL.search(self.body[max(0, at - 30) : at]))


def _paired(reading: _Reading, times: list[TimeHit], notes: list[str]) -> list[_Slot]:
    """Slots from times written with their date; times without one are left out."""
    slots: list[_Slot] = []
    for hit in times:
        date_hit = _pair(reading.dates, hit, reading.body)
        if date_hit is None:
            continue
        opening = min(date_hit.start, hit.start)
        if reading.bound(opening) or reading.bound(hit.start):
            notes.append(f"'{date_hit.raw}' + '{hit.raw}' is a bound, not an interview time")
            continue
        if reading.arrival(hit.start):
            notes.append(f"'{hit.raw}' is an arrival time, not the interview's start")
            continue
        zone = _zone(hit, reading.declared, reading.tz, notes)
        named = bool(hit.zone) or reading.declared is not None
        day = reading.day(date_hit, zone, named, notes)
        slot = _localized(day, hit, zone, notes)
        slots.append(_Slot(slot.start, slot.end, opening, f"'{date_hit.raw}' + '{hit.raw}'"))
    return slots


def _agenda(reading: _Reading, loose: list[TimeHit], notes: list[str]) -> list[_Slot]:
    """The earliest loose time on the text's one date (an agenda, "the day starts at 8")."""
    anchors = [d for d in reading.dates if not reading.bound(d.start)]
    if not anchors or not loose:
        return []
    named = any(t.zone for t in loose) or reading.declared is not None
    zone = reading.declared or reading.tz
    days = {reading.day(d, zone, named, []) for d in anchors}
    if len(days) > 1:
        notes.append(f"times without their own date, and {len(days)} different dates")
        return []
    anchor = anchors[0]
    after = [t for t in loose if 0 <= t.start - anchor.end <= 600]
    before = [t for t in loose if 0 <= anchor.start - t.end <= 200]
    usable = after or (before if len(loose) == 1 else [])
    body = reading.body
    starts = [t for t in usable if not reading.bound(t.start) and not reading.arrival(t.start)]
    if not starts:
        return []
    (day,) = days
    reading.day(anchor, zone, named, notes)
    slots = [
        _localized(day, t, _zone(t, reading.declared, reading.tz, notes), notes) for t in starts
    ]
    first = min(slots, key=lambda s: s.start)
    ends = [
        _localized(day, t, _zone(t, reading.declared, reading.tz, []), []).start
        for t in usable
        if _FINISH.search(body[max(0, t.start - 25) : t.start])
    ]
    end = first.end or max((e for e in ends if e > first.start), default=None)
    source = f"'{anchor.raw}' (the text's only date) + its earliest time {first.source}"
    return [_Slot(first.start, end, min(anchor.start, first.at), source)]


def _replaced(body: str, slot: _Slot) -> bool:
    """Whether the text marks `slot` as the time being replaced."""
    clause = _clause_before(body, slot.at)
    if _REPLACED.search(clause):
        return True
    if not _FROM.search(clause):
        return False
    # The move must be spoken of in the same sentence: "we moved office; interviews run from
    # Monday 9am to Friday 5pm" is a span.
    starts = [m.end() for m in _SENTENCE_END.finditer(body, 0, slot.at)]
    end = _SENTENCE_END.search(body, slot.at)
    sentence = body[starts[-1] if starts else 0 : end.start() if end else len(body)]
    return bool(_MOVE.search(sentence))


def _choose(body: str, slots: list[_Slot], notes: list[str]) -> _Slot | None:
    """The one time meant: the only one, the only one not marked as being replaced, or the
    only one marked as the new one."""
    starts = {slot.start for slot in slots}
    if len(starts) == 1:
        return slots[0]
    kept = [slot for slot in slots if not _replaced(body, slot)]
    if len({slot.start for slot in kept}) != 1:
        kept = [slot for slot in slots if _NEW.search(_clause_before(body, slot.at))]
    if len({slot.start for slot in kept}) == 1:
        old = ", ".join(s.source for s in slots if s.start != kept[0].start)
        notes.append(f"{old} is the time being replaced; the new time is {kept[0].source}")
        return kept[0]
    listed = ", ".join(sorted(s.isoformat() for s in starts))
    notes.append(f"ambiguous: several candidate times: {listed}")
    return None


# How long it lasts, written beside the time ("45 minutes, video", "a 30-minute call", "for
# about an hour"). Only an answer when the text gives one length: two lengths (a 30-minute
# screen, then a 2-hour task) could belong to anything.
_LENGTH = re.compile(
    r"\b(?:(?P<min>\d{2,3})[- ]?(?:minutes?|mins?)\b"
    r"|(?P<hours>an?|one|1|1\.5|two|2|three|3)[- ]?(?:(?P<half>and a half) )?hours?\b)",
    re.I,
)
# Lengths that are not the meeting's: "arrive 15 minutes early", "within 30 minutes", "every
# hour", "in 10 minutes".
_NOT_ITS_LENGTH_AFTER = re.compile(
    r"^\s*(?:early|earlier|before|beforehand|prior|in advance|ahead|late|after|later|"
    r"of (?:travel|preparation|prep|reading)|to (?:prepare|travel|get))\b",
    re.I,
)
_NOT_ITS_LENGTH_BEFORE = re.compile(r"\b(?:within|every|in|up to|at least|allow)\s*$", re.I)
_HOURS = {"a": 1.0, "an": 1.0, "one": 1.0, "1": 1.0, "1.5": 1.5, "two": 2.0, "2": 2.0}
_HOURS |= {"three": 3.0, "3": 3.0}
_LONGEST = timedelta(hours=8)


def _length(body: str) -> timedelta | None:
    """The one length of time the text names, within a working day; else None."""
    found = set()
    for m in _LENGTH.finditer(body):
        after, before = body[m.end() : m.end() + 24], body[max(0, m.start() - 12) : m.start()]
        if _NOT_ITS_LENGTH_AFTER.search(after) or _NOT_ITS_LENGTH_BEFORE.search(before):
            continue
        if m.group("min"):
            found.add(timedelta(minutes=int(m.group("min"))))
        else:
            hours = _HOURS[m.group("hours").lower()] + (0.5 if m.group("half") else 0.0)
            found.add(timedelta(hours=hours))
    if len(found) != 1:
        return None
    (length,) = found
    return length if timedelta(minutes=10) <= length <= _LONGEST else None


def _minutes(length: timedelta) -> int:
    return int(length.total_seconds() // 60)


def _unique(notes: list[str]) -> tuple[str, ...]:
    """The notes once each, in order."""
    return tuple(dict.fromkeys(notes))


def interview_from_text(text: str, *, sent_at: datetime, tz: tzinfo) -> DateResult[Interview]:
    """The one interview time the text names, resolved against the sent date; else None."""
    body = _strip_quotes(text)
    notes: list[str] = []
    times = find_times(body)
    try:
        dates = find_dates(body)
        declared = _declared_zone(body, notes)
        base = in_zone(sent_at, tz).date()
        reading = _Reading(body, base, tz, dates, declared, text_order(dates))
        slots = _paired(reading, times, notes)
        if not slots:
            paired_at = {t.start for t in times if _pair(dates, t, body) is not None}
            loose = [t for t in times if t.start not in paired_at]
            slots = _agenda(reading, loose, notes)
            if not slots:
                notes += [f"time '{t.raw}' without a date ignored" for t in loose]
    except _Refusal as refusal:
        return DateResult(None, _unique([*notes, str(refusal)]), "text")
    if not slots:
        notes.append("no date with a time found")
        return DateResult(None, _unique(notes), "text")
    chosen = _choose(body, slots, notes)
    if chosen is None:
        return DateResult(None, _unique(notes), "text")
    end = chosen.end or next((s.end for s in slots if s.start == chosen.start and s.end), None)
    if end is None and (length := _length(body)) is not None:
        end = chosen.start + length
        notes.append(f"it lasts {_minutes(length)} minutes, as the text says")
    summary = f"text {chosen.source} -> {chosen.start.isoformat()}" + (
        f" to {end.isoformat()}" if end else ""
    )
    interview = Interview(start=chosen.start, end=end, source="text")
    return DateResult(interview, _unique([summary, *notes]), "text")
