"""The system service's state, read and corrected by root while the service runs.

The service runs as a user of its own (systemd's DynamicUser=: a uid without a passwd
entry) in a state directory only it owns (StateDirectory=, mode 0700); the config in /etc
names that directory. Here the service is `followupd run` started as such a uid; root then
runs `followupd status -c CONFIG` (and the same with --state-dir) and a correction while the
service holds the lock, and no file in the directory ever becomes root's.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import tomli_w
from storykit import ME, Person
from storykit.mail import build_message
from storykit.zones import zone_where_it_is

from conftest import cli_env
from daemonprobe import LineReader
from followupd.adapters.store import Store
from followupd.testing import DovecotServer, MailUser

Cli = Callable[..., subprocess.CompletedProcess[str]]
SERVICE_UID = 61234  # in systemd's DynamicUser= range, and in no passwd file
JORDAN = Person("Jordan Blake", "jordan.blake@northwind.example")


def _as_service(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    """`followupd ARGS...` as the service's user. It keeps CAP_DAC_READ_SEARCH only so that
    it can read this test's interpreter and files wherever they are; it can write nothing it
    does not own, which is what the test is about."""
    setpriv = [
        "setpriv", f"--reuid={SERVICE_UID}", f"--regid={SERVICE_UID}", "--clear-groups",
        "--inh-caps=+dac_read_search", "--ambient-caps=+dac_read_search",
    ]  # fmt: skip
    return subprocess.Popen(
        [*setpriv, sys.executable, "-m", "followupd", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _system_config(path: Path, server: DovecotServer, user: MailUser, state: Path | None) -> Path:
    """/etc/followupd/config.toml as the system unit's README has it written (0644, no secret)."""
    data: dict[str, object] = {
        "identity": {"name": ME.name, "email": ME.email},
        "schedule": {"timezone": zone_where_it_is(2), "workdays": ["mon", "tue", "wed", "thu",
                     "fri", "sat", "sun"]},
        "accounts": [{
            "name": "main", "host": server.host, "port": server.imaps_port, "tls": "implicit",
            "username": user.username, "password_credential": "imap-password",
            "ca_file": str(server.ca_file),
        }],
    }  # fmt: skip
    if state is not None:
        data["storage"] = {"state_dir": str(state)}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(tomli_w.dumps(data).encode())
    path.chmod(0o644)
    return path


def _owners(state: Path) -> dict[str, int]:
    return {p.name: p.stat().st_uid for p in state.iterdir()}


def test_root_reads_and_corrects_the_service_state_while_it_runs(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, followupd: Cli
) -> None:
    assert os.geteuid() == 0, "this test plays root beside a system service"
    state = tmp_path / "var" / "lib" / "followupd"  # the unit's StateDirectory=
    state.mkdir(parents=True)
    os.chown(state, SERVICE_UID, SERVICE_UID)
    state.chmod(0o700)
    credentials = tmp_path / "credentials"  # the unit's LoadCredential=
    credentials.mkdir(mode=0o700)
    (credentials / "imap-password").write_text(mail_user.password + "\n")
    config = _system_config(tmp_path / "etc" / "config.toml", dovecot, mail_user, state)
    bare = _system_config(tmp_path / "etc" / "bare.toml", dovecot, mail_user, None)
    invitation = build_message(
        sender=JORDAN, to=ME, subject="Interview invitation: Platform Engineer at Northwind",
        body="Hi Alex,\n\nThanks for applying. We would like to invite you to a first interview. "
        "Could you share a few times that suit you next week?\n\nJordan\n",
        when=datetime.now(UTC), message_id=f"<sys-{time.time_ns()}@northwind.example>",
        in_reply_to=None, references=(), reply_to=None, headers={}, calendar=None,
    )  # fmt: skip
    dovecot.deliver(mail_user, "INBOX", invitation)

    env = {
        **cli_env(tmp_path / "home"),
        "STATE_DIRECTORY": str(state),
        "CREDENTIALS_DIRECTORY": str(credentials),
    }
    service = _as_service("run", "--config", str(config), env=env)
    try:
        assert service.stderr is not None
        log = LineReader(service.stderr)
        log.wait_for("run.ready", 60)

        status = followupd("status", "--json", "-c", str(config))
        assert status.returncode == 0, status.stderr
        (row,) = [json.loads(line) for line in status.stdout.splitlines()]
        assert row["company"] == "Northwind"
        assert row["next_action"]["kind"] == "invitation_reply"  # pending: 09:00 there
        # A config that does not name the state: --state-dir says where it is.
        named = followupd("status", "--json", "-c", str(bare), "--state-dir", str(state))
        assert named.returncode == 0, named.stderr
        assert [json.loads(line)["company"] for line in named.stdout.splitlines()] == ["Northwind"]
        elsewhere = followupd("status", "-c", str(bare))  # root's own, empty, state
        assert "No state in" in elsewhere.stdout and "--state-dir" in elsewhere.stdout
        # Only the service syncs its state: root's would make files the service cannot open.
        synced = followupd("sync", "--once", "-c", str(config))
        assert synced.returncode == 78, synced.stderr
        assert f"{state} belongs to {SERVICE_UID}, not to root" in synced.stderr

        ignored = followupd("ignore", "Northwind", "-c", str(config))
        assert ignored.returncode == 0, ignored.stderr
        log.wait_for("run.correction_noticed", 10)
        deadline = time.monotonic() + 10
        while _pending(state):  # the service applies it, writing after root did
            assert time.monotonic() < deadline
            time.sleep(0.1)
        assert set(_owners(state).values()) == {SERVICE_UID}, _owners(state)
        service.send_signal(signal.SIGTERM)
        service.wait(timeout=20)
        err = log.text()
    finally:
        if service.poll() is None:
            service.kill()
            service.wait(timeout=10)
    assert service.returncode == 0, err
    assert "Traceback" not in err and mail_user.password not in err
    assert "run.state_dir_unnamed" not in err  # the config names the unit's directory

    # With the service stopped, reading as root makes SQLite's WAL files anew: the
    # service's too (SQLite gives them the database file's owner).
    again = followupd("status", "--all", "-c", str(config))
    assert again.returncode == 0, again.stderr
    assert "Northwind" in again.stdout and "not_recruiting" in again.stdout
    assert set(_owners(state).values()) == {SERVICE_UID}, _owners(state)


def _pending(state: Path) -> list[str]:
    store = Store.open_read_only(state)
    assert store is not None
    with store:
        return [str(r.kind) for r in store.actions() if r.status == "pending"]
