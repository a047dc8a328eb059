"""What the reading commands show: the state opened read-only, beside a running daemon.

Nothing here takes the daemon's lock or writes: applications are evaluated without caching
their classifications.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

from followupd.adapters.store import Store
from followupd.adapters.store_actions import ActionRecord
from followupd.config import Config
from followupd.digest_job import build_digest, send_digest_now
from followupd.model import Action
from followupd.reports import AccountView, collect, find_applications


@dataclass(frozen=True, slots=True)
class Planned:
    """One planned draft and the application it is for."""

    action: Action
    item: AccountView


class Look:
    """Read-only access to the state for `status`, `plan`, `explain` and `digest`."""

    def __init__(self, config: Config, store: Store | None) -> None:
        self.config = config
        self.store = store  # None: there is no state database in the directory yet
        self._seen: tuple[datetime, list[AccountView]] | None = None  # one evaluation a moment

    @classmethod
    @contextlib.contextmanager
    def open(cls, config: Config) -> Iterator[Look]:
        """The state of `config`, read-only and without the lock, for the block's duration."""
        store = Store.open_read_only(config.storage.state_dir)
        try:
            yield cls(config, store)
        finally:
            if store is not None:
                store.close()

    @property
    def state_dir(self) -> Path:
        """Where the state is (or would be)."""
        return self.config.storage.state_dir

    @property
    def found(self) -> bool:
        """Whether there is any state to show (a sync or a daemon has written it)."""
        return self.store is not None

    def everything(self, now: datetime) -> list[AccountView]:
        """Every application and quiet thread of every account at `now`."""
        if self.store is None:
            return []
        if self._seen is None or self._seen[0] != now:
            self._seen = (now, collect(self.config, self.store, now, save=False))
        return list(self._seen[1])

    def applications(self, now: datetime, *, quiet_too: bool = False) -> list[AccountView]:
        """Applications at `now`, the most recently active first (`quiet_too`: other mail too)."""
        items = [v for v in self.everything(now) if quiet_too or v.view.recruiting]
        items.sort(key=lambda v: v.view.app.messages[-1].date or now, reverse=True)
        return items

    def find(self, query: str, now: datetime) -> list[AccountView]:
        """Applications matching `query` (an id prefix, a thread id, words of a subject...)."""
        return find_applications(self.everything(now), query)

    def ledger(self, item: AccountView) -> list[ActionRecord]:
        """Every action the ledger holds for the application, in due order."""
        if self.store is None:
            return []
        return self.store.actions(account=item.account, application_id=item.view.app.id)

    def planned(self, now: datetime) -> list[Planned]:
        """Every draft planned for an application at `now`, earliest due first."""
        rows = [
            Planned(action, item)
            for item in self.applications(now)
            for action in item.view.plan.actions
        ]
        return sorted(rows, key=lambda p: p.action.due)

    def digest(self, now: datetime) -> EmailMessage | None:
        """The digest as it would be sent at `now`; None when there is nothing to tell."""
        return None if self.store is None else build_digest(self.config, self.store, now)

    def send_digest(self, now: datetime, env: Mapping[str, str]) -> bool:
        """Send the digest to the user now; False when there was nothing to send."""
        return self.store is not None and send_digest_now(self.config, self.store, now, env)
