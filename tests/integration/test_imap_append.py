"""Appending drafts and finding them again; UIDVALIDITY changes seen through EXAMINE."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from _account import message, session_for

from followupd.testing import DovecotServer, MailUser

pytestmark = pytest.mark.dovecot

WHEN = datetime(2024, 5, 6, 9, 30, tzinfo=UTC)


def _draft(n: int) -> bytes:
    return message(n, subject="Re: Interview", message_id=f"<draft-{n}@followupd.test>")


def test_append_returns_the_appenduid_and_sets_draft(
    dovecot: DovecotServer, mail_user: MailUser
) -> None:
    with session_for(dovecot, mail_user) as session:
        uid = session.append("Drafts", _draft(1), ["\\Draft"], WHEN)
        second = session.append("Drafts", _draft(2), ["\\Draft"], WHEN)
        found = session.find_by_message_id("Drafts", "<draft-2@followupd.test>")
        headers = list(session.fetch_headers([uid or 0], 10))
    assert uid == 1 and second == 2
    assert found == [2]
    assert set(headers[0].flags) - {"\\Recent"} == {"\\Draft"}
    assert dovecot.flags(mail_user, "Drafts") == {1: {"\\Draft"}, 2: {"\\Draft"}}
    appends = [line for line in dovecot.rawlog(mail_user) if " APPEND " in line]
    assert len(appends) == 2 and all('"Drafts" (\\Draft) "06-May-2024' in a for a in appends)


def test_without_uidplus_append_returns_none_and_search_finds_it(
    dovecot_minimal: DovecotServer,
) -> None:
    user = dovecot_minimal.add_user()
    with session_for(dovecot_minimal, user) as session:
        assert "UIDPLUS" not in session.capabilities
        assert session.append("Drafts", _draft(7), ["\\Draft"], WHEN) is None
        assert session.find_by_message_id("Drafts", "<draft-7@followupd.test>") == [1]
        assert session.find_by_message_id("Drafts", "<draft-8@followupd.test>") == []


def test_uidvalidity_change_is_visible(dovecot: DovecotServer, mail_user: MailUser) -> None:
    dovecot.deliver(mail_user, "INBOX", message(1))
    with session_for(dovecot, mail_user) as session:
        before = session.examine("INBOX")
    dovecot.set_uidvalidity(mail_user, "INBOX", before.uidvalidity + 1000)
    with session_for(dovecot, mail_user) as session:
        after = session.examine("INBOX")
    assert after.uidvalidity == before.uidvalidity + 1000
    assert (after.exists, after.uidnext) == (1, 2)
    assert before.highestmodseq is not None  # CONDSTORE was enabled
