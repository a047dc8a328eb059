"""Interview times in the forms real mail writes them, and the ones refused with a reason."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from followupd.core.dates import DateResult, interview_from_text
from followupd.model import Interview

NEW_YORK = ZoneInfo("America/New_York")
CHICAGO = ZoneInfo("America/Chicago")
LA = ZoneInfo("America/Los_Angeles")
LONDON = ZoneInfo("Europe/London")
BERLIN = ZoneInfo("Europe/Berlin")
PARIS = ZoneInfo("Europe/Paris")
SYDNEY = ZoneInfo("Australia/Sydney")
WEDNESDAY = datetime(2026, 3, 4, 15, 0, tzinfo=UTC)  # Wednesday 4 March 2026


def _read(text: str, tz: ZoneInfo = NEW_YORK, sent: datetime = WEDNESDAY) -> DateResult[Interview]:
    return interview_from_text(text, sent_at=sent, tz=tz)


def _start(text: str, tz: ZoneInfo = NEW_YORK, sent: datetime = WEDNESDAY) -> datetime | None:
    result = _read(text, tz, sent)
    return result.value.start if result.value else None


def test_weekday_date_year_range_and_abbreviation() -> None:
    result = _read("Tuesday, March 10, 2026, 2:00 - 2:45 PM EST", tz=BERLIN)
    assert result.value is not None
    # "EST" after the DST change still means New York's local time (EDT that day).
    assert result.value.start == datetime(2026, 3, 10, 14, 0, tzinfo=NEW_YORK)
    assert result.value.end == datetime(2026, 3, 10, 14, 45, tzinfo=NEW_YORK)
    assert result.value.start.utcoffset() == timedelta(hours=-4)


@pytest.mark.parametrize(
    ("text", "tz", "expected"),
    [
        # A North American zone named with the time: month first.
        ("Date: 03/10/2026\nTime: 9:00 AM EST", BERLIN, datetime(2026, 3, 10, 9, tzinfo=NEW_YORK)),
        # Dotted dates are always day.month.year.
        ("Date: 10.03.2026, 14:00-15:00 CET", NEW_YORK, datetime(2026, 3, 10, 14, tzinfo=PARIS)),
        # A European zone named with the time: day first.
        ("On 10/03/2026 at 14:00 (UK time).", NEW_YORK, datetime(2026, 3, 10, 14, tzinfo=LONDON)),
        # The text's own habit: another date that only one order makes valid.
        (
            "Your interview: 03/10/2026 at 9:00 AM. Please reply by 03/20/2026.",
            BERLIN,
            datetime(2026, 3, 10, 9, tzinfo=BERLIN),
        ),
        # ... or month names written day first.
        (
            "Interview on 05/04/2026 at 10:00. Offers go out on 20 April.",
            NEW_YORK,
            datetime(2026, 4, 5, 10, tzinfo=NEW_YORK),
        ),
        # A weekday that fits only one reading.
        ("Monday, 04/05/2026 at 10:00", LONDON, datetime(2026, 5, 4, 10, tzinfo=LONDON)),
    ],
)
def test_numeric_dates_read_by_locale_signals(text: str, tz: ZoneInfo, expected: datetime) -> None:
    result = _read(text, tz)
    assert result.value is not None, result.evidence
    assert result.value.start == expected


def test_numeric_date_without_any_signal_is_refused_with_the_reason() -> None:
    result = _read("We will see you on 04/05/2026 at 10:00.", tz=LONDON)
    assert result.value is None
    reason = result.evidence[-1]
    assert "ambiguous date '04/05/2026'" in reason
    assert "2026-04-05 (month/day) or 2026-05-04 (day/month)" in reason
    assert "no other date to go by" in reason


def test_numeric_date_refused_when_the_text_disagrees_with_itself() -> None:
    text = "Interview 04/05/2026 at 10:00. Forms by 03/20/2026 and 21/03/2026."
    result = _read(text, tz=LONDON)
    assert result.value is None
    assert "the text's other dates disagree" in result.evidence[-1]


def test_utc_says_nothing_about_date_order() -> None:
    result = _read("Interview 04/05/2026 at 10:00 UTC.", tz=LONDON)
    assert result.value is None
    assert "ambiguous date" in result.evidence[-1]


@pytest.mark.parametrize(
    "text",
    [
        "Tuesday, March 10 at noon",
        "Tuesday, March 10 at 12 noon",
        "Tuesday, March 10 at 12:00 noon",
        "Tuesday, March 10, midday",
    ],
)
def test_noon(text: str) -> None:
    assert _start(text) == datetime(2026, 3, 10, 12, tzinfo=NEW_YORK)


def test_twelve_noon_with_a_zone_is_one_time_not_two() -> None:
    result = _read("lunch on Tuesday, March 10, 2026 at 12:00 noon (CT).", tz=LONDON)
    assert result.value is not None
    assert result.value.start == datetime(2026, 3, 10, 12, tzinfo=CHICAGO)


def test_table_line() -> None:
    result = _read("Date: Tue 10 Mar | Time: 14:00-15:00 CET | Room: 4.12", tz=NEW_YORK)
    assert result.value is not None
    assert result.value.start == datetime(2026, 3, 10, 14, tzinfo=PARIS)
    assert result.value.end == datetime(2026, 3, 10, 15, tzinfo=PARIS)


def test_calendar_summary_line_with_offset() -> None:
    text = "When: Tuesday 10 March 2026 14:00 \u2013 15:00 (UTC+01:00)"
    result = _read(text, tz=NEW_YORK)
    assert result.value is not None
    plus_one = timezone(timedelta(hours=1))
    assert result.value.start == datetime(2026, 3, 10, 14, tzinfo=plus_one)
    assert result.value.end == datetime(2026, 3, 10, 15, tzinfo=plus_one)


def test_outlook_label_after_the_time_keeps_daylight_saving() -> None:
    # Outlook writes the zone's standard offset in its label; the zone itself is New York.
    text = "When: Thursday, March 12, 2026 2:00 PM-3:00 PM. (UTC-05:00) Eastern Time (US & Canada)"
    result = _read(text, tz=BERLIN)
    assert result.value is not None
    assert result.value.start == datetime(2026, 3, 12, 14, tzinfo=NEW_YORK)
    assert result.value.start.utcoffset() == timedelta(hours=-4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Confirmed: Thursday at 14:30 Vienna time.", datetime(2026, 3, 5, 14, 30, tzinfo=BERLIN)),
        ("Thursday 12 March, 9am Sydney time", datetime(2026, 3, 12, 9, tzinfo=SYDNEY)),
        ("Thursday, March 12 at 2pm Pacific", datetime(2026, 3, 12, 14, tzinfo=LA)),
        ("Thursday, March 12 at 10am Seattle time", datetime(2026, 3, 12, 10, tzinfo=LA)),
        ("Thursday 12 March at 10 CET works for us.", datetime(2026, 3, 12, 10, tzinfo=PARIS)),
        (
            "Thursday 12 March, 2.30pm - 3.15pm (Greenwich Mean Time)",
            datetime(2026, 3, 12, 14, 30, tzinfo=UTC),
        ),
    ],
)
def test_zones_as_people_name_them(text: str, expected: datetime) -> None:
    assert _start(text, tz=NEW_YORK) == expected


def test_a_capitalised_place_after_a_time_is_not_a_region() -> None:
    text = "Meet us at 10am at the Central Library on Thursday, March 12."
    assert _start(text, tz=NEW_YORK) == datetime(2026, 3, 12, 10, tzinfo=NEW_YORK)


def test_unknown_zone_is_refused_not_guessed() -> None:
    result = _read("See you Thursday at 2pm Narnia time.", tz=NEW_YORK)
    assert result.value is None
    assert "'Narnia time'" in result.evidence[-1]
    assert "unknown" in result.evidence[-1]


def test_a_zone_declared_for_the_whole_agenda() -> None:
    text = (
        "Your final round is confirmed for Wednesday, March 25, 2026. Here's the agenda "
        "(times in Pacific\nTime):\n\n| 9:00 AM | Hiring manager |\n| +45 min | Peer interview |"
        "\n\nWe'll finish by 11:30 AM."
    )
    result = _read(text, tz=NEW_YORK)
    assert result.value is not None
    assert result.value.start == datetime(2026, 3, 25, 9, tzinfo=LA)
    assert result.value.end == datetime(2026, 3, 25, 11, 30, tzinfo=LA)


def test_the_day_starts_at_its_earliest_time() -> None:
    text = (
        "Your campus visit will be on Friday, March 13, 2026. The\nday starts at 8:00 AM with "
        "breakfast and ends at 5:00 PM.\nThe job talk is at 11:00 in the lecture hall."
    )
    result = _read(text, tz=CHICAGO)
    assert result.value is not None
    assert result.value.start == datetime(2026, 3, 13, 8, tzinfo=CHICAGO)
    assert result.value.end == datetime(2026, 3, 13, 17, tzinfo=CHICAGO)


def test_a_time_in_the_next_sentence_belongs_to_the_only_date() -> None:
    text = "Looking forward to meeting on Tuesday. Just to confirm: 9:30am MT, by phone."
    assert _start(text) == datetime(2026, 3, 10, 9, 30, tzinfo=ZoneInfo("America/Denver"))


def test_date_and_time_lines_apart() -> None:
    text = "Date: Monday, 03/09/2026\n\nTime: 9:00 AM\n\nLocation: Civic Centre"
    assert _start(text, tz=NEW_YORK) == datetime(2026, 3, 9, 9, tzinfo=NEW_YORK)


def test_arrival_time_is_not_the_start() -> None:
    text = (
        "Your onsite is on Thursday, March 12. Please arrive at 8:45 AM. The first interview "
        "starts at 9:00 AM and we'll wrap up by 1:00 PM."
    )
    result = _read(text)
    assert result.value is not None
    assert result.value.start == datetime(2026, 3, 12, 9, tzinfo=NEW_YORK)
    assert result.value.end == datetime(2026, 3, 12, 13, tzinfo=NEW_YORK)


def test_loose_times_with_two_dates_are_not_guessed() -> None:
    text = "The panel meets on Monday. Your interview is on Thursday, March 12. Start: 9am."
    result = _read(text)
    assert result.value is None
    assert any("2 different dates" in note for note in result.evidence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Your interview has been moved from Monday 2pm to Wednesday 3pm.",
            datetime(2026, 3, 11, 15, tzinfo=NEW_YORK),
        ),
        (
            "Instead of Friday at 3:30pm, they've now got you down for Tuesday at\n10:30am.",
            datetime(2026, 3, 10, 10, 30, tzinfo=NEW_YORK),
        ),
        (
            "Your interview on Monday at 2pm has been moved to Tuesday at 3pm.",
            datetime(2026, 3, 10, 15, tzinfo=NEW_YORK),
        ),
        (
            "The interview will now take place on March 13 at 15:00 instead of March 12 at 14:00.",
            datetime(2026, 3, 13, 15, tzinfo=NEW_YORK),
        ),
        (
            "Rescheduled to Friday, March 13 at 3pm ET (previously Thursday, March 12 at 2pm ET).",
            datetime(2026, 3, 13, 15, tzinfo=NEW_YORK),
        ),
        (
            "Old time: Thursday, March 12, 2pm\nNew time: Friday, March 13, 10am",
            datetime(2026, 3, 13, 10, tzinfo=NEW_YORK),
        ),
    ],
)
def test_reschedule_gives_the_new_time(text: str, expected: datetime) -> None:
    result = _read(text)
    assert result.value is not None, result.evidence
    assert result.value.start == expected
    assert any("is the time being replaced" in note for note in result.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Could you do Tuesday at 10am or Wednesday at 2pm?",
        # "from ... to" without a move is a span, not a change.
        "Interviews run from Monday 9am to Friday 5pm; pick a slot.",
        # ... and a move in another sentence does not make it one.
        "We have moved office. Interviews run from Monday 9am to Friday 5pm.",
    ],
)
def test_two_times_without_a_move_stay_ambiguous(text: str) -> None:
    result = _read(text)
    assert result.value is None
    assert "several candidate times" in result.evidence[-1]


def test_an_open_bound_is_not_a_start() -> None:
    text = "Here are some options:\n- Tuesday morning\n- Wednesday after 2pm\n- Thursday any time"
    assert _start(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le lundi 9 mars \u00e0 14h30 (CET)", datetime(2026, 3, 9, 14, 30, tzinfo=PARIS)),
        ("am Montag, 9. M\u00e4rz 2026 um 14:00 Uhr", datetime(2026, 3, 9, 14, tzinfo=BERLIN)),
        (
            "Datum: Montag, 09.03.2026\nUhrzeit: 10:30 bis 11:30 Uhr",
            datetime(2026, 3, 9, 10, 30, tzinfo=BERLIN),
        ),
        ("el lunes 9 de marzo a las 10:00", datetime(2026, 3, 9, 10, tzinfo=BERLIN)),
    ],
)
def test_european_mail_in_its_own_language(text: str, expected: datetime) -> None:
    assert _start(text, tz=BERLIN) == expected


def test_a_stated_foreign_weekday_is_checked() -> None:
    result = _read("am Dienstag, 9. M\u00e4rz 2026 um 14:00 Uhr", tz=BERLIN)
    assert result.value is None
    assert "weekday contradicts date" in result.evidence[-1]


def test_an_ats_date_line_with_a_year_and_time_is_kept() -> None:
    text = "Interview scheduled\nDate: Thursday, March 12, 2026 at 2:00 PM\nFormat: video"
    assert _start(text) == datetime(2026, 3, 12, 14, tzinfo=NEW_YORK)


def test_a_forwarded_header_date_is_dropped() -> None:
    text = (
        "From: Jane Doe <jane@acme.example>\nDate: Thursday, March 5, 2026 at 9:12 AM\n"
        "Subject: Interview\n\nSee you Thursday, March 12 at 2pm."
    )
    assert _start(text) == datetime(2026, 3, 12, 14, tzinfo=NEW_YORK)


def test_a_street_name_is_not_a_month() -> None:
    text = "Date: Wednesday, 12/03/2025\nTime: 11:30 AM\nLocation: 1 Market Square"
    sent = datetime(2025, 11, 28, 15, tzinfo=UTC)
    # Both readings are Wednesdays; "1 Mar(ket)" must not vote for day/month.
    assert _start(text, tz=NEW_YORK, sent=sent) == datetime(2025, 12, 3, 11, 30, tzinfo=NEW_YORK)


def test_iso_moment_with_seconds_and_offset() -> None:
    plus_one = timezone(timedelta(hours=1))
    expected = datetime(2026, 3, 10, 14, tzinfo=plus_one)
    assert _start("Start: 2026-03-10T14:00:00+01:00", tz=NEW_YORK) == expected
