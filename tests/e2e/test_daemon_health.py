"""`followupd run` as a process under a stand-in for systemd: READY, STATUS=, WATCHDOG=1
and exit codes when a secret breaks, is missing at start, or a reload would break one; and
what it logs without -v (its drafts and account changes; other commands stay quiet)."""

from __future__ import annotations

import re
import signal
import subprocess
import time
import tomllib
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any, NamedTuple

import pytest
import tomli_w

from daemonprobe import LineReader, NotifyListener, largest_gap
from followupd.testing import DovecotServer, MailUser
from followupd.testing.accounts import write_config, write_private

Spawn = Callable[..., "subprocess.Popen[str]"]
Cli = Callable[..., subprocess.CompletedProcess[str]]
RETRY = "2"  # --max-retry-wait: seconds, so back-offs end within a test's patience
WATCHDOG_USEC = "1000000"  # a ping wanted every 0.5 s; the daemon's loop ticks once a second


def _midday_zone() -> str:
    """A fixed-offset zone where it is about noon now, so 'at once' drafts are due at once."""
    offset = 12 - datetime.now(UTC).hour  # -11..+12 hours
    return f"Etc/GMT{-offset:+d}"  # the Etc/ names carry the sign the other way round


def _config(
    base: Path, server: DovecotServer, user: MailUser, **account: Any
) -> tuple[Path, dict[str, Any]]:
    """A config for `user` whose working hours are now, every day; and its account entry."""
    path = write_config(
        base,
        server,
        user,
        account=account,
        extra={
            "schedule": {
                "timezone": _midday_zone(),
                "workdays": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
            }
        },
    )
    return path, tomllib.loads(path.read_text())["accounts"][0]


def _rewrite(path: Path, accounts: list[Mapping[str, Any]]) -> None:
    """Replace the [[accounts]] of the config at `path`, keeping everything else."""
    data = tomllib.loads(path.read_text())
    data["accounts"] = [dict(a) for a in accounts]
    write_private(path, tomli_w.dumps(data).encode())


def _with_secret(entry: Mapping[str, Any], key: str, value: str) -> dict[str, Any]:
    """`entry` with its password source replaced by `key = value`."""
    out = {k: v for k, v in entry.items() if k != "password_file"}
    out[key] = value
    return out


def _invitation(n: int) -> bytes:
    """An interview invitation dated now (an 'at once' reply is due for it)."""
    msg = EmailMessage()
    msg["From"] = f"Jordan Blake <jordan.blake@northwind{n}.example>"
    msg["To"] = "Alex Morgan <alex.morgan@mail.example>"
    msg["Subject"] = f"Interview invitation: Platform Engineer at Northwind {n}"
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = f"<health-{n}-{time.time_ns()}@northwind{n}.example>"
    msg.set_content(
        "Hi Alex,\n\nThank you for applying for the Platform Engineer role. We liked your "
        "background and would like to invite you to a first interview with our team. Could "
        "you share a few times that suit you next week?\n\nKind regards,\nJordan Blake\n"
    )
    return msg.as_bytes()


def _drafts(server: DovecotServer, user: MailUser) -> int:
    found = server.doveadm("search", "-u", user.username, "mailbox", "Drafts", "all")
    return len(found.stdout.split()) // 2  # "GUID UID" per message


def _start(
    spawn: Spawn, config: Path, notify: NotifyListener, *extra: str, **env: str
) -> tuple[subprocess.Popen[str], LineReader]:
    """`followupd run` at the default verbosity, under the stand-in manager."""
    daemon = spawn(
        "run",
        "--config",
        str(config),
        "--max-retry-wait",
        RETRY,
        *extra,
        env={"NOTIFY_SOCKET": notify.path, "WATCHDOG_USEC": WATCHDOG_USEC, **env},
    )
    assert daemon.stderr is not None
    return daemon, LineReader(daemon.stderr)


def _stop(daemon: subprocess.Popen[str], log: LineReader) -> str:
    daemon.send_signal(signal.SIGTERM)
    daemon.wait(timeout=20)
    err = log.text()
    assert daemon.returncode == 0, err
    return err


