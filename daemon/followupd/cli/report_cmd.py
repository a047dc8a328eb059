"""`followupd report [--out FILE.html] [--open]`: the whole search on one page, from local state."""

from __future__ import annotations

import argparse
import logging
import webbrowser

from followupd.cli.common import add_config_option, add_now_option
from followupd.cli.published import add_out_option, write_from_state
from followupd.publish import write_report

log = logging.getLogger(__name__)

DEFAULT_NAME = "followupd-report.html"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `report`."""
    parser = sub.add_parser(
        "report", help="write an HTML page: funnel, timelines, response times, what waits on you"
    )
    add_config_option(parser)
    add_now_option(parser)
    add_out_option(parser, "report", DEFAULT_NAME)
    parser.add_argument("--open", action="store_true", help="open it in your web browser")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Write the page from the local state (no network) and print where it is."""
    path = write_from_state(args, lambda c: c.report.path, DEFAULT_NAME, write_report, "report")
    if args.open and not webbrowser.open(path.as_uri()):
        log.warning("report.not_opened path=%s reason=no browser found", path)
    return 0
