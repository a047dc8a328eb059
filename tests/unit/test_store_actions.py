"""The actions ledger: planning, every transition, crash recovery, history, migration."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from followupd.adapters.store import Store
from followupd.adapters.store_actions import ActionRecord, ActionStatus, PlanChanges
from followupd.adapters.store_schema import MIGRATIONS
from followupd.errors import StateError
from followupd.model import (
    Action,
    ActionKind,
    Address,
    FolderRole,
    FolderState,
    Message,
    MessageLocation,
)

NOW = datetime(2025, 3, 10, 9, 30, tzinfo=UTC)
S = ActionStatus
ALL_STATUSES = tuple(ActionStatus)
ACCOUNT = "work"


def act(
    thread: str = "t1",
    kind: ActionKind = ActionKind.THANK_YOU,
    seq: int = 1,
    *,
    due: datetime = NOW,
    **extra: object,
) -> Action:
    """A planned action with a key in the planner's shape (thread:kind:seq)."""
    action = Action(
        key=f"{thread}:{kind}:{seq}",
        application_id=thread,
        kind=kind,
        due=due,
        expires=due + timedelta(days=3),
        reason=f"{kind} {seq}; to jane@acme.example",
        seq=seq,
        to=(Address("Jane Doe", "jane@acme.example"),),
        reply_to_message_id="<m1@acme.example>",
        evidence=("interview 2025-03-07 10:00", "ics SEQUENCE 0"),
    )
    return replace(action, **extra)  # type: ignore[arg-type]


@pytest.fixture
def state_dir(tmp_path: Path) -> Path:
    return tmp_path / "state"


@pytest.fixture
def store(state_dir: Path) -> Iterator[Store]:
    with Store.open(state_dir) as opened:
        yield opened


def plan(store: Store, *actions: Action, missed: tuple[Action, ...] = (), thread: str = "t1",
         account: str = ACCOUNT, now: datetime = NOW) -> PlanChanges:  # fmt: skip
    return store.record_plan(account, thread, list(actions), list(missed), now=now)


def status(store: Store, key: str) -> ActionStatus:
    record = store.action(key)
    assert record is not None
    return record.status


def bring_to(store: Store, action: Action, target: ActionStatus) -> ActionRecord:
    """Put `action` into `target` through the public API only."""
    if target is S.MISSED:
        plan(store, missed=(action,), thread=action.application_id)
    else:
        plan(store, action, thread=action.application_id)
    if target in {S.APPENDING, S.DONE}:
        store.mark_appending(action.key, f"<{action.seq}.draft@example.org>", now=NOW)
    if target is S.DONE:
        store.mark_done(action.key, folder="Drafts", uidvalidity=7, uid=41, now=NOW)
    if target in {S.CANCELLED, S.DISMISSED}:
        store.mark_status(action.key, target, "by test", now=NOW)
    record = store.action(action.key)
    assert record is not None and record.status is target
    return record


# --- record_plan


def test_new_actions_are_pending_with_every_field(store: Store) -> None:
    a = act(due=datetime(2025, 3, 10, 11, 0, tzinfo=timezone(timedelta(hours=1))))
    assert plan(store, a) == PlanChanges(added=(a.key,))
    record = store.action(a.key)
    assert record is not None
    assert record.as_action() == a
    assert (record.account, record.status, record.status_reason) == (ACCOUNT, S.PENDING, None)
    assert record.due == datetime(2025, 3, 10, 10, 0, tzinfo=UTC)
    assert record.due.utcoffset() == timedelta(0)
    assert record.created_at == record.updated_at == NOW
    assert (record.draft_message_id, record.drafted_at, record.draft_uid) == (None, None, None)
    assert store.action("t1:nothing:1") is None


def test_same_plan_again_changes_nothing(store: Store) -> None:
    a, b = act(seq=1), act(kind=ActionKind.STATUS_CHECK, seq=1, due=NOW + timedelta(days=7))
    plan(store, a, b)
    assert plan(store, b, a, now=NOW + timedelta(hours=1)) == PlanChanges()
    record = store.action(a.key)
    assert record is not None and record.updated_at == NOW


def test_replan_updates_pending_fields(store: Store) -> None:
    a = act()
    plan(store, a)
    later = replace(
        a,
        due=NOW + timedelta(days=1),
        expires=None,
        reason="moved: rescheduled",
        to=(Address("", "hr@acme.example"),),
        evidence=("reschedule",),
        reply_to_message_id="<m2@acme.example>",
    )
    assert plan(store, later, now=NOW + timedelta(minutes=5)) == PlanChanges(updated=(a.key,))
    record = store.action(a.key)
    assert record is not None
    assert record.as_action() == later
    assert record.status is S.PENDING
    assert (record.created_at, record.updated_at) == (NOW, NOW + timedelta(minutes=5))


