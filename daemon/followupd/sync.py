"""One incremental sync pass of an account: new UIDs -> headers -> triage -> bodies -> store.

Headers (and sizes, BODYSTRUCTURE) are fetched for every new UID; full bodies only for
messages triage says can matter. Parsing is the cost of a first sync, not the network
(mail-parser manages ~1,700 messages/s), so most bodies are never fetched at all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from followupd.adapters.imap import ImapSession, RawHeaders
from followupd.adapters.lexicon_files import load_lexicon
from followupd.adapters.mailparse import parse_envelope, parse_message
from followupd.adapters.store import Store
from followupd.config import AccountConfig
from followupd.core.plan.applications import organisations
from followupd.core.understand.triage import body_needed
from followupd.errors import ParseError
from followupd.model import (
    Envelope,
    FolderRole,
    FolderState,
    Message,
    MessageLocation,
    Quarantined,
    SyncReport,
)

log = logging.getLogger(__name__)

LANGUAGE = "en"

# (folder, messages done, messages in this pass): for progress bars on a big first sync.
Progress = Callable[[str, int, int], None]

# Sent first: a reply in INBOX to something the user sent is then already a known thread.
# INBOX last: it stays selected afterwards, which is the folder IDLE watches.
READ_ORDER = (FolderRole.SENT, FolderRole.INBOX)


@dataclass(slots=True)
class _Batch:
    """What one chunk of UIDs produced, saved in one transaction."""

    messages: list[Message]
    quarantined: list[Quarantined]
    fetched_bodies: int
    strangers: set[int] = field(default_factory=set)  # UIDs read only because a person wrote


class AccountSync:
    """Syncs the read folders of one account over a session it does not own."""

    def __init__(
        self,
        account: AccountConfig,
        store: Store,
        session: ImapSession,
        *,
        own_addresses: frozenset[str],
        max_text_chars: int = 100_000,
        on_progress: Progress | None = None,
    ) -> None:
        self.account = account
        self.on_progress = on_progress
        self.store = store
        self.session = session
        self.own_addresses = own_addresses
        self.max_text_chars = max_text_chars
        self._folders: dict[FolderRole, str] | None = None
        self._known: set[str] | None = None
        self._orgs: set[str] | None = None
        # When the user first wrote to each address, from the Sent headers of this session
        # (Sent is read first): a stranger's first message is worth a body, a friend's chat
        # is not.
        self._correspondents: dict[str, datetime] = {}
        # Who wrote to the user before (stored mail, and every sender this session saw).
        self._seen: set[str] = set()
        self._installed = False
        self.lexicon = load_lexicon(LANGUAGE)

    @property
    def folders(self) -> dict[FolderRole, str]:
        """Inbox/Sent/Drafts names on this server, discovered once per session."""
        if self._folders is None:
            self._folders = self.session.discover_folders(self.account.folders)
            log.info(
                "sync.folders account=%s %s",
                self.account.name,
                " ".join(f"{r.value}={n!r}" for r, n in self._folders.items()),
            )
        return self._folders

    def run(self, *, now: datetime) -> list[SyncReport]:
        """One pass over Sent then INBOX; returns what each folder did."""
        if not self._installed:
            # The first pass over an account is when followupd was "installed" for it: mail
            # older than that (minus a window) is history, not something to act on now.
            self.store.mark_installed(self.account.name, now)
            self._installed = True
        return [self.sync_folder(self.folders[role], role, now=now) for role in READ_ORDER]

    def sync_folder(self, folder: str, role: FolderRole, *, now: datetime) -> SyncReport:
        """Fetch what is new in one folder since its high-water mark and store it."""
        name = self.account.name
        status = self.session.examine(folder)
        mark = self.store.folder_state(name, folder)
        resynced = False
        if mark is not None and mark.uidvalidity != status.uidvalidity:
            # RFC 3501 2.3.1.1: a new UIDVALIDITY means every old UID is meaningless.
            # Re-read the window; the store keys messages by Message-ID, so nothing doubles.
            log.warning(
                "sync.uidvalidity_changed account=%s folder=%r old=%d new=%d action=resync",
                name,
                folder,
                mark.uidvalidity,
                status.uidvalidity,
            )
            self.store.reset_folder(name, folder, status.uidvalidity)
            mark = None
            resynced = True
        after_uid = mark.highest_uid if mark is not None else 0
        if mark is not None and status.uidnext <= after_uid + 1:
            log.debug("sync.folder_unchanged account=%s folder=%r", name, folder)
            return SyncReport(name, folder, role, 0, 0, 0, 0)
        if self._known is None:  # only now: a pass that finds nothing new never needs them
            self._known = self.store.known_message_ids(name)
            senders = self.lexicon.senders
            self._orgs = organisations(
                self.store.counterpart_addresses(name, recruiting_only=True),
                senders,
                self.own_addresses,
            )
            self._seen = {a.email for a in self.store.counterpart_addresses(name)}
        since = None if mark is not None else (now - timedelta(days=self.account.lookback_days))
        uids = self.session.search_uids(
            after_uid=after_uid, since=since.date() if since is not None else None
        )
        uids = sorted(uids)
        saved = mark.highest_uid if mark is not None else None
        new = fetched = stored = quarantined = 0
        chunk = self.account.fetch_chunk
        for start in range(0, len(uids), chunk):
            part = uids[start : start + chunk]
            batch = self._process(folder, role, status.uidvalidity, part)
            saved = part[-1]
            stored += self.store.save_batch(
                state=FolderState(name, folder, status.uidvalidity, saved),
                messages=batch.messages,
                quarantined=batch.quarantined,
            )
            self._remember(
                [
                    m
                    for m in batch.messages
                    if not m.location or m.location.uid not in batch.strangers
                ]
            )
            new += len(part)
            fetched += batch.fetched_bodies
            quarantined += len(batch.quarantined)
            if self.on_progress is not None:
                self.on_progress(folder, new, len(uids))
        # UIDs below UIDNEXT that the search left out are older than the look-back window:
        # move the mark past them so the next pass does not search them again.
        final = max(status.uidnext - 1, saved or 0)
        if saved != final:
            self.store.save_batch(
                state=FolderState(name, folder, status.uidvalidity, final),
                messages=[],
                quarantined=[],
            )
        report = SyncReport(name, folder, role, new, fetched, stored, quarantined, resynced)
        log.info(
            "sync.folder_done account=%s folder=%r new=%d bodies=%d stored=%d quarantined=%d",
            name,
            folder,
            new,
            fetched,
            stored,
            quarantined,
        )
        return report

    def _process(
        self, folder: str, role: FolderRole, uidvalidity: int, uids: Sequence[int]
    ) -> _Batch:
        """Headers for all of `uids`, bodies for those that can matter, parsed to Messages."""
        quarantined: list[Quarantined] = []
        wanted: dict[int, RawHeaders] = {}
        known = self._known if self._known is not None else set()
        orgs = self._orgs if self._orgs is not None else set()
        strangers: set[int] = set()
        for raw in self.session.fetch_headers(uids, self.account.fetch_chunk):
            loc = MessageLocation(self.account.name, folder, uidvalidity, raw.uid)
            try:
                env = _envelope(raw, loc, role)
            except ParseError as exc:
                quarantined.append(self._quarantine(loc, str(exc)))
                continue
            if role is FolderRole.SENT and env.date is not None:
                for address in (*env.to, *env.cc):
                    first = self._correspondents.get(address.email)
                    if first is None or env.date < first:
                        self._correspondents[address.email] = env.date
            triage = body_needed(
                env,
                known_ids=known,
                own_addresses=self.own_addresses,
                lexicon=self.lexicon,
                known_orgs=orgs,
                correspondents=self._correspondents,
                senders_seen=self._seen,
            )
            if role is FolderRole.INBOX:
                self._seen.update(a.email for a in env.from_)
            if triage.needed:
                log.debug("sync.body_wanted uid=%d reason=%s", raw.uid, triage.reason)
                wanted[raw.uid] = raw
                if triage.stranger:
                    strangers.add(raw.uid)
                if triage.strong:
                    others = (*env.to, *env.cc) if role is FolderRole.SENT else env.from_
                    orgs.update(organisations(others, self.lexicon.senders, self.own_addresses))
        messages: list[Message] = []
        fetched = 0
        if wanted:
            for body in self.session.fetch_bodies(
                list(wanted),
                max_bytes=self.account.body_max_bytes,
                chunk=self.account.fetch_chunk,
            ):
                fetched += 1
                head = wanted[body.uid]
                loc = MessageLocation(self.account.name, folder, uidvalidity, body.uid)
                try:
                    messages.append(
                        parse_message(
                            body.data,
                            location=loc,
                            role=role,
                            flags=head.flags,
                            gm_thrid=head.gm_thrid,
                            truncated=body.truncated,
                            size=head.size,
                            max_text_chars=self.max_text_chars,
                        )
                    )
                except ParseError as exc:
                    quarantined.append(self._quarantine(loc, str(exc)))
        return _Batch(messages, quarantined, fetched, strangers)

    def _quarantine(self, loc: MessageLocation, reason: str) -> Quarantined:
        """Record a message we cannot read; it is logged once and never blocks the folder."""
        log.warning(
            "sync.quarantined account=%s folder=%r uidvalidity=%d uid=%d reason=%s",
            loc.account,
            loc.folder,
            loc.uidvalidity,
            loc.uid,
            reason,
        )
        return Quarantined(loc, reason)

    def _remember(self, messages: Sequence[Message]) -> None:
        """Add stored messages' ids to the known set so later replies join their thread
        (not a stranger's first message: whether that conversation matters is the
        classifier's to say, and the next session knows)."""
        if self._known is None:
            return
        for msg in messages:
            if msg.message_id:
                self._known.add(msg.message_id)
            if msg.in_reply_to:
                self._known.add(msg.in_reply_to)
            self._known.update(msg.references)


def _envelope(raw: RawHeaders, loc: MessageLocation, role: FolderRole) -> Envelope:
    """Turn a header-only fetch into an Envelope (ParseError when hopeless)."""
    return parse_envelope(
        raw.header_bytes,
        location=loc,
        role=role,
        size=raw.size,
        flags=raw.flags,
        has_calendar=raw.has_calendar,
        gm_thrid=raw.gm_thrid,
    )
