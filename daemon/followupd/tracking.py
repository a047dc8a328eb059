"""Fetches messages the user asked to follow (`followupd track MESSAGE-ID`) that triage skipped."""

from __future__ import annotations

import logging

from followupd.adapters.imap import ImapSession
from followupd.adapters.mailparse import parse_message
from followupd.adapters.store import Store
from followupd.config import AccountConfig
from followupd.errors import ParseError
from followupd.model import FolderRole, Message, MessageLocation

log = logging.getLogger(__name__)


def fetch_tracked(account: AccountConfig, store: Store, session: ImapSession) -> list[Message]:
    """Find tracked Message-IDs not stored yet in Sent and INBOX, fetch and store them."""
    tracked = store.tracked(account.name)
    missing = tracked - store.stored_message_ids(account.name, tracked)
    if not missing:
        return []
    folders = session.discover_folders(account.folders)
    found: list[Message] = []
    for role in (FolderRole.SENT, FolderRole.INBOX):
        folder = folders[role]
        uids = sorted({uid for mid in missing for uid in session.find_by_message_id(folder, mid)})
        if not uids:
            continue
        status = session.examine(folder)
        for body in session.fetch_bodies(
            uids, max_bytes=account.body_max_bytes, chunk=account.fetch_chunk
        ):
            where = MessageLocation(account.name, folder, status.uidvalidity, body.uid)
            try:
                found.append(
                    parse_message(body.data, location=where, role=role, truncated=body.truncated)
                )
            except ParseError as exc:
                log.warning("track.unreadable folder=%r uid=%d reason=%s", folder, body.uid, exc)
    if found:
        store.import_messages(account.name, found)
    log.info("track.fetched account=%s wanted=%d found=%d", account.name, len(missing), len(found))
    return found
