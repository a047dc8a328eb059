"""The SQLite state store: lock, file modes, migrations, atomic batches, resync, round trip."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from dataclasses import fields, replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from followupd.adapters.store import DB_NAME, LOCK_NAME, Store
from followupd.adapters.store_schema import MIGRATIONS, Migration
from followupd.core.plan.threads import message_key
from followupd.errors import StateError, StateLockedError
from followupd.model import (
    Address,
    Attachment,
    Classification,
    Contact,
    FolderRole,
    FolderState,
    Interview,
    Label,
    Message,
    MessageLocation,
    Quarantined,
)

T0 = datetime(2024, 12, 3, 19, 30, tzinfo=UTC)


def message(
    n: int, *, uid: int | None = None, uidvalidity: int = 1, folder: str = "INBOX", **extra: object
) -> Message:
    """A small message number `n`, located at (work, folder, uidvalidity, uid or n)."""
    msg = Message(
        location=MessageLocation("work", folder, uidvalidity, n if uid is None else uid),
        role=FolderRole.INBOX,
        message_id=f"<m{n}@acme.example>",
        in_reply_to=None,
        references=(),
        subject=f"Message {n}",
        from_=(Address("Jane", "jane@acme.example"),),
        to=(Address("", "sam@example.org"),),
        cc=(),
        reply_to=(),
        date=T0 + timedelta(hours=n),
        text=f"body {n}",
    )
    return replace(msg, **extra)  # type: ignore[arg-type]


def full_message() -> Message:
    """A message with every field set to something other than its default."""
    return Message(
        location=MessageLocation("work", "Sent Items & Co", 42, 7),
        role=FolderRole.SENT,
        message_id="<full@example.org>",
        in_reply_to="<parent@acme.example>",
        references=("<root@acme.example>", "<parent@acme.example>"),
        subject="Re: Interview \u2013 J\u00f6rg",
        from_=(Address("Sam Seeker", "sam@example.org"),),
        to=(Address("J\u00f6rg", "joerg@acme.example"), Address("", "hr@acme.example")),
        cc=(Address("Doe, Jane", "jane@acme.example"),),
        reply_to=(Address("Sam", "sam+jobs@example.org"),),
        date=T0,
        text="Thanks \U0001f600\nline two",
        attachments=(Attachment("CV J\u00f6rg.pdf", "application/pdf", 12345),),
        calendars=("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",),
        flags=("\\Seen", "$Forwarded"),
        list_id="<list.acme.example>",
        list_unsubscribe=True,
        auto_submitted="auto-replied",
        precedence="bulk",
        followupd_action="t1/thank_you",
        gm_thrid=1234567890123,
        html_only=True,
        truncated=True,
        size=99_999,
        defects=("unreadable Date header", "8-bit Subject header decoded as windows-1252"),
    )


def mark(uid: int, uidvalidity: int = 1, folder: str = "INBOX") -> FolderState:
    return FolderState("work", folder, uidvalidity, uid)


@pytest.fixture
def state_dir(tmp_path: Path) -> Path:
    return tmp_path / "state"


def test_round_trip_of_every_field(state_dir: Path) -> None:
    msg = full_message()
    with Store.open(state_dir) as store:
        assert (
            store.save_batch(state=mark(7, 42, "Sent Items & Co"), messages=[msg], quarantined=[])
            == 1
        )
    with Store.open(state_dir) as store:
        assert store.messages() == [msg]


def test_round_trip_of_defaults_and_missing_values(state_dir: Path) -> None:
    msg = replace(message(1), message_id=None, date=None, subject="", text="")
    with Store.open(state_dir) as store:
        store.save_batch(state=mark(1), messages=[msg], quarantined=[])
        assert store.messages() == [msg]


def test_non_utc_date_is_stored_as_utc(state_dir: Path) -> None:
    from zoneinfo import ZoneInfo

    local = T0.astimezone(ZoneInfo("America/New_York"))
    with Store.open(state_dir) as store:
        store.save_batch(state=mark(1), messages=[message(1, date=local)], quarantined=[])
        (back,) = store.messages()
    assert back.date == T0
    assert back.date is not None and back.date.utcoffset() == timedelta(0)


def test_reopen_keeps_data(state_dir: Path) -> None:
    bad = Quarantined(MessageLocation("work", "INBOX", 1, 3), "empty message")
    with Store.open(state_dir) as store:
        store.save_batch(state=mark(3), messages=[message(1), message(2)], quarantined=[bad])
    with Store.open(state_dir) as store:
        assert store.folder_state("work", "INBOX") == mark(3)
        assert store.message_count() == 2
        assert store.quarantined() == [bad]
        assert [m.message_id for m in store.messages()] == [
            "<m1@acme.example>",
            "<m2@acme.example>",
        ]


def test_folder_state_absent_before_first_sync(state_dir: Path) -> None:
    with Store.open(state_dir) as store:
        assert store.folder_state("work", "INBOX") is None


def test_file_modes(tmp_path: Path) -> None:
    state_dir = tmp_path / "deep" / "state"
    with Store.open(state_dir) as store:
        store.save_batch(state=mark(1), messages=[message(1)], quarantined=[])
        assert stat.S_IMODE(state_dir.stat().st_mode) == 0o700
        assert stat.S_IMODE((state_dir / DB_NAME).stat().st_mode) == 0o600
        assert stat.S_IMODE((state_dir / LOCK_NAME).stat().st_mode) == 0o600
        wal = state_dir / f"{DB_NAME}-wal"
        assert wal.exists()
        assert stat.S_IMODE(wal.stat().st_mode) == 0o600


def test_loose_existing_directory_is_tightened(state_dir: Path) -> None:
    state_dir.mkdir(mode=0o755)
    state_dir.chmod(0o755)
    with Store.open(state_dir):
        assert stat.S_IMODE(state_dir.stat().st_mode) == 0o700


def test_pragmas(state_dir: Path) -> None:
    with Store.open(state_dir) as store:
        conn = store._connection()
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


def test_second_open_in_process_is_refused(state_dir: Path) -> None:
    with Store.open(state_dir):
        with pytest.raises(StateLockedError) as caught:
            Store.open(state_dir)
        text = str(caught.value)
        assert f"another followupd (pid {os.getpid()}) is using {state_dir}" in text
    with Store.open(state_dir):  # released on close
        pass


def test_second_process_is_refused(state_dir: Path) -> None:
    code = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from followupd.adapters.store import Store
        from followupd.errors import StateLockedError
        try:
            Store.open(Path({str(state_dir)!r}))
        except StateLockedError as exc:
            print(exc)
            sys.exit(exc.exit_code)
        sys.exit(0)
        """
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    with Store.open(state_dir):
        done = subprocess.run(
            [sys.executable, "-c", code],
            check=False,
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
    assert done.returncode == StateLockedError.exit_code, done.stderr
    assert f"another followupd (pid {os.getpid()}) is using {state_dir}" in done.stdout


def test_closed_store_refuses_use(state_dir: Path) -> None:
    store = Store.open(state_dir)
    store.close()
    store.close()  # idempotent
    with pytest.raises(StateError, match="closed"):
        store.message_count()


def test_migrates_from_an_older_version(state_dir: Path) -> None:
    with Store.open(state_dir, migrations=MIGRATIONS) as store:
        store.save_batch(state=mark(1), messages=[message(1)], quarantined=[])

    def backfill(conn: sqlite3.Connection) -> None:
        conn.execute("INSERT INTO threads (id, subject) SELECT message_id, subject FROM messages")

    later: list[Migration] = [
        *MIGRATIONS,
        "CREATE TABLE threads (id TEXT PRIMARY KEY, subject TEXT NOT NULL);",
        backfill,
    ]
    with Store.open(state_dir, migrations=later) as store:
        conn = store._connection()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) + 2
        assert conn.execute("SELECT id, subject FROM threads").fetchall() == [
            ("<m1@acme.example>", "Message 1")
        ]
        assert store.message_count() == 1


