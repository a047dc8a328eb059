"""`followupd calendar [--out FILE.ics]`: interviews, decision dates and draft moments as a feed."""

from __future__ import annotations

import argparse

from followupd.cli.common import add_config_option, add_now_option
from followupd.cli.published import add_out_option, write_from_state
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
    add_out_option(parser, "calendar", DEFAULT_NAME)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Write the feed from the local state (no network), revising the one already there."""
    write_from_state(args, lambda c: c.calendar.path, DEFAULT_NAME, write_calendar, "calendar")
    return 0
