"""`followupd report [--out FILE.html] [--open]`: the whole search on one page, from local state."""

from __future__ import annotations

import argparse
import logging
import webbrowser
from pathlib import Path

from followupd.cli.common import add_config_option, add_now_option, config_from_args, now_from_args
from followupd.facade import Look
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
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="FILE",
        help=f"where to write it (default: [report] path, else ./{DEFAULT_NAME})",
    )
    parser.add_argument("--open", action="store_true", help="open it in your web browser")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Write the page from the local state (no network) and print where it is."""
    config = config_from_args(args, beside=True)
    now = now_from_args(args, config)
    path: Path = (args.out or config.report.path or Path(DEFAULT_NAME)).absolute()
    with Look.open(config) as look:  # read-only: works while followupd runs
        snap = look.snapshot(now)
    size = write_report(config, snap, path)
    print(f"report: {path} ({size // 1024 + 1} KiB)")
    if args.open and not webbrowser.open(path.as_uri()):
        log.warning("report.not_opened path=%s reason=no browser found", path)
    return 0
