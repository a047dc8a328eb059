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
from followupd.errors import (
    AuthenticationError,
    ConnectionLostError,
    FolderError,
    MailError,
    StateError,
)
from followupd.model import SyncReport
from followupd.sync import AccountSync, Progress
from followupd.tracking import fetch_tracked
from followupd.understanding import own_addresses

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


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
    return result


class Watcher:
    """Keeps one account in sync until stopped: IDLE on INBOX, polling as the safety net.

    IDLE only reports the selected folder and can miss news on a flaky link, so a full
    incremental pass also runs every `poll_interval_seconds`. Faults drop the connection and
    reconnect with capped exponential backoff and jitter.
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
        self.backoff = Backoff(rng=rng or random.Random())  # noqa: S311 (jitter only)
        # Set by the timer when an action falls due, and by the stopper on shutdown.
        self.nudge = Wakeup()
        stopper.register(self.nudge)
        self._session: ImapSession | None = None
        self._pass: AccountPass | None = None
        self._connections = 0
        # Monotonic time of the loop's last sign of life, read by the systemd watchdog check:
        # it moves after every pass, wait slice and back-off, so only a hang stops it.
        self.heartbeat = time.monotonic()
        # Passes tried so far, failed or not: the daemon is ready once every account tried.
        self.tried = 0

    @property
    def reconnects(self) -> int:
        """How many times the connection had to be made again after the first."""
        return max(0, self._connections - 1)

    def run(self) -> None:
        """Loop until the stopper says so; never raises for mail-server trouble."""
        try:
            while not self.stopper.stopped:
                self.heartbeat = time.monotonic()
                try:
                    self._cycle()
                except AuthenticationError as exc:
                    # Retrying quickly with a refused password only gets the account locked.
                    self._retry_later("watch.auth_failed", logging.ERROR, exc, self.backoff.ceiling)
                except FolderError as exc:
                    # Never created silently: the user has to create or name the folder.
                    self._retry_later("watch.folder_missing", logging.ERROR, exc)
                except ConnectionLostError as exc:
                    self._retry_later("watch.connection_lost", logging.WARNING, exc, dead=True)
                except MailError as exc:
                    self._retry_later("watch.mail_error", logging.WARNING, exc)
                except StateError as exc:
                    # A full disk or a locked database: one transaction per batch means
                    # nothing was half-written; keep the watcher alive and try again later.
                    self._retry_later("watch.state_error", logging.ERROR, exc)
        finally:
            self._drop()

    def _retry_later(
        self,
        event: str,
        level: int,
        exc: Exception,
        delay: float | None = None,
        *,
        dead: bool = False,
    ) -> None:
        """Log why this pass failed, drop the connection and back off before the next try."""
        self.tried += 1
        self._drop(dead=dead)
        wait = self.backoff.next_delay() if delay is None else delay
        log.log(level, "%s account=%s error=%s retry_in=%.1fs", event, self.account.name, exc, wait)
        self.stopper.sleep(wait)

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
                self.config, self.account, self.store, session, self.templates
            )
        self.nudge.clear()
        reports, _ = work.run(self.clock())
        self.tried += 1
        self.backoff.reset()
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
            changed = session.wait_for_change(wait, wake=self.nudge)
            self.heartbeat = time.monotonic()
            if changed:
                log.debug("watch.news account=%s", self.account.name)
                return
            if self.nudge.is_set():
                log.debug("watch.nudged account=%s reason=an action fell due", self.account.name)
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
