"""The funnel: how many applications reached each stage, how many ended how, week by week.

Stages: applied (every application), answered (the employer answered at least once, see
`facts`), interviewed (an interview held or booked that was not cancelled), then the
outcomes offer, declined, silent and moved on (which counts a withdrawal too). Shares are of
all applications. The weekly series counts events, so silence (the absence of one) has none.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from types import MappingProxyType

from followupd.core.report.facts import AppFacts, Outcome

STAGES: tuple[str, ...] = (
    "applied",
    "answered",
    "interviewed",
    "offer",
    "declined",
    "silent",
    "moved on",
)
WEEKLY_STAGES: tuple[str, ...] = tuple(s for s in STAGES if s != "silent")
_WITH_SHARE = frozenset({"answered", "interviewed"})  # the rates a seeker watches
_OUTCOME_STAGES = {
    Outcome.OFFER: "offer",
    Outcome.DECLINED: "declined",
    Outcome.SILENT: "silent",
    Outcome.MOVED_ON: "moved on",
}


@dataclass(frozen=True, slots=True)
class StageCount:
    """How many applications reached a stage, and their share of all applications (0..1)."""

    stage: str
    count: int
    share: float


@dataclass(frozen=True, slots=True)
class Funnel:
    """Every stage's count, plus the applications still in progress (no outcome yet)."""

    stages: tuple[StageCount, ...]
    in_progress: int

    def count(self, stage: str) -> int:
        """The count of `stage` (KeyError for a stage that does not exist)."""
        for item in self.stages:
            if item.stage == stage:
                return item.count
        raise KeyError(stage)

    @property
    def applied(self) -> int:
        """How many applications there are."""
        return self.count("applied")


def moment(facts: AppFacts, stage: str) -> datetime | None:
    """When the application reached `stage`; None when it did not (or no date is known)."""
    if stage == "applied":
        return facts.applied_at
    if stage == "answered":
        return facts.answered_at
    if stage == "interviewed":
        return facts.interviewed_at
    return facts.outcome_at if _OUTCOME_STAGES.get(facts.outcome) == stage else None


def reached(facts: AppFacts, stage: str) -> bool:
    """Whether the application reached `stage`, dated or not."""
    if stage == "applied":
        return True
    if stage in {"answered", "interviewed"}:
        return moment(facts, stage) is not None
    return _OUTCOME_STAGES.get(facts.outcome) == stage


def funnel(facts: Sequence[AppFacts]) -> Funnel:
    """The funnel of these applications."""
    total = len(facts)
    stages = tuple(
        StageCount(stage, n, n / total if total else 0.0)
        for stage in STAGES
        for n in [sum(reached(f, stage) for f in facts)]
    )
    return Funnel(stages, sum(f.outcome is Outcome.IN_PROGRESS for f in facts))


def summary_line(result: Funnel) -> str:
    """The funnel in one line, as `status` prints it above its table."""
    total = result.applied
    if total == 0:
        return "No applications yet."
    noun = "application" if total == 1 else "applications"
    parts = [
        f"{s.count} {s.stage} ({s.share:.0%})" if s.stage in _WITH_SHARE else f"{s.count} {s.stage}"
        for s in result.stages
        if s.stage != "applied"
    ]
    return f"{total} {noun}: {', '.join(parts)}; {result.in_progress} in progress"


@dataclass(frozen=True, slots=True)
class Week:
    """One week (Monday to Sunday in the user's zone): the stages reached in it, and in total
    by its end."""

    start: date
    new: Mapping[str, int]
    total: Mapping[str, int]


def week_of(moment_: datetime, zone: tzinfo) -> date:
    """The Monday of the week `moment_` falls in, in `zone`."""
    day = moment_.astimezone(zone).date()
    return day - timedelta(days=day.weekday())


def weekly(facts: Sequence[AppFacts], *, now: datetime, zone: tzinfo) -> tuple[Week, ...]:
    """Week by week from the first application to `now`'s week; events after `now` wait."""
    events: list[tuple[date, str]] = [
        (week_of(at, zone), stage)
        for f in facts
        for stage in WEEKLY_STAGES
        if (at := moment(f, stage)) is not None and at <= now
    ]
    if not events:
        return ()
    counted = Counter(events)
    first, last = min(d for d, _ in events), week_of(now, zone)
    weeks: list[Week] = []
    running = dict.fromkeys(WEEKLY_STAGES, 0)
    start = first
    while start <= last:
        new = {stage: counted[(start, stage)] for stage in WEEKLY_STAGES}
        running = {s: running[s] + new[s] for s in WEEKLY_STAGES}
        weeks.append(Week(start, MappingProxyType(new), MappingProxyType(dict(running))))
        start += timedelta(days=7)
    return tuple(weeks)
