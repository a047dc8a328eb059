"""Rules of the policy and the planner that the mutation run found unpinned: switches, a
decline nobody can read, a user's answer filed outside Sent, auto-replies, a draft made under
an earlier key, the user's silence between two interviews, questions after a withdrawal."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from mailfactory import ME, mail

from followupd.adapters.lexicon_files import load_senders
from followupd.config.types import PolicyConfig, ScheduleConfig
from followupd.core.plan.planner import PastAction
from followupd.core.plan.policy import Plan, PlanHistory, plan
from followupd.core.plan.threads import message_key
from followupd.model import (
    ActionKind,
    Address,
    Application,
    ApplicationState,
    Classification,
    Contact,
    Interview,
    Label,
    Message,
    Request,
    State,
    Thread,
)

BERLIN = ZoneInfo("Europe/Berlin")
SCHEDULE = ScheduleConfig(timezone="Europe/Berlin", holiday_country="DE", holiday_subdivision="BE")
SENDERS = load_senders()
JANE = Address("Jane Roe", "jane@acme.example")
SLOT = datetime(2026, 11, 5, 14, tzinfo=BERLIN)  # Thursday
INTERVIEW = Interview(SLOT, SLOT + timedelta(hours=1), "ics", 0, uid="slot@ats")
APPLIED = mail("app@example.org", "2026-10-20T09:00", sent=True, subject="Application")
INVITE = mail("inv@acme", "2026-10-28T09:00", subject="Interview invitation")
CONFIRM = mail("conf@acme", "2026-11-02T09:00", subject="Interview confirmed")


def _b(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def _state(state: State, since: datetime | None, **extra: object) -> ApplicationState:
    fields: dict[str, object] = {"contacts": (Contact(JANE.name, JANE.email, "contact"),)}
    fields.update(extra)
    return ApplicationState("a1", state, since, ("test",), company="Acme", **fields)  # type: ignore[arg-type]


def _plan(
    state: ApplicationState,
    messages: tuple[Message, ...],
    now: datetime,
    *,
    policy: PolicyConfig | None = None,
    history: PlanHistory | None = None,
    labels: dict[Message, Classification] | None = None,
    installed: datetime | None = None,
) -> Plan:
    """`state` planned at `now`; inbound messages read as Jane's unless `labels` says more."""
    jane = (Contact(JANE.name, JANE.email, "contact"),)
    readings = {
        message_key(m): (labels or {}).get(m)
        or Classification(Label.STATUS_UPDATE, 0.9, (), contacts=jane)
        for m in messages
        if m.role.value != "sent"
    }
    return plan(
        state,
        Application("a1", "org:acme.example", (Thread("t1", messages),), messages),
        policy=policy or PolicyConfig(),
        schedule=SCHEDULE,
        history=history or PlanHistory(),
        now=now,
        own_addresses=(ME.email,),
        senders=SENDERS,
        classifications=readings,
        installed=installed,
    )


def _kinds(result: Plan) -> list[ActionKind]:
    return [a.kind for a in result.actions]


def test_a_confirmation_reply_switched_off_is_not_drafted() -> None:
    asks = Classification(Label.CONFIRMATION, 0.9, (), asks_confirmation=True, interview=INTERVIEW)
    state = _state(State.SCHEDULED, CONFIRM.date, interview=INTERVIEW, interviews=(INTERVIEW,))
    off = PolicyConfig().with_switches(confirmation_reply=False)
    result = _plan(
        state, (INVITE, CONFIRM), _b(2026, 11, 2, 11), policy=off, labels={CONFIRM: asks}
    )
    assert _kinds(result) == [ActionKind.THANK_YOU]
    assert "confirmation_reply switched off" in result.notes


def test_a_rejection_whose_message_is_unknown_drafts_nothing() -> None:
    state = _state(State.REJECTED, _b(2026, 11, 13, 15))  # no message arrived at that moment
    result = _plan(state, (INVITE,), _b(2026, 11, 16, 10))
    assert result.actions == ()
    assert "rejected, but the rejection message is unknown: nothing to draft" in result.notes


