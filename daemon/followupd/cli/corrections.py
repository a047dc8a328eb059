"""Finding the one thread a correction command means."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from followupd.adapters.store import Store
from followupd.cli.common import add_config_option
from followupd.config import Config
from followupd.reports import AccountView, collect, find_threads


def add_thread_options(parser: argparse.ArgumentParser) -> None:
    """THREAD and --config, which every correction command takes."""
    parser.add_argument("thread", metavar="THREAD", help="thread id (prefix) or words of a subject")
    add_config_option(parser)
    parser.set_defaults(now=None)  # corrections are made now, never on a fake clock


def one_thread(config: Config, store: Store, query: str, now: datetime) -> AccountView | None:
    """The single thread matching `query`; None (with a message) when none or several do."""
    matches = find_threads(collect(config, store, now, save=True), query)
    if len(matches) == 1:
        return matches[0]
    if not matches:
        print(
            f"followupd: no thread matches {query!r} (see `followupd status --all`)",
            file=sys.stderr,
        )
        return None
    print(f"followupd: {query!r} matches {len(matches)} threads; use an id:", file=sys.stderr)
    for item in matches:
        state = item.view.state
        print(
            f"  {item.view.thread.id}  {state.company or '?'}  {state.role or '?'}", file=sys.stderr
        )
    return None
