"""Interview slots from text/calendar parts (RFC 5545), parsed with icalendar."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

import icalendar

from followupd.core.dates.datekit import DateResult
from followupd.core.dates.zones import zone_from_name
from followupd.model import Contact, Interview

_METHODS = frozenset({"REQUEST", "CANCEL", "PUBLISH", "REPLY", "COUNTER", "ADD", "REFRESH"})


def _address(value: Any) -> tuple[str, str]:
    """(display name, email) of a CAL-ADDRESS property (RFC 5545 3.3.3, 'mailto:' URI)."""
    raw = str(value).strip()
    email = raw[7:] if raw.lower().startswith("mailto:") else raw
    params = getattr(value, "params", {}) or {}
    name = str(params.get("CN", "")).strip().strip('"')
    return name, email.strip().lower()


def _people(event: Any) -> tuple[Contact, ...]:
    """ORGANIZER first (role 'organizer', or 'interviewer' when also an ATTENDEE), then
    every ATTENDEE who is a person (role 'interviewer')."""
    people: list[Contact] = []
    seen: set[str] = set()
    organizer = event.get("ORGANIZER")
    if organizer is not None:
        name, email = _address(organizer)
        if email:
            people.append(Contact(name=name, email=email, role="organizer"))
            seen.add(email)
    attendees = event.get("ATTENDEE")
    if attendees is None:
        attendees = []
    elif not isinstance(attendees, list):
        attendees = [attendees]
    for attendee in attendees:
        name, email = _address(attendee)
        params = getattr(attendee, "params", {}) or {}
        # RFC 5545 3.2.3: a room, a resource or a group is invited too; none of them is a
        # person to thank. CUTYPE defaults to INDIVIDUAL.
        kind = str(params.get("CUTYPE", "INDIVIDUAL")).upper()
        if kind not in ("INDIVIDUAL", "UNKNOWN") or not email:
            continue
        if email in seen:
            # The organizer invited themselves too: they sit in the interview (a hiring
            # manager booking their own slot), so they are thanked like any interviewer.
            people = [
                Contact(c.name or name, c.email, "interviewer") if c.email == email else c
                for c in people
            ]
            continue
        seen.add(email)
        people.append(Contact(name=name, email=email, role="interviewer"))
    return tuple(people)


def _aware(prop: Any, default_tz: tzinfo, what: str, notes: list[str]) -> datetime | date | None:
    """A DTSTART/DTEND value made timezone-aware; dates (all-day) are returned as dates."""
    value = getattr(prop, "dt", None)
    if isinstance(value, datetime):
        if value.tzinfo is not None and value.utcoffset() is not None:
            return value
        tzid = str(prop.params.get("TZID", "")) if hasattr(prop, "params") else ""
        if tzid:
            resolved = zone_from_name(tzid)
            if resolved is not None:
                zone, how = resolved
                notes.append(f"{what} TZID {how}")
                return value.replace(tzinfo=zone)
            notes.append(f"{what} TZID '{tzid}' unknown; used the default zone {default_tz}")
        else:
            # RFC 5545 3.3.5 form #1: floating time, the attendee's local time.
            notes.append(f"{what} is a floating time; read in {default_tz}")
        return value.replace(tzinfo=default_tz)
    if isinstance(value, date):
        return value
    return None


def _event_interview(
    event: Any, method: str, default_tz: tzinfo, notes: list[str]
) -> Interview | None:
    """One VEVENT -> Interview, or None (with a note) when it has no usable start time."""
    start = _aware(event.get("DTSTART"), default_tz, "DTSTART", notes)
    if start is None:
        notes.append("VEVENT without a readable DTSTART")
        return None
    if not isinstance(start, datetime):
        notes.append(f"all-day event on {start.isoformat()}: a date, not an interview time")
        return None
    end: datetime | None = None
    end_value = _aware(event.get("DTEND"), default_tz, "DTEND", notes)
    if isinstance(end_value, datetime):
        end = end_value
    elif event.get("DURATION") is not None:
        # RFC 5545 3.8.2.5: DURATION instead of DTEND.
        duration = getattr(event.get("DURATION"), "dt", None)
        if isinstance(duration, timedelta):
            end = start + duration
            notes.append(f"end from DURATION {duration}")
    if end is not None and end < start:
        notes.append("DTEND before DTSTART ignored")
        end = None
    try:
        sequence = int(event.get("SEQUENCE", 0))
    except (TypeError, ValueError):
        sequence = 0
    status = str(event.get("STATUS", "")).upper()
    uid = event.get("UID")
    return Interview(
        start=start,
        end=end,
        source="ics",
        sequence=sequence,
        cancelled=method == "CANCEL" or status == "CANCELLED",
        uid=str(uid) if uid is not None else None,
        interviewers=_people(event),
    )


def interview_from_calendars(
    calendars: Sequence[str], *, default_tz: tzinfo
) -> DateResult[Interview]:
    """The interview in the message's calendar parts; the first VEVENT by DTSTART wins."""
    notes: list[str] = []
    found: list[tuple[Interview, str]] = []
    for index, raw in enumerate(calendars):
        try:
            parsed = icalendar.Calendar.from_ical(raw, multiple=True)
        except Exception as exc:  # icalendar raises bare ValueError/KeyError/IndexError
            notes.append(f"calendar part {index + 1} unreadable: {exc}")
            continue
        for calendar in parsed:
            method = str(calendar.get("METHOD", "")).upper()
            if method and method not in _METHODS:
                notes.append(f"unknown METHOD {method}")
            for event in calendar.walk("VEVENT"):
                try:
                    interview = _event_interview(event, method, default_tz, notes)
                except Exception as exc:  # malformed property values surface here
                    notes.append(f"VEVENT unreadable: {exc}")
                    continue
                if interview is not None:
                    found.append((interview, method or "none"))
    if not found:
        if not calendars:
            notes.append("no calendar parts")
        elif not notes:
            notes.append("no VEVENT in the calendar parts")
        return DateResult(None, tuple(notes), "ics")
    found.sort(key=lambda pair: pair[0].start)
    interview, method = found[0]
    if len(found) > 1:
        notes.append(f"{len(found)} events; took the first by DTSTART")
    verb = "cancels" if interview.cancelled else "sets"
    until = f" to {interview.end.isoformat()}" if interview.end else ""
    summary = (
        f"ics METHOD {method} SEQUENCE {interview.sequence} {verb} {interview.start.isoformat()}"
    )
    notes.insert(0, summary + until)
    return DateResult(interview, tuple(notes), "ics", interview.sequence)