def test_failed_migration_rolls_back_that_step(state_dir: Path) -> None:
    with Store.open(state_dir):
        pass
    broken: list[Migration] = [
        *MIGRATIONS,
        "CREATE TABLE half (x INTEGER);\nINSERT INTO no_such_table VALUES (1);",
    ]
    with pytest.raises(StateError):
        Store.open(state_dir, migrations=broken)
    with Store.open(state_dir) as store:  # lock released, still at the known version
        conn = store._connection()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "half" not in tables


def test_newer_database_is_refused(state_dir: Path) -> None:
    with Store.open(state_dir) as store:
        store._connection().execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    with pytest.raises(StateError, match="newer than this followupd understands"):
        Store.open(state_dir)
    with pytest.raises(StateError, match="newer"):  # not StateLockedError: the lock was freed
        Store.open(state_dir)


def test_not_a_database_is_a_state_error(state_dir: Path) -> None:
    state_dir.mkdir(mode=0o700)
    (state_dir / DB_NAME).write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StateError, match="cannot use state database"):
        Store.open(state_dir)


def test_batch_is_atomic(state_dir: Path) -> None:
    poisoned = replace(message(2), size=object())  # type: ignore[arg-type]  # fails mid-batch
    bad = Quarantined(MessageLocation("work", "INBOX", 1, 9), "x")
    with Store.open(state_dir) as store:
        store.save_batch(state=mark(0), messages=[], quarantined=[])
        with pytest.raises(StateError):
            store.save_batch(state=mark(3), messages=[message(1), poisoned], quarantined=[bad])
        assert store.message_count() == 0
        assert store.quarantined() == []
        assert store.folder_state("work", "INBOX") == mark(0)
        assert store.save_batch(state=mark(3), messages=[message(1)], quarantined=[bad]) == 1


