"""Application state + policy + now -> the drafts that should be pending, each with its reason.

Same input, same output: the clock is `now`, and what the shell already did is `history`.
The rules (all timings from PolicyConfig, all due times inside business hours):
- invited, no time fixed, the user has not answered -> invitation_reply at once; when the
  invitation is the first message of the application (a recruiter's approach, the user had
  not applied) -> outreach_reply, which asks for details instead of thanking for an
  interview.
- scheduled by a message that asks for confirmation, not yet answered -> confirmation_reply
  at once.
- a person asked something (availability, a document, a call, a confirmation) and the user
  has not written since -> `reply` at once, unless one of the two above answers that message.
- each interview (start T, end or T + default_interview_minutes) -> thank_you at the end +
  thank_you_delay_hours, one per interviewer with an address (else to the human contact).
  Its key holds the interview start, so a reschedule plans a new thank-you and the old one
  drops out of the plan; a cancellation drops it. No thank-you once the user wrote after
  that interview.
- silence after the interview -> one status check, then follow-ups (core.plan.silence).
- rejected -> rejection_reply the next working morning; offer -> nothing at all.
- withdrawn, moved_on, needs_review, not_recruiting -> nothing but a person's open question.
- quiet since before followupd was installed (history_window_days before its first sync),
  with no interview or promised date inside that window -> nothing: probably moved on.
Nobody to write to (only no-reply, ATS or job-board senders) -> no draft, unless
draft_without_recipient. Expiring kinds that are past their expiry become `missed`, never
drafted. A purpose the user dismissed (deleted our draft) or that was drafted already is
never planned again. Nothing is drafted when the employer's message that decided the state is
below min_confidence, unless being wrong costs little (core.plan.doubt); the user's own
message (a time they agreed to) needs no confidence.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from types import MappingProxyType

from followupd.config.types import PolicyConfig, ScheduleConfig
from followupd.core.dates import businesstime as bt
from followupd.core.plan.doubt import wrong_costs_little
from followupd.core.plan.planner import Plan, PlanHistory, Planner, own_set, stamp
from followupd.core.plan.silence import plan_silence
from followupd.core.plan.threads import message_key
from followupd.core.senders import SenderDirectory
from followupd.model import (
    CLOSED_STATES,
    ActionKind,
    Address,
    Application,
    ApplicationState,
    Classification,
    Interview,
    Label,
    Message,
    State,
)

__all__ = ["Plan", "PlanHistory", "plan"]

_QUIET = {
    State.OFFER: "offer received: nothing to draft, everything pending is cancelled",
    State.WITHDRAWN: "you withdrew: nothing to draft",
    State.MOVED_ON: "moved on: no more follow-ups",
    State.NEEDS_REVIEW: "needs review: nothing is drafted until the application is clear",
    State.NOT_RECRUITING: "not a recruiting thread: nothing to draft",
}
_EMPTY: Mapping[str, Classification] = MappingProxyType({})
# Drafts that answer what a person asked: one of them per message asked, never two.
ANSWERS = frozenset(
    {
        ActionKind.INVITATION_REPLY,
        ActionKind.OUTREACH_REPLY,
        ActionKind.CONFIRMATION_REPLY,
        ActionKind.REPLY,
    }
)


def _interviewers(p: Planner, interview: Interview) -> list[Address]:
    """Interviewers with an address a person reads (never a room, a group or a no-reply)."""
    found: dict[str, Address] = {}
    for person in interview.interviewers:
        email = person.email.lower()
        address = Address(person.name, email)
        if person.role == "interviewer" and email and p.is_person(address):
            found.setdefault(email, address)
    return list(found.values())


def _thank_you(p: Planner, interview: Interview, later: Interview | None) -> None:
    """Thank-you notes after one interview: one per known interviewer, else the contact."""
    end = p.interview_end(interview)
    until = later.start if later is not None else None
    wrote = [t for t in p.sends_after(end) if until is None or t < until]
    if wrote:
        p.notes.append(f"you wrote after the interview ({p.day(wrote[0])}): no thank-you draft")
        return
    due = bt.working_time(end + timedelta(hours=p.policy.thank_you_delay_hours), p.schedule)
    reason = f"thank_you: {p.describe(interview)}"
    reason += f"; due {p.policy.thank_you_delay_hours:g} h after the end, in business hours"
    # One person attends one interview at a time: its start names it, whatever the grouping.
    start = stamp(interview.start)
    anchor = f"interview:{start}"
    evidence = (p.describe(interview),)
    people = _interviewers(p, interview)
    kind = ActionKind.THANK_YOU
    told = p.announcing(interview)
    # Threaded under the message that set this interview: on a day of several sessions
    # each thank-you answers its own invitation.
    parent = told if told is not None and p.human(told, only=True)[0] else None
    if not people:
        key = p.key(kind, 1, anchor, start)
        p.offer(p.action(kind, key, due, reason, parent=parent, evidence=evidence))
        return
    for person in people:
        to = ((person,), f"to interviewer {person.email} (from the calendar)")
        key = p.key(kind, 1, anchor, start, person.email)
        p.offer(p.action(kind, key, due, reason, parent=parent, to=to, evidence=evidence))


def plan_thank_yous(p: Planner) -> None:
    """A thank-you after every interview that has ended, each once."""
    held = [i for i in p.state.interviews if not i.cancelled]
    if not held:
        return
    if not p.policy.enabled(ActionKind.THANK_YOU):
        p.notes.append("thank_you switched off")
        return
    for index, interview in enumerate(held):
        later = held[index + 1] if index + 1 < len(held) else None
        _thank_you(p, interview, later)


def _at_once(p: Planner, kind: ActionKind, trigger: Message, why: str) -> bool:
    """An answer to `trigger` due at once (in business hours), unless the user answered."""
    at = trigger.date or p.now
    if wrote := p.sends_after(at):
        p.notes.append(f"{kind}: you answered on {p.day(wrote[0])}")
        return False
    due = bt.working_time(at, p.schedule)
    reason = f"{kind}: {why} ({p.when(at)}); at once, in business hours"
    evidence = (f"{p.day(at)} {trigger.subject}",)
    key = p.key(kind, 1, message_key(trigger))
    p.offer(p.action(kind, key, due, reason, parent=trigger, evidence=evidence))
    return True


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
    kind, why = ActionKind.INVITATION_REPLY, "invitation without a fixed time"
    if _first_contact(p, trigger):
        # Nothing came before it: a recruiter's approach, not an answer to an application.
        # Thanking them for an interview invitation would misread it; ask for details.
        kind, why = ActionKind.OUTREACH_REPLY, "a recruiter's first approach; you had not applied"
    if not p.policy.enabled(kind):
        p.notes.append(f"{kind} switched off")
        return
    _at_once(p, kind, trigger, why)


def _first_contact(p: Planner, trigger: Message) -> bool:
    """Whether `trigger` opens the application: no earlier message, in or out, and it does not
    answer something of the user's ("thank you for applying": they applied through a portal)."""
    at, verdict = trigger.date, p.label_of(trigger)
    if at is None or (verdict is not None and verdict.answers_user):
        return False
    return not any(m.date is not None and m.date < at for m in p.real())


