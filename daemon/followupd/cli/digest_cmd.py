"""`followupd digest [--send]`: preview today's digest, or send it to yourself now."""

from __future__ import annotations

import argparse
import os
import sys

from followupd.cli.common import (
    add_config_option,
    add_now_option,
    config_from_args,
    no_state,
    now_from_args,
)
from followupd.facade import Look


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `digest`."""
    parser = sub.add_parser("digest", help="preview the daily digest (or --send it to yourself)")
    add_config_option(parser)
    add_now_option(parser)
    parser.add_argument(
        "--send", action="store_true", help="send it now to your own address ([notify] needed)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the digest as it would be sent, or send it; nothing to report is not an error."""
    config = config_from_args(args, beside=True)
    now = now_from_args(args, config)
    if args.send and not config.notify.enabled:
        print("followupd: [notify] is not enabled in the config; nothing sent")
        return os.EX_CONFIG
    with Look.open(config) as look:
        if not look.found:
            print(no_state(config.storage.state_dir), file=sys.stderr)
        if args.send:
            sent = look.send_digest(now, os.environ)
            print("digest sent" if sent else "nothing to report: no digest sent")
            return 0
        message = look.digest(now)
    if message is None:
        print("nothing to report")
        return 0
    print(f"Subject: {message['Subject']}\n")
    body = message.get_body(preferencelist=("plain",))
    print(body.get_content() if body is not None else "")
    return 0