def test_resync_with_new_uidvalidity_duplicates_nothing(state_dir: Path) -> None:
    first = [message(1), message(2), replace(message(3), message_id=None)]
    with Store.open(state_dir) as store:
        assert store.save_batch(state=mark(3), messages=first, quarantined=[]) == 3
        store.reset_folder("work", "INBOX", 500)
        assert store.folder_state("work", "INBOX") == mark(0, 500)
        again = [replace(m, location=MessageLocation("work", "INBOX", 500, 100 + i))
                 for i, m in enumerate(first)]  # fmt: skip
        assert store.save_batch(state=mark(102, 500), messages=again, quarantined=[]) == 0
        assert store.message_count() == 3
        stored = store.messages()
        assert [m.location for m in stored] == [m.location for m in again]
        assert store.folder_state("work", "INBOX") == mark(102, 500)


def test_seen_again_updates_flags_and_keeps_sent_role(state_dir: Path) -> None:
    sent = message(1, folder="Sent", role=FolderRole.SENT)
    inbox_copy = message(1, folder="INBOX", uid=50, flags=("\\Seen",), gm_thrid=77)
    with Store.open(state_dir) as store:
        store.save_batch(state=mark(1, folder="Sent"), messages=[sent], quarantined=[])
        assert store.save_batch(state=mark(50), messages=[inbox_copy], quarantined=[]) == 0
        (back,) = store.messages()
    assert back.role is FolderRole.SENT
    assert back.location == MessageLocation("work", "INBOX", 1, 50)
    assert back.flags == ("\\Seen",)
    assert back.gm_thrid == 77


def test_message_key_without_message_id_is_stable() -> None:
    a = replace(message(1), message_id=None)
    b = replace(a, location=MessageLocation("work", "Other", 9, 9), flags=("\\Seen",))
    c = replace(a, text="different body")
    assert message_key(a) == message_key(b)
    assert message_key(a).startswith("sha256:")
    assert message_key(a) != message_key(c)
    assert message_key(message(1)) == "<m1@acme.example>"


