"""The watch loop against a real Dovecot: IDLE pushes, kicks, restarts and a late server."""

from __future__ import annotations

import logging
import os
import queue
import random
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from followupd import service
from followupd.adapters.store import Store
from followupd.config import Config, load_config
from followupd.model import SyncReport
from followupd.service import Stopper, Watcher
from followupd.testing import DovecotServer, MailUser
from followupd.testing.accounts import write_config

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
WAIT = 20.0  # generous: Dovecot holds IDLE pushes ~0.5 s, backoff adds up to a few seconds


def recruiting_mail(n: int) -> bytes:
    """A small recruiter message that triage always keeps."""
    return (
        f"From: Recruiter {n} <recruiter{n}@acme.example>\r\nTo: alex.morgan@mail.example\r\n"
        f"Subject: Interview for the Platform Engineer role ({n})\r\n"
        f"Date: Mon, 30 Nov 2026 10:00:00 +0000\r\nMessage-ID: <watch-{n}@acme.example>\r\n"
        "\r\nWould you be available for an interview next week?\r\n"
    ).encode()


@dataclass
class Running:
    """A watcher running in its own thread (it owns the connection), and what it reported."""

    watcher: Watcher
    stopper: Stopper
    thread: threading.Thread
    passes: queue.Queue[list[SyncReport]]

    def next_pass(self, timeout: float = WAIT) -> list[SyncReport]:
        return self.passes.get(timeout=timeout)

    def stored_within(self, expected: int, timeout: float = WAIT) -> int:
        """Sum `stored` over passes until it reaches `expected` (or time runs out)."""
        total, deadline = 0, time.monotonic() + timeout
        while total < expected:
            total += sum(r.stored for r in self.next_pass(max(0.1, deadline - time.monotonic())))
        return total

    def stop(self) -> None:
        self.stopper.request()
        self.thread.join(timeout=10)
        assert not self.thread.is_alive(), "the watcher did not stop when asked"


def _config(base: Path, server: DovecotServer, user: MailUser, **account: object) -> Config:
    settings: dict[str, object] = {"timeout_seconds": 5, "poll_interval_seconds": 300}
    settings.update(account)
    return load_config(write_config(base, server, user, account=settings), os.environ)


@pytest.fixture
def watch(tmp_path: Path) -> Iterator[object]:
    started: list[Running] = []

    def start(config: Config, **options: Any) -> Running:
        stopper = Stopper()
        passes: queue.Queue[list[SyncReport]] = queue.Queue()
        holder: list[Watcher] = []
        ready = threading.Event()

        def body() -> None:
            with Store.open(config.storage.state_dir) as store:
                watcher = Watcher(
                    config,
                    config.accounts[0],
                    store,
                    env=os.environ,
                    stopper=stopper,
                    clock=lambda: NOW,
                    on_synced=passes.put,
                    rng=random.Random(7),  # noqa: S311 (repeatable jitter)
                    **options,
                )
                holder.append(watcher)
                ready.set()
                watcher.run()

        thread = threading.Thread(target=body, daemon=True)
        thread.start()
        assert ready.wait(5)
        running = Running(holder[0], stopper, thread, passes)
        started.append(running)
        return running

    yield start
    for running in started:
        running.stopper.request()
        running.thread.join(timeout=10)


def test_idle_push_kick_and_reconnect(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, watch: object
) -> None:
    running = watch(_config(tmp_path, dovecot, mail_user))  # type: ignore[operator]
    running.next_pass()  # the first pass over an empty mailbox
    dovecot.deliver(mail_user, "INBOX", recruiting_mail(1))
    assert running.stored_within(1) == 1  # IDLE woke the loop; no poll is due for 300 s

    dovecot.kick(mail_user)  # the server says BYE to every session of this user
    dovecot.deliver(mail_user, "INBOX", recruiting_mail(2))
    assert running.stored_within(1) == 1
    assert running.watcher.reconnects >= 1
    running.stop()  # a stop request ends the IDLE wait at once


def test_kicks_during_a_big_fetch_lose_and_duplicate_nothing(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, watch: object
) -> None:
    count = 1500
    dovecot.deliver_many(mail_user, "INBOX", [recruiting_mail(n) for n in range(count)])
    config = _config(tmp_path, dovecot, mail_user, fetch_chunk=100)
    running = watch(config)  # type: ignore[operator]
    # Cut the connection while the first pass is fetching; a pass that is cut short reports
    # nothing, so the first report comes from a pass that ran to the end after reconnecting.
    deadline = time.monotonic() + WAIT
    while running.watcher.reconnects < 1 and time.monotonic() < deadline:
        dovecot.kick(mail_user)
        time.sleep(0.05)
    running.next_pass(timeout=60)
    running.stop()
    assert running.watcher.reconnects >= 1
    with Store.open(config.storage.state_dir) as store:
        assert store.message_count() == count
        assert len({m.message_id for m in store.messages()}) == count


def test_server_down_at_start_then_up(tmp_path: Path, watch: object) -> None:
    with DovecotServer() as server:
        user = server.add_user()
        server.deliver(user, "INBOX", recruiting_mail(1))
        config = _config(tmp_path, server, user, timeout_seconds=2)
        server.pause()
        running = watch(config)  # type: ignore[operator]
        with pytest.raises(queue.Empty):
            running.next_pass(timeout=1.5)  # no server, no pass, and no crash
        server.start()
        assert running.stored_within(1) == 1
        running.stop()


def test_an_unexpected_error_is_logged_with_one_traceback_and_the_loop_recovers(
    tmp_path: Path,
    dovecot: DovecotServer,
    mail_user: MailUser,
    watch: object,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    real = service.fetch_tracked
    left = [3]

    def buggy(*args: Any) -> Any:
        if left[0] > 0:
            left[0] -= 1
            raise RuntimeError("a bug in tracking")
        return real(*args)

    dovecot.deliver(mail_user, "INBOX", recruiting_mail(1))
    config = _config(tmp_path, dovecot, mail_user)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(service, "fetch_tracked", buggy)
        running = watch(config, max_retry_wait=1.0)  # type: ignore[operator]
        assert running.stored_within(1) == 1  # the pass after three failed tries
        assert running.thread.is_alive()
        running.stop()
    failed = [r for r in caplog.records if r.getMessage().startswith("watch.unexpected_error")]
    assert len(failed) == 3
    assert "error=RuntimeError: a bug in tracking" in failed[0].getMessage()
    # One traceback for the bug, not one per retry.
    assert failed[0].exc_info
    assert not any(r.exc_info for r in failed[1:])
    recovered = [m for m in caplog.messages if m.startswith("watch.recovered account=main")]
    assert len(recovered) == 1 and "failed_tries=3" in recovered[0]
