"""Job-search stories for end-to-end tests: mail on a timeline, `followupd` runs, Drafts read back.

A `Story` owns one mail user of the test Dovecot and one followupd config. Messages are
written with story-relative dates and stable Message-IDs (so two runs of the same story
yield the same threads and the same draft Message-IDs); each is delivered when the story's
clock reaches its Date, just before `followupd run --once --now T` runs as a child process.
Drafts are read back with doveadm (no IMAP session of ours shows up in the server's log)
and parsed with the standard library into `Draft` records.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from followupd.adapters.store import Store
from followupd.adapters.store_actions import ActionRecord
from followupd.testing import DovecotServer, MailUser
from followupd.testing.accounts import write_config
from storykit.mail import ME, Mail, Person, build_message

E2E = Path(__file__).absolute().parents[1]
DAEMON = E2E.parents[1] / "daemon"
CRASHPOINT = E2E / "crashpoint.py"


@dataclass(frozen=True, slots=True)
class Draft:
    """One message in the Drafts folder, as a mail client would show it."""

    uid: int
    flags: frozenset[str]
    message_id: str
    sender: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    subject: str
    date: datetime
    in_reply_to: str | None
    references: tuple[str, ...]
    kind: str
    application: str
    body: str


def _child_env(home: Path) -> dict[str, str]:
    """A clean environment for the followupd child, with the package importable."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(DAEMON),
        "HOME": str(home),
        "LANG": "C.UTF-8",
    }


@dataclass
class Story:
    """One job seeker's mailbox over time, and followupd acting on it."""

    server: DovecotServer
    user: MailUser
    base: Path
    start: datetime
    settings: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    pending: list[Mail] = field(default_factory=list)
    delivered: list[Mail] = field(default_factory=list)
    runs: list[subprocess.CompletedProcess[str]] = field(default_factory=list)
    made: list[Draft] = field(default_factory=list)
    _serial: int = 0

    def __post_init__(self) -> None:
        extra: dict[str, Any] = {
            "identity": {
                "signature": f"{ME.name}\n+1 555 0100",
                "pitch": ["I have run data platforms at scale for six years"],
            },
            **self.settings,
        }
        self.config = write_config(self.base / "cfg", self.server, self.user, extra=extra)
        self.state_dir = self.base / "cfg" / "state"
        self.home = self.base / "home"
        self.home.mkdir(parents=True, exist_ok=True)

    # --- time

    def day(self, days: int, hour: int = 9, minute: int = 0) -> datetime:
        """`days` after the start's date, at hour:minute in the story's zone."""
        base = self.start + timedelta(days=days)
        return base.replace(hour=hour, minute=minute, second=0, microsecond=0)

    # --- mail

    def _message_id(self, domain: str) -> str:
        self._serial += 1
        return f"<story-{self._serial:03d}@{domain}>"

    def receive(
        self,
        sender: Person | str,
        subject: str,
        body: str,
        when: datetime,
        *,
        parent: Mail | None = None,
        reply_to: Person | None = None,
        headers: Mapping[str, str] | None = None,
        calendar: str | None = None,
        to: Person | str = ME,
    ) -> Mail:
        """A message to the user, into INBOX once the clock reaches `when`."""
        domain = (sender.email if isinstance(sender, Person) else sender).rpartition("@")[2]
        return self._queue(
            "INBOX", when, subject, self._message_id(domain), parent,
            sender=sender, to=to, body=body, reply_to=reply_to, headers=headers or {},
            calendar=calendar,
        )  # fmt: skip

    def send(
        self, to: Person | str, subject: str, body: str, when: datetime, *, parent: Mail | None
    ) -> Mail:
        """A message the user wrote and sent from their own client, into Sent at `when`."""
        message_id = self._message_id(ME.email.rpartition("@")[2])
        return self._queue("Sent", when, subject, message_id, parent, sender=ME, to=to, body=body)

    def send_draft(self, draft: Draft, when: datetime) -> Mail:
        """The user sends our draft as it is: it leaves Drafts now and is in Sent at `when`.

        Like common clients, the sent message keeps the draft's Message-ID and threading.
        """
        self.delete_draft(draft)
        raw = build_message(
            sender=ME, to=", ".join(draft.to), subject=draft.subject, body=draft.body,
            when=when, message_id=draft.message_id, in_reply_to=draft.in_reply_to,
            references=draft.references, reply_to=None, headers={}, calendar=None,
        )  # fmt: skip
        mail = Mail("Sent", when, draft.message_id, draft.subject, draft.references, raw)
        self.pending.append(mail)
        return mail

    def delete_draft(self, draft: Draft) -> None:
        """The user deletes our draft from Drafts (as a client does: flag it, then expunge)."""
        self.server.doveadm(
            "expunge", "-u", self.user.username, "mailbox", "Drafts", "uid", str(draft.uid)
        )

    def _queue(
        self,
        folder: str,
        when: datetime,
        subject: str,
        message_id: str,
        parent: Mail | None,
        *,
        sender: Person | str,
        to: Person | str,
        body: str,
        reply_to: Person | None = None,
        headers: Mapping[str, str] | None = None,
        calendar: str | None = None,
    ) -> Mail:
        references = parent.thread_chain if parent is not None else ()
        raw = build_message(
            sender=sender, to=to, subject=subject, body=body, when=when, message_id=message_id,
            in_reply_to=parent.message_id if parent is not None else None,
            references=references, reply_to=reply_to, headers=headers or {}, calendar=calendar,
        )  # fmt: skip
        mail = Mail(folder, when, message_id, subject, references, raw)
        self.pending.append(mail)
        return mail

    def deliver_until(self, now: datetime) -> None:
        """Put every queued message dated at or before `now` into its folder, oldest first."""
        due = sorted((m for m in self.pending if m.when <= now), key=lambda m: m.when)
        for mail in due:
            self.server.deliver(self.user, mail.folder, mail.raw)
            self.pending.remove(mail)
            self.delivered.append(mail)

    # --- followupd

    def argv(self, *args: str) -> list[str]:
        """`followupd ARGS... --config CFG` through this interpreter."""
        return [sys.executable, "-m", "followupd", *args, "--config", str(self.config)]

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run `followupd ARGS...` to completion as a child process."""
        return subprocess.run(
            self.argv(*args),
            env=_child_env(self.home),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    def run(self, now: datetime) -> subprocess.CompletedProcess[str]:
        """Deliver what arrived by `now`, then `followupd run --once --now NOW`; must succeed."""
        self.deliver_until(now)
        done = self.cli("-v", "run", "--once", "--now", now.isoformat())
        self.runs.append(done)
        assert done.returncode == 0, f"run --now {now.isoformat()} failed:\n{done.stderr}"
        return done

    def crash_run(
        self, now: datetime, point: str | None = None, hit: int = 1, *, delay: float = 60
    ) -> subprocess.CompletedProcess[str]:
        """Deliver, then a `run --once` that SIGKILLs itself at `point` (see crashpoint.py).

        Without a point, the child is killed from outside `delay` seconds after its start,
        wherever it happens to be (unless it finished by then).
        """
        self.deliver_until(now)
        args = ["-v", "run", "--once", "--now", now.isoformat()]
        with self.daemon(*args, point=point, hit=hit) as proc:
            try:
                out, err = proc.communicate(timeout=delay)
            except subprocess.TimeoutExpired:
                proc.kill()
                out, err = proc.communicate(timeout=10)
        done = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
        self.runs.append(done)
        return done

    @contextlib.contextmanager
    def daemon(
        self, *args: str, point: str | None = None, hit: int = 1
    ) -> Iterator[subprocess.Popen[str]]:
        """`followupd ARGS...` (default: the watching daemon) in the background.

        With `point`, it SIGKILLs itself there (see crashpoint.py). Killed on leaving the
        block if it is still running.
        """
        argv = self.argv(*(args or ("-v", "run")))
        if point is not None:
            argv[1:3] = [str(CRASHPOINT), point, str(hit)]  # instead of "-m followupd"
        proc = subprocess.Popen(
            argv,
            env=_child_env(self.home),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            yield proc
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate(timeout=10)

    def status(self, now: datetime) -> list[dict[str, Any]]:
        """`followupd status --json --now NOW`: one object per application thread."""
        done = self.cli("status", "--json", "--now", now.isoformat())
        assert done.returncode == 0, done.stderr
        return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]

    def explain(self, query: str, now: datetime) -> str:
        """`followupd explain QUERY --now NOW` output."""
        done = self.cli("explain", query, "--now", now.isoformat())
        assert done.returncode == 0, done.stderr
        return done.stdout

    def ledger(self) -> list[ActionRecord]:
        """Every row of the actions ledger (followupd must not be running)."""
        with Store.open(self.state_dir) as store:
            return store.actions()

    # --- the Drafts folder

    def drafts(self) -> list[Draft]:
        """Every message in Drafts now, in UID order."""
        return read_folder(self.server, self.user, "Drafts")

    def new_drafts(self) -> list[Draft]:
        """Drafts that appeared since the last look (kept in `made`), in UID order."""
        seen = {d.uid for d in self.made}
        fresh = [d for d in self.drafts() if d.uid not in seen]
        self.made.extend(fresh)
        return fresh

    def step(self, now: datetime) -> list[Draft]:
        """Run at `now` and return the drafts that run made."""
        self.run(now)
        return self.new_drafts()

    def appends(self) -> int:
        """How many APPEND commands followupd's IMAP sessions sent so far."""
        return self.server.commands(self.user).count("APPEND")


