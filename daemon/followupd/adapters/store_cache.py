"""The classification cache: a message's label is computed once per classifier version."""

from __future__ import annotations

import abc
import contextlib
import logging
import sqlite3
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from followupd.adapters.store_schema import classification_from_json, classification_json
from followupd.model import Classification

log = logging.getLogger(__name__)


class ClassificationCache(abc.ABC):
    """The classifications table's operations; the class mixing it in provides the connection."""

    @abc.abstractmethod
    def _transaction(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """A locked BEGIN IMMEDIATE ... COMMIT (ROLLBACK on error) on the shared connection."""

    @abc.abstractmethod
    def _query_all(self, sql: str, args: Sequence[Any]) -> list[tuple[Any, ...]]:
        """Rows of a read under the connection lock."""

    def classifications(self, account: str, version: str) -> dict[str, Classification]:
        """Cached classifications of the account made by classifier `version`, by msg_key.

        Keys are whatever the caller saved: core.threads.message_key, which differs from
        the messages table's key for messages without a Message-ID.
        """
        rows = self._query_all(
            "SELECT msg_key, data_json FROM classifications WHERE account = ? AND version = ?",
            (account, version),
        )
        found: dict[str, Classification] = {}
        for key, text in rows:
            try:
                found[key] = classification_from_json(text)
            except (ValueError, KeyError, TypeError) as exc:  # a cache: unreadable is a miss
                log.warning("store.classification_unreadable account=%s error=%s", account, exc)
        return found

    def save_classifications(
        self, account: str, version: str, items: Mapping[str, Classification]
    ) -> None:
        """Cache classifications by msg_key in one transaction; other versions are pruned."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._transaction() as conn:
            conn.execute(
                "DELETE FROM classifications WHERE account = ? AND version != ?",
                (account, version),
            )
            conn.executemany(
                "INSERT INTO classifications (account, msg_key, version, data_json, updated_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (account, msg_key) DO UPDATE SET"
                " version = excluded.version, data_json = excluded.data_json,"
                " updated_at = excluded.updated_at",
                [
                    (account, key, version, classification_json(item), now)
                    for key, item in items.items()
                ],
            )
        log.debug(
            "store.classifications_saved account=%s version=%s count=%d",
            account,
            version,
            len(items),
        )
