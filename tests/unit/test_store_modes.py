"""Three ways to open the state: exclusive (run/sync), shared (corrections), read-only (looking).

Real SQLite files in a temporary directory: a reader and a corrector work while another
Store holds the lock, the reader never writes, and the holder notices a correction.
"""

from __future__ import annotations

import fcntl
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from followupd.adapters.store import DB_NAME, LOCK_NAME, Store
from followupd.adapters.store_schema import MIGRATIONS, Migration
from followupd.errors import StateError, StateLockedError
from followupd.model import Address, FolderRole, FolderState, Label, Message, MessageLocation

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
LATER: list[Migration] = [*MIGRATIONS, "CREATE TABLE later (x INTEGER);"]


def _message(n: int) -> Message:
    return Message(
        location=MessageLocation("main", "INBOX", 1, n),
        role=FolderRole.INBOX,
        message_id=f"<m{n}@acme.example>",
        in_reply_to=None,
        references=(),
        subject=f"Message {n}",
        from_=(Address("Jane", "jane@acme.example"),),
        to=(Address("", "sam@example.org"),),
        cc=(),
        reply_to=(),
        date=NOW,
        text=f"body {n}",
    )


def _sync(store: Store, n: int) -> None:
    mark = FolderState("main", "INBOX", 1, n)
    store.save_batch(state=mark, messages=[_message(n)], quarantined=[])


def test_look_and_correct_while_the_lock_is_held(tmp_path: Path) -> None:
    state = tmp_path / "state"
    with Store.open(state) as owner:
        _sync(owner, 1)
        with pytest.raises(StateLockedError):
            Store.open(state)  # a second run or sync: exit 75
        reader = Store.open_read_only(state)
        assert reader is not None
        with reader, Store.open_shared(state) as corrector:
            assert reader.message_count() == 1
            before = owner.data_version()
            corrector.set_label("main", "<m1@acme.example>", Label.REJECTION, now=NOW)
            assert owner.data_version() != before  # the daemon's cue to act on it
            assert owner.corrections("main").labels == {"<m1@acme.example>": Label.REJECTION}
            assert reader.corrections("main").labels == {"<m1@acme.example>": Label.REJECTION}
            _sync(owner, 2)
            assert reader.message_count() == 2  # WAL: the reader sees every commit
            seen = owner.data_version()
            owner.set_ignored("main", "<m2@acme.example>", True, now=NOW)
            assert owner.data_version() == seen  # its own writes are no news to it
            corrector.set_label("main", "<m1@acme.example>", None, now=NOW)
            assert dict(owner.corrections("main").labels) == {}


def test_a_reader_never_writes(tmp_path: Path) -> None:
    state = tmp_path / "state"
    with Store.open(state) as owner:
        _sync(owner, 1)
    lock = (state / LOCK_NAME).stat()
    reader = Store.open_read_only(state)
    assert reader is not None
    with reader:
        with pytest.raises(StateError, match="read-only"):
            reader.set_ignored("main", "<m1@acme.example>", True, now=NOW)
        with pytest.raises(StateError, match="readonly"):  # SQLite itself refuses too
            reader._query_all("DELETE FROM messages", ())
        assert reader.message_count() == 1
    after = (state / LOCK_NAME).stat()
    assert (after.st_mtime_ns, after.st_size) == (lock.st_mtime_ns, lock.st_size)  # not taken
    with Store.open(state) as owner:
        assert owner.message_count() == 1
        assert owner.corrections("main").ignored == frozenset()


def test_no_state_yet(tmp_path: Path) -> None:
    state = tmp_path / "state"
    assert Store.open_read_only(state) is None
    assert not state.exists()  # looking creates nothing
    with Store.open_shared(state) as corrector:  # `track FILE` before the first sync
        corrector.track("main", "<m1@acme.example>", now=NOW)
    assert (state / DB_NAME).is_file()
    with Store.open(state) as owner:
        assert owner.tracked("main") == frozenset({"<m1@acme.example>"})


def test_an_older_schema_is_brought_up_only_while_nobody_holds_the_lock(tmp_path: Path) -> None:
    state = tmp_path / "state"
    with Store.open(state) as owner:
        _sync(owner, 1)
        # A followupd of the next release beside this one: it must not migrate under it.
        wanted = f"has schema version {len(MIGRATIONS)}, this followupd needs {len(LATER)}"
        with pytest.raises(StateError, match=wanted):
            Store.open_shared(state, migrations=LATER)
        with pytest.raises(StateError, match="restart the followupd that runs on it"):
            Store.open_read_only(state, migrations=LATER)
    with Store.open_shared(state, migrations=LATER) as corrector:  # free: it upgrades
        assert corrector.message_count() == 1
    reader = Store.open_read_only(state, migrations=LATER)
    assert reader is not None
    reader.close()
    with pytest.raises(StateError, match="newer than this followupd understands"):
        Store.open_read_only(state)


def test_a_fresh_state_is_not_created_beside_a_holder(tmp_path: Path) -> None:
    state = tmp_path / "state"
    state.mkdir(mode=0o700)
    fd = os.open(state / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # a daemon starting: it holds the lock, no database yet
        with pytest.raises(StateError, match="cannot create"):
            Store.open_shared(state)
    finally:
        os.close(fd)
    assert not (state / DB_NAME).exists()
