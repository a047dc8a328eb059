"""`plan --show` prints each draft as `run` will append it; `drafts` says what became of them.

Against the real Dovecot: the sample mailbox is synced, previewed, then drafted; the test
then plays the user's mail client on the Drafts folder (a deletion, an edit saved as a new
copy, a draft sent) and `followupd drafts` reads the outcome with read-only commands only.
"""

from __future__ import annotations

import json
import re
import subprocess
import tomllib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import tomli_w

from followupd.demo.mailbox import sample_mailbox
from followupd.model import FolderRole
from followupd.testing import DovecotServer, MailUser
from followupd.testing.accounts import write_config, write_private

Cli = Callable[..., subprocess.CompletedProcess[str]]
START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)  # a Monday
AT = (START + timedelta(days=2, hours=8)).isoformat()  # five drafts due, two of one kind
# What looking up drafts may say to the server: nothing that changes a message or a flag.
READ_ONLY = {"CAPABILITY", "ID", "LOGIN", "ENABLE", "LIST", "EXAMINE", "UID SEARCH", "LOGOUT"}
PREVIEW = re.compile(r"  --- draft ---\n(.*?)\n  --- end of draft ---", re.DOTALL)


def _raw_drafts(server: DovecotServer, user: MailUser) -> dict[int, str]:
    """Every message in Drafts as stored, by UID, with the line ends a terminal shows."""
    out = server.doveadm(
        "-f", "json", "fetch", "-u", user.username, "uid text", "mailbox", "Drafts", "all"
    ).stdout
    rows = json.loads(out) if out.strip() else []
    return {int(r["uid"]): r["text"].replace("\r\n", "\n") for r in rows}


def _message_id(text: str) -> str:
    found = re.search(r"^Message-ID: (<[^>]+>)$", text, re.MULTILINE | re.IGNORECASE)
    assert found is not None, text
    return found.group(1)


def _fates(out: str) -> dict[int, str]:
    """`drafts` output: the NOW column by the UID each draft was appended with."""
    header, *rows = out.splitlines()
    assert header.split() == ["MADE", "KIND", "COMPANY", "FOLDER", "UID", "NOW"]
    uid, now = header.index("UID") + 3, header.index("NOW")
    return {int(row[uid - 5 : uid]): row[now:] for row in rows}


def test_plan_show_is_what_run_appends_and_drafts_tracks_them(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, followupd: Cli
) -> None:
    for mail in sample_mailbox(START):
        folder = "Sent" if mail.role is FolderRole.SENT else "INBOX"
        dovecot.deliver(mail_user, folder, mail.raw)
    config = write_config(tmp_path / "cfg", dovecot, mail_user)
    cfg = ("--config", str(config))
    assert followupd("sync", "--once", *cfg).returncode == 0

    shown = followupd("plan", "--show", "--at", AT, *cfg)
    assert shown.returncode == 0, shown.stderr
    previews = {_message_id(text): text for text in PREVIEW.findall(shown.stdout)}
    assert _raw_drafts(dovecot, mail_user) == {}  # a preview appends nothing
    ran = followupd("run", "--once", "--now", AT, *cfg)
    assert ran.returncode == 0, ran.stderr
    made = _raw_drafts(dovecot, mail_user)
    assert len(made) == 5, made
    for text in made.values():  # headers and body, byte for byte (but the line ends)
        assert previews[_message_id(text)] == text.rstrip()

    # The user's client: one draft deleted, one edited (saved as a new copy, the old one
    # expunged, as IMAP clients do), one sent (it leaves Drafts for Sent).
    deleted, edited, sent, *_ = sorted(made)
    user = ("-u", mail_user.username, "mailbox")
    dovecot.doveadm("expunge", *user, "Drafts", "uid", str(deleted))
    changed = made[edited].replace("Hi ", "Hello again ", 1).replace("\n", "\r\n").encode()
    dovecot.deliver(mail_user, "Drafts", changed, ["\\Draft"])
    dovecot.doveadm("expunge", *user, "Drafts", "uid", str(edited))
    dovecot.deliver(mail_user, "Sent", made[sent].replace("\n", "\r\n").encode(), ["\\Seen"])
    dovecot.doveadm("expunge", *user, "Drafts", "uid", str(sent))
    flags = dovecot.flags(mail_user, "Drafts")
    before = len(dovecot.commands(mail_user))

    listed = followupd("drafts", *cfg)
    assert listed.returncode == 0, listed.stderr
    assert _fates(listed.stdout) == {
        deleted: "deleted",
        edited: f"edited (Drafts UID {max(flags)})",
        sent: f"sent (Sent UID {dovecot.status(mail_user, 'Sent')['uidnext'] - 1})",
        **{uid: "unchanged" for uid in set(made) - {deleted, edited, sent}},
    }
    # Read-only: only searches, and not a flag changed (the edited copy is still unread).
    commands = set(dovecot.commands(mail_user)[before:])
    assert "UID SEARCH" in commands and commands <= READ_ONLY, commands
    assert dovecot.flags(mail_user, "Drafts") == flags
    assert "\\Seen" not in flags[max(flags)]

    # The server out of reach: said so, and the ledger still listed.
    data = tomllib.loads(config.read_text())
    data["accounts"][0]["port"] = 9  # discard: nothing listens
    away = write_private(tmp_path / "away.toml", tomli_w.dumps(data).encode())
    offline = followupd("drafts", "--config", str(away))
    assert offline.returncode == 0, offline.stderr
    assert "main: the server could not be asked (" in offline.stdout
    listed_only = offline.stdout.rsplit("\nmain: ", 1)[0]
    assert _fates(listed_only) == dict.fromkeys(made, "unknown")
