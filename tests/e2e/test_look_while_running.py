"""Looking and correcting while `followupd run` holds the state: nothing waits for it to stop.

The daemon runs as a process on the real clock (it is the small hours where the user lives,
so the drafts it plans are due at 09:00 and stay pending). `status`, `plan` and `explain`
read beside it; `ignore` and `label` write beside it, and the daemon applies each within
seconds, in a pass of its own.
"""

from __future__ import annotations

import json
import signal
import subprocess
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from storykit import ME, Person
from storykit.mail import build_message
from storykit.zones import zone_where_it_is

from daemonprobe import LineReader, NotifyListener
from followupd.adapters.store import Store
from followupd.testing import DovecotServer, MailUser
from followupd.testing.accounts import write_config

Cli = Callable[..., subprocess.CompletedProcess[str]]
Spawn = Callable[..., "subprocess.Popen[str]"]
EVERY_DAY = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
JORDAN = Person("Jordan Blake", "jordan.blake@northwind.example")
RIVA = Person("Riva Chen", "riva.chen@harbor.example")
TAKES_EFFECT = 10.0  # seconds a correction may take to reach the running daemon's ledger


def _mail(folder: str, **fields: object) -> tuple[str, bytes]:
    defaults: dict[str, object] = {"in_reply_to": None, "references": (), "reply_to": None}
    return folder, build_message(**{**defaults, "headers": {}, "calendar": None, **fields})  # type: ignore[arg-type]


def _mailbox(zone: ZoneInfo, stamp: int) -> list[tuple[str, bytes]]:
    """Northwind invites the user now; Harbor promised a decision in three days."""
    now = datetime.now(UTC)
    promised = (now.astimezone(zone) + timedelta(days=3)).date()
    asked, answered = now - timedelta(days=10), now - timedelta(days=10, hours=-2)
    invited = f"<harbor-invite-{stamp}@harbor.example>"
    replied = f"<reply-{stamp}@mail.example>"
    return [
        _mail(
            "INBOX", sender=JORDAN, to=ME, when=now, message_id=f"<nw-{stamp}@northwind.example>",
            subject="Interview invitation: Platform Engineer at Northwind",
            body="Hi Alex,\n\nThank you for applying for the Platform Engineer role. We would "
            "like to invite you to a first interview. Could you share a few times that suit "
            "you next week?\n\nKind regards,\nJordan Blake\n",
        ),
        _mail(
            "INBOX", sender=RIVA, to=ME, when=asked, message_id=invited,
            subject="Interview at Harbor",
            body="Hi Alex,\n\nThanks for applying for the Data Engineer role. We would like to "
            "invite you to an interview. Could you share a few times that suit you?\n\nRiva\n",
        ),
        _mail(
            "Sent", sender=ME, to=RIVA, when=answered, message_id=replied,
            subject="Re: Interview at Harbor", in_reply_to=invited, references=(invited,),
            body="Hi Riva, Tuesday at 10 works for me. Alex\n",
        ),
        _mail(
            "INBOX", sender=RIVA, to=ME, when=now - timedelta(days=1),
            message_id=f"<harbor-update-{stamp}@harbor.example>",
            subject="Re: Interview at Harbor", in_reply_to=replied, references=(invited, replied),
            body="Hi Alex,\n\nThanks for speaking with us. We will get back to you with a "
            f"decision by {promised:%A} {promised.day} {promised:%B}.\n\nRiva\n",
        ),
    ]  # fmt: skip


def _ledger(state: Path) -> dict[str, str]:
    """Each planned kind's status, read beside the daemon as `explain` reads it."""
    store = Store.open_read_only(state)
    assert store is not None
    with store:
        return {str(r.kind): str(r.status) for r in store.actions()}


def _until(state: Path, wanted: dict[str, str]) -> float:
    """Seconds until the ledger holds `wanted`; fails after TAKES_EFFECT."""
    start = time.monotonic()
    while True:
        found = _ledger(state)
        if all(found.get(kind) == status for kind, status in wanted.items()):
            return time.monotonic() - start
        assert time.monotonic() - start < TAKES_EFFECT, found
        time.sleep(0.1)


def test_look_and_correct_while_the_daemon_runs(
    tmp_path: Path,
    dovecot: DovecotServer,
    mail_user: MailUser,
    followupd: Cli,
    spawn_followupd: Spawn,
) -> None:
    zone = zone_where_it_is(2)  # 'at once' means at 09:00 there: every draft stays pending
    stamp = time.time_ns()
    for folder, raw in _mailbox(ZoneInfo(zone), stamp):
        dovecot.deliver(mail_user, folder, raw)
    config = write_config(
        tmp_path / "cfg",
        dovecot,
        mail_user,
        identity=(ME.name, ME.email),
        extra={"schedule": {"timezone": zone, "workdays": EVERY_DAY}},
    )
    state = tmp_path / "cfg" / "state"
    cfg = ("--config", str(config))
    with NotifyListener() as notify:
        daemon = spawn_followupd("run", *cfg, env={"NOTIFY_SOCKET": notify.path})
        assert daemon.stderr is not None
        log = LineReader(daemon.stderr)
        notify.wait_for("READY=1", 60)
        assert _ledger(state) == {"invitation_reply": "pending", "status_check": "pending"}

        status = followupd("status", "--json", *cfg)
        assert status.returncode == 0, status.stderr  # not 75: it reads beside the daemon
        rows = {r["company"]: r for r in map(json.loads, status.stdout.splitlines())}
        assert rows["Northwind"]["next_action"]["kind"] == "invitation_reply"
        assert rows["Harbor"]["next_action"]["kind"] == "status_check"
        plan = followupd("plan", *cfg)
        assert plan.returncode == 0, plan.stderr
        assert "invitation_reply" in plan.stdout and "status_check" in plan.stdout
        explain = followupd("explain", "Harbor", *cfg)
        assert explain.returncode == 0, explain.stderr
        assert f"id <harbor-update-{stamp}@harbor.example>" in explain.stdout
        assert "status_check       pending" in explain.stdout

        ignored = followupd("ignore", "Northwind", *cfg)
        assert ignored.returncode == 0, ignored.stderr
        took = _until(state, {"invitation_reply": "cancelled"})
        assert took < TAKES_EFFECT

        labelled = followupd("label", f"harbor-update-{stamp}", "rejection", *cfg)
        assert labelled.returncode == 0, labelled.stderr
        assert "labelled rejection" in labelled.stdout
        assert "followupd reads it as status_update" in labelled.stdout
        _until(state, {"status_check": "cancelled", "rejection_reply": "pending"})
        explain = followupd("explain", "Harbor", *cfg)
        assert "labelled rejection by you (followupd label)" in explain.stdout
        assert "state: rejected" in explain.stdout
        assert "rejection_reply    pending" in explain.stdout
        both = followupd("label", "harbor-", "offer", *cfg)  # the invitation and the update
        assert both.returncode == 1 and "2 messages match 'harbor-'" in both.stderr
        undone = followupd("label", f"<harbor-update-{stamp}@harbor.example>", "--undo", *cfg)
        assert undone.returncode == 0, undone.stderr
        assert "your label (rejection) is gone" in undone.stdout
        _until(state, {"status_check": "pending", "rejection_reply": "cancelled"})

        assert daemon.poll() is None  # it ran through all of it
        daemon.send_signal(signal.SIGTERM)
        daemon.wait(timeout=20)
        err = log.text()
    assert daemon.returncode == 0, err
    assert err.count("run.correction_noticed") >= 3, err
    assert "Traceback" not in err
