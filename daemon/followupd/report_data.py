"""What the report and the calendar are made of: every application at a moment, the ledger,
and who is who (the user's addresses, the sender directory). Reads the store, writes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from followupd.adapters.lexicon_files import load_senders
from followupd.adapters.store import Store
from followupd.config import Config
from followupd.core.plan.evaluate import ApplicationView
from followupd.core.report.build import Report, build_report
from followupd.core.report.facts import LedgerEntry, Parties
from followupd.reports import collect
from followupd.understanding import own_addresses


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What both outputs are made of: every application at `now`, and the ledger."""

    now: datetime
    views: tuple[ApplicationView, ...]
    ledger: tuple[LedgerEntry, ...]


def parties_of(config: Config) -> Parties:
    """The user's addresses and the sender directory, as the report reads mail."""
    return Parties(own_addresses(config), load_senders())


def snapshot(config: Config, store: Store, now: datetime) -> Snapshot:
    """Applications of every account at `now` (a preview: nothing is saved) and the ledger."""
    views = tuple(item.view for item in collect(config, store, now, save=False))
    ledger = tuple(
        LedgerEntry(
            key=r.key,
            application_id=r.application_id,
            kind=r.kind,
            status=str(r.status),
            due=r.due,
            drafted_at=r.drafted_at,
            draft_message_id=r.draft_message_id,
            to=tuple(a.email for a in r.to),
        )
        for r in store.actions()
    )
    return Snapshot(now, views, ledger)


def report_of(config: Config, snap: Snapshot) -> Report:
    """The report's figures."""
    return build_report(
        snap.views,
        snap.ledger,
        parties=parties_of(config),
        now=snap.now,
        zone=config.schedule.zone,
    )
