"""`followupd ignore THREAD [--undo]`: never draft anything for this thread."""

from __future__ import annotations

import argparse

from followupd.adapters.store import Store
from followupd.cli.common import config_from_args, now_from_args
from followupd.cli.corrections import add_thread_options, one_thread


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `ignore`."""
    parser = sub.add_parser("ignore", help="never draft for a thread (it is not an application)")
    add_thread_options(parser)
    parser.add_argument("--undo", action="store_true", help="take the correction back")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Record the correction; pending drafts of the thread are cancelled at the next pass."""
    config = config_from_args(args)
    now = now_from_args(args, config)
    with Store.open(config.storage.state_dir) as store:
        item = one_thread(config, store, args.thread, now)
        if item is None:
            return 1
        store.set_ignored(item.account, item.view.thread.id, not args.undo, now=now)
    verb = "no longer ignored" if args.undo else "ignored: nothing will be drafted for it"
    print(f"thread {item.view.thread.id} ({item.view.state.company or '?'}) {verb}")
    return 0
