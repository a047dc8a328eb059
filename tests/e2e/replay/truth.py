"""The ground truth of each replay, from the expected drafts written next to the story.

From the first mail: every expected draft whose window opens before the story ends.

Installed mid-search (DESIGN.md's last row, and "First run and downtime"): an expected draft
whose window opens at or after the install moment stays, unless its application looked
abandoned at install (last message older than 21 days, no interview or promised date in
those 21 days or later) and nothing new arrived since. One whose window opened before the
install moment is kept only when, at install, it is still wanted and not expired: the
application is open, the draft's kind has not expired (invitation, confirmation and general
replies and thank-yous 3 days after falling due, rejection replies 14 days; status checks and
follow-ups never while the silence lasts), the user had not sent it themselves, nothing else
happened in the application since it fell due, and the application is not abandoned. Such a
draft is due at the first pass: its window ends at noon on the next working day ("drafted at
the next working morning, once"). Everything else is missed, not drafted.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta

from replay.clock import EXPIRY_DAYS, ZONE, Window, next_working_noon
from replay.plot import Employer, Expected, Plot
from replay.story import END, HISTORY_DAYS


def from_start(plot: Plot) -> list[Expected]:
    """Replay 1: the expected drafts that fall inside the story."""
    return [x for x in plot.expected() if x.window.earliest <= END]


def abandoned(employer: Employer, install: datetime) -> bool:
    """At install: the last message is older than 21 days, with no interview or promised
    date in those 21 days or later."""
    horizon = install - timedelta(days=HISTORY_DAYS)
    before = [e.at for e in employer.events if e.at <= install]
    if not before or max(before) >= horizon:
        return False
    if any(start >= horizon for start in employer.interviews):
        return False
    return not any(
        datetime.combine(day, time(23, 59), tzinfo=ZONE) >= horizon for day in employer.promised
    )


def _why_dropped(want: Expected, employer: Employer, install: datetime) -> str | None:
    """Why an expected draft is not expected when followupd is installed at `install`."""
    if want.window.earliest >= install:
        revived = any(install <= e.at <= want.window.earliest for e in employer.events)
        if abandoned(employer, install) and not revived:
            return "the application looked abandoned at install and nothing new came"
        return None
    closed = employer.closed_at()
    if closed is not None and closed <= install and want.kind != "rejection_reply":
        return "the application was closed before install"
    days = EXPIRY_DAYS.get(want.kind)
    if days is not None and want.window.earliest + timedelta(days=days) < install:
        return f"expired ({days} days after falling due) before install"
    if want.send_at is not None and want.send_at <= install:
        return "the user had written it themselves before install"
    since = [e.label for e in employer.events if want.window.earliest < e.at <= install]
    if since:
        return f"the conversation moved on before install ({since[0]})"
    if abandoned(employer, install):
        return "older than 21 days at install"
    return None


def installed(plot: Plot, install: datetime) -> tuple[list[Expected], dict[str, str]]:
    """Replay 2: the expected drafts, and the reason each dropped one is not expected."""
    kept: list[Expected] = []
    dropped: dict[str, str] = {}
    for want in from_start(plot):
        employer = plot.employers[want.employer]
        reason = _why_dropped(want, employer, install)
        if reason is not None:
            dropped[want.id] = reason
        elif want.window.earliest < install:
            latest = max(want.window.latest, next_working_noon(install))
            kept.append(replace(want, window=Window(want.window.earliest, latest)))
        else:
            kept.append(want)
    return kept, dropped
