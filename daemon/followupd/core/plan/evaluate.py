"""Messages and their classifications at `now` -> threads, their states and their plans."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from followupd.config.types import PolicyConfig, ScheduleConfig
from followupd.core.plan.lifecycle import derive_state
from followupd.core.plan.planner import Plan, PlanHistory
from followupd.core.plan.policy import plan
from followupd.core.plan.threads import build_threads, message_key
from followupd.model import Classification, Label, Message, State, Thread, ThreadState

# States that say the thread is not (or no longer) a live application: listed, never planned.
QUIET_STATES = frozenset({State.NOT_RECRUITING})


@dataclass(frozen=True, slots=True)
class Corrections:
    """What the user told followupd about threads; it wins over classification and rules."""

    ignored: frozenset[str] = frozenset()
    expected: Mapping[str, date] = field(default_factory=dict)
    tracked: frozenset[str] = frozenset()  # Message-IDs whose threads the user follows


@dataclass(frozen=True, slots=True)
class ThreadView:
    """One thread as followupd sees it at a moment: its messages, state and plan."""

    thread: Thread
    state: ThreadState
    plan: Plan
    classifications: Mapping[str, Classification]  # of this thread's messages, by key

    @property
    def recruiting(self) -> bool:
        """True for threads about an application (everything but not_recruiting)."""
        return self.state.state not in QUIET_STATES


def evaluate(
    messages: Sequence[Message],
    classifications: Mapping[str, Classification],
    *,
    policy: PolicyConfig,
    schedule: ScheduleConfig,
    history: PlanHistory,
    own_addresses: Collection[str],
    now: datetime,
    corrections: Corrections | None = None,
) -> list[ThreadView]:
    """Every thread with its state and planned actions; same input, same output."""
    fixes = corrections or Corrections()
    local_now = now.astimezone(schedule.zone)  # lifecycle compares promised dates by local day
    hints = {
        key: (c.company, c.role)
        for key, c in classifications.items()
        if c.label is not Label.OTHER and (c.company or c.role)
    }
    views: list[ThreadView] = []
    for thread in build_threads(messages, hints=hints):
        followups_sent, _ = history.followups(thread.id)
        state = derive_state(
            thread,
            classifications,
            own_addresses=own_addresses,
            now=local_now,
            followups_sent=followups_sent,
            move_on_after=timedelta(days=policy.move_on_days),
            min_confidence=policy.min_confidence,
            silent_after=timedelta(days=policy.no_promise_days),
        )
        state = _corrected(state, thread, fixes)
        planned = (
            Plan(notes=(state.evidence[-1],))
            if state.state in QUIET_STATES
            else plan(
                state,
                thread,
                policy=policy,
                schedule=schedule,
                history=history,
                now=local_now,
                own_addresses=own_addresses,
                classifications=classifications,
            )
        )
        own = {k: c for m in thread.messages if (c := classifications.get(k := message_key(m)))}
        views.append(ThreadView(thread, state, planned, own))
    return views


def _corrected(state: ThreadState, thread: Thread, fixes: Corrections) -> ThreadState:
    """Apply the user's corrections to a derived state, saying so in the evidence."""
    if state.thread_id in fixes.ignored:
        return replace(
            state,
            state=State.NOT_RECRUITING,
            evidence=(*state.evidence, "ignored by you (followupd ignore): nothing is drafted"),
        )
    tracked = [m for m in thread.messages if m.message_id in fixes.tracked]
    if state.state in QUIET_STATES and tracked:
        dates = [m.date for m in thread.messages if m.date is not None and not m.is_draft]
        state = replace(
            state,
            state=State.AWAITING_REPLY,
            since=max(dates, default=None),
            evidence=(*state.evidence, "tracked by you (followupd track): an application"),
        )
    if state.state in QUIET_STATES:
        return replace(state, evidence=(*state.evidence, "not a recruiting thread"))
    by = fixes.expected.get(state.thread_id)
    if by is not None:
        return replace(
            state,
            promised_by=by,
            evidence=(
                *state.evidence,
                f"you said a decision is expected by {by} (followupd expect)",
            ),
        )
    return state
