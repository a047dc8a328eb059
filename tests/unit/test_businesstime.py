"""Business time: workdays, holidays, DST, working mornings, and never a due time at 3 am."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from followupd.config.types import ScheduleConfig
from followupd.core.dates import businesstime as bt

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")
DE = ScheduleConfig(timezone="Europe/Berlin", holiday_country="DE", holiday_subdivision="BE")
US = ScheduleConfig(timezone="America/New_York", holiday_country="US", holiday_subdivision="NY")
UK = ScheduleConfig(timezone="Europe/London", holiday_country="GB", holiday_subdivision="ENG")


def test_weekend_is_not_a_business_day() -> None:
    assert bt.is_business_day(date(2026, 11, 6), DE)  # Friday
    assert not bt.is_business_day(date(2026, 11, 7), DE)
    assert not bt.is_business_day(date(2026, 11, 8), DE)


def test_configured_workdays_replace_the_weekend() -> None:
    sun_to_thu = ScheduleConfig(timezone="Asia/Jerusalem", workdays=(6, 0, 1, 2, 3))
    assert bt.is_business_day(date(2026, 11, 8), sun_to_thu)  # Sunday
    assert not bt.is_business_day(date(2026, 11, 6), sun_to_thu)  # Friday


def test_friday_evening_moves_to_monday_morning() -> None:
    friday_evening = datetime(2026, 11, 6, 18, 0, tzinfo=BERLIN)
    assert bt.working_time(friday_evening, DE) == datetime(2026, 11, 9, 9, 0, tzinfo=BERLIN)


def test_never_at_three_in_the_morning() -> None:
    night = datetime(2026, 11, 10, 3, 0, tzinfo=BERLIN)
    due = bt.working_time(night, DE)
    assert due == datetime(2026, 11, 10, 9, 0, tzinfo=BERLIN)
    assert bt.in_business_hours(due, DE)


def test_inside_business_hours_stays_put_and_is_reported_in_the_users_zone() -> None:
    moment = datetime(2026, 11, 10, 10, 15, tzinfo=UTC)  # 11:15 in Berlin
    assert bt.working_time(moment, DE) == moment
    assert bt.working_time(moment, DE).tzinfo == BERLIN


def test_business_end_is_exclusive() -> None:
    assert not bt.in_business_hours(datetime(2026, 11, 10, 17, 30, tzinfo=BERLIN), DE)
    assert bt.in_business_hours(datetime(2026, 11, 10, 17, 29, tzinfo=BERLIN), DE)


def test_next_working_morning_is_strictly_later() -> None:
    start = datetime(2026, 11, 10, 9, 0, tzinfo=BERLIN)
    assert bt.next_working_morning(start, DE) == datetime(2026, 11, 11, 9, 0, tzinfo=BERLIN)
    early = datetime(2026, 11, 10, 8, 0, tzinfo=BERLIN)
    assert bt.next_working_morning(early, DE) == start


def test_us_thanksgiving_is_skipped() -> None:
    assert bt.holiday_name(date(2026, 11, 26), US) == "Thanksgiving Day"
    assert bt.add_business_days(date(2026, 11, 25), 1, US) == date(2026, 11, 27)
    wednesday_night = datetime(2026, 11, 25, 20, 0, tzinfo=NEW_YORK)
    assert bt.next_working_morning(wednesday_night, US) == datetime(
        2026, 11, 27, 9, 0, tzinfo=NEW_YORK
    )


def test_uk_bank_holiday_monday_pushes_to_tuesday() -> None:
    assert bt.holiday_name(date(2026, 8, 31), UK) is not None
    friday_night = datetime(2026, 8, 28, 22, 0, tzinfo=LONDON)
    assert bt.working_time(friday_night, UK) == datetime(2026, 9, 1, 9, 0, tzinfo=LONDON)


def test_no_holiday_country_means_only_weekends() -> None:
    plain = ScheduleConfig(timezone="America/New_York")
    assert bt.holiday_name(date(2026, 11, 26), plain) is None
    assert bt.is_business_day(date(2026, 11, 26), plain)


def test_two_business_days_after_a_promise_at_half_past_nine() -> None:
    due = bt.business_days_after_at(date(2026, 11, 6), 2, time(9, 30), DE)  # Friday
    assert due == datetime(2026, 11, 10, 9, 30, tzinfo=BERLIN)  # Tuesday


def test_dst_week_keeps_wall_clock_mornings() -> None:
    # Berlin leaves summer time on Sunday 2026-10-25: Friday is +02:00, Monday +01:00.
    friday = datetime(2026, 10, 23, 18, 0, tzinfo=BERLIN)
    monday = bt.working_time(friday, DE)
    assert (monday.hour, monday.minute) == (9, 0)
    assert monday.utcoffset() == timedelta(hours=1)
    assert monday.astimezone(UTC) == datetime(2026, 10, 26, 8, 0, tzinfo=UTC)
    assert bt.add_business_days(date(2026, 10, 23), 1, DE) == date(2026, 10, 26)


def test_a_wall_time_lost_to_spring_forward_is_moved_by_the_gap() -> None:
    lost = bt.at_local(date(2026, 3, 8), time(2, 30), US)
    assert (lost.hour, lost.minute) == (3, 30)
    assert lost.utcoffset() == timedelta(hours=-4)


def test_on_business_day_at_a_time_outside_hours_goes_to_the_next_morning() -> None:
    late = ScheduleConfig(timezone="Europe/Berlin", business_end=time(17, 0))
    due = bt.on_business_day_at(date(2026, 11, 7), time(20, 0), late)  # Saturday
    assert due == datetime(2026, 11, 10, 9, 0, tzinfo=BERLIN)  # Monday 20:00 -> Tuesday 9:00


def test_no_workdays_at_all_is_an_error_not_a_hang() -> None:
    with pytest.raises(ValueError, match="no business day"):
        bt.next_business_day(date(2026, 11, 6), ScheduleConfig(workdays=()))