def test_replan_cancels_what_dropped_out(store: Store, caplog: pytest.LogCaptureFixture) -> None:
    a, b, c = act(seq=1), act(seq=2, due=NOW + timedelta(days=1)), act("t2")
    plan(store, a, b)
    plan(store, c, thread="t2")
    with caplog.at_level("INFO", logger="followupd.adapters.store_ledger"):
        changes = plan(store, b)
    assert changes == PlanChanges(cancelled=(a.key,))
    record = store.action(a.key)
    assert record is not None
    assert (record.status, record.status_reason) == (S.CANCELLED, "no longer planned")
    assert status(store, b.key) is S.PENDING
    assert status(store, c.key) is S.PENDING  # another thread is not this plan's business
    assert f"store.action_cancelled key={a.key} reason=no longer planned" in caplog.text
    assert plan(store) == PlanChanges(cancelled=(b.key,))


def test_cancelled_action_planned_again_is_pending_again(store: Store) -> None:
    a = act()
    plan(store, a)
    plan(store)
    again = replace(a, due=NOW + timedelta(days=2))
    assert plan(store, again) == PlanChanges(added=(a.key,))
    record = store.action(a.key)
    assert record is not None
    assert (record.status, record.status_reason, record.due) == (S.PENDING, None, again.due)


@pytest.mark.parametrize("frozen", [S.APPENDING, S.DONE, S.DISMISSED])
def test_record_plan_never_touches_appending_done_dismissed(
    store: Store, frozen: ActionStatus
) -> None:
    a = act()
    before = bring_to(store, a, frozen)
    moved = replace(a, due=NOW + timedelta(days=9), reason="other")
    for actions, missed in [([moved], []), ([], [moved]), ([], [])]:
        changes = store.record_plan(ACCOUNT, "t1", actions, missed, now=NOW + timedelta(days=1))
        assert changes == PlanChanges()
        assert store.action(a.key) == before
    assert store.cancel_application(ACCOUNT, "t1", "offer", now=NOW) == ()
    assert store.action(a.key) == before


def test_missed_is_recorded_once(store: Store, caplog: pytest.LogCaptureFixture) -> None:
    expired = act(due=NOW - timedelta(days=5))
    with caplog.at_level("INFO", logger="followupd.adapters.store_ledger"):
        assert plan(store, missed=(expired,)) == PlanChanges(missed=(expired.key,))
    record = store.action(expired.key)
    assert record is not None
    assert record.status is S.MISSED
    assert record.status_reason == "expired 2025-03-08T09:30+00:00 before it was drafted"
    assert f"store.action_missed key={expired.key}" in caplog.text
    assert plan(store, missed=(expired,), now=NOW + timedelta(days=1)) == PlanChanges()
    assert plan(store, expired, now=NOW + timedelta(days=1)) == PlanChanges()  # stays missed
    assert store.action(expired.key) == record


def test_pending_that_expired_becomes_missed(store: Store) -> None:
    a = act()
    plan(store, a)
    late = replace(a, expires=None, reason="seen too late")
    assert plan(store, missed=(late,), now=NOW + timedelta(days=4)) == PlanChanges(missed=(a.key,))
    record = store.action(a.key)
    assert record is not None
    assert (record.status, record.status_reason) == (S.MISSED, "expired before it was drafted")
    assert record.as_action() == late


def test_cancelled_that_is_now_expired_becomes_missed(store: Store) -> None:
    a = act()
    plan(store, a)
    plan(store)
    assert plan(store, missed=(a,)) == PlanChanges(missed=(a.key,))
    assert status(store, a.key) is S.MISSED


def test_record_plan_is_one_transaction(store: Store) -> None:
    plan(store, act(seq=1))
    # sqlite cannot bind this seq: the write fails half-way through the plan
    poisoned = replace(act(seq=3), seq=object())  # type: ignore[arg-type]
    with pytest.raises(StateError, match="write failed"):
        plan(store, act(seq=2), poisoned)
    assert [(r.key, r.status) for r in store.actions()] == [("t1:thank_you:1", S.PENDING)]