def read_folder(server: DovecotServer, user: MailUser, folder: str) -> list[Draft]:
    """Every message of `folder` read with doveadm, parsed as a mail client would."""
    out = server.doveadm(
        "-f", "json", "fetch", "-u", user.username, "uid flags text", "mailbox", folder, "all"
    ).stdout
    rows = json.loads(out) if out.strip() else []
    return sorted((_draft(row) for row in rows), key=lambda d: d.uid)


def _addresses(msg: EmailMessage, name: str) -> tuple[str, ...]:
    header = msg[name]
    return tuple(str(a) for a in header.addresses) if header is not None else ()


def _draft(row: Mapping[str, str]) -> Draft:
    msg = BytesParser(policy=policy.default).parsebytes(row["text"].encode("utf-8"))
    assert isinstance(msg, EmailMessage)
    action = str(msg.get("X-Followupd-Action", ""))
    kind, _, rest = action.partition(";")
    body_part = msg.get_body(("plain",))
    body = body_part.get_content() if isinstance(body_part, EmailMessage) else ""
    irt = msg.get("In-Reply-To")
    return Draft(
        uid=int(row["uid"]),
        flags=frozenset(f for f in row["flags"].split() if f != "\\Recent"),
        message_id=str(msg["Message-ID"]).strip(),
        sender=str(msg["From"]),
        to=_addresses(msg, "To"),
        cc=_addresses(msg, "Cc"),
        # Python keeps the folding whitespace of a value folded onto its own line; a mail
        # client (and RFC 5322 unfolding plus the usual trim) shows it without.
        subject=str(msg["Subject"]).strip(),
        date=parsedate_to_datetime(str(msg["Date"])),
        in_reply_to=str(irt).strip() if irt is not None else None,
        references=tuple(str(msg.get("References", "")).split()),
        kind=kind.strip(),
        application=rest.strip().removeprefix("application="),
        body=body,
    )
