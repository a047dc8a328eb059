"""Automatic replies that say when their writer is back: the day, or nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from followupd.core.dates.away import away_until

SENT = datetime(2026, 12, 3, 9, tzinfo=UTC)  # a Thursday
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("text", "back"),
    [
        (
            "I am out of the office until Monday, 15 December and will reply then.",
            date(2026, 12, 15),
        ),
        ("Thanks for your email. I'm on leave and back on 12/15.", date(2026, 12, 15)),
        ("Abwesend; back 15.12.2026", date(2026, 12, 15)),
        ("I will return on the 5th of January 2027.", date(2027, 1, 5)),
        ("Away from Dec 1 to Dec 9, returning December 10th.", date(2026, 12, 10)),
        ("Back Monday.", date(2026, 12, 7)),
        ("Out of office until January 8.", date(2027, 1, 8)),  # the next January 8
    ],
)
def test_the_day_they_are_back(text: str, back: date) -> None:
    assert away_until(text, sent_at=SENT, tz=BERLIN) == back


@pytest.mark.parametrize(
    "text",
    [
        "I am travelling with limited access to email.",
        "I was back on 1 December.",  # already past when the reply was sent
        "Back on 1 September 2027.",  # too far ahead to be an absence
        "Thank you for your message.",
    ],
)
def test_no_return_day(text: str) -> None:
    assert away_until(text, sent_at=SENT, tz=BERLIN) is None