def test_record_plan_refuses_inconsistent_input(store: Store) -> None:
    with pytest.raises(ValueError, match="belongs to t2"):
        plan(store, act("t2"), thread="t1")
    with pytest.raises(ValueError, match="planned twice"):
        plan(store, act(), act())
    with pytest.raises(ValueError, match="both planned and missed"):
        plan(store, act(), missed=(act(),))
    with pytest.raises(ValueError, match="naive"):
        plan(store, act(), now=NOW.replace(tzinfo=None))
    with pytest.raises(ValueError, match="naive"):
        plan(store, act(due=NOW.replace(tzinfo=None)))
    assert store.actions() == []


def test_a_key_held_by_another_account_is_left_alone(store: Store) -> None:
    a = act()
    plan(store, a, account="home")
    before = store.action(a.key)
    assert plan(store, replace(a, reason="x"), account="work") == PlanChanges()
    assert plan(store, missed=(a,), account="work") == PlanChanges()
    assert store.action(a.key) == before
    assert store.actions(account="work") == []


def test_cancel_application_cancels_pending_only(store: Store) -> None:
    a, b = act(seq=1), act(seq=2, due=NOW + timedelta(days=1))
    c, other = act(seq=3), act("t2")
    plan(store, a, b, c)
    plan(store, other, thread="t2")
    store.mark_appending(c.key, "<c@example.org>", now=NOW)
    assert store.cancel_application(ACCOUNT, "t1", "offer received", now=NOW) == (a.key, b.key)
    record = store.action(a.key)
    assert record is not None and record.status_reason == "offer received"
    assert status(store, b.key) is S.CANCELLED
    assert status(store, c.key) is S.APPENDING
    assert status(store, other.key) is S.PENDING
    assert store.cancel_application(ACCOUNT, "t1", "offer received", now=NOW) == ()


def test_cancel_vanished_applications(store: Store, caplog: pytest.LogCaptureFixture) -> None:
    kept, gone, gone_too = act("t1"), act("t2"), act("t3", due=NOW - timedelta(hours=1))
    appending, other_account = act("t4"), act("t5")
    for a in (kept, gone, gone_too, appending):
        plan(store, a, thread=a.application_id)
    plan(store, other_account, thread="t5", account="home")
    store.mark_appending(appending.key, "<4@x>", now=NOW)
    with caplog.at_level("INFO", logger="followupd.adapters.store_ledger"):
        keys = store.cancel_vanished_applications(ACCOUNT, {"t1"}, "thread regrouped", now=NOW)
    assert keys == (gone_too.key, gone.key)
    assert f"store.action_cancelled key={gone.key} reason=thread regrouped" in caplog.text
    assert status(store, kept.key) is S.PENDING
    assert status(store, appending.key) is S.APPENDING
    assert status(store, other_account.key) is S.PENDING
    assert store.cancel_vanished_applications(ACCOUNT, ["t1"], "again", now=NOW) == ()


# --- transitions


def _appending(store: Store, key: str) -> None:
    store.mark_appending(key, "<d@example.org>", now=NOW)


def _done(store: Store, key: str) -> None:
    store.mark_done(key, folder="Drafts", uidvalidity=1, uid=9, now=NOW)


def _to(target: ActionStatus) -> Callable[[Store, str], None]:
    def move(store: Store, key: str) -> None:
        store.mark_status(key, target, "test", now=NOW)

    return move


ALLOWED = {
    (S.PENDING, S.APPENDING), (S.APPENDING, S.DONE),
    (S.PENDING, S.CANCELLED), (S.APPENDING, S.CANCELLED),
    (S.PENDING, S.MISSED), (S.APPENDING, S.MISSED),
    (S.PENDING, S.DISMISSED), (S.APPENDING, S.DISMISSED), (S.DONE, S.DISMISSED),
}  # fmt: skip
MOVES: dict[ActionStatus, Callable[[Store, str], None]] = {
    S.APPENDING: _appending,
    S.DONE: _done,
    S.CANCELLED: _to(S.CANCELLED),
    S.MISSED: _to(S.MISSED),
    S.DISMISSED: _to(S.DISMISSED),
}


@pytest.mark.parametrize("source", ALL_STATUSES)
@pytest.mark.parametrize("target", list(MOVES))
def test_every_transition_allowed_or_refused(
    store: Store, source: ActionStatus, target: ActionStatus
) -> None:
    a = act()
    before = bring_to(store, a, source)
    if (source, target) in ALLOWED:
        MOVES[target](store, a.key)
        after = store.action(a.key)
        assert after is not None and after.status is target
        assert after.as_action() == before.as_action()  # the plan itself is kept
    else:
        with pytest.raises(StateError, match=f"is {source}: it cannot become {target}"):
            MOVES[target](store, a.key)
        assert store.action(a.key) == before


