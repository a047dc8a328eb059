"""The imperative shell's loop: connect, sync, wait for news (IDLE or poll), reconnect on faults."""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from followupd.adapters.imap import ImapSession
from followupd.adapters.imap_idle import Wakeup
from followupd.adapters.secrets import read_secret
from followupd.adapters.store import Store
from followupd.config import AccountConfig, Config
from followupd.core.backoff import Backoff
from followupd.core.write.templates import TemplateSet
from followupd.drafting import ActReport, Drafter
from followupd.errors import MailError
from followupd.health import Health, problem_for
from followupd.model import SyncReport
from followupd.publish import publish
from followupd.sync import AccountSync, Progress
from followupd.tracking import fetch_tracked
from followupd.understanding import own_addresses

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]

# The longest pause between two tries of a failing account (also the wait after a refused
# password); `followupd run --max-retry-wait` changes it.
MAX_RETRY_WAIT = 300.0


class Stopper:
    """Cooperative shutdown: the daemon's main thread asks, the loops stop at a safe point.

    Only waits are cut short (through a self-pipe the IDLE wait selects on); a batch being
    fetched or committed finishes first, so a SIGTERM never leaves half a transaction.
    """

    def __init__(self) -> None:
        self._event = threading.Event()
        self._wakeups: list[Wakeup] = []

    def register(self, wakeup: Wakeup) -> None:
        """Also set `wakeup` when a stop is requested (each watcher waits on its own)."""
        self._wakeups.append(wakeup)
        if self.stopped:
            wakeup.set()

    @property
    def stopped(self) -> bool:
        """True once a stop was requested."""
        return self._event.is_set()

    def request(self) -> None:
        """Ask every loop to stop at its next safe point (async-signal-safe)."""
        self._event.set()
        for wakeup in self._wakeups:
            wakeup.set()

    def sleep(self, seconds: float) -> bool:
        """Sleep up to `seconds`; True when woken by a stop request."""
        return self._event.wait(max(0.0, seconds))


def open_session(account: AccountConfig, env: Mapping[str, str]) -> ImapSession:
    """A not-yet-connected session whose secret is read only when it logs in."""
    spec = account.credential
    return ImapSession(account, lambda: read_secret(spec, env).reveal(), spec.mechanism)


@dataclass
class PassResult:
    """What one pass over every account did, and which accounts failed (with why)."""

    reports: list[SyncReport] = field(default_factory=list)
    acted: dict[str, ActReport] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)


class AccountPass:
    """Sync, then (when templates are given) plan and draft, for one account and session."""

    def __init__(
        self,
        config: Config,
        account: AccountConfig,
        store: Store,
        session: ImapSession,
        templates: TemplateSet | None,
        *,
        on_progress: Progress | None = None,
    ) -> None:
        self.sync = AccountSync(
            account, store, session, own_addresses=own_addresses(config), on_progress=on_progress
        )
        self.drafter = (
            Drafter(config, account, store, session, templates) if templates is not None else None
        )
        self.account, self.store, self.session = account, store, session

    def run(self, now: datetime) -> tuple[list[SyncReport], ActReport | None]:
        """New mail first, so a reply that just arrived cancels what it makes moot."""
        fetch_tracked(self.account, self.store, self.session)
        reports = self.sync.run(now=now)
        return reports, (self.drafter.act(now) if self.drafter is not None else None)


def run_all_once(
    config: Config,
    store: Store,
    *,
    now: datetime,
    env: Mapping[str, str],
    templates: TemplateSet | None = None,
    on_progress: Progress | None = None,
) -> PassResult:
    """One pass over every account (sync; drafting too with templates); failures isolated."""
    result = PassResult()
    for account in config.accounts:
        session = open_session(account, env)
        try:
            session.connect()
            work = AccountPass(config, account, store, session, templates, on_progress=on_progress)
            reports, acted = work.run(now)
            result.reports.extend(reports)
            if acted is not None:
                result.acted[account.name] = acted
        except MailError as exc:
            log.error("pass.account_failed account=%s error=%s", account.name, exc)
            result.failures[account.name] = str(exc)
        finally:
            session.logout()
    publish(config, store, now)  # the report and calendar files, when configured
    return result


