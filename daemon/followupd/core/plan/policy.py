"""Thread state + policy + now -> the drafts that should be pending, each with its reason.

Same input, same output: the clock is `now`, and what the shell already did is `history`.
The rules (all timings from PolicyConfig, all due times inside business hours):
- invited, no time fixed, the user has not answered -> invitation_reply at once.
- scheduled by a message that asks for confirmation, not yet answered -> confirmation_reply
  at once.
- an interview (start T, end or T + default_interview_minutes) -> thank_you at the end +
  thank_you_delay_hours, one per interviewer with an address (else to the human contact).
  Its key holds the interview start, so a reschedule plans a new thank-you and the old one
  drops out of the plan; a cancellation drops it. No thank-you once the user wrote after
  the interview.
- silence after the interview -> status check and follow-ups (core.policy_silence).
- rejected -> rejection_reply the next working morning; offer -> nothing at all.
- withdrawn, moved_on, needs_review, not_recruiting -> nothing, with the reason in notes.
Expiring kinds (invitation, confirmation, thank-you, rejection reply) that are past their
expiry become `missed`, never drafted. A key the user dismissed (deleted our draft) or that
was drafted already is never planned again. A past-due action found outside business
hours is due at the next working morning. Nothing is drafted when the message that
decided the state is below min_confidence.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import datetime, timedelta
from types import MappingProxyType

from followupd.config.types import PolicyConfig, ScheduleConfig
from followupd.core.dates import businesstime as bt
from followupd.core.plan.planner import Plan, PlanHistory, Planner, stamp
from followupd.core.plan.silence import plan_silence
from followupd.model import (
    ActionKind,
    Address,
    Classification,
    Interview,
    Label,
    Message,
    State,
    Thread,
    ThreadState,
)

__all__ = ["Plan", "PlanHistory", "plan"]

_QUIET = {
    State.OFFER: "offer received: nothing to draft, everything pending is cancelled",
    State.WITHDRAWN: "you withdrew: nothing to draft",
    State.MOVED_ON: "moved on: no more follow-ups",
    State.NEEDS_REVIEW: "needs review: nothing is drafted until the thread is clear",
    State.NOT_RECRUITING: "not a recruiting thread: nothing to draft",
}
_EMPTY: Mapping[str, Classification] = MappingProxyType({})


def _interviewers(p: Planner, interview: Interview) -> list[Address]:
    """Interviewers with an address the classifier kept (so never a no-reply one)."""
    vetted = {c.email.lower() for c in p.state.contacts if c.email}
    found: dict[str, Address] = {}
    for person in interview.interviewers:
        email = person.email.lower()
        if person.role == "interviewer" and email and email in vetted and email not in p.own:
            found.setdefault(email, Address(person.name, email))
    return list(found.values())


def plan_thank_you(p: Planner) -> None:
    """Thank-you notes after the interview: one per known interviewer, else the contact."""
    interview = p.state.interview
    if interview is None or interview.cancelled:
        return
    if not p.policy.thank_you:
        p.notes.append("thank_you switched off")
        return
    end = p.interview_end(interview)
    if wrote := p.sends_after(end):
        p.notes.append(f"you wrote after the interview ({p.day(wrote[0])}): no thank-you draft")
        return
    due = bt.working_time(end + timedelta(hours=p.policy.thank_you_delay_hours), p.schedule)
    reason = f"thank_you: {p.describe(interview)}"
    reason += f"; due {p.policy.thank_you_delay_hours:g} h after the end, in business hours"
    start = stamp(interview.start)
    people = _interviewers(p, interview)
    evidence = (p.describe(interview),)
    days = p.policy.expiry_days.thank_you
    if not people:
        key = p.key(ActionKind.THANK_YOU, 1, start)
        p.offer(
            p.action(ActionKind.THANK_YOU, key, due, reason, expiry_days=days, evidence=evidence)
        )
        return
    for person in people:
        key = p.key(ActionKind.THANK_YOU, 1, start, person.email)
        to = ((person,), f"to interviewer {person.email} (from the calendar)")
        p.offer(
            p.action(
                ActionKind.THANK_YOU, key, due, reason, expiry_days=days, to=to, evidence=evidence
            )
        )


def _at_once(p: Planner, kind: ActionKind, trigger: Message, why: str, days: int) -> None:
    """An answer to `trigger` due at once (in business hours), unless the user answered."""
    at = trigger.date or p.now
    if wrote := p.sends_after(at):
        p.notes.append(f"{kind}: you answered on {p.day(wrote[0])}")
        return
    due = bt.working_time(at, p.schedule)
    reason = f"{kind}: {why} ({p.when(at)}); at once, in business hours"
    evidence = (f"{p.day(at)} {trigger.subject}",)
    p.offer(
        p.action(kind, p.key(kind, 1, stamp(at)), due, reason, expiry_days=days, evidence=evidence)
    )


def _invited(p: Planner) -> None:
    trigger = p.message_at(p.state.since)
    verdict = p.label_of(trigger)
    since, out = p.state.since, p.state.last_outbound
    if since is not None and out is not None and out > since:
        plan_silence(p)  # the user answered: now they wait for the employer
        return
    if trigger is None:
        p.notes.append("invited, but the inviting message is unknown: nothing to draft")
        return
    if verdict is not None and verdict.label is Label.CANCELLATION:
        p.notes.append("interview cancelled: waiting for a new time")
        return
    if not p.policy.invitation_reply:
        p.notes.append("invitation_reply switched off")
        return
    days = p.policy.expiry_days.invitation_reply
    _at_once(p, ActionKind.INVITATION_REPLY, trigger, "invitation without a fixed time", days)


def _scheduled(p: Planner) -> None:
    trigger = p.message_at(p.state.since)
    verdict = p.label_of(trigger)
    if trigger is not None and verdict is not None and verdict.asks_confirmation:
        if p.policy.confirmation_reply:
            days = p.policy.expiry_days.confirmation_reply
            why = f"{verdict.label} asks you to confirm"
            _at_once(p, ActionKind.CONFIRMATION_REPLY, trigger, why, days)
        else:
            p.notes.append("confirmation_reply switched off")
    plan_thank_you(p)


def _waiting(p: Planner) -> None:
    plan_thank_you(p)
    plan_silence(p)


def _rejected(p: Planner) -> None:
    trigger = p.message_at(p.state.since)
    if trigger is None or trigger.date is None:
        p.notes.append("rejected, but the rejection message is unknown: nothing to draft")
        return
    if not p.policy.rejection_reply:
        p.notes.append("rejection_reply switched off")
        return
    if wrote := p.sends_after(trigger.date):
        p.notes.append(f"rejection_reply: you answered on {p.day(wrote[0])}")
        return
    due = bt.next_working_morning(trigger.date, p.schedule)
    reason = f"rejection_reply: rejection {p.when(trigger.date)}; next working morning"
    key = p.key(ActionKind.REJECTION_REPLY, 1, stamp(trigger.date))
    days = p.policy.expiry_days.rejection_reply
    evidence = (f"{p.day(trigger.date)} {trigger.subject}",)
    p.offer(
        p.action(ActionKind.REJECTION_REPLY, key, due, reason, expiry_days=days, evidence=evidence)
    )


_RULES = {
    State.INVITED: _invited,
    State.SCHEDULED: _scheduled,
    State.INTERVIEWED: _waiting,
    State.AWAITING_REPLY: _waiting,
    State.SILENT: _waiting,
    State.REJECTED: _rejected,
}


def plan(
    state: ThreadState,
    thread: Thread,
    *,
    policy: PolicyConfig,
    schedule: ScheduleConfig,
    history: PlanHistory,
    now: datetime,
    own_addresses: Collection[str],
    classifications: Mapping[str, Classification] = _EMPTY,
) -> Plan:
    """The drafts that should be pending for `thread` at `now`, with missed ones and notes.

    `classifications` (keyed by `message_key`, as for `derive_state`) lets the policy see
    whether a confirmation asks for a reply, whether an invited state comes from a
    cancellation, and the deciding message's confidence.
    """
    p = Planner(
        state=state,
        thread=thread,
        policy=policy,
        schedule=schedule,
        history=history,
        now=now,
        own=frozenset(a.lower() for a in own_addresses),
        classifications=classifications,
    )
    if state.state in _QUIET:
        p.notes.append(_QUIET[state.state])
        return p.done()
    verdict = p.label_of(p.message_at(state.since))
    if verdict is not None and verdict.confidence < policy.min_confidence:
        p.notes.append(
            f"deciding message has confidence {verdict.confidence:.2f} < "
            f"{policy.min_confidence:.2f}: nothing drafted"
        )
        return p.done()
    rule = _RULES.get(state.state)
    if rule is not None:
        rule(p)
    return p.done()
