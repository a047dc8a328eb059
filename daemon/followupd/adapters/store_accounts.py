"""What the store knows about an account beyond its messages: when followupd first read it,
the last full plan, and the mail triage needs to know (known threads, organisations)."""

from __future__ import annotations

import abc
import contextlib
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from followupd.adapters.store_schema import load_addresses
from followupd.model import Address, FolderRole

__all__ = ["AccountBook", "LastPlan"]


@dataclass(frozen=True, slots=True)
class LastPlan:
    """The last full plan of an account: the inputs it was made from, and when."""

    inputs: str
    made: datetime


# Messages not known to be about nothing: the user's own (stored because they are about a
# job), and received mail not (yet) read as 'other' by the classifier.
_NOT_OTHER = (
    "(role = 'sent' OR msg_key NOT IN (SELECT msg_key FROM classifications WHERE account = ?"
    " AND json_extract(data_json, '$.label') = 'other'))"
)


# Stored mail and classifications are only ever added or replaced in place (a move keeps
# the content, a new classifier version is part of the plan's inputs anyway): the newest
# row says enough. The ledger's rows change, so its latest update counts too (indexed,
# schema 6). Corrections can be taken back, so they are counted (a handful of rows).
_INPUT_QUERIES = (
    "SELECT MAX(rowid) FROM messages WHERE account = ?",
    "SELECT MAX(rowid) FROM classifications WHERE account = ?",
    "SELECT COUNT(*), MAX(created_at) FROM corrections WHERE account = ?",
    "SELECT COUNT(*), MAX(created_at) FROM tracked WHERE account = ?",
    "SELECT MAX(rowid), MAX(updated_at) FROM actions WHERE account = ?",
)


class AccountBook(abc.ABC):
    """Account-wide facts; the class mixing it in provides the connection."""

    @abc.abstractmethod
    def _transaction(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """A locked BEGIN IMMEDIATE ... COMMIT (ROLLBACK on error) on the shared connection."""

    @abc.abstractmethod
    def _query_all(self, sql: str, args: Sequence[Any]) -> list[tuple[Any, ...]]:
        """Rows of a read under the connection lock."""

    @abc.abstractmethod
    def _query_one(self, sql: str, args: Sequence[Any]) -> tuple[Any, ...] | None:
        """The first row of a read, or None."""

    def mark_installed(self, account: str, now: datetime) -> datetime:
        """Remember the first time followupd read `account` (kept once set); return it."""
        with self._transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO meta (account, key, value) VALUES (?, 'installed_at', ?)",
                (account, now.astimezone(UTC).isoformat()),
            )
        found = self.installed_at(account)
        return found if found is not None else now

    def evaluation_inputs(self, account: str) -> str:
        """A short summary that changes whenever a plan's stored inputs do: messages,
        classifications, corrections (and tracked mail) and the actions ledger. Each part is
        read from an index, so the summary costs the same however long the history is."""
        parts = []
        for sql in _INPUT_QUERIES:
            row = self._query_one(sql, (account,))
            parts.append(":".join("" if v is None else str(v) for v in (row or ())))
        return ";".join(parts)

    def last_plan(self, account: str) -> LastPlan | None:
        """When the account's plan was last made in full, and from which inputs."""
        rows = dict(
            self._query_all(
                "SELECT key, value FROM meta"
                " WHERE account = ? AND key IN ('plan_inputs', 'plan_made')",
                (account,),
            )
        )
        if "plan_inputs" not in rows or "plan_made" not in rows:
            return None
        return LastPlan(rows["plan_inputs"], datetime.fromisoformat(rows["plan_made"]))

    def set_last_plan(self, account: str, inputs: str, made: datetime) -> None:
        """Remember that the plan made at `made` from `inputs` is current."""
        with self._transaction() as conn:
            conn.executemany(
                "INSERT INTO meta (account, key, value) VALUES (?, ?, ?)"
                " ON CONFLICT (account, key) DO UPDATE SET value = excluded.value",
                [
                    (account, "plan_inputs", inputs),
                    (account, "plan_made", made.astimezone(UTC).isoformat()),
                ],
            )

    def installed_at(self, account: str) -> datetime | None:
        """When followupd first read `account`, if it has."""
        row = self._query_one(
            "SELECT value FROM meta WHERE account = ? AND key = 'installed_at'", (account,)
        )
        return datetime.fromisoformat(row[0]).astimezone(UTC) if row else None

    # --- reading back ---

    def known_message_ids(self, account: str) -> set[str]:
        """Every Message-ID stored or referenced (In-Reply-To, References) for the account,
        but for mail the classifier found not to be about an application (a friend's first
        message was read, their conversation is not followed)."""
        known: set[str] = set()
        rows = self._query_all(
            "SELECT message_id, in_reply_to, references_json FROM messages"  # noqa: S608
            f" WHERE account = ? AND {_NOT_OTHER}",
            (account, account),
        )
        for message_id, in_reply_to, references in rows:
            known.update(i for i in (message_id, in_reply_to) if i)
            known.update(json.loads(references))
        return known

    def counterpart_addresses(
        self, account: str, *, recruiting_only: bool = False
    ) -> list[Address]:
        """Every address the account's stored mail was exchanged with: the senders of mail
        received, the recipients of mail sent (for `core.plan.applications.organisations`).

        `recruiting_only`: leave out mail the classifier read as not about an application.
        """
        where = " AND followupd_action IS NULL"
        if recruiting_only:
            where += f" AND {_NOT_OTHER}"
        rows = self._query_all(
            "SELECT role, from_json, reply_to_json, to_json, cc_json FROM messages"  # noqa: S608
            f" WHERE account = ?{where}",
            (account, account) if recruiting_only else (account,),
        )
        found: list[Address] = []
        for role, *columns in rows:
            wanted = columns[2:] if role == FolderRole.SENT.value else columns[:2]
            for text in wanted:
                found.extend(load_addresses(text))
        return found
