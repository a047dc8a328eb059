"""What status shows: the policy's verdict that a thread moved on wins over 'silent'."""

from __future__ import annotations

from datetime import UTC, datetime

from followupd.core.plan.evaluate import ThreadView
from followupd.core.plan.planner import Plan
from followupd.model import State, Thread, ThreadState
from followupd.reports import AccountView, shown_state, status_record

WHEN = datetime(2027, 2, 1, 9, 30, tzinfo=UTC)


def _view(moved_on: datetime | None) -> ThreadView:
    state = ThreadState("t1", State.SILENT, WHEN, ("no reply",), company="Acme", role="Analyst")
    plan = Plan(notes=("moved on",), moved_on=moved_on)
    return ThreadView(Thread("t1", ()), state, plan, {})


def test_moved_on_by_the_policy_is_shown_as_moved_on() -> None:
    view = _view(WHEN)
    assert shown_state(view) is State.MOVED_ON
    record = status_record(AccountView("main", view))
    assert record["state"] == "moved_on"
    assert record["next_action"] is None


def test_a_silent_thread_still_being_followed_stays_silent() -> None:
    assert shown_state(_view(None)) is State.SILENT