def test_known_message_ids(state_dir: Path) -> None:
    reply = message(
        2, in_reply_to="<m1@acme.example>", references=("<root@x>", "<m1@acme.example>")
    )
    other = replace(message(3), location=MessageLocation("home", "INBOX", 1, 1))
    with Store.open(state_dir) as store:
        store.save_batch(state=mark(3), messages=[message(1), reply, other], quarantined=[])
        known = store.known_message_ids("work")
    assert known == {"<m1@acme.example>", "<m2@acme.example>", "<root@x>"}


def test_accounts_are_kept_apart(state_dir: Path) -> None:
    home = replace(message(5), location=MessageLocation("home", "INBOX", 1, 1))
    with Store.open(state_dir) as store:
        store.save_batch(state=mark(2), messages=[message(1), message(2), home], quarantined=[])
        q = Quarantined(MessageLocation("home", "INBOX", 1, 2), "no headers")
        store.save_batch(state=FolderState("home", "INBOX", 1, 2), messages=[], quarantined=[q])
        assert store.message_count() == 3
        assert store.message_count("work") == 2
        assert [m.location.account for m in store.messages("home") if m.location] == ["home"]
        assert store.quarantined("home") == [q]
        assert store.quarantined("work") == []
        assert store.folder_state("home", "INBOX") == FolderState("home", "INBOX", 1, 2)


def test_same_message_id_in_two_accounts_is_two_rows(state_dir: Path) -> None:
    twin = replace(message(1), location=MessageLocation("home", "INBOX", 1, 1))
    with Store.open(state_dir) as store:
        assert store.save_batch(state=mark(1), messages=[message(1), twin], quarantined=[]) == 2


def test_duplicate_quarantine_rows_are_ignored(state_dir: Path) -> None:
    q = Quarantined(MessageLocation("work", "INBOX", 1, 4), "empty message")
    with Store.open(state_dir) as store:
        store.save_batch(state=mark(4), messages=[], quarantined=[q, q])
        store.save_batch(state=mark(4), messages=[], quarantined=[q])
        assert store.quarantined() == [q]


def test_messages_ordered_by_date_undated_last(state_dir: Path) -> None:
    batch = [message(3), replace(message(9), date=None), message(1), message(2)]
    with Store.open(state_dir) as store:
        store.save_batch(state=mark(9), messages=batch, quarantined=[])
        assert [m.subject for m in store.messages()] == [
            "Message 1",
            "Message 2",
            "Message 3",
            "Message 9",
        ]