def test_a_password_file_broken_while_running_is_reported_and_heals_without_a_restart(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, spawn_followupd: Spawn
) -> None:
    config, entry = _config(tmp_path / "cfg", dovecot, mail_user)
    secret = Path(entry["password_file"])
    moved = secret.with_name("moved-away")
    with NotifyListener() as notify:
        daemon, log = _start(spawn_followupd, config, notify)
        _, ready = notify.wait_for("READY=1", 60)
        assert ready == "READY=1\nSTATUS=watching 1 account"

        secret.rename(moved)
        dovecot.kick(mail_user)  # the next login needs the secret again
        broken_at, broken = notify.wait_for("credentials unavailable", 20)
        assert re.fullmatch(
            r"STATUS=1 of 1 account: credentials unavailable, retry in \d s \(main\)", broken
        ), broken
        time.sleep(5)  # several tries, each after a back-off of up to 2 s
        window = notify.since(broken_at - 0.001)
        assert daemon.poll() is None  # no crash, no exit
        # Still failing, and saying so at every step (the back-off may vary, the cause stays).
        statuses = notify.statuses(window)
        assert statuses and all("credentials unavailable" in s for s in statuses), statuses
        # The watchdog keeps being pinged: the loop rests in a back-off it reported.
        assert largest_gap(notify.pings(window), broken_at, time.monotonic()) < 2.5

        dovecot.deliver(mail_user, "INBOX", _invitation(1))
        moved.rename(secret)
        fixed_at = time.monotonic()
        made_at, _ = log.wait_for("draft.created", 30, after=fixed_at)
        healed_at, _ = notify.wait_for("STATUS=watching 1 account", 10, after=fixed_at)
        assert made_at - fixed_at < 20
        err = _stop(daemon, log)
    assert _drafts(dovecot, mail_user) == 1
    # At the default verbosity: the failure with its reason, the recovery, the draft.
    assert "ERROR followupd.service watch.credentials_unavailable account=main" in err
    assert f"{secret}: cannot read: No such file or directory" in err
    assert "INFO followupd.service watch.recovered account=main" in err
    assert "INFO followupd.drafting draft.created" in err
    assert "Traceback" not in err
    assert "sync.folder_done" not in err  # the reasoning of each pass stays behind -v
    assert mail_user.password not in err
    assert healed_at > broken_at


class Missing(NamedTuple):
    """A password source that cannot work, and the reason the daemon gives ({base}: cfg dir)."""

    key: str
    value: str
    env: dict[str, str]
    reason: str


MISSING = {
    "command-fails": Missing(
        "password_command",
        "echo 'vault is locked' >&2; exit 3",
        {},
        "password_command (echo ...) exited 3",
    ),
    "variable-unset": Missing(
        "password_env",
        "FOLLOWUPD_TEST_PASSWORD",
        {},
        "password_env: environment variable FOLLOWUPD_TEST_PASSWORD is unset or empty",
    ),
    "file-missing": Missing(
        "password_file", "{base}/no-such-file", {}, "{base}/no-such-file: cannot read"
    ),
    "credential-missing": Missing(
        "password_credential",
        "imap-password",
        {"CREDENTIALS_DIRECTORY": "{base}/credentials"},
        "{base}/credentials/imap-password: cannot read",
    ),
}


@pytest.mark.parametrize("case", MISSING.values(), ids=MISSING.keys())
def test_the_only_account_without_its_secret_exits_78_before_ready(
    tmp_path: Path,
    dovecot: DovecotServer,
    mail_user: MailUser,
    spawn_followupd: Spawn,
    case: Missing,
) -> None:
    base = tmp_path / "cfg"
    config, entry = _config(base, dovecot, mail_user)
    (base / "credentials").mkdir()
    _rewrite(config, [_with_secret(entry, case.key, case.value.format(base=base))])
    env = {k: v.format(base=base) for k, v in case.env.items()}
    with NotifyListener() as notify:
        daemon, log = _start(spawn_followupd, config, notify, **env)
        daemon.wait(timeout=30)
        err = log.text()
        time.sleep(0.2)  # any datagram still in flight
        sent = notify.texts()
    assert daemon.returncode == 78, err
    assert not any("READY=1" in m for m in sent), sent
    last = err.splitlines()[-1]
    assert last.startswith("followupd: account main: "), err
    assert case.reason.format(base=base) in last
    assert "Traceback" not in err
    assert "vault is locked" not in err  # a helper's stderr may quote a secret


