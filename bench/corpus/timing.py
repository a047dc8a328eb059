"""Dates and times: when a message is sent, when its interview is, and how mail writes them.

Every time is drawn from a seeded ``random.Random`` and resolved with ``zoneinfo``, so a zone
abbreviation always matches the date it is written next to (EST in February, EDT in April).
"""

from __future__ import annotations

import calendar
import random
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

LOCALE_ZONES: dict[str, tuple[str, ...]] = {
    "us": ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"),
    "ca": ("America/Toronto", "America/Vancouver"),
    "uk": ("Europe/London",),
    "de": ("Europe/Berlin",),
    "fr": ("Europe/Paris",),
    "nl": ("Europe/Amsterdam",),
    "eu": ("Europe/Berlin", "Europe/Amsterdam", "Europe/Paris", "Europe/Madrid", "Europe/Vienna"),
    "au": ("Australia/Sydney",),
}
# "any": how often each locale is drawn for a base that does not fix one.
ANY_LOCALES: tuple[str, ...] = ("us", "us", "us", "us", "uk", "uk", "eu", "eu", "ca", "au")

GENERIC: dict[str, tuple[str, str]] = {
    "America/New_York": ("ET", "Eastern Time"),
    "America/Toronto": ("ET", "Eastern Time"),
    "America/Chicago": ("CT", "Central Time"),
    "America/Denver": ("MT", "Mountain Time"),
    "America/Los_Angeles": ("PT", "Pacific Time"),
    "America/Vancouver": ("PT", "Pacific Time"),
    "Europe/London": ("UK time", "UK time"),
    "Europe/Berlin": ("Berlin time", "Central European Time"),
    "Europe/Amsterdam": ("Amsterdam time", "Central European Time"),
    "Europe/Paris": ("Paris time", "Central European Time"),
    "Europe/Madrid": ("Madrid time", "Central European Time"),
    "Europe/Vienna": ("Vienna time", "Central European Time"),
    "Australia/Sydney": ("Sydney time", "Australian Eastern Time"),
}

START = date(2025, 9, 8)  # the first day a message may be sent
SPAN_DAYS = 270  # ... and the window after it
BUSINESS_HOURS: tuple[float, ...] = (
    9, 9.5, 10, 10.5, 11, 11.5, 13, 13.5, 14, 14.5, 15, 15.5, 16, 16.5,
)  # fmt: skip

# Phrase formats behind {when}; each is itself a template over the w* pieces.
WHEN: dict[str, str] = {
    "us_long": "{wday}, {wmon} {wdom}, {wyear}, {wrange12} {wtz}",
    "us_at": "{wday}, {wmon} {wdom} at {wt12} {wtzg}",
    "us_num": "{wnum} at {wt12} ({wtz})",
    "cal": "{wdy} {wmo} {wdom}, {wyear} {wt12s} - {we12s} ({wtzl})",
    "eu_num": "{wnum}, {wt24}-{we24} {wtz}",
    "uk_long": "{wday} {wdom} {wmon} {wyear} at {wt24} ({wtz})",
    "iso": "{wiso} {wt24}-{we24} ({wzone})",
    "short": "{wdy} {wmd}, {wtime} {wtz}",
    "locale": "{wday}, {wdate} at {wtime} {wtz}",
}


def zone_for(locale: str, rng: random.Random) -> tuple[str, str]:
    """(locale actually used, IANA zone) for a base's locale setting."""
    loc = rng.choice(ANY_LOCALES) if locale == "any" else locale
    return loc, rng.choice(LOCALE_ZONES[loc])


def sent_at(rng: random.Random, zone: str, person: bool) -> datetime:
    """A Date header: people write on working days in working hours, machines at any time."""
    while True:
        day = START + timedelta(days=rng.randrange(SPAN_DAYS))
        if person and day.weekday() >= 5 and rng.random() < 0.9:
            continue
        hour = rng.randint(8, 18) if person else rng.randint(0, 23)
        return datetime(day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60),
                        tzinfo=ZoneInfo(zone))  # fmt: skip


def workday_after(day: date, offset: int) -> date:
    """``day + offset`` days, moved forward to a Monday when it lands on a weekend."""
    out = day + timedelta(days=offset)
    while out.weekday() >= 5:
        out += timedelta(days=1)
    return out


def at_hour(day: date, hour: float, zone: str) -> datetime:
    return datetime(day.year, day.month, day.day, int(hour), round((hour % 1) * 60),
                    tzinfo=ZoneInfo(zone))  # fmt: skip


def business_days_after(day: date, count: int) -> date:
    out = day
    while count > 0:
        out += timedelta(days=1)
        if out.weekday() < 5:
            count -= 1
    return out


def friday_of_week(day: date, weeks_ahead: int) -> date:
    return day + timedelta(days=4 - day.weekday() + 7 * weeks_ahead)


def resolve_by(kind: str, sent: date, chosen: date) -> date:
    """The date a promise means, read against the Date header's local date.

    ``chosen`` is the drawn date behind {bywd}/{bydate} (kinds "weekday" and "date").
    Conventions: "early next week" is the Tuesday of next week, "in the next few days" three
    days, "next week" and "by the end of next week" the Friday of next week, "within a month"
    the same day next month, "by the end of the month" its last day.
    """
    name, _, arg = kind.partition(":")
    if name in ("weekday", "date"):
        return chosen
    if name == "days":
        return sent + timedelta(days=int(arg))
    if name == "weeks":
        return sent + timedelta(days=7 * int(arg))
    if name == "bdays":
        return business_days_after(sent, int(arg))
    if name == "eow":
        return friday_of_week(sent, 0)
    if name == "eonw":
        return friday_of_week(sent, 1)
    if name == "enw":
        return friday_of_week(sent, 1) - timedelta(days=3)
    if name == "few":
        return sent + timedelta(days=3)
    if name == "month":
        year, month = (sent.year + 1, 1) if sent.month == 12 else (sent.year, sent.month + 1)
        return date(year, month, min(sent.day, calendar.monthrange(year, month)[1]))
    if name == "eom":
        return date(sent.year, sent.month, calendar.monthrange(sent.year, sent.month)[1])
    raise ValueError(f"unknown promise kind {kind!r}")


