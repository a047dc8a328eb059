"""From mail to plans in one call: the user's corrections (ignore, track, expect) and the
ledger's follow-ups, which decide when an application has moved on."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from mailfactory import ME, mail

from followupd.adapters.lexicon_files import load_senders
from followupd.config.types import PolicyConfig, ScheduleConfig
from followupd.core.plan.evaluate import ApplicationView, Context, Corrections, evaluate
from followupd.core.plan.planner import PastAction, PlanHistory
from followupd.core.plan.threads import message_key
from followupd.model import (
    ActionKind,
    Classification,
    Contact,
    Interview,
    Label,
    Message,
    State,
)

BERLIN = ZoneInfo("Europe/Berlin")
SCHEDULE = ScheduleConfig(timezone="Europe/Berlin", holiday_country="DE", holiday_subdivision="BE")
JANE = Contact("Jane Roe", "jane@acme.example", "contact")
SLOT = datetime(2026, 11, 5, 14, tzinfo=BERLIN)  # Thursday
INTERVIEW = Interview(SLOT, SLOT + timedelta(hours=1), "ics", 0, uid="slot@ats")
APPLIED = mail("app@example.org", "2026-10-20T09:00", sent=True, subject="Data Engineer")
CONFIRM = mail("conf@acme", "2026-11-02T09:00", subject="Interview confirmed")
THANKS = mail("ty@example.org", "2026-11-05T16:00", sent=True, subject="Re: Interview confirmed")
NEWS = mail("news@acme", "2026-11-02T09:00", subject="Acme newsletter")


def _b(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def _read(label: Label, **extra: object) -> Classification:
    return Classification(label, 0.95, (str(label),), contacts=(JANE,), company="Acme", **extra)  # type: ignore[arg-type]


READINGS = {
    message_key(CONFIRM): _read(Label.CONFIRMATION, interview=INTERVIEW),
    message_key(NEWS): _read(Label.OTHER),
}


def _row(kind: ActionKind, at: datetime, parent: str) -> PastAction:
    """A drafted ledger row; a thank-you's key names its interview's start, as planned."""
    key = f"{kind}:1:{parent}:20261105T1300Z" if kind is ActionKind.THANK_YOU else f"{kind}:{at}"
    return PastAction(key, kind, "drafted", at, parent, (JANE.email,), "any")


def _one(
    messages: tuple[Message, ...],
    now: datetime,
    *,
    corrections: Corrections | None = None,
    history: tuple[PastAction, ...] = (),
) -> ApplicationView:
    context = Context(PolicyConfig(), SCHEDULE, PlanHistory(history), (ME.email,), load_senders())
    (view,) = evaluate(messages, READINGS, context=context, now=now, corrections=corrections)
    return view


def test_an_ignored_application_is_no_application_and_says_why() -> None:
    ignored = Corrections(ignored=frozenset({message_key(CONFIRM)}))
    view = _one((APPLIED, CONFIRM), _b(2026, 11, 5, 17), corrections=ignored)
    assert not view.recruiting
    assert view.plan.actions == ()
    assert view.plan.notes == ("ignored by you (followupd ignore): nothing is drafted",)


def test_a_tracked_thread_becomes_an_application_waiting_for_the_employer() -> None:
    tracked = Corrections(tracked=frozenset({"<news@acme>"}))
    view = _one((NEWS,), _b(2026, 11, 3, 10), corrections=tracked)
    assert view.recruiting
    assert (view.state.state, view.state.since) == (State.AWAITING_REPLY, NEWS.date)
    assert view.state.evidence[-1] == "tracked by you (followupd track): an application"


def test_a_decision_date_the_user_expects_sets_the_status_check() -> None:
    expect = Corrections(expected={message_key(CONFIRM): date(2026, 11, 20)})  # a Friday
    history = (_row(ActionKind.THANK_YOU, _b(2026, 11, 5, 16), "<conf@acme>"),)
    view = _one((APPLIED, CONFIRM), _b(2026, 11, 6, 10), corrections=expect, history=history)
    assert view.state.promised_by == date(2026, 11, 20)
    assert [(a.kind, a.due) for a in view.plan.actions] == [
        (ActionKind.STATUS_CHECK, _b(2026, 11, 24, 9, 30))  # two business days later
    ]


def test_a_drafted_thank_you_is_no_follow_up_so_silence_brings_a_status_check() -> None:
    history = (_row(ActionKind.THANK_YOU, _b(2026, 11, 5, 15, 30), "<conf@acme>"),)
    view = _one((APPLIED, CONFIRM, THANKS), _b(2026, 11, 27, 10), history=history)
    assert view.state.state is State.SILENT
    assert [a.kind for a in view.plan.actions] == [ActionKind.STATUS_CHECK]


def test_follow_ups_sent_and_three_weeks_of_silence_mean_moved_on() -> None:
    check = mail("sc@example.org", "2026-11-12T09:30", sent=True, subject="Re: Interview")
    nudge = mail("fu@example.org", "2026-11-19T09:30", sent=True, subject="Re: Interview")
    history = (
        _row(ActionKind.STATUS_CHECK, _b(2026, 11, 12, 9, 30), "<conf@acme>"),
        _row(ActionKind.FOLLOWUP, _b(2026, 11, 19, 9, 30), "<conf@acme>"),
    )
    messages = (APPLIED, CONFIRM, THANKS, check, nudge)
    view = _one(messages, _b(2026, 12, 11, 10), history=history)
    assert view.state.state is State.MOVED_ON
    assert view.plan.actions == ()