@pytest.mark.parametrize("target", [S.PENDING, S.APPENDING, S.DONE])
def test_mark_status_only_settles(store: Store, target: ActionStatus) -> None:
    a = act()
    plan(store, a)
    with pytest.raises(StateError, match=f"mark_status cannot set {target}"):
        store.mark_status(a.key, target, "no", now=NOW)
    assert status(store, a.key) is S.PENDING


def test_transitions_of_an_unknown_key_are_refused(store: Store) -> None:
    for move in MOVES.values():
        with pytest.raises(StateError, match="no action t9:x:1 in the ledger"):
            move(store, "t9:x:1")


def test_appending_then_done_records_the_draft(store: Store) -> None:
    a = act()
    plan(store, a)
    with pytest.raises(ValueError, match="Message-ID is required"):
        store.mark_appending(a.key, "", now=NOW)
    store.mark_appending(a.key, "<t1.ty@example.org>", now=NOW + timedelta(minutes=1))
    store.mark_done(a.key, folder="Drafts", uidvalidity=None, uid=None, now=NOW + timedelta(2))
    record = store.action(a.key)
    assert record is not None
    assert record.status is S.DONE
    assert record.draft_message_id == "<t1.ty@example.org>"
    assert record.drafted_at == NOW + timedelta(minutes=1)
    assert (record.draft_folder, record.draft_uidvalidity, record.draft_uid) == (
        "Drafts",
        None,
        None,
    )
    assert record.updated_at == NOW + timedelta(2)


def test_done_then_dismissed_keeps_where_the_draft_was(store: Store) -> None:
    a = act()
    bring_to(store, a, S.DONE)
    store.mark_status(a.key, S.DISMISSED, "draft deleted unsent", now=NOW)
    record = store.action(a.key)
    assert record is not None
    assert (record.status, record.status_reason) == (S.DISMISSED, "draft deleted unsent")
    assert (record.draft_folder, record.draft_uidvalidity, record.draft_uid) == ("Drafts", 7, 41)


# --- reading


def test_due_actions_include_appending_after_a_crash(state_dir: Path) -> None:
    soon, later, crashed = act(seq=1), act(seq=2, due=NOW + timedelta(days=2)), act(seq=3)
    earlier = act("t2", due=NOW - timedelta(hours=3))
    crashed = replace(crashed, due=NOW + timedelta(days=1))
    elsewhere = act("t3")
    store = Store.open(state_dir)
    plan(store, soon, later, crashed)
    plan(store, earlier, thread="t2")
    plan(store, elsewhere, thread="t3", account="home")
    store.mark_appending(crashed.key, "<crash@example.org>", now=NOW)
    store.close()  # the process dies between intent and APPEND
    with Store.open(state_dir) as reopened:
        due = reopened.due_actions(ACCOUNT, NOW)
        assert [(r.key, r.status) for r in due] == [
            (earlier.key, S.PENDING),
            (soon.key, S.PENDING),
            (crashed.key, S.APPENDING),
        ]
        assert due[2].draft_message_id == "<crash@example.org>"
        assert [r.key for r in reopened.due_actions(ACCOUNT, NOW - timedelta(hours=4))] == [
            crashed.key
        ]
        with pytest.raises(ValueError, match="naive"):
            reopened.due_actions(ACCOUNT, NOW.replace(tzinfo=None))


def test_due_time_compares_by_instant_across_offsets(store: Store) -> None:
    plus_one = timezone(timedelta(hours=1))
    a = act(due=datetime(2025, 3, 10, 10, 30, 0, 500, tzinfo=plus_one))  # 09:30:00.0005 UTC
    plan(store, a)
    assert store.due_actions(ACCOUNT, NOW) == []
    assert [r.key for r in store.due_actions(ACCOUNT, NOW + timedelta(microseconds=500))] == [a.key]


