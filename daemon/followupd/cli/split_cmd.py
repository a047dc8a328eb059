"""`followupd split THREAD [--undo]`: a thread followupd joined to an application stands alone."""

from __future__ import annotations

import argparse
import sys

from followupd.adapters.store import Store
from followupd.cli.common import add_config_option, config_from_args, now_from_args
from followupd.core.plan.threads import message_key
from followupd.reports import collect


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
    config = config_from_args(args)
    now = now_from_args(args, config)
    query = args.thread.strip()
    with Store.open(config.storage.state_dir) as store:
        found = [
            (item, thread)
            for item in collect(config, store, now, save=True)
            for thread in item.view.app.threads
            if query and thread.id.startswith(query)
        ]
        if len(found) != 1:
            what = "no thread" if not found else f"{len(found)} threads"
            print(f"followupd: {what} match {query!r} (see `followupd explain`)", file=sys.stderr)
            return 1
        item, thread = found[0]
        store.set_separate(item.account, message_key(thread.messages[0]), not args.undo, now=now)
    verb = "grouped by followupd again" if args.undo else "is now an application of its own"
    print(f"thread {thread.id[:10]} ({thread.messages[0].subject}) {verb}")
    return 0
