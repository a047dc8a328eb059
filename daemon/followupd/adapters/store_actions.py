"""Action ledger types (ActionStatus, ActionRecord, PlanChanges), its rows and transitions.

An action moves pending -> appending -> done, or ends cancelled, missed or dismissed.
APPENDING is written (with the draft's Message-ID) before the APPEND, so after a crash the
row says a draft may already be in Drafts. The operations live in `store_ledger`.
"""

from __future__ import annotations

import enum
import json
import logging
import sqlite3
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any

from followupd.adapters.store_schema import addresses_json, dump_json, load_addresses
from followupd.errors import StateError
from followupd.model import Action, ActionKind, Address

log = logging.getLogger(__name__)

NO_LONGER_PLANNED = "no longer planned"


class ActionStatus(enum.StrEnum):
    """Where an action stands in the ledger."""

    PENDING = "pending"
    APPENDING = "appending"
    DONE = "done"
    CANCELLED = "cancelled"
    MISSED = "missed"
    DISMISSED = "dismissed"


# target status -> the statuses it may be reached from
_ALLOWED_FROM: Mapping[ActionStatus, frozenset[ActionStatus]] = MappingProxyType(
    {
        ActionStatus.APPENDING: frozenset({ActionStatus.PENDING}),
        ActionStatus.DONE: frozenset({ActionStatus.APPENDING}),
        ActionStatus.CANCELLED: frozenset({ActionStatus.PENDING, ActionStatus.APPENDING}),
        ActionStatus.MISSED: frozenset({ActionStatus.PENDING, ActionStatus.APPENDING}),
        # done -> dismissed: the user deleted our draft without sending it
        ActionStatus.DISMISSED: frozenset(
            {ActionStatus.PENDING, ActionStatus.APPENDING, ActionStatus.DONE}
        ),
    }
)
SETTLING = frozenset({ActionStatus.CANCELLED, ActionStatus.MISSED, ActionStatus.DISMISSED})


@dataclass(frozen=True, slots=True)
class ActionRecord:
    """One row of the ledger: the planned action, its status, and where its draft went."""

    key: str
    account: str
    application_id: str
    kind: ActionKind
    due: datetime
    expires: datetime | None
    status: ActionStatus
    reason: str
    seq: int
    to: tuple[Address, ...]
    reply_to_message_id: str | None
    evidence: tuple[str, ...]
    draft_message_id: str | None
    draft_folder: str | None
    draft_uidvalidity: int | None
    draft_uid: int | None
    status_reason: str | None
    created_at: datetime
    updated_at: datetime
    drafted_at: datetime | None = None

    def as_action(self) -> Action:
        """The planned action this row records."""
        return Action(
            key=self.key,
            application_id=self.application_id,
            kind=self.kind,
            due=self.due,
            expires=self.expires,
            reason=self.reason,
            seq=self.seq,
            to=self.to,
            reply_to_message_id=self.reply_to_message_id,
            evidence=self.evidence,
        )


@dataclass(frozen=True, slots=True)
class PlanChanges:
    """What record_plan changed, by action key."""

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    cancelled: tuple[str, ...] = ()
    missed: tuple[str, ...] = ()


