"""The calendar feed as RFC 5545 text, written with icalendar; the previous feed read back.

The feed is a plain VCALENDAR (no METHOD: it is published, not an invitation), every time in
UTC, and each event carries its fingerprint in X-FOLLOWUPD-FINGERPRINT so the next run can
tell which events changed (`core.agenda.revisions`).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import icalendar

from followupd import __version__
from followupd.core.agenda.revisions import Revision, Settled

log = logging.getLogger(__name__)

PRODID = f"-//followupd//job search calendar {__version__}//EN"
CALENDAR_NAME = "Job search (followupd)"
FINGERPRINT = "X-FOLLOWUPD-FINGERPRINT"
# How often a subscribed calendar should fetch the file again (RFC 7986 REFRESH-INTERVAL,
# and the older X-PUBLISHED-TTL that Outlook and others read).
REFRESH = timedelta(hours=1)


def _utc(value: Any) -> Any:
    return value.astimezone(UTC) if isinstance(value, datetime) else value


def _address(name: str, email: str) -> Any:
    address = icalendar.vCalAddress(f"mailto:{email}")
    if name:
        address.params["CN"] = icalendar.vText(name)
    return address


def _event(item: Settled) -> icalendar.Event:
    event = item.event
    vevent = icalendar.Event()
    vevent.add("uid", event.uid)
    vevent.add("dtstamp", item.stamp.astimezone(UTC))
    vevent.add("sequence", item.sequence)
    vevent.add("dtstart", _utc(event.start))
    vevent.add("dtend", _utc(event.end))
    vevent.add("summary", event.summary)
    vevent.add("description", event.description)
    vevent.add("categories", [event.category])
    vevent.add("transp", "OPAQUE" if event.busy else "TRANSPARENT")
    vevent.add("class", "PRIVATE")
    if event.location:
        vevent.add("location", event.location)
    if event.url:
        vevent.add("url", event.url)
    if event.organizer is not None:
        vevent.add("organizer", _address(event.organizer.name, event.organizer.email), encode=False)
    for person in event.attendees:
        address = _address(person.name, person.email)
        address.params["ROLE"] = icalendar.vText("REQ-PARTICIPANT")
        vevent.add("attendee", address, encode=False)
    vevent.add(FINGERPRINT, item.fingerprint)
    return vevent


def render_feed(events: Sequence[Settled]) -> bytes:
    """The whole feed, events in the order given."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("name", CALENDAR_NAME)
    calendar.add("x-wr-calname", CALENDAR_NAME)
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", icalendar.vDuration(REFRESH))
    for item in events:
        calendar.add_component(_event(item))
    return bytes(calendar.to_ical())


def previous_revisions(path: Path) -> Mapping[str, Revision]:
    """What the feed at `path` said of each UID; empty when there is none or it is unreadable."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        log.warning("calendar.previous_unreadable path=%s error=%s", path, exc.strerror or exc)
        return {}
    try:
        calendar = icalendar.Calendar.from_ical(raw)
        found = {}
        for event in calendar.walk("VEVENT"):
            stamp = event.decoded("DTSTAMP")
            found[str(event["UID"])] = Revision(
                sequence=int(event.get("SEQUENCE", 0)),
                fingerprint=str(event.get(FINGERPRINT, "")),
                stamp=stamp.astimezone(UTC),
            )
    except Exception as exc:  # icalendar raises bare ValueError/KeyError/IndexError
        log.warning("calendar.previous_unreadable path=%s error=%s", path, type(exc).__name__)
        return {}
    return found
