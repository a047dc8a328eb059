"""While the employer is silent: a status check, purposeful follow-ups, then moving on.

A silence round starts at the later of the interview's end and the employer's last real
message; a new inbound message starts a new round, whose keys carry its start, so the
pending drafts of the old round drop out of the plan. Within a round:
- slot 1 is the status check: promised date P + status_check_business_days business days
  at status_check_time; with no promise (or one older than the round), the round start +
  no_promise_days, at status_check_time on a business day.
- slots 2.. are follow-ups (max_followups of them, counted after the status check), each
  followup_interval_days after the previous one was drafted.
- the user's own messages restart the clock: the next slot is then due its wait after the
  user's last message (messages within the thank-you window after an interview do not
  count: that is the thank-you).
- once every slot is used, the thread has moved on move_on_days after the last one. A
  round so old that even a punctual sequence would have ended (first run over months of
  history) has moved on as well: no stale status check is drafted.
Status checks and follow-ups never expire while the silence lasts.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from followupd.core.dates import businesstime as bt
from followupd.core.plan.planner import Planner, stamp
from followupd.model import ActionKind


def _slots(p: Planner) -> list[ActionKind]:
    kinds = [ActionKind.STATUS_CHECK] if p.policy.status_check else []
    return kinds + [ActionKind.FOLLOWUP] * (p.policy.max_followups if p.policy.followups else 0)


def _on(p: Planner, day: date) -> datetime:
    return bt.on_business_day_at(day, p.policy.status_check_time, p.schedule)


def _first_due(
    p: Planner, base: datetime, promise: date | None, last_send: datetime | None
) -> tuple[datetime, str]:
    """When slot 1 falls due, and why."""
    policy = p.policy
    if promise is not None:
        n = policy.status_check_business_days
        due = bt.business_days_after_at(promise, n, policy.status_check_time, p.schedule)
        why = f"reply promised by {promise.isoformat()}; {n} business days later"
    else:
        days = policy.no_promise_days
        due = _on(p, bt.local(base, p.schedule).date() + timedelta(days=days))
        why = f"no reply date promised; {days} days after {p.day(base)}"
    if last_send is not None:
        restart = _on(p, bt.local(last_send, p.schedule).date() + timedelta(policy.no_promise_days))
        if restart > due:
            due = restart
            why = f"you wrote on {p.day(last_send)}; {policy.no_promise_days} days after that"
    return due, why


def plan_silence(p: Planner) -> None:
    """Plan the next status check or follow-up of the current silence round, if any."""
    state, policy = p.state, p.policy
    interview = state.interview if state.interview and not state.interview.cancelled else None
    end = p.interview_end(interview) if interview else None
    inbound = p.inbound()
    last_inbound = state.last_inbound or (inbound[-1].date if inbound else None)
    marks = [t for t in (end, last_inbound) if t is not None]
    if not marks:
        p.notes.append("nothing from the employer yet: no follow-up")
        return
    base = max(marks)
    promised = state.promised_by
    promise = promised if promised and promised >= bt.local(base, p.schedule).date() else None
    cutoff = base
    if end is not None:
        window = timedelta(hours=policy.thank_you_delay_hours, days=policy.expiry_days.thank_you)
        cutoff = max(base, end + window)
    last_send = max(p.sends_after(cutoff), default=None)
    if interview is None and promise is None and not p.sends_after(base):
        p.notes.append("waiting for the employer; no interview, promise or message of yours")
        return
    kinds = _slots(p)
    if not kinds:
        p.notes.append("status_check and followups switched off")
        return
    round_id = stamp(base)
    keys = [p.key(kind, seq, round_id) for seq, kind in enumerate(kinds, 1)]
    first, why = _first_due(p, base, promise, last_send)
    interval = timedelta(days=policy.followup_interval_days)
    move_on = timedelta(days=policy.move_on_days)
    untouched = not any(k in p.history.drafted or k in p.history.dismissed for k in keys)
    if untouched and p.now >= first + interval * (len(kinds) - 1) + move_on:
        p.notes.append(f"silent since {p.day(base)}, longer than all follow-ups: moved on")
        p.moved_on = first + interval * (len(kinds) - 1) + move_on
        return
    evidence = [f"silence since {p.when(base)}"]
    if promise is not None:
        evidence.append(f"reply promised by {promise.isoformat()}")
    if last_send is not None:
        evidence.append(f"your last message {p.when(last_send)}")
    previous: datetime | None = None
    for seq, (kind, key) in enumerate(zip(kinds, keys, strict=True), 1):
        if seq == 1:
            due = first
            reason = f"{kind} 1 of {len(kinds)}: {why}"
        else:
            anchor = max(t for t in (previous, last_send) if t is not None)
            due = _on(p, bt.local(anchor, p.schedule).date() + interval)
            reason = (
                f"{kind} {seq} of {len(kinds)}: {policy.followup_interval_days} days "
                f"after the last one ({p.day(anchor)})"
            )
        action = p.action(kind, key, due, reason, expiry_days=None, seq=seq, evidence=(*evidence,))
        p.offer(action)
        handled = p.history.drafted.get(key) or (due if key in p.history.dismissed else None)
        if handled is None:
            return
        previous = handled
    last = max(t for t in (previous, last_send) if t is not None)
    if p.now >= last + move_on:
        p.notes.append(f"moved on: no reply {policy.move_on_days} days after {p.day(last)}")
        p.moved_on = last + move_on
    else:
        p.notes.append(f"all follow-ups used; moving on after {p.day(last + move_on)}")
