"""The actions ledger: the source of truth for drafting each planned action exactly once.

`ActionLedger` is mixed into `Store`, which provides the locked connection. Re-planning
never touches a row that is appending, done or dismissed; transitions refuse (StateError)
anything the ledger does not allow. Every time in and out is aware UTC.
"""

from __future__ import annotations

import abc
import contextlib
import logging
import sqlite3
from collections.abc import Callable, Collection, Sequence
from datetime import datetime
from typing import Any

from followupd.adapters.store_actions import (
    NO_LONGER_PLANNED,
    SELECT_ACTIONS,
    SETTLING,
    ActionRecord,
    ActionStatus,
    PlanChanges,
    actions_by_key,
    expired_reason,
    held_elsewhere,
    insert_action,
    parse_time,
    parse_utc,
    record_from_row,
    replan_action,
    set_status,
    transition,
    utc_text,
)
from followupd.adapters.store_schema import load_addresses
from followupd.core.plan.planner import PastAction, PastStatus, PlanHistory
from followupd.errors import StateError
from followupd.model import Action, ActionKind

log = logging.getLogger(__name__)


class ActionLedger(abc.ABC):
    """The actions table's operations; the class mixing it in provides the connection."""

    @abc.abstractmethod
    def _transaction(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """A locked BEGIN IMMEDIATE ... COMMIT (ROLLBACK on error) on the shared connection."""

    @abc.abstractmethod
    def _query_all(self, sql: str, args: Sequence[Any]) -> list[tuple[Any, ...]]:
        """Rows of a read under the connection lock."""

    # --- planning

    def record_plan(
        self,
        account: str,
        application_id: str,
        actions: Sequence[Action],
        missed: Sequence[Action],
        *,
        now: datetime,
    ) -> PlanChanges:
        """Make the application's pending actions match the plan, in one transaction.

        New keys become pending, pending ones take the new due time and reason, a cancelled
        key planned again is pending again, pending ones the plan dropped are cancelled, and
        expired ones (new, pending or cancelled) are recorded as missed. Rows appending,
        done, dismissed or missed are never touched, nor keys another account already holds.
        A key recorded under another application of the account (threads regrouped since)
        moves to this one: keys name purposes, not groupings.
        """
        stamp = utc_text(now)
        planned = actions_by_key(application_id, actions)
        expired = actions_by_key(application_id, missed)
        if overlap := planned.keys() & expired.keys():
            raise ValueError(f"actions both planned and missed: {sorted(overlap)}")
        added: list[str] = []
        updated: list[str] = []
        cancelled: list[str] = []
        now_missed: list[str] = []
        with self._transaction() as conn:
            found = conn.execute(
                f"{SELECT_ACTIONS} WHERE account = ? AND application_id = ?",
                (account, application_id),
            )
            rows = {r.key: r for r in map(record_from_row, found)}
            wanted = (planned.keys() | expired.keys()) - rows.keys()
            taken = held_elsewhere(conn, account, wanted)
            for key in sorted(wanted - taken):
                moved = conn.execute(
                    "UPDATE actions SET application_id = ? WHERE key = ? AND account = ?",
                    (application_id, key, account),
                )
                if moved.rowcount:
                    row = conn.execute(f"{SELECT_ACTIONS} WHERE key = ?", (key,)).fetchone()
                    rows[key] = record_from_row(row)
            for key, action in planned.items():
                row = rows.get(key)
                if key in taken:
                    continue
                if row is None:
                    insert_action(conn, account, action, ActionStatus.PENDING, stamp=stamp)
                    added.append(key)
                elif row.status is ActionStatus.CANCELLED:
                    replan_action(conn, action, ActionStatus.PENDING, None, stamp)
                    added.append(key)
                elif row.status is ActionStatus.PENDING and row.as_action() != action:
                    replan_action(conn, action, ActionStatus.PENDING, None, stamp)
                    updated.append(key)
            for key, action in expired.items():
                row = rows.get(key)
                why = expired_reason(action)
                if key in taken:
                    continue
                if row is None:
                    insert_action(conn, account, action, ActionStatus.MISSED, why, stamp=stamp)
                    now_missed.append(key)
                elif row.status in {ActionStatus.PENDING, ActionStatus.CANCELLED}:
                    replan_action(conn, action, ActionStatus.MISSED, why, stamp)
                    now_missed.append(key)
            for row in sorted(rows.values(), key=lambda r: (r.due, r.key)):
                gone = row.key not in planned and row.key not in expired
                if gone and row.status is ActionStatus.PENDING:
                    set_status(
                        conn,
                        row.key,
                        ActionStatus.CANCELLED,
                        stamp,
                        status_reason=NO_LONGER_PLANNED,
                    )
                    cancelled.append(row.key)
        for key in now_missed:
            log.info("store.action_missed key=%s reason=%s", key, expired_reason(expired[key]))
        for key in cancelled:
            log.info("store.action_cancelled key=%s reason=%s", key, NO_LONGER_PLANNED)
        changes = PlanChanges(tuple(added), tuple(updated), tuple(cancelled), tuple(now_missed))
        log.debug(
            "store.plan_recorded account=%s thread=%s added=%d updated=%d cancelled=%d missed=%d",
            account,
            application_id,
            len(added),
            len(updated),
            len(cancelled),
            len(now_missed),
        )
        return changes

    def cancel_application(
        self, account: str, application_id: str, reason: str, *, now: datetime
    ) -> tuple[str, ...]:
        """Cancel every pending action of the application (an offer, one to ignore)."""
        return self._cancel_pending(account, reason, now, lambda app: app == application_id)

    def cancel_vanished_applications(
        self, account: str, live_application_ids: Collection[str], reason: str, *, now: datetime
    ) -> tuple[str, ...]:
        """Cancel pending actions of applications the account no longer has (regrouped).

        record_plan only sees applications that exist; without this an orphan stays due
        forever. Call it after recording every plan, so moved keys are not cancelled first.
        """
        live = frozenset(live_application_ids)
        return self._cancel_pending(account, reason, now, lambda app: app not in live)

    def _cancel_pending(
        self, account: str, reason: str, now: datetime, chosen: Callable[[str], bool]
    ) -> tuple[str, ...]:
        stamp = utc_text(now)
        with self._transaction() as conn:
            rows = conn.execute(
                "SELECT key, application_id FROM actions WHERE account = ? AND status = ?"
                " ORDER BY due, key",
                (account, ActionStatus.PENDING.value),
            ).fetchall()
            keys = tuple(str(key) for key, thread in rows if chosen(thread))
            for key in keys:
                set_status(conn, key, ActionStatus.CANCELLED, stamp, status_reason=reason)
        for key in keys:
            log.info("store.action_cancelled key=%s reason=%s", key, reason)
        return keys

    # --- transitions

    def mark_appending(self, key: str, draft_message_id: str, *, now: datetime) -> None:
        """PENDING -> APPENDING: the intent to append the draft with this Message-ID."""
        if not draft_message_id:
            raise ValueError("a draft Message-ID is required")
        stamp = utc_text(now)
        with self._transaction() as conn:
            transition(
                conn,
                key,
                ActionStatus.APPENDING,
                stamp,
                draft_message_id=draft_message_id,
                drafted_at=stamp,
            )
        log.info("store.action_appending key=%s draft_message_id=%s", key, draft_message_id)

    def mark_done(
        self,
        key: str,
        *,
        folder: str,
        uidvalidity: int | None,
        uid: int | None,
        now: datetime,
    ) -> None:
        """APPENDING -> DONE: the draft is in `folder` (UID unknown without UIDPLUS)."""
        stamp = utc_text(now)
        with self._transaction() as conn:
            transition(
                conn,
                key,
                ActionStatus.DONE,
                stamp,
                draft_folder=folder,
                draft_uidvalidity=uidvalidity,
                draft_uid=uid,
            )
        log.info("store.action_done key=%s folder=%r uidvalidity=%s uid=%s", key, folder,
                 uidvalidity, uid)  # fmt: skip

    def mark_status(self, key: str, status: ActionStatus, reason: str, *, now: datetime) -> None:
        """Settle an action as CANCELLED, MISSED or DISMISSED (done -> dismissed too)."""
        if status not in SETTLING:
            raise StateError(f"action {key}: mark_status cannot set {status}")
        stamp = utc_text(now)
        with self._transaction() as conn:
            transition(conn, key, status, stamp, status_reason=reason)
        log.info("store.action_%s key=%s reason=%s", status.value, key, reason)

    # --- reading

    def actions(
        self,
        *,
        account: str | None = None,
        application_id: str | None = None,
        statuses: Collection[ActionStatus] | None = None,
    ) -> list[ActionRecord]:
        """Ledger rows matching every filter given, in due order."""
        where: list[str] = []
        args: list[Any] = []
        if account is not None:
            where.append("account = ?")
            args.append(account)
        if application_id is not None:
            where.append("application_id = ?")
            args.append(application_id)
        if statuses is not None:
            where.append(f"status IN ({', '.join('?' for _ in statuses)})")
            args.extend(ActionStatus(s).value for s in statuses)
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        rows = self._query_all(f"{SELECT_ACTIONS}{clause} ORDER BY due, key", args)
        return [record_from_row(r) for r in rows]

    def action(self, key: str) -> ActionRecord | None:
        """The ledger row of one action, or None."""
        rows = self._query_all(f"{SELECT_ACTIONS} WHERE key = ?", (key,))
        return record_from_row(rows[0]) if rows else None

    def due_actions(self, account: str, now: datetime) -> list[ActionRecord]:
        """Pending actions due by `now`, and every appending one (a crash left it), by due."""
        rows = self._query_all(
            f"{SELECT_ACTIONS} WHERE account = ? AND ((status = ? AND due <= ?) OR status = ?)"
            " ORDER BY due, key",
            (account, ActionStatus.PENDING.value, utc_text(now), ActionStatus.APPENDING.value),
        )
        return [record_from_row(r) for r in rows]

    def next_due(self, account: str | None = None) -> datetime | None:
        """The earliest due time of a pending action (for the timer), or None."""
        sql = "SELECT MIN(due) FROM actions WHERE status = ?"
        args: list[Any] = [ActionStatus.PENDING.value]
        if account is not None:
            sql += " AND account = ?"
            args.append(account)
        rows = self._query_all(sql, args)
        return parse_time(rows[0][0]) if rows else None

    def plan_history(self, account: str) -> PlanHistory:
        """Every drafted (appending or done), dismissed and missed action of the account."""
        rows = self._query_all(
            "SELECT key, kind, status, COALESCE(drafted_at, updated_at), reply_to_message_id,"
            " to_json, application_id, draft_message_id FROM actions"
            " WHERE account = ? AND status IN (?, ?, ?, ?)",
            (account, "appending", "done", "dismissed", "missed"),
        )
        statuses: dict[str, PastStatus] = {
            "appending": "drafted",
            "done": "drafted",
            "dismissed": "dismissed",
            "missed": "missed",
        }
        return PlanHistory(
            tuple(
                PastAction(
                    key=key,
                    kind=ActionKind(kind),
                    status=statuses[status],
                    at=parse_utc(at),
                    parent=parent,
                    to=tuple(a.email.lower() for a in load_addresses(to_json)),
                    application_id=app,
                    draft_message_id=draft_id,
                )
                for key, kind, status, at, parent, to_json, app, draft_id in rows
            )
        )
