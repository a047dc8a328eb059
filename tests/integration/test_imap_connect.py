"""Connecting to the private Dovecot: TLS modes, certificate checks, login failures."""

from __future__ import annotations

import logging
import socket
import threading
import time

import pytest
from _account import account_for, session_for

from faultproxy import FaultProxy
from followupd.adapters import imap_connect
from followupd.adapters.imap import ImapSession
from followupd.adapters.imap_connect import GREETING_SECONDS
from followupd.errors import AuthenticationError, ConnectionLostError, MailError
from followupd.testing import DovecotServer, MailUser

pytestmark = pytest.mark.dovecot


def test_context_manager_logs_in_and_out(dovecot: DovecotServer, mail_user: MailUser) -> None:
    with session_for(dovecot, mail_user) as session:
        assert {"IDLE", "UIDPLUS", "SPECIAL-USE"} <= session.capabilities
    assert session.capabilities  # still known after logout, for reporting
    assert "LOGOUT" in dovecot.commands(mail_user)


def test_connect_returns_tls_details_and_server_id(
    dovecot: DovecotServer, mail_user: MailUser
) -> None:
    session = session_for(dovecot, mail_user)
    try:
        info = session.connect()
    finally:
        session.logout()
    assert info.host == "127.0.0.1" and info.port == dovecot.imaps_port
    assert info.tls_version in {"TLSv1.2", "TLSv1.3"}
    assert info.cipher
    assert "IMAP4REV1" in info.capabilities
    assert info.server_id.get("name") == "Dovecot"


def test_starttls_upgrades_the_plain_port(dovecot: DovecotServer, mail_user: MailUser) -> None:
    session = session_for(dovecot, mail_user, tls="starttls")
    try:
        info = session.connect()
    finally:
        session.logout()
    assert info.port == dovecot.imap_port
    assert info.tls_version is not None


def test_plaintext_only_on_loopback(dovecot: DovecotServer, mail_user: MailUser) -> None:
    session = session_for(dovecot, mail_user, tls="none")
    try:
        info = session.connect()
    finally:
        session.logout()
    assert info.tls_version is None
    remote = ImapSession(
        account_for(dovecot, mail_user, tls="none", host="192.0.2.1"), lambda: "unused"
    )
    with pytest.raises(MailError, match="plaintext"):
        remote.connect()


@pytest.mark.parametrize("tls", ["implicit", "starttls"])
def test_untrusted_certificate_is_refused(
    dovecot: DovecotServer, mail_user: MailUser, tls: str
) -> None:
    session = session_for(dovecot, mail_user, tls=tls, ca_file=None)
    with pytest.raises(MailError, match="certificate") as caught:
        session.connect()
    assert not isinstance(caught.value, AuthenticationError)


def test_wrong_password_is_an_authentication_error_without_the_secret(
    dovecot: DovecotServer, mail_user: MailUser, caplog: pytest.LogCaptureFixture
) -> None:
    wrong = mail_user.password + "-wrong"
    session = ImapSession(account_for(dovecot, mail_user), lambda: wrong)
    caplog.set_level(logging.DEBUG)
    with pytest.raises(AuthenticationError) as caught:
        session.connect()
    assert wrong not in str(caught.value)
    assert wrong not in repr(caught.value)
    assert wrong not in caplog.text
    assert mail_user.password not in caplog.text
    assert "LOGIN" in caplog.text  # imapclient's debug log was captured, and redacted


def test_nothing_listening_is_connection_lost(dovecot: DovecotServer, mail_user: MailUser) -> None:
    with socket.socket() as probe:  # a port that nobody listens on, like a stopped server
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    session = ImapSession(account_for(dovecot, mail_user, port=port), lambda: "x")
    with pytest.raises(ConnectionLostError, match="refused"):
        session.connect()


def test_logout_never_raises_on_a_dead_connection(
    dovecot: DovecotServer, mail_user: MailUser
) -> None:
    session = session_for(dovecot, mail_user)
    session.connect()
    dovecot.kick(mail_user)
    session.logout()
    session.logout()


@pytest.mark.parametrize(
    ("tls", "port", "hint"),
    [
        ("starttls", "imaps", "expects TLS from the first byte: use tls = 'implicit'"),
        ("none", "imaps", "expects TLS from the first byte: use tls = 'implicit'"),
        ("implicit", "imap", "answered with a plaintext IMAP greeting: use tls = 'starttls'"),
    ],
)
def test_a_tls_mode_the_port_does_not_speak_is_named_within_seconds(
    dovecot: DovecotServer, mail_user: MailUser, tls: str, port: str, hint: str
) -> None:
    number = dovecot.imaps_port if port == "imaps" else dovecot.imap_port
    # The whole timeout is a minute, as configured by default: the hint must come long before.
    account = account_for(dovecot, mail_user, tls=tls, port=number, timeout_seconds=60.0)
    session = ImapSession(account, lambda: mail_user.password)
    started = time.monotonic()
    with pytest.raises(MailError) as caught:
        session.connect()
    elapsed = time.monotonic() - started
    assert str(caught.value) == f"connect to 127.0.0.1:{number}: port {number} {hint}"
    assert not isinstance(caught.value, AuthenticationError)
    assert elapsed < GREETING_SECONDS + 2.0
    assert "LOGIN" not in dovecot.commands(mail_user)  # no credential went out


def test_a_healthy_connection_makes_no_probe(
    dovecot: DovecotServer, mail_user: MailUser, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="followupd")
    for tls in ("implicit", "starttls"):
        with session_for(dovecot, mail_user, tls=tls, timeout_seconds=60.0) as session:
            assert "IDLE" in session.capabilities
    assert "imap.tls_mode_mismatch" not in caplog.text
    assert "imap.slow_greeting" not in caplog.text


def test_a_lost_greeting_is_waited_for_again_after_the_probe(
    dovecot: DovecotServer,
    mail_user: MailUser,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A server slow to greet (reverse DNS, a busy host) must still work: the probe finds no
    # other TLS mode, and a second attempt waits the whole timeout. Here the first greeting
    # is swallowed by the proxy, which lets everything through a moment later.
    monkeypatch.setattr(imap_connect, "GREETING_SECONDS", 0.5)
    caplog.set_level(logging.INFO, logger="followupd")
    with FaultProxy(dovecot.host, dovecot.imap_port) as proxy:
        proxy.blackhole()
        threading.Timer(0.25, proxy.pass_through).start()
        account = account_for(
            dovecot, mail_user, tls="starttls", port=proxy.port, timeout_seconds=10.0
        )
        with ImapSession(account, lambda: mail_user.password) as session:
            assert "IDLE" in session.capabilities
        assert proxy.accepted == 3  # the lost greeting, the probe, the second attempt
    assert "imap.slow_greeting account=test waited=0.5s action=retry timeout=10.0s" in caplog.text
    assert "imap.tls_mode_mismatch" not in caplog.text
