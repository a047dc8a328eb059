"""`followupd ignore APPLICATION [--undo]`: never draft anything for this application."""

from __future__ import annotations

import argparse

from followupd.cli.corrections import add_application_options, correct_application, describe


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `ignore`."""
    parser = sub.add_parser(
        "ignore", help="never draft for an application (it is not one, or you are done)"
    )
    add_application_options(parser)
    parser.add_argument("--undo", action="store_true", help="take the correction back")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Record the correction; pending drafts are cancelled at the next pass (at once when
    followupd runs)."""
    item = correct_application(args, lambda fix, item, now: fix.ignore(item, not args.undo, now))
    if item is None:
        return 1
    verb = "no longer ignored" if args.undo else "ignored: nothing will be drafted for it"
    print(f"application {describe(item)} {verb}")
    return 0
