"""Finding the one application a correction command means, and saying which it was."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import datetime

from followupd.cli.common import add_config_option, config_from_args, now_from_args
from followupd.facade import Correct
from followupd.reports import AccountView

APPLICATION_HELP = "application id (prefix), a thread id, or words of a subject, company or role"


def add_application_options(parser: argparse.ArgumentParser) -> None:
    """APPLICATION and --config, which every correction command takes."""
    parser.add_argument("application", metavar="APPLICATION", help=APPLICATION_HELP)
    add_config_option(parser)
    parser.set_defaults(now=None)  # corrections are made now, never on a fake clock


def describe(item: AccountView) -> str:
    """'3f2a9c1b0d (Acme, Data Engineer)' for messages to the user."""
    state = item.view.state
    return f"{item.view.app.id[:10]} ({state.company or '?'}, {state.role or '?'})"


def one_application(matches: Sequence[AccountView], query: str) -> AccountView | None:
    """The single application among `matches`; None (with a message) when none or several."""
    if len(matches) == 1:
        return matches[0]
    if not matches:
        print(
            f"followupd: no application matches {query!r} (see `followupd status --all`)",
            file=sys.stderr,
        )
        return None
    print(f"followupd: {query!r} matches {len(matches)} applications; use an id:", file=sys.stderr)
    for item in matches:
        print(f"  {describe(item)}", file=sys.stderr)
    return None


def correct_application(
    args: argparse.Namespace, apply: Callable[[Correct, AccountView, datetime], object]
) -> AccountView | None:
    """Find the one application `args.application` means and record `apply`'s correction on
    it, in one short write beside a running daemon; None (with a message) when it is not one."""
    config = config_from_args(args, beside=True)
    now = now_from_args(args, config)
    with Correct.open(config) as fix:
        item = one_application(fix.find(args.application, now), args.application)
        if item is not None:
            apply(fix, item, now)
    return item
