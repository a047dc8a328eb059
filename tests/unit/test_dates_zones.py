"""Time zones as written: abbreviations, spelled-out names, cities, Outlook labels, offsets."""

from __future__ import annotations

from datetime import timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from followupd.core.dates.zones import city_zone, zone_from_name


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("EST", "America/New_York"),
        ("(CT)", "America/Chicago"),
        ("Eastern Time", "America/New_York"),
        ("pacific", "America/Los_Angeles"),
        ("Australian Eastern Daylight Time", "Australia/Sydney"),
        ("Central European Summer Time", "Europe/Paris"),
        ("British Summer Time", "Europe/London"),
        ("Vienna time", "Europe/Vienna"),
        ("New York time", "America/New_York"),
        ("Sydney local time", "Australia/Sydney"),
        ("Munich time", "Europe/Berlin"),
        ("UTC-05:00) Eastern Time (US & Canada)", "America/New_York"),
        ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "Europe/Berlin"),
        ("Europe/Lisbon", "Europe/Lisbon"),
    ],
)
def test_named_zones(written: str, key: str) -> None:
    resolved = zone_from_name(written)
    assert resolved is not None
    assert resolved[0] == ZoneInfo(key)
    assert resolved[1]  # says how it was read


def test_offsets_are_fixed() -> None:
    resolved = zone_from_name("UTC+05:30")
    assert resolved is not None
    assert resolved[0] == timezone(timedelta(hours=5, minutes=30))


@pytest.mark.parametrize("written", ["Narnia time", "Lunch time", "est", "Nowhere Standard"])
def test_unknown_names_resolve_to_nothing(written: str) -> None:
    assert zone_from_name(written) is None


def test_city_lookup_uses_the_tz_database_names() -> None:
    assert city_zone("los angeles") == ZoneInfo("America/Los_Angeles")
    assert city_zone("Reykjavik") == ZoneInfo("Atlantic/Reykjavik")
    assert city_zone("not a city") is None
