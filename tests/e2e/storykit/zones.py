"""Time zones chosen so that a daemon on the real clock sees the hour a test needs."""

from __future__ import annotations

from datetime import UTC, datetime


def zone_where_it_is(hour: int) -> str:
    """A fixed-offset zone where it is about `hour` o'clock now (Etc/GMT-14 .. Etc/GMT+12)."""
    offset = (hour - datetime.now(UTC).hour + 12) % 24 - 12  # -12..+11 hours
    return f"Etc/GMT{-offset:+d}"  # the Etc/ names carry the sign the other way round
