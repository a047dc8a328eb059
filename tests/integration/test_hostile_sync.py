"""Hostile mail through a real sync pass: nothing stalls the folder, unreadable mail is
quarantined with a log line, good mail next to it is stored and drafted for, and a second
pass finds nothing new."""

from __future__ import annotations

import logging
import os
from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from followupd.adapters.store import Store
from followupd.adapters.template_files import load_templates
from followupd.config import load_config
from followupd.service import run_all_once
from followupd.testing import DovecotServer, MailUser
from followupd.testing.accounts import write_config
from hostile_mail import MARKER, NOW, Source, ics_text, message, mutate, seeded

pytestmark = pytest.mark.dovecot

SEED = 20261130
HOSTILE = 40
USER = "alex.morgan@mail.example"  # write_config's identity
GOOD_IDS = ("<good-invite@northwind.example>", "<good-reject@quarry.example>",
            "<good-confirm@brightwave.example>")  # fmt: skip


def good_mail(msgid: str, sender: str, subject: str, body: str, hours_ago: int) -> bytes:
    """A well-formed recruiting message, as an employer's mail system writes one."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = f"Alex Morgan <{USER}>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(NOW - timedelta(hours=hours_ago))
    msg["Message-ID"] = msgid
    msg.set_content(body)
    return bytes(msg)


def good_batch() -> list[bytes]:
    """An invitation, a rejection and an interview confirmation, each one a draft's cause."""
    return [
        good_mail(
            GOOD_IDS[0],
            "Priya Raman <priya.raman@northwind.example>",
            "Interview invitation: Data Platform Engineer",
            "Hi Alex,\n\nThanks for applying. We would like to invite you to a first interview "
            "with our team. Could you share a few times that suit you next week?\n\nPriya Raman",
            hours_ago=3,
        ),
        good_mail(
            GOOD_IDS[1],
            "Morgan Blake <morgan.blake@quarry.example>",
            "Your application for QA Lead",
            "Hi Alex,\n\nThank you for your interest in the QA Lead position. After careful "
            "consideration we have decided to move forward with other candidates. We wish you "
            "every success.\n\nMorgan Blake",
            hours_ago=20,
        ),
        good_mail(
            GOOD_IDS[2],
            "Jordan Lee <jordan.lee@brightwave.example>",
            "Interview confirmed: Senior Backend Engineer",
            "Hi Alex,\n\nYour interview for the Senior Backend Engineer position is confirmed "
            "for Thursday 3 December at 15:00 UTC (60 minutes).\n\nJordan Lee",
            hours_ago=6,
        ),
    ]


def hostile_batch(src: Source) -> list[bytes]:
    """HOSTILE generated-then-mutated messages, each made worth a body fetch.

    Most start with an applicant-tracking sender and a unique Message-ID (so triage fetches
    the body and the store keeps each one apart) before their own hostile headers. Every
    eighth is no mail at all but says text/calendar, so its body is fetched and refused.
    """
    batch: list[bytes] = []
    for n in range(HOSTILE):
        if n % 8 == 7:
            head = b"Content-Type: text/calendar; charset=utf-8\r\nX-Hostile: %d\r\n\r\n" % n
            batch.append(mutate(src, head + ics_text(src).encode("utf-8", "replace")))
            continue
        raw = message(src, b"<inner-%d@acme.example>" % n, (), sent=False, calm=n % 3 == 0)
        head = (
            b"From: Acme Talent <talent@acme.greenhouse.io>\r\n"
            b"Message-ID: <hostile-%d@sync.example>\r\nX-Hostile: %d\r\n" % (n, n)
        )
        batch.append(head + mutate(src, raw))
    return batch


def test_hostile_mail_is_stored_or_quarantined_and_never_stalls_the_folder(
    tmp_path: Path,
    dovecot: DovecotServer,
    mail_user: MailUser,
    caplog: pytest.LogCaptureFixture,
) -> None:
    first_uid = dovecot.status(mail_user, "INBOX")["uidnext"]
    delivered = dovecot.deliver_many(
        mail_user, "INBOX", [*good_batch(), *hostile_batch(seeded(SEED))]
    )
    uids = set(range(first_uid, first_uid + delivered))
    path = write_config(tmp_path, dovecot, mail_user, account={"lookback_days": 36500})
    config = load_config(path, os.environ)
    templates = load_templates(config.templates)

    # followupd's own loggers, down to DEBUG (imapclient's protocol trace keeps its level).
    debug = caplog.at_level(logging.DEBUG, logger="followupd")
    with Store.open(config.storage.state_dir) as store, debug:
        result = run_all_once(config, store, now=NOW, env=os.environ, templates=templates)
        assert result.failures == {}
        inbox = {
            m.location.uid: m
            for m in store.messages()
            if m.location is not None and m.location.folder == "INBOX"
        }
        quarantined = {q.location.uid: q for q in store.quarantined()}
        mark = store.folder_state(config.accounts[0].name, "INBOX")
        drafted = result.acted[config.accounts[0].name].drafted
        count = store.message_count()

        again = run_all_once(config, store, now=NOW, env=os.environ, templates=templates)
        assert again.failures == {}
        assert [r.new for r in again.reports] == [0, 0]
        assert again.acted[config.accounts[0].name].drafted == []
        assert store.message_count() == count
        assert {q.location.uid for q in store.quarantined()} == set(quarantined)

    assert {m.message_id for m in inbox.values()} >= set(GOOD_IDS)
    assert len(drafted) >= 2  # the invitation and the rejection at least
    assert not set(inbox) & set(quarantined)
    missing = uids - set(inbox) - set(quarantined)
    assert not missing, f"neither stored nor quarantined: {sorted(missing)}"
    assert len(quarantined) >= HOSTILE // 8  # every calendar that is no mail at all
    assert mark is not None and mark.highest_uid >= max(uids)

    lines = [r.getMessage() for r in caplog.records]
    for uid in quarantined:
        assert sum("sync.quarantined " in line and f" uid={uid} " in line for line in lines) == 1
    assert sum("mailparse.defect" in line for line in lines) >= HOSTILE  # the check has teeth
    assert not [line for line in lines if MARKER in line]
