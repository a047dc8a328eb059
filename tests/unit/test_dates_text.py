"""Interview times written in prose, resolved against the sent date."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from followupd.core.dates import interview_from_text

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
LA = ZoneInfo("America/Los_Angeles")
MONDAY = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)  # Monday 30 Nov 2026, 16:00 in Berlin


def _start(text: str, sent: datetime = MONDAY, tz: ZoneInfo = BERLIN) -> datetime | None:
    result = interview_from_text(text, sent_at=sent, tz=tz)
    return result.value.start if result.value else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thursday, December 3 at 2:30 PM EST", datetime(2026, 12, 3, 14, 30, tzinfo=NEW_YORK)),
        ("Dec 3rd, 2:30pm ET", datetime(2026, 12, 3, 14, 30, tzinfo=NEW_YORK)),
        ("tomorrow at 10am", datetime(2026, 12, 1, 10, tzinfo=BERLIN)),
        ("3 December 2026, 14:00 GMT", datetime(2026, 12, 3, 14, tzinfo=UTC)),
        ("2026-12-03 14:00", datetime(2026, 12, 3, 14, tzinfo=BERLIN)),
        ("03.12.2026 um 14:00", datetime(2026, 12, 3, 14, tzinfo=BERLIN)),
        ("Are you free on Dec 3 at 9am (Europe/London)?", datetime(2026, 12, 3, 9, tzinfo=UTC)),
        ("Dec 3 at 9am UTC+5:30", datetime(2026, 12, 3, 9, tzinfo=timezone(timedelta(hours=5.5)))),
        ("Dec 3, 2026 at 2:00 PM Eastern Time", datetime(2026, 12, 3, 14, tzinfo=NEW_YORK)),
        ("Thursday the 3rd of December at 16:30", datetime(2026, 12, 3, 16, 30, tzinfo=BERLIN)),
        ("at 11am on Friday, December 4", datetime(2026, 12, 4, 11, tzinfo=BERLIN)),
        ("the day after tomorrow at 9:15", datetime(2026, 12, 2, 9, 15, tzinfo=BERLIN)),
        ("Dec 3 at 14h00", datetime(2026, 12, 3, 14, tzinfo=BERLIN)),
    ],
)
def test_forms(text: str, expected: datetime) -> None:
    assert _start(text) == expected


def test_sender_zone_used_when_none_stated() -> None:
    assert _start("Thursday at 10am", tz=LA) == datetime(2026, 12, 3, 10, tzinfo=LA)


def test_numeric_date_with_european_zone_is_day_month() -> None:
    result = interview_from_text("12/03 at 14:00 CET", sent_at=MONDAY, tz=BERLIN)
    assert result.value is not None
    assert result.value.start == datetime(2027, 3, 12, 14, tzinfo=ZoneInfo("Europe/Paris"))
    assert any("day/month" in note for note in result.evidence)


def test_numeric_date_with_us_zone_is_month_day() -> None:
    assert _start("12/03 at 2pm PT") == datetime(2026, 12, 3, 14, tzinfo=LA)


def test_numeric_date_without_hint_is_refused_even_when_one_reading_is_near() -> None:
    # 3 Dec is 3 days away and 12 March 102, but nothing says which order the writer uses:
    # a guess by nearness would put a European sender's 12 March interview on 3 December.
    result = interview_from_text("12/03 at 14:00", sent_at=MONDAY, tz=BERLIN)
    assert result.value is None
    assert any("ambiguous date '12/03'" in note for note in result.evidence)


def test_numeric_date_with_a_year_whose_other_reading_is_past() -> None:
    # 2026-12-03 is ahead of the sent date, 2026-03-12 long gone.
    assert _start("12/03/2026 at 14:00") == datetime(2026, 12, 3, 14, tzinfo=BERLIN)


def test_numeric_date_ambiguous_returns_none() -> None:
    sent = datetime(2026, 2, 20, 9, tzinfo=UTC)
    result = interview_from_text("Could we meet 03/04 at 10:00?", sent_at=sent, tz=BERLIN)
    assert result.value is None
    assert any("ambiguous date '03/04'" in note for note in result.evidence)


def test_numeric_date_weekday_resolves_order() -> None:
    sent = datetime(2026, 2, 20, 9, tzinfo=UTC)
    result = interview_from_text("Wednesday 03/04 at 10:00", sent_at=sent, tz=BERLIN)
    assert result.value is not None
    assert result.value.start == datetime(2026, 3, 4, 10, tzinfo=BERLIN)


def test_weekday_contradicting_date_returns_none() -> None:
    result = interview_from_text("Thursday, December 4 at 2pm", sent_at=MONDAY, tz=BERLIN)
    assert result.value is None
    assert any("weekday contradicts date" in note for note in result.evidence)


def test_two_candidate_times_is_ambiguous() -> None:
    result = interview_from_text("Tuesday at 10am or Wednesday at 2pm?", sent_at=MONDAY, tz=BERLIN)
    assert result.value is None
    assert any("several candidate times" in note for note in result.evidence)


def test_same_time_repeated_is_not_ambiguous() -> None:
    text = "See you Thursday, December 3 at 2pm. Reminder: Dec 3 at 14:00."
    assert _start(text) == datetime(2026, 12, 3, 14, tzinfo=BERLIN)


def test_range_gives_end_and_next_weekday_rule() -> None:
    result = interview_from_text("How about next Tuesday 3-4pm?", sent_at=MONDAY, tz=BERLIN)
    assert result.value is not None
    # Sent on Monday 30 Nov: "next Tuesday" is the Tuesday of the following week.
    assert result.value.start == datetime(2026, 12, 8, 15, tzinfo=BERLIN)
    assert result.value.end == datetime(2026, 12, 8, 16, tzinfo=BERLIN)


def test_from_to_range_with_parenthesised_zone() -> None:
    text = "on Monday the 7th from 10:00 to 11:00 (CET)"
    result = interview_from_text(text, sent_at=MONDAY, tz=LA)
    assert result.value is not None
    paris = ZoneInfo("Europe/Paris")
    assert result.value.start == datetime(2026, 12, 7, 10, tzinfo=paris)
    assert result.value.end == datetime(2026, 12, 7, 11, tzinfo=paris)


def test_eleven_to_twelve_pm_is_late_morning() -> None:
    result = interview_from_text("Tuesday 11-12pm PT", sent_at=MONDAY, tz=BERLIN)
    assert result.value is not None
    assert result.value.start == datetime(2026, 12, 1, 11, tzinfo=LA)
    assert result.value.end == datetime(2026, 12, 1, 12, tzinfo=LA)


def test_between_and_range() -> None:
    result = interview_from_text("Friday between 2 and 3pm", sent_at=MONDAY, tz=BERLIN)
    assert result.value is not None
    assert result.value.end == datetime(2026, 12, 4, 15, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("Friday at 12 am", 0),
        ("Friday at 12:30 a.m.", 0),
        ("Friday at 12pm", 12),
        ("Friday at 12:15 PM", 12),
        ("Friday at noon", 12),
        ("Friday at midnight", 0),
    ],
)
def test_twelve_and_midnight(text: str, hour: int) -> None:
    start = _start(text)
    assert start is not None
    assert (start.date().isoformat(), start.hour) == ("2026-12-04", hour)


def test_year_is_next_occurrence_on_or_after_sent_date() -> None:
    sent = datetime(2026, 12, 20, 9, tzinfo=UTC)
    assert _start("January 5 at 10:00", sent=sent) == datetime(2027, 1, 5, 10, tzinfo=BERLIN)


def test_dst_change_week_europe() -> None:
    # Europe leaves summer time on Sunday 25 Oct 2026; the next Tuesday is UTC+1 again.
    sent = datetime(2026, 10, 23, 9, tzinfo=UTC)
    start = _start("Tuesday at 10am CET", sent=sent)
    assert start is not None
    assert start.utcoffset() == timedelta(hours=1)
    assert start.astimezone(UTC) == datetime(2026, 10, 27, 9, tzinfo=UTC)


def test_dst_change_week_us_while_europe_already_changed() -> None:
    # 27 Oct 2026: Europe on winter time, New York still on summer time (changes 1 Nov).
    sent = datetime(2026, 10, 26, 9, tzinfo=UTC)
    start = _start("Tuesday at 10am ET", sent=sent)
    assert start is not None
    assert start.astimezone(UTC) == datetime(2026, 10, 27, 14, tzinfo=UTC)
    later = _start("Monday, November 2 at 10am EST", sent=sent)
    assert later is not None
    assert later.astimezone(UTC) == datetime(2026, 11, 2, 15, tzinfo=UTC)


def test_time_in_dst_gap_returns_none() -> None:
    sent = datetime(2026, 3, 2, 9, tzinfo=UTC)
    result = interview_from_text("Sunday, March 8 at 2:30 AM ET", sent_at=sent, tz=BERLIN)
    assert result.value is None
    assert any("does not exist" in note for note in result.evidence)


def test_time_in_dst_overlap_takes_first_and_says_so() -> None:
    sent = datetime(2026, 10, 26, 9, tzinfo=UTC)
    result = interview_from_text("Sunday, November 1 at 1:30 AM ET", sent_at=sent, tz=BERLIN)
    assert result.value is not None
    assert result.value.start.utcoffset() == timedelta(hours=-4)
    assert any("occurs twice" in note for note in result.evidence)


def test_quoted_lines_and_attribution_are_ignored() -> None:
    text = (
        "Thanks, Thursday at 3pm works for me.\n\n"
        "On Mon, Nov 30, 2026 at 4:00 PM Jane <jane@acme.example> wrote:\n"
        "> Could you do Wednesday, Dec 2 at 10am?\n"
    )
    assert _start(text) == datetime(2026, 12, 3, 15, tzinfo=BERLIN)


def test_deadline_is_not_an_interview() -> None:
    text = "Please confirm by Wednesday 5pm. The interview is Thursday at 10am."
    assert _start(text) == datetime(2026, 12, 3, 10, tzinfo=BERLIN)


def test_time_without_date_and_date_without_time() -> None:
    for text in ("Let's talk at 10am.", "The interview is on December 3.", "It takes 45 minutes"):
        result = interview_from_text(text, sent_at=MONDAY, tz=BERLIN)
        assert result.value is None
        assert result.evidence
        assert result.method == "text"


def test_durations_and_numbers_are_not_times() -> None:
    text = "On Dec 3 we have 10-15 minutes; call 555-1234 or see room 2026-12."
    assert _start(text) is None


def test_template_lines_and_forwarded_headers() -> None:
    text = (
        "---------- Forwarded message ---------\n"
        "Date: Mon, 30 Nov 2026 16:00:00 +0100\n"
        "Sent: Monday, November 30, 2026 4:00 PM\n\n"
        "Interview details\nDate: Thursday, December 3\nTime: 2:30 PM EST\n"
    )
    assert _start(text) == datetime(2026, 12, 3, 14, 30, tzinfo=NEW_YORK)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("Thursday 3 December at 10:00 (45 minutes, video)", 45),
        ("a 30-minute call on Thursday 3 December at 2pm", 30),
        ("Thursday 3 December at 2pm, for about an hour", 60),
        ("Thursday 3 December at 2pm: one and a half hours with the team", 90),
        ("Thursday 3 December, 10:00-11:15", 75),  # the range wins
        ("Thursday 3 December at 2pm; a 30-minute screen, then a 2 hour task", None),
        ("Thursday 3 December at 2pm. Please arrive 15 minutes early.", None),
        ("Thursday 3 December at 2pm. Please answer within 30 minutes.", None),
    ],
)
def test_the_end_comes_from_the_one_length_the_text_gives(text: str, minutes: int | None) -> None:
    found = interview_from_text(text, sent_at=MONDAY, tz=BERLIN).value
    assert found is not None
    length = None if found.end is None else int((found.end - found.start).total_seconds() // 60)
    assert length == minutes