def by_fits(kind: str | None, sent: date) -> bool:
    """Whether a promise phrase reads naturally on this sending day."""
    if kind == "eow":
        return sent.weekday() <= 2
    if kind == "eom":
        return sent.day <= 20
    return True


_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_DAYS_DE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
_MONTHS_DE = ("Januar", "Februar", "M\u00e4rz", "April", "Mai", "Juni", "Juli", "August",
              "September", "Oktober", "November", "Dezember")  # fmt: skip
_DAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_MONTHS_FR = ("janvier", "f\u00e9vrier", "mars", "avril", "mai", "juin", "juillet",
              "ao\u00fbt", "septembre", "octobre", "novembre", "d\u00e9cembre")  # fmt: skip


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _t12(moment: datetime, short: bool) -> str:
    hour = moment.hour % 12 or 12
    mer = "am" if moment.hour < 12 else "pm"
    if short:
        return f"{hour}{mer}" if moment.minute == 0 else f"{hour}:{moment.minute:02d}{mer}"
    return f"{hour}:{moment.minute:02d} {mer.upper()}"


def pieces(prefix: str, start: datetime, minutes: int, loc: str, zone: str) -> dict[str, str]:
    """Every way mail writes one moment, keyed ``{prefix}day``, ``{prefix}t12``..."""
    end = start + timedelta(minutes=minutes)
    us = loc in ("us", "ca")
    abbr = start.tzname() or ""
    long_names = {
        "CET": "Central European Time",
        "CEST": "Central European Summer Time",
        "GMT": "Greenwich Mean Time",
        "BST": "British Summer Time",
        "AEDT": "Australian Eastern Daylight Time",
        "AEST": "Australian Eastern Standard Time",
    }
    generic, long_name = GENERIC[zone]
    mon = _MONTHS[start.month - 1]
    dd, mm, yy = f"{start.day:02d}", f"{start.month:02d}", start.year
    if us:
        num = f"{mm}/{dd}/{yy}"
    elif loc in ("uk", "au"):
        num = f"{dd}/{mm}/{yy}"
    else:
        num = f"{dd}.{mm}.{yy}"
    same_mer = (start.hour < 12) == (end.hour < 12)
    t12, e12 = _t12(start, False), _t12(end, False)
    range12 = f"{t12[:-3]} - {e12}" if same_mer else f"{t12} - {e12}"
    out = {
        "day": _DAYS[start.weekday()],
        "dy": _DAYS[start.weekday()][:3],
        "mon": mon,
        "mo": mon[:3],
        "dom": str(start.day),
        "ord": _ordinal(start.day),
        "year": str(start.year),
        "md": f"{mon} {start.day}" if us else f"{start.day} {mon}",
        "mdo": f"{mon} {_ordinal(start.day)}" if us else f"{_ordinal(start.day)} {mon}",
        "date": f"{mon} {start.day}, {start.year}" if us else f"{start.day} {mon} {start.year}",
        "num": num,
        "iso": f"{yy}-{mm}-{dd}",
        "t12": t12,
        "t12s": _t12(start, True),
        "t24": f"{start.hour:02d}:{start.minute:02d}",
        "e12": e12,
        "e12s": _t12(end, True),
        "e24": f"{end.hour:02d}:{end.minute:02d}",
        "range12": range12,
        "time": t12 if us else f"{start.hour:02d}:{start.minute:02d}",
        "end": e12 if us else f"{end.hour:02d}:{end.minute:02d}",
        "tz": abbr,
        "tzg": generic,
        "tzl": long_names.get(abbr, long_name) if not us else long_name,
        "zone": zone,
        "day_de": _DAYS_DE[start.weekday()],
        "mon_de": _MONTHS_DE[start.month - 1],
        "day_fr": _DAYS_FR[start.weekday()],
        "mon_fr": _MONTHS_FR[start.month - 1],
        "t24_fr": f"{start.hour}h{start.minute:02d}",
    }
    return {prefix + key: value for key, value in out.items()}


def day_pieces(prefix: str, day: date, loc: str) -> dict[str, str]:
    """A date without a time (a promised reply, an applicant's deadline)."""
    us = loc in ("us", "ca")
    mon = _MONTHS[day.month - 1]
    dd, mm = f"{day.day:02d}", f"{day.month:02d}"
    if us:
        num = f"{mm}/{dd}/{day.year}"
    elif loc in ("uk", "au"):
        num = f"{dd}/{mm}/{day.year}"
    else:
        num = f"{dd}.{mm}.{day.year}"
    return {
        prefix + "wd": _DAYS[day.weekday()],
        prefix + "md": f"{mon} {day.day}" if us else f"{day.day} {mon}",
        prefix + "mdo": f"{mon} {_ordinal(day.day)}" if us else f"{_ordinal(day.day)} {mon}",
        prefix + "date": f"{mon} {day.day}, {day.year}" if us else f"{day.day} {mon} {day.year}",
        prefix + "num": num,
    }
