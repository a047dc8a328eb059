"""The user's corrections (ignore a thread, a decision date said aloud): they win over rules."""

from __future__ import annotations

import abc
import contextlib
import logging
import sqlite3
from collections.abc import Collection, Sequence
from datetime import UTC, date, datetime
from typing import Any

from followupd.core.plan.evaluate import Corrections

log = logging.getLogger(__name__)


class CorrectionBook(abc.ABC):
    """The corrections table's operations; the class mixing it in provides the connection."""

    @abc.abstractmethod
    def _transaction(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """A locked BEGIN IMMEDIATE ... COMMIT (ROLLBACK on error) on the shared connection."""

    @abc.abstractmethod
    def _query_all(self, sql: str, args: Sequence[Any]) -> list[tuple[Any, ...]]:
        """Rows of a read under the connection lock."""

    def set_ignored(self, account: str, thread_id: str, ignored: bool, *, now: datetime) -> None:
        """Mark a thread as not worth any draft (or undo that)."""
        self._put(account, thread_id, "ignore", "yes" if ignored else None, now)

    def set_expected(self, account: str, thread_id: str, by: date | None, *, now: datetime) -> None:
        """Record the decision date an interviewer said aloud (None forgets it)."""
        self._put(account, thread_id, "expect", by.isoformat() if by else None, now)

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
            "SELECT thread_id, kind, value FROM corrections WHERE account = ?", (account,)
        )
        ignored = frozenset(t for t, kind, _ in rows if kind == "ignore")
        expected = {t: date.fromisoformat(v) for t, kind, v in rows if kind == "expect"}
        return Corrections(ignored=ignored, expected=expected, tracked=self.tracked(account))

    def _put(
        self, account: str, thread_id: str, kind: str, value: str | None, now: datetime
    ) -> None:
        with self._transaction() as conn:
            if value is None:
                conn.execute(
                    "DELETE FROM corrections WHERE account = ? AND thread_id = ? AND kind = ?",
                    (account, thread_id, kind),
                )
            else:
                conn.execute(
                    "INSERT INTO corrections (account, thread_id, kind, value, created_at)"
                    " VALUES (?, ?, ?, ?, ?) ON CONFLICT (account, thread_id, kind)"
                    " DO UPDATE SET value = excluded.value, created_at = excluded.created_at",
                    (account, thread_id, kind, value, now.astimezone(UTC).isoformat()),
                )
        log.info(
            "store.correction account=%s thread=%s kind=%s value=%s",
            account,
            thread_id,
            kind,
            value,
        )
