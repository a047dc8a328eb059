"""`followupd run` logs its own events at the default verbosity: drafts made, accounts
failing and recovering; other commands stay quiet."""

from __future__ import annotations

import subprocess
import time
import tomllib
from collections.abc import Callable
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from followupd.testing import DovecotServer, MailUser
from followupd.testing.accounts import write_config

Cli = Callable[..., subprocess.CompletedProcess[str]]


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