def test_nothing_is_logged_about_content(state_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    secret = message(1, text="my secret body", subject="secret subject")
    with (
        caplog.at_level("DEBUG", logger="followupd.adapters.store"),
        Store.open(state_dir) as store,
    ):
        store.save_batch(state=mark(1), messages=[secret], quarantined=[])
    assert caplog.records
    assert not any("secret" in r.getMessage() for r in caplog.records)


# --- the classification cache


def full_classification() -> Classification:
    """A classification with every field set to something other than its default."""
    berlin = timezone(timedelta(hours=2))
    return Classification(
        label=Label.CONFIRMATION,
        confidence=0.8123456789012345,
        evidence=("subject: interview confirmed", "ics: METHOD:REQUEST"),
        auto_reply=True,
        bulk=True,
        asks_confirmation=True,
        interview=Interview(
            start=datetime(2025, 3, 12, 10, 0, tzinfo=berlin),
            end=datetime(2025, 3, 12, 11, 15, 30, 250, tzinfo=berlin),
            source="ics",
            sequence=3,
            cancelled=True,
            uid="evt-77@acme.example",
            interviewers=(Contact("J\u00f6rg M.", "joerg@acme.example", "interviewer"),),
        ),
        reply_expected_by=date(2025, 3, 20),
        reply_rule="within 5 business days",
        contacts=(
            Contact("Jane", "jane@acme.example", "recruiter"),
            Contact("", "hr@acme.example", "contact"),
        ),
        company="Acme \u2013 Europe",
        role="Platform Engineer",
        asks=("your availability",),
        answers_user=True,
        alternatives=((Label.CONFIRMATION, 0.8123), (Label.RESCHEDULE, 0.11)),
        language="de",
        language_read=False,
    )


def test_classification_round_trip_of_every_field(state_dir: Path) -> None:
    item = full_classification()
    bare = Classification(Label.OTHER, 0.0, ())
    with Store.open(state_dir) as store:
        store.save_classifications("work", "1.0/en", {"<a@x>": item, "<b@x>": bare})
    with Store.open(state_dir) as store:
        back = store.classifications("work", "1.0/en")
    assert back == {"<a@x>": item, "<b@x>": bare}
    unset = [f.name for f in fields(item) if getattr(item, f.name) == getattr(bare, f.name)]
    assert unset == []  # a field added later must be added above, and so stored
    assert back["<a@x>"].interview is not None
    assert back["<a@x>"].interview.start.utcoffset() == timedelta(hours=2)


def test_classifications_by_version_and_account(state_dir: Path) -> None:
    old = Classification(Label.OTHER, 0.5, ("old",))
    new = Classification(Label.REJECTION, 0.9, ("new",))
    with Store.open(state_dir) as store:
        store.save_classifications("work", "1.0/en", {"<a@x>": old, "<b@x>": old})
        store.save_classifications("home", "1.0/en", {"<a@x>": old})
        assert store.classifications("work", "2.0/en") == {}
        store.save_classifications("work", "2.0/en", {"<a@x>": new})
        assert store.classifications("work", "2.0/en") == {"<a@x>": new}
        assert store.classifications("work", "1.0/en") == {}  # pruned with the new version
        assert store.classifications("home", "1.0/en") == {"<a@x>": old}
        store.save_classifications("work", "2.0/en", {"<a@x>": old})  # replaces the row
        assert store.classifications("work", "2.0/en") == {"<a@x>": old}
        store.save_classifications("work", "2.0/en", {})
        assert store.classifications("work", "2.0/en") == {"<a@x>": old}


def test_unreadable_cached_classification_is_a_miss(
    state_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    good = Classification(Label.OFFER, 1.0, ("offer",))
    with Store.open(state_dir) as store:
        store.save_classifications("work", "v", {"<a@x>": good, "<b@x>": good})
        store._connection().execute(
            'UPDATE classifications SET data_json = \'{"label": "promotion"}\''
            " WHERE msg_key = '<b@x>'"
        )
        with caplog.at_level("WARNING", logger="followupd.adapters.store"):
            assert store.classifications("work", "v") == {"<a@x>": good}
    assert "store.classification_unreadable account=work" in caplog.text


def test_one_message_key_for_store_and_core(state_dir: Path) -> None:
    """The Message-ID when there is one; without, a content hash (stable across resyncs);
    a message read back carries the key the store gave it."""
    assert message_key(message(1)) == "<m1@acme.example>"
    anonymous = replace(message(1), message_id=None)
    assert message_key(anonymous).startswith("sha256:")
    with Store.open(state_dir) as store:
        store.import_messages("work", [message(1), anonymous])
        keys = sorted(m.key for m in store.messages("work"))
    assert keys == sorted(["<m1@acme.example>", message_key(anonymous)])


def test_two_messages_with_one_message_id_are_both_kept(
    state_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    first = message(1)
    other = replace(first, subject="Your application: a decision", text="We decided...")
    with (
        caplog.at_level("WARNING", logger="followupd.adapters.store"),
        Store.open(state_dir) as store,
    ):
        assert store.import_messages("work", [first]) == 1
        assert store.import_messages("work", [other]) == 1
        assert store.import_messages("work", [other, first]) == 0  # seen again: no third copy
        kept = store.messages("work")
    assert sorted(m.subject for m in kept) == sorted([first.subject, other.subject])
    keys = {m.subject: m.key for m in kept}
    assert keys[first.subject] == "<m1@acme.example>"
    assert keys[other.subject].startswith("<m1@acme.example>#")
    assert "store.message_id_clash account=work message_id=<m1@acme.example>" in caplog.text
