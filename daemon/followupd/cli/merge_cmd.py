"""`followupd merge APPLICATION OTHER`: two applications followupd kept apart are one."""

from __future__ import annotations

import argparse
import sys

from followupd.cli.common import add_config_option, config_from_args, now_from_args
from followupd.cli.corrections import APPLICATION_HELP, describe, one_application
from followupd.facade import Correct


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `merge`."""
    parser = sub.add_parser("merge", help="join two applications that are really one")
    parser.add_argument("application", metavar="APPLICATION", help=APPLICATION_HELP)
    parser.add_argument("other", metavar="OTHER", nargs="?", help="the application to join")
    parser.add_argument(
        "--undo", action="store_true", help="forget every merge of APPLICATION instead"
    )
    add_config_option(parser)
    parser.set_defaults(func=run, now=None)


def run(args: argparse.Namespace) -> int:
    """Record the merge (it persists, and wins over how followupd groups mail)."""
    config = config_from_args(args, beside=True)
    now = now_from_args(args, config)
    if not args.undo and not args.other:
        print("followupd: merge needs two applications (or --undo)", file=sys.stderr)
        return 2
    with Correct.open(config) as fix:
        first = one_application(fix.find(args.application, now), args.application)
        if first is None:
            return 1
        if args.undo:
            gone = fix.unmerge(first, now)
            print(f"application {describe(first)}: {gone} merge(s) forgotten")
            return 0
        second = one_application(fix.find(args.other, now), args.other)
        if second is None:
            return 1
        if second.account != first.account:
            print("followupd: the two applications are in different accounts", file=sys.stderr)
            return 1
        if second.view.app.id == first.view.app.id:
            print(f"application {describe(first)}: already one application")
            return 0
        fix.merge(first, second, now)
    print(f"applications {describe(first)} and {describe(second)} are now one")
    return 0
