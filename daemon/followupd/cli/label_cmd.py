"""`followupd label MESSAGE LABEL [--undo]`: say what a message is when followupd read it wrong."""

from __future__ import annotations

import argparse
import sys

from followupd.cli.common import add_config_option, config_from_args, now_from_args
from followupd.facade import Correct, StoredMessage
from followupd.model import Label


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `label`."""
    parser = sub.add_parser(
        "label",
        help="correct how a message is read (e.g. a rejection followupd missed)",
        description="Read MESSAGE as LABEL from now on, whatever followupd's own reading says; "
        "states and plans follow at once (a running followupd applies it in seconds).",
    )
    parser.add_argument(
        "message", metavar="MESSAGE", help="its Message-ID, or the start of one as `explain` shows"
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "label", metavar="LABEL", nargs="?", choices=[str(label) for label in Label],
        help=f"one of: {', '.join(str(label) for label in Label)}",
    )  # fmt: skip
    which.add_argument("--undo", action="store_true", help="let followupd read it again")
    add_config_option(parser)
    parser.set_defaults(func=run, now=None)  # corrections are made now, never on a fake clock


def _name(found: StoredMessage) -> str:
    return f"{found.key} ({found.message.subject or 'no subject'})"


def run(args: argparse.Namespace) -> int:
    """Record the label (it persists, and wins over the classifier), or take it back."""
    config = config_from_args(args, beside=True)
    now = now_from_args(args, config)
    with Correct.open(config) as fix:
        matches = fix.messages(args.message)
        if len(matches) != 1:
            what = "no stored message" if not matches else f"{len(matches)} messages"
            print(f"followupd: {what} match {args.message!r}", file=sys.stderr)
            for found in matches[:10]:
                print(f"  {_name(found)}", file=sys.stderr)
            if not matches:
                hint = "`followupd explain` shows ids; `track` follows a message not stored"
                print(f"  ({hint})", file=sys.stderr)
            return 1
        found = matches[0]
        label = None if args.undo else Label(args.label)
        fix.label(found, label, now)
    read = found.reading
    was = f"; followupd reads it as {read.label}" if read is not None else ""
    if label is None:
        yours = f" ({found.mine})" if found.mine is not None else ""
        print(f"message {_name(found)}: your label{yours} is gone{was}")
    else:
        print(f"message {_name(found)} labelled {label} (it wins over what followupd read{was})")
    return 0
