"""The timer over APScheduler: real scheduler threads, short real delays."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

import pytest

from followupd.adapters import scheduler as scheduler_module
from followupd.adapters.scheduler import Timer, validate_cron
from followupd.errors import ConfigError

BERLIN = ZoneInfo("Europe/Berlin")


class Calls:
    """Records every on_due(tag) with the monotonic time it arrived."""

    def __init__(self, fail_on: str | None = None) -> None:
        self.fail_on = fail_on
        self.seen: list[tuple[str, float]] = []
        self._changed = threading.Condition()

    def __call__(self, tag: str) -> None:
        with self._changed:
            self.seen.append((tag, time.monotonic()))
            self._changed.notify_all()
        if tag == self.fail_on:
            raise RuntimeError(f"callback broke on {tag}")

    @property
    def tags(self) -> list[str]:
        with self._changed:
            return [tag for tag, _ in self.seen]

    def wait_for(self, count: int, timeout: float = 2.0) -> None:
        """Block until `count` calls arrived; fail the test if they do not."""
        with self._changed:
            arrived = self._changed.wait_for(lambda: len(self.seen) >= count, timeout)
        assert arrived, f"expected {count} calls, got {self.seen}"


@pytest.fixture
def calls() -> Calls:
    return Calls()


@pytest.fixture
def timer(calls: Calls) -> Iterator[Timer]:
    timer = Timer(calls)
    timer.start()
    yield timer
    timer.shutdown()


def soon(seconds: float) -> datetime:
    return datetime.now(UTC) + timedelta(seconds=seconds)


def test_a_wakeup_fires_once_with_its_tag_at_its_time(timer: Timer, calls: Calls) -> None:
    began = time.monotonic()
    timer.set_wakeups({"account:main": soon(0.15)})
    assert calls.tags == []
    calls.wait_for(1)
    assert calls.seen[0][0] == "account:main"
    assert 0.13 <= calls.seen[0][1] - began < 1.0
    time.sleep(0.15)
    assert calls.tags == ["account:main"]
    assert timer.next_wakeup() is None


def test_a_wakeup_in_the_past_fires_at_once(timer: Timer, calls: Calls) -> None:
    began = time.monotonic()
    timer.set_wakeups({"account:main": datetime.now(UTC) - timedelta(hours=3)})
    calls.wait_for(1)
    assert calls.tags == ["account:main"]
    assert calls.seen[0][1] - began < 0.5


def test_wakeups_set_before_start_wait_for_start(calls: Calls) -> None:
    timer = Timer(calls)
    at = datetime.now(UTC) - timedelta(minutes=5)
    timer.set_wakeups({"account:main": at})
    timer.set_wakeups({"account:main": at})  # set twice before start: still one job
    assert timer.next_wakeup() == at
    time.sleep(0.1)
    assert calls.tags == []
    timer.start()
    try:
        calls.wait_for(1)
        time.sleep(0.1)
        assert calls.tags == ["account:main"]
    finally:
        timer.shutdown()


def test_setting_a_tag_again_moves_it(timer: Timer, calls: Calls) -> None:
    began = time.monotonic()
    timer.set_wakeups({"account:main": soon(0.1)})
    later = soon(0.3)
    timer.set_wakeups({"account:main": later})
    assert timer.next_wakeup() == later
    time.sleep(0.2)
    assert calls.tags == []
    calls.wait_for(1)
    assert calls.seen[0][1] - began >= 0.28
    time.sleep(0.1)
    assert calls.tags == ["account:main"]


def test_a_tag_left_out_of_the_new_mapping_is_cancelled(timer: Timer, calls: Calls) -> None:
    timer.set_wakeups({"account:main": soon(0.1), "account:work": soon(0.1)})
    timer.set_wakeups({"account:work": soon(0.1)})
    calls.wait_for(1)
    time.sleep(0.15)
    assert calls.tags == ["account:work"]


def test_next_wakeup_is_the_earliest_in_utc(calls: Calls) -> None:
    timer = Timer(calls, timezone=BERLIN)
    assert timer.next_wakeup() is None
    early = datetime(2031, 3, 4, 10, 0, tzinfo=BERLIN)
    timer.set_wakeups({"a": early + timedelta(hours=1), "b": early})
    timer.start()
    try:
        found = timer.next_wakeup()
        assert found == early
        assert found is not None and found.tzinfo == UTC
        timer.set_wakeups({})
        assert timer.next_wakeup() is None
    finally:
        timer.shutdown()


def test_a_naive_wakeup_time_is_refused(timer: Timer) -> None:
    with pytest.raises(ValueError, match="naive"):
        timer.set_wakeups({"account:main": datetime(2031, 1, 1, 9, 0)})


def test_a_failing_callback_is_logged_and_the_timer_goes_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    calls = Calls(fail_on="bad")
    timer = Timer(calls)
    timer.start()
    try:
        timer.set_wakeups({"bad": datetime.now(UTC), "good": soon(0.1)})
        calls.wait_for(2)
        assert calls.tags == ["bad", "good"]
        timer.set_wakeups({"again": datetime.now(UTC)})
        calls.wait_for(3)
    finally:
        timer.shutdown()
    failures = [r for r in caplog.records if r.getMessage() == "timer.callback_failed tag=bad"]
    assert len(failures) == 1
    assert failures[0].levelno == logging.ERROR
    assert failures[0].exc_info is not None


def test_shutdown_is_idempotent_and_stops_callbacks(calls: Calls) -> None:
    timer = Timer(calls)
    timer.start()
    timer.set_wakeups({"account:main": soon(0.1)})
    timer.shutdown()
    timer.shutdown()
    timer.set_wakeups({"account:main": datetime.now(UTC)})  # after shutdown: ignored
    time.sleep(0.2)
    assert calls.tags == []
    with pytest.raises(RuntimeError):
        timer.start()


def test_shutdown_before_start_is_harmless(calls: Calls) -> None:
    timer = Timer(calls)
    timer.shutdown()
    timer.shutdown()
    assert calls.tags == []


class ShiftedClock(datetime):
    """The wall clock as APScheduler reads it, moved ahead as if the host had slept."""

    offset = timedelta(0)

    @classmethod
    def now(cls, tz: tzinfo | None = None) -> datetime:  # type: ignore[override]
        return datetime.now(tz) + cls.offset


def test_a_wakeup_passed_during_a_suspend_fires_soon_after_resume(
    monkeypatch: pytest.MonkeyPatch, calls: Calls
) -> None:
    # A suspended host stops the monotonic clock the scheduler thread sleeps on; only the
    # wall clock jumps. Without the periodic recheck this wake-up would wait ~30 more seconds.
    monkeypatch.setattr(scheduler_module, "RECHECK_SECONDS", 0.05)
    monkeypatch.setattr("apscheduler.schedulers.base.datetime", ShiftedClock)
    monkeypatch.setattr(ShiftedClock, "offset", timedelta(0))
    timer = Timer(calls)
    timer.start()
    try:
        timer.set_wakeups({"account:main": soon(30)})
        time.sleep(0.1)
        assert calls.tags == []
        ShiftedClock.offset = timedelta(seconds=31)
        calls.wait_for(1, timeout=1.0)
        assert calls.tags == ["account:main"]
    finally:
        timer.shutdown()


def _next_local(hour: int, minute: int, after: datetime) -> datetime:
    """The first HH:MM wall time in Berlin after `after`."""
    local = after.astimezone(BERLIN)
    day = local.date()
    while True:
        candidate = datetime.combine(day, datetime.min.time(), BERLIN).replace(
            hour=hour, minute=minute
        )
        if candidate > local:
            return candidate
        day += timedelta(days=1)


def test_a_daily_time_of_day_is_read_in_the_timers_zone(calls: Calls) -> None:
    timer = Timer(calls, timezone=BERLIN)
    before = datetime.now(UTC)
    timer.add_cron("digest", "09:30")
    expected = _next_local(9, 30, before)
    assert timer.next_wakeup() == expected
    timer.start()
    try:
        assert timer.next_wakeup() == expected
        timer.add_cron("digest", "7:05")  # the same tag again replaces the schedule
        assert timer.next_wakeup() == _next_local(7, 5, before)
    finally:
        timer.shutdown()


def test_cron_and_one_shot_tags_do_not_replace_each_other(calls: Calls) -> None:
    timer = Timer(calls)
    timer.add_cron("digest", "08:00")
    soonest = soon(3600)
    timer.set_wakeups({"digest": soonest})
    timer.set_wakeups({})
    assert timer.next_wakeup() is not None
    assert timer.next_wakeup() != soonest


@pytest.mark.parametrize(
    ("spec", "weekdays", "hour", "minute"),
    [
        ("0 9 * * 1", {date(2024, 1, 1).weekday()}, 9, 0),  # crontab 1 = Monday
        ("0 9 * * 0", {6}, 9, 0),  # crontab 0 = Sunday, not APScheduler's Monday
        ("0 9 * * 7", {6}, 9, 0),
        ("15 18 * * sat", {5}, 18, 15),
        ("30 8 * * 1-5", {0, 1, 2, 3, 4}, 8, 30),
        ("30 8 * * mon-sun", set(range(7)), 8, 30),
        ("0 12 * * */2", {6, 1, 3, 5}, 12, 0),  # Sun, Tue, Thu, Sat as in crontab(5)
        ("0 12 * * 0,3", {6, 2}, 12, 0),
        ("45 6 * * *", set(range(7)), 6, 45),
    ],
)
def test_crontab_lines_follow_crontab_weekdays(
    calls: Calls, spec: str, weekdays: set[int], hour: int, minute: int
) -> None:
    assert validate_cron(spec) is None
    timer = Timer(calls, timezone=BERLIN)
    timer.add_cron("digest", spec)
    found = timer.next_wakeup()
    assert found is not None
    local = found.astimezone(BERLIN)
    assert local.weekday() in weekdays
    assert (local.hour, local.minute) == (hour, minute)
    assert found > datetime.now(UTC)
    assert found - datetime.now(UTC) <= timedelta(days=31)


def test_a_crontab_day_of_month_is_kept() -> None:
    timer = Timer(Calls(), timezone=BERLIN)
    timer.add_cron("digest", "0 7 1 * *")
    found = timer.next_wakeup()
    assert found is not None
    assert found.astimezone(BERLIN).day == 1


@pytest.mark.parametrize(
    ("spec", "says"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("25:00", "00:00 to 23:59"),
        ("09:60", "00:00 to 23:59"),
        ("9:5", "HH:MM"),
        ("noon", "1 fields"),
        ("0 9 * *", "4 fields"),
        ("0 9 * * * *", "6 fields"),
        ("61 9 * * *", "not a valid crontab"),
        ("0 24 * * *", "not a valid crontab"),
        ("0 9 * 13 *", "not a valid crontab"),
        ("0 9 * * 8", "0-7 or sun..sat"),
        ("0 9 * * funday", "0-7 or sun..sat"),
        ("0 9 * * 5-1", "runs backwards"),
        ("0 9 * * 1/2", "needs a range"),
        ("0 9 * * */0", "positive number"),
        ("0 9 1 * 1", "both day-of-month and day-of-week"),
    ],
)
def test_invalid_schedules_are_explained(spec: str, says: str) -> None:
    problem = validate_cron(spec)
    assert problem is not None
    assert says in problem
    with pytest.raises(ConfigError) as caught:
        Timer(Calls()).add_cron("digest", spec)
    assert caught.value.problems == [f"notify.schedule: {problem}"]
    assert caught.value.exit_code == 78


def test_the_timer_survives_a_job_vanishing_while_it_fires(calls: Calls) -> None:
    """APScheduler's own removal of a fired one-shot job can find it gone: keep running."""
    from apscheduler.jobstores.base import JobLookupError

    timer = Timer(calls)
    real_remove = timer._scheduler.remove_job
    failures = ["once"]

    def flaky_remove(job_id: str, jobstore: str | None = None) -> None:
        real_remove(job_id, jobstore)
        if failures and job_id.startswith("wakeup:"):
            failures.pop()
            raise JobLookupError(job_id)  # as if set_wakeups had removed it first

    timer._scheduler.remove_job = flaky_remove  # type: ignore[method-assign]
    timer.start()
    try:
        timer.set_wakeups({"a": soon(-1)})
        calls.wait_for(1)
        timer.set_wakeups({"b": soon(-1)})
        calls.wait_for(2)  # the scheduler thread is still alive
        assert calls.tags == ["a", "b"]
        assert not failures  # the vanishing job really happened
    finally:
        timer.shutdown()
