"""The user's corrections (ignore a thread, a decision date said aloud): they win over rules."""

from __future__ import annotations

import abc
import contextlib
import logging
import sqlite3
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from followupd.core.evaluate import Corrections

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

    def corrections(self, account: str) -> Corrections:
        """Every correction of the account, as the core's value."""
        rows = self._query_all(
            "SELECT thread_id, kind, value FROM corrections WHERE account = ?", (account,)
        )
        ignored = frozenset(t for t, kind, _ in rows if kind == "ignore")
        expected = {t: date.fromisoformat(v) for t, kind, v in rows if kind == "expect"}
        return Corrections(ignored=ignored, expected=expected)

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
