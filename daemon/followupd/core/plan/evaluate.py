"""Messages and their classifications at `now` -> applications, their states and their plans."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from followupd.config.types import PolicyConfig, ScheduleConfig
from followupd.core.plan.applications import Grouping, group_applications
from followupd.core.plan.lifecycle import derive_state
from followupd.core.plan.planner import Plan, PlanHistory
from followupd.core.plan.policy import plan
from followupd.core.plan.threads import build_threads, message_key
from followupd.core.senders import SenderDirectory
from followupd.model import (
    FOLLOWUP_KINDS,
    Application,
    ApplicationState,
    Classification,
    Label,
    Message,
    State,
)

# States that say the application is not (or no longer) a live one: listed, never planned.
QUIET_STATES = frozenset({State.NOT_RECRUITING})


@dataclass(frozen=True, slots=True)
class Corrections:
    """What the user told followupd; it wins over classification and rules.

    Applications are named by one of their messages (its key), which stays true however
    threads are regrouped later: `ignored` and `revived` hold such keys, `expected` maps
    one to a decision date, `tracked` holds Message-IDs of messages to follow. `labels`
    maps a message's key to the label the user says it has.
    """

    ignored: frozenset[str] = frozenset()
    expected: Mapping[str, date] = field(default_factory=dict)
    tracked: frozenset[str] = frozenset()
    revived: frozenset[str] = frozenset()
    grouping: Grouping = field(default_factory=Grouping)
    labels: Mapping[str, Label] = field(default_factory=dict)

    def names(self, keys: frozenset[str] | Mapping[str, object], app: Application) -> bool:
        """Whether one of `keys` is a message of `app`."""
        return any(message_key(m) in keys for m in app.messages)


@dataclass(frozen=True, slots=True)
class ApplicationView:
    """One application as followupd sees it at a moment: its messages, state and plan."""

    app: Application
    state: ApplicationState
    plan: Plan
    classifications: Mapping[str, Classification]  # of this application's messages, by key

    @property
    def recruiting(self) -> bool:
        """True for applications (everything but not_recruiting)."""
        return self.state.state not in QUIET_STATES


@dataclass(frozen=True, slots=True)
class Context:
    """Everything evaluation needs besides the messages: settings, history, the user."""

    policy: PolicyConfig
    schedule: ScheduleConfig
    history: PlanHistory
    own_addresses: Collection[str]
    senders: SenderDirectory
    installed: datetime | None = None  # when followupd first read this mailbox


def evaluate(
    messages: Sequence[Message],
    classifications: Mapping[str, Classification],
    *,
    context: Context,
    now: datetime,
    corrections: Corrections | None = None,
) -> list[ApplicationView]:
    """Every application with its state and planned actions; same input, same output."""
    fixes = corrections or Corrections()
    policy, schedule = context.policy, context.schedule
    classifications = relabelled(messages, classifications, fixes.labels)
    local_now = now.astimezone(schedule.zone)  # lifecycle compares promised dates by local day
    roles = {
        key: c.role
        for key, c in classifications.items()
        if c.role and c.label is not Label.OTHER and not c.auto_reply
    }
    threads = build_threads(messages, senders=context.senders, roles=roles)
    apps = group_applications(
        threads,
        classifications,
        senders=context.senders,
        own_addresses=context.own_addresses,
        grouping=fixes.grouping,
    )
    views: list[ApplicationView] = []
    for app in apps:
        past = context.history.of(app)
        followups_sent = sum(1 for e in past if e.kind in FOLLOWUP_KINDS and e.status == "drafted")
        state = derive_state(
            app,
            classifications,
            own_addresses=context.own_addresses,
            senders=context.senders,
            now=local_now,
            followups_sent=followups_sent,
            move_on_after=timedelta(days=policy.move_on_days),
            min_confidence=policy.min_confidence,
            silent_after=timedelta(days=policy.no_promise_days),
            interview_length=timedelta(minutes=policy.default_interview_minutes),
        )
        state = _corrected(state, app, fixes)
        planned = (
            Plan(notes=(state.evidence[-1],))
            if state.state in QUIET_STATES
            else plan(
                state,
                app,
                policy=policy,
                schedule=schedule,
                history=context.history,
                now=local_now,
                own_addresses=context.own_addresses,
                senders=context.senders,
                classifications=classifications,
                installed=context.installed,
                revived=fixes.names(fixes.revived, app),
            )
        )
        own = {k: c for m in app.messages if (c := classifications.get(k := message_key(m)))}
        views.append(ApplicationView(app, state, planned, own))
    return views


def relabelled(
    messages: Sequence[Message],
    classifications: Mapping[str, Classification],
    labels: Mapping[str, Label],
) -> Mapping[str, Classification]:
    """The classifications with the user's labels laid over them, before anything is derived.

    A label the user gave is certain (confidence 1), says so first in the evidence, and keeps
    what followupd had read underneath for comparison.
    """
    if not labels:
        return classifications
    fixed = dict(classifications)
    for msg in messages:
        key = message_key(msg)
        label = labels.get(key)
        if label is None:
            continue
        mine = f"labelled {label} by you (followupd label)"
        read = fixed.get(key)
        if read is None:
            fixed[key] = Classification(label=label, confidence=1.0, evidence=(mine,))
            continue
        was = f"followupd had read it as {read.label} ({read.confidence:.2f})"
        # The user read it for us, in whatever language: their label is the only reading.
        fixed[key] = replace(
            read,
            label=label,
            confidence=1.0,
            evidence=(mine, was),
            alternatives=((label, 1.0),),
            language_read=True,
        )
    return fixed


def _corrected(state: ApplicationState, app: Application, fixes: Corrections) -> ApplicationState:
    """Apply the user's corrections to a derived state, saying so in the evidence."""
    if fixes.names(fixes.ignored, app):
        return replace(
            state,
            state=State.NOT_RECRUITING,
            open_request=None,
            evidence=(*state.evidence, "ignored by you (followupd ignore): nothing is drafted"),
        )
    tracked = [m for m in app.messages if m.message_id in fixes.tracked]
    if state.state in QUIET_STATES and tracked:
        dates = [m.date for m in app.messages if m.date is not None and not m.is_draft]
        state = replace(
            state,
            state=State.AWAITING_REPLY,
            since=max(dates, default=None),
            evidence=(*state.evidence, "tracked by you (followupd track): an application"),
        )
    if state.state in QUIET_STATES:
        return replace(state, evidence=(*state.evidence, "not a recruiting thread"))
    by = next((d for k, d in fixes.expected.items() if fixes.names(frozenset({k}), app)), None)
    if by is not None:
        return replace(
            state,
            promised_by=by,
            promise_from_person=True,  # they told the user in person
            evidence=(
                *state.evidence,
                f"you said a decision is expected by {by} (followupd expect)",
            ),
        )
    return state
