"""Business days and hours in the user's time zone: workdays, public holidays, working mornings.

Every due time followupd plans lands inside business hours on a business day, so that no
draft appears at 3 am. "At once" actions are no exception: they are due at the moment that
triggered them when that moment is in business hours, else at the next business start.
Holidays come from the `holidays` package (static tables, no I/O) for the configured
country and subdivision. All results are aware datetimes in the configured zone.
"""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import holidays

from followupd.config.types import ScheduleConfig

# Ten years of days: with at least one workday configured a business day is always closer.
_SEARCH_LIMIT = 3660


@functools.lru_cache(maxsize=16)
def _holiday_table(country: str, subdivision: str | None) -> Any:
    """The holiday table for a country/subdivision (the package fills years on demand)."""
    return holidays.country_holidays(country, subdiv=subdivision)


def holiday_name(day: date, schedule: ScheduleConfig) -> str | None:
    """The public holiday on `day` in the configured country, or None."""
    if not schedule.holiday_country:
        return None
    table = _holiday_table(schedule.holiday_country, schedule.holiday_subdivision)
    name = table.get(day)
    return str(name) if name else None


def is_business_day(day: date, schedule: ScheduleConfig) -> bool:
    """A configured workday that is not a public holiday."""
    return day.weekday() in schedule.workdays and holiday_name(day, schedule) is None


def next_business_day(day: date, schedule: ScheduleConfig, *, after: bool = False) -> date:
    """The first business day on or after `day` (strictly after it when `after`)."""
    candidate = day + timedelta(days=1) if after else day
    for _ in range(_SEARCH_LIMIT):
        if is_business_day(candidate, schedule):
            return candidate
        candidate += timedelta(days=1)
    raise ValueError("no business day within ten years: check schedule.workdays")


def add_business_days(day: date, count: int, schedule: ScheduleConfig) -> date:
    """`day` moved forward by `count` business days (0: `day` itself, even if not one)."""
    for _ in range(count):
        day = next_business_day(day, schedule, after=True)
    return day


def at_local(day: date, clock: time, schedule: ScheduleConfig) -> datetime:
    """`day` at wall-clock `clock` in the user's zone.

    A wall time skipped by a DST change (02:30 on a spring-forward night) is normalised
    through UTC, which moves it forward by the size of the gap.
    """
    zone = schedule.zone
    naive = datetime.combine(day, clock)
    return naive.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)


def local(moment: datetime, schedule: ScheduleConfig) -> datetime:
    """`moment` (aware) in the user's zone."""
    return moment.astimezone(schedule.zone)


def in_business_hours(moment: datetime, schedule: ScheduleConfig) -> bool:
    """On a business day, at or after business_start and before business_end."""
    here = local(moment, schedule)
    clock = here.time().replace(tzinfo=None)
    return (
        is_business_day(here.date(), schedule)
        and schedule.business_start <= clock < schedule.business_end
    )


def next_working_morning(moment: datetime, schedule: ScheduleConfig) -> datetime:
    """The first business start strictly after `moment`."""
    here = local(moment, schedule)
    day = next_business_day(here.date(), schedule)
    start = at_local(day, schedule.business_start, schedule)
    if start <= here:
        following = next_business_day(day, schedule, after=True)
        start = at_local(following, schedule.business_start, schedule)
    return start


def working_time(moment: datetime, schedule: ScheduleConfig) -> datetime:
    """`moment` itself when it is in business hours, else the next working morning.

    This is also what "at once" means: at once during the working day, otherwise first
    thing the next working morning.
    """
    if in_business_hours(moment, schedule):
        return local(moment, schedule)
    return next_working_morning(moment, schedule)


def on_business_day_at(day: date, clock: time, schedule: ScheduleConfig) -> datetime:
    """The first business day on or after `day`, at `clock`, kept inside business hours."""
    return working_time(at_local(next_business_day(day, schedule), clock, schedule), schedule)


def business_days_after_at(
    day: date, count: int, clock: time, schedule: ScheduleConfig
) -> datetime:
    """`count` business days after `day`, at `clock` ("P + 2 business days at 09:30")."""
    return on_business_day_at(add_business_days(day, count, schedule), clock, schedule)
