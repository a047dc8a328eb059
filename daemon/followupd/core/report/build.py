"""The whole report at a moment: every figure the page shows, computed from values alone."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from followupd.core.plan.evaluate import ApplicationView
from followupd.core.report.attention import (
    OpenQuestion,
    Unsure,
    WaitingDraft,
    open_questions,
    unsure,
    waiting_drafts,
)
from followupd.core.report.facts import AppFacts, LedgerEntry, Parties, facts_of
from followupd.core.report.funnel import Funnel, Week, funnel, weekly
from followupd.core.report.responses import ResponseTimes, response_times
from followupd.core.report.timeline import TimelineRow, timeline


@dataclass(frozen=True, slots=True)
class Report:
    """Where the search stands at `now`."""

    now: datetime
    funnel: Funnel
    weeks: tuple[Week, ...]
    responses: ResponseTimes
    timeline: tuple[TimelineRow, ...]
    waiting: tuple[WaitingDraft, ...]
    questions: tuple[OpenQuestion, ...]
    unsure: tuple[Unsure, ...]


def applications(views: Sequence[ApplicationView], parties: Parties) -> list[AppFacts]:
    """The milestones of every application among `views` (mail that is not one is left out)."""
    return [facts_of(v, parties) for v in views if v.recruiting]


def build_report(
    views: Sequence[ApplicationView],
    ledger: Sequence[LedgerEntry],
    *,
    parties: Parties,
    now: datetime,
    zone: tzinfo,
) -> Report:
    """The report of these applications and ledger rows at `now` (weeks in `zone`)."""
    facts = applications(views, parties)
    return Report(
        now=now,
        funnel=funnel(facts),
        weeks=weekly(facts, now=now, zone=zone),
        responses=response_times(facts, parties, now),
        timeline=timeline(facts, ledger, parties),
        waiting=waiting_drafts(facts, ledger, parties),
        questions=open_questions(facts),
        unsure=unsure(facts),
    )
