"""`followupd revive APPLICATION [--undo]`: act again on an application that looked moved on."""

from __future__ import annotations

import argparse

from followupd.cli.corrections import add_application_options, correct_application, describe


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `revive`."""
    parser = sub.add_parser(
        "revive",
        help="plan drafts again for an application that was quiet before followupd was installed",
    )
    add_application_options(parser)
    parser.add_argument("--undo", action="store_true", help="take the correction back")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Record the correction; the next pass plans the application like any other."""
    item = correct_application(args, lambda fix, item, now: fix.revive(item, not args.undo, now))
    if item is None:
        return 1
    verb = "back to probably moved on" if args.undo else "revived: it is planned like any other"
    print(f"application {describe(item)} {verb}")
    return 0
