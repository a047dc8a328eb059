"""How to join an interview, from the mail that booked it: the video-call link, the place, the
meeting id and passcode. Only these pieces are taken, never the message's text around them.

The calendar part comes first (LOCATION, URL, CONFERENCE of RFC 7986, the conference
properties Google and Microsoft add); the message's text second, where only links to known
meeting services and lines naming a meeting id or passcode count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import icalendar

from followupd.model import Interview, Message

# Video-call services whose links are worth carrying into the calendar (host suffixes).
MEETING_HOSTS = (
    "zoom.us",
    "zoomgov.com",
    "teams.microsoft.com",
    "teams.live.com",
    "meet.google.com",
    "webex.com",
    "whereby.com",
    "meet.jit.si",
    "gotomeeting.com",
    "gotomeet.me",
    "chime.aws",
    "bluejeans.com",
    "skype.com",
)
_URL = re.compile(r"https://[^\s<>\"'()\[\]{}]+", re.I)
_ACCESS = re.compile(
    r"^[ \t]*((?:meeting id|meeting number|webinar id|passcode|password|access code|pin)"
    r"[ \t]*[:#][ \t]*[\w .-]{3,40}?)[ \t]*$",
    re.I | re.M,
)
_CONFERENCE_PROPS = ("CONFERENCE", "X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL")
_MAX_LOCATION = 200


@dataclass(frozen=True, slots=True)
class Joining:
    """What the mail says about joining: a link, a place, access lines (each may be missing)."""

    url: str | None = None
    location: str | None = None
    access: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.url or self.location or self.access)


def meeting_link(text: str) -> str | None:
    """The first link in `text` to a known video-call service."""
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(".,;:!?")
        host = (urlsplit(url).hostname or "").lower()
        if any(host == h or host.endswith("." + h) for h in MEETING_HOSTS):
            return url
    return None


def _one_line(value: object) -> str:
    return " ".join(str(value).split())


def _events(raw: str) -> list[Any]:
    try:
        calendars = icalendar.Calendar.from_ical(raw, multiple=True)
    except Exception:  # icalendar raises bare ValueError/KeyError/IndexError: no details
        return []
    return [event for calendar in calendars for event in calendar.walk("VEVENT")]


def _from_calendar(raw: str, interview: Interview) -> Joining:
    """Joining details of the VEVENT with the interview's UID (else the first one)."""
    try:
        return _read_event(_events(raw), interview)
    except Exception:  # a malformed property value surfaces only when read: no details
        return Joining()


def _read_event(events: Sequence[Any], interview: Interview) -> Joining:
    same = [e for e in events if interview.uid and str(e.get("UID")) == interview.uid]
    chosen = (same or list(events) or [None])[0]
    if chosen is None:
        return Joining()
    location = _one_line(chosen.get("LOCATION", ""))[:_MAX_LOCATION] or None
    links = [str(chosen.get(p, "")) for p in ("URL", *_CONFERENCE_PROPS)]
    links += [location or "", str(chosen.get("DESCRIPTION", ""))]
    url = next((u for u in map(meeting_link, links) if u), None)
    if url is None:
        direct = str(chosen.get("URL", "")).strip()
        url = direct if direct.lower().startswith("https://") else None
    access = tuple(_one_line(m) for m in _ACCESS.findall(str(chosen.get("DESCRIPTION", ""))))
    return Joining(url, location if location != url else None, access)


def _from_text(text: str) -> Joining:
    return Joining(meeting_link(text), None, tuple(_one_line(m) for m in _ACCESS.findall(text)))


def _merge(found: Iterable[Joining]) -> Joining:
    url = location = None
    access: list[str] = []
    for item in found:
        url = url or item.url
        location = location or item.location
        access += [a for a in item.access if a not in access]
    return Joining(url, location, tuple(access[:4]))


def _timestamp(msg: Message) -> float:
    return msg.date.timestamp() if msg.date is not None else 0.0


def joining_details(interview: Interview, messages: Sequence[Message]) -> Joining:
    """How to join `interview`, from `messages` (those that booked or moved it), latest first."""
    found: list[Joining] = []
    for msg in sorted(messages, key=_timestamp, reverse=True):
        found += [_from_calendar(raw, interview) for raw in msg.calendars]
        found.append(_from_text(msg.text))
    return _merge(found)
