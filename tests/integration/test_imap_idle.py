"""Waiting for news: IDLE push, NOOP polling, and dead connections that must not look quiet."""

from __future__ import annotations

import threading
import time

import pytest
from _account import message, session_for

from followupd.errors import ConnectionLostError
from followupd.testing import DovecotServer, MailUser

pytestmark = pytest.mark.dovecot


def _later(seconds: float, action: object) -> threading.Timer:
    timer = threading.Timer(seconds, action)  # type: ignore[arg-type]
    timer.start()
    return timer


def test_idle_sees_a_delivery(dovecot: DovecotServer, mail_user: MailUser) -> None:
    with session_for(dovecot, mail_user) as session:
        session.examine("INBOX")
        timer = _later(0.3, lambda: dovecot.deliver(mail_user, "INBOX", message(1)))
        started = time.monotonic()
        changed = session.wait_for_change(5.0)
        elapsed = time.monotonic() - started
        timer.join()
        assert changed
        assert elapsed < 3.0  # Dovecot batches pushes by ~0.5 s
        assert session.search_uids() == [1]
    assert "IDLE" in dovecot.commands(mail_user)


def test_idle_times_out_quietly_and_renews(dovecot: DovecotServer, mail_user: MailUser) -> None:
    with session_for(dovecot, mail_user, idle_renew_seconds=0.2) as session:
        session.examine("INBOX")
        started = time.monotonic()
        assert session.wait_for_change(0.7) is False
        assert 0.6 < time.monotonic() - started < 2.0
        assert session.search_uids() == []  # the connection is still usable
    assert dovecot.commands(mail_user).count("IDLE") >= 3


def test_kick_during_idle_is_connection_lost(dovecot: DovecotServer, mail_user: MailUser) -> None:
    session = session_for(dovecot, mail_user)
    session.connect()
    session.examine("INBOX")
    timer = _later(0.3, lambda: dovecot.kick(mail_user))
    started = time.monotonic()
    with pytest.raises(ConnectionLostError):
        session.wait_for_change(10.0)
    timer.join()
    assert time.monotonic() - started < 3.0
    session.logout()


def test_kick_during_a_multi_chunk_fetch_is_connection_lost(
    dovecot: DovecotServer, mail_user: MailUser
) -> None:
    dovecot.deliver_many(mail_user, "INBOX", (message(n) for n in range(600)))
    session = session_for(dovecot, mail_user)
    session.connect()
    session.examine("INBOX")
    chunks = session.fetch_headers(session.search_uids(), 100)
    first = [next(chunks) for _ in range(100)]
    dovecot.kick(mail_user)
    with pytest.raises(ConnectionLostError):
        list(chunks)
    assert first[-1].uid == 100
    session.logout()


def test_kick_while_a_big_fetch_streams_is_connection_lost(
    dovecot: DovecotServer, mail_user: MailUser
) -> None:
    body = ("y" * 998 + "\r\n") * 200  # ~200 KB per message, ~40 MB in one FETCH
    dovecot.deliver_many(mail_user, "INBOX", (message(n, body=body) for n in range(200)))
    session = session_for(dovecot, mail_user)
    session.connect()
    session.examine("INBOX")
    uids = session.search_uids()
    timer = _later(0.05, lambda: dovecot.kick(mail_user))
    with pytest.raises(ConnectionLostError):
        list(session.fetch_bodies(uids, max_bytes=10_000_000, chunk=len(uids)))
    timer.join()
    session.logout()


def test_server_restart_during_idle_then_reconnect(dovecot: DovecotServer) -> None:
    user = dovecot.add_user()
    session = session_for(dovecot, user)
    session.connect()
    session.examine("INBOX")
    timer = _later(0.2, dovecot.restart)
    with pytest.raises(ConnectionLostError):
        session.wait_for_change(10.0)
    timer.join()
    session.logout()
    with session_for(dovecot, user) as again:
        assert again.examine("INBOX").exists == 0


def test_noop_polling_without_idle(dovecot_minimal: DovecotServer) -> None:
    user = dovecot_minimal.add_user()
    with session_for(dovecot_minimal, user) as session:
        assert "IDLE" not in session.capabilities
        session.examine("INBOX")
        assert session.wait_for_change(0.3) is False
        dovecot_minimal.deliver(user, "INBOX", message(1))
        assert session.wait_for_change(3.0) is True
    commands = dovecot_minimal.commands(user)
    assert "NOOP" in commands and "IDLE" not in commands
