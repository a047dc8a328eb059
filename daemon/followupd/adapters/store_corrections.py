"""The user's corrections (ignore an application, a decision date said aloud, grouping fixes,
a message's label): they win over what followupd read. Each names a message (its anchor)."""

from __future__ import annotations

import abc
import contextlib
import logging
import sqlite3
from collections.abc import Collection, Sequence
from datetime import UTC, date, datetime
from typing import Any

from followupd.core.plan.applications import Grouping
from followupd.core.plan.evaluate import Corrections
from followupd.model import Label

log = logging.getLogger(__name__)

_LABELS = frozenset(label.value for label in Label)


class CorrectionBook(abc.ABC):
    """The corrections table's operations; the class mixing it in provides the connection."""

    @abc.abstractmethod
    def _transaction(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """A locked BEGIN IMMEDIATE ... COMMIT (ROLLBACK on error) on the shared connection."""

    @abc.abstractmethod
    def _query_all(self, sql: str, args: Sequence[Any]) -> list[tuple[Any, ...]]:
        """Rows of a read under the connection lock."""

    def set_ignored(self, account: str, anchor: str, ignored: bool, *, now: datetime) -> None:
        """Mark the application holding message `anchor` as not worth any draft (or undo)."""
        self._put(account, anchor, "ignore", "yes" if ignored else None, now)

    def set_expected(self, account: str, anchor: str, by: date | None, *, now: datetime) -> None:
        """Record the decision date an interviewer said aloud (None forgets it)."""
        self._put(account, anchor, "expect", by.isoformat() if by else None, now)

    def set_revived(self, account: str, anchor: str, revived: bool, *, now: datetime) -> None:
        """Bring back an application that looked moved on when followupd was installed."""
        self._put(account, anchor, "revive", "yes" if revived else None, now)

    def set_separate(self, account: str, anchor: str, separate: bool, *, now: datetime) -> None:
        """Keep the thread of message `anchor` an application of its own (or undo)."""
        self._put(account, anchor, "separate", "yes" if separate else None, now)

    def set_label(self, account: str, key: str, label: Label | None, *, now: datetime) -> None:
        """Read message `key` as `label` whatever the classifier says (None takes it back)."""
        self._put(account, key, "label", label.value if label else None, now)

    def merge(self, account: str, one: str, other: str, *, now: datetime) -> None:
        """The applications holding these two messages are one."""
        first, second = sorted((one, other))
        with self._transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO corrections (account, anchor, kind, value, created_at)"
                " VALUES (?, ?, 'merge', ?, ?)",
                (account, first, second, now.astimezone(UTC).isoformat()),
            )
        log.info("store.correction account=%s kind=merge", account)

    def unmerge(self, account: str, keys: Collection[str], *, now: datetime) -> int:
        """Forget every merge that names one of these messages; return how many."""
        wanted = sorted(set(keys))
        if not wanted:
            return 0
        marks = ",".join("?" * len(wanted))
        with self._transaction() as conn:
            gone = conn.execute(
                f"DELETE FROM corrections WHERE account = ? AND kind = 'merge'"  # noqa: S608
                f" AND (anchor IN ({marks}) OR value IN ({marks}))",
                (account, *wanted, *wanted),
            ).rowcount
        log.info("store.correction account=%s kind=unmerge removed=%d", account, gone)
        return int(gone)

    def track(self, account: str, message_id: str, *, now: datetime) -> None:
        """Follow the thread of this message even if it did not look like recruiting mail."""
        with self._transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO tracked (account, message_id, created_at) VALUES (?, ?, ?)",
                (account, message_id, now.astimezone(UTC).isoformat()),
            )
        log.info("store.tracked account=%s message_id=%s", account, message_id)

    def tracked(self, account: str) -> frozenset[str]:
        """Message-IDs the user asked to follow."""
        rows = self._query_all("SELECT message_id FROM tracked WHERE account = ?", (account,))
        return frozenset(r[0] for r in rows)

    def stored_message_ids(self, account: str, candidates: Collection[str]) -> frozenset[str]:
        """Which of `candidates` are Message-IDs of stored messages."""
        wanted = list(candidates)
        if not wanted:
            return frozenset()
        marks = ",".join("?" * len(wanted))
        rows = self._query_all(
            f"SELECT message_id FROM messages WHERE account = ? AND message_id IN ({marks})",  # noqa: S608 (placeholders only)
            (account, *wanted),
        )
        return frozenset(r[0] for r in rows)

    def corrections(self, account: str) -> Corrections:
        """Every correction of the account, as the core's value."""
        rows = self._query_all(
            "SELECT anchor, kind, value FROM corrections WHERE account = ?", (account,)
        )
        by_kind: dict[str, list[tuple[str, str]]] = {}
        for anchor, kind, value in rows:
            by_kind.setdefault(kind, []).append((anchor, value))
        return Corrections(
            ignored=frozenset(a for a, _ in by_kind.get("ignore", ())),
            expected={a: date.fromisoformat(v) for a, v in by_kind.get("expect", ())},
            tracked=self.tracked(account),
            revived=frozenset(a for a, _ in by_kind.get("revive", ())),
            labels={a: Label(v) for a, v in by_kind.get("label", ()) if v in _LABELS},
            grouping=Grouping(
                merged=tuple(sorted(by_kind.get("merge", ()))),
                separate=frozenset(a for a, _ in by_kind.get("separate", ())),
            ),
        )

    def _put(self, account: str, anchor: str, kind: str, value: str | None, now: datetime) -> None:
        with self._transaction() as conn:
            conn.execute(
                "DELETE FROM corrections WHERE account = ? AND anchor = ? AND kind = ?",
                (account, anchor, kind),
            )
            if value is not None:
                conn.execute(
                    "INSERT INTO corrections (account, anchor, kind, value, created_at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (account, anchor, kind, value, now.astimezone(UTC).isoformat()),
                )
        log.info("store.correction account=%s kind=%s value=%s", account, kind, value)
