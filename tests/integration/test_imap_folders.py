"""Folder discovery against Dovecot: SPECIAL-USE, fallback names, overrides, odd names."""

from __future__ import annotations

import pytest
from _account import Folders, message, session_for

from followupd.errors import FolderError
from followupd.model import FolderRole
from followupd.testing import DovecotServer, MailUser

pytestmark = pytest.mark.dovecot

WRITING_COMMANDS = {"STORE", "UID STORE", "EXPUNGE", "UID EXPUNGE", "COPY", "UID COPY"}
WRITING_COMMANDS |= {"MOVE", "UID MOVE", "CREATE", "DELETE", "RENAME", "SELECT"}


def test_special_use_folders_are_found(dovecot: DovecotServer, mail_user: MailUser) -> None:
    with session_for(dovecot, mail_user) as session:
        roles = session.discover_folders(Folders())
    assert roles == {
        FolderRole.INBOX: "INBOX",
        FolderRole.SENT: "Sent",
        FolderRole.DRAFTS: "Drafts",
    }
    assert any("RETURN (SPECIAL-USE)" in line for line in dovecot.rawlog(mail_user))


def test_fallback_names_without_special_use(dovecot: DovecotServer) -> None:
    user = dovecot.add_user(special_use=False)
    dovecot.create_folder(user, "Sent Items")
    dovecot.create_folder(user, "INBOX.Drafts")
    with session_for(dovecot, user) as session:
        listed = {f.name: f.flags for f in session.list_folders()}
        roles = session.discover_folders(Folders())
    assert "\\Sent" not in listed["Sent Items"]
    assert roles[FolderRole.SENT] == "Sent Items"
    assert roles[FolderRole.DRAFTS] == "INBOX.Drafts"


def test_overrides_win_over_special_use(dovecot: DovecotServer, mail_user: MailUser) -> None:
    dovecot.create_folder(mail_user, "Archive/Sent 2024")
    overrides = Folders(sent="Archive/Sent 2024")
    with session_for(dovecot, mail_user) as session:
        roles = session.discover_folders(overrides)
    assert roles[FolderRole.SENT] == "Archive/Sent 2024"
    assert roles[FolderRole.DRAFTS] == "Drafts"


def test_non_ascii_ampersand_and_plus_names(dovecot: DovecotServer, mail_user: MailUser) -> None:
    name = "Bewerbungen/Größe & Co+1 — 履歴"
    dovecot.create_folder(mail_user, name)
    dovecot.deliver(mail_user, name, message(1, subject="Grüße"))
    with session_for(dovecot, mail_user) as session:
        roles = session.discover_folders(Folders(sent=name))
        status = session.examine(roles[FolderRole.SENT])
        uids = session.search_uids()
        headers = list(session.fetch_headers(uids, 10))
    assert roles[FolderRole.SENT] == name
    assert status.exists == 1
    assert b"Subject: Gr" in headers[0].header_bytes
    # RFC 3501 5.1.3: on the wire the name is modified UTF-7 ('&' becomes '&-').
    assert any("Gr&APYA3w-e &- Co+1 &IBQ- &XGVrdA-" in line for line in dovecot.rawlog(mail_user))


def test_missing_drafts_is_an_error_listing_folders_and_creates_nothing(
    dovecot: DovecotServer,
) -> None:
    user = dovecot.add_user(special_use=False)
    dovecot.create_folder(user, "Sent Items")
    before = dovecot.doveadm("mailbox", "list", "-u", user.username).stdout
    with session_for(dovecot, user) as session, pytest.raises(FolderError) as caught:
        session.discover_folders(Folders())
    message_text = str(caught.value)
    assert "drafts" in message_text and "'Sent Items'" in message_text and "'INBOX'" in message_text
    assert dovecot.doveadm("mailbox", "list", "-u", user.username).stdout == before
    assert not WRITING_COMMANDS & set(dovecot.commands(user))


def test_override_naming_a_missing_folder_is_an_error(
    dovecot: DovecotServer, mail_user: MailUser
) -> None:
    with session_for(dovecot, mail_user) as session, pytest.raises(FolderError, match="Entw"):
        session.discover_folders(Folders(drafts="Entwürfe"))


def test_examining_a_missing_folder_is_a_folder_error(
    dovecot: DovecotServer, mail_user: MailUser
) -> None:
    with session_for(dovecot, mail_user) as session, pytest.raises(FolderError):
        session.examine("Nope")
