"""Connecting to the private Dovecot: TLS modes, certificate checks, login failures."""

from __future__ import annotations

import logging
import socket

import pytest
from _account import account_for, session_for

from followupd.adapters.imap import ImapSession
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
