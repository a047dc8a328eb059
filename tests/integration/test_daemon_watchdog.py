"""The daemon's watchdog against a real Dovecot and a real notification socket: it pings
while the loop waits as it chose (IDLE, a back-off it reports), and only then."""

from __future__ import annotations

import dataclasses
import logging
import os
import threading
import time
from pathlib import Path

import pytest

from daemonprobe import NotifyListener, largest_gap
from followupd.adapters.sdnotify import Notifier
from followupd.adapters.store import Store
from followupd.adapters.template_files import load_templates
from followupd.config import load_config
from followupd.config.types import CredentialSpec
from followupd.daemon import Daemon
from followupd.testing import DovecotServer, MailUser
from followupd.testing.accounts import write_config, write_private

STALL = 1.5  # seconds without a sign of life, outside a chosen wait, before pings stop
REST = 4.0  # the longest back-off, and the wait after a refused password: longer than STALL


def test_pings_continue_through_idle_and_a_reported_back_off_but_not_a_hang(
    tmp_path: Path,
    dovecot: DovecotServer,
    mail_user: MailUser,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    base = tmp_path / "cfg"
    config = load_config(write_config(base, dovecot, mail_user), os.environ)
    secret = base / "secret-source"
    write_private(secret, mail_user.password.encode())
    # The password comes from a command, so a test can make reading it hang (a FIFO).
    account = dataclasses.replace(
        config.accounts[0],
        credential=CredentialSpec("command", f"cat {secret}"),
        idle_renew_seconds=30,
        timeout_seconds=5,
    )
    config = dataclasses.replace(config, accounts=(account,))
    templates = load_templates(config.templates)

    def withheld() -> list[str]:
        return [m for m in caplog.messages if m.startswith("run.watchdog_withheld")]

    with NotifyListener() as notify, Store.open(config.storage.state_dir) as store:
        daemon = Daemon(
            config,
            templates,
            store,
            loader=lambda: (config, templates),
            env=os.environ,
            notifier=Notifier(notify.path, watchdog_usec=500_000),
            max_retry_wait=REST,
            stall_limit=STALL,
        )
        runner = threading.Thread(target=daemon.run, name="daemon", daemon=True)
        runner.start()
        try:
            ready_at, ready = notify.wait_for("READY=1", 30)
            assert ready == "READY=1\nSTATUS=watching 1 account"

            # Idle in IDLE for 3 s, twice the stall limit: a chosen wait, so pings go on.
            time.sleep(3)
            assert (
                largest_gap(notify.pings(notify.since(ready_at)), ready_at, time.monotonic()) < 2.5
            )
            assert not withheld()

            # A refused password: the loop rests REST s at once, far past the stall limit.
            write_private(secret, b"not-the-password")
            dovecot.kick(mail_user)
            rest_at, rest = notify.wait_for("credentials refused", 20)
            assert rest == "STATUS=1 of 1 account: credentials refused, retry in 4 s (main)"
            time.sleep(REST - 0.5)
            pings = notify.pings(notify.since(rest_at))
            assert largest_gap(pings, rest_at, time.monotonic()) < 2.5
            assert not withheld()

            # Reading the secret now hangs (nobody writes the FIFO): no rest, no progress.
            secret.unlink()
            os.mkfifo(secret)
            deadline = time.monotonic() + REST + STALL + 5
            while not withheld() and time.monotonic() < deadline:
                time.sleep(0.1)
            assert withheld() == ["run.watchdog_withheld stuck=main reason=no progress"]
            stuck_at = time.monotonic()
            time.sleep(2)
            assert notify.pings(notify.since(stuck_at)) == []

            # The helper answers at last: the loop logs in, pings resume.
            with open(secret, "w") as fifo:  # the `cat` reading it is already waiting
                fifo.write(mail_user.password)
            notify.wait_for("STATUS=watching 1 account", 20, after=stuck_at)
            healed_at = time.monotonic()
            notify.wait_for(lambda m: m == "WATCHDOG=1", 5, after=healed_at)
        finally:
            daemon.events.put("stop:TEST")
            runner.join(timeout=20)
    assert not runner.is_alive()
    assert any(m.startswith("watch.recovered account=main") for m in caplog.messages)
    assert mail_user.password not in caplog.text
