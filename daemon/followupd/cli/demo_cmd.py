"""`followupd demo`: a throwaway local Dovecot with a sample job-search mailbox, walked through."""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import UTC, datetime, timedelta
from email import policy
from email.parser import BytesParser
from pathlib import Path

from followupd.adapters.imap import ImapSession
from followupd.adapters.store import Store
from followupd.adapters.store_actions import ActionRecord, ActionStatus
from followupd.cli import main as cli_main
from followupd.config import load_config
from followupd.demo.mailbox import USER_EMAIL, USER_NAME, sample_mailbox
from followupd.model import FolderRole
from followupd.testing.accounts import write_config
from followupd.testing.dovecot import DovecotServer, MailUser

_FOLDER = {FolderRole.INBOX: "INBOX", FolderRole.SENT: "Sent"}
# The demo user's own pitch lines, which thank-you notes draw on.
DEMO_PROFILE = {
    "pitch": [
        "I have spent six years building and running backend services that stay up under load",
        "I enjoy turning messy operational problems into simple, well-tested tools",
    ],
    "signature": "Alex Morgan\n+44 20 7946 0000",
}


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `demo`."""
    parser = sub.add_parser(
        "demo", help="try followupd on a throwaway local mail server with sample mail"
    )
    parser.add_argument(
        "--keep", type=Path, default=None, help="keep the demo's config and state in this folder"
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="write the report and the calendar feed here (default: a new folder in /tmp)",
    )
    parser.set_defaults(func=run)


def _step(title: str) -> None:
    print(f"\n== {title}")


def _drafted(base: Path) -> dict[str, ActionRecord]:
    """The ledger's finished drafts, by key."""
    with Store.open(base / "state") as store:
        return {r.key: r for r in store.actions(statuses={ActionStatus.DONE})}


def _one_line(value: object) -> str:
    """A header value with its folding undone, for printing."""
    return " ".join(str(value).split())


def _show_drafts_folder(server: DovecotServer, user: MailUser, base: Path) -> None:
    """List what is really in the Drafts folder, and print one draft in full."""
    config = load_config(base / "config.toml", os.environ)
    session = ImapSession(config.accounts[0], lambda: user.password)
    session.connect()
    try:
        session.examine("Drafts")
        uids = session.search_uids()
        drafts = [
            BytesParser(policy=policy.default).parsebytes(body.data)
            for body in session.fetch_bodies(uids, max_bytes=200_000, chunk=50)
        ]
    finally:
        session.logout()
    for draft in drafts:
        print(f"  {_one_line(draft['X-Followupd-Action']):<40} To: {draft['To'] or '(none)'}")
        print(f"  {'':<40} {_one_line(draft['Subject'])}")
    thank_you = next(
        (d for d in drafts if str(d["X-Followupd-Action"]).startswith("thank_you")), None
    )
    if thank_you is not None:
        _step("One of them in full (edit, then send it from your mail client)")
        for name in ("From", "To", "Subject", "In-Reply-To"):
            print(f"  {name}: {_one_line(thank_you[name])}")
        body = thank_you.get_body(preferencelist=("plain",))
        text = body.get_content() if body is not None else ""
        print("", *(f"  | {line}" for line in str(text).splitlines()), sep="\n")


def run(args: argparse.Namespace) -> int:
    """Start the server, seed it, walk three weeks with a fake clock, show the drafts, clean up."""
    start = datetime.now(UTC).replace(hour=9, minute=0, second=0, microsecond=0)
    zone = UTC
    with tempfile.TemporaryDirectory(prefix="followupd-demo-") as tmp:
        base = args.keep or Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        with DovecotServer() as server:
            user = server.add_user()
            _step(f"A local Dovecot on {server.host}:{server.imaps_port} with a sample mailbox")
            for mail in sample_mailbox(start):
                server.deliver(user, _FOLDER[mail.role], mail.raw)
                print(f"  {mail.role.value:<6} {mail.note}")
            config = write_config(
                base,
                server,
                user,
                identity=(USER_NAME, USER_EMAIL),
                extra={"identity": DEMO_PROFILE},
            )
            _step("followupd check: validate the config and log in")
            code = cli_main(["check", "--config", str(config)])
            if code:
                return code
            _step("Three weeks with a fake clock: `followupd run --once --now ...` each morning")
            print("  (a real install runs `followupd run`, which wakes by itself)")
            seen: dict[str, ActionRecord] = {}
            for day in range(22):
                when = start + timedelta(days=day, hours=1)
                code = cli_main(
                    ["run", "--once", "--config", str(config), "--now", when.isoformat()]
                )
                if code:
                    return code
                done = _drafted(base)
                for key in sorted(set(done) - set(seen), key=lambda k: done[k].due):
                    record = done[key]
                    to = ", ".join(a.email for a in record.to) or "(no human address)"
                    print(f"  {when.astimezone(zone):%a %d %b}  draft {record.kind} -> {to}")
                    print(f"                why: {record.reason}")
                seen = done
            _step("followupd status: where each application stands")
            last = (start + timedelta(days=21, hours=1)).isoformat()
            cli_main(["status", "--config", str(config), "--now", last])
            _step("What is in the Drafts folder now")
            _show_drafts_folder(server, user, base)
            _step("The whole search on one page, and in your calendar")
            out = args.out or Path(tempfile.mkdtemp(prefix="followupd-demo-"))
            out.mkdir(parents=True, exist_ok=True)
            report, feed = out / "report.html", out / "followupd.ics"
            for command, path in (("report", report), ("calendar", feed)):
                argv = [command, "--config", str(config), "--now", last, "--out", str(path)]
                code = cli_main(argv)
                if code:
                    return code
        print("\nThe demo server is stopped; nothing is left running.")
    print(f"Report:   {report}  (open it in a web browser)")
    print(f"Calendar: {feed}  (subscribe to it in your calendar app: see the README)")
    return 0