def test_one_account_without_its_secret_and_one_refused_do_not_stop_the_third(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, spawn_followupd: Spawn
) -> None:
    config, entry = _config(tmp_path / "cfg", dovecot, mail_user)
    dovecot.deliver(mail_user, "INBOX", _invitation(2))
    refused_user = dovecot.add_user()
    wrong = write_private(tmp_path / "cfg" / "wrong", f"not-{refused_user.password}\n".encode())
    nosecret = _with_secret({**entry, "name": "nosecret"}, "password_env", "FOLLOWUPD_UNSET")
    refused = {**entry, "name": "refused", "username": refused_user.username}
    refused["password_file"] = str(wrong)
    _rewrite(config, [nosecret, refused, entry])
    with NotifyListener() as notify:
        daemon, log = _start(spawn_followupd, config, notify)
        ready_at, ready = notify.wait_for("READY=1", 60)
        # A refused password waits the longest pause at once (quick retries lock accounts).
        assert re.fullmatch(
            r"READY=1\nSTATUS=2 of 3 accounts: credentials unavailable, retry in \d s "
            r"\(nosecret\); credentials refused, retry in 2 s \(refused\)",
            ready,
        ), ready
        log.wait_for("draft.created", 30)  # the working account drafts all the same
        time.sleep(3)
        window = notify.since(ready_at)
        assert largest_gap(notify.pings(window), ready_at, time.monotonic()) < 2.5
        assert all(s.startswith("2 of 3 accounts: ") for s in notify.statuses(window))
        err = _stop(daemon, log)
    assert _drafts(dovecot, mail_user) == 1
    assert "watch.credentials_unavailable account=nosecret" in err
    assert "watch.auth_failed account=refused" in err
    assert "run.ready accounts=3 failing=2" in err
    assert refused_user.password not in err and mail_user.password not in err


def test_a_reload_that_would_break_a_working_account_is_refused(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, spawn_followupd: Spawn
) -> None:
    config, entry = _config(tmp_path / "cfg", dovecot, mail_user)
    good = config.read_text()
    with NotifyListener() as notify:
        daemon, log = _start(spawn_followupd, config, notify)
        notify.wait_for("READY=1", 60)

        _rewrite(config, [_with_secret(entry, "password_command", "exit 3")])
        asked_at = time.monotonic()
        daemon.send_signal(signal.SIGHUP)
        _, refused = notify.wait_for("reload refused", 20, after=asked_at)
        assert refused == (
            "READY=1\nSTATUS=watching 1 account; reload refused: a working account would "
            "lose its secret"
        )
        # The running config is kept: the next login still reads the password file.
        dovecot.deliver(mail_user, "INBOX", _invitation(3))
        dovecot.kick(mail_user)
        log.wait_for("draft.created", 30, after=asked_at)
        assert daemon.poll() is None

        write_private(config, good.encode())  # fixed: this reload goes through
        again_at = time.monotonic()
        daemon.send_signal(signal.SIGHUP)
        _, ready = notify.wait_for("READY=1", 30, after=again_at)
        assert ready == "READY=1\nSTATUS=watching 1 account"  # the refusal note is gone
        err = _stop(daemon, log)
    assert (
        "run.reload_refused reason=account main: password_command (exit ...) exited 3 "
        "action=keeping the running config"
    ) in err
    assert "run.reloaded accounts=1" in err
    assert _drafts(dovecot, mail_user) == 1


def test_run_shows_its_drafts_without_v_and_other_commands_stay_quiet(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, followupd: Cli
) -> None:
    config, _ = _config(tmp_path / "cfg", dovecot, mail_user)
    dovecot.deliver(mail_user, "INBOX", _invitation(4))
    synced = followupd("sync", "--once", "--config", str(config))
    assert synced.returncode == 0, synced.stderr
    assert "INFO" not in synced.stderr
    ran = followupd("run", "--once", "--config", str(config))
    assert ran.returncode == 0, ran.stderr
    assert "INFO followupd.drafting draft.created" in ran.stderr
    assert "INFO followupd.cli.run_cmd run.pass_done account=main drafted=1" in ran.stderr
    # The reasoning behind it stays behind -v.
    assert "plan.action_added" not in ran.stderr and "sync.folder_done" not in ran.stderr