def test_an_interview_inside_the_history_window_keeps_old_mail_alive() -> None:
    """Mail older than the history window, but the interview it set is recent: not dormant."""
    old = mail("conf@acme", "2026-10-01T09:00", subject="Interview confirmed")
    state = _state(State.INTERVIEWED, INTERVIEW.end, interview=INTERVIEW, interviews=(INTERVIEW,))
    result = _plan(state, (old,), _b(2026, 11, 6, 10), installed=_b(2026, 11, 6, 9))
    assert not result.dormant
    assert ActionKind.THANK_YOU in _kinds(result)


def test_a_promise_inside_the_history_window_keeps_old_mail_alive() -> None:
    ack = mail("ack@acme", "2026-09-01T09:00", subject="We received your application")
    state = _state(
        State.AWAITING_REPLY, ack.date, promised_by=date(2026, 11, 13), promise_from_person=True
    )
    result = _plan(state, (ack,), _b(2026, 11, 6, 10), installed=_b(2026, 11, 6, 9))
    assert not result.dormant
    assert _kinds(result) == [ActionKind.STATUS_CHECK]


def _asked(at: Message) -> Request:
    return Request(at.message_id, message_key(at), at.date or SLOT, ("your availability",))


def test_after_a_withdrawal_a_question_gets_no_reply_draft() -> None:
    ask = mail("q@acme", "2026-11-10T09:00", subject="Are you still available?")
    state = _state(State.WITHDRAWN, ask.date, open_request=_asked(ask))
    result = _plan(state, (CONFIRM, ask), _b(2026, 11, 10, 10))
    assert result.actions == ()


def test_after_moving_on_a_question_from_a_person_still_gets_a_reply() -> None:
    ask = mail("q@acme", "2026-11-10T09:00", subject="Are you still available?")
    state = _state(State.MOVED_ON, ask.date, open_request=_asked(ask))
    result = _plan(state, (CONFIRM, ask), _b(2026, 11, 10, 10))
    assert [(a.kind, a.reply_to_message_id, a.to) for a in result.actions] == [
        (ActionKind.REPLY, "<q@acme>", (JANE,))
    ]


def test_the_users_answer_filed_outside_sent_counts_as_theirs() -> None:
    """A copy of the user's own check-in in INBOX (a Bcc to self, Gmail's All Mail) is still
    theirs: it uses the status-check slot, and the follow-up comes two weeks later."""
    check_in = dataclasses.replace(
        mail("ans@example.org", "2026-11-09T11:00", subject="Re: Interview confirmed"),
        from_=(ME,),
        to=(JANE,),
    )
    state = _state(State.SILENT, INTERVIEW.end, interview=INTERVIEW, interviews=(INTERVIEW,))
    drafted = PastAction(
        "ty", ActionKind.THANK_YOU, "drafted", _b(2026, 11, 5, 16), "<conf@acme>", (), "a1"
    )
    history = PlanHistory((drafted,))
    alone = _plan(state, (CONFIRM,), _b(2026, 11, 10, 10), history=history)
    assert [(a.kind, a.due) for a in alone.actions] == [
        (ActionKind.STATUS_CHECK, _b(2026, 11, 12, 9, 30))
    ]
    result = _plan(state, (CONFIRM, check_in), _b(2026, 11, 10, 10), history=history)
    assert [(a.kind, a.due) for a in result.actions] == [
        (ActionKind.FOLLOWUP, _b(2026, 11, 23, 9, 30))
    ]
    assert any("written by you 2026-11-09" in note for note in result.notes)


