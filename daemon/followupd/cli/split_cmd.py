"""`followupd split THREAD [--undo]`: a thread followupd joined to an application stands alone."""

from __future__ import annotations

import argparse
import sys

from followupd.cli.common import add_config_option, config_from_args, now_from_args
from followupd.facade import Correct


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `split`."""
    parser = sub.add_parser(
        "split", help="make one thread of an application an application of its own"
    )
    parser.add_argument("thread", metavar="THREAD", help="thread id (prefix), as `explain` shows")
    parser.add_argument("--undo", action="store_true", help="let followupd group it again")
    add_config_option(parser)
    parser.set_defaults(func=run, now=None)


def run(args: argparse.Namespace) -> int:
    """Record the split (it persists, and wins over how followupd groups mail)."""
    config = config_from_args(args, beside=True)
    now = now_from_args(args, config)
    query = args.thread.strip()
    with Correct.open(config) as fix:
        found = fix.threads(query, now)
        if len(found) != 1:
            what = "no thread" if not found else f"{len(found)} threads"
            print(f"followupd: {what} match {query!r} (see `followupd explain`)", file=sys.stderr)
            return 1
        item, thread = found[0]
        fix.split(item, thread, not args.undo, now)
    verb = "grouped by followupd again" if args.undo else "is now an application of its own"
    print(f"thread {thread.id[:10]} ({thread.messages[0].subject}) {verb}")
    return 0
