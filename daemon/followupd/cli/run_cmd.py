"""`followupd run`: the daemon. Watches every account until SIGTERM; `--once` does one pass."""

from __future__ import annotations

import argparse
import logging
import os
from pathlib import Path

from followupd.adapters.template_files import load_templates
from followupd.cli.common import (
    add_config_option,
    add_now_option,
    config_from_args,
    now_from_args,
    with_state_dir,
)
from followupd.config import Config, load_config
from followupd.core.write.templates import TemplateSet
from followupd.facade import Act
from followupd.service import MAX_RETRY_WAIT

log = logging.getLogger(__name__)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `run`."""
    parser = sub.add_parser("run", help="run the daemon (watch mail and draft until stopped)")
    add_config_option(parser)
    add_now_option(parser)
    parser.add_argument("--once", action="store_true", help="one sync-and-draft pass, then exit")
    parser.add_argument(
        "--max-retry-wait",
        metavar="SECONDS",
        type=_retry_wait,
        default=MAX_RETRY_WAIT,
        help="longest pause before a failing account is tried again "
        f"(default {MAX_RETRY_WAIT:g}; also the pause after a refused password)",
    )
    # The daemon's own events (drafts made, accounts failing and recovering) are worth a
    # journal line without -v; see cli.setup_logging.
    parser.set_defaults(func=run, daemon_events=True)


def _retry_wait(text: str) -> float:
    """--max-retry-wait: seconds, from 1 (the shortest back-off step) to a day."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 1.0 <= value <= 86400.0:
        raise argparse.ArgumentTypeError(f"must be between 1 and 86400 seconds, got {text}")
    return value


def run(args: argparse.Namespace) -> int:
    """Watch until stopped (exit 0 on SIGTERM), or do a single pass with --once.

    Exit 78 before READY when no account can work (none of their secrets can be read).
    """
    config = config_from_args(args)
    templates = load_templates(config.templates)  # fail now, not at 9:30 on a Tuesday
    with Act.open(config) as act:
        if args.once:
            now = now_from_args(args, config)
            result = act.once(now, os.environ, templates=templates)
            for name, acted in result.acted.items():
                log.info(
                    "run.pass_done account=%s drafted=%d cancelled=%d missed=%d",
                    name,
                    len(acted.drafted),
                    len(acted.cancelled),
                    len(acted.missed),
                )
            for account, error in result.failures.items():
                log.error("run.account_failed account=%s error=%s", account, error)
            return os.EX_UNAVAILABLE if result.failures else 0
        if args.now:
            log.warning("run.fake_clock ignored=--now reason=only meaningful with --once")
        path = config.source

        def loader() -> tuple[Config, TemplateSet]:
            fresh = with_state_dir(load_config(Path(path), os.environ), args)
            return fresh, load_templates(fresh.templates)

        act.watch(templates, loader=loader, env=os.environ, max_retry_wait=args.max_retry_wait)
    return 0
