"""The sync engine against a real Dovecot: first and incremental passes, read-only, resync."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from followupd.adapters.lexicon_files import load_senders
from followupd.adapters.store import Store
from followupd.config import Config, load_config
from followupd.core.plan.threads import build_threads
from followupd.demo.mailbox import sample_mailbox
from followupd.model import FolderRole
from followupd.service import run_all_once
from followupd.testing import DovecotServer, MailUser
from followupd.testing.accounts import write_config

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
FORBIDDEN = {"STORE", "EXPUNGE", "COPY", "MOVE", "CREATE", "DELETE", "RENAME", "SELECT"}
ALLOWED = {
    "CAPABILITY", "ID", "ENABLE", "LOGIN", "AUTHENTICATE", "LIST", "STATUS", "EXAMINE",
    "UID SEARCH", "UID FETCH", "NOOP", "IDLE", "DONE", "APPEND", "LOGOUT",
}  # fmt: skip
_FOLDER = {FolderRole.INBOX: "INBOX", FolderRole.SENT: "Sent"}


def _seed(server: DovecotServer, user: MailUser) -> int:
    mails = sample_mailbox(NOW)
    for mail in mails:
        server.deliver(user, _FOLDER[mail.role], mail.raw)
    return len(mails)


def _config(tmp_path: Path, server: DovecotServer, user: MailUser, **account: object) -> Config:
    return load_config(write_config(tmp_path, server, user, account=account), os.environ)


@pytest.fixture
def seeded(tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser) -> Config:
    """A config for a fresh user whose mailbox holds the sample job search."""
    _seed(dovecot, mail_user)
    return _config(tmp_path, dovecot, mail_user)


def _subjects(store: Store) -> set[str]:
    return {m.subject for m in store.messages()}


def test_first_sync_keeps_recruiting_mail_and_skips_the_rest(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser
) -> None:
    total = _seed(dovecot, mail_user)
    config = _config(tmp_path, dovecot, mail_user)
    with Store.open(config.storage.state_dir) as store:
        result = run_all_once(config, store, now=NOW, env=os.environ)
        assert result.failures == {}
        assert sum(r.new for r in result.reports) == total
        fetched = sum(r.fetched_bodies for r in result.reports)
        assert 0 < fetched < total  # bodies only for what can matter
        kept = _subjects(store)
    assert "Interview confirmed: Senior Backend Engineer at Brightwave Robotics" in kept
    assert "Your application for QA Lead at Quarry & Co" in kept
    assert "Application: Data Platform Engineer" in kept  # from Sent
    assert "Dinner on Saturday?" not in kept
    assert "30 new jobs for you: Backend Engineer" not in kept


def test_incremental_pass_fetches_only_new_mail(
    seeded: Config, dovecot: DovecotServer, mail_user: MailUser
) -> None:
    config = seeded
    with Store.open(config.storage.state_dir) as store:
        run_all_once(config, store, now=NOW, env=os.environ)
        before = store.message_count()
        searches = dovecot.commands(mail_user).count("UID SEARCH")

        quiet = run_all_once(config, store, now=NOW, env=os.environ)
        assert [r.new for r in quiet.reports] == [0, 0]
        # Nothing new: EXAMINE's UIDNEXT says so, no SEARCH or FETCH is needed.
        assert dovecot.commands(mail_user).count("UID SEARCH") == searches

        reply = (
            b"From: Priya Raman <priya.raman@northwind-analytics.example>\r\n"
            b"To: alex.morgan@mail.example\r\nSubject: Interview times\r\n"
            b"Date: Mon, 30 Nov 2026 10:00:00 +0000\r\nMessage-ID: <times@nw.example>\r\n"
            b"\r\nCould you do Thursday at 3pm?\r\n"
        )
        dovecot.deliver(mail_user, "INBOX", reply)
        again = run_all_once(config, store, now=NOW, env=os.environ)
        inbox = next(r for r in again.reports if r.role is FolderRole.INBOX)
        assert (inbox.new, inbox.stored) == (1, 1)
        assert store.message_count() == before + 1


def test_sync_is_read_only(tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser) -> None:
    _seed(dovecot, mail_user)
    flags_before = {f: dovecot.flags(mail_user, f) for f in ("INBOX", "Sent")}
    config = _config(tmp_path, dovecot, mail_user)
    with Store.open(config.storage.state_dir) as store:
        run_all_once(config, store, now=NOW, env=os.environ)
        run_all_once(config, store, now=NOW, env=os.environ)
    assert {f: dovecot.flags(mail_user, f) for f in ("INBOX", "Sent")} == flags_before
    seen = set(dovecot.commands(mail_user))
    assert not seen & FORBIDDEN
    assert seen <= ALLOWED, seen - ALLOWED


def test_uidvalidity_change_resyncs_without_duplicates(
    seeded: Config, dovecot: DovecotServer, mail_user: MailUser
) -> None:
    config = seeded
    with Store.open(config.storage.state_dir) as store:
        run_all_once(config, store, now=NOW, env=os.environ)
        count = store.message_count()
        dovecot.set_uidvalidity(mail_user, "INBOX", 4242)
        result = run_all_once(config, store, now=NOW, env=os.environ)
        inbox = next(r for r in result.reports if r.role is FolderRole.INBOX)
        assert inbox.resynced
        assert inbox.stored == 0  # every message was already known by its Message-ID
        assert store.message_count() == count
        state = store.folder_state(config.accounts[0].name, "INBOX")
        assert state is not None and state.uidvalidity == 4242
        assert {m.location.uidvalidity for m in store.messages() if m.role is FolderRole.INBOX
                and m.location is not None} == {4242}  # fmt: skip


def test_poison_messages_are_stored_or_quarantined_and_later_mail_still_processed(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser
) -> None:
    # Broken but readable: the parser copes, so these are stored (with their defects logged).
    broken = [
        b"Subject: interview\r\nContent-Type: text/plain; charset=x-no-such-charset\r\n"
        b"Message-ID: <charset@x.example>\r\n\r\n\xff\xfe interview next steps\r\n",
        b"Subject: interview <broken\r\nMessage-ID: <<>>@@\r\nDate: yesterday-ish\r\n\r\nhi\r\n",
        b"Subject: Interview \xe9t\xe9 8-bit\r\nFrom: R\xe9ka <reka@x.example>\r\n\r\nbody\r\n",
        b"Subject: interview deep\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        + b"--b\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" * 60,
        b"Subject: interview huge line\r\n\r\n" + b"x" * 3_000_000 + b"\r\n",
    ]
    # No mail at all (a calendar file with no From, To, Subject, Date or Message-ID): its
    # calendar part gets its body fetched, and parsing it fails.
    not_mail = b"Content-Type: text/calendar\r\n\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
    for raw in [*broken, not_mail]:
        dovecot.deliver(mail_user, "INBOX", raw)
    good = (
        b"From: Jordan Lee <jordan.lee@brightwave.example>\r\nTo: alex.morgan@mail.example\r\n"
        b"Subject: Interview next steps\r\nDate: Mon, 30 Nov 2026 10:00:00 +0000\r\n"
        b"Message-ID: <after-poison@brightwave.example>\r\n\r\nCan we talk on Friday?\r\n"
    )
    dovecot.deliver(mail_user, "INBOX", good)
    config = _config(tmp_path, dovecot, mail_user)
    with Store.open(config.storage.state_dir) as store:
        result = run_all_once(config, store, now=NOW, env=os.environ)
        assert result.failures == {}
        inbox = next(r for r in result.reports if r.role is FolderRole.INBOX)
        assert inbox.new == len(broken) + 2
        # Every message is accounted for exactly: none lost, none counted twice.
        assert (inbox.stored, inbox.quarantined) == (len(broken) + 1, 1)
        stored_uids = sorted(m.location.uid for m in store.messages() if m.location)
        assert stored_uids == [1, 2, 3, 4, 5, 7]
        (quarantined,) = store.quarantined()
        assert quarantined.location.uid == 6
        assert "not a mail message" in quarantined.reason
        ids = {m.message_id for m in store.messages()}
        assert "<after-poison@brightwave.example>" in ids
        # Recorded, not retried, and it did not stop the folder.
        mark = store.folder_state(config.accounts[0].name, "INBOX")
        assert mark is not None and mark.highest_uid == len(broken) + 2
        again = run_all_once(config, store, now=NOW, env=os.environ)
        assert [r.new for r in again.reports] == [0, 0]


def _mail(sender: str, to: str, subject: str, when: datetime, msgid: str, **extra: str) -> bytes:
    """A plain message; `extra` adds headers (In_Reply_To -> In-Reply-To)."""
    headers = {
        "From": sender,
        "To": to,
        "Subject": subject,
        "Date": format_datetime(when),
        "Message-ID": msgid,
        **{k.replace("_", "-"): v for k, v in extra.items()},
    }
    head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    return (head + "\r\nShort note.\r\n").encode()


def test_sent_is_read_first_so_a_plain_reply_joins_the_users_thread(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser
) -> None:
    # The user wrote to a recruiter; the answer says nothing a header triage would notice
    # (subject, sender name). Only knowing the Sent message first makes it worth a body.
    sent = _mail(
        "Alex Morgan <alex.morgan@mail.example>",
        "Sam Patel <sam.patel@acme.example>",
        "Backend Engineer role at Acme",
        NOW - timedelta(days=3),
        "<pitch-1@mail.example>",
    )
    reply = _mail(
        "Sam Patel <sam.patel@acme.example>",
        "Alex Morgan <alex.morgan@mail.example>",
        "Quick question",
        NOW - timedelta(days=2),
        "<reply-1@acme.example>",
        In_Reply_To="<pitch-1@mail.example>",
        References="<pitch-1@mail.example>",
    )
    noise = _mail(
        "Updates <no-reply@shop.example>",
        "Alex Morgan <alex.morgan@mail.example>",
        "Quick question",
        NOW - timedelta(days=2),
        "<unrelated@shop.example>",
    )
    dovecot.deliver(mail_user, "INBOX", reply)  # INBOX holds mail before Sent does
    dovecot.deliver(mail_user, "INBOX", noise)
    dovecot.deliver(mail_user, "Sent", sent)
    config = _config(tmp_path, dovecot, mail_user)
    with Store.open(config.storage.state_dir) as store:
        result = run_all_once(config, store, now=NOW, env=os.environ)
        assert [r.folder for r in result.reports] == ["Sent", "INBOX"]
        stored = {m.message_id: m for m in store.messages()}
        # The control: the same plain subject without In-Reply-To, from an automated sender
        # elsewhere: no thread, no body. (Sam's own later mail would be read: Acme is now an
        # organisation the user corresponds with about a job.)
        assert set(stored) == {"<pitch-1@mail.example>", "<reply-1@acme.example>"}
        threads = build_threads(list(stored.values()), senders=load_senders())
    (thread,) = threads
    assert [m.message_id for m in thread.messages] == [
        "<pitch-1@mail.example>",
        "<reply-1@acme.example>",
    ]


def test_first_sync_reads_only_the_lookback_window_and_later_passes_read_everything_new(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser
) -> None:
    def invitation(role: str, days_ago: int) -> bytes:
        return _mail(
            "Jordan Lee <jordan.lee@brightwave.example>",
            "alex.morgan@mail.example",
            f"Interview invitation: {role}",
            NOW - timedelta(days=days_ago),
            f"<{role.replace(' ', '-').lower()}@brightwave.example>",
        )

    # lookback_days = 30: the window starts on 2026-10-31 (IMAP SEARCH SINCE compares the
    # day a message arrived, its INTERNALDATE).
    for role, days_ago in (("Old Role", 45), ("Outside Role", 31), ("New Role", 29)):
        received = NOW - timedelta(days=days_ago)
        dovecot.deliver(mail_user, "INBOX", invitation(role, days_ago), received=received)
    config = _config(tmp_path, dovecot, mail_user, lookback_days=30)
    with Store.open(config.storage.state_dir) as store:
        first = run_all_once(config, store, now=NOW, env=os.environ)
        inbox = next(r for r in first.reports if r.role is FolderRole.INBOX)
        assert (inbox.new, inbox.stored) == (1, 1)
        assert _subjects(store) == {"Interview invitation: New Role"}
        # The mark moved past the old mail: the next pass does not search it again.
        mark = store.folder_state(config.accounts[0].name, "INBOX")
        assert mark is not None and mark.highest_uid == 3

        # After the first sync the window no longer applies: what arrives is new, whatever
        # its date (a message moved in from an archive folder keeps its old one).
        late = invitation("Archived Role", 60)
        dovecot.deliver(mail_user, "INBOX", late, received=NOW - timedelta(days=60))
        second = run_all_once(config, store, now=NOW, env=os.environ)
        inbox = next(r for r in second.reports if r.role is FolderRole.INBOX)
        assert (inbox.new, inbox.stored) == (1, 1)
        assert _subjects(store) == {
            "Interview invitation: New Role",
            "Interview invitation: Archived Role",
        }
