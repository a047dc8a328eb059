"""The daemon's watch loop rewrites the report and the calendar feed after each of its passes."""

from __future__ import annotations

import os
import queue
import random
import re
import threading
from datetime import UTC, datetime
from pathlib import Path

from followupd.adapters.store import Store
from followupd.config import load_config
from followupd.model import SyncReport
from followupd.service import Stopper, Watcher
from followupd.testing import DovecotServer, MailUser
from followupd.testing.accounts import write_config

NOW = datetime(2026, 11, 30, 11, 0, tzinfo=UTC)
INVITATION = (
    b"From: Jane Roe <jane.roe@acme.example>\r\nTo: alex.morgan@mail.example\r\n"
    b"Subject: Interview for the Platform Engineer role\r\n"
    b"Date: Mon, 30 Nov 2026 10:00:00 +0000\r\nMessage-ID: <publish-1@acme.example>\r\n\r\n"
    b"Hi Alex,\r\n\r\nThank you for applying to Acme. We would like to invite you to an "
    b"interview for the Platform Engineer role. Could you share a few times that suit you next "
    b"week?\r\n\r\nBest,\r\nJane Roe\r\n"
)


def _applied(page: str) -> int:
    found = re.search(r'data-stage="applied">.*?<td class="num count">(\d+)</td>', page)
    assert found is not None
    return int(found.group(1))


def test_each_watch_pass_rewrites_the_report_and_the_feed(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser
) -> None:
    report, feed = tmp_path / "report.html", tmp_path / "followupd.ics"
    extra = {"report": {"path": str(report)}, "calendar": {"path": str(feed)}}
    account = {"timeout_seconds": 5, "poll_interval_seconds": 300}
    config = load_config(
        write_config(tmp_path / "cfg", dovecot, mail_user, account=account, extra=extra),
        os.environ,
    )
    stopper, passes = Stopper(), queue.Queue[list[SyncReport]]()

    def body() -> None:
        with Store.open(config.storage.state_dir) as store:
            Watcher(
                config, config.accounts[0], store, env=os.environ, stopper=stopper,
                clock=lambda: NOW, on_synced=passes.put,
                rng=random.Random(7),  # noqa: S311 (repeatable jitter)
            ).run()  # fmt: skip

    thread = threading.Thread(target=body, daemon=True)
    thread.start()
    try:
        passes.get(timeout=20)  # the first pass: an empty mailbox
        assert _applied(report.read_text()) == 0
        assert feed.read_bytes().startswith(b"BEGIN:VCALENDAR")
        dovecot.deliver(mail_user, "INBOX", INVITATION)
        while sum(r.stored for r in passes.get(timeout=20)) == 0:
            pass  # IDLE woke the loop; the pass that stored the invitation wrote the files
        page = report.read_text()
        assert _applied(page) == 1
        assert "Platform Engineer" in page
        # They thank the user for applying (through a portal: nothing came before it),
        # so it is an invitation to answer, not a recruiter's first approach.
        assert b"followupd drafts a reply to the invitation" in feed.read_bytes()
    finally:
        stopper.request()
        thread.join(timeout=10)
    assert not thread.is_alive()
