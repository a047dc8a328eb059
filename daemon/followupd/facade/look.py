"""What the reading commands show: the state opened read-only, beside a running daemon.

Nothing here takes the daemon's lock or writes: applications are evaluated without caching
their classifications, and a draft is composed to be shown, never appended.
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
from followupd.adapters.template_files import load_attachments, load_templates
from followupd.config import Config
from followupd.core.write.compose import compose, state_context
from followupd.digest_job import build_digest, send_digest_now
from followupd.errors import ComposeError
from followupd.facade.drafts import DraftsReport, check_drafts, made_drafts
from followupd.model import Action
from followupd.report_data import Snapshot, snapshot
from followupd.reports import AccountView, collect, find_applications


@dataclass(frozen=True, slots=True)
class Planned:
    """One planned draft and the application it is for."""

    action: Action
    item: AccountView


@dataclass(frozen=True, slots=True)
class Preview:
    """The text a planned draft will have when it is appended, or why it cannot be made."""

    planned: Planned
    text: str | None
    problem: str | None = None


class Look:
    """Read-only access to the state for `status`, `plan`, `explain`, `digest` and `drafts`."""

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

    def snapshot(self, now: datetime) -> Snapshot:
        """What the report page and the calendar feed are made of (empty without a state)."""
        if self.store is None:
            return Snapshot(now, (), ())
        return snapshot(self.config, self.store, now)

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

    def previews(self, planned: list[Planned], now: datetime) -> list[Preview]:
        """The full text of each planned draft, composed exactly as a pass would append it.

        A draft is dated when a pass makes it: now for one already due, else its due time.
        """
        templates = load_templates(self.config.templates)
        found: list[Preview] = []
        for row in planned:
            action, view = row.action, row.item.view
            try:
                message = compose(
                    action,
                    view.app,
                    identity=self.config.identity,
                    templates=templates,
                    context_extra=state_context(view.state, self.config.schedule.zone),
                    date=max(now, action.due),
                    quote_original=self.config.templates.quote_original,
                    attachments=load_attachments(self.config.templates, action.kind),
                )
            except ComposeError as exc:
                found.append(Preview(row, None, f"cannot be composed: {exc}"))
                continue
            found.append(Preview(row, _as_text(message)))
        return found

    def digest(self, now: datetime) -> EmailMessage | None:
        """The digest as it would be sent at `now`; None when there is nothing to tell."""
        return None if self.store is None else build_digest(self.config, self.store, now)

    def send_digest(self, now: datetime, env: Mapping[str, str]) -> bool:
        """Send the digest to the user now; False when there was nothing to send."""
        return self.store is not None and send_digest_now(self.config, self.store, now, env)

    def drafts(self, now: datetime, env: Mapping[str, str], *, online: bool = True) -> DraftsReport:
        """The drafts followupd made, and (online) what became of each in the mailbox."""
        records = made_drafts(self.store) if self.store is not None else []
        companies = _companies(self.everything(now) if records else [], records)
        if not online:
            return DraftsReport(tuple((r, None) for r in records), {}, companies)
        report = check_drafts(self.config, records, env)
        return DraftsReport(report.drafts, report.unreachable, companies)


def _companies(items: list[AccountView], records: list[ActionRecord]) -> dict[str, str]:
    """The company each draft was for, by action key: its application's, or (regrouped
    since) the one holding the message it answers."""
    by_app = {v.view.app.id: v for v in items}
    by_message = {m.message_id: v for v in items for m in v.view.app.messages if m.message_id}
    found: dict[str, str] = {}
    for record in records:
        item = by_app.get(record.application_id) or by_message.get(record.reply_to_message_id or "")
        found[record.key] = (item.view.state.company if item else None) or "?"
    return found


def _as_text(message: EmailMessage) -> str:
    """The draft as the bytes a pass appends, with the line ends a terminal expects."""
    return message.as_bytes().decode("utf-8", "replace").replace("\r\n", "\n")