_COLUMNS = (
    "key", "account", "application_id", "kind", "due", "expires", "status", "reason", "seq",
    "to_json", "reply_to_message_id", "evidence_json", "draft_message_id", "draft_folder",
    "draft_uidvalidity", "draft_uid", "status_reason", "created_at", "updated_at", "drafted_at",
)  # fmt: skip
SELECT_ACTIONS = f"SELECT {', '.join(_COLUMNS)} FROM actions"  # noqa: S608 - fixed text
_INSERT = (
    "INSERT INTO actions (key, account, application_id, kind, due, expires, status, reason, seq,"
    " to_json, reply_to_message_id, evidence_json, status_reason, created_at, updated_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
# A re-plan refreshes what the planner decides; kind and seq are part of the key.
_REPLAN = (
    "UPDATE actions SET due = ?, expires = ?, reason = ?, to_json = ?, reply_to_message_id = ?,"
    " evidence_json = ?, status = ?, status_reason = ?, updated_at = ? WHERE key = ?"
)


def utc_text(moment: datetime) -> str:
    """An aware datetime as fixed-width ISO 8601 UTC text (so text order is time order)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment.isoformat()} where UTC is required")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def parse_time(text: str | None) -> datetime | None:
    """Stored text back to an aware UTC datetime; None stays None."""
    return None if text is None else parse_utc(text)


def parse_utc(text: str) -> datetime:
    """Stored ISO 8601 text back to an aware UTC datetime."""
    return datetime.fromisoformat(text).astimezone(UTC)


def record_from_row(row: Sequence[Any]) -> ActionRecord:
    """An ActionRecord from a row selected by SELECT_ACTIONS."""
    r = dict(zip(_COLUMNS, row, strict=True))
    return ActionRecord(
        key=r["key"],
        account=r["account"],
        application_id=r["application_id"],
        kind=ActionKind(r["kind"]),
        due=parse_utc(r["due"]),
        expires=parse_time(r["expires"]),
        status=ActionStatus(r["status"]),
        reason=r["reason"],
        seq=int(r["seq"]),
        to=load_addresses(r["to_json"]),
        reply_to_message_id=r["reply_to_message_id"],
        evidence=tuple(str(e) for e in json.loads(r["evidence_json"])),
        draft_message_id=r["draft_message_id"],
        draft_folder=r["draft_folder"],
        draft_uidvalidity=r["draft_uidvalidity"],
        draft_uid=r["draft_uid"],
        status_reason=r["status_reason"],
        created_at=parse_utc(r["created_at"]),
        updated_at=parse_utc(r["updated_at"]),
        drafted_at=parse_time(r["drafted_at"]),
    )


def planned_values(action: Action) -> tuple[Any, ...]:
    """The columns a re-plan may change, in _REPLAN order (due .. evidence_json)."""
    return (
        utc_text(action.due),
        utc_text(action.expires) if action.expires else None,
        action.reason,
        addresses_json(action.to),
        action.reply_to_message_id,
        dump_json(list(action.evidence)),
    )


def expired_reason(action: Action) -> str:
    """The status reason of an action recorded as missed."""
    if action.expires is None:
        return "expired before it was drafted"
    when = action.expires.astimezone(UTC).isoformat(timespec="minutes")
    return f"expired {when} before it was drafted"


def actions_by_key(application_id: str, actions: Sequence[Action]) -> dict[str, Action]:
    """The application's actions by key; another application's action or a repeated key is a
    bug."""
    found: dict[str, Action] = {}
    for action in actions:
        if action.application_id != application_id:
            raise ValueError(f"action {action.key} belongs to {action.application_id}")
        if action.key in found:
            raise ValueError(f"action {action.key} planned twice")
        found[action.key] = action
    return found


def held_elsewhere(conn: sqlite3.Connection, account: str, keys: Collection[str]) -> set[str]:
    """Keys another account's row holds: logged and left alone."""
    taken = set()
    for key in sorted(keys):
        row = conn.execute("SELECT account FROM actions WHERE key = ?", (key,)).fetchone()
        if row is not None and row[0] != account:
            log.warning("store.action_key_taken key=%s account=%s", key, row[0])
            taken.add(key)
    return taken


def insert_action(
    conn: sqlite3.Connection,
    account: str,
    action: Action,
    status: ActionStatus,
    status_reason: str | None = None,
    *,
    stamp: str,
) -> None:
    """A new row for `action` with the given status."""
    due, expires, reason, to_json, reply_to, evidence = planned_values(action)
    conn.execute(
        _INSERT,
        (action.key, account, action.application_id, action.kind.value, due, expires, status.value,
         reason, action.seq, to_json, reply_to, evidence, status_reason, stamp, stamp),
    )  # fmt: skip


def replan_action(
    conn: sqlite3.Connection,
    action: Action,
    status: ActionStatus,
    status_reason: str | None,
    stamp: str,
) -> None:
    """Refresh a row with the planner's latest due time, reason and recipients."""
    conn.execute(_REPLAN, (*planned_values(action), status.value, status_reason, stamp, action.key))


def set_status(
    conn: sqlite3.Connection, key: str, status: ActionStatus, stamp: str, **columns: object
) -> None:
    """Set a row's status, updated_at and the given columns (their names come from our code)."""
    names = ("status", "updated_at", *columns)
    assignments = ", ".join(f"{name} = ?" for name in names)
    conn.execute(
        f"UPDATE actions SET {assignments} WHERE key = ?",  # noqa: S608 - our column names
        (status.value, stamp, *columns.values(), key),
    )


def transition(
    conn: sqlite3.Connection, key: str, target: ActionStatus, stamp: str, **columns: object
) -> None:
    """Move a row to `target`, refused (StateError) unless the ledger allows it from here."""
    row = conn.execute("SELECT status FROM actions WHERE key = ?", (key,)).fetchone()
    if row is None:
        raise StateError(f"no action {key} in the ledger")
    current = ActionStatus(row[0])
    if current not in _ALLOWED_FROM[target]:
        raise StateError(f"action {key} is {current}: it cannot become {target}")
    set_status(conn, key, target, stamp, **columns)
