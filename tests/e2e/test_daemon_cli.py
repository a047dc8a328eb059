"""`followupd check`, `sync --once` and `run` as processes against the test Dovecot."""

from __future__ import annotations

import signal
import socket
import subprocess
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from followupd.demo.mailbox import sample_mailbox
from followupd.model import FolderRole
from followupd.testing import DovecotServer, MailUser
from followupd.testing.accounts import write_config

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
Cli = Callable[..., subprocess.CompletedProcess[str]]
Spawn = Callable[..., "subprocess.Popen[str]"]


def _seeded_config(tmp_path: Path, server: DovecotServer, user: MailUser) -> Path:
    for mail in sample_mailbox(NOW):
        server.deliver(user, "Sent" if mail.role is FolderRole.SENT else "INBOX", mail.raw)
    return write_config(tmp_path / "cfg", server, user)


def _wait_for_line(proc: subprocess.Popen[str], needle: str, timeout: float = 30) -> list[str]:
    """Read stderr lines until one contains `needle`; return what was read."""
    assert proc.stderr is not None
    seen: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        seen.append(line)
        if needle in line:
            return seen
    raise AssertionError(f"{needle!r} not logged; got:\n{''.join(seen)}")


def test_check_reports_a_ready_account(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, followupd: Cli
) -> None:
    config = write_config(tmp_path / "cfg", dovecot, mail_user)
    result = followupd("check", "--config", str(config))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "certificate verified" in result.stdout
    assert "IDLE         yes" in result.stdout
    assert "drafts   'Drafts' (drafts are added here)" in result.stdout
    assert "verdict  ready" in result.stdout


def test_check_with_a_wrong_password_fails_without_showing_it(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, followupd: Cli
) -> None:
    config = write_config(tmp_path / "cfg", dovecot, mail_user)
    wrong = "not-the-" + mail_user.password
    (tmp_path / "cfg" / "imap-password").write_text(wrong + "\n")
    result = followupd("check", "--config", str(config))
    assert result.returncode == 77  # EX_NOPERM: credentials refused
    assert "NOT READY" in result.stdout
    assert wrong not in result.stdout + result.stderr


def test_config_errors_exit_78_listing_every_problem(tmp_path: Path, followupd: Cli) -> None:
    bad = tmp_path / "config.toml"
    bad.write_text(
        '[identity]\nname = "A"\nemail = "a@mail.example"\nsignatur = "A"\n\n'
        '[[accounts]]\nname = "main"\nhost = "imap.mail.example"\nport = "993"\n'
        'username = "a"\npassword = "hunter2"\n'
    )
    result = followupd("check", "--config", str(bad))
    assert result.returncode == 78
    err = result.stderr
    assert "identity.signatur" in err and "did you mean 'signature'" in err
    assert "accounts[0].port" in err
    assert "accounts[0].password" in err and "password_command" in err
    assert "hunter2" not in err


def test_sync_once_reports_counts(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, followupd: Cli
) -> None:
    config = _seeded_config(tmp_path, dovecot, mail_user)
    result = followupd("sync", "--once", "--config", str(config))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.split()[:3] == ["main", "Sent", "2"] for line in lines), result.stdout
    assert any(line.split()[:3] == ["main", "INBOX", "8"] for line in lines), result.stdout
    assert "messages kept: 7" in result.stdout


def test_run_stops_cleanly_on_sigterm_and_a_second_instance_is_refused(
    tmp_path: Path,
    dovecot: DovecotServer,
    mail_user: MailUser,
    followupd: Cli,
    spawn_followupd: Spawn,
) -> None:
    config = _seeded_config(tmp_path, dovecot, mail_user)
    daemon = spawn_followupd("-v", "run", "--config", str(config))
    _wait_for_line(daemon, "sync.folder_done account=main folder='INBOX'")

    second = followupd("sync", "--once", "--config", str(config))
    assert second.returncode == 75  # EX_TEMPFAIL: try again when the other one is gone
    assert "another followupd" in second.stderr

    daemon.send_signal(signal.SIGTERM)  # it is waiting in IDLE now
    _, err = daemon.communicate(timeout=10)
    assert daemon.returncode == 0, err
    assert "run.stop_requested signal=SIGTERM" in err
    assert "run.stopped" in err
    assert mail_user.password not in err


def test_check_refuses_a_template_with_an_unknown_variable(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, followupd: Cli
) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "thank_you.txt").write_text("Hi $first_name,\n\nThanks! $favourite_colour\n")
    config = write_config(
        tmp_path / "cfg", dovecot, mail_user, extra={"templates": {"directory": str(templates)}}
    )
    result = followupd("check", "--config", str(config))
    assert result.returncode == 78
    assert "favourite_colour" in result.stderr
    assert "thank_you" in result.stderr


def test_systemd_notify_reload_and_stop(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, spawn_followupd: Spawn
) -> None:
    config = _seeded_config(tmp_path, dovecot, mail_user)
    notify_path = tmp_path / "notify.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as notify:
        notify.bind(str(notify_path))
        notify.settimeout(30)
        daemon = spawn_followupd(
            "-v", "run", "--config", str(config), env={"NOTIFY_SOCKET": str(notify_path)}
        )

        def until(word: str) -> list[str]:
            seen: list[str] = []
            while not any(word in m for m in seen):
                seen.append(notify.recv(4096).decode())
            return seen

        assert any("READY=1" in m for m in until("READY=1"))  # after the first full pass

        good = config.read_text()
        config.write_text(good + "\n[unknown_table]\nx = 1\n")
        daemon.send_signal(signal.SIGHUP)
        until("reload refused")  # a bad config is refused; the running one is kept
        assert daemon.poll() is None

        config.write_text(good.replace("[identity]", "[policy]\nmax_followups = 2\n\n[identity]"))
        daemon.send_signal(signal.SIGHUP)
        assert any("RELOADING=1" in m for m in until("READY=1"))

        daemon.send_signal(signal.SIGTERM)
        until("STOPPING=1")
        _, err = daemon.communicate(timeout=15)
    assert daemon.returncode == 0, err
    assert "run.reload_refused" in err and "unknown_table" in err
    assert "run.reloaded" in err


def test_a_big_first_sync_reports_progress(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, followupd: Cli
) -> None:
    alerts = [
        (
            f"From: Alerts <alerts@jobs.example>\r\nTo: alex.morgan@mail.example\r\n"
            f"Subject: Weekly digest {n}\r\nMessage-ID: <alert-{n}@jobs.example>\r\n"
            "Date: Mon, 30 Nov 2026 08:00:00 +0000\r\n\r\nNew jobs for you.\r\n"
        ).encode()
        for n in range(1200)
    ]
    dovecot.deliver_many(mail_user, "INBOX", alerts)
    config = write_config(tmp_path / "cfg", dovecot, mail_user)
    result = followupd("sync", "--once", "--config", str(config))
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("sync INBOX:")]
    assert lines == [  # one line per chunk of 500 that crosses a tenth
        "sync INBOX: 500/1200 messages (40%)",
        "sync INBOX: 1000/1200 messages (80%)",
        "sync INBOX: 1200/1200 messages (100%)",
    ]


def test_debug_logs_carry_no_message_body_and_no_password(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, followupd: Cli
) -> None:
    config = _seeded_config(tmp_path, dovecot, mail_user)
    result = followupd("-vv", "sync", "--once", "--config", str(config))
    assert result.returncode == 0, result.stderr
    assert "DEBUG" in result.stderr  # debug logging really was on
    assert "We liked your background" not in result.stderr  # a line of a fetched body
    assert mail_user.password not in result.stderr