def test_next_due_is_the_earliest_pending(store: Store) -> None:
    assert store.next_due() is None
    a, b = act(seq=1, due=NOW + timedelta(days=2)), act(seq=2, due=NOW + timedelta(days=1))
    plan(store, a, b)
    plan(store, act("t2", due=NOW + timedelta(hours=1)), thread="t2", account="home")
    assert store.next_due() == NOW + timedelta(hours=1)
    assert store.next_due(ACCOUNT) == NOW + timedelta(days=1)
    store.mark_appending(b.key, "<b@example.org>", now=NOW)
    assert store.next_due(ACCOUNT) == NOW + timedelta(days=2)
    store.mark_status(a.key, S.CANCELLED, "reply came", now=NOW)
    assert store.next_due(ACCOUNT) is None
    assert store.next_due("nobody") is None


def test_actions_filters(store: Store) -> None:
    a, b, c = act(seq=1), act(seq=2, due=NOW - timedelta(days=1)), act("t2")
    plan(store, a, b)
    plan(store, c, thread="t2", account="home")
    store.mark_status(a.key, S.DISMISSED, "user", now=NOW)
    assert [r.key for r in store.actions()] == [b.key, a.key, c.key]
    assert [r.key for r in store.actions(account="home")] == [c.key]
    assert [r.key for r in store.actions(application_id="t1")] == [b.key, a.key]
    assert [r.key for r in store.actions(statuses=[S.PENDING])] == [b.key, c.key]
    only = store.actions(account=ACCOUNT, application_id="t1", statuses={S.DISMISSED, S.DONE})
    assert [r.key for r in only] == [a.key]
    assert store.actions(statuses=[]) == []


def test_plan_history(store: Store) -> None:
    pending, appending, done = act(seq=1), act(seq=2), act(seq=3)
    cancelled, missed, dismissed = act(seq=4), act(seq=5), act(seq=6)
    plan(store, pending, appending, done, cancelled, dismissed, missed=(missed,))
    store.mark_appending(appending.key, "<2@x>", now=NOW + timedelta(hours=1))
    store.mark_appending(done.key, "<3@x>", now=NOW + timedelta(hours=2))
    store.mark_done(done.key, folder="Drafts", uidvalidity=1, uid=3, now=NOW + timedelta(3))
    store.mark_status(cancelled.key, S.CANCELLED, "reply", now=NOW)
    store.mark_status(dismissed.key, S.DISMISSED, "deleted", now=NOW)
    plan(store, act("t2"), thread="t2", account="home")
    store.mark_appending("t2:thank_you:1", "<h@x>", now=NOW)
    history = store.plan_history(ACCOUNT)
    seen = {e.key: (e.status, e.at) for e in history.entries}
    assert seen == {
        appending.key: ("drafted", NOW + timedelta(hours=1)),
        done.key: ("drafted", NOW + timedelta(hours=2)),  # when drafted, not when marked done
        dismissed.key: ("dismissed", NOW),
        missed.key: ("missed", NOW),
    }
    entry = history.get(done.key)
    assert entry is not None
    assert (entry.kind, entry.parent, entry.to, entry.application_id) == (
        ActionKind.THANK_YOU,
        "<m1@acme.example>",
        ("jane@acme.example",),
        "t1",
    )
    assert store.plan_history("nobody").entries == ()


def test_a_key_planned_under_another_application_moves_with_its_history(store: Store) -> None:
    """Keys name purposes: when threads are regrouped and the same purpose is planned for
    another application id, the row (and what was drafted) follows it; nothing doubles."""
    a, b = act("t1", seq=1), act("t1", seq=2)
    plan(store, a, b)
    store.mark_appending(a.key, "<a@x>", now=NOW)
    store.mark_done(a.key, folder="Drafts", uidvalidity=1, uid=3, now=NOW)
    moved_a, moved_b = replace(a, application_id="t9"), replace(b, application_id="t9")
    changes = plan(store, moved_a, moved_b, thread="t9")
    assert changes == PlanChanges()  # b was pending with the same content: nothing to do
    assert {r.key: r.application_id for r in store.actions()} == {a.key: "t9", b.key: "t9"}
    assert status(store, a.key) is S.DONE
    assert store.cancel_vanished_applications(ACCOUNT, {"t9"}, "regrouped", now=NOW) == ()


# --- schema