def test_an_out_of_office_reply_does_not_restart_the_silence() -> None:
    away = mail("ooo@acme", "2026-11-09T09:00", subject="Automatic reply: Thank you")
    ooo = Classification(Label.OTHER, 0.9, (), auto_reply=True)
    state = _state(State.SILENT, INTERVIEW.end, interview=INTERVIEW, interviews=(INTERVIEW,))
    drafted = PastAction(
        "ty", ActionKind.THANK_YOU, "drafted", _b(2026, 11, 5, 16), "<conf@acme>", (), "a1"
    )
    result = _plan(
        state,
        (CONFIRM, away),
        _b(2026, 11, 10, 10),
        history=PlanHistory((drafted,)),
        labels={away: ooo},
    )
    assert [(a.kind, a.due) for a in result.actions] == [
        (ActionKind.STATUS_CHECK, _b(2026, 11, 12, 9, 30))
    ]


def test_an_answer_drafted_under_an_earlier_key_is_not_drafted_again() -> None:
    """The ledger row of an earlier version (or grouping) names the same message and person
    under another key: that purpose is done."""
    state = _state(State.INVITED, INVITE.date)
    earlier = PastAction(
        "invitation_reply:old-scheme",
        ActionKind.INVITATION_REPLY,
        "drafted",
        _b(2026, 10, 28, 10),
        "<inv@acme>",
        (JANE.email,),
        "old-application-id",
    )
    history = PlanHistory((earlier,))
    result = _plan(state, (APPLIED, INVITE), _b(2026, 10, 28, 11), history=history)
    assert result.actions == ()
    assert "invitation_reply drafted 2026-10-28 10:00 CET" in result.notes


def test_a_draft_delayed_for_an_absence_keeps_its_full_time_to_expire() -> None:
    state = _state(State.INVITED, INVITE.date, away=((JANE.email, date(2026, 11, 2)),))
    (reply,) = _plan(state, (APPLIED, INVITE), _b(2026, 10, 28, 10, 5)).actions
    assert reply.due == _b(2026, 11, 2, 9, 0)
    assert reply.expires == reply.due + timedelta(days=3)


def test_writing_after_the_second_interview_does_not_cancel_the_first_thank_you() -> None:
    """The user wrote after the second interview, not between the two: the first one's
    thank-you is still owed."""
    second = Interview(_b(2026, 11, 6, 10), _b(2026, 11, 6, 11), "ics", 0, uid="round2@ats")
    wrote = mail("w@example.org", "2026-11-06T11:30", sent=True)
    state = _state(State.INTERVIEWED, second.end, interview=second, interviews=(INTERVIEW, second))
    result = _plan(state, (CONFIRM, wrote), _b(2026, 11, 6, 13))
    thanks = [a for a in result.actions if a.kind is ActionKind.THANK_YOU]
    assert [a.due for a in thanks] == [_b(2026, 11, 5, 16)]


def test_each_session_of_a_day_is_thanked_under_its_own_invitation() -> None:
    """Two calendar invitations for one day (10:00 with Elena, 11:00 with the design panel):
    the first thank-you answers the first invitation, not the latest message."""
    jane = (Contact(JANE.name, JANE.email, "contact"),)
    first = Interview(SLOT, SLOT + timedelta(minutes=45), "ics", 0, uid="elena@ats")
    later = SLOT + timedelta(hours=1)
    second = Interview(later, later + timedelta(minutes=90), "ics", 0, uid="design@ats")
    one = mail("one@acme", "2026-11-02T09:42", subject="Invitation: Final round")
    two = mail("two@acme", "2026-11-02T09:43", subject="Invitation: System design")
    labels = {
        one: Classification(Label.CONFIRMATION, 0.95, (), interview=first, contacts=jane),
        two: Classification(Label.CONFIRMATION, 0.95, (), interview=second, contacts=jane),
    }
    state = _state(State.SCHEDULED, two.date, interview=second, interviews=(first, second))
    result = _plan(state, (APPLIED, one, two), _b(2026, 11, 5, 17), labels=labels)
    thanks = [(a.due, a.reply_to_message_id) for a in result.actions]
    assert thanks == [
        (_b(2026, 11, 5, 15, 45), "<one@acme>"),
        (_b(2026, 11, 6, 9), "<two@acme>"),
    ]
