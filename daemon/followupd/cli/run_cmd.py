"""`followupd run`: the daemon. Watches every account until SIGTERM; `--once` does one pass."""

from __future__ import annotations

import argparse
import logging
import os
import threading
from datetime import UTC, datetime

from followupd.adapters.store import Store
from followupd.cli.common import add_config_option, add_now_option, config_from_args, now_from_args
from followupd.service import Stopper, Watcher, sync_all_once

log = logging.getLogger(__name__)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `run`."""
    parser = sub.add_parser("run", help="run the daemon (watch mail until stopped)")
    add_config_option(parser)
    add_now_option(parser)
    parser.add_argument("--once", action="store_true", help="one sync-and-act pass, then exit")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Watch until stopped (exit 0 on SIGTERM), or do a single pass with --once."""
    config = config_from_args(args)
    with Store.open(config.storage.state_dir) as store:
        if args.once:
            result = sync_all_once(config, store, now=now_from_args(args, config), env=os.environ)
            for account, error in result.failures.items():
                log.error("run.account_failed account=%s error=%s", account, error)
            return os.EX_UNAVAILABLE if result.failures else 0
        if args.now:
            log.warning("run.fake_clock ignored=--now reason=only meaningful with --once")
        stopper = Stopper()
        stopper.install()
        watchers = [
            Watcher(
                config,
                account,
                store,
                env=os.environ,
                stopper=stopper,
                clock=lambda: datetime.now(UTC),
            )
            for account in config.accounts
        ]
        log.info("run.started accounts=%d state=%s", len(watchers), config.storage.state_dir)
        # One thread owns each IMAP connection; the first account's watcher uses this one so
        # that SIGTERM can cut its IDLE wait short.
        threads = [
            threading.Thread(target=w.run, name=f"watch-{w.account.name}", daemon=True)
            for w in watchers[1:]
        ]
        for t in threads:
            t.start()
        watchers[0].run()
        for t in threads:
            t.join()
        log.info("run.stopped")
    return 0
