"""SQLite state: sync marks, messages, quarantined UIDs, the actions ledger, cached labels.

One process owns a state directory at a time (an flock on STATE_DIR/lock). Every batch a
sync pass processes is written in one transaction, so a crash leaves either all of it or
none. No raw message bytes are kept, and nothing here logs message content.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
import os
import sqlite3
import stat
import threading
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from followupd.adapters.store_accounts import AccountBook
from followupd.adapters.store_corrections import CorrectionBook
from followupd.adapters.store_ledger import ActionLedger
from followupd.adapters.store_schema import (
    COLUMNS,
    MIGRATIONS,
    Migration,
    addresses_json,
    classification_from_json,
    classification_json,
    dump_json,
    message_from_row,
    message_row,
    migrate,
)
from followupd.core.plan.threads import message_key
from followupd.errors import StateError, StateLockedError
from followupd.model import (
    Classification,
    FolderState,
    Message,
    MessageLocation,
    Quarantined,
)

log = logging.getLogger(__name__)


DB_NAME = "state.sqlite3"
LOCK_NAME = "lock"
BUSY_TIMEOUT_MS = 5_000

_PLACEHOLDERS = ", ".join("?" for _ in COLUMNS)
_INSERT_MESSAGE = (
    f"INSERT INTO messages ({', '.join(COLUMNS)}) VALUES ({_PLACEHOLDERS})"  # noqa: S608
    " ON CONFLICT (account, msg_key) DO NOTHING"
)
# A message seen again (another folder, a UIDVALIDITY resync) moves; its content stays.
# A copy in Sent is the user's own mail, so 'sent' sticks once seen.
_MOVE_MESSAGE = """
UPDATE messages SET folder = ?, uidvalidity = ?, uid = ?, flags_json = ?, updated_at = ?,
    role = CASE WHEN role = 'sent' THEN 'sent' ELSE ? END,
    gm_thrid = COALESCE(?, gm_thrid)
WHERE account = ? AND msg_key = ?
"""


class Store(ActionLedger, CorrectionBook, AccountBook):
    """The state database of one followupd process; open with Store.open(state_dir).

    The actions ledger (record_plan, due_actions, mark_*...) comes from ActionLedger.
    """

    def __init__(self, state_dir: Path, conn: sqlite3.Connection, lock_fd: int) -> None:
        self.state_dir = state_dir
        self._conn: sqlite3.Connection | None = conn
        self._lock_fd: int | None = lock_fd
        self._mutex = threading.RLock()

    @classmethod
    def open(cls, state_dir: Path, *, migrations: Sequence[Migration] = MIGRATIONS) -> Store:
        """Lock the state directory, open (or create) the database and bring its schema up."""
        state_dir = Path(state_dir)
        _private_dir(state_dir)
        with contextlib.ExitStack() as undo:  # on any failure: close what was opened
            lock_fd = _take_lock(state_dir)
            undo.callback(os.close, lock_fd)
            try:
                conn = _connect(state_dir / DB_NAME)
                undo.callback(conn.close)
                migrate(conn, migrations)
            except (sqlite3.Error, OSError) as exc:
                raise StateError(f"cannot use state database in {state_dir}: {exc}") from exc
            undo.pop_all()
        log.info("store.opened state_dir=%s", state_dir)
        return cls(state_dir, conn, lock_fd)

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
            new = _upsert_messages(conn, account, messages, _now())
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
            new = _upsert_messages(conn, state.account, messages, now)
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

    # --- the classification cache ---

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
        now = _now()
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

    # --- plumbing ---

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StateError("the state database is closed")
        return self._conn

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error (sqlite ones become StateError)."""
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


def _private_dir(state_dir: Path) -> None:
    """Create the state directory 0700, or tighten an existing one that others can read."""
    try:
        state_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        mode = stat.S_IMODE(state_dir.stat().st_mode)
        if mode & 0o077:
            log.warning("store.tightened_permissions path=%s old_mode=%o", state_dir, mode)
            state_dir.chmod(0o700)
    except OSError as exc:
        raise StateError(f"cannot create state directory {state_dir}: {exc}") from exc


def _upsert_messages(
    conn: sqlite3.Connection, account: str, messages: Sequence[Message], now: str
) -> int:
    """Insert new messages; for known ones update only location, flags, role and thread id.

    Two different messages with one Message-ID (a broken mailer, a forged id) are both kept:
    the second one's key gets a suffix from its own content (`_clash_key`).
    """
    new = 0
    for msg in messages:
        key = _clash_key(conn, account, msg)
        row = message_row(msg, account, now, key)
        if conn.execute(_INSERT_MESSAGE, row).rowcount == 1:
            new += 1
            continue
        loc = msg.location
        conn.execute(
            _MOVE_MESSAGE,
            (
                loc.folder if loc else None,
                loc.uidvalidity if loc else None,
                loc.uid if loc else None,
                dump_json(list(msg.flags)),
                now,
                msg.role.value,
                msg.gm_thrid,
                row[0],
                row[1],
            ),
        )
    return new


def _fingerprint(from_json: str, when: str | None, subject: str) -> str:
    return hashlib.sha256(
        f"{from_json}\x1f{when}\x1f{subject}".encode(errors="replace")
    ).hexdigest()


def _clash_key(conn: sqlite3.Connection, account: str, msg: Message) -> str:
    """The message's key, or (when another message already holds it) a key of its own."""
    key = message_key(msg)
    when = msg.date.astimezone(UTC).isoformat() if msg.date else None
    mine = _fingerprint(addresses_json(msg.from_), when, msg.subject)
    found = conn.execute(
        "SELECT from_json, date, subject FROM messages WHERE account = ? AND msg_key = ?",
        (account, key),
    ).fetchone()
    if found is None or _fingerprint(*found) == mine:
        return key
    log.warning("store.message_id_clash account=%s message_id=%s action=kept both", account, key)
    return f"{key}#{mine[:12]}"


def _take_lock(state_dir: Path) -> int:
    """An exclusive flock on STATE_DIR/lock, holding our pid; refuse if another holds it."""
    path = state_dir / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    except OSError as exc:
        raise StateError(f"cannot open lock file {path}: {exc}") from exc
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
        os.close(fd)
        raise StateLockedError(
            f"another followupd (pid {holder}) is using {state_dir}; "
            "stop it first or choose another state directory"
        ) from None
    except OSError as exc:
        os.close(fd)
        raise StateError(f"cannot lock {path}: {exc}") from exc
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
    return fd


def _connect(path: Path) -> sqlite3.Connection:
    """Open the database file (created 0600) with WAL, a busy timeout and foreign keys."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    os.close(fd)
    path.chmod(0o600)  # SQLite gives the -wal and -shm files the database file's mode
    # isolation_level=None: we issue BEGIN/COMMIT ourselves; check_same_thread=False with
    # our own mutex, since sync threads and the service loop share one Store.
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StateError(f"state database refused WAL journal mode ({mode})")
        conn.execute("PRAGMA synchronous = NORMAL")  # durable enough with WAL, much faster
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn


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
