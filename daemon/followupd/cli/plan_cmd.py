"""`followupd plan [--at DATETIME]`: the drafts it would make, when and why; writes nothing."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from followupd.adapters.store import Store
from followupd.cli.common import add_config_option, config_from_args, moment, parse_when
from followupd.reports import collect


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
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the timeline of planned actions, then notes (missed, moved on) per application."""
    config = config_from_args(args)
    zone = config.schedule.zone
    now = parse_when(args.at, zone) if args.at else datetime.now(UTC)
    with Store.open(config.storage.state_dir) as store:
        items = [v for v in collect(config, store, now, save=False) if v.view.recruiting]
    rows = sorted(
        ((a, item) for item in items for a in item.view.plan.actions), key=lambda r: r[0].due
    )
    print(f"Plan as of {now.astimezone(zone):%a %Y-%m-%d %H:%M %Z}")
    if not rows:
        print("  nothing planned")
    for action, item in rows:
        state = item.view.state
        when = action.due.astimezone(zone)
        flag = "due now " if action.due <= now else "        "
        print(f"  {flag}{when:%a %Y-%m-%d %H:%M}  {action.kind:<18} {state.company or '?'}")
        print(f"            {action.reason}")
    if not args.all:
        return 0
    for item in items:
        for note in item.view.plan.notes:
            print(f"  note  {item.view.state.company or item.view.app.id[:10]}: {note}")
    return 0
