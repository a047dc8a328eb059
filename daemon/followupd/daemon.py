"""The long-running process: watcher threads, the timer, signals, reload, digest and systemd.

Threads: one watcher per account owns that account's IMAP connection; the timer's thread
only nudges watchers or enqueues; the main thread waits for events (signals, the digest,
reload requests), keeps systemd's STATUS= line in step with every account's health, pings
the watchdog only while every watcher makes progress or rests in a back-off it chose, and
wakes every watcher when another process committed a correction to the state.
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
from followupd.adapters.sdnotify import Liveness, Notifier, stale_loops
from followupd.adapters.secrets import read_secret
from followupd.adapters.store import Store
from followupd.config import Config
from followupd.core.write.templates import TemplateSet
from followupd.digest_job import send_digest_now
from followupd.errors import CredentialError, FollowupdError, StateError
from followupd.health import Health, summarize
from followupd.service import MAX_RETRY_WAIT, Stopper, Watcher

log = logging.getLogger(__name__)

DIGEST_TAG = "digest"
Loader = Callable[[], tuple[Config, TemplateSet]]


class Daemon:
    """Runs watchers for the configured accounts until SIGTERM; SIGHUP reloads the config.

    At start, when no account can work because none of their secrets can be read, `run`
    raises CredentialError (exit 78) before READY: a restart would not help.
    """

    def __init__(
        self,
        config: Config,
        templates: TemplateSet,
        store: Store,
        *,
        loader: Loader,
        env: Mapping[str, str],
        notifier: Notifier | None = None,
        max_retry_wait: float = MAX_RETRY_WAIT,
        stall_limit: float | None = None,
    ) -> None:
        self.config = config
        self.templates = templates
        self.store = store
        self.loader = loader
        self.env = env
        self.notifier = notifier or Notifier.from_env(env)
        self.max_retry_wait = max_retry_wait
        # Seconds a loop may go without a sign of life outside a wait it chose before the
        # watchdog is withheld; None: derived from the accounts' timeouts.
        self.stall_limit = stall_limit
        self.events: queue.Queue[str] = queue.Queue()
        self._stopping = False
        self._ready = False  # READY sent for the current generation of watchers
        self._started = False  # READY sent once: the start-up verdict is behind us
        self._status = ""  # the STATUS= text last sent
        self._note = ""  # why the last reload was refused, shown until the next one

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
        self._send_status("starting: first sync")
        try:
            while not self._stopping:
                self._generation()
        finally:
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
                watcher.wake("an action fell due")

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
                max_retry_wait=self.max_retry_wait,
            )
        if config.notify.enabled:
            timer.add_cron(DIGEST_TAG, config.notify.schedule)
        timer.start()
        threads = {
            name: threading.Thread(target=w.run, name=f"watch-{name}", daemon=True)
            for name, w in watchers.items()
        }
        log.info("run.started accounts=%d state=%s", len(watchers), config.storage.state_dir)
        for t in threads.values():
            t.start()
        try:
            self._wait(config, watchers, threads)
        finally:
            stopper.request()
            timer.shutdown()
            for t in threads.values():
                t.join(timeout=config.accounts[0].timeout_seconds + 5)
            for w in watchers.values():
                w.nudge.close()  # a reload makes new watchers; do not leak their pipes

    def _wait(
        self,
        config: Config,
        watchers: Mapping[str, Watcher],
        threads: Mapping[str, threading.Thread],
    ) -> None:
        """Handle events until this generation should end."""
        ping_every = self.notifier.watchdog_interval()
        # A watcher's heartbeat moves at least once per IDLE slice or socket timeout: allow two.
        limit = self.stall_limit or 2 * max(
            a.idle_renew_seconds + a.timeout_seconds for a in config.accounts
        )
        next_ping = time.monotonic()
        seen = self._state_version()
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
                if self._reload(watchers):
                    return
            health = {name: w.health for name, w in watchers.items()}
            if not self._ready and all(h.tried for h in health.values()):
                # Every account had its first try (a failing one must not hold up start-up).
                if not self._started:
                    self._refuse_to_start(health)
                self._ready = self._started = True
                self._status = self._status_line(health)
                self.notifier.ready(self._status)
                failing = sum(h.state == "retrying" for h in health.values())
                log.info("run.ready accounts=%d failing=%d", len(watchers), failing)
            else:
                self._send_status(self._status_line(health))
            if event == DIGEST_TAG:
                self._send_digest(config)
            seen = self._notice_corrections(watchers, seen)
            if ping_every is not None and now >= next_ping:
                self._watchdog(watchers, threads, now, limit)
                next_ping = now + ping_every

    def _state_version(self) -> int | None:
        """The state's data version (see Store.data_version); None when it cannot be read."""
        try:
            return self.store.data_version()
        except StateError as exc:
            log.warning("run.state_unreadable error=%s", exc)
            return None

    def _notice_corrections(self, watchers: Mapping[str, Watcher], seen: int | None) -> int | None:
        """Wake every watcher when another process (a correction command) wrote to the state.

        Only other connections move the data version, never the daemon's own writes; asking
        once a second reads SQLite's shared memory, not the disk.
        """
        version = self._state_version()
        if version is not None and seen is not None and version != seen:
            log.info("run.correction_noticed action=a pass for every account now")
            for watcher in watchers.values():
                watcher.wake("the state was corrected")
        return version if version is not None else seen

    def _refuse_to_start(self, health: Mapping[str, Health]) -> None:
        """Raise CredentialError when no account can work: every one lacks its secret."""
        if all(h.state == "retrying" and h.problem and h.problem.local for h in health.values()):
            reason = "; ".join(f"account {name}: {h.error}" for name, h in sorted(health.items()))
            self._send_status(f"failed: {reason}")
            raise CredentialError(reason)

    def _watchdog(
        self,
        watchers: Mapping[str, Watcher],
        threads: Mapping[str, threading.Thread],
        now: float,
        limit: float,
    ) -> None:
        """Ping only while every loop runs and moves, or waits as it chose (a back-off)."""
        loops = {
            name: Liveness(threads[name].is_alive(), w.heartbeat, w.quiet_until)
            for name, w in watchers.items()
        }
        stuck = stale_loops(loops, now, limit)
        if not stuck:
            self.notifier.watchdog()
        else:
            log.error("run.watchdog_withheld stuck=%s reason=no progress", ",".join(stuck))

    def _status_line(self, health: Mapping[str, Health]) -> str:
        """Every account's health in one line, and a refused reload's reason if there was one."""
        line = summarize(health)
        return f"{line}; {self._note}" if self._note else line

    def _send_status(self, text: str) -> None:
        """Send STATUS= when it says something new (the main loop asks every second)."""
        if text != self._status:
            self._status = text
            self.notifier.status(text)

    def _reload(self, watchers: Mapping[str, Watcher]) -> bool:
        """Load the config again; True when it is valid and the watchers must restart."""
        self.notifier.reloading()
        try:
            config, templates = self.loader()
        except FollowupdError as exc:
            return self._refuse_reload(watchers, str(exc), "keeping the running config")
        if config.storage.state_dir != self.config.storage.state_dir:
            reason = "storage.state_dir changed; restart to move it"
            return self._refuse_reload(watchers, reason, "state_dir change needs a restart")
        broken = self._broken_by(config, watchers)
        if broken is not None:
            return self._refuse_reload(watchers, broken, "a working account would lose its secret")
        self.config, self.templates = config, templates
        log.info("run.reloaded accounts=%d", len(config.accounts))
        self._ready = False
        self._note = ""
        return True

    def _broken_by(self, config: Config, watchers: Mapping[str, Watcher]) -> str | None:
        """Why `config` would break an account that works now (its secret unreadable), if so."""
        for account in config.accounts:
            running = watchers.get(account.name)
            if running is None or running.health.state != "ok":
                continue  # nothing working to break: a new or failing account may try
            try:
                read_secret(account.credential, self.env)
            except CredentialError as exc:
                return f"account {account.name}: {exc}"
        return None

    def _refuse_reload(self, watchers: Mapping[str, Watcher], reason: str, short: str) -> bool:
        """Keep the running config: log why, and say so in STATUS= until the next reload."""
        log.error("run.reload_refused reason=%s action=keeping the running config", reason)
        self._note = f"reload refused: {short}"
        self._status = self._status_line({name: w.health for name, w in watchers.items()})
        self.notifier.ready(self._status)
        return False

    def _send_digest(self, config: Config) -> None:
        """Send the digest; a failure is logged and tried again at the next scheduled time."""
        try:
            send_digest_now(config, self.store, datetime.now(UTC), self.env)
        except FollowupdError as exc:
            log.error("digest.failed error=%s retry=next schedule", exc)
