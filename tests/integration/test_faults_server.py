"""Faults on the server's side: kicks, a stopped server, a new UIDVALIDITY, renamed and
missing folders, and a full disk under the state directory.

Each ends, once the fault is over, where a clean run over the same mail ends (same stored
messages, thread states, ledger and Drafts), with no duplicate and no flag changed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import resource
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from _faultkit import (
    NOW,
    StageHooks,
    Watching,
    account_config,
    check_mailbox_untouched,
    check_outcome,
    deliver_late,
    outcome,
    records,
    reference,
    retry_delays,
    seed,
    settle,
    wait_for_records,
    watching,
)

from followupd.adapters.store import DB_NAME, Store
from followupd.adapters.template_files import load_templates
from followupd.config import Config, load_config
from followupd.service import run_all_once
from followupd.testing import DovecotServer, MailUser
from followupd.testing.accounts import write_config

DAEMON = Path(__file__).resolve().parents[2] / "daemon"
LOST = "watch.connection_lost"
MISSING = "watch.folder_missing"  # logged at ERROR: the user has to act


# --- kicks ----------------------------------------------------------------------------


def _kicked(
    stage: str,
    server: DovecotServer,
    hooks: StageHooks,
    caplog: pytest.LogCaptureFixture,
    base: Path,
) -> None:
    """`doveadm kick` at `stage` (the late rejection arrives meanwhile when idling)."""
    user = server.add_user()
    late = stage == "idle"
    seed(server, user, late=not late)
    config = account_config(base / stage, server, user)
    fired = hooks.arm(f"watch-kick-{stage}", stage, lambda: server.kick(user))
    with watching(config, f"kick-{stage}") as running:
        assert fired.wait(30), stage
        if late:
            deliver_late(server, user)
        assert wait_for_records(caplog, LOST, running.thread.name, 1), f"{stage}: not noticed"
        assert running.settled_after(time.monotonic()), f"{stage}: no pass after the kick"
        running.stop()
    assert running.watcher.reconnects >= 1
    check_outcome(outcome(config, server, user), reference(server, late=late))
    check_mailbox_untouched(server, user)


@pytest.mark.dovecot
def test_kicked_while_idling_and_while_appending(
    dovecot: DovecotServer,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
) -> None:
    caplog.set_level(logging.INFO)
    reference(dovecot)
    reference(dovecot, late=True)
    hooks = StageHooks(monkeypatch)
    with ThreadPoolExecutor(2) as pool:
        done = [
            pool.submit(_kicked, stage, dovecot, hooks, caplog, tmp_path)
            for stage in ("idle", "append")
        ]
    for future in done:
        future.result()


# --- the server stops for a while ------------------------------------------------------


def test_server_stopped_while_appending_then_started(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    caplog.set_level(logging.INFO)
    with DovecotServer() as server:  # its own server: this one goes down
        clean = reference(server)
        user = server.add_user()
        seed(server, user)
        config = account_config(tmp_path, server, user)
        hooks = StageHooks(monkeypatch)
        fired = hooks.arm("watch-down", "append", server.pause)
        with watching(config, "down") as running:
            assert fired.wait(30)
            # Refused connections, retried with growing back-off while the server is down.
            lost = wait_for_records(caplog, LOST, "watch-down", 4)
            assert len(lost) >= 4
            assert "connection failed" in lost[-1].getMessage()
            delays = retry_delays(lost)
            assert delays == sorted(delays) and delays[-1] > delays[0], delays
            time.sleep(max(0.0, 2.0 - (time.time() - hooks.fired["watch-down"])))  # down 2 s
            server.start()
            assert running.settled_after(time.monotonic()), "no pass after the server came back"
            running.stop()
        check_outcome(outcome(config, server, user), clean)
        check_mailbox_untouched(server, user)


# --- UIDVALIDITY ------------------------------------------------------------------------


@contextlib.contextmanager
def _after_first_pass(
    server: DovecotServer, user: MailUser, base: Path, name: str
) -> Iterator[tuple[Config, Watching]]:
    """A watcher for `user` (the late rejection not delivered yet), past its first pass."""
    seed(server, user, late=False)
    config = account_config(base, server, user)
    with watching(config, name) as running:
        assert running.pass_after(0.0), f"{name}: no first pass"
        yield config, running


@pytest.mark.dovecot
def test_a_new_uidvalidity_is_resynced_without_duplicates(
    dovecot: DovecotServer, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    caplog.set_level(logging.INFO)
    clean = reference(dovecot, late=True)
    user = dovecot.add_user()
    with _after_first_pass(dovecot, user, tmp_path, "uidvalidity") as (config, running):
        old = dovecot.status(user, "INBOX")["uidvalidity"]
        # Dovecot drops a session whose selected folder gets a new UIDVALIDITY.
        dovecot.set_uidvalidity(user, "INBOX", old + 1000)
        deliver_late(dovecot, user)
        resynced = wait_for_records(caplog, "sync.uidvalidity_changed", "watch-uidvalidity", 1)
        assert resynced and f"new={old + 1000}" in resynced[0].getMessage()
        # The resyncing pass may be over already: count from when it was logged.
        logged = resynced[0].created - time.time() + time.monotonic()
        assert running.settled_after(logged)
        running.stop()
    check_outcome(outcome(config, dovecot, user), clean)
    check_mailbox_untouched(dovecot, user)


# --- folders renamed or missing ---------------------------------------------------------


@pytest.mark.dovecot
def test_sent_renamed_on_a_server_with_special_use(
    dovecot: DovecotServer, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    """Dovecot re-creates a special-use Sent (auto = subscribe) when the old one is renamed:
    followupd carries on with the new, empty Sent (a new UIDVALIDITY: resynced), keeps
    what it learnt from the old one, and never reads the renamed folder."""
    caplog.set_level(logging.INFO)
    clean = reference(dovecot, late=True)
    user = dovecot.add_user()
    with _after_first_pass(dovecot, user, tmp_path, "renamed") as (config, running):
        dovecot.doveadm("mailbox", "rename", "-u", user.username, "Sent", "Old Sent")
        deliver_late(dovecot, user)  # news, so that a pass runs now
        assert wait_for_records(caplog, "sync.uidvalidity_changed", "watch-renamed", 1)
        assert running.settled_after(time.monotonic())
        running.stop()
    assert not records(caplog, LOST, "watch-renamed")  # nothing to report: Sent is there
    assert not records(caplog, MISSING, "watch-renamed")
    check_outcome(outcome(config, dovecot, user), clean)
    check_mailbox_untouched(dovecot, user, renamed={"Sent": "Old Sent"})
    assert not any("Old Sent" in line for line in dovecot.rawlog(user))


def _named_folders_user(server: DovecotServer, *folders: str) -> MailUser:
    """A user without special-use Sent/Drafts; `folders` are created by name."""
    user = server.add_user(special_use=False)
    for folder in folders:
        server.create_folder(user, folder)
    return user


@pytest.mark.dovecot
def test_sent_renamed_without_special_use_is_reported_until_configured(
    dovecot: DovecotServer, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    """Found by its name only, a renamed Sent is gone: every retry says which folders exist,
    and the watcher lives on; a config naming the new folder (a reload) carries on."""
    caplog.set_level(logging.INFO)
    clean = reference(dovecot, late=True)
    user = _named_folders_user(dovecot, "Sent", "Drafts")
    with _after_first_pass(dovecot, user, tmp_path / "before", "lost-sent") as (config, running):
        dovecot.doveadm("mailbox", "rename", "-u", user.username, "Sent", "Sent 2025")
        deliver_late(dovecot, user)
        reported = wait_for_records(caplog, MISSING, "watch-lost-sent", 3)
        running.stop()
    messages = [r.getMessage() for r in reported]
    assert "no sent folder found" in messages[-1]
    assert "'Sent 2025'" in messages[-1] and "'Drafts'" in messages[-1]  # the folders seen
    state_dir = config.storage.state_dir
    fixed = account_config(
        tmp_path / "after", dovecot, user, folders={"sent": "Sent 2025"}
    )  # the user names the folder: a reload brings up a watcher with the new config
    fixed = _with_state_dir(fixed, state_dir)
    with watching(fixed, "found-sent") as running:
        assert running.settled_after(0.0)
        running.stop()
    check_outcome(outcome(fixed, dovecot, user), clean)
    check_mailbox_untouched(dovecot, user, renamed={"Sent": "Sent 2025"})


def _with_state_dir(config: Config, state_dir: Path) -> Config:
    return dataclasses.replace(
        config, storage=dataclasses.replace(config.storage, state_dir=state_dir)
    )


@pytest.mark.dovecot
def test_a_missing_drafts_folder_is_reported_and_never_created(
    dovecot: DovecotServer, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    caplog.set_level(logging.INFO)
    clean = reference(dovecot)
    user = _named_folders_user(dovecot, "Sent")
    seed(dovecot, user)
    config = account_config(tmp_path, dovecot, user)
    with Store.open(config.storage.state_dir) as store:
        once = run_all_once(
            config, store, now=NOW, env=os.environ, templates=load_templates(config.templates)
        )
    assert "no drafts folder found" in once.failures["main"]
    assert "'INBOX'" in once.failures["main"] and "'Sent'" in once.failures["main"]
    with watching(config, "no-drafts") as running:
        reported = wait_for_records(caplog, MISSING, "watch-no-drafts", 3)
        assert all("no drafts folder found" in r.getMessage() for r in reported)
        assert "CREATE" not in dovecot.commands(user)  # never created behind the user's back
        assert running.thread.is_alive()
        dovecot.create_folder(user, "Drafts")  # the user creates it
        assert running.settled_after(time.monotonic())
        running.stop()
    check_outcome(outcome(config, dovecot, user), clean)
    check_mailbox_untouched(dovecot, user)
    assert "CREATE" not in dovecot.commands(user)


# --- a full disk under the state directory ----------------------------------------------


def _bulk(n: int) -> bytes:
    """A recruiter message big enough that forty of them do not fit the small state disk."""
    return (
        f"From: Recruiter {n} <recruiter{n}@acme.example>\r\nTo: alex.morgan@mail.example\r\n"
        f"Subject: Interview for the Platform Engineer role ({n})\r\n"
        f"Date: Mon, 23 Nov 2026 10:00:00 +0000\r\nMessage-ID: <bulk-{n}@acme.example>\r\n"
        "\r\nWould you be available for an interview next week?\r\n"
        + f"The role, the team and the product, part {n}. " * 120
        + "\r\n"
    ).encode()


BULK = [_bulk(n) for n in range(40)]


class SmallDisk:
    """A directory on a disk that holds about `size` bytes, until give_space() is called.

    A tmpfs of that size when this process may mount one (ENOSPC, as on a real full disk);
    otherwise every child started with preexec() gets RLIMIT_FSIZE = `size` (EFBIG on the
    state files), which needs no privilege.
    """

    def __init__(self, where: Path, size: int) -> None:
        self.where, self.size, self.short = where, size, True
        where.mkdir(parents=True)
        mount = ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)]
        allowed = os.geteuid() == 0
        self.mounted = (
            allowed and subprocess.run(mount, capture_output=True, check=False).returncode == 0
        )

    def preexec(self) -> Callable[[], None] | None:
        """What a child runs before exec: the file size limit while space is short."""
        if self.mounted or not self.short:
            return None
        return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (self.size, self.size))

    def give_space(self) -> None:
        """The disk has room again (64 MiB)."""
        self.short = False
        if self.mounted:
            subprocess.run(["mount", "-o", "remount,size=64m", str(self.where)], check=True)

    def __enter__(self) -> SmallDisk:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.mounted:
            subprocess.run(["umount", str(self.where)], check=False)


def _run_once(
    config_path: Path, home: Path, preexec: Callable[[], None] | None
) -> subprocess.CompletedProcess[str]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": str(DAEMON),
           "HOME": str(home), "LANG": "C.UTF-8"}  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "followupd", "run", "--once", "--now", NOW.isoformat(),
         "--config", str(config_path)],
        env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120,
        preexec_fn=preexec, check=False,
    )  # fmt: skip


@pytest.mark.dovecot
def test_a_full_disk_under_the_state_directory(dovecot: DovecotServer, tmp_path: Path) -> None:
    scratch = tmp_path / "scratch"
    Store.open(scratch).close()  # what an empty state needs, to size the small disk
    empty = sum(p.stat().st_size for p in scratch.iterdir()) + 32 * 1024  # + WAL index
    clean_user, user = dovecot.add_user(), dovecot.add_user()
    for who in (clean_user, user):
        seed(dovecot, who)
        dovecot.deliver_many(who, "INBOX", BULK)
    clean_config = account_config(tmp_path / "clean", dovecot, clean_user)
    with Store.open(clean_config.storage.state_dir) as store:
        settle(clean_config, store)
    clean = outcome(clean_config, dovecot, clean_user)

    with SmallDisk(tmp_path / "disk", 2 * empty) as disk:
        state_dir = disk.where / "state"
        config_path = write_config(
            tmp_path / "cfg", dovecot, user, extra={"storage": {"state_dir": str(state_dir)}}
        )
        short = _run_once(config_path, tmp_path, disk.preexec())
        assert short.returncode == 70, short.stderr  # EX_SOFTWARE: StateError, said plainly
        assert "Traceback" not in short.stderr
        # "database or disk is full" on the tmpfs, "disk I/O error" under the size limit
        assert "state database write failed" in short.stderr and "disk" in short.stderr
        assert user.password not in short.stderr
        with contextlib.closing(sqlite3.connect(state_dir / DB_NAME)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            kept = conn.execute("SELECT count(*) FROM messages").fetchone()[0]
        assert kept < len(clean.messages)  # it really ran out of space part-way

        disk.give_space()
        again = _run_once(config_path, tmp_path, disk.preexec())
        assert again.returncode == 0, again.stderr
        config = load_config(config_path, os.environ)
        with Store.open(state_dir) as store:
            settle(config, store)  # the passes a clean run made after its first
        check_outcome(outcome(config, dovecot, user), clean)