def _scheduled(p: Planner) -> None:
    trigger = p.message_at(p.state.since)
    verdict = p.label_of(trigger)
    if trigger is not None and verdict is not None and verdict.asks_confirmation:
        if p.policy.enabled(ActionKind.CONFIRMATION_REPLY):
            why = f"{verdict.label} asks you to confirm"
            _at_once(p, ActionKind.CONFIRMATION_REPLY, trigger, why)
        else:
            p.notes.append("confirmation_reply switched off")
    plan_thank_yous(p)


def _waiting(p: Planner) -> None:
    plan_thank_yous(p)
    if p.state.open_request is not None:
        # They wait for the user, not the other way round: asking them for news now
        # would be the wrong draft. The user's answer starts the next silence round.
        p.notes.append("they are waiting for your answer: no status check until you write")
        return
    plan_silence(p)


def _rejected(p: Planner) -> None:
    trigger = _decline_to_answer(p, p.message_at(p.state.since))
    if trigger is None or trigger.date is None:
        p.notes.append("rejected, but the rejection message is unknown: nothing to draft")
        return
    if not p.policy.enabled(ActionKind.REJECTION_REPLY):
        p.notes.append("rejection_reply switched off")
        return
    if wrote := p.sends_after(trigger.date):
        p.notes.append(f"rejection_reply: you answered on {p.day(wrote[0])}")
        return
    due = bt.next_working_morning(trigger.date, p.schedule)
    reason = f"rejection_reply: rejection {p.when(trigger.date)}; next working morning"
    kind = ActionKind.REJECTION_REPLY
    key = p.key(kind, 1, message_key(trigger))
    evidence = (f"{p.day(trigger.date)} {trigger.subject}",)
    # The decline is answered to whoever wrote it; an automated decline reaches nobody, not
    # even a recruiter known from earlier mail (DESIGN: nobody can receive it).
    p.offer(p.action(kind, key, due, reason, parent=trigger, evidence=evidence, only_parent=True))


