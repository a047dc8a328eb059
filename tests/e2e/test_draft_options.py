"""Template options reach the draft: a configured attachment and the quoted original."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

from followupd.demo.mailbox import sample_mailbox
from followupd.model import FolderRole
from followupd.testing import DovecotServer, MailUser
from followupd.testing.accounts import write_config

Cli = Callable[..., subprocess.CompletedProcess[str]]
START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def _drafts(dovecot: DovecotServer, user: MailUser) -> list[EmailMessage]:
    out = dovecot.doveadm("fetch", "-u", user.username, "text", "mailbox", "Drafts", "all")
    texts = [t for t in out.stdout.split("text:\n") if t.strip()]
    return [
        message_from_bytes(t.encode(), policy=policy.default)  # type: ignore[misc]
        for t in texts
    ]


def test_attachment_and_quote_in_the_rejection_reply(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, followupd: Cli
) -> None:
    for mail in sample_mailbox(START):
        folder = "Sent" if mail.role is FolderRole.SENT else "INBOX"
        dovecot.deliver(mail_user, folder, mail.raw)
    portfolio = tmp_path / "portfolio.pdf"
    portfolio.write_bytes(b"%PDF-1.4\n% a tiny portfolio\n")
    templates = {"quote_original": True, "attachments": {"rejection_reply": [str(portfolio)]}}
    config = write_config(tmp_path / "cfg", dovecot, mail_user, extra={"templates": templates})
    at = (START + timedelta(hours=1)).isoformat()
    ran = followupd("run", "--once", "--config", str(config), "--now", at)
    assert ran.returncode == 0, ran.stderr

    drafts = {str(d["X-Followupd-Action"]).split(";")[0]: d for d in _drafts(dovecot, mail_user)}
    reply = drafts["rejection_reply"]
    [attached] = list(reply.iter_attachments())
    assert attached.get_filename() == "portfolio.pdf"
    assert attached.get_content() == portfolio.read_bytes()
    body = reply.get_body(preferencelist=("plain",))
    assert body is not None
    quoted = [line for line in body.get_content().splitlines() if line.startswith(">")]
    assert any("decided to move forward with other candidates" in line for line in quoted)
    assert quoted[-1] == "> Talent Team, Quarry & Co"
    # Other kinds have no attachment configured.
    assert not list(drafts["invitation_reply"].iter_attachments())
