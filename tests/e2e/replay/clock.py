"""The story's clock and the policy's timing rules, as DESIGN.md states them.

Everything is in the user's zone (Europe/Berlin: CET until 29 March 2026, then CEST), working
days Monday to Friday, business hours 09:00-17:30, no public holidays (the config names no
country). Each rule returns a `Window`: the earliest moment a draft may appear and the latest
moment it should have appeared. The latest moments are a little generous where DESIGN.md
gives a day rather than a minute (see the notes on each rule).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

ZONE = ZoneInfo("Europe/Berlin")
YEAR = 2026
BUSINESS_START = time(9, 0)
BUSINESS_END = time(17, 30)
STATUS_CHECK_TIME = time(9, 30)
AT_ONCE_SLACK = timedelta(hours=2)  # "at once": the next pass; two hours for slow steps

# Days after falling due before an action is missed instead of drafted (DESIGN.md, "First run
# and downtime"). `reply` is not named there: it is treated like the invitation reply it
# generalises. Status checks and follow-ups do not expire while the silence lasts.
EXPIRY_DAYS: dict[str, int] = {
    "invitation_reply": 3,
    "confirmation_reply": 3,
    "reply": 3,
    "thank_you": 3,
    "rejection_reply": 14,
}


def t(month: int, day: int, hour: int = 9, minute: int = 0) -> datetime:
    """A moment of the story's year in the user's zone."""
    return datetime(YEAR, month, day, hour, minute, tzinfo=ZONE)


def on(day: date, at: time) -> datetime:
    """`day` at the wall-clock time `at` in the user's zone."""
    return datetime.combine(day, at, tzinfo=ZONE)


def is_business_day(day: date) -> bool:
    """Monday to Friday."""
    return day.weekday() < 5


def next_business_day(day: date) -> date:
    """The first working day strictly after `day`."""
    day += timedelta(days=1)
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


def business_day_on_or_after(day: date) -> date:
    """`day` itself when it is a working day, else the next one."""
    return day if is_business_day(day) else next_business_day(day)


def add_business_days(day: date, count: int) -> date:
    """`count` working days after `day`."""
    for _ in range(count):
        day = next_business_day(day)
    return day


def in_hours(moment: datetime) -> bool:
    """Inside business hours on a working day."""
    local = moment.astimezone(ZONE)
    return is_business_day(local.date()) and BUSINESS_START <= local.time() < BUSINESS_END


def working(moment: datetime) -> datetime:
    """`moment` when it is in business hours, else the start of the next working morning."""
    local = moment.astimezone(ZONE)
    if in_hours(local):
        return local
    if is_business_day(local.date()) and local.time() < BUSINESS_START:
        return on(local.date(), BUSINESS_START)
    return on(next_business_day(local.date()), BUSINESS_START)


def next_working_noon(moment: datetime) -> datetime:
    """12:00 on the first working day after the date of `moment`."""
    return on(next_business_day(moment.astimezone(ZONE).date()), time(12, 0))


@dataclass(frozen=True, slots=True)
class Window:
    """When a draft is right: not before `earliest`, and by `latest`."""

    earliest: datetime
    latest: datetime

    def __post_init__(self) -> None:
        if self.latest < self.earliest:
            raise ValueError(f"window ends before it starts: {self}")

    def holds(self, moment: datetime) -> bool:
        """`moment` falls inside the window (both ends included)."""
        return self.earliest <= moment <= self.latest


def at_once(arrival: datetime) -> Window:
    """Rows "invitation", "confirmation that asks for a reply", "a person asks": at once, in
    working hours."""
    start = working(arrival)
    return Window(start, start + AT_ONCE_SLACK)


def thank_you(start: datetime, minutes: int = 60) -> Window:
    """Row "interview scheduled": T + L + 1 h (L = 60 minutes when unstated).

    When that moment falls outside business hours the table does not say whether the draft
    waits for the morning: both are accepted (latest: two hours into the next working time).
    """
    due = start + timedelta(minutes=minutes + 60)
    return Window(due, working(due) + AT_ONCE_SLACK)


def status_promised(promised: date) -> Window:
    """Row "promised decision date P passes": P + 2 business days, 09:30."""
    day = add_business_days(promised, 2)
    return Window(on(day, STATUS_CHECK_TIME), on(day, time(12, 30)))


def status_silent(interview: date) -> Window:
    """Row "no date promised": interview + 7 days.

    The table names a day, not a time: any time that working day, or the next morning (a
    thank-you sent in the evening may restart the seven days from that evening).
    """
    day = business_day_on_or_after(interview + timedelta(days=7))
    return Window(on(day, BUSINESS_START), next_working_noon(on(day, BUSINESS_START)))


def followup(status_sent: datetime) -> Window:
    """Row "still silent after the status check": 14 days after it (the user's message
    re-plans from its date); any time that day, or the next morning."""
    day = business_day_on_or_after(status_sent.astimezone(ZONE).date() + timedelta(days=14))
    return Window(on(day, BUSINESS_START), next_working_noon(on(day, BUSINESS_START)))


def next_morning(arrival: datetime) -> Window:
    """Row "rejection from a person": the next business morning (09:00-12:00)."""
    day = next_business_day(arrival.astimezone(ZONE).date())
    return Window(on(day, BUSINESS_START), on(day, time(12, 0)))
