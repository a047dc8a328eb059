"""While the employer is silent: a status check, a purposeful follow-up, then moving on.

Status checks follow an interview, or a decision date a person named (an ATS's "we aim
to reply within two weeks" is not one). A silence round starts at the later of the last
interview's end and the employer's last real message in the application; a new inbound
message starts a new round, whose keys hang on that message, so the pending drafts of the
old round drop out of the plan. Within a round:
- slot 1 is the status check: promised date P + status_check_business_days business days
  at status_check_time; with no promise (or one older than the round), the round start +
  no_promise_days, at status_check_time on a business day.
- slots 2.. are follow-ups (max_followups of them, one by default), each
  followup_interval_days after the previous one was drafted.
- the user's own messages use up a slot each and restart the clock: the next slot is
  then due its wait after the user's last message (messages within the thank-you window
  after an interview do not count: that is the thank-you; nor do our drafts the user
  sent, which the ledger counts already).
- once every slot is used, the application has moved on move_on_days after the last one. A
  round so old that even a punctual sequence would have ended (first run over months of
  history) has moved on as well: no stale status check is drafted, unless the user revived
  the application (then the overdue status check is drafted at the next working morning).
A slot counts as used when its key is in the ledger, or when the ledger holds a status check
or follow-up for the application drafted since the round began (made under an earlier key).
Status checks and follow-ups never expire while the silence lasts.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from followupd.core.dates import businesstime as bt
from followupd.core.plan.planner import Planner, stamp
from followupd.core.plan.threads import message_key
from followupd.model import ActionKind, Message


def _slots(p: Planner) -> list[ActionKind]:
    kinds = [ActionKind.STATUS_CHECK] if p.policy.enabled(ActionKind.STATUS_CHECK) else []
    followups = p.policy.max_followups if p.policy.enabled(ActionKind.FOLLOWUP) else 0
    return kinds + [ActionKind.FOLLOWUP] * followups


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


def _done_slots(p: Planner, base: datetime, cutoff: datetime) -> list[tuple[datetime, str]]:
    """What used the round's slots, oldest first: status checks and follow-ups drafted (or
    dismissed) since the round began, and the user's own messages after the thank-you
    window (a status check the user wrote themselves is one), but not our drafts sent."""
    ours = {e.draft_message_id for e in p.past if e.draft_message_id}
    drafted = [(e.at, e.status) for e in p.followups_drafted(since=base)]
    written = [
        (m.date, "written by you")
        for m in p.real()
        if p.outbound(m) and m.date is not None and m.date > cutoff and m.message_id not in ours
    ]
    return sorted(drafted + written)


def _round(p: Planner) -> tuple[datetime, str, datetime | None] | None:
    """The round's start, its anchor, and the last interview's end (if one ended)."""
    ended = [p.interview_end(i) for i in p.state.interviews if not i.cancelled]
    ended = [end for end in ended if end <= p.now]
    end = max(ended, default=None)
    inbound: Message | None = next(iter(reversed(p.inbound())), None)
    marks: list[tuple[datetime, str]] = []
    if end is not None:
        marks.append((end, f"interview:{stamp(end)}"))
    if inbound is not None and inbound.date is not None:
        marks.append((inbound.date, message_key(inbound)))
    if not marks:
        return None
    base, anchor = max(marks)
    return base, anchor, end


def plan_silence(p: Planner) -> None:
    """Plan the next status check or follow-up of the current silence round, if any."""
    policy = p.policy
    found = _round(p)
    if found is None:
        p.notes.append("nothing from the employer yet: no follow-up")
        return
    base, anchor, end = found
    promised = p.state.promised_by
    promise = promised if promised and promised >= bt.local(base, p.schedule).date() else None
    cutoff = base
    if end is not None:
        days = policy.expiry(ActionKind.THANK_YOU) or 0
        cutoff = max(base, end + timedelta(hours=policy.thank_you_delay_hours, days=days))
    last_send = max(p.sends_after(cutoff), default=None)
    if end is None and (promise is None or not p.state.promise_from_person):
        # A status check asks how a decision is going: there is one after an interview, or
        # when a person named a date for it. An acknowledgment alone is waited out.
        p.notes.append("waiting for the employer; no interview and no date a person named")
        return
    kinds = _slots(p)
    if not kinds:
        p.notes.append("status_check and followups switched off")
        return
    keys = [p.key(kind, seq, anchor) for seq, kind in enumerate(kinds, 1)]
    earlier = _done_slots(p, base, cutoff)
    used = [p.history.get(k) for k in keys]
    first, why = _first_due(p, base, promise, last_send)
    interval = timedelta(days=policy.followup_interval_days)
    move_on = timedelta(days=policy.move_on_days)
    untouched = not any(used) and not earlier
    stale = p.now >= first + interval * (len(kinds) - 1) + move_on
    if untouched and stale and not p.revived:
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
            anchor_at = max(t for t in (previous, last_send) if t is not None)
            due = _on(p, bt.local(anchor_at, p.schedule).date() + interval)
            reason = (
                f"{kind} {seq} of {len(kinds)}: {policy.followup_interval_days} days "
                f"after the last one ({p.day(anchor_at)})"
            )
        past = used[seq - 1]
        done: tuple[datetime, str] | None = (past.at, past.status) if past is not None else None
        if done is None and seq - 1 < len(earlier):
            done = earlier[seq - 1]
        if done is None:
            p.offer(p.action(kind, key, due, reason, seq=seq, evidence=(*evidence,)))
            return
        at, status = done
        p.notes.append(f"{kind} {seq} of {len(kinds)} {status} {p.when(at)}")
        previous = at if status != "dismissed" else due
    last = max(t for t in (previous, last_send) if t is not None)
    if p.now >= last + move_on:
        p.notes.append(f"moved on: no reply {policy.move_on_days} days after {p.day(last)}")
        p.moved_on = last + move_on
    else:
        p.notes.append(f"all follow-ups used; moving on after {p.day(last + move_on)}")
