"""`followupd expect APPLICATION --by DATE`: a decision date the interviewer said aloud."""

from __future__ import annotations

import argparse
from datetime import date

from followupd.cli.corrections import add_application_options, correct_application, describe


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date like 2026-12-04, got {text!r}") from None


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `expect`."""
    parser = sub.add_parser("expect", help="record when they said they would decide")
    add_application_options(parser)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--by", type=_date, metavar="DATE", help="the date they named (ISO)")
    group.add_argument("--forget", action="store_true", help="take the date back")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Record the date; the status check is planned from it (it wins over what mail says)."""
    by = None if args.forget else args.by
    item = correct_application(args, lambda fix, item, now: fix.expect(item, by, now))
    if item is None:
        return 1
    what = "date forgotten" if args.forget else f"decision expected by {args.by}"
    print(f"application {describe(item)}: {what}")
    return 0
