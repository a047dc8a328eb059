"""Searching and fetching against Dovecot: chunking, PEEK only, flags untouched, partial bodies."""

from __future__ import annotations

from datetime import date

import pytest
from _account import calendar_message, message, session_for

from followupd.testing import DovecotServer, MailUser

pytestmark = pytest.mark.dovecot

FORBIDDEN = {"STORE", "UID STORE", "EXPUNGE", "UID EXPUNGE", "COPY", "UID COPY", "MOVE"}
FORBIDDEN |= {"UID MOVE", "CREATE", "DELETE", "RENAME", "SELECT", "FETCH", "SEARCH"}
ALLOWED = {"CAPABILITY", "ID", "ENABLE", "LIST", "STATUS", "EXAMINE", "UID SEARCH"}
ALLOWED |= {"UID FETCH", "NOOP", "IDLE", "APPEND", "LOGOUT"}


def test_two_thousand_headers_in_four_fetches(dovecot: DovecotServer, mail_user: MailUser) -> None:
    dovecot.deliver_many(mail_user, "INBOX", (message(n) for n in range(2000)))
    with session_for(dovecot, mail_user) as session:
        status = session.examine("INBOX")
        uids = session.search_uids()
        headers = list(session.fetch_headers(uids, 500))
    assert status.exists == 2000 and status.uidnext == 2001
    assert [h.uid for h in headers] == list(range(1, 2001))
    assert b"Message-ID: <msg-1999@example.com>" in headers[-1].header_bytes
    assert b"Hello" not in headers[0].header_bytes  # headers only, no body
    assert all(h.size > 0 and not h.has_calendar and h.gm_thrid is None for h in headers)
    fetches = [c for c in dovecot.rawlog(mail_user) if " UID FETCH " in c]
    assert len(fetches) == 4
    assert all("BODY.PEEK[HEADER.FIELDS (MESSAGE-ID" in f.upper() for f in fetches)


def test_calendar_parts_are_flagged(dovecot: DovecotServer, mail_user: MailUser) -> None:
    dovecot.deliver(mail_user, "INBOX", message(1))
    dovecot.deliver(mail_user, "INBOX", calendar_message(2))
    with session_for(dovecot, mail_user) as session:
        session.examine("INBOX")
        headers = list(session.fetch_headers(session.search_uids(), 50))
    assert [h.has_calendar for h in headers] == [False, True]


def test_search_after_uid_drops_the_star_quirk(dovecot: DovecotServer, mail_user: MailUser) -> None:
    dovecot.deliver_many(mail_user, "INBOX", (message(n) for n in range(3)))
    with session_for(dovecot, mail_user) as session:
        session.examine("INBOX")
        assert session.search_uids(after_uid=1) == [2, 3]
        # "4:*" matches UID 3 on the server (RFC 3501 6.4.8); we must not report it again.
        assert session.search_uids(after_uid=3) == []
        assert session.search_uids(since=date(2000, 1, 1)) == [1, 2, 3]
        assert session.search_uids(since=date(2999, 1, 1)) == []
    assert any("UID 4:*" in line for line in dovecot.rawlog(mail_user))


def test_partial_body_fetch_truncates(dovecot: DovecotServer, mail_user: MailUser) -> None:
    big = message(1, body="x" * 10_000 + "\r\n")
    small = message(2)
    dovecot.deliver_many(mail_user, "INBOX", [big, small])
    with session_for(dovecot, mail_user) as session:
        session.examine("INBOX")
        bodies = list(session.fetch_bodies([1, 2], max_bytes=4096, chunk=10))
    assert [(b.uid, b.truncated) for b in bodies] == [(1, True), (2, False)]
    assert bodies[0].data == big[:4096]
    assert bodies[1].data == small


def test_flags_unchanged_and_only_allowed_commands(
    dovecot: DovecotServer, mail_user: MailUser
) -> None:
    dovecot.deliver_many(mail_user, "INBOX", (message(n) for n in range(20)))
    dovecot.deliver_many(mail_user, "INBOX", (message(n) for n in range(20, 25)), ["\\Seen"])
    dovecot.deliver(mail_user, "INBOX", message(30), ["\\Flagged", "\\Answered", "$Label1"])
    dovecot.deliver_many(mail_user, "Sent", (message(n) for n in range(40, 45)), ["\\Seen"])
    before = {f: dovecot.flags(mail_user, f) for f in ("INBOX", "Sent")}
    with session_for(dovecot, mail_user) as session:
        for folder in ("INBOX", "Sent"):
            session.examine(folder)
            uids = session.search_uids()
            seen = {
                h.uid: frozenset(h.flags) - {"\\Recent"} for h in session.fetch_headers(uids, 7)
            }
            list(session.fetch_bodies(uids, max_bytes=100, chunk=7))
            list(session.fetch_bodies(uids, max_bytes=1_000_000, chunk=7))
            assert seen == before[folder]
        session.wait_for_change(0.2)
    assert {f: dovecot.flags(mail_user, f) for f in ("INBOX", "Sent")} == before
    commands = set(dovecot.commands(mail_user))
    assert not commands & FORBIDDEN
    assert commands <= ALLOWED
    assert before["INBOX"][26] == {"\\Flagged", "\\Answered", "$Label1"}
