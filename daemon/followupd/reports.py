"""What `status`, `plan` and `explain` show: rows built from application views and the ledger."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from followupd.adapters.store import Store
from followupd.config import Config
from followupd.core.plan.evaluate import ApplicationView
from followupd.core.plan.threads import message_key
from followupd.model import CLOSED_STATES, Action, FolderRole, Message, State
from followupd.understanding import evaluate_account


@dataclass(frozen=True, slots=True)
class AccountView:
    """An application view with the account it belongs to."""

    account: str
    view: ApplicationView

    @property
    def anchor(self) -> str:
        """The message that names this application in corrections: its first one."""
        return message_key(self.view.app.messages[0])


def collect(config: Config, store: Store, now: datetime, *, save: bool) -> list[AccountView]:
    """Every application of every account at `now` (save=False: a preview that writes nothing)."""
    return [
        AccountView(account.name, view)
        for account in config.accounts
        for view in evaluate_account(config, store, account.name, now, save=save)
    ]


def find_applications(views: Iterable[AccountView], query: str) -> list[AccountView]:
    """Applications whose id or one of whose thread ids starts with `query`, else whose
    subjects, company or role contain it."""
    views = list(views)
    query = query.strip()
    by_id = [
        v
        for v in views
        if query
        and (
            v.view.app.id.startswith(query)
            or any(t.id.startswith(query) for t in v.view.app.threads)
        )
    ]
    if by_id:
        return by_id
    needle = query.casefold()

    def text(v: AccountView) -> str:
        state = v.view.state
        subjects = " ".join(m.subject for m in v.view.app.messages)
        return f"{subjects} {state.company or ''} {state.role or ''}".casefold()

    return [v for v in views if needle and needle in text(v)]


def _last(messages: Sequence[Message], inbound: bool) -> datetime | None:
    dates = [
        m.date
        for m in messages
        if m.date is not None and not m.is_draft and (m.role is not FolderRole.SENT) == inbound
    ]
    return max(dates, default=None)


def shown_state(view: ApplicationView) -> State:
    """The state to show: the policy may have given up (moved on) on an application still
    silent, or found it quiet since before followupd was installed."""
    if view.plan.moved_on is not None or view.plan.dormant:
        return State.MOVED_ON
    return view.state.state


def state_label(view: ApplicationView) -> str:
    """The state as `status` prints it, with the why a person needs at a glance."""
    state = shown_state(view)
    label = str(state)
    if view.plan.dormant:
        label = "moved_on?"  # probably: quiet since before followupd was installed
    if view.state.automated and state in CLOSED_STATES | {State.INVITED, State.AWAITING_REPLY}:
        label += " (auto)"
    elif view.state.open_request is not None and state not in CLOSED_STATES:
        label += " (asks you)"
    elif state is State.NEEDS_REVIEW and view.state.review:
        label += f" ({view.state.review})"
    return label


def next_action(view: ApplicationView) -> Action | None:
    """The earliest action planned for the application, if any."""
    return min(view.plan.actions, key=lambda a: a.due, default=None)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def status_record(item: AccountView) -> dict[str, Any]:
    """One application as a JSON-able object (the `status --json` line)."""
    view, state = item.view, item.view.state
    interview = state.interview
    action = next_action(view)
    request = state.open_request
    return {
        "application": view.app.id,
        "threads": [t.id for t in view.app.threads],
        "account": item.account,
        "company": state.company,
        "role": state.role,
        "state": str(shown_state(view)),
        "probably_moved_on": view.plan.dormant,
        "automated_sender": state.automated,
        "waiting_on_you": list(request.asks) if request is not None else [],
        "review": state.review,  # why it needs a look; null unless state is needs_review
        "last_inbound": _iso(state.last_inbound or _last(view.app.messages, True)),
        "last_outbound": _iso(state.last_outbound or _last(view.app.messages, False)),
        "interview": None
        if interview is None or interview.cancelled
        else {"start": _iso(interview.start), "end": _iso(interview.end)},
        "reply_expected_by": state.promised_by.isoformat() if state.promised_by else None,
        "next_action": None
        if action is None
        else {"kind": str(action.kind), "due": _iso(action.due), "reason": action.reason},
    }
