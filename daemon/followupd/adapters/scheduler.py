"""The timer that wakes the main loop when a planned action or the digest falls due.

The actions table in the state database is the truth; this is only an alarm clock over
APScheduler 3.x. APScheduler's own persistence is not used on purpose: its one-shot jobs
leave the job store when handed to the executor (a crash loses them), unpicklable jobs are
deleted, and its defaults skip anything more than 1 s late. So jobs live in memory only,
the caller rebuilds them from the actions table at start, and every job runs late rather
than never (misfire_grace_time=None, coalesce=True).

No APScheduler object leaves this module: callers see tags, datetimes and ConfigError.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, tzinfo
from typing import Any

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.base import JobLookupError
from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from followupd.errors import ConfigError

log = logging.getLogger(__name__)

# APScheduler logs every job run and every job added at INFO; the wall-clock recheck below
# would repeat that every minute. Our own timer.* events say what matters; warnings remain.
logging.getLogger("apscheduler").setLevel(logging.WARNING)

# A thread sleeps on the monotonic clock, which stands still while the host is suspended
# (APScheduler issue #794), so one long wait can overshoot a wake-up by the whole suspend.
# A short recurring no-op makes the scheduler look at the wall clock again at least this often.
RECHECK_SECONDS = 60.0

_WAKEUP_PREFIX = "wakeup:"
_CRON_PREFIX = "cron:"
_RECHECK_ID = "recheck"

_JOB_OPTIONS: dict[str, Any] = {
    "misfire_grace_time": None,  # run no matter how late; never skip silently
    "coalesce": True,  # several missed run times of one job run once
    "max_instances": 1,
}

_TIME_OF_DAY = re.compile(r"(\d{1,2}):(\d{2})")
# crontab(5) numbers weekdays 0-7 from Sunday (0 and 7 both Sunday); APScheduler 3.x numbers
# them 0-6 from Monday even in from_crontab (its issue #286), so numbers are rewritten to names.
_CRON_DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
_FORMS = 'a time of day "HH:MM" or a 5-field crontab "minute hour day-of-month month day-of-week"'


def validate_cron(spec: str) -> str | None:
    """Say what is wrong with a digest schedule, or None when it is usable."""
    try:
        _cron_trigger(spec, UTC)
    except ValueError as exc:
        return str(exc)
    return None


def _cron_trigger(spec: str, timezone: tzinfo) -> Any:
    """Build the recurring trigger for "HH:MM" (daily) or a crontab line; ValueError if invalid."""
    text = spec.strip()
    if not text:
        raise ValueError(f"the schedule is empty; expected {_FORMS}")
    if ":" in text:
        return CronTrigger(**_time_of_day(text), timezone=timezone)
    fields = text.split()
    if len(fields) != 5:
        raise ValueError(f"{spec!r} has {len(fields)} fields; expected {_FORMS}")
    minute, hour, day, month, weekdays = fields
    if day != "*" and weekdays != "*":
        # crontab(5) runs when EITHER field matches, APScheduler only when both do.
        raise ValueError(f"{spec!r} restricts both day-of-month and day-of-week; use one of them")
    try:
        return CronTrigger(
            minute=minute,
            hour=hour,
            day=day,
            month=month,
            day_of_week=_crontab_weekdays(weekdays),
            timezone=timezone,
        )
    except ValueError as exc:
        raise ValueError(f"{spec!r} is not a valid crontab: {exc}") from exc


def _time_of_day(text: str) -> dict[str, int]:
    """Hour and minute of an "HH:MM" daily schedule."""
    match = _TIME_OF_DAY.fullmatch(text)
    if match is None:
        raise ValueError(f"{text!r} is not {_FORMS}")
    hour, minute = int(match[1]), int(match[2])
    if hour > 23 or minute > 59:
        raise ValueError(f"{text!r} is not a time of day (00:00 to 23:59)")
    return {"hour": hour, "minute": minute}


def _crontab_weekdays(field: str) -> str:
    """Rewrite a crontab day-of-week field (0/7 = Sunday) as APScheduler weekday names."""
    if field == "*":
        return field
    days: set[int] = set()
    for part in field.split(","):
        base, _, step_text = part.partition("/")
        step = _weekday_step(part, step_text)
        if base == "*":
            first, last = 0, 6
        elif "-" in base:
            start, _, end = base.partition("-")
            first, last = _weekday(start), _weekday(end)
            if last == 0 and first > 0:  # "mon-sun": Sunday closes the week as 7
                last = 7
            if first > last:
                raise ValueError(f"day-of-week range {base!r} runs backwards")
        elif step_text:
            raise ValueError(f"day-of-week step {part!r} needs a range or *")
        else:
            first = last = _weekday(base)
        days.update(day % 7 for day in range(first, last + 1, step))
    return ",".join(_CRON_DAYS[day] for day in sorted(days))


def _weekday_step(part: str, step_text: str) -> int:
    """The step after "/" in a day-of-week item (1 when absent)."""
    if not step_text:
        return 1
    if not step_text.isdigit() or int(step_text) == 0:
        raise ValueError(f"day-of-week step in {part!r} must be a positive number")
    return int(step_text)


def _weekday(token: str) -> int:
    """A crontab weekday number 0-7 (0 and 7 are Sunday) or name, as a number 0-7."""
    name = token.lower()
    if name in _CRON_DAYS:
        return _CRON_DAYS.index(name)
    if name.isdigit() and int(name) <= 7:
        return int(name)
    raise ValueError(f"day-of-week {token!r} is not 0-7 or sun..sat")


class Timer:
    """Calls `on_due(tag)` when a wake-up or a recurring schedule falls due.

    `on_due` runs on the timer's single worker thread, one call at a time; it must only
    enqueue or notify (the caller's loop does the work) and return at once. Its exceptions
    are logged and never stop the timer. Times are kept in UTC; crontab schedules are read
    in `timezone`. One-shot wake-ups and recurring schedules are separate sets of tags.
    """

    def __init__(self, on_due: Callable[[str], None], *, timezone: tzinfo = UTC) -> None:
        self._on_due = on_due
        self._timezone = timezone
        self._lock = threading.Lock()
        self._started = False
        self._stopped = False
        self._scheduler = _SturdyScheduler(
            jobstores={"default": MemoryJobStore()},
            executors={"default": ThreadPoolExecutor(max_workers=1)},
            job_defaults=_JOB_OPTIONS,
            timezone=UTC,
        )

    def start(self) -> None:
        """Start the timer thread; wake-ups and schedules set before start() take effect now."""
        with self._lock:
            if self._stopped:
                raise RuntimeError("a timer that was shut down cannot start again")
            if self._started:
                return
            self._scheduler.add_job(
                _recheck,
                IntervalTrigger(seconds=RECHECK_SECONDS, timezone=UTC),
                id=_RECHECK_ID,
                replace_existing=True,
            )
            self._scheduler.start()
            self._started = True
        log.debug("timer.started")

    def shutdown(self) -> None:
        """Stop the timer without waiting for a running callback; safe to call twice."""
        with self._lock:
            was_running = self._started and not self._stopped
            self._stopped = True
            if was_running:
                self._scheduler.shutdown(wait=False)
        if was_running:
            log.debug("timer.stopped")

    def set_wakeups(self, wakeups: Mapping[str, datetime]) -> None:
        """Replace every one-shot wake-up with `wakeups` (tag -> aware time; past = at once)."""
        wanted = {tag: _as_utc(tag, at) for tag, at in wakeups.items()}
        with self._lock:
            if self._stopped:
                return
            for job in self._scheduler.get_jobs():
                tag = _tag_of(job.id, _WAKEUP_PREFIX)
                if tag is not None and tag not in wanted:
                    self._remove(job.id)
                    log.debug("timer.cancel tag=%s", tag)
            for tag, at in wanted.items():
                self._put(_WAKEUP_PREFIX + tag, tag, DateTrigger(run_date=at, timezone=UTC))
                log.debug("timer.set tag=%s at=%s", tag, at.isoformat())

    def add_cron(self, tag: str, spec: str) -> None:
        """Add or replace a recurring wake-up ("HH:MM" daily, or a crontab line) in our zone."""
        try:
            trigger = _cron_trigger(spec, self._timezone)
        except ValueError as exc:
            raise ConfigError([f"notify.schedule: {exc}"]) from exc
        with self._lock:
            if self._stopped:
                return
            self._put(_CRON_PREFIX + tag, tag, trigger)
        log.debug("timer.set tag=%s at=%s zone=%s", tag, spec.strip(), self._timezone)

    def next_wakeup(self) -> datetime | None:
        """The earliest time anything is due (UTC), or None when nothing is scheduled."""
        now = datetime.now(UTC)
        times: list[datetime] = []
        with self._lock:
            for job in self._scheduler.get_jobs():
                if job.id == _RECHECK_ID:
                    continue
                at = job.trigger.get_next_fire_time(None, now) if job.pending else job.next_run_time
                if at is not None:
                    times.append(at.astimezone(UTC))
        return min(times, default=None)

    def _put(self, job_id: str, tag: str, trigger: Any) -> None:
        """Schedule `_fire(tag)` under `job_id`, replacing a job of the same id."""
        if not self._started:
            # Before start() APScheduler queues jobs in a list that would keep duplicates.
            self._remove(job_id)
        self._scheduler.add_job(
            self._fire, trigger, args=[tag], id=job_id, name=job_id, replace_existing=True
        )

    def _remove(self, job_id: str) -> None:
        """Drop a job; it may just have fired and removed itself, which is fine."""
        with contextlib.suppress(JobLookupError):
            self._scheduler.remove_job(job_id)

    def _fire(self, tag: str) -> None:
        """Hand one wake-up to the caller's callback, shielding the timer from its errors."""
        if self._stopped:
            return
        log.debug("timer.wakeup tag=%s", tag)
        try:
            self._on_due(tag)
        except Exception:
            log.exception("timer.callback_failed tag=%s", tag)


class _SturdyScheduler(BackgroundScheduler):  # type: ignore[misc]
    """BackgroundScheduler whose thread survives a job vanishing under it.

    APScheduler 3.x removes a one-shot job after handing it to the executor; when our
    set_wakeups replaced or dropped that job in the meantime, remove_job raises
    JobLookupError out of _process_jobs and the scheduler thread dies, so no wake-up would
    ever fire again. The job already ran; look again shortly instead.
    """

    _RETRY_SECONDS = 0.1

    def _process_jobs(self) -> float | None:
        try:
            wait: float | None = super()._process_jobs()
        except JobLookupError as exc:
            log.debug("timer.job_vanished error=%s action=look again", exc)
            return self._RETRY_SECONDS
        return wait


def _recheck() -> None:
    """Nothing to do: running at all makes the scheduler re-read the wall clock."""


def _as_utc(tag: str, at: datetime) -> datetime:
    """An aware time in UTC; a naive one is a caller bug, not a local time to guess."""
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"wake-up {tag!r} has a naive datetime {at.isoformat()}")
    return at.astimezone(UTC)


def _tag_of(job_id: str, prefix: str) -> str | None:
    """The caller's tag inside one of our job ids, or None for another kind of job."""
    return job_id[len(prefix) :] if job_id.startswith(prefix) else None