def test_migrates_from_the_previous_version_keeping_data(state_dir: Path) -> None:
    msg = Message(
        location=MessageLocation(ACCOUNT, "INBOX", 1, 1),
        role=FolderRole.INBOX,
        message_id="<m1@acme.example>",
        in_reply_to=None,
        references=(),
        subject="Interview",
        from_=(Address("Jane", "jane@acme.example"),),
        to=(),
        cc=(),
        reply_to=(),
        date=NOW,
        text="body",
    )
    mark = FolderState(ACCOUNT, "INBOX", 1, 1)
    with Store.open(state_dir, migrations=MIGRATIONS[:1]) as old:
        old.save_batch(state=mark, messages=[msg], quarantined=[])
        assert old._connection().execute("PRAGMA user_version").fetchone()[0] == 1
    with Store.open(state_dir) as store:
        conn = store._connection()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert store.messages() == [msg]
        assert store.folder_state(ACCOUNT, "INBOX") == mark
        plan(store, act())
        assert store.next_due() == NOW


def test_migrates_thread_state_to_applications(state_dir: Path) -> None:
    """A database of schema 4 (thread ids everywhere) keeps its ledger and corrections: the
    actions carry over under their old ids, each correction moves to a message of its thread,
    and the first sync's time becomes the moment followupd was installed."""
    msg = Message(
        location=MessageLocation(ACCOUNT, "INBOX", 1, 1),
        role=FolderRole.INBOX,
        message_id="<M1@acme.example>",
        in_reply_to=None,
        references=(),
        subject="Interview",
        from_=(Address("Jane", "jane@acme.example"),),
        to=(),
        cc=(),
        reply_to=(),
        date=NOW,
        text="body",
    )
    # The thread id schema 4 used: the hash of the first message's root id.
    thread = hashlib.sha256(b"m1@acme.example").hexdigest()[:16]
    with Store.open(state_dir, migrations=MIGRATIONS[:4]) as old:
        old.save_batch(state=FolderState(ACCOUNT, "INBOX", 1, 1), messages=[msg], quarantined=[])
        conn = old._connection()
        conn.execute(
            "INSERT INTO actions (key, account, thread_id, kind, due, status, reason, seq,"
            " to_json, reply_to_message_id, evidence_json, drafted_at, created_at, updated_at)"
            " VALUES (?, ?, ?, 'thank_you', ?, 'done', 'r', 1, ?, '<M1@acme.example>', '[]',"
            " ?, ?, ?)",
            (
                f"{thread}:thank_you:1:x",
                ACCOUNT,
                thread,
                NOW.isoformat(),
                '[["Jane","jane@acme.example"]]',
                *(NOW.isoformat(),) * 3,
            ),
        )
        for kind, value in (("ignore", "yes"), ("expect", "2025-04-01")):
            conn.execute(
                "INSERT INTO corrections (account, thread_id, kind, value, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (ACCOUNT, thread, kind, value, NOW.isoformat()),
            )
        conn.execute(
            "INSERT INTO corrections (account, thread_id, kind, value, created_at)"
            " VALUES (?, 'gone', 'ignore', 'yes', ?)",
            (ACCOUNT, NOW.isoformat()),
        )
    with Store.open(state_dir) as store:
        (record,) = store.actions()
        assert (record.application_id, record.status) == (thread, S.DONE)
        (past,) = store.plan_history(ACCOUNT).entries
        assert (past.kind, past.status, past.parent) == (
            ActionKind.THANK_YOU,
            "drafted",
            "<M1@acme.example>",
        )
        fixes = store.corrections(ACCOUNT)
        assert fixes.ignored == {"<M1@acme.example>"}
        assert dict(fixes.expected) == {"<M1@acme.example>": date(2025, 4, 1)}
        installed = store.installed_at(ACCOUNT)
        assert installed is not None and installed <= datetime.now(UTC)
        assert store.mark_installed(ACCOUNT, NOW) == installed  # set once, kept


def test_the_table_refuses_an_unknown_status(store: Store) -> None:
    plan(store, act())
    with pytest.raises(StateError), store._transaction() as conn:
        conn.execute("UPDATE actions SET status = 'sent'")
    assert status(store, act().key) is S.PENDING


def test_threads_share_the_store_safely(store: Store) -> None:
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            thread = f"t{n}"
            for last in range(1, 6):  # each pass plans one more
                plan(store, *(act(thread, seq=seq) for seq in range(1, last + 1)), thread=thread)
            for seq in range(1, 6):
                key = f"{thread}:thank_you:{seq}"
                store.mark_appending(key, f"<{n}.{seq}@x>", now=NOW)
                store.mark_done(key, folder="Drafts", uidvalidity=1, uid=seq, now=NOW)
        except BaseException as exc:  # reported to the main thread below
            errors.append(exc)

    workers = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert errors == []
    assert len(store.actions(statuses=[S.DONE])) == 30
    assert len(store.plan_history(ACCOUNT).entries) == 30
