"""Every command refuses a config others could change if it runs a command, and shared secrets."""

from __future__ import annotations

import signal
import subprocess
import time
import tomllib
from pathlib import Path

import tomli_w

from conftest import Cli, Spawn
from followupd.config.trust import Runner
from followupd.testing import DovecotServer, MailUser
from followupd.testing.accounts import write_config

ME = Runner.current()
ONLY = "root" if ME.uid == 0 else f"{ME.name} or root"


def _config(tmp_path: Path, credential: str) -> Path:
    """A config for an account that is never reached, with the given credential line."""
    path = tmp_path / "config.toml"
    path.write_text(
        "[identity]\n"
        'name = "Jane Doe"\n'
        'email = "jane@example.com"\n\n'
        "[[accounts]]\n"
        'name = "main"\n'
        'host = "127.0.0.1"\n'
        "port = 9\n"
        'username = "jane"\n'
        f"{credential}\n\n"
        "[storage]\n"
        'state_dir = "state"\n',
        encoding="utf-8",
    )
    return path


def test_check_refuses_a_world_writable_config_before_running_its_command(
    tmp_path: Path, followupd: Cli
) -> None:
    marker = tmp_path / "the-command-ran"
    config = _config(tmp_path, f'password_command = "touch {marker}; echo secret"')
    config.chmod(0o666)
    result = followupd("check", "--config", str(config))
    assert result.returncode == 78, result.stdout + result.stderr
    assert result.stderr == (
        f"followupd: config: {config}: accounts[0].password_command: this command runs as "
        f"{ME.name}, so only {ONLY} may change the config: {config} is writable by its group and "
        f"others (mode 0666); fix: chmod go-w {config}\n"
    )
    assert not marker.exists()
    for command in ("status", "plan", "sync", "run"):
        other = followupd(command, "--config", str(config))
        assert other.returncode == 78, (command, other.stderr)
        assert f"fix: chmod go-w {config}" in other.stderr
    assert not marker.exists()


def test_a_password_file_others_can_read_is_refused(tmp_path: Path, followupd: Cli) -> None:
    secret = tmp_path / "imap-password"
    secret.write_text("hunter2\n")
    secret.chmod(0o644)
    config = _config(tmp_path, f'password_file = "{secret}"')
    config.chmod(0o644)  # no command in it: others may read this one
    result = followupd("status", "--config", str(config))
    assert result.returncode == 78, result.stderr
    assert result.stderr == (
        f"followupd: config: {config}: accounts[0].password_file: {secret} holds a secret, "
        f"yet mode 0644 lets other users read it; fix: chmod go-rwx {secret}\n"
    )
    assert "hunter2" not in result.stderr


def _stderr_until(proc: subprocess.Popen[str], needle: str, timeout: float = 30) -> str:
    assert proc.stderr is not None
    seen: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        seen.append(line)
        if needle in line:
            return "".join(seen)
    raise AssertionError(f"{needle!r} not logged; got:\n{''.join(seen)}")


def test_a_reload_refuses_a_config_that_became_writable_by_others(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, spawn_followupd: Spawn
) -> None:
    config = write_config(tmp_path / "cfg", dovecot, mail_user)
    data = tomllib.loads(config.read_text())
    account = data["accounts"][0]
    account["password_command"] = f"cat {account.pop('password_file')}"
    config.write_text(tomli_w.dumps(data))
    daemon = spawn_followupd("-v", "run", "--config", str(config))
    _stderr_until(daemon, "run.ready")

    config.chmod(0o606)
    daemon.send_signal(signal.SIGHUP)
    refused = _stderr_until(daemon, "run.reload_refused")
    assert f"(mode 0606); fix: chmod o-w {config}" in refused.splitlines()[-1]
    assert daemon.poll() is None  # the running config is kept

    config.chmod(0o600)
    daemon.send_signal(signal.SIGHUP)
    _stderr_until(daemon, "run.reloaded")
    daemon.send_signal(signal.SIGTERM)
    _, err = daemon.communicate(timeout=15)
    assert daemon.returncode == 0, err
    assert mail_user.password not in err
