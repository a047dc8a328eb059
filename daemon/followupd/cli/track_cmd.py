"""`followupd track FILE.eml|MESSAGE-ID`: follow a thread followupd did not see as recruiting."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from followupd.adapters.mailparse import parse_message
from followupd.adapters.store import Store
from followupd.cli.common import add_config_option, config_from_args, now_from_args
from followupd.errors import ParseError
from followupd.model import FolderRole, Message


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `track`."""
    parser = sub.add_parser(
        "track", help="follow a message's thread (a saved .eml file, or a Message-ID)"
    )
    parser.add_argument("message", metavar="FILE.eml|MESSAGE-ID")
    parser.add_argument(
        "--account", default=None, help="which account it belongs to (default: the first)"
    )
    add_config_option(parser)
    parser.set_defaults(func=run, now=None)


def _from_file(path: Path) -> Message:
    try:
        return parse_message(path.read_bytes(), location=None, role=FolderRole.INBOX)
    except OSError as exc:
        raise ParseError(f"{path}: cannot read: {exc.strerror}") from None


def run(args: argparse.Namespace) -> int:
    """Record the Message-ID (and store the file's message); the next pass acts on it."""
    config = config_from_args(args)
    now = now_from_args(args, config)
    names = [a.name for a in config.accounts]
    account = args.account or names[0]
    if account not in names:
        print(f"followupd: no account {account!r}; accounts: {', '.join(names)}", file=sys.stderr)
        return 2
    path = Path(args.message)
    message = _from_file(path) if path.is_file() else None
    message_id = message.message_id if message is not None else args.message.strip()
    if not message_id:
        print(f"followupd: {path} has no Message-ID to follow", file=sys.stderr)
        return 1
    if not message_id.startswith("<"):
        message_id = f"<{message_id}>"
    with Store.open(config.storage.state_dir) as store:
        if message is not None:
            store.import_messages(account, [message])
        store.track(account, message_id, now=now)
    where = "stored from the file" if message is not None else "fetched at the next pass"
    print(f"tracking {message_id} ({where}); its thread counts as an application")
    return 0
