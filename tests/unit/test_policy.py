"""The default policy table, row by row, with an injected `now` and the actions history."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from mailfactory import ME, RECRUITER, mail

from followupd.adapters.lexicon_files import load_senders
from followupd.config.types import PolicyConfig, ScheduleConfig
from followupd.core.plan.lifecycle import derive_state
from followupd.core.plan.planner import PastAction, PastStatus
from followupd.core.plan.policy import Plan, PlanHistory, plan
from followupd.core.plan.threads import message_key
from followupd.model import (
    Action,
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
SLOT = datetime(2026, 11, 5, 14, tzinfo=BERLIN)  # Thursday
INTERVIEW = Interview(SLOT, SLOT + timedelta(hours=1), "ics", 0, uid="slot@ats")
JANE = Contact("Jane Roe", "jane@acme.example", "contact")
OWN = ("sam@example.org",)
SENDERS = load_senders()
APPLIED = mail("app@example.org", "2026-10-20T09:00", sent=True, subject="Application")
INVITE = mail("inv@acme", "2026-10-28T09:00", subject="Interview invitation")
CONFIRM = mail("conf@acme", "2026-11-02T09:00", subject="Interview confirmed")
THANKS = mail("ty@example.org", "2026-11-05T18:00", sent=True)


def _b(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def _state(state: State, since: datetime | None, **extra: object) -> ApplicationState:
    fields: dict[str, object] = {"contacts": (JANE,), "company": "Acme"}
    fields.update(extra)
    if "interview" in fields and "interviews" not in fields:
        given = fields["interview"]
        fields["interviews"] = (given,) if given is not None else ()
    return ApplicationState("a1", state, since, ("test",), **fields)  # type: ignore[arg-type]


def _app(messages: tuple[Message, ...]) -> Application:
    return Application("a1", "org:acme.example", (Thread("t1", messages),), messages)


def _as_the_classifier_would(msg: Message) -> Classification:
    """A plain reading of an inbound message: its sender is the contact unless nobody reads
    that address (what the classifier's people reading does)."""
    sender = msg.reply_to[0] if msg.reply_to else msg.sender
    person = sender is not None and not SENDERS.is_no_reply(sender)
    contacts = (Contact(sender.name, sender.email, "contact"),) if person and sender else ()
    return Classification(Label.STATUS_UPDATE, 0.9, (), contacts=contacts)


def _plan(
    state: ApplicationState,
    messages: tuple[Message, ...],
    now: datetime,
    *,
    history: PlanHistory | None = None,
    policy: PolicyConfig | None = None,
    schedule: ScheduleConfig = SCHEDULE,
    labels: dict[Message, Classification] | None = None,
    installed: datetime | None = None,
) -> Plan:
    given = labels or {}
    classified = {
        message_key(m): given.get(m) or _as_the_classifier_would(m)
        for m in messages
        if m in given or m.role.value != "sent"
    }
    return plan(
        state,
        _app(messages),
        policy=policy or PolicyConfig(),
        schedule=schedule,
        history=history or PlanHistory(),
        now=now,
        own_addresses=OWN,
        senders=SENDERS,
        classifications=classified,
        installed=installed,
    )


def _kinds(result: Plan) -> list[ActionKind]:
    return [a.kind for a in result.actions]


def _after_interview(state: State = State.INTERVIEWED, **extra: object) -> ApplicationState:
    fields: dict[str, object] = {"interview": INTERVIEW, **extra}
    return _state(state, SLOT + timedelta(hours=1), **fields)


def _past(action: Action, at: datetime, status: PastStatus = "drafted") -> PastAction:
    """A ledger row for `action` as the store reads it back."""
    return PastAction(
        key=action.key,
        kind=action.kind,
        status=status,
        at=at,
        parent=action.reply_to_message_id,
        to=tuple(a.email for a in action.to),
        application_id=action.application_id,
    )


def _thank_you() -> Action:
    """The thank-you the policy plans after INTERVIEW (as planned the day before)."""
    state = _state(State.SCHEDULED, CONFIRM.date, interview=INTERVIEW)
    (action,) = _plan(state, (CONFIRM,), _b(2026, 11, 4, 12)).actions
    return action


def _ty_drafted(*more: PastAction) -> PlanHistory:
    return PlanHistory((_past(_thank_you(), _b(2026, 11, 5, 16)), *more))


# --- invitation and confirmation: at once


def test_invitation_reply_at_once_to_the_contact() -> None:
    state = _state(State.INVITED, INVITE.date)
    result = _plan(state, (APPLIED, INVITE), _b(2026, 10, 28, 10, 5))
    (action,) = result.actions
    assert action.kind is ActionKind.INVITATION_REPLY
    assert action.key.startswith("invitation_reply:1:")
    assert action.application_id == "a1"
    assert action.due == _b(2026, 10, 28, 10, 0)
    assert action.expires == _b(2026, 10, 31, 10, 0)
    assert action.to == (Address("Jane Roe", "jane@acme.example"),)
    assert action.reply_to_message_id == "<inv@acme>"
    assert "invitation without a fixed time" in action.reason


def test_invitation_on_a_saturday_night_is_due_monday_morning() -> None:
    late = mail("inv@acme", "2026-10-31T22:00")
    result = _plan(_state(State.INVITED, late.date), (APPLIED, late), _b(2026, 10, 31, 23, 30))
    assert result.actions[0].due == _b(2026, 11, 2, 9, 0)


def test_invitation_reply_expires_and_is_missed_once() -> None:
    state = _state(State.INVITED, INVITE.date)
    result = _plan(state, (APPLIED, INVITE), _b(2026, 11, 9, 10))
    assert result.actions == ()
    assert [a.kind for a in result.missed] == [ActionKind.INVITATION_REPLY]
    assert "invitation_reply missed: expired 2026-10-31" in result.notes
    recorded = PlanHistory((_past(result.missed[0], _b(2026, 11, 9, 10), "missed"),))
    again = _plan(state, (APPLIED, INVITE), _b(2026, 11, 9, 10), history=recorded)
    assert again.missed == ()
    assert "invitation_reply missed: expired 2026-10-31" in again.notes


def test_answered_invitation_needs_no_reply() -> None:
    answer = mail("a@example.org", "2026-10-28T11:00", sent=True)
    state = _state(State.INVITED, INVITE.date, last_outbound=answer.date)
    result = _plan(state, (INVITE, answer), _b(2026, 10, 29, 10))
    assert ActionKind.INVITATION_REPLY not in _kinds(result)
    # They now wait on the employer to propose a time: nothing to ask about yet.
    assert result.actions == ()
    assert "waiting for the employer; no interview and no date a person named" in result.notes


def test_confirmation_that_asks_for_a_reply_gets_one_at_once() -> None:
    asks = Classification(Label.CONFIRMATION, 0.9, (), asks_confirmation=True, interview=INTERVIEW)
    state = _state(State.SCHEDULED, CONFIRM.date, interview=INTERVIEW)
    result = _plan(state, (INVITE, CONFIRM), _b(2026, 11, 2, 11), labels={CONFIRM: asks})
    assert _kinds(result) == [ActionKind.CONFIRMATION_REPLY, ActionKind.THANK_YOU]
    assert result.actions[0].due == _b(2026, 11, 2, 10, 0)
    assert result.actions[0].reply_to_message_id == "<conf@acme>"


def test_confirmation_without_the_ask_gets_no_reply() -> None:
    plain = Classification(Label.CONFIRMATION, 0.9, (), interview=INTERVIEW)
    state = _state(State.SCHEDULED, CONFIRM.date, interview=INTERVIEW)
    result = _plan(state, (INVITE, CONFIRM), _b(2026, 11, 2, 11), labels={CONFIRM: plain})
    assert _kinds(result) == [ActionKind.THANK_YOU]


# --- thank-you


def test_thank_you_one_hour_after_the_end() -> None:
    state = _state(State.SCHEDULED, CONFIRM.date, interview=INTERVIEW)
    (action,) = _plan(state, (CONFIRM,), _b(2026, 11, 4, 12)).actions
    assert action.kind is ActionKind.THANK_YOU
    assert action.key.startswith("thank_you:1:") and action.key.endswith(":20261105T1300Z")
    assert action.due == _b(2026, 11, 5, 16, 0)
    assert action.expires == _b(2026, 11, 8, 16, 0)
    assert "interview 2026-11-05 14:00 CET to 15:00 (ics SEQUENCE 0)" in action.reason


def test_thank_you_after_an_evening_interview_waits_for_the_morning() -> None:
    evening = Interview(_b(2026, 11, 5, 16), _b(2026, 11, 5, 17), "text")
    state = _state(State.SCHEDULED, CONFIRM.date, interview=evening)
    (action,) = _plan(state, (CONFIRM,), _b(2026, 11, 4, 12)).actions
    assert action.due == _b(2026, 11, 6, 9, 0)


def test_unknown_end_uses_the_default_length() -> None:
    open_ended = Interview(SLOT, None, "text")
    state = _state(State.SCHEDULED, CONFIRM.date, interview=open_ended)
    policy = PolicyConfig(default_interview_minutes=30, thank_you_delay_hours=2)
    (action,) = _plan(state, (CONFIRM,), _b(2026, 11, 4, 12), policy=policy).actions
    assert action.due == _b(2026, 11, 5, 16, 30)


def test_one_thank_you_per_interviewer() -> None:
    people = (
        Contact("Rita Recruiter", "rita@acme.example", "organizer"),
        Contact("Ann Lead", "ann@acme.example", "interviewer"),
        Contact("Bob Dev", "Bob@Acme.example", "interviewer"),
        Contact("Sam Seeker", "sam@example.org", "interviewer"),
        Contact("Calendar", "calendar-noreply@acme.example", "interviewer"),
    )
    panel = dataclasses.replace(INTERVIEW, interviewers=people)
    vetted = (
        JANE,
        Contact("Ann Lead", "ann@acme.example", "interviewer"),
        Contact("Bob Dev", "bob@acme.example", "interviewer"),
    )
    state = _state(State.SCHEDULED, CONFIRM.date, interview=panel, contacts=vetted)
    result = _plan(state, (CONFIRM,), _b(2026, 11, 4, 12))
    assert [a.to for a in result.actions] == [
        (Address("Ann Lead", "ann@acme.example"),),
        (Address("Bob Dev", "bob@acme.example"),),
    ]
    assert [a.key.rpartition(":")[2] for a in result.actions] == [
        "ann@acme.example",
        "bob@acme.example",
    ]


def test_reschedule_moves_the_thank_you() -> None:
    moved = dataclasses.replace(INTERVIEW, start=_b(2026, 11, 10, 10), end=_b(2026, 11, 10, 11))
    state = _state(State.SCHEDULED, CONFIRM.date, interview=moved)
    (action,) = _plan(state, (CONFIRM,), _b(2026, 11, 4, 12)).actions
    assert action.key.endswith(":20261110T0900Z") and action.key != _thank_you().key
    assert action.due == _b(2026, 11, 10, 12, 0)


def test_cancellation_drops_the_thank_you() -> None:
    cancel = mail("cx@acme", "2026-11-04T09:00")
    verdict = Classification(Label.CANCELLATION, 0.9, ())
    state = _state(State.INVITED, cancel.date)
    result = _plan(state, (CONFIRM, cancel), _b(2026, 11, 5, 17), labels={cancel: verdict})
    assert result.actions == ()
    assert "interview cancelled: waiting for a new time" in result.notes
    cancelled = dataclasses.replace(INTERVIEW, cancelled=True)
    also = _plan(_after_interview(interview=cancelled), (CONFIRM,), _b(2026, 11, 5, 17))
    assert ActionKind.THANK_YOU not in _kinds(also)


def test_no_thank_you_once_the_user_wrote_after_the_interview() -> None:
    state = _after_interview(last_outbound=THANKS.date)
    result = _plan(state, (CONFIRM, THANKS), _b(2026, 11, 5, 20))
    assert ActionKind.THANK_YOU not in _kinds(result)
    assert "you wrote after the interview (2026-11-05): no thank-you draft" in result.notes


def test_thank_you_missed_after_its_expiry() -> None:
    result = _plan(_after_interview(State.SILENT), (CONFIRM,), _b(2026, 11, 9, 10))
    assert [a.kind for a in result.missed] == [ActionKind.THANK_YOU]
    assert "thank_you missed: expired 2026-11-08" in result.notes
    assert _kinds(result) == [ActionKind.STATUS_CHECK]


def test_dismissed_thank_you_is_never_repeated() -> None:
    history = PlanHistory((_past(_thank_you(), _b(2026, 11, 5, 16), "dismissed"),))
    result = _plan(_after_interview(), (CONFIRM,), _b(2026, 11, 6, 10), history=history)
    assert ActionKind.THANK_YOU not in _kinds(result)
    assert "thank_you dismissed by you: not repeated" in result.notes


def test_drafted_thank_you_is_not_planned_again() -> None:
    result = _plan(_after_interview(), (CONFIRM,), _b(2026, 11, 6, 10), history=_ty_drafted())
    assert ActionKind.THANK_YOU not in _kinds(result)
    assert "thank_you drafted 2026-11-05 16:00 CET" in result.notes


# --- silence: status check, follow-ups, moving on


def test_status_check_two_business_days_after_the_promised_date() -> None:
    state = _after_interview(State.AWAITING_REPLY, promised_by=date(2026, 11, 13))  # Friday
    result = _plan(state, (CONFIRM,), _b(2026, 11, 6, 10), history=_ty_drafted())
    (action,) = result.actions
    assert action.kind is ActionKind.STATUS_CHECK
    assert action.due == _b(2026, 11, 17, 9, 30)  # Tuesday
    assert action.expires is None
    assert action.key.startswith("status_check:1:")
    assert "reply promised by 2026-11-13; 2 business days later" in action.reason


def test_status_check_skips_thanksgiving() -> None:
    us = ScheduleConfig(timezone="America/New_York", holiday_country="US")
    state = _after_interview(State.AWAITING_REPLY, promised_by=date(2026, 11, 25))
    result = _plan(state, (CONFIRM,), _b(2026, 11, 6, 10), schedule=us)
    status = next(a for a in result.actions if a.kind is ActionKind.STATUS_CHECK)
    ny = ZoneInfo("America/New_York")
    assert status.due == datetime(2026, 11, 30, 9, 30, tzinfo=ny)


def test_status_check_a_week_after_the_interview_without_a_promise() -> None:
    result = _plan(_after_interview(), (CONFIRM,), _b(2026, 11, 6, 10), history=_ty_drafted())
    (action,) = result.actions
    assert action.due == _b(2026, 11, 12, 9, 30)
    assert "no reply date promised; 7 days after 2026-11-05" in action.reason


def _status_check(at: datetime) -> PastAction:
    state = _after_interview(State.SILENT)
    (sc,) = _plan(state, (CONFIRM,), _b(2026, 11, 6, 10), history=_ty_drafted()).actions
    assert sc.kind is ActionKind.STATUS_CHECK
    return _past(sc, at)


def test_one_status_check_one_follow_up_then_moved_on() -> None:
    """The etiquette: a thank-you, a status check, one purposeful follow-up, then move on."""
    state = _after_interview(State.SILENT)
    history = _ty_drafted(_status_check(_b(2026, 11, 12, 9, 30)))
    (f2,) = _plan(state, (CONFIRM,), _b(2026, 11, 13, 10), history=history).actions
    assert (f2.kind, f2.seq, f2.due) == (ActionKind.FOLLOWUP, 2, _b(2026, 11, 26, 9, 30))
    assert "followup 2 of 2: 14 days after the last one (2026-11-12)" in f2.reason
    history = _ty_drafted(_status_check(_b(2026, 11, 12, 9, 30)), _past(f2, f2.due))
    waiting = _plan(state, (CONFIRM,), _b(2026, 12, 16, 10), history=history)
    assert waiting.actions == ()
    assert "all follow-ups used; moving on after 2026-12-17" in waiting.notes
    done = _plan(state, (CONFIRM,), _b(2026, 12, 17, 10), history=history)
    assert done.actions == () and done.moved_on == _b(2026, 12, 17, 9, 30)
    assert "moved on: no reply 21 days after 2026-11-26" in done.notes


def test_more_follow_ups_every_two_weeks_when_configured() -> None:
    three = PolicyConfig(max_followups=3)
    state = _after_interview(State.SILENT)
    rows = [_status_check(_b(2026, 11, 12, 9, 30))]
    dues = []
    for now in (_b(2026, 11, 13, 10), _b(2026, 11, 27, 10), _b(2026, 12, 11, 10)):
        history = _ty_drafted(*rows)
        (nxt,) = _plan(state, (CONFIRM,), now, history=history, policy=three).actions
        dues.append((nxt.seq, nxt.due))
        rows.append(_past(nxt, nxt.due))
    assert dues == [
        (2, _b(2026, 11, 26, 9, 30)),
        (3, _b(2026, 12, 10, 9, 30)),
        (4, _b(2026, 12, 24, 9, 30)),
    ]
    done = _plan(state, (CONFIRM,), _b(2027, 1, 14, 10), history=_ty_drafted(*rows), policy=three)
    assert done.actions == () and "moved on: no reply 21 days after 2026-12-24" in done.notes


def test_a_follow_up_drafted_under_another_key_still_counts() -> None:
    """After a regrouping (or an upgrade) the round's keys may differ from the ledger's; what
    was drafted for the application since the round began still uses up its slots."""
    state = _after_interview(State.SILENT)
    sc = dataclasses.replace(_status_check(_b(2026, 11, 12, 9, 30)), key="old:status_check:1")
    (nxt,) = _plan(state, (CONFIRM,), _b(2026, 11, 13, 10), history=_ty_drafted(sc)).actions
    assert (nxt.kind, nxt.seq) == (ActionKind.FOLLOWUP, 2)


def test_max_followups_and_switches_are_honoured() -> None:
    state = _after_interview(State.SILENT)
    history = _ty_drafted(_status_check(_b(2026, 11, 12, 9, 30)))
    none = PolicyConfig(max_followups=0)
    result = _plan(state, (CONFIRM,), _b(2026, 11, 13, 10), history=history, policy=none)
    assert result.actions == ()
    no_status = PolicyConfig().with_switches(status_check=False)
    result = _plan(state, (CONFIRM,), _b(2026, 11, 6, 10), policy=no_status, history=_ty_drafted())
    assert [(a.kind, a.seq) for a in result.actions] == [(ActionKind.FOLLOWUP, 1)]
    nothing = PolicyConfig().with_switches(status_check=False, followups=False, thank_you=False)
    result = _plan(state, (CONFIRM,), _b(2026, 11, 6, 10), policy=nothing)
    assert result.actions == ()
    assert "status_check and followups switched off" in result.notes
    assert "thank_you switched off" in result.notes


def test_the_users_own_check_in_uses_up_a_slot_and_restarts_the_clock() -> None:
    """A message the user wrote after the interview is their status check: the next draft
    is the follow-up, 14 days after it; a second one of theirs uses the follow-up too."""
    own = mail("own@example.org", "2026-11-16T10:00", sent=True)
    state = _after_interview(State.SILENT, last_outbound=own.date)
    result = _plan(state, (CONFIRM, own), _b(2026, 11, 16, 12), history=_ty_drafted())
    assert [(a.kind, a.due) for a in result.actions] == [
        (ActionKind.FOLLOWUP, _b(2026, 11, 30, 9, 30))
    ]
    assert "status_check 1 of 2 written by you 2026-11-16 11:00 CET" in result.notes
    later = mail("own2@example.org", "2026-11-20T10:00", sent=True)
    history = _ty_drafted(_status_check(_b(2026, 11, 12, 9, 30)))
    result = _plan(state, (CONFIRM, later), _b(2026, 11, 20, 12), history=history)
    assert result.actions == ()
    assert "all follow-ups used; moving on after 2026-12-11" in result.notes


def test_our_draft_sent_by_the_user_counts_once() -> None:
    sc = _status_check(_b(2026, 11, 12, 9, 30))
    sent_copy = mail("sc-draft@example.org", "2026-11-12T10:00", sent=True)
    sc = dataclasses.replace(sc, draft_message_id="<sc-draft@example.org>")
    state = _after_interview(State.SILENT, last_outbound=sent_copy.date)
    result = _plan(state, (CONFIRM, sent_copy), _b(2026, 11, 13, 10), history=_ty_drafted(sc))
    assert [(a.kind, a.seq) for a in result.actions] == [(ActionKind.FOLLOWUP, 2)]


def test_thank_you_sent_by_the_user_does_not_delay_the_status_check() -> None:
    state = _after_interview(State.AWAITING_REPLY, last_outbound=THANKS.date)
    result = _plan(state, (CONFIRM, THANKS), _b(2026, 11, 6, 10))
    assert [(a.kind, a.due) for a in result.actions] == [
        (ActionKind.STATUS_CHECK, _b(2026, 11, 12, 9, 30))
    ]


def test_inbound_reply_replans_from_its_date() -> None:
    reply = mail("r@acme", "2026-11-13T09:00")  # 10:00 Berlin
    state = _after_interview(State.AWAITING_REPLY, last_inbound=reply.date)
    old = _status_check(_b(2026, 11, 12, 9, 30))
    history = _ty_drafted(old)
    (action,) = _plan(state, (CONFIRM, reply), _b(2026, 11, 13, 11), history=history).actions
    assert action.kind is ActionKind.STATUS_CHECK  # a new round: the old follow-up is gone
    assert action.key != old.key
    assert action.due == _b(2026, 11, 20, 9, 30)
    assert action.reply_to_message_id == "<r@acme>"


def test_overdue_status_check_waits_for_the_working_morning_once() -> None:
    state = _after_interview(State.SILENT)
    history = _ty_drafted()
    night = _plan(state, (CONFIRM,), _b(2026, 11, 20, 3), history=history)
    assert night.actions[0].due == _b(2026, 11, 20, 9, 0)
    assert "overdue, so next working morning" in night.actions[0].reason
    day = _plan(state, (CONFIRM,), _b(2026, 11, 20, 11), history=history)
    assert day.actions[0].due == _b(2026, 11, 12, 9, 30)  # past due: the shell drafts it now


def test_months_old_silence_is_moved_on_not_drafted() -> None:
    result = _plan(_after_interview(State.SILENT), (CONFIRM,), _b(2027, 3, 1, 10))
    assert result.actions == ()
    assert "silent since 2026-11-05, longer than all follow-ups: moved on" in result.notes
    assert result.moved_on == _b(2026, 11, 12, 9, 30) + timedelta(days=14 + 21)


def test_acknowledgment_alone_is_not_chased() -> None:
    ack = mail("ack@acme", "2026-10-01T09:00")
    state = _state(State.SILENT, ack.date, last_inbound=ack.date)
    result = _plan(state, (ack,), _b(2026, 10, 20, 10))
    assert result.actions == ()
    assert "waiting for the employer; no interview and no date a person named" in result.notes


def test_a_date_a_person_named_is_chased_but_an_ats_notice_is_not() -> None:
    ack = mail("ack@acme", "2026-10-01T09:00")
    promised = date(2026, 10, 9)
    ats = _state(State.SILENT, ack.date, last_inbound=ack.date, promised_by=promised)
    assert _plan(ats, (ack,), _b(2026, 10, 20, 10)).actions == ()
    person = _state(
        State.SILENT, ack.date, last_inbound=ack.date, promised_by=promised,
        promise_from_person=True,
    )  # fmt: skip
    (check,) = _plan(person, (ack,), _b(2026, 10, 12, 10)).actions
    assert check.kind is ActionKind.STATUS_CHECK and check.due == _b(2026, 10, 13, 9, 30)


# --- rejection, offer and the quiet states


def test_rejection_reply_next_working_morning_and_nothing_else() -> None:
    rejection = mail("no@acme", "2026-11-13T15:00")  # Friday 16:00 Berlin
    state = _state(State.REJECTED, rejection.date, interview=INTERVIEW, last_inbound=rejection.date)
    (action,) = _plan(state, (CONFIRM, rejection), _b(2026, 11, 13, 17)).actions
    assert action.kind is ActionKind.REJECTION_REPLY
    assert action.due == _b(2026, 11, 16, 9, 0)
    assert action.expires == _b(2026, 11, 30, 9, 0)
    late = _plan(state, (CONFIRM, rejection), _b(2026, 12, 1, 10))
    assert late.actions == () and "rejection_reply missed: expired 2026-11-30" in late.notes


def test_offer_plans_nothing() -> None:
    offer = mail("yes@acme", "2026-11-13T15:00")
    state = _state(State.OFFER, offer.date, interview=INTERVIEW, last_inbound=offer.date)
    result = _plan(state, (CONFIRM, offer), _b(2026, 11, 13, 17))
    assert result.actions == () and result.missed == ()
    assert result.notes == ("offer received: nothing to draft, everything pending is cancelled",)


def test_quiet_states_plan_nothing_and_say_why() -> None:
    for quiet in (State.NEEDS_REVIEW, State.NOT_RECRUITING, State.WITHDRAWN, State.MOVED_ON):
        result = _plan(_state(quiet, None, interview=INTERVIEW), (CONFIRM,), _b(2026, 11, 6, 10))
        assert result.actions == ()
        assert len(result.notes) == 1


def test_low_confidence_drafts_nothing() -> None:
    shaky = Classification(Label.INVITATION, 0.5, ())
    state = _state(State.INVITED, INVITE.date)
    result = _plan(state, (APPLIED, INVITE), _b(2026, 10, 28, 11), labels={INVITE: shaky})
    assert result.actions == ()
    assert "deciding message has confidence 0.50 < 0.75: nothing drafted" in result.notes


def test_an_unsure_reading_whose_outcome_is_sure_still_drafts() -> None:
    """Invitation 0.44 or confirmation 0.41: either way a meeting is being set up."""
    read = _as_the_classifier_would(INVITE)
    meeting = ((Label.INVITATION, 0.44), (Label.CONFIRMATION, 0.41), (Label.OTHER, 0.08))
    split = dataclasses.replace(read, label=Label.INVITATION, confidence=0.44, alternatives=meeting)
    state = _state(State.INVITED, INVITE.date)
    result = _plan(state, (APPLIED, INVITE), _b(2026, 10, 28, 11), labels={INVITE: split})
    assert [a.kind for a in result.actions] == [ActionKind.INVITATION_REPLY]
    risky = ((Label.INVITATION, 0.44), (Label.CONFIRMATION, 0.3), (Label.REJECTION, 0.2))
    doubt = dataclasses.replace(split, alternatives=risky)
    held = _plan(state, (APPLIED, INVITE), _b(2026, 10, 28, 11), labels={INVITE: doubt})
    assert held.actions == ()


def test_the_users_own_message_needs_no_confidence() -> None:
    """Scheduled by the time the user agreed to: their words are not the classifier's guess."""
    agreed = mail("me2@example.org", "2026-10-28T12:00", sent=True, subject="Re: Interview")
    mumble = Classification(Label.OTHER, 0.3, ())
    state = _state(State.SCHEDULED, agreed.date, interview=INTERVIEW)
    result = _plan(state, (INVITE, agreed), _b(2026, 10, 28, 13), labels={agreed: mumble})
    assert ActionKind.THANK_YOU in [a.kind for a in result.actions]


# --- recipients


def test_reply_to_comes_first() -> None:
    via_ats = dataclasses.replace(
        INVITE,
        from_=(Address("Acme Careers", "no-reply@ats.example"),),
        reply_to=(Address("", "jane@acme.example"),),
    )
    (action,) = _plan(
        _state(State.INVITED, INVITE.date), (APPLIED, via_ats), _b(2026, 10, 28, 11)
    ).actions
    assert action.to == (Address("Jane Roe", "jane@acme.example"),)


def test_only_a_no_reply_sender_means_no_draft() -> None:
    robot = dataclasses.replace(INVITE, from_=(Address("Acme", "no-reply@ats.example"),))
    state = _state(State.INVITED, INVITE.date, contacts=())
    result = _plan(state, (APPLIED, robot), _b(2026, 10, 28, 11))
    assert result.actions == () and result.missed == ()
    assert (
        "invitation_reply: no person to answer, only an automated sender (no-reply@ats.example)"
        ": nobody to write to, no draft"
    ) in result.notes
    anyway = PolicyConfig(draft_without_recipient=True)
    (action,) = _plan(state, (APPLIED, robot), _b(2026, 10, 28, 11), policy=anyway).actions
    assert action.to == ()


def test_drafts_are_never_the_message_replied_to() -> None:
    ours = mail("d@example.org", "2026-10-28T10:00", sent=True, action="invitation_reply")
    (action,) = _plan(
        _state(State.INVITED, INVITE.date), (APPLIED, INVITE, ours), _b(2026, 10, 28, 11)
    ).actions
    assert action.reply_to_message_id == "<inv@acme>"


# --- with the real lifecycle, and determinism


def test_plan_follows_derive_state_and_is_deterministic() -> None:
    people = (Contact("Ann Lead", "ann@acme.example", "interviewer"),)
    slot = dataclasses.replace(INTERVIEW, interviewers=people)
    labels = {
        INVITE: Classification(Label.INVITATION, 0.9, (), contacts=(JANE,)),
        CONFIRM: Classification(
            Label.CONFIRMATION, 0.9, (), interview=slot, contacts=(JANE, *people)
        ),
    }
    app = _app((INVITE, CONFIRM))
    classified = {message_key(m): c for m, c in labels.items()}
    now = _b(2026, 11, 5, 16, 30)
    state = derive_state(app, classified, own_addresses=OWN, senders=SENDERS, now=now)
    assert state.state is State.INTERVIEWED

    def run() -> Plan:
        return plan(
            state,
            app,
            policy=PolicyConfig(),
            schedule=SCHEDULE,
            history=PlanHistory(),
            now=now,
            own_addresses=OWN,
            senders=SENDERS,
            classifications=classified,
        )

    first = run()
    assert first == run()
    assert [(a.kind, a.to) for a in first.actions] == [
        (ActionKind.THANK_YOU, (Address("Ann Lead", "ann@acme.example"),)),
        (ActionKind.STATUS_CHECK, (Address("Jane Roe", "jane@acme.example"),)),
    ]
    assert ME.email in OWN and RECRUITER.email == JANE.email
    assert first.actions[0].due == _b(2026, 11, 5, 16, 0)
    assert first.actions[0].due.astimezone(UTC) == datetime(2026, 11, 5, 15, tzinfo=UTC)


def test_status_check_across_the_dst_change_keeps_half_past_nine() -> None:
    autumn = Interview(_b(2026, 10, 20, 10), _b(2026, 10, 20, 11), "ics")  # summer time, +02:00
    state = _state(
        State.AWAITING_REPLY, autumn.end, interview=autumn, promised_by=date(2026, 10, 23)
    )
    booked = mail("early@acme", "2026-10-15T09:00")
    result = _plan(state, (booked,), _b(2026, 10, 21, 10))
    status = next(a for a in result.actions if a.kind is ActionKind.STATUS_CHECK)
    assert status.due == _b(2026, 10, 27, 9, 30)  # Friday + 2 business days, now +01:00
    assert status.due.utcoffset() == timedelta(hours=1)


# --- waiting on you, nobody to answer, installed mid-search, every round


def test_a_question_from_a_person_gets_a_reply_at_once_listing_what_they_asked() -> None:
    ask = mail("q@acme", "2026-11-10T09:00", subject="Re: Interview confirmed")
    asked = Request("<q@acme>", "<q@acme>", ask.date or SLOT, ("references", "your availability"))
    state = _after_interview(State.AWAITING_REPLY, open_request=asked, last_inbound=ask.date)
    result = _plan(state, (CONFIRM, ask), _b(2026, 11, 10, 10, 30), history=_ty_drafted())
    reply = next(a for a in result.actions if a.kind is ActionKind.REPLY)
    assert reply.reply_to_message_id == "<q@acme>"
    assert reply.to == (Address("Jane Roe", "jane@acme.example"),)
    assert reply.due == _b(2026, 11, 10, 10, 0)
    assert "they asked: references; your availability" in reply.reason
    assert {"references", "your availability"} <= set(reply.evidence)
    assert ActionKind.STATUS_CHECK not in _kinds(result)  # they wait for the user
    assert "they are waiting for your answer: no status check until you write" in result.notes


def test_a_message_answered_by_an_invitation_reply_gets_no_second_answer() -> None:
    asked = Request("<inv@acme>", "<inv@acme>", INVITE.date or SLOT, ("your availability",))
    state = _state(State.INVITED, INVITE.date, open_request=asked)
    result = _plan(state, (APPLIED, INVITE), _b(2026, 10, 28, 10, 5))
    assert _kinds(result) == [ActionKind.INVITATION_REPLY]
    (made,) = result.actions
    later = _plan(
        state,
        (APPLIED, INVITE),
        _b(2026, 10, 28, 11),
        history=PlanHistory((_past(made, made.due),)),
    )
    assert later.actions == ()  # drafted already, and no 'reply' to the same message


def test_an_ats_decline_is_not_answered_to_a_recruiter_known_from_earlier() -> None:
    robot = dataclasses.replace(
        mail("no@ats", "2026-11-13T15:00", subject="Your application"),
        from_=(Address("Acme", "no-reply@us.greenhouse-mail.io"),),
    )
    state = _state(State.REJECTED, robot.date, interview=INTERVIEW, last_inbound=robot.date)
    result = _plan(state, (CONFIRM, robot), _b(2026, 11, 16, 10))
    assert result.actions == ()
    assert any("nobody to write to, no draft" in n for n in result.notes)


def test_quiet_before_installation_is_probably_moved_on_until_revived() -> None:
    ack = mail("ack@acme", "2026-09-01T09:00")
    state = _state(State.AWAITING_REPLY, ack.date, last_inbound=ack.date, promised_by=None)
    later_interview = _after_interview(State.SILENT)
    installed = _b(2026, 11, 20, 10)
    dormant = _plan(state, (ack,), _b(2026, 11, 20, 10), installed=installed)
    assert dormant.dormant and dormant.actions == ()
    assert any("probably moved on" in n and "followupd revive a1" in n for n in dormant.notes)
    # An interview inside the window keeps it alive.
    alive = _plan(later_interview, (CONFIRM,), _b(2026, 11, 20, 10), installed=installed)
    assert not alive.dormant
    revived = plan(
        state,
        _app((ack,)),
        policy=PolicyConfig(),
        schedule=SCHEDULE,
        history=PlanHistory(),
        now=_b(2026, 11, 20, 10),
        own_addresses=OWN,
        senders=SENDERS,
        installed=installed,
        revived=True,
    )
    assert not revived.dormant


def test_a_thank_you_after_each_round_each_once() -> None:
    second = Interview(_b(2026, 11, 12, 10), _b(2026, 11, 12, 11), "ics", 0, uid="round2@ats")
    state = _state(State.INTERVIEWED, second.end, interview=second, interviews=(INTERVIEW, second))
    result = _plan(state, (CONFIRM,), _b(2026, 11, 12, 11, 30), history=_ty_drafted())
    thanks = [a for a in result.actions if a.kind is ActionKind.THANK_YOU]
    assert [a.due for a in thanks] == [_b(2026, 11, 12, 12, 0)]  # the first one was drafted
    assert thanks[0].key != _thank_you().key
    assert "thank_you drafted 2026-11-05 16:00 CET" in result.notes


def test_a_draft_to_someone_away_waits_for_the_morning_they_are_back() -> None:
    state = _after_interview(away=(("jane@acme.example", date(2026, 11, 16)),))
    result = _plan(state, (CONFIRM,), _b(2026, 11, 6, 10), history=_ty_drafted())
    (check,) = result.actions
    assert check.kind is ActionKind.STATUS_CHECK
    assert check.due == _b(2026, 11, 16, 9, 0)  # not the 12th: Jane is back on the 16th
    assert "they are away until 2026-11-16, so then" in check.reason
    # Someone else's absence changes nothing.
    other = _after_interview(away=(("tom@acme.example", date(2026, 11, 30)),))
    (normal,) = _plan(other, (CONFIRM,), _b(2026, 11, 6, 10), history=_ty_drafted()).actions
    assert normal.due == _b(2026, 11, 12, 9, 30)


def test_a_recruiters_first_approach_gets_a_reply_asking_for_details() -> None:
    """Nothing came before it: no interview to thank for, ask about the role instead."""
    result = _plan(_state(State.INVITED, INVITE.date), (INVITE,), _b(2026, 10, 28, 10, 5))
    (action,) = result.actions
    assert action.kind is ActionKind.OUTREACH_REPLY
    assert "a recruiter's first approach; you had not applied" in action.reason
    off = PolicyConfig().with_switches(outreach_reply=False)
    quiet = _plan(
        _state(State.INVITED, INVITE.date), (INVITE,), _b(2026, 10, 28, 10, 5), policy=off
    )
    assert quiet.actions == () and "outreach_reply switched off" in quiet.notes


def test_an_invitation_that_thanks_for_applying_is_not_a_first_approach() -> None:
    """They applied through a portal, so no mail of theirs came first: still an answer."""
    read = _as_the_classifier_would(INVITE)
    answered = dataclasses.replace(read, label=Label.INVITATION, answers_user=True)
    state = _state(State.INVITED, INVITE.date)
    result = _plan(state, (INVITE,), _b(2026, 10, 28, 10, 5), labels={INVITE: answered})
    (action,) = result.actions
    assert action.kind is ActionKind.INVITATION_REPLY


# --- boundaries the policy must hold exactly


def test_an_answered_confirmation_gets_no_confirming_reply() -> None:
    asks = Classification(Label.CONFIRMATION, 0.9, (), asks_confirmation=True, interview=INTERVIEW)
    answer = mail("ok@example.org", "2026-11-02T10:00", sent=True)
    state = _state(State.SCHEDULED, CONFIRM.date, interview=INTERVIEW, last_outbound=answer.date)
    result = _plan(state, (INVITE, CONFIRM, answer), _b(2026, 11, 2, 12), labels={CONFIRM: asks})
    assert ActionKind.CONFIRMATION_REPLY not in _kinds(result)
    assert "confirmation_reply: you answered on 2026-11-02" in result.notes


def test_the_confidence_gate_is_min_confidence_exactly() -> None:
    state = _state(State.INVITED, INVITE.date)
    for confidence, drafted in ((0.74, False), (0.75, True), (0.76, True)):
        verdict = Classification(Label.INVITATION, confidence, (), contacts=(JANE,))
        result = _plan(state, (APPLIED, INVITE), _b(2026, 10, 28, 10, 5), labels={INVITE: verdict})
        assert bool(result.actions) is drafted, confidence


def test_an_interviewer_never_receives_a_draft_meant_for_the_contact() -> None:
    tom = Contact("Tom Becker", "tom@acme.example", "interviewer")
    verdict = Classification(Label.INVITATION, 0.9, (), contacts=(tom, JANE))
    state = _state(State.INVITED, INVITE.date, contacts=(tom, JANE))
    (action,) = _plan(
        state, (APPLIED, INVITE), _b(2026, 10, 28, 10, 5), labels={INVITE: verdict}
    ).actions
    assert action.to == (Address("Jane Roe", "jane@acme.example"),)


def test_expiry_is_exact_to_the_minute() -> None:
    state = _state(State.INVITED, INVITE.date)
    expires = _b(2026, 10, 31, 10, 0)  # due Wed 10:00 + 3 days
    before = _plan(state, (APPLIED, INVITE), expires - timedelta(minutes=1))
    assert [a.kind for a in before.actions] == [ActionKind.INVITATION_REPLY]
    at = _plan(state, (APPLIED, INVITE), expires)
    assert at.actions == () and [a.kind for a in at.missed] == [ActionKind.INVITATION_REPLY]


def test_moving_on_is_exact_to_the_minute() -> None:
    state = _after_interview(State.SILENT)
    sc = _status_check(_b(2026, 11, 12, 9, 30))
    (f2,) = _plan(state, (CONFIRM,), _b(2026, 11, 13, 10), history=_ty_drafted(sc)).actions
    history = _ty_drafted(sc, _past(f2, f2.due))
    moved = f2.due + timedelta(days=21)
    just_before = _plan(state, (CONFIRM,), moved - timedelta(minutes=1), history=history)
    assert just_before.moved_on is None
    at = _plan(state, (CONFIRM,), moved, history=history)
    assert at.moved_on == moved


def test_an_ats_decline_then_the_recruiters_own_note_gets_the_gracious_reply() -> None:
    robot = dataclasses.replace(
        mail("no@ats", "2026-11-13T15:00", subject="Your application"),
        from_=(Address("Acme", "no-reply@us.greenhouse-mail.io"),),
    )
    note = mail("note@acme", "2026-11-14T10:00", subject="A note from me")
    state = _state(State.REJECTED, robot.date, interview=INTERVIEW, last_inbound=note.date)
    (reply,) = _plan(state, (CONFIRM, robot, note), _b(2026, 11, 16, 10)).actions
    assert reply.kind is ActionKind.REJECTION_REPLY
    assert reply.reply_to_message_id == "<note@acme>"
    assert reply.to == (Address("Jane Roe", "jane@acme.example"),)
