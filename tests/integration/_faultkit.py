"""Shared pieces of the fault-injection tests: one seeded mailbox, a clean reference run,
watchers in their own threads, hooks that fire a fault at a chosen IMAP stage, and the
outcome (store, threads, ledger, Drafts) that a faulty run must end up equal to.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
import random
import re
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from followupd.adapters import imap_idle
from followupd.adapters.imap import ImapSession
from followupd.adapters.store import Store
from followupd.adapters.template_files import load_templates
from followupd.config import Config, load_config
from followupd.core.backoff import Backoff
from followupd.demo.mailbox import SampleMail, sample_mailbox
from followupd.errors import StateLockedError
from followupd.model import FolderRole, SyncReport
from followupd.service import Stopper, Watcher, run_all_once
from followupd.testing import DovecotServer, MailUser
from followupd.testing.accounts import write_config
from followupd.understanding import evaluate_account

START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
# Tuesday evening: the invitation reply, the rejection reply and a status check are due.
NOW = START + timedelta(days=1, hours=8)
# One set of Message-IDs for every user of a test run, so outcomes compare across users.
MAILBOX: tuple[SampleMail, ...] = tuple(sample_mailbox(START))
# The rejection arrives late in stages that need news while a fault holds (IDLE).
LATE = next(m for m in MAILBOX if "turns the application down" in m.note)
TIMEOUT = 2.0  # the account's read timeout: a blackhole must be noticed this fast
WAIT = 30.0  # upper bound of every wait; the waits end as soon as their condition holds
READ_FOLDERS = ("INBOX", "Sent")
ALLOWED_COMMANDS = {
    "CAPABILITY", "ID", "ENABLE", "LOGIN", "AUTHENTICATE", "LIST", "STATUS", "EXAMINE",
    "UID SEARCH", "UID FETCH", "NOOP", "IDLE", "DONE", "APPEND", "LOGOUT",
}  # fmt: skip
_RETRY_IN = re.compile(r"retry_in=([\d.]+)s")


def folder_of(mail: SampleMail) -> str:
    """The test server's folder for a sample message."""
    return "Sent" if mail.role is FolderRole.SENT else "INBOX"


def seed(server: DovecotServer, user: MailUser, *, late: bool = True) -> None:
    """Deliver the sample mailbox (without the late rejection when `late` is False)."""
    for folder in READ_FOLDERS:
        mails = [m.raw for m in MAILBOX if folder_of(m) == folder and (late or m is not LATE)]
        server.deliver_many(user, folder, mails)


def deliver_late(server: DovecotServer, user: MailUser) -> None:
    """The held-back rejection arrives."""
    server.deliver(user, folder_of(LATE), LATE.raw)


def account_config(
    base: Path, server: DovecotServer, user: MailUser, *, port: int | None = None, **account: Any
) -> Config:
    """A real config file for `user` (through `port` when given), loaded and validated.

    IDLE is renewed every second instead of every nine minutes: a link that went silent
    while idling is only found out when IDLE ends, and a test should not wait minutes.
    """
    settings: dict[str, Any] = {"timeout_seconds": TIMEOUT}
    if port is not None:
        settings["port"] = port  # TLS passes through the proxy: same CA, same host name
    settings.update(account)
    config = load_config(write_config(base, server, user, account=settings), os.environ)
    quick = tuple(dataclasses.replace(a, idle_renew_seconds=1) for a in config.accounts)
    return dataclasses.replace(config, accounts=quick)


# --- the outcome a run leaves behind -------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What a run leaves behind, in terms that do not depend on UIDs or the user's name."""

    messages: frozenset[str]  # Message-IDs in the store
    threads: frozenset[tuple[str, str]]  # (thread id, state)
    ledger: frozenset[tuple[str, str]]  # (action key, status)
    drafts: tuple[tuple[str, str], ...]  # (Message-ID, X-Followupd-Action), sorted


def drafts_in(
    server: DovecotServer, user: MailUser, folder: str = "Drafts"
) -> list[tuple[str, str]]:
    """(Message-ID, X-Followupd-Action) of every message in `folder`, read with doveadm."""
    out = server.doveadm(
        "-f", "json", "fetch", "-u", user.username,
        "uid hdr.message-id hdr.x-followupd-action", "mailbox", folder, "all",
    ).stdout  # fmt: skip
    rows = json.loads(out) if out.strip() else []
    return sorted(
        (row["hdr.message-id"].strip(), row["hdr.x-followupd-action"].strip()) for row in rows
    )


def _reopen(state_dir: Path, timeout: float = 5.0) -> Store:
    """Store.open, waiting out a lock that outlives its closed watcher for a moment.

    A child process forked by another test thread (doveadm) shares the lock file's open
    description until it execs, and flock locks belong to that description.
    """
    deadline = time.monotonic() + timeout
    while True:
        try:
            return Store.open(state_dir)
        except StateLockedError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def outcome(config: Config, server: DovecotServer, user: MailUser) -> Outcome:
    """Read the outcome of a finished run (the store must not be open elsewhere)."""
    name = config.accounts[0].name
    with _reopen(config.storage.state_dir) as store:
        messages = frozenset(m.message_id for m in store.messages() if m.message_id)
        assert len(messages) == store.message_count(), "a message was stored twice"
        views = evaluate_account(config, store, name, NOW, save=False)
        threads = frozenset((v.app.id, str(v.state.state)) for v in views)
        ledger = frozenset((r.key, str(r.status)) for r in store.actions())
    return Outcome(messages, threads, ledger, tuple(drafts_in(server, user)))


