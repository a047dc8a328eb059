"""The report and the calendar feed, built from the local state on demand or after each pass.

Both read what `status` reads (applications at a moment, and the actions ledger) and write
nothing to the state; the files are replaced atomically (`adapters.files`). After a pass a
failure to write them is logged and the pass goes on: they are views, not the daemon's work.
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

from followupd.adapters.files import write_atomically
from followupd.adapters.store import Store
from followupd.calendar_feed import previous_revisions, render_feed
from followupd.config import Config
from followupd.core.agenda.feed import feed_events
from followupd.core.agenda.revisions import settle
from followupd.report_data import Snapshot, report_of, snapshot
from followupd.report_page import render_report

log = logging.getLogger(__name__)

# Watchers of several accounts finish passes on their own threads; one writer at a time.
_WRITING = threading.Lock()


def report_html(config: Config, snap: Snapshot) -> bytes:
    """The report page."""
    return render_report(report_of(config, snap), zone=config.schedule.zone).encode("utf-8")


def calendar_ics(config: Config, snap: Snapshot, previous: Path | None) -> bytes:
    """The calendar feed; `previous` (the feed written last time) keeps unchanged events as
    they were, SEQUENCE and DTSTAMP included."""
    length = timedelta(minutes=config.policy.default_interview_minutes)
    events = feed_events(snap.views, zone=config.schedule.zone, interview_length=length)
    before = previous_revisions(previous) if previous is not None else {}
    return render_feed(settle(events, before, snap.now))


def write_report(config: Config, snap: Snapshot, path: Path) -> int:
    """Write the report to `path`; the number of bytes."""
    started = time.monotonic()
    data = report_html(config, snap)
    write_atomically(path, data)
    took = time.monotonic() - started
    apps = sum(v.recruiting for v in snap.views)
    log.info(
        "publish.report path=%s bytes=%d applications=%d seconds=%.2f", path, len(data), apps, took
    )
    return len(data)


def write_calendar(config: Config, snap: Snapshot, path: Path) -> int:
    """Write the calendar feed to `path`, revising the feed already there; the number of bytes."""
    data = calendar_ics(config, snap, path)
    write_atomically(path, data)
    log.info("publish.calendar path=%s bytes=%d", path, len(data))
    return len(data)


def publish(config: Config, store: Store, now: datetime) -> None:
    """After a pass: rewrite the files [report] and [calendar] name; never raises."""
    report, calendar = config.report.path, config.calendar.path
    if report is None and calendar is None:
        return
    with _WRITING:
        try:
            snap = snapshot(config, store, now)
        except Exception:  # a view failing must not fail the pass that just succeeded
            log.exception("publish.failed what=snapshot")
            return
        for what, path, write in (
            ("report", report, write_report),
            ("calendar", calendar, write_calendar),
        ):
            if path is None:
                continue
            try:
                write(config, snap, path)
            except OSError as exc:
                error = exc.strerror or exc
                log.error("publish.failed what=%s path=%s error=%s", what, path, error)
            except Exception:
                log.exception("publish.failed what=%s path=%s", what, path)
