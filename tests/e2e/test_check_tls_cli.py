"""A `tls` mode the port does not speak: `check` and the daemon say which one it does, at once."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from conftest import Cli
from followupd.testing import DovecotServer, MailUser
from followupd.testing.accounts import write_config


@pytest.mark.parametrize(
    "mismatch",
    [
        ("starttls", "imaps", "expects TLS from the first byte: use tls = 'implicit'"),
        ("implicit", "imap", "answered with a plaintext IMAP greeting: use tls = 'starttls'"),
    ],
)
def test_check_and_run_name_the_tls_mode_the_port_speaks(
    tmp_path: Path,
    dovecot: DovecotServer,
    mail_user: MailUser,
    followupd: Cli,
    mismatch: tuple[str, str, str],
) -> None:
    tls, port, hint = mismatch
    number = dovecot.imaps_port if port == "imaps" else dovecot.imap_port
    config = write_config(
        tmp_path / "cfg", dovecot, mail_user, account={"tls": tls, "port": number}
    )
    started = time.monotonic()
    check = followupd("check", "--config", str(config))
    assert time.monotonic() - started < 15  # not the 60 s timeout
    assert check.returncode == 69, check.stdout + check.stderr
    assert f"  verdict  NOT READY: connect to 127.0.0.1:{number}: port {number} {hint}\n" in (
        check.stdout
    )
    run = followupd("run", "--once", "--config", str(config))
    assert run.returncode == 69, run.stderr
    assert f"error=connect to 127.0.0.1:{number}: port {number} {hint}" in run.stderr
    assert mail_user.password not in check.stdout + check.stderr + run.stderr
