"""text/calendar parts (RFC 5545) as calendar tools and applicant-tracking systems send them."""

from __future__ import annotations

from datetime import UTC, datetime

# VTIMEZONE rules for the zones the corpus uses: (standard, daylight) as
# (TZNAME, TZOFFSETFROM, TZOFFSETTO, DTSTART, RRULE); daylight is None without DST.
# Rules: (standard RRULE, daylight RRULE, first standard day, first daylight day).
_US = (
    "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
    "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
    "19701101",
    "19700308",
)
_EU = (
    "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "19701025",
    "19700329",
)
_AU = (
    "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU",
    "FREQ=YEARLY;BYMONTH=10;BYDAY=1SU",
    "19700405",
    "19701004",
)
_ZONES: dict[str, tuple[str, str, str, str, tuple[str, str, str, str], str, str]] = {
    # zone: (std name, dst name, std offset, dst offset, rules, std start, dst start)
    "America/New_York": ("EST", "EDT", "-0500", "-0400", _US, "T020000", "T020000"),
    "America/Toronto": ("EST", "EDT", "-0500", "-0400", _US, "T020000", "T020000"),
    "America/Chicago": ("CST", "CDT", "-0600", "-0500", _US, "T020000", "T020000"),
    "America/Denver": ("MST", "MDT", "-0700", "-0600", _US, "T020000", "T020000"),
    "America/Los_Angeles": ("PST", "PDT", "-0800", "-0700", _US, "T020000", "T020000"),
    "America/Vancouver": ("PST", "PDT", "-0800", "-0700", _US, "T020000", "T020000"),
    "Europe/London": ("GMT", "BST", "+0000", "+0100", _EU, "T020000", "T010000"),
    "Europe/Berlin": ("CET", "CEST", "+0100", "+0200", _EU, "T030000", "T020000"),
    "Europe/Amsterdam": ("CET", "CEST", "+0100", "+0200", _EU, "T030000", "T020000"),
    "Europe/Paris": ("CET", "CEST", "+0100", "+0200", _EU, "T030000", "T020000"),
    "Europe/Madrid": ("CET", "CEST", "+0100", "+0200", _EU, "T030000", "T020000"),
    "Europe/Vienna": ("CET", "CEST", "+0100", "+0200", _EU, "T030000", "T020000"),
    "Australia/Sydney": ("AEST", "AEDT", "+1000", "+1100", _AU, "T030000", "T020000"),
}


def _fold(line: str) -> list[str]:
    """Fold a content line at 75 octets (RFC 5545 3.1)."""
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return [line]
    out, cur, size = [], "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        limit = 75 if not out else 74
        if size + width > limit:
            out.append(cur)
            cur, size = "", 0
        cur += ch
        size += width
    out.append(cur)
    return [out[0]] + [" " + part for part in out[1:]]


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _vtimezone(zone: str) -> list[str]:
    std, dst, std_off, dst_off, rules, std_at, dst_at = _ZONES[zone]
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{zone}",
        "BEGIN:STANDARD",
        f"DTSTART:{rules[2]}{std_at}",
        f"TZOFFSETFROM:{dst_off}",
        f"TZOFFSETTO:{std_off}",
        f"TZNAME:{std}",
        "RRULE:" + rules[0],
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        f"DTSTART:{rules[3]}{dst_at}",
        f"TZOFFSETFROM:{std_off}",
        f"TZOFFSETTO:{dst_off}",
        f"TZNAME:{dst}",
        "RRULE:" + rules[1],
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def calendar(
    *,
    method: str,
    uid: str,
    sequence: int,
    start: datetime,
    end: datetime,
    stamp: datetime,
    summary: str,
    organizer: tuple[str, str],
    attendee: tuple[str, str],
    location: str,
    description: str,
    utc: bool,
) -> str:
    """A VCALENDAR with one VEVENT, times as TZID-local (with VTIMEZONE) or as UTC."""
    zone = str(start.tzinfo)
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus Calendar//Interview Scheduling 2.1//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
    ]
    if not utc:
        lines += _vtimezone(zone)
    lines.append("BEGIN:VEVENT")
    if utc:
        fmt = "%Y%m%dT%H%M%SZ"
        lines.append("DTSTART:" + start.astimezone(UTC).strftime(fmt))
        lines.append("DTEND:" + end.astimezone(UTC).strftime(fmt))
    else:
        lines.append(f"DTSTART;TZID={zone}:" + start.strftime("%Y%m%dT%H%M%S"))
        lines.append(f"DTEND;TZID={zone}:" + end.strftime("%Y%m%dT%H%M%S"))
    lines += [
        "DTSTAMP:" + stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
        f"ORGANIZER;CN={_escape(organizer[0])}:mailto:{organizer[1]}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
        f";CN={_escape(attendee[0])}:mailto:{attendee[1]}",
        f"UID:{uid}",
        f"SEQUENCE:{sequence}",
        "STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"),
        f"SUMMARY:{_escape(summary)}",
        f"LOCATION:{_escape(location)}",
        f"DESCRIPTION:{_escape(description)}",
        "TRANSP:OPAQUE",
    ]
    if method != "CANCEL":
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "DESCRIPTION:Reminder",
            "TRIGGER:-PT15M",
            "END:VALARM",
        ]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded: list[str] = []
    for line in lines:
        folded += _fold(line)
    return "\r\n".join(folded) + "\r\n"