def settle(config: Config, store: Store) -> None:
    """Clean passes until the ledger stops changing.

    A pass plans before it drafts, so what follows a draft made in a pass (the next
    follow-up after a status check) is planned by the pass after it.
    """
    templates = load_templates(config.templates)
    before: list[tuple[str, str]] | None = None
    for _ in range(4):
        result = run_all_once(config, store, now=NOW, env=os.environ, templates=templates)
        assert result.failures == {}, result.failures
        ledger = sorted((r.key, str(r.status)) for r in store.actions())
        if ledger == before:
            return
        before = ledger
    raise AssertionError(f"the ledger never settled: {before}")


_REFERENCES: dict[tuple[Path, bool], Outcome] = {}


def reference(server: DovecotServer, *, late: bool = False) -> Outcome:
    """The outcome of clean passes over the mailbox (computed once per server and kind).

    With `late`, the rejection arrives between two passes, as in the stages that deliver it
    while a fault holds: its thread then starts from an application with no answer yet.
    """
    if (server.root, late) not in _REFERENCES:
        user = server.add_user()
        seed(server, user, late=not late)
        base = Path(tempfile.mkdtemp(prefix="clean-", dir=server.root))
        config = account_config(base, server, user)
        with Store.open(config.storage.state_dir) as store:
            if late:
                settle(config, store)
                deliver_late(server, user)
            settle(config, store)
        clean = outcome(config, server, user)
        assert len(clean.drafts) == 3 and len(clean.ledger) >= 5, clean  # a run worth comparing
        _REFERENCES[server.root, late] = clean
    return _REFERENCES[server.root, late]


def check_mailbox_untouched(
    server: DovecotServer, user: MailUser, renamed: Mapping[str, str] | None = None
) -> None:
    """Every message of INBOX and Sent is there, once, with no flag (none was ever set).

    `renamed` maps a folder to the name it has on the server now.
    """
    for folder in READ_FOLDERS:
        name = (renamed or {}).get(folder, folder)
        flags = server.flags(user, name)
        assert len(flags) == sum(1 for m in MAILBOX if folder_of(m) == folder), name
        assert set(flags.values()) == {frozenset()}, f"flags changed in {name}: {flags}"
    extra = set(server.commands(user)) - ALLOWED_COMMANDS
    assert not extra, f"commands outside the read-only set: {extra}"


def check_outcome(got: Outcome, want: Outcome) -> None:
    """Equal to the clean run, field by field (clear messages), and no duplicate draft."""
    assert len(set(got.drafts)) == len(got.drafts), f"duplicate drafts: {got.drafts}"
    assert len({mid for mid, _ in got.drafts}) == len(got.drafts), "two drafts share a Message-ID"
    assert got.messages == want.messages, (
        f"stored messages differ from a clean run: {got.messages ^ want.messages}"
    )
    assert got.threads == want.threads, (
        f"thread states differ from a clean run: {got.threads ^ want.threads}"
    )
    assert got.ledger == want.ledger, (
        f"the actions ledger differs from a clean run: only here {sorted(got.ledger - want.ledger)}"
        f", only in the clean run {sorted(want.ledger - got.ledger)}"
    )
    assert got.drafts == want.drafts, "Drafts differs from a clean run"


# --- watchers in their own threads -----------------------------------------------------


