"""Test helpers: an account shaped like config.AccountConfig, and message builders."""

from __future__ import annotations

from dataclasses import dataclass, field
from email.utils import format_datetime
from pathlib import Path
from typing import Literal

from followupd.adapters.imap import ImapSession
from followupd.testing import DovecotServer, MailUser


@dataclass(frozen=True)
class Folders:
    """Folder overrides with the config's attribute names."""

    inbox: str | None = None
    sent: str | None = None
    drafts: str | None = None


@dataclass(frozen=True)
class Account:
    """The attributes ImapSession reads from an account's config."""

    name: str
    host: str
    port: int
    tls: Literal["implicit", "starttls", "none"]
    username: str
    ca_file: Path | None
    folders: Folders = field(default_factory=Folders)
    timeout_seconds: float = 5.0
    idle_renew_seconds: float = 540


def account_for(
    server: DovecotServer,
    user: MailUser,
    *,
    tls: Literal["implicit", "starttls", "none"] = "implicit",
    **changes: object,
) -> Account:
    """An account pointing at the test server's port for `tls`, trusting its certificate."""
    port = server.imaps_port if tls == "implicit" else server.imap_port
    values: dict[str, object] = {
        "name": "test",
        "host": server.host,
        "port": port,
        "tls": tls,
        "username": user.username,
        "ca_file": server.ca_file,
    }
    values.update(changes)
    return Account(**values)  # type: ignore[arg-type]


def session_for(server: DovecotServer, user: MailUser, **changes: object) -> ImapSession:
    """An unconnected session for `user` using LOGIN with the user's password."""
    return ImapSession(account_for(server, user, **changes), lambda: user.password)


def message(
    n: int,
    *,
    subject: str | None = None,
    body: str = "Hello,\r\nthanks for your time.\r\n",
    extra_headers: str = "",
    message_id: str | None = None,
) -> bytes:
    """A small, valid RFC 5322 message numbered `n`."""
    from datetime import UTC, datetime, timedelta

    date = datetime(2024, 3, 1, 9, 0, tzinfo=UTC) + timedelta(minutes=n)
    headers = (
        f"From: Recruiter {n} <recruiter{n}@example.com>\r\n"
        "To: Job Seeker <seeker@example.org>\r\n"
        f"Subject: {subject or f'Interview {n}'}\r\n"
        f"Date: {format_datetime(date)}\r\n"
        f"Message-ID: {message_id or f'<msg-{n}@example.com>'}\r\n"
        f"{extra_headers}"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
    )
    return (headers + "\r\n" + body).encode()


def calendar_message(n: int) -> bytes:
    """A multipart invitation with a text/calendar part (RFC 5545)."""
    return (
        "From: Recruiter <r@example.com>\r\n"
        "To: seeker@example.org\r\n"
        f"Subject: Invitation {n}\r\n"
        f"Message-ID: <cal-{n}@example.com>\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b1"\r\n'
        "\r\n"
        "--b1\r\n"
        "Content-Type: text/plain\r\n\r\nSee invite.\r\n"
        "--b1\r\n"
        "Content-Type: text/calendar; method=REQUEST\r\n\r\n"
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"
        "--b1--\r\n"
    ).encode()
