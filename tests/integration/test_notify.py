"""The digest over real SMTP: aiosmtpd on 127.0.0.1 with TLS and AUTH, passwords made per run."""

from __future__ import annotations

import asyncio
import dataclasses
import email
import socket
import time
import traceback
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

import pytest

from followupd.adapters.notify import digest_envelope, send_digest, send_digest_sync
from followupd.config.types import CredentialSpec, Identity, NotifyConfig
from followupd.core.write.digest import DigestInput, DigestItem, compose_digest
from followupd.errors import NotifyError
from followupd.testing.smtp import SmtpServer

ME = Identity("Jane Doe", "jane@example.com", aliases=("jane@example.org",))
NOW = datetime(2024, 3, 5, 13, 0, tzinfo=UTC)
TIMEOUT = 10.0
Mode = Literal["implicit", "starttls", "none"]


@pytest.fixture(scope="module")
def cert_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One directory, so the self-signed certificate is made once for this module."""
    return tmp_path_factory.mktemp("smtp")


def serve(cert_dir: Path, tls: Mode) -> Iterator[SmtpServer]:
    with SmtpServer(cert_dir, tls=tls) as server:
        yield server


@pytest.fixture
def smtps(cert_dir: Path) -> Iterator[SmtpServer]:
    """Implicit TLS (RFC 8314), AUTH only after TLS."""
    yield from serve(cert_dir, "implicit")


@pytest.fixture
def submission(cert_dir: Path) -> Iterator[SmtpServer]:
    """STARTTLS required before anything else."""
    yield from serve(cert_dir, "starttls")


def digest(to: str = "jane@example.com") -> EmailMessage:
    item = DigestItem(
        "Acme", "Data Engineer", "t-acme", "thank_you", NOW - timedelta(hours=2), "Interview."
    )
    data = DigestInput(waiting=(item,), coming=(dataclasses.replace(item, what="followup"),))
    return compose_digest(
        data,
        identity=ME,
        to=to,
        now=NOW,
        zone=ZoneInfo("Europe/Berlin"),
        message_id_domain="example.com",
    )


def config(server: SmtpServer, mech: str = "password", **changes: object) -> NotifyConfig:
    spec = CredentialSpec("oauth2_command" if mech == "xoauth2" else "command", "get-secret")
    cfg = NotifyConfig(
        enabled=True,
        host=server.host,
        port=server.port,
        tls=server.tls,
        username=server.username,
        credential=spec,
        ca_file=server.ca_file,
    )
    return dataclasses.replace(cfg, **changes)  # type: ignore[arg-type]


def send(message: EmailMessage, cfg: NotifyConfig, secret: Callable[[], str] | None) -> None:
    asyncio.run(send_digest(message, cfg=cfg, identity=ME, secret=secret, timeout=TIMEOUT))


def only_message(server: SmtpServer) -> EmailMessage:
    (mail,) = server.received
    assert mail.mail_from == "jane@example.com"
    assert mail.rcpt_tos == ("jane@example.com",)
    parsed = email.message_from_bytes(mail.data, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def test_implicit_tls_with_auth_delivers_one_message_to_the_user_only(smtps: SmtpServer) -> None:
    sent = digest()
    send(sent, config(smtps), lambda: smtps.password)
    got = only_message(smtps)
    assert smtps.received[0].login == smtps.username
    assert got["Subject"] == "followupd: 1 draft waiting, 1 coming"
    assert got["From"] == got["To"] == "Jane Doe <jane@example.com>"
    assert got["Auto-Submitted"] == "auto-generated"
    assert got["X-Followupd-Digest"] == "1"
    assert got["Message-ID"] == sent["Message-ID"]
    assert got["Cc"] is None and got["Bcc"] is None
    assert "Acme, Data Engineer: thank-you note, drafted Tue 5 Mar 12:00" in str(got.get_content())


def test_starttls_path_and_the_sync_wrapper(submission: SmtpServer) -> None:
    # The server refuses MAIL before STARTTLS and offers AUTH only after it, so a delivery
    # with a login proves the session was upgraded.
    send_digest_sync(
        digest(), cfg=config(submission), identity=ME, secret=lambda: submission.password
    )
    got = only_message(submission)
    assert submission.received[0].login == submission.username
    assert got["Subject"] == "followupd: 1 draft waiting, 1 coming"


def test_xoauth2_token_and_alias_recipient(smtps: SmtpServer) -> None:
    send(digest(to="jane@example.org"), config(smtps, "xoauth2"), lambda: smtps.token)
    (mail,) = smtps.received
    assert mail.rcpt_tos == ("jane@example.org",) and mail.login == smtps.username


def test_loopback_plaintext_relay_without_login(cert_dir: Path) -> None:
    for server in serve(cert_dir, "none"):
        send(digest(), config(server, tls="none", credential=None, username=None), None)
        assert only_message(server)["X-Followupd-Digest"] == "1"
        assert server.received[0].login is None


@pytest.mark.parametrize("mech", ["password", "xoauth2"])
def test_wrong_secret_is_a_notify_error_that_never_shows_it(
    smtps: SmtpServer, mech: str, caplog: pytest.LogCaptureFixture
) -> None:
    wrong = "not-" + smtps.password
    with pytest.raises(NotifyError) as info:
        send(digest(), config(smtps, mech), lambda: wrong)
    text = "".join(traceback.format_exception(info.value))
    assert "refused the login for 'digest-sender'" in str(info.value)
    assert "535" in str(info.value)
    for secret in (wrong, smtps.password, smtps.token):
        assert secret not in text and secret not in caplog.text
    assert smtps.received == []


def test_untrusted_certificate_is_refused(smtps: SmtpServer) -> None:
    # Without ca_file only the system's trust store counts, and it does not know our CA.
    with pytest.raises(NotifyError, match="certificate verify failed") as info:
        send(digest(), config(smtps, ca_file=None), lambda: smtps.password)
    assert str(info.value).endswith("set [notify] ca_file")
    assert smtps.received == [] and smtps.ehlo_count == 0


def test_untrusted_certificate_is_refused_on_starttls(submission: SmtpServer) -> None:
    with pytest.raises(NotifyError, match="certificate verify failed"):
        send(digest(), config(submission, ca_file=None), lambda: submission.password)
    assert submission.received == []


def redirected(header: str, value: str) -> EmailMessage:
    message = digest()
    if header in message:
        del message[header]
    message[header] = value
    return message


@pytest.mark.parametrize(
    "message",
    [
        pytest.param(redirected("To", "boss@example.com"), id="to-someone-else"),
        pytest.param(redirected("To", "jane@example.com, boss@example.com"), id="to-also"),
        pytest.param(redirected("Cc", "boss@example.com"), id="cc"),
        pytest.param(redirected("Bcc", "boss@example.com"), id="bcc"),
        pytest.param(redirected("Resent-To", "jane@example.com"), id="resent"),
        pytest.param(redirected("From", "boss@example.com"), id="from-someone-else"),
        pytest.param(redirected("To", '"jane@example.com" <boss@example.com>'), id="disguised"),
        pytest.param(redirected("To", "undisclosed-recipients:;"), id="no-address"),
        pytest.param(redirected("X-Followupd-Digest", "0"), id="not-a-digest"),
    ],
)
def test_anything_not_for_the_user_alone_is_refused_before_connecting(
    smtps: SmtpServer, message: EmailMessage
) -> None:
    asked: list[bool] = []

    def secret() -> str:
        asked.append(True)
        return smtps.password

    with pytest.raises(NotifyError, match="digest not sent"):
        send(message, config(smtps), secret)
    assert smtps.ehlo_count == 0 and smtps.received == [] and asked == []


def test_envelope_is_the_users_own_addresses() -> None:
    message = redirected("Cc", "Jane <JANE@example.org>")
    assert digest_envelope(message, ME) == (
        "jane@example.com",
        ("jane@example.com", "jane@example.org"),
    )


def test_switched_off_or_missing_secret_sends_nothing(smtps: SmtpServer) -> None:
    with pytest.raises(NotifyError, match="not enabled"):
        send(digest(), config(smtps, enabled=False), lambda: smtps.password)
    with pytest.raises(NotifyError, match="none was handed over"):
        send(digest(), config(smtps), None)
    assert smtps.ehlo_count == 0 and smtps.received == []


def test_a_silent_server_costs_a_bounded_wait() -> None:
    # A listener that accepts but never greets: the SMTP banner never comes.
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        port = listener.getsockname()[1]
        cfg = NotifyConfig(enabled=True, host="127.0.0.1", port=port, tls="none")
        started = time.monotonic()
        with pytest.raises(NotifyError, match=r"cannot send the digest through 127\.0\.0\.1"):
            asyncio.run(send_digest(digest(), cfg=cfg, identity=ME, secret=None, timeout=1.0))
        assert time.monotonic() - started < 5.0
