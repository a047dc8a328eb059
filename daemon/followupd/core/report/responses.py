"""How fast each employer answers: from the application (or the user's last message) to their
next answer, with the median and spread per employer, and who never answered at all.

The clock starts at the application: the user's first message, or the system's
acknowledgment when the user applied on a website. Each message of the user restarts it (the
wait is for *that* message), and the employer's next answer (see `facts`) stops it. An
answer while the clock is stopped (a second message from them) is not a response time. A
first message from the employer (they reached out) starts nothing.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from followupd.core.report.facts import (
    AppFacts,
    Parties,
    classification,
    dated,
    state_words,
)


@dataclass(frozen=True, slots=True)
class Wait:
    """One wait for the employer: from `since` to their answer at `answered`."""

    application_id: str
    employer: str
    since: datetime
    answered: datetime
    from_you: bool  # since the user's message (False: since an acknowledgment)

    @property
    def duration(self) -> timedelta:
        """How long the wait lasted."""
        return self.answered - self.since


@dataclass(frozen=True, slots=True)
class EmployerTimes:
    """One employer's waits: how many, the median, and the spread (lowest, quartiles, highest).

    With a single wait every figure is that wait.
    """

    employer: str
    count: int
    median: timedelta
    low: timedelta
    q1: timedelta
    q3: timedelta
    high: timedelta
    waits: tuple[timedelta, ...]


@dataclass(frozen=True, slots=True)
class Unanswered:
    """An application the employer never answered, and how long it has been."""

    application_id: str
    employer: str
    role: str
    since: datetime
    waited: timedelta
    state: str


@dataclass(frozen=True, slots=True)
class ResponseTimes:
    """Every wait, per employer (fastest median first), overall median, the never-answered."""

    waits: tuple[Wait, ...]
    employers: tuple[EmployerTimes, ...]
    never: tuple[Unanswered, ...]
    median: timedelta | None


def waits_of(facts: AppFacts, parties: Parties) -> list[Wait]:
    """The waits of one application, oldest first."""
    view = facts.view
    clock: datetime | None = None
    from_you = False
    waits: list[Wait] = []
    for index, (at, msg) in enumerate(dated(view)):
        c = classification(view, msg)
        if parties.outbound(msg):
            clock, from_you = at, True
        elif parties.answer(msg, c):
            if clock is not None:
                waits.append(Wait(view.app.id, facts.employer, clock, at, from_you))
            clock = None
        elif index == 0:
            clock, from_you = at, False  # applied on their site: the system confirms it
    return waits


def _timedelta(seconds: float) -> timedelta:
    return timedelta(seconds=round(seconds))


def employer_times(employer: str, waits: Sequence[timedelta]) -> EmployerTimes:
    """The median and spread of one employer's waits (at least one)."""
    ordered = sorted(waits)
    seconds = [w.total_seconds() for w in ordered]
    if len(seconds) >= 2:
        q1, _, q3 = statistics.quantiles(seconds, n=4, method="inclusive")
    else:
        q1 = q3 = seconds[0]
    return EmployerTimes(
        employer=employer,
        count=len(ordered),
        median=_timedelta(statistics.median(seconds)),
        low=ordered[0],
        q1=_timedelta(q1),
        q3=_timedelta(q3),
        high=ordered[-1],
        waits=tuple(ordered),
    )


def response_times(facts: Sequence[AppFacts], parties: Parties, now: datetime) -> ResponseTimes:
    """Waits, per-employer figures and the never-answered of these applications at `now`."""
    waits = [w for f in facts for w in waits_of(f, parties)]
    by_employer: dict[str, list[timedelta]] = {}
    for wait in waits:
        by_employer.setdefault(wait.employer, []).append(wait.duration)
    employers = sorted(
        (employer_times(name, durations) for name, durations in by_employer.items()),
        key=lambda e: (e.median, e.employer.casefold()),
    )
    never = sorted(
        (
            Unanswered(
                f.application_id,
                f.employer,
                f.role,
                f.applied_at,
                now - f.applied_at,
                state_words(f.view),
            )
            for f in facts
            if f.answered_at is None and f.applied_at is not None
        ),
        key=lambda u: (-u.waited, u.employer.casefold()),
    )
    seconds = [w.duration.total_seconds() for w in waits]
    return ResponseTimes(
        waits=tuple(sorted(waits, key=lambda w: (w.answered, w.application_id))),
        employers=tuple(employers),
        never=tuple(never),
        median=_timedelta(statistics.median(seconds)) if seconds else None,
    )
