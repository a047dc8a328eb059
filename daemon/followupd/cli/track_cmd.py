"""`followupd track FILE.eml|MESSAGE-ID`: follow a thread followupd did not see as recruiting."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from followupd.cli.common import add_config_option, config_from_args, now_from_args
from followupd.facade import Correct, saved_message


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


def run(args: argparse.Namespace) -> int:
    """Record the Message-ID (and store the file's message); the next pass acts on it."""
    config = config_from_args(args, beside=True)
    now = now_from_args(args, config)
    names = [a.name for a in config.accounts]
    account = args.account or names[0]
    if account not in names:
        print(f"followupd: no account {account!r}; accounts: {', '.join(names)}", file=sys.stderr)
        return 2
    path = Path(args.message)
    message = saved_message(path) if path.is_file() else None
    message_id = message.message_id if message is not None else args.message.strip()
    if not message_id:
        print(f"followupd: {path} has no Message-ID to follow", file=sys.stderr)
        return 1
    if not message_id.startswith("<"):
        message_id = f"<{message_id}>"
    with Correct.open(config) as fix:
        fix.track(account, message_id, message, now)
    where = "stored from the file" if message is not None else "fetched at the next pass"
    print(f"tracking {message_id} ({where}); its thread counts as an application")
    return 0
