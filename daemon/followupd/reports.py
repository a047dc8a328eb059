"""What `status`, `plan` and `explain` show: rows built from thread views and the ledger."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from followupd.adapters.store import Store
from followupd.config import Config
from followupd.core.plan.evaluate import ThreadView
from followupd.model import Action, FolderRole, Message, State
from followupd.understanding import evaluate_account


@dataclass(frozen=True, slots=True)
class AccountView:
    """A thread view with the account it belongs to."""

    account: str
    view: ThreadView


def collect(config: Config, store: Store, now: datetime, *, save: bool) -> list[AccountView]:
    """Every thread of every account at `now` (save=False: a preview that writes nothing)."""
    return [
        AccountView(account.name, view)
        for account in config.accounts
        for view in evaluate_account(config, store, account.name, now, save=save)
    ]


def find_threads(views: Iterable[AccountView], query: str) -> list[AccountView]:
    """Threads whose id starts with `query`, else whose subject/company/role contains it."""
    views = list(views)
    by_id = [v for v in views if v.view.thread.id.startswith(query)]
    if by_id:
        return by_id
    needle = query.casefold()

    def text(v: AccountView) -> str:
        state = v.view.state
        subjects = " ".join(m.subject for m in v.view.thread.messages)
        return f"{subjects} {state.company or ''} {state.role or ''}".casefold()

    return [v for v in views if needle in text(v)]


def _last(messages: Sequence[Message], inbound: bool) -> datetime | None:
    dates = [
        m.date
        for m in messages
        if m.date is not None and not m.is_draft and (m.role is not FolderRole.SENT) == inbound
    ]
    return max(dates, default=None)


def shown_state(view: ThreadView) -> State:
    """The state to show: the policy may have given up (moved on) on a thread still silent."""
    return State.MOVED_ON if view.plan.moved_on is not None else view.state.state


def next_action(view: ThreadView) -> Action | None:
    """The earliest action planned for the thread, if any."""
    return min(view.plan.actions, key=lambda a: a.due, default=None)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def status_record(item: AccountView) -> dict[str, Any]:
    """One thread as a JSON-able object (the `status --json` line)."""
    view, state = item.view, item.view.state
    interview = state.interview
    action = next_action(view)
    return {
        "thread": view.thread.id,
        "account": item.account,
        "company": state.company,
        "role": state.role,
        "state": str(shown_state(view)),
        "last_inbound": _iso(state.last_inbound or _last(view.thread.messages, True)),
        "last_outbound": _iso(state.last_outbound or _last(view.thread.messages, False)),
        "interview": None
        if interview is None or interview.cancelled
        else {"start": _iso(interview.start), "end": _iso(interview.end)},
        "reply_expected_by": state.promised_by.isoformat() if state.promised_by else None,
        "next_action": None
        if action is None
        else {"kind": str(action.kind), "due": _iso(action.due), "reason": action.reason},
    }
