"""The long-running process: watcher threads, the timer, signals, reload, digest and systemd.

Threads: one watcher per account owns that account's IMAP connection; the timer's thread
only nudges watchers or enqueues; the main thread waits for events (signals, the digest,
reload requests) and pings systemd's watchdog while every watcher keeps making progress.
"""

from __future__ import annotations

import logging
import queue
import signal
import threading
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from types import FrameType

from followupd.adapters.scheduler import Timer
from followupd.adapters.sdnotify import Notifier, stale_loops
from followupd.adapters.store import Store
from followupd.config import Config
from followupd.core.write.templates import TemplateSet
from followupd.digest_job import send_digest_now
from followupd.errors import FollowupdError
from followupd.service import Stopper, Watcher

log = logging.getLogger(__name__)

DIGEST_TAG = "digest"
Loader = Callable[[], tuple[Config, TemplateSet]]


class Daemon:
    """Runs watchers for the configured accounts until SIGTERM; SIGHUP reloads the config."""

    def __init__(
        self,
        config: Config,
        templates: TemplateSet,
        store: Store,
        *,
        loader: Loader,
        env: Mapping[str, str],
        notifier: Notifier | None = None,
    ) -> None:
        self.config = config
        self.templates = templates
        self.store = store
        self.loader = loader
        self.env = env
        self.notifier = notifier or Notifier.from_env(env)
        self.events: queue.Queue[str] = queue.Queue()
        self._stopping = False
        self._ready = False

    # --- signals (main thread) -------------------------------------------------------

    def install_signals(self) -> None:
        """SIGTERM/SIGINT stop, SIGHUP reloads; handlers only enqueue (queue.put is safe)."""
        signal.signal(signal.SIGTERM, self._on_signal)
        signal.signal(signal.SIGINT, self._on_signal)
        signal.signal(signal.SIGHUP, self._on_signal)

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        name = signal.Signals(signum).name
        self.events.put(f"reload:{name}" if signum == signal.SIGHUP else f"stop:{name}")

    # --- the loop --------------------------------------------------------------------

    def run(self) -> None:
        """Run generations of watchers: a reload with a valid config starts a new one."""
        self.notifier.status("starting: first sync")
        while not self._stopping:
            self._generation()
        self.notifier.stopping()
        log.info("run.stopped")

    def _generation(self) -> None:
        """Watch with the current config until a stop, or a reload that brings a new one."""
        config = self.config
        stopper = Stopper()
        wakeups: dict[str, datetime] = {}
        lock = threading.Lock()
        watchers: dict[str, Watcher] = {}

        def on_due(tag: str) -> None:
            # The timer's thread: nudge the account's own thread or enqueue, nothing more.
            if tag == DIGEST_TAG:
                self.events.put(DIGEST_TAG)
            elif (watcher := watchers.get(tag.removeprefix("account:"))) is not None:
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
                self.store,
                env=self.env,
                stopper=stopper,
                clock=lambda: datetime.now(UTC),
                templates=self.templates,
                on_next_due=on_next_due,
            )
        if config.notify.enabled:
            timer.add_cron(DIGEST_TAG, config.notify.schedule)
        timer.start()
        threads = [
            threading.Thread(target=w.run, name=f"watch-{name}", daemon=True)
            for name, w in watchers.items()
        ]
        log.info("run.started accounts=%d state=%s", len(watchers), config.storage.state_dir)
        for t in threads:
            t.start()
        try:
            self._wait(config, watchers)
        finally:
            stopper.request()
            timer.shutdown()
            for t in threads:
                t.join(timeout=config.accounts[0].timeout_seconds + 5)
            for w in watchers.values():
                w.nudge.close()  # a reload makes new watchers; do not leak their pipes

    def _wait(self, config: Config, watchers: Mapping[str, Watcher]) -> None:
        """Handle events until this generation should end."""
        ping_every = self.notifier.watchdog_interval()
        # A watcher's heartbeat moves at least once per IDLE slice or socket timeout: allow two.
        limit = 2 * max(a.idle_renew_seconds + a.timeout_seconds for a in config.accounts)
        next_ping = time.monotonic()
        while True:
            try:
                event = self.events.get(timeout=1.0)
            except queue.Empty:
                event = None
            now = time.monotonic()
            kind, _, detail = (event or "").partition(":")
            if kind == "stop":
                log.info("run.stop_requested signal=%s", detail)
                self._stopping = True
                return
            if kind == "reload":
                log.info("run.reload_requested signal=%s", detail)
                if self._reload():
                    return
            if not self._ready and all(w.tried for w in watchers.values()):
                # Every account had its first pass (a dead one must not hold up start-up).
                self._ready = True
                self.notifier.ready(f"watching {len(watchers)} account(s)")
                log.info("run.ready accounts=%d", len(watchers))
            if event == DIGEST_TAG:
                self._send_digest(config)
            if ping_every is not None and now >= next_ping:
                beats = {name: w.heartbeat for name, w in watchers.items()}
                stuck = stale_loops(beats, now, limit)
                if not stuck:
                    self.notifier.watchdog()
                else:
                    log.error("run.watchdog_withheld stuck=%s reason=no progress", ",".join(stuck))
                next_ping = now + ping_every

    def _reload(self) -> bool:
        """Load the config again; True when it is valid and the watchers must restart."""
        self.notifier.reloading()
        try:
            config, templates = self.loader()
        except FollowupdError as exc:
            log.error("run.reload_refused reason=%s action=keeping the running config", exc)
            self.notifier.ready("reload refused: keeping the running config")
            return False
        if config.storage.state_dir != self.config.storage.state_dir:
            log.error("run.reload_refused reason=storage.state_dir changed; restart to move it")
            self.notifier.ready("reload refused: state_dir change needs a restart")
            return False
        self.config, self.templates = config, templates
        log.info("run.reloaded accounts=%d", len(config.accounts))
        self._ready = False
        return True

    def _send_digest(self, config: Config) -> None:
        """Send the digest; a failure is logged and tried again at the next scheduled time."""
        try:
            send_digest_now(config, self.store, datetime.now(UTC), self.env)
        except FollowupdError as exc:
            log.error("digest.failed error=%s retry=next schedule", exc)