@dataclass
class Watching:
    """A watcher running in its own thread (it owns its connection), and its passes."""

    name: str
    watcher: Watcher
    stopper: Stopper
    thread: threading.Thread
    passes: list[float] = field(default_factory=list)  # monotonic end of each full pass

    def pass_after(self, moment: float, timeout: float = WAIT) -> bool:
        """Wait for a full pass (sync and drafting) that ended after `moment`."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(t > moment for t in self.passes):
                return True
            time.sleep(0.02)
        return False

    def settled_after(self, moment: float, timeout: float = WAIT) -> bool:
        """A full pass that ended after `moment`, then one more (as settle() runs them)."""
        if not self.pass_after(moment, timeout):
            return False
        again = time.monotonic()
        self.watcher.nudge.set()  # as the timer does when an action falls due
        return self.pass_after(again, timeout)

    def stop(self) -> None:
        """Stop it; it must still be alive when asked (no crash) and end promptly."""
        assert self.thread.is_alive(), f"{self.name}: the watcher thread died"
        self.stopper.request()
        self.thread.join(timeout=TIMEOUT * 2 + 5)
        assert not self.thread.is_alive(), f"{self.name}: the watcher did not stop when asked"


def start_watching(config: Config, name: str) -> Watching:
    """Run a Watcher for the config's account in a thread named `watch-<name>`.

    The clock is fixed at NOW. The real Backoff runs with a 0.1 s base and a 2 s cap, so a
    test sees several growing retries in a second instead of minutes.
    """
    stopper = Stopper()
    holder: list[Watcher] = []
    ready = threading.Event()
    passes: list[float] = []

    def on_synced(_reports: list[SyncReport]) -> None:
        passes.append(time.monotonic())

    def body() -> None:
        with Store.open(config.storage.state_dir) as store:
            rng = random.Random(7)  # noqa: S311 (repeatable jitter)
            watcher = Watcher(
                config,
                config.accounts[0],
                store,
                env=os.environ,
                stopper=stopper,
                clock=lambda: NOW,
                templates=load_templates(config.templates),
                on_synced=on_synced,
                rng=rng,
            )
            watcher.backoff = Backoff(rng, base=0.1, cap=2.0)
            holder.append(watcher)
            ready.set()
            watcher.run()

    thread = threading.Thread(target=body, name=f"watch-{name}", daemon=True)
    thread.start()
    assert ready.wait(10)
    return Watching(name, holder[0], stopper, thread, passes)


@contextlib.contextmanager
def watching(config: Config, name: str) -> Iterator[Watching]:
    """start_watching, stopped on leaving the block whatever happened inside."""
    running = start_watching(config, name)
    try:
        yield running
    finally:
        running.stopper.request()
        running.thread.join(timeout=TIMEOUT * 2 + 5)


# --- faults at a stage of the IMAP conversation ----------------------------------------

STAGES = ("login", "fetch", "idle", "append")


class StageHooks:
    """Run a callback once, in a given watcher's thread, just before a stage's command.

    login: before LOGIN; fetch: before the first body FETCH; idle: once IDLE is established;
    append: before the first APPEND of a draft. Hooks are keyed by thread name, so watchers
    running side by side each get their own fault.
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self._armed: dict[str, tuple[str, Callable[[], object]]] = {}
        self.fired: dict[str, float] = {}  # thread name -> wall time the fault started
        self._events: dict[str, threading.Event] = {}
        self._install(monkeypatch)

    def arm(self, thread_name: str, stage: str, fire: Callable[[], object]) -> threading.Event:
        """Fire `fire` the first time `thread_name` reaches `stage`; the event says it did."""
        assert stage in STAGES, stage
        self._armed[thread_name] = (stage, fire)
        self._events[thread_name] = threading.Event()
        return self._events[thread_name]

    def _reached(self, stage: str) -> None:
        name = threading.current_thread().name
        armed = self._armed.get(name)
        if armed is None or armed[0] != stage:
            return
        del self._armed[name]
        armed[1]()
        self.fired[name] = time.time()
        self._events[name].set()

    def _install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        reached = self._reached
        login, fetch_bodies = ImapSession._login, ImapSession.fetch_bodies
        append, wait_in_idle = ImapSession.append, imap_idle._wait_in_idle

        def hooked_login(self: ImapSession, client: Any, secret: str) -> None:
            reached("login")
            login(self, client, secret)

        def hooked_fetch(self: ImapSession, uids: Sequence[int], **kwargs: Any) -> Iterator[Any]:
            reached("fetch")
            yield from fetch_bodies(self, uids, **kwargs)

        def hooked_append(self: ImapSession, *args: Any) -> int | None:
            reached("append")
            return append(self, *args)

        def hooked_wait(*args: Any, **kwargs: Any) -> bool:
            reached("idle")
            return wait_in_idle(*args, **kwargs)

        monkeypatch.setattr(ImapSession, "_login", hooked_login)
        monkeypatch.setattr(ImapSession, "fetch_bodies", hooked_fetch)
        monkeypatch.setattr(ImapSession, "append", hooked_append)
        monkeypatch.setattr(imap_idle, "_wait_in_idle", hooked_wait)


# --- what the watcher logged -------------------------------------------------------------


def records(
    caplog: pytest.LogCaptureFixture, event: str | tuple[str, ...], thread: str
) -> list[logging.LogRecord]:
    """Log records of `thread` whose message starts with the event name `event` (or one of)."""
    return [
        r
        for r in list(caplog.records)
        if r.threadName == thread and r.getMessage().startswith(event)
    ]


def wait_for_records(
    caplog: pytest.LogCaptureFixture,
    event: str | tuple[str, ...],
    thread: str,
    count: int,
    timeout: float = WAIT,
) -> list[logging.LogRecord]:
    """Wait until `thread` logged `event` at least `count` times; return those records."""
    deadline = time.monotonic() + timeout
    while True:
        found = records(caplog, event, thread)
        if len(found) >= count or time.monotonic() > deadline:
            return found
        time.sleep(0.02)


def retry_delays(found: Sequence[logging.LogRecord]) -> list[float]:
    """The retry_in=...s values of watch.connection_lost records."""
    return [float(m.group(1)) for r in found if (m := _RETRY_IN.search(r.getMessage()))]
