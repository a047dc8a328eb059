"""Turns due actions into drafts in the Drafts folder, exactly once per action.

The order of effects is what makes it exactly-once across crashes:
1. the actions table records the intent (APPENDING, with the draft's Message-ID) and commits;
2. Drafts is searched for that Message-ID, and only if it is absent the draft is APPENDed;
3. the table records DONE with the UID.
A crash after 1 or 2 leaves an APPENDING row; the next pass repeats step 2, which finds the
draft if it was appended, so it is never appended twice.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from followupd.adapters.imap import ImapSession
from followupd.adapters.store import Store
from followupd.adapters.store_actions import ActionRecord, ActionStatus
from followupd.adapters.template_files import load_attachments
from followupd.config import AccountConfig, Config
from followupd.core.plan.evaluate import ApplicationView
from followupd.core.write.compose import compose, state_context
from followupd.core.write.templates import TemplateSet
from followupd.errors import ComposeError, ConfigError
from followupd.model import Action, FolderRole
from followupd.understanding import CLASSIFIER_VERSION, evaluate_account

log = logging.getLogger(__name__)

# A plan with unchanged inputs is made again at least this often: some states change with
# the clock alone (an interview ends, a promised date passes, an application moves on).
REPLAN_EVERY = timedelta(hours=1)

# \Seen on our own draft only: a new draft should not look like unread mail (RFC 3501 2.3.2).
DRAFT_FLAGS = ("\\Draft", "\\Seen")


@dataclass
class ActReport:
    """What one acting pass did: drafts made (by key), and plan changes."""

    drafted: list[str] = field(default_factory=list)
    found_existing: list[str] = field(default_factory=list)
    cancelled: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


class Drafter:
    """Plans an account's applications and drafts what is due, over a session it does not own."""

    def __init__(
        self,
        config: Config,
        account: AccountConfig,
        store: Store,
        session: ImapSession,
        templates: TemplateSet,
    ) -> None:
        self.config = config
        self.account = account
        self.store = store
        self.session = session
        self.templates = templates

    def act(self, now: datetime) -> ActReport:
        """Record the current plan of every application, then draft every action that is due.

        A pass that finds nothing new (no message, correction or ledger change since the last
        plan, nothing due, and the plan younger than REPLAN_EVERY) plans nothing: its cost
        stays flat however long the search's history grows.
        """
        report = ActReport()
        inputs = self._inputs()
        if self._plan_still_holds(inputs, now):
            log.debug(
                "plan.unchanged account=%s reason=nothing new and nothing due", self.account.name
            )
            return report
        views = evaluate_account(self.config, self.store, self.account.name, now)
        by_app = {view.app.id: view for view in views}
        planned: dict[str, tuple[Action, ApplicationView]] = {}
        for view in views:
            changes = self.store.record_plan(
                self.account.name, view.app.id, view.plan.actions, view.plan.missed, now=now
            )
            report.cancelled.extend(changes.cancelled)
            report.missed.extend(changes.missed)
            for key in changes.added:
                action = next(a for a in view.plan.actions if a.key == key)
                log.info(
                    "plan.action_added key=%s kind=%s application=%s due=%s reason=%s",
                    key,
                    action.kind,
                    view.app.id,
                    action.due.isoformat(),
                    action.reason,
                )
            for action in view.plan.actions:
                planned[action.key] = (action, view)
        # An application's id follows its first message; when an older one turns up the id
        # moves. Keys name purposes, so record_plan has just moved what is still planned;
        # what is left under an id nobody has is no longer planned: cancel it.
        report.cancelled.extend(
            self.store.cancel_vanished_applications(
                self.account.name, list(by_app), "application regrouped", now=now
            )
        )
        due = self.store.due_actions(self.account.name, now)
        if not due:
            self._remember_plan(now)
            return report
        folders = self.session.discover_folders(self.account.folders)  # one LIST per pass
        drafts = folders[FolderRole.DRAFTS]
        try:
            for record in due:
                entry = planned.get(record.key)
                if entry is None and record.status is ActionStatus.APPENDING:
                    # The ledger counts an intent as drafted, so the plan no longer offers it;
                    # the intent itself says what to finish, unless the other side wrote since
                    # (a reply wins here too: unappended, it is cancelled and planned afresh).
                    owner = by_app.get(record.application_id) or _holding(
                        views, record.reply_to_message_id
                    )
                    if owner is not None and not _answered_since(owner, record):
                        entry = (record.as_action(), owner)
                self._one(record, entry, drafts, now, report)
        finally:
            # Leave INBOX selected: it is the folder the watcher IDLEs on.
            self.session.examine(folders[FolderRole.INBOX])
        return report

    def _inputs(self) -> str:
        """What a plan depends on besides the clock: stored mail, corrections, the ledger,
        the classifier and the settings (a reload with a new policy plans again)."""
        settings = repr((self.config.policy, self.config.schedule, self.config.identity))
        return (
            f"{self.store.evaluation_inputs(self.account.name)}|{CLASSIFIER_VERSION}|"
            + (hashlib.sha256(settings.encode()).hexdigest()[:16])
        )

    def _plan_still_holds(self, inputs: str, now: datetime) -> bool:
        """The last plan was made from the same inputs, recently, and nothing fell due since."""
        last = self.store.last_plan(self.account.name)
        if last is None or last.inputs != inputs or not last.made <= now < last.made + REPLAN_EVERY:
            return False
        upcoming = self.store.next_due(self.account.name)
        return upcoming is None or upcoming > now

    def _remember_plan(self, now: datetime) -> None:
        """Record that the plan is current as of `now` (after this pass's own writes)."""
        self.store.set_last_plan(self.account.name, self._inputs(), now)

    def _one(
        self,
        record: ActionRecord,
        entry: tuple[Action, ApplicationView] | None,
        drafts: str,
        now: datetime,
        report: ActReport,
    ) -> None:
        """Draft one due action, or settle an APPENDING one left by a crash."""
        key = record.key
        if record.status is ActionStatus.APPENDING and record.draft_message_id:
            found = self.session.find_by_message_id(drafts, record.draft_message_id)
            if found:
                self._done(key, drafts, found[0], now)
                report.found_existing.append(key)
                log.info(
                    "draft.recovered key=%s uid=%d reason=appended before a restart", key, found[0]
                )
                return
            if entry is None:
                self.store.mark_status(
                    key, ActionStatus.CANCELLED, "no longer planned; never appended", now=now
                )
                report.cancelled.append(key)
                return
        if entry is None:
            return  # record_plan has just cancelled it: the application moved on (a reply came)
        action, view = entry
        try:
            attachments = load_attachments(self.config.templates, action.kind)
        except ConfigError as exc:
            # Left pending: drafted at the next pass once the file is back (until it expires).
            log.error("draft.attachment_missing key=%s error=%s", key, "; ".join(exc.problems))
            report.failed.append(key)
            return
        try:
            message = compose(
                action,
                view.app,
                identity=self.config.identity,
                templates=self.templates,
                context_extra=state_context(view.state, self.config.schedule.zone, now),
                date=now,
                quote_original=self.config.templates.quote_original,
                attachments=attachments,
            )
        except ComposeError as exc:
            log.error("draft.compose_failed key=%s error=%s action=marked missed", key, exc)
            self.store.mark_status(key, ActionStatus.MISSED, f"could not compose: {exc}", now=now)
            report.failed.append(key)
            return
        message_id = str(message["Message-ID"])
        if record.status is ActionStatus.PENDING:
            self.store.mark_appending(key, message_id, now=now)
        existing = self.session.find_by_message_id(drafts, message_id)
        if existing:
            self._done(key, drafts, existing[0], now)
            report.found_existing.append(key)
            return
        uid = self.session.append(drafts, message.as_bytes(), DRAFT_FLAGS, now)
        if uid is None:  # no UIDPLUS (RFC 4315): find it by its Message-ID instead
            found = self.session.find_by_message_id(drafts, message_id)
            uid = found[0] if found else None
        self._done(key, drafts, uid, now)
        report.drafted.append(key)
        log.info(
            "draft.created key=%s kind=%s application=%s folder=%r uid=%s reason=%s",
            key,
            action.kind,
            action.application_id,
            drafts,
            uid,
            action.reason,
        )

    def _done(self, key: str, drafts: str, uid: int | None, now: datetime) -> None:
        status = self.session.examine(drafts)
        self.store.mark_done(key, folder=drafts, uidvalidity=status.uidvalidity, uid=uid, now=now)


def _holding(views: list[ApplicationView], message_id: str | None) -> ApplicationView | None:
    """The application holding the message an action answers (its id may have moved)."""
    if message_id is None:
        return None
    return next((v for v in views if any(m.message_id == message_id for m in v.app.messages)), None)


def _answered_since(view: ApplicationView, record: ActionRecord) -> bool:
    """True when an inbound message newer than the one the action answers is in the
    application."""
    last = view.state.last_inbound
    if last is None:
        return False
    answered = [
        m.date
        for m in view.app.messages
        if m.date is not None and m.message_id == record.reply_to_message_id
    ]
    return not answered or last > max(answered)
