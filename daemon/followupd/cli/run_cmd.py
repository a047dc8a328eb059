"""`followupd run`: the daemon. Watches every account until SIGTERM; `--once` does one pass."""

from __future__ import annotations

import argparse
import logging
import os
import queue
import threading
from datetime import UTC, datetime

from followupd.adapters.scheduler import Timer
from followupd.adapters.store import Store
from followupd.cli.common import add_config_option, add_now_option, config_from_args, now_from_args
from followupd.config import Config
from followupd.core.templates import TemplateSet
from followupd.digest_job import send_digest_now
from followupd.errors import FollowupdError
from followupd.service import Stopper, Watcher, run_all_once
from followupd.template_files import load_templates

log = logging.getLogger(__name__)

DIGEST_TAG = "digest"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `run`."""
    parser = sub.add_parser("run", help="run the daemon (watch mail and draft until stopped)")
    add_config_option(parser)
    add_now_option(parser)
    parser.add_argument("--once", action="store_true", help="one sync-and-draft pass, then exit")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Watch until stopped (exit 0 on SIGTERM), or do a single pass with --once."""
    config = config_from_args(args)
    templates = load_templates(config.templates)  # fail now, not at 9:30 on a Tuesday
    with Store.open(config.storage.state_dir) as store:
        if args.once:
            now = now_from_args(args, config)
            result = run_all_once(config, store, now=now, env=os.environ, templates=templates)
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
        _watch(config, store, templates)
    return 0


def _send_digest(config: Config, store: Store) -> None:
    """Send the digest; a failure is logged and retried tomorrow, never fatal."""
    try:
        send_digest_now(config, store, datetime.now(UTC), os.environ)
    except FollowupdError as exc:
        log.error("digest.failed error=%s retry=next schedule", exc)


def _watch(config: Config, store: Store, templates: TemplateSet) -> None:
    """One watcher thread per account (each owns its connection); the timer only nudges them."""
    stopper = Stopper()
    stopper.install()
    watchers: dict[str, Watcher] = {}
    wakeups: dict[str, datetime] = {}
    lock = threading.Lock()

    digests: queue.Queue[str] = queue.Queue()

    def on_due(tag: str) -> None:
        # Runs on the scheduler's thread: only nudge a thread or enqueue, never do the work.
        if tag == DIGEST_TAG:
            digests.put(tag)
            return
        watcher = watchers.get(tag.removeprefix("account:"))
        if watcher is not None:
            watcher.nudge.set()

    timer = Timer(on_due, timezone=config.schedule.zone)

    def on_next_due(account: str, when: datetime | None) -> None:
        with lock:
            if when is None:
                wakeups.pop(f"account:{account}", None)
            else:
                wakeups[f"account:{account}"] = when
            timer.set_wakeups(dict(wakeups))

    for account in config.accounts:
        watchers[account.name] = Watcher(
            config,
            account,
            store,
            env=os.environ,
            stopper=stopper,
            clock=lambda: datetime.now(UTC),
            templates=templates,
            on_next_due=on_next_due,
        )
    if config.notify.enabled:
        timer.add_cron(DIGEST_TAG, config.notify.schedule)
    timer.start()
    log.info("run.started accounts=%d state=%s", len(watchers), config.storage.state_dir)
    threads = [
        threading.Thread(target=w.run, name=f"watch-{name}", daemon=True)
        for name, w in watchers.items()
    ]
    try:
        for t in threads:
            t.start()
        # The main thread waits (signals land here and wake every watcher) and sends the
        # digest when the timer asks for it.
        while any(t.is_alive() for t in threads):
            try:
                digests.get(timeout=0.5)
            except queue.Empty:
                continue
            _send_digest(config, store)
    finally:
        stopper.request()
        timer.shutdown()
        log.info("run.stopped")
