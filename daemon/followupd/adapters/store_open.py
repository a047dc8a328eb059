"""Opening the state database in one of three ways, and the lock only `run` and `sync` hold.

- exclusive (`run`, `sync`): the flock on STATE_DIR/lock for the process's lifetime; it
  creates the database and brings its schema up.
- shared (corrections: `ignore`, `label`...): reads and writes short transactions without
  the lock; SQLite's own locking (WAL, busy_timeout) serialises them with the daemon's.
- read-only (`status`, `plan`, `explain`...): never writes, never locks; WAL lets it read
  while the daemon writes.

Root may open a state directory another user owns (the system service's, under
DynamicUser): SQLite gives any -wal or -shm file it creates as root the database file's
owner, so the service can still open them.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path
from urllib.request import pathname2url

from followupd.errors import StateError, StateLockedError

log = logging.getLogger(__name__)

DB_NAME = "state.sqlite3"
LOCK_NAME = "lock"
BUSY_TIMEOUT_MS = 5_000


def private_dir(state_dir: Path) -> None:
    """Create the state directory 0700, or tighten an existing one that others can read."""
    try:
        state_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        mode = stat.S_IMODE(state_dir.stat().st_mode)
        if mode & 0o077:
            log.warning("store.tightened_permissions path=%s old_mode=%o", state_dir, mode)
            state_dir.chmod(0o700)
    except OSError as exc:
        raise StateError(f"cannot create state directory {state_dir}: {exc}") from exc


def take_lock(state_dir: Path) -> int:
    """An exclusive flock on STATE_DIR/lock, holding our pid; refuse if another holds it."""
    fd = _lock_fd(state_dir)
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
        raise StateError(f"cannot lock {state_dir / LOCK_NAME}: {exc}") from exc
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
    return fd


@contextlib.contextmanager
def held_briefly(state_dir: Path, why: str) -> Iterator[None]:
    """The lock for one step that must not run beside a daemon (creating, migrating)."""
    try:
        fd = take_lock(state_dir)
    except StateLockedError:
        raise StateError(why) from None
    try:
        yield
    finally:
        os.close(fd)  # closing the descriptor drops the flock


def _lock_fd(state_dir: Path) -> int:
    path = state_dir / LOCK_NAME
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    except OSError as exc:
        raise StateError(f"cannot open lock file {path}: {exc}") from exc


def connect(path: Path, *, create: bool = True) -> sqlite3.Connection:
    """Open the database file (created 0600) with WAL, a busy timeout and foreign keys."""
    if create:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        os.close(fd)
        path.chmod(0o600)  # SQLite gives the -wal and -shm files the database file's mode
    # isolation_level=None: we issue BEGIN/COMMIT ourselves; check_same_thread=False with
    # the store's own mutex, since sync threads and the service loop share one Store.
    uri = f"file:{pathname2url(str(path))}?mode={'rwc' if create else 'rw'}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
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


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Open an existing database for reading only: SQLite refuses any write on it."""
    uri = f"file:{pathname2url(str(path))}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
        conn.execute("PRAGMA query_only = ON")  # and so do we, whatever the file mode says
    except BaseException:
        conn.close()
        raise
    return conn


def owned_by_us(state_dir: Path) -> bool:
    """Whether this process's user owns the state directory (else: root, reading another's)."""
    try:
        return state_dir.stat().st_uid == os.geteuid()
    except OSError:
        return True  # not there yet: it will be ours
