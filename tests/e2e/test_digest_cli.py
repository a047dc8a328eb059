"""`followupd digest`: a preview, and one message sent to the user's own address only."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path

from followupd.demo.mailbox import sample_mailbox
from followupd.model import FolderRole
from followupd.testing import DovecotServer, MailUser
from followupd.testing.accounts import write_config, write_private
from followupd.testing.smtp import SmtpServer

Cli = Callable[..., subprocess.CompletedProcess[str]]
START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
ME = "alex.morgan@mail.example"


def test_digest_preview_then_send_to_self(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, followupd: Cli
) -> None:
    for mail in sample_mailbox(START):
        folder = "Sent" if mail.role is FolderRole.SENT else "INBOX"
        dovecot.deliver(mail_user, folder, mail.raw)
    with SmtpServer(tmp_path, tls="implicit") as smtp:
        notify = {
            "enabled": True,
            "host": smtp.host,
            "port": smtp.port,
            "tls": "implicit",
            "username": smtp.username,
            "password_file": str(write_private(tmp_path / "smtp-pw", smtp.password.encode())),
            "ca_file": str(smtp.ca_file),
        }
        config = write_config(tmp_path / "cfg", dovecot, mail_user, extra={"notify": notify})
        at = (START + timedelta(days=1, hours=1)).isoformat()
        ran = followupd("run", "--once", "--config", str(config), "--now", at)
        assert ran.returncode == 0, ran.stderr

        preview = followupd("digest", "--config", str(config), "--now", at)
        assert preview.returncode == 0, preview.stderr
        assert "drafts waiting" in preview.stdout
        assert not smtp.received  # a preview sends nothing

        sent = followupd("digest", "--send", "--config", str(config), "--now", at)
        assert sent.returncode == 0, sent.stderr
        assert sent.stdout.strip() == "digest sent"
        assert smtp.password not in sent.stdout + sent.stderr
        [mail] = smtp.received
        assert mail.rcpt_tos == (ME,)
        message = message_from_bytes(mail.data, policy=policy.default)
        assert message["To"].addresses[0].addr_spec == ME
        assert message["From"].addresses[0].addr_spec == ME
        assert message["Auto-Submitted"] == "auto-generated"
        assert "drafts waiting" in message["Subject"]
