"""`followupd sync --once`: one incremental pass over every account, with counts."""

from __future__ import annotations

import argparse
import os

from followupd.cli.common import (
    add_config_option,
    add_now_option,
    config_from_args,
    now_from_args,
)
from followupd.cli.progress import ProgressPrinter
from followupd.facade import Act


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `sync`."""
    parser = sub.add_parser("sync", help="fetch what is new once and report counts")
    add_config_option(parser)
    add_now_option(parser)
    parser.add_argument(
        "--once", action="store_true", help="one pass, then exit (the only mode of `sync`)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Sync every account once; exit 69 when an account could not be reached."""
    config = config_from_args(args)
    with Act.open(config) as act:
        result = act.once(now_from_args(args, config), os.environ, on_progress=ProgressPrinter())
        print(f"{'account':<12} {'folder':<20} {'new':>6} {'bodies':>7} {'stored':>7} {'quar.':>6}")
        for r in result.reports:
            note = "  (UIDVALIDITY changed: resynced)" if r.resynced else ""
            print(
                f"{r.account:<12} {r.folder:<20} {r.new:>6} {r.fetched_bodies:>7} "
                f"{r.stored:>7} {r.quarantined:>6}{note}"
            )
        print(f"messages kept: {act.message_count()}")
    for account, error in result.failures.items():
        print(f"{account}: FAILED: {error}")
    return os.EX_UNAVAILABLE if result.failures else 0
