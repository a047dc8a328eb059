"""The cost of a pass that finds no new mail, as a job search's history grows.

For each history size (default 100, 1,000 and 5,000 recruiting messages) a fresh mail user
on a private Dovecot (127.0.0.1 only) gets a generated job search: applications of eight
messages each (the user's application, an ATS acknowledgment, a recruiter's invitation,
the user's answer, a confirmation with a calendar invitation, the user's thank-you, an
update with a promised date, and a decline or an offer), spread over the 120 days before
the measured moment. A first pass reads, understands, plans and drafts. Then, measured:
  daemon   the watcher's pass with its session kept (sync + plan + draft), median of 15
  cli      `python -m followupd run --once` as a child process (interpreter start-up and
           login included), median of 5
Both should stay flat as history grows: a pass with nothing new plans nothing (the plan
made from the same inputs less than an hour ago still holds). Ratios are against the
smallest size measured in the same run. Target: the daemon's pass at the largest size
<= 2x the smallest.

Usage: python bench/history.py [--sizes 100,1000,5000] [--check]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "daemon"))

from followupd.adapters.store import Store  # noqa: E402
from followupd.adapters.template_files import load_templates  # noqa: E402
from followupd.config import load_config  # noqa: E402
from followupd.service import AccountPass, open_session, run_all_once  # noqa: E402
from followupd.testing import DovecotServer  # noqa: E402
from followupd.testing.accounts import write_config  # noqa: E402

NOW = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)  # a Monday
ME = ("Alex Morgan", "alex.morgan@mail.example")
WORDS = ("Amber", "Birch", "Cedar", "Delta", "Ember", "Fjord", "Garnet", "Harbor", "Iris")
TRADES = ("Robotics", "Analytics", "Health", "Logistics", "Energy", "Media", "Systems")
ROLES = ("Data Engineer", "Backend Engineer", "Product Analyst", "QA Lead", "SRE")


def _message(  # noqa: PLR0917 (a message is these eight things)
    sender: tuple[str, str], to: tuple[str, str], subject: str, body: str, when: datetime,
    msgid: str, parent: str | None = None, calendar: str | None = None,
) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f"{sender[0]} <{sender[1]}>"
    msg["To"] = f"{to[0]} <{to[1]}>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = msgid
    if parent:
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    msg.set_content(body)
    if calendar:
        msg.add_alternative(calendar, subtype="calendar", params={"method": "REQUEST"})
    return msg.as_bytes()


def _ics(uid: str, start: datetime, organizer: str) -> str:
    stamp = start.strftime("%Y%m%dT%H%M%SZ")
    end = (start + timedelta(hours=1)).strftime("%Y%m%dT%H%M%SZ")
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\nMETHOD:REQUEST\r\n"
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:{stamp}\r\nDTSTART:{stamp}\r\nDTEND:{end}\r\n"
        f"SEQUENCE:0\r\nSUMMARY:Interview\r\nORGANIZER:mailto:{organizer}\r\n"
        f"ATTENDEE;CN=Alex Morgan:mailto:{ME[1]}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def application(n: int) -> Iterator[tuple[str, bytes]]:
    """(folder, raw) for one application's eight messages, oldest first."""
    company = f"{WORDS[n % len(WORDS)]} {TRADES[n // len(WORDS) % len(TRADES)]} {n}"
    domain = company.lower().replace(" ", "-") + ".example"
    role = ROLES[n % len(ROLES)]
    start = NOW - timedelta(days=118) + timedelta(hours=(n * 37) % (24 * 100))
    recruiter = (f"Dana Wu{n}", f"dana.wu@{domain}")
    ats = (company, "no-reply@us.greenhouse-mail.io")
    ids = [f"<h{n}-{i}@{domain}>" for i in range(8)]
    day = timedelta(days=1)
    slot = (start + 6 * day).replace(hour=14, minute=0, second=0, microsecond=0)
    yield "Sent", _message(ME, recruiter, f"Application: {role}",
        f"Hello,\n\nPlease find my application for the {role} role at {company}.\n\nAlex\n",
        start, ids[0])  # fmt: skip
    yield "INBOX", _message(ats, ME, f"Thank you for applying to {company}",
        f"Hi Alex,\n\nWe received your application for {role}. Our team will review it.\n",
        start + 0.1 * day, ids[1])  # fmt: skip
    yield "INBOX", _message(recruiter, ME, f"Re: Application: {role}",
        "Hi Alex,\n\nWe would like to invite you to an interview. What times work for you "
        f"next week?\n\nDana\nTalent Partner, {company}\n",
        start + 2 * day, ids[2], ids[0])  # fmt: skip
    yield "Sent", _message(ME, recruiter, f"Re: Application: {role}",
        "Hi Dana,\n\nTuesday afternoon works well.\n\nAlex\n",
        start + 2.2 * day, ids[3], ids[2])  # fmt: skip
    yield "INBOX", _message(recruiter, ME, f"Interview confirmed: {role}",
        f"Hi Alex,\n\nYour interview is confirmed; the invitation is attached.\n\n{company}\n",
        start + 3 * day, ids[4], ids[3], _ics(f"h{n}@{domain}", slot, recruiter[1]))  # fmt: skip
    yield "Sent", _message(ME, recruiter, f"Re: Interview confirmed: {role}",
        "Hi Dana,\n\nThank you for the conversation today.\n\nAlex\n",
        slot + timedelta(hours=2), ids[5], ids[4])  # fmt: skip
    yield "INBOX", _message(recruiter, ME, f"Re: Interview confirmed: {role}",
        "Hi Alex,\n\nThanks! We will let you know our decision within two weeks.\n\nDana\n",
        slot + 2 * day, ids[6], ids[5])  # fmt: skip
    if n % 3:
        yield "INBOX", _message(ats, ME, f"Your application to {company}",
            "Hi Alex,\n\nAfter careful consideration we have decided to move forward with "
            "other candidates.\n", slot + 12 * day, ids[7])  # fmt: skip
    else:
        yield "INBOX", _message(recruiter, ME, f"Offer: {role}",
            "Hi Alex,\n\nWe are delighted to offer you the position.\n\nDana\n",
            slot + 12 * day, ids[7], ids[6])  # fmt: skip


