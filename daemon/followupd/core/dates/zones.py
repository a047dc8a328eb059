"""Time zones as people and calendars write them: abbreviations, names, cities, offsets.

Every resolution says how it was reached, and a name nobody knows resolves to None: the
caller then refuses rather than reading the time in a zone the sender did not mean.
"""

from __future__ import annotations

import functools
import re
from datetime import timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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
    "AET": "Australia/Sydney",
    "NZST": "Pacific/Auckland",
    "NZDT": "Pacific/Auckland",
}

# Zones whose writers put the month first in numeric dates (12/03 is December 3).
MONTH_FIRST_ZONES = frozenset(
    {"America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"}
    | {"America/Anchorage", "Pacific/Honolulu", "America/Toronto", "America/Vancouver"}
    | {"America/Phoenix", "America/Edmonton", "America/Winnipeg", "America/Halifax"}
)
# Zones used the world over, which say nothing about how the writer orders a date.
NEUTRAL_ZONES = frozenset({"UTC", "Etc/UTC", "GMT", "Etc/GMT"})

# Spelled-out names, and the display names Outlook/Exchange put in TZID without a
# VTIMEZONE ("Eastern Standard Time", "(UTC-05:00) Eastern Time (US & Canada)").
ZONE_NAMES: dict[str, str] = {
    "eastern": "America/New_York",
    "central": "America/Chicago",
    "mountain": "America/Denver",
    "pacific": "America/Los_Angeles",
    "eastern time": "America/New_York",
    "eastern standard time": "America/New_York",
    "eastern daylight time": "America/New_York",
    "central time": "America/Chicago",
    "central standard time": "America/Chicago",
    "central daylight time": "America/Chicago",
    "mountain time": "America/Denver",
    "mountain standard time": "America/Denver",
    "mountain daylight time": "America/Denver",
    "pacific time": "America/Los_Angeles",
    "pacific standard time": "America/Los_Angeles",
    "pacific daylight time": "America/Los_Angeles",
    "gmt standard time": "Europe/London",
    "greenwich standard time": "UTC",
    "greenwich mean time": "UTC",
    "british summer time": "Europe/London",
    "british time": "Europe/London",
    "uk time": "Europe/London",
    "london": "Europe/London",
    "w. europe standard time": "Europe/Berlin",
    "central europe standard time": "Europe/Budapest",
    "romance standard time": "Europe/Paris",
    "central european standard time": "Europe/Warsaw",
    "central european time": "Europe/Paris",
    "central european summer time": "Europe/Paris",
    "eastern european time": "Europe/Athens",
    "eastern european summer time": "Europe/Athens",
    "amsterdam, berlin, bern, rome, stockholm, vienna": "Europe/Berlin",
    "brussels, copenhagen, madrid, paris": "Europe/Paris",
    "dublin, edinburgh, lisbon, london": "Europe/London",
    "india standard time": "Asia/Kolkata",
    "tokyo standard time": "Asia/Tokyo",
    "japan standard time": "Asia/Tokyo",
    "singapore standard time": "Asia/Singapore",
    "singapore time": "Asia/Singapore",
    "aus eastern standard time": "Australia/Sydney",
    "australian eastern time": "Australia/Sydney",
    "australian eastern standard time": "Australia/Sydney",
    "australian eastern daylight time": "Australia/Sydney",
    "utc": "UTC",
    "coordinated universal time": "UTC",
}

# Cities people name ("3pm Seattle time") that the tz database files under another city.
_CITY_ALIASES: dict[str, str] = {
    "san francisco": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
    "portland": "America/Los_Angeles",
    "boston": "America/New_York",
    "washington": "America/New_York",
    "atlanta": "America/New_York",
    "miami": "America/New_York",
    "austin": "America/Chicago",
    "dallas": "America/Chicago",
    "houston": "America/Chicago",
    "munich": "Europe/Berlin",
    "frankfurt": "Europe/Berlin",
    "hamburg": "Europe/Berlin",
    "cologne": "Europe/Berlin",
    "zurich": "Europe/Zurich",
    "barcelona": "Europe/Madrid",
    "manchester": "Europe/London",
    "edinburgh": "Europe/London",
    "bangalore": "Asia/Kolkata",
    "bengaluru": "Asia/Kolkata",
    "mumbai": "Asia/Kolkata",
    "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata",
    "montreal": "America/Toronto",
    "ottawa": "America/Toronto",
}
_AREAS = ("Europe", "America", "Asia", "Australia", "Africa", "Pacific", "Atlantic", "Indian")

