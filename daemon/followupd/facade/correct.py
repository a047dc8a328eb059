"""What the correction commands change: one short write each, beside a running daemon.

Corrections never take the daemon's lock. Each is one transaction in the corrections
table; a running daemon notices the commit within a second and applies it in a pass of its
own, so a correction takes effect at once. Finding what to correct evaluates applications
without caching anything.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from followupd.adapters.mailparse import parse_message
from followupd.adapters.store import Store
from followupd.config import Config
from followupd.core.plan.threads import message_key
from followupd.errors import ParseError
from followupd.model import Classification, FolderRole, Label, Message, Thread
from followupd.reports import AccountView, collect, find_applications
from followupd.understanding import classify_messages


@dataclass(frozen=True, slots=True)
class StoredMessage:
    """A stored message, the account it is in, how followupd reads it and the label the user
    gave it (both only when it is the one match)."""

    account: str
    key: str
    message: Message
    reading: Classification | None
    mine: Label | None  # the label the user gave it, if any


class Correct:
    """Write access to the corrections for `ignore`, `expect`, `revive`, `merge`, `split`,
    `track` and `label`."""

    def __init__(self, config: Config, store: Store) -> None:
        self.config = config
        self.store = store

    @classmethod
    @contextlib.contextmanager
    def open(cls, config: Config) -> Iterator[Correct]:
        """The state of `config`, opened for short writes without the daemon's lock."""
        store = Store.open_shared(config.storage.state_dir)
        try:
            yield cls(config, store)
        finally:
            store.close()

    # --- finding what to correct

    def find(self, query: str, now: datetime) -> list[AccountView]:
        """Applications (and quiet threads) matching `query`, as `explain` finds them."""
        return find_applications(collect(self.config, self.store, now, save=False), query)

    def threads(self, query: str, now: datetime) -> list[tuple[AccountView, Thread]]:
        """Threads whose id starts with `query`, with their applications."""
        query = query.strip()
        return [
            (item, thread)
            for item in collect(self.config, self.store, now, save=False)
            for thread in item.view.app.threads
            if query and thread.id.startswith(query)
        ]

    def messages(self, query: str) -> list[StoredMessage]:
        """Stored messages whose Message-ID (key) is `query` or starts with it.

        Angle brackets are optional; an exact match wins over prefixes.
        """
        wanted = query.strip().strip("<>").strip()
        if not wanted:
            return []
        hits: list[tuple[str, Message]] = [
            (account.name, msg)
            for account in self.config.accounts
            for msg in self.store.messages(account.name)
            if message_key(msg).strip("<").startswith(wanted)
        ]
        exact = [h for h in hits if message_key(h[1]).strip("<>") == wanted]
        found = exact or hits
        if len(found) != 1:  # to choose among: no need to read each one
            return [StoredMessage(a, message_key(m), m, None, None) for a, m in found]
        account, msg = found[0]
        key = message_key(msg)
        zone = self.config.schedule.zone
        reading = classify_messages(self.store, account, [msg], zone, save=False).get(key)
        mine = self.store.corrections(account).labels.get(key)
        return [StoredMessage(account, key, msg, reading, mine)]

    # --- corrections (each one transaction)

    def ignore(self, item: AccountView, ignored: bool, now: datetime) -> None:
        """Never draft for the application (or take that back)."""
        self.store.set_ignored(item.account, item.anchor, ignored, now=now)

    def expect(self, item: AccountView, by: date | None, now: datetime) -> None:
        """The decision date they said aloud (None forgets it)."""
        self.store.set_expected(item.account, item.anchor, by, now=now)

    def revive(self, item: AccountView, revived: bool, now: datetime) -> None:
        """Plan an application that looked moved on when followupd was installed (or undo)."""
        self.store.set_revived(item.account, item.anchor, revived, now=now)

    def merge(self, first: AccountView, second: AccountView, now: datetime) -> None:
        """The two applications are one."""
        self.store.merge(first.account, first.anchor, second.anchor, now=now)

    def unmerge(self, item: AccountView, now: datetime) -> int:
        """Forget every merge naming a message of the application; return how many."""
        keys = [message_key(m) for m in item.view.app.messages]
        return self.store.unmerge(item.account, keys, now=now)

    def split(self, item: AccountView, thread: Thread, separate: bool, now: datetime) -> None:
        """The thread is an application of its own (or grouped by followupd again)."""
        self.store.set_separate(item.account, message_key(thread.messages[0]), separate, now=now)

    def track(self, account: str, message_id: str, message: Message | None, now: datetime) -> None:
        """Follow the thread of `message_id`; a saved `message` is stored as well."""
        if message is not None:
            self.store.import_messages(account, [message])
        self.store.track(account, message_id, now=now)

    def label(self, found: StoredMessage, label: Label | None, now: datetime) -> None:
        """Read the message as `label` from now on, whatever the classifier says (None: undo)."""
        self.store.set_label(found.account, found.key, label, now=now)


def saved_message(path: Path) -> Message:
    """A message saved to a file (for `track FILE.eml`); ParseError when it cannot be read."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ParseError(f"{path}: cannot read: {exc.strerror}") from None
    return parse_message(data, location=None, role=FolderRole.INBOX)