def fill(server: DovecotServer, size: int) -> tuple[object, int]:
    """A new user holding `size` recruiting messages (rounded to whole applications)."""
    user = server.add_user()
    mails = [m for n in range(max(1, size // 8)) for m in application(n)]
    for folder in ("Sent", "INBOX"):
        server.deliver_many(user, folder, (raw for f, raw in mails if f == folder))
    return user, len(mails)


def measure(server: DovecotServer, base: Path, size: int) -> tuple[int, float, float]:
    """(messages, daemon pass ms, cli pass ms) for a history of `size` messages."""
    user, count = fill(server, size)
    cfg_path = write_config(base / f"h{size}", server, user)  # type: ignore[arg-type]
    config = load_config(cfg_path, os.environ)
    templates = load_templates(config.templates)
    with Store.open(config.storage.state_dir) as store:
        run_all_once(config, store, now=NOW, env=os.environ, templates=templates)
        run_all_once(config, store, now=NOW, env=os.environ, templates=templates)
        account = config.accounts[0]
        session = open_session(account, os.environ)
        session.connect()
        try:
            work = AccountPass(config, account, store, session, templates)
            times = []
            for step in range(16):
                began = time.perf_counter()
                work.run(NOW + timedelta(minutes=step + 1))
                times.append(time.perf_counter() - began)
        finally:
            session.logout()
    daemon_ms = statistics.median(times[1:]) * 1000
    env = {**os.environ, "PYTHONPATH": str(ROOT / "daemon")}
    cli = []
    for step in range(5):
        at = (NOW + timedelta(minutes=30 + step)).isoformat()
        began = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "followupd", "run", "--once", "--now", at, "--config",
             str(cfg_path)], check=True, env=env, capture_output=True,
        )  # fmt: skip
        cli.append(time.perf_counter() - began)
    return count, daemon_ms, statistics.median(cli) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,5000", help="comma-separated sizes")
    parser.add_argument("--check", action="store_true", help="exit 1 when the target is missed")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    with DovecotServer() as server, tempfile.TemporaryDirectory(prefix="hist-") as tmp:
        for size in sizes:
            rows.append(measure(server, Path(tmp), size))
            print(f"  {rows[-1][0]} messages measured", flush=True)
    base_daemon, base_cli = rows[0][1], rows[0][2]
    print("\n messages  daemon pass ms  ratio   cli run --once ms  ratio")
    for count, daemon_ms, cli_ms in rows:
        print(
            f" {count:>8}  {daemon_ms:>14.1f}  {daemon_ms / base_daemon:>5.2f}"
            f"   {cli_ms:>17.0f}  {cli_ms / base_cli:>5.2f}"
        )
    ok = rows[-1][1] <= 2 * base_daemon
    print(f"\n{'PASS' if ok else 'FAIL'} daemon pass at {rows[-1][0]} <= 2x at {rows[0][0]}")
    return 1 if args.check and not ok else 0


if __name__ == "__main__":
    raise SystemExit(main())
