"""The daily digest: gathered from the ledger and application states, sent only to the user."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime, timedelta
from email.message import EmailMessage

from followupd.adapters.notify import send_digest_sync
from followupd.adapters.secrets import read_secret
from followupd.adapters.store import Store
from followupd.adapters.store_actions import ActionRecord, ActionStatus
from followupd.config import Config
from followupd.core.write.digest import DigestInput, DigestItem, compose_digest, digest_is_empty
from followupd.model import State
from followupd.reports import AccountView, collect, shown_state

log = logging.getLogger(__name__)

# What "recent" and "coming" mean in a daily digest.
LOOK_BACK = timedelta(days=7)
LOOK_AHEAD = timedelta(days=7)


def _names(views: Mapping[str, AccountView], application_id: str) -> tuple[str, str]:
    view = views.get(application_id)
    if view is None:
        return "?", "?"
    return view.view.state.company or "?", view.view.state.role or "?"


def _from_record(
    record: ActionRecord, views: Mapping[str, AccountView], when: datetime
) -> DigestItem:
    company, role = _names(views, record.application_id)
    reason = record.status_reason or record.reason
    return DigestItem(company, role, record.application_id, str(record.kind), when, reason)


def gather(config: Config, store: Store, now: datetime) -> DigestInput:
    """Drafts made in the last week, actions due in the next, and applications worth a look."""
    views = {item.view.app.id: item for item in collect(config, store, now, save=False)}
    records = store.actions()
    waiting = [
        _from_record(r, views, r.drafted_at or r.updated_at)
        for r in records
        if r.status is ActionStatus.DONE and (r.drafted_at or r.updated_at) >= now - LOOK_BACK
    ]
    coming = [
        _from_record(r, views, r.due)
        for r in records
        if r.status is ActionStatus.PENDING and r.due <= now + LOOK_AHEAD
    ]
    missed = [
        _from_record(r, views, r.due)
        for r in records
        if r.status is ActionStatus.MISSED and r.updated_at >= now - LOOK_BACK
    ]

    def item(v: AccountView, what: str, why: str) -> DigestItem:
        state = v.view.state
        return DigestItem(
            state.company or "?", state.role or "?", v.view.app.id, what, state.since, why
        )

    def threads_in(state: State, what: str) -> tuple[DigestItem, ...]:
        return tuple(
            item(v, what, "; ".join(_why(v)) or str(state))
            for v in views.values()
            if shown_state(v.view) is state
        )

    recent = now - LOOK_BACK
    automated = tuple(
        item(v, str(v.view.state.state), "it came from an automated sender: nobody to answer")
        for v in views.values()
        if v.view.state.automated
        and v.view.state.state in {State.REJECTED, State.INVITED}
        and v.view.state.since is not None
        and v.view.state.since >= recent
    )

    return DigestInput(
        waiting=tuple(waiting),
        coming=tuple(coming),
        needs_look=threads_in(State.NEEDS_REVIEW, "needs a look"),
        automated=automated,
        moved_on=threads_in(State.MOVED_ON, "moved on"),
        missed=tuple(missed),
    )


def build_digest(config: Config, store: Store, now: datetime) -> EmailMessage | None:
    """The digest message for `now`, or None when there is nothing to tell."""
    data = gather(config, store, now)
    if digest_is_empty(data):
        return None
    identity = config.identity
    return compose_digest(
        data,
        identity=identity,
        to=config.notify.recipient(identity),
        now=now,
        zone=config.schedule.zone,
        message_id_domain=identity.email.rpartition("@")[2],
    )


def send_digest_now(config: Config, store: Store, now: datetime, env: Mapping[str, str]) -> bool:
    """Build and send today's digest to the user; False when there was nothing to send."""
    message = build_digest(config, store, now)
    if message is None:
        log.info("digest.skipped reason=nothing to report")
        return False
    spec = config.notify.credential
    secret = (lambda: read_secret(spec, env).reveal()) if spec is not None else None
    send_digest_sync(message, cfg=config.notify, identity=config.identity, secret=secret)
    log.info(
        "digest.sent to=%s subject=%r",
        config.notify.recipient(config.identity),
        str(message["Subject"]),
    )
    return True


def _why(v: AccountView) -> list[str]:
    """The plan's notes, after the best readings when followupd is unsure what mail says."""
    review = v.view.state.review
    return [*([f"read as {review}"] if review else []), *v.view.plan.notes]
