"""`followupd calendar [--out FILE.ics]`: interviews, decision dates and draft moments as a feed."""

from __future__ import annotations

import argparse
from pathlib import Path

from followupd.cli.common import add_config_option, add_now_option, config_from_args, now_from_args
from followupd.facade import Look
from followupd.publish import write_calendar

DEFAULT_NAME = "followupd.ics"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `calendar`."""
    parser = sub.add_parser(
        "calendar",
        help="write an iCalendar feed of interviews, promised dates and when drafts are made",
    )
    add_config_option(parser)
    add_now_option(parser)
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="FILE",
        help=f"where to write it (default: [calendar] path, else ./{DEFAULT_NAME})",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Write the feed from the local state (no network), revising the one already there."""
    config = config_from_args(args, beside=True)
    now = now_from_args(args, config)
    path: Path = (args.out or config.calendar.path or Path(DEFAULT_NAME)).absolute()
    with Look.open(config) as look:  # read-only: works while followupd runs
        snap = look.snapshot(now)
    size = write_calendar(config, snap, path)
    print(f"calendar: {path} ({size // 1024 + 1} KiB)")
    return 0
