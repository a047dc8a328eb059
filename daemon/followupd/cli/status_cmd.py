"""`followupd status [--json]`: every application, where it stands, what comes next."""

from __future__ import annotations

import argparse
import json
import sys

from followupd.cli.common import (
    add_config_option,
    add_now_option,
    config_from_args,
    no_state,
    now_from_args,
)
from followupd.core.report.build import applications
from followupd.core.report.funnel import funnel, summary_line
from followupd.facade import Look
from followupd.report_data import parties_of
from followupd.reports import next_action, state_label, status_record


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `status`."""
    parser = sub.add_parser("status", help="show applications and what comes next")
    add_config_option(parser)
    add_now_option(parser)
    parser.add_argument(
        "--json", action="store_true", help="one JSON object per line per application"
    )
    parser.add_argument(
        "--all",
        action="store_true",
        help="also list mail followupd found not to be about an application",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the table (or JSON lines) from the local state, read-only; no network."""
    config = config_from_args(args, beside=True)
    now = now_from_args(args, config)
    zone = config.schedule.zone
    with Look.open(config) as look:
        items = look.applications(now, quiet_too=args.all)
        found = look.found
    if not found:
        print(no_state(config.storage.state_dir), file=sys.stderr if args.json else sys.stdout)
        return 0
    if args.json:
        for item in items:
            print(json.dumps(status_record(item), ensure_ascii=False))
        return 0
    if not items:
        print("No applications yet. Run `followupd sync --once` first?")
        return 0
    print(summary_line(funnel(applications([v.view for v in items], parties_of(config)))))
    print(f"{'ID':<10} {'COMPANY':<22} {'ROLE':<26} {'STATE':<20} {'LAST':<11} NEXT")
    for item in items:
        state = item.view.state
        dates = [d for d in (state.last_inbound, state.last_outbound) if d is not None]
        last = max(dates).astimezone(zone).strftime("%Y-%m-%d") if dates else "-"
        action = next_action(item.view)
        upcoming = (
            f"{action.kind} {action.due.astimezone(zone):%a %Y-%m-%d %H:%M}" if action else "-"
        )
        print(
            f"{item.view.app.id[:10]:<10} {(state.company or '?')[:22]:<22} "
            f"{(state.role or '?')[:26]:<26} {state_label(item.view):<20} {last:<11} {upcoming}"
        )
    return 0