_OUTLOOK_PREFIX = re.compile(r"^\(?(?:utc|gmt)\s*([+-]\d{1,2}):?(\d{2})?\)?\s*", re.IGNORECASE)
_OFFSET = re.compile(r"^(?:utc|gmt)?\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)
_CITY_TIME = re.compile(r"^(?P<city>[a-z][a-z .'\-]*?)\s+(?:local\s+)?time$")

# The zone part of a written time, for the time pattern: offsets, abbreviations (case kept:
# "ET" but not "et"), IANA names, spelled-out names and "<City> time".
# Capitalised words before "time" that name no place: "2pm | Start time", "New time: ...".
_NOT_PLACES = (
    *("new", "start", "end", "lunch", "interview", "meeting", "call", "break", "total"),
    *("travel", "local", "same", "free", "prep", "buffer", "question", "finish", "arrival"),
    *("meal", "coffee", "tea", "your", "our", "the", "this", "that", "any"),
)
# A bare region ("2pm Eastern") only when no capitalised word follows ("10am Central Library").
_REGIONS = ("eastern", "central", "mountain", "pacific")
_SPELLED = sorted(
    (name for name in ZONE_NAMES if "," not in name and name not in _REGIONS),
    key=len,
    reverse=True,
)
ZONE_PATTERN = (
    r"(?:(?:UTC|GMT)\s*[+\-\u2212]\s*\d{1,2}:?\d{2}\s*\)\s*(?-i:[A-Z][A-Za-z.]*"
    r"(?:(?:,\s*|\s+|\s*&\s*)[A-Z][A-Za-z.]*)*)(?:\s*\(US\s*&\s*Canada\))?"  # Outlook's label
    r"|(?:UTC|GMT)\s*[+\-\u2212]\s*\d{1,2}(?::?\d{2})?(?!\d)|[+\-]\d{2}:?\d{2}(?!\d)|(?-i:"
    + "|".join(sorted((a for a in ABBREVIATIONS if len(a) > 1), key=len, reverse=True))
    + r")(?![a-z])|[A-Z][a-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?"
    + r"|(?!(?:"
    + "|".join(_NOT_PLACES)
    + r")[ \t]+time)(?-i:[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]+(?:local[ \t]+)?(?i:time)(?![a-z])"
    + r"|(?i:"
    + "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in _SPELLED)
    + r")(?![a-z])|(?i:"
    + "|".join(_REGIONS)
    + r")(?![a-z])(?!\s+[A-Z]))"
)


def iana_zone(name: str) -> ZoneInfo | None:
    """The IANA zone called `name`, or None when the tz database does not know it."""
    if not name or ("/" not in name and name.upper() != "UTC"):
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


@functools.lru_cache(maxsize=256)
def city_zone(city: str) -> ZoneInfo | None:
    """The zone of a city as written ("Vienna", "new york"), from the tz database's names."""
    key = " ".join(city.lower().split())
    if key in _CITY_ALIASES:
        return ZoneInfo(_CITY_ALIASES[key])
    if not re.fullmatch(r"[a-z][a-z .'\-]{1,30}", key):
        return None
    stem = "_".join(part.capitalize() for part in key.split())
    for area in _AREAS:
        zone = iana_zone(f"{area}/{stem}")
        if zone is not None:
            return zone
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
    city = _CITY_TIME.match(stripped)
    if city:
        found = city_zone(city.group("city"))
        if found is not None:
            return found, f"'{cleaned}' read as {found.key}"
    m = _OUTLOOK_PREFIX.match(lowered)
    if m:
        fixed = parse_offset(f"{m.group(1)}:{m.group(2) or '00'}")
        if fixed is not None:
            return fixed, f"'{cleaned}' unknown; its fixed offset {fixed} used (no DST)"
    return None


def zone_key(zone: tzinfo) -> str | None:
    """The IANA key of `zone` ("Europe/Paris"), or None for a fixed offset."""
    key = getattr(zone, "key", None)
    return key if isinstance(key, str) else None
