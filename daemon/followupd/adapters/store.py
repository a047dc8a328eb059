"""SQLite state: sync marks, messages, quarantined UIDs, the actions ledger, cached labels.

One process syncs and drafts for a state directory at a time (`Store.open`, an flock on
STATE_DIR/lock); commands that correct (`open_shared`) or only look (`open_read_only`) open
it beside that process without the lock (see store_open). Every batch a sync pass
processes is written in one transaction, so a crash leaves either all of it or none. No raw
message bytes are kept, and nothing here logs message content.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from followupd.adapters.store_accounts import AccountBook
from followupd.adapters.store_cache import ClassificationCache
from followupd.adapters.store_corrections import CorrectionBook
from followupd.adapters.store_ledger import ActionLedger
from followupd.adapters.store_messages import upsert_messages
from followupd.adapters.store_open import (
    DB_NAME,
    LOCK_NAME,
    connect,
    connect_read_only,
    held_briefly,
    owned_by_us,
    private_dir,
    take_lock,
)
from followupd.adapters.store_schema import (
    COLUMNS,
    MIGRATIONS,
    Migration,
    message_from_row,
    migrate,
    schema_version,
)
from followupd.errors import StateError
from followupd.model import (
    FolderState,
    Message,
    MessageLocation,
    Quarantined,
)

log = logging.getLogger(__name__)


__all__ = ["DB_NAME", "LOCK_NAME", "Store"]


class Store(ActionLedger, CorrectionBook, ClassificationCache, AccountBook):
    """The state database: `open` for run/sync, `open_shared` to correct, `open_read_only`.

    The actions ledger (record_plan, due_actions, mark_*...) comes from ActionLedger, the
    user's corrections from CorrectionBook, the classification cache from its mixin.
    """

    def __init__(
        self,
        state_dir: Path,
        conn: sqlite3.Connection,
        lock_fd: int | None,
        *,
        read_only: bool = False,
    ) -> None:
        self.state_dir = state_dir
        self.read_only = read_only
        self._conn: sqlite3.Connection | None = conn
        self._lock_fd: int | None = lock_fd
        self._mutex = threading.RLock()

    @classmethod
    def open(cls, state_dir: Path, *, migrations: Sequence[Migration] = MIGRATIONS) -> Store:
        """Lock the state directory, open (or create) the database and bring its schema up.

        For `run` and `sync`: StateLockedError (exit 75) while another process holds it.
        """
        state_dir = Path(state_dir)
        private_dir(state_dir)
        with contextlib.ExitStack() as undo:  # on any failure: close what was opened
            lock_fd = take_lock(state_dir)
            undo.callback(os.close, lock_fd)
            try:
                conn = connect(state_dir / DB_NAME)
                undo.callback(conn.close)
                migrate(conn, migrations)
            except (sqlite3.Error, OSError) as exc:
                raise StateError(f"cannot use state database in {state_dir}: {exc}") from exc
            undo.pop_all()
        log.info("store.opened state_dir=%s mode=exclusive", state_dir)
        return cls(state_dir, conn, lock_fd)

    @classmethod
    def open_shared(cls, state_dir: Path, *, migrations: Sequence[Migration] = MIGRATIONS) -> Store:
        """Open for corrections beside a running daemon: short writes, never the lock.

        Creating the database or bringing its schema up is the one step that takes the lock
        (for a moment), so it never happens under a running daemon's feet.
        """
        state_dir = Path(state_dir)
        path = state_dir / DB_NAME
        fresh = not path.exists()
        if fresh and not owned_by_us(state_dir):
            raise StateError(f"no state database in {state_dir} yet; start followupd first")
        with contextlib.ExitStack() as undo:
            try:
                if fresh:
                    private_dir(state_dir)
                    undo.enter_context(held_briefly(state_dir, f"cannot create {path}"))
                conn = connect(path, create=fresh)
                undo.callback(conn.close)
                if schema_version(conn) != len(migrations):
                    if not fresh:
                        why = _outdated(conn, state_dir, migrations)
                        undo.enter_context(held_briefly(state_dir, why))
                    migrate(conn, migrations)
            except (sqlite3.Error, OSError) as exc:
                raise StateError(f"cannot use state database in {state_dir}: {exc}") from exc
            undo.pop_all()
        log.info("store.opened state_dir=%s mode=shared", state_dir)
        return cls(state_dir, conn, None)

    @classmethod
    def open_read_only(
        cls, state_dir: Path, *, migrations: Sequence[Migration] = MIGRATIONS
    ) -> Store | None:
        """Open for looking only, beside a running daemon; None when there is no state yet."""
        state_dir = Path(state_dir)
        path = state_dir / DB_NAME
        if not path.is_file():
            return None
        try:
            conn = connect_read_only(path)
            if schema_version(conn) != len(migrations):
                reason = _outdated(conn, state_dir, migrations)
                conn.close()
                raise StateError(reason)
        except (sqlite3.Error, OSError) as exc:
            raise StateError(f"cannot read state database in {state_dir}: {exc}") from exc
        log.debug("store.opened state_dir=%s mode=read-only", state_dir)
        return cls(state_dir, conn, None, read_only=True)

    def data_version(self) -> int:
        """A number that changes whenever another process commits to the database.

        SQLite keeps it in shared memory (PRAGMA data_version), so asking costs no disk read;
        the daemon asks every second to notice a correction made beside it.
        """
        row = self._query_one("PRAGMA data_version", ())
        return int(row[0]) if row else 0

    def close(self) -> None:
        """Close the database and release the directory lock (idempotent)."""
        with self._mutex:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
            if self._lock_fd is not None:
                os.close(self._lock_fd)  # closing the descriptor drops the flock
                self._lock_fd = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- sync marks ---

    def import_messages(self, account: str, messages: Sequence[Message]) -> int:
        """Store messages that came from outside a sync (e.g. `followupd track FILE.eml`)."""
        with self._transaction() as conn:
            new = upsert_messages(conn, account, messages, _now())
        log.info("store.imported account=%s messages=%d new=%d", account, len(messages), new)
        return new

    def folder_state(self, account: str, folder: str) -> FolderState | None:
        """The folder's high-water mark, or None before its first sync."""
        row = self._query_one(
            "SELECT uidvalidity, highest_uid FROM folders WHERE account = ? AND folder = ?",
            (account, folder),
        )
        return None if row is None else FolderState(account, folder, int(row[0]), int(row[1]))

    def reset_folder(self, account: str, folder: str, uidvalidity: int) -> None:
        """UIDVALIDITY changed (RFC 3501 2.3.1.1): restart the mark at 0; messages stay."""
        with self._transaction() as conn:
            _set_mark(conn, FolderState(account, folder, uidvalidity, 0))
        log.info(
            "store.folder_reset account=%s folder=%r uidvalidity=%d", account, folder, uidvalidity
        )

    # --- the batch a sync pass writes ---

    def save_batch(
        self,
        *,
        state: FolderState,
        messages: Sequence[Message],
        quarantined: Sequence[Quarantined],
    ) -> int:
        """Store messages, quarantine rows and the folder mark atomically; return how many new."""
        now = _now()
        with self._transaction() as conn:
            new = upsert_messages(conn, state.account, messages, now)
            conn.executemany(
                "INSERT OR IGNORE INTO quarantine"
                " (account, folder, uidvalidity, uid, reason, first_seen) VALUES (?,?,?,?,?,?)",
                [
                    (
                        q.location.account,
                        q.location.folder,
                        q.location.uidvalidity,
                        q.location.uid,
                        q.reason,
                        now,
                    )
                    for q in quarantined
                ],
            )
            _set_mark(conn, state)
        log.debug(
            "store.batch_saved account=%s folder=%r messages=%d new=%d quarantined=%d uid=%d",
            state.account,
            state.folder,
            len(messages),
            new,
            len(quarantined),
            state.highest_uid,
        )
        return new

    def messages(self, account: str | None = None) -> list[Message]:
        """Stored messages as model.Message, oldest first (undated ones last)."""
        where, args = _account_filter(account)
        rows = self._query_all(
            f"SELECT {', '.join(COLUMNS)} FROM messages{where}"  # noqa: S608 - fixed text
            " ORDER BY date IS NULL, date, id",
            args,
        )
        return [message_from_row(dict(zip(COLUMNS, row, strict=True))) for row in rows]

    def message_count(self, account: str | None = None) -> int:
        """How many messages are stored (for one account or all)."""
        where, args = _account_filter(account)
        row = self._query_one(f"SELECT COUNT(*) FROM messages{where}", args)  # noqa: S608
        return int(row[0]) if row else 0

    def quarantined(self, account: str | None = None) -> list[Quarantined]:
        """Messages that could not be parsed, in the order they were first seen."""
        where, args = _account_filter(account)
        rows = self._query_all(
            "SELECT account, folder, uidvalidity, uid, reason FROM quarantine"  # noqa: S608
            f"{where} ORDER BY first_seen, rowid",
            args,
        )
        return [Quarantined(MessageLocation(r[0], r[1], int(r[2]), int(r[3])), r[4]) for r in rows]

    # --- plumbing ---

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StateError("the state database is closed")
        return self._conn

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error (sqlite ones become StateError)."""
        if self.read_only:
            raise StateError("the state database was opened read-only")
        with self._mutex:
            conn = self._connection()
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StateError(f"state database busy or unusable: {exc}") from exc
            try:
                yield conn
                conn.execute("COMMIT")  # a full disk often shows only here
            except BaseException as exc:
                # A failed ROLLBACK must not hide the error that caused it.
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise StateError(f"state database write failed: {exc}") from exc
                raise

    def _query_all(self, sql: str, args: Sequence[Any]) -> list[tuple[Any, ...]]:
        with self._mutex:
            try:
                return list(self._connection().execute(sql, args).fetchall())
            except sqlite3.Error as exc:
                raise StateError(f"state database read failed: {exc}") from exc

    def _query_one(self, sql: str, args: Sequence[Any]) -> tuple[Any, ...] | None:
        rows = self._query_all(sql, args)
        return rows[0] if rows else None


def _outdated(conn: sqlite3.Connection, state_dir: Path, migrations: Sequence[Migration]) -> str:
    """Why a database of another schema version cannot be used beside a running daemon."""
    found, wanted = schema_version(conn), len(migrations)
    if found > wanted:
        return (
            f"state database schema version {found} is newer than this followupd "
            f"understands ({wanted}); upgrade followupd or use another state directory"
        )
    return (
        f"the state in {state_dir} has schema version {found}, this followupd needs {wanted}: "
        "restart the followupd that runs on it, or run `followupd sync --once`, to upgrade it"
    )


def _set_mark(conn: sqlite3.Connection, state: FolderState) -> None:
    conn.execute(
        "INSERT INTO folders (account, folder, uidvalidity, highest_uid, updated_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (account, folder) DO UPDATE SET"
        " uidvalidity = excluded.uidvalidity, highest_uid = excluded.highest_uid,"
        " updated_at = excluded.updated_at",
        (state.account, state.folder, state.uidvalidity, state.highest_uid, _now()),
    )


def _account_filter(account: str | None) -> tuple[str, tuple[str, ...]]:
    return ("", ()) if account is None else (" WHERE account = ?", (account,))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
