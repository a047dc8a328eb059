"""`followupd demo`: a throwaway local Dovecot with a sample job-search mailbox, walked through."""

from __future__ import annotations

import argparse
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from followupd.adapters.store import Store
from followupd.cli import main as cli_main
from followupd.demo.mailbox import USER_EMAIL, USER_NAME, sample_mailbox
from followupd.model import FolderRole
from followupd.testing.accounts import write_config
from followupd.testing.dovecot import DovecotServer

_FOLDER = {FolderRole.INBOX: "INBOX", FolderRole.SENT: "Sent"}


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `demo`."""
    parser = sub.add_parser(
        "demo", help="try followupd on a throwaway local mail server with sample mail"
    )
    parser.add_argument(
        "--keep", type=Path, default=None, help="keep the demo's config and state in this folder"
    )
    parser.set_defaults(func=run)


def _step(title: str) -> None:
    print(f"\n== {title}")


def run(args: argparse.Namespace) -> int:
    """Start the server, seed it, run check and a sync pass, show what was kept, clean up."""
    start = datetime.now(UTC).replace(hour=9, minute=0, second=0, microsecond=0)
    with tempfile.TemporaryDirectory(prefix="followupd-demo-") as tmp:
        base = args.keep or Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        with DovecotServer() as server:
            user = server.add_user()
            _step(f"A local Dovecot on {server.host}:{server.imaps_port} with a sample mailbox")
            for mail in sample_mailbox(start):
                server.deliver(user, _FOLDER[mail.role], mail.raw)
                print(f"  {mail.role.value:<6} {mail.note}")
            config = write_config(base, server, user, identity=(USER_NAME, USER_EMAIL))
            _step("followupd check: validate the config and log in")
            code = cli_main(["check", "--config", str(config)])
            if code:
                return code
            _step("followupd sync --once: read INBOX and Sent (read-only), keep what matters")
            code = cli_main(["sync", "--once", "--config", str(config)])
            if code:
                return code
            _step("What followupd kept (recruiting-related messages; the rest was skipped)")
            with Store.open(base / "state") as store:
                for msg in store.messages():
                    when = msg.date.strftime("%Y-%m-%d %H:%M") if msg.date else "?"
                    who = msg.sender.email if msg.sender else "?"
                    print(f"  {when}  {msg.role.value:<6} {who:<42} {msg.subject}")
        print("\nThe demo server is stopped; nothing is left running.")
    return 0