class Watcher:
    """Keeps one account in sync until stopped: IDLE on INBOX, polling as the safety net.

    IDLE only reports the selected folder and can miss news on a flaky link, so a full
    incremental pass also runs every `poll_interval_seconds`. Every failure, a missing
    secret or a bug included, drops the connection and tries again after a capped
    exponential back-off with jitter; the secret is read again on each try, so fixing it
    heals the loop without a restart.
    """

    def __init__(
        self,
        config: Config,
        account: AccountConfig,
        store: Store,
        *,
        env: Mapping[str, str],
        stopper: Stopper,
        clock: Clock,
        templates: TemplateSet | None = None,
        on_synced: Callable[[list[SyncReport]], None] | None = None,
        on_next_due: Callable[[str, datetime | None], None] | None = None,
        rng: random.Random | None = None,
        max_retry_wait: float = MAX_RETRY_WAIT,
    ) -> None:
        self.config = config
        self.account = account
        self.store = store
        self.env = env
        self.stopper = stopper
        self.clock = clock
        self.templates = templates
        self.on_synced = on_synced
        self.on_next_due = on_next_due
        jitter = rng or random.Random()  # noqa: S311 (jitter only)
        self.backoff = Backoff(rng=jitter, cap=max_retry_wait)
        # Set by the timer when an action falls due, by the daemon when a correction was
        # made beside it (see `wake`), and by the stopper on shutdown.
        self.nudge = Wakeup()
        self._woken_for = "shutdown"
        stopper.register(self.nudge)
        self._session: ImapSession | None = None
        self._pass: AccountPass | None = None
        self._connections = 0
        # Monotonic time of the loop's last sign of life, read by the systemd watchdog check:
        # it moves after every pass, fetched chunk, wait slice and back-off, so only a hang
        # stops it.
        self.heartbeat = time.monotonic()
        # Until when the loop means to be quiet: the end of its back-off or IDLE slice. A
        # chosen wait is not a hang, however long it is.
        self.quiet_until = 0.0
        # Replaced (never mutated) by this loop's thread; the daemon's thread reads it.
        self.health = Health()

    def wake(self, reason: str) -> None:
        """End the current wait and run a pass now (from another thread), saying why."""
        self._woken_for = reason
        self.nudge.set()

    @property
    def tried(self) -> bool:
        """Whether the first pass was tried, failed or not (the daemon is ready once all did)."""
        return self.health.tried

    @property
    def reconnects(self) -> int:
        """How many times the connection had to be made again after the first."""
        return max(0, self._connections - 1)

    def run(self) -> None:
        """Loop until the stopper says so; never raises: every failure is logged and retried."""
        try:
            while not self.stopper.stopped:
                self.heartbeat = time.monotonic()
                try:
                    self._cycle()
                except Exception as exc:  # a supervisor: nothing may end this loop
                    self._retry_later(exc)
        finally:
            self._drop()

    def _retry_later(self, exc: Exception) -> None:
        """Log why this try failed, drop the connection and back off before the next one."""
        problem = problem_for(exc)
        self._drop(dead=problem.dead)
        wait = self.backoff.ceiling if problem.patient else self.backoff.next_delay()
        error = f"{type(exc).__name__}: {exc}" if problem.unexpected else str(exc)
        before = self.health
        again = before.state == "retrying" and (before.problem, before.error) == (problem, error)
        log.log(
            problem.level,
            "%s account=%s error=%s retry_in=%.1fs",
            problem.event,
            self.account.name,
            error,
            wait,
            # The traceback once: the same bug on every retry would bury the journal.
            exc_info=problem.unexpected and not again,
        )
        now = time.monotonic()
        failing = before.state == "retrying"
        self.health = Health(
            "retrying",
            problem,
            error,
            wait,
            failures=before.failures + 1 if failing else 1,
            since=before.since if failing else now,
        )
        self.quiet_until = now + wait  # a rest the STATUS= line reports, not a hang
        self.stopper.sleep(wait)

    def _passed(self) -> None:
        """Record a pass that went through; after failures, say that the account recovered."""
        before = self.health
        if before.state == "retrying":
            log.info(
                "watch.recovered account=%s failed_tries=%d down_for=%.0fs",
                self.account.name,
                before.failures,
                time.monotonic() - before.since,
            )
        self.health = Health("ok")
        self.backoff.reset()

    def _progressed(self, _folder: str, _done: int, _total: int) -> None:
        """A chunk of a long pass was fetched: a sign of life for the watchdog."""
        self.heartbeat = time.monotonic()

    def _cycle(self) -> None:
        """Connect if needed, sync, then wait for news until the next poll is due."""
        if self._session is None:
            session = open_session(self.account, self.env)
            self._session = session
            info = session.connect()
            self._connections += 1
            log.info(
                "watch.connected account=%s host=%s tls=%s idle=%s",
                self.account.name,
                info.host,
                info.tls_version or "none",
                "IDLE" in info.capabilities,
            )
        session, work = self._session, self._pass
        if work is None:
            work = self._pass = AccountPass(
                self.config,
                self.account,
                self.store,
                session,
                self.templates,
                on_progress=self._progressed,
            )
        self.nudge.clear()
        now = self.clock()
        reports, _ = work.run(now)
        self._passed()
        publish(self.config, self.store, now)  # the report and calendar files, when configured
        if self.on_synced is not None:
            self.on_synced(reports)
        if self.on_next_due is not None:
            self.on_next_due(self.account.name, self.store.next_due(self.account.name))
        deadline = time.monotonic() + self.account.poll_interval_seconds
        while not self.stopper.stopped:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            wait = min(remaining, self.account.idle_renew_seconds)
            self.quiet_until = time.monotonic() + wait
            changed = session.wait_for_change(wait, wake=self.nudge)
            self.heartbeat = time.monotonic()
            if changed:
                log.debug("watch.news account=%s", self.account.name)
                return
            if self.nudge.is_set():
                log.debug("watch.nudged account=%s reason=%s", self.account.name, self._woken_for)
                return

    def _drop(self, *, dead: bool = False) -> None:
        """Forget the current connection: LOGOUT if it may still answer, else just close.

        A LOGOUT on a link that went silent would cost another full socket timeout.
        """
        if self._session is not None:
            if dead:
                self._session.abort()
            else:
                self._session.logout()
        self._session = None
        self._pass = None
