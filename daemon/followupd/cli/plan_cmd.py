"""`followupd plan [--at DATETIME] [--show]`: the drafts it would make, when and why; writes
nothing."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from followupd.cli.common import add_config_option, config_from_args, moment, no_state, parse_when
from followupd.facade import Look


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `plan`."""
    parser = sub.add_parser("plan", help="preview planned drafts (nothing is written)")
    add_config_option(parser)
    parser.add_argument(
        "--at",
        metavar="DATETIME",
        type=moment,
        default=None,
        help="as of this moment (ISO 8601; default now)",
    )
    parser.add_argument(
        "--all", action="store_true", help="also the notes of every application (why nothing)"
    )
    parser.add_argument(
        "--show",
        action="store_true",
        help="print each draft in full, headers and body, as it will be appended "
        "(dated when it falls due)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the timeline of planned actions, then notes (missed, moved on) per application."""
    config = config_from_args(args, beside=True)
    zone = config.schedule.zone
    now = parse_when(args.at, zone) if args.at else datetime.now(UTC)
    with Look.open(config) as look:
        if not look.found:
            print(no_state(config.storage.state_dir), file=sys.stderr)
        planned = look.planned(now)
        previews = look.previews(planned, now) if args.show else []
        items = look.applications(now) if args.all else []
    print(f"Plan as of {now.astimezone(zone):%a %Y-%m-%d %H:%M %Z}")
    if not planned:
        print("  nothing planned")
    for n, row in enumerate(planned):
        action, state = row.action, row.item.view.state
        when = action.due.astimezone(zone)
        flag = "due now " if action.due <= now else "        "
        print(f"  {flag}{when:%a %Y-%m-%d %H:%M}  {action.kind:<18} {state.company or '?'}")
        print(f"            {action.reason}")
        if previews:
            preview = previews[n]
            if preview.text is None:
                print(f"            ({preview.problem})")
                continue
            print(f"  --- draft ---\n{preview.text.rstrip()}\n  --- end of draft ---")
    for item in items:
        for note in item.view.plan.notes:
            print(f"  note  {item.view.state.company or item.view.app.id[:10]}: {note}")
    return 0