def _decline_to_answer(p: Planner, decline: Message | None) -> Message | None:
    """The message a gracious reply answers: the decline, or when an automated sender
    declined and a person wrote afterwards (the recruiter's own note), that person's."""
    if decline is None or decline.date is None:
        return decline
    if p.human(decline, only=True)[0]:
        return decline
    later = [m for m in p.inbound() if m.date is not None and m.date > decline.date]
    for msg in reversed(later):
        if p.human(msg, only=True)[0]:
            return msg
    return decline


def _open_request(p: Planner) -> None:
    """A person asked something and waits: a reply draft, unless a specific one answers it."""
    request = p.state.open_request
    if request is None:
        return
    trigger = p.message_by_key(request.message_key)
    if trigger is None:
        return
    planned = [a.reply_to_message_id for a in (*p.actions, *p.missed) if a.kind in ANSWERS]
    handled = [e.parent for e in p.past if e.kind in ANSWERS and e.status != "missed"]
    if trigger.message_id is not None and trigger.message_id in (*planned, *handled):
        return  # an invitation or confirmation reply answers that message (or did)
    if not p.policy.enabled(ActionKind.REPLY):
        p.notes.append("reply switched off")
        return
    asked = "; ".join(request.asks)
    if _at_once(p, ActionKind.REPLY, trigger, f"they asked: {asked}"):
        added = p.actions[-1] if p.actions and p.actions[-1].kind is ActionKind.REPLY else None
        if added is not None:
            p.actions[-1] = replace(added, evidence=(*added.evidence, *request.asks))


def _dormant(p: Planner, installed: datetime | None) -> bool:
    """Quiet since before followupd first read the mailbox: probably moved on, no drafts."""
    if installed is None:
        return False
    window = installed - timedelta(days=p.policy.history_window_days)
    dated = [m.date for m in p.real() if m.date is not None]
    if not dated or max(dated) >= window:
        return False
    state = p.state
    interviews = [p.interview_end(i) for i in state.interviews]
    if any(end >= window for end in interviews):
        return False
    if state.promised_by is not None and state.promised_by >= bt.local(window, p.schedule).date():
        return False
    p.notes.append(
        f"quiet since {p.day(max(dated))}, more than {p.policy.history_window_days} days before "
        f"followupd first read this mailbox ({p.day(installed)}): probably moved on, nothing is "
        f"drafted (`followupd revive {p.app.id[:10]}` brings it back)"
    )
    return True


_RULES = {
    State.INVITED: _invited,
    State.SCHEDULED: _scheduled,
    State.INTERVIEWED: _waiting,
    State.AWAITING_REPLY: _waiting,
    State.SILENT: _waiting,
    State.REJECTED: _rejected,
}


def plan(
    state: ApplicationState,
    app: Application,
    *,
    policy: PolicyConfig,
    schedule: ScheduleConfig,
    history: PlanHistory,
    now: datetime,
    own_addresses: Collection[str],
    senders: SenderDirectory,
    classifications: Mapping[str, Classification] = _EMPTY,
    installed: datetime | None = None,
    revived: bool = False,
) -> Plan:
    """The drafts that should be pending for the application at `now`, with missed ones and
    notes. `installed` is when followupd first read this mailbox (None: unknown), `revived`
    whether the user brought a dormant application back (`followupd track`)."""
    p = Planner(
        state=state,
        app=app,
        policy=policy,
        schedule=schedule,
        history=history,
        now=now,
        own=own_set(own_addresses),
        classifications=classifications,
        senders=senders,
        revived=revived,
    )
    if not revived and state.state is not State.NOT_RECRUITING and _dormant(p, installed):
        done = p.done()
        return replace(done, dormant=state.state not in CLOSED_STATES)
    if state.state in _QUIET:
        p.notes.append(_QUIET[state.state])
        if state.state not in {State.NOT_RECRUITING, State.WITHDRAWN, State.OFFER}:
            _open_request(p)
        return p.done()
    verdict = p.label_of(p.message_at(state.since))  # an inbound message: never the user's
    unsure = verdict is not None and verdict.confidence < policy.min_confidence
    if verdict is not None and unsure and not wrong_costs_little(verdict):
        p.notes.append(
            f"deciding message has confidence {verdict.confidence:.2f} < "
            f"{policy.min_confidence:.2f}: nothing drafted"
        )
        _open_request(p)
        return p.done()
    rule = _RULES.get(state.state)
    if rule is not None:
        rule(p)
    if state.state is not State.REJECTED:
        _open_request(p)
    return p.done()
