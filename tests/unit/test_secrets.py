"""Every credential source, for real: subprocesses, files with mode bits, variables, systemd."""

from __future__ import annotations

import logging
import os
import pickle
import secrets as random_source
import time
from pathlib import Path

import pytest

from followupd.adapters.secrets import Secret, read_secret
from followupd.config import CredentialSpec
from followupd.errors import CredentialError

ENV = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}


@pytest.fixture
def password() -> str:
    return random_source.token_urlsafe(18)


def test_secret_never_shows_its_value(password: str) -> None:
    secret = Secret(password)
    assert secret.reveal() == password
    assert repr(secret) == "Secret('***')" and str(secret) == "Secret('***')"
    assert password not in f"{secret} {secret!r} {[secret]}"
    assert secret == Secret(password) and secret != Secret(password + "x")
    with pytest.raises(TypeError):
        pickle.dumps(secret)
    with pytest.raises(TypeError):
        hash(secret)


def test_command_first_line_stripped(password: str) -> None:
    spec = CredentialSpec("command", "printf '  %s  \\nsecond line\\n' \"$PW\"")
    assert read_secret(spec, {**ENV, "PW": password}).reveal() == password


def test_command_gets_no_stdin(password: str) -> None:
    # With stdin closed, `cat` ends at once instead of waiting for a terminal.
    spec = CredentialSpec("command", f"cat; echo {password}")
    assert read_secret(spec, ENV, timeout=5).reveal() == password


def test_command_failure_names_source_not_output(
    password: str, caplog: pytest.LogCaptureFixture
) -> None:
    spec = CredentialSpec("command", f"echo {password}; echo {password} >&2; exit 3")
    with caplog.at_level(logging.DEBUG), pytest.raises(CredentialError) as info:
        read_secret(spec, ENV)
    assert str(info.value) == "password_command (echo ...) exited 3"
    assert password not in str(info.value) and password not in caplog.text
    assert "secret.command_failed source=password_command status=3" in caplog.text


def test_command_with_empty_output_fails() -> None:
    with pytest.raises(CredentialError, match=r"printed nothing"):
        read_secret(CredentialSpec("command", "true"), ENV)


def test_command_timeout_kills_the_whole_group() -> None:
    # The shell's child keeps stdout open; only killing the process group ends the wait.
    spec = CredentialSpec("oauth2_command", "sleep 30; echo token")
    started = time.monotonic()
    with pytest.raises(CredentialError) as info:
        read_secret(spec, ENV, timeout=0.5)
    assert time.monotonic() - started < 5
    assert str(info.value) == "oauth2_token_command (sleep ...) did not finish within 0.5 s"


def test_oauth2_command_returns_the_token(password: str) -> None:
    spec = CredentialSpec("oauth2_command", f"echo {password}")
    assert spec.mechanism == "xoauth2"
    assert read_secret(spec, ENV).reveal() == password


def test_file_strips_trailing_newline_and_quiet_when_private(
    tmp_path: Path, password: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "pw"
    path.write_text(f"{password}\n")
    path.chmod(0o600)
    with caplog.at_level(logging.WARNING):
        assert read_secret(CredentialSpec("file", str(path)), ENV).reveal() == password
    assert caplog.records == []


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o666])
def test_file_readable_by_others_is_warned_about(
    tmp_path: Path, password: str, caplog: pytest.LogCaptureFixture, mode: int
) -> None:
    path = tmp_path / "pw"
    path.write_text(f"{password}\r\n")
    path.chmod(mode)
    with caplog.at_level(logging.WARNING):
        assert read_secret(CredentialSpec("file", str(path)), ENV).reveal() == password
    assert f"secret.file_permissive path={path} mode={mode:03o}" in caplog.text
    assert password not in caplog.text


def test_file_missing_or_empty(tmp_path: Path) -> None:
    missing = tmp_path / "absent"
    with pytest.raises(CredentialError) as info:
        read_secret(CredentialSpec("file", str(missing)), ENV)
    assert str(info.value) == f"password_file {missing}: cannot read: No such file or directory"
    empty = tmp_path / "empty"
    empty.write_text("\n")
    empty.chmod(0o600)
    with pytest.raises(CredentialError, match="the file is empty"):
        read_secret(CredentialSpec("file", str(empty)), ENV)


def test_env_source(password: str) -> None:
    assert read_secret(CredentialSpec("env", "IMAP_PW"), {"IMAP_PW": password}).reveal() == password
    for env in ({}, {"IMAP_PW": ""}):
        with pytest.raises(CredentialError) as info:
            read_secret(CredentialSpec("env", "IMAP_PW"), env)
        assert str(info.value) == "password_env: environment variable IMAP_PW is unset or empty"


def test_systemd_credential(tmp_path: Path, password: str) -> None:
    (tmp_path / "imap").write_text(password + "\n")
    env = {"CREDENTIALS_DIRECTORY": str(tmp_path)}
    assert read_secret(CredentialSpec("systemd", "imap"), env).reveal() == password
    with pytest.raises(CredentialError, match=r"\$CREDENTIALS_DIRECTORY is not set"):
        read_secret(CredentialSpec("systemd", "imap"), {})
    with pytest.raises(CredentialError, match=r"password_credential .*other: cannot read"):
        read_secret(CredentialSpec("systemd", "other"), env)
