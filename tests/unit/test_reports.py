"""What status shows: the policy's verdict that an application moved on wins over 'silent'."""

from __future__ import annotations

from datetime import UTC, datetime

from followupd.core.plan.evaluate import ApplicationView
from followupd.core.plan.planner import Plan
from followupd.model import Application, ApplicationState, Request, State
from followupd.reports import AccountView, shown_state, state_label, status_record

WHEN = datetime(2027, 2, 1, 9, 30, tzinfo=UTC)


def _view(moved_on: datetime | None, *, dormant: bool = False, **state: object) -> ApplicationView:
    fields: dict[str, object] = {"company": "Acme", "role": "Analyst", **state}
    silent = ApplicationState("a1", State.SILENT, WHEN, ("no reply",), **fields)  # type: ignore[arg-type]
    plan = Plan(notes=("moved on",), moved_on=moved_on, dormant=dormant)
    return ApplicationView(Application("a1", "co:acme", (), ()), silent, plan, {})


def test_moved_on_by_the_policy_is_shown_as_moved_on() -> None:
    view = _view(WHEN)
    assert shown_state(view) is State.MOVED_ON
    record = status_record(AccountView("main", view))
    assert record["state"] == "moved_on"
    assert record["next_action"] is None


def test_a_silent_application_still_being_followed_stays_silent() -> None:
    assert shown_state(_view(None)) is State.SILENT


def test_quiet_since_before_install_is_probably_moved_on() -> None:
    view = _view(None, dormant=True)
    assert shown_state(view) is State.MOVED_ON
    assert state_label(view) == "moved_on?"
    assert status_record(AccountView("main", view))["probably_moved_on"] is True


def test_status_says_who_waits_and_who_cannot_be_answered() -> None:
    asked = Request("<q@acme.example>", "<q@acme.example>", WHEN, ("your availability",))
    waiting = _view(None, open_request=asked)
    assert state_label(waiting) == "silent (asks you)"
    assert status_record(AccountView("main", waiting))["waiting_on_you"] == ["your availability"]
    rejected = ApplicationState("a1", State.REJECTED, WHEN, (), automated=True)
    view = ApplicationView(Application("a1", "co:acme", (), ()), rejected, Plan(), {})
    assert state_label(view) == "rejected (auto)"
    assert status_record(AccountView("main", view))["automated_sender"] is True


def test_needs_a_look_says_why_in_a_few_words() -> None:
    unsure = ApplicationState("a1", State.NEEDS_REVIEW, WHEN, (), review="language: de")
    view = ApplicationView(Application("a1", "co:acme", (), ()), unsure, Plan(), {})
    assert state_label(view) == "needs_review (language: de)"
    assert status_record(AccountView("main", view))["review"] == "language: de"
    assert status_record(AccountView("main", _view(None)))["review"] is None
