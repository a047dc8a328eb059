"""The drafts followupd made, and what became of each: found by Message-ID over IMAP.

Only read-only commands are sent: Drafts and Sent are EXAMINEd and searched by header
(UID SEARCH), so nothing is fetched and no flag changes. A message on an IMAP server never
changes, so the draft still at the UID we appended is exactly ours; the same Message-ID at
another UID is a copy the user's client saved after an edit.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from followupd.adapters.imap import ImapSession
from followupd.adapters.store import Store
from followupd.adapters.store_actions import ActionRecord, ActionStatus
from followupd.config import AccountConfig, Config
from followupd.errors import CredentialError, MailError
from followupd.model import FolderRole
from followupd.service import open_session

log = logging.getLogger(__name__)

# Ledger rows whose draft was (or may have been) appended.
MADE = (ActionStatus.APPENDING, ActionStatus.DONE, ActionStatus.DISMISSED)


class Fate(enum.StrEnum):
    """What became of one of our drafts in the mailbox."""

    UNCHANGED = "unchanged"  # still in Drafts at the UID it was appended with
    EDITED = "edited"  # in Drafts under its Message-ID at another UID: saved again
    SENT = "sent"  # in Sent under its Message-ID
    DELETED = "deleted"  # in neither
    THERE = "in drafts"  # in Drafts, but its UID was never known (or the folder was reset)


@dataclass(frozen=True, slots=True)
class Found:
    """A draft's fate and where it is now."""

    fate: Fate
    folder: str | None = None
    uid: int | None = None


@dataclass(frozen=True, slots=True)
class DraftsReport:
    """Every draft followupd made, with its fate when the server was asked (else None)."""

    drafts: tuple[tuple[ActionRecord, Found | None], ...]
    unreachable: Mapping[str, str]  # account -> why its server could not be asked
    companies: Mapping[str, str] = field(default_factory=dict)  # action key -> company


def made_drafts(store: Store) -> list[ActionRecord]:
    """Ledger rows of the drafts followupd appended (or was appending), oldest first."""
    rows = store.actions(statuses=MADE)
    return sorted(
        (r for r in rows if r.draft_message_id),
        key=lambda r: (r.drafted_at or r.updated_at, r.key),
    )


def check_drafts(
    config: Config, records: Sequence[ActionRecord], env: Mapping[str, str]
) -> DraftsReport:
    """Ask each account's server what became of its drafts; a server down is noted, not fatal."""
    fates: dict[str, Found] = {}
    unreachable: dict[str, str] = {}
    for account in config.accounts:
        mine = [r for r in records if r.account == account.name]
        if not mine:
            continue
        session = open_session(account, env)
        try:
            session.connect()
            fates.update(_look_up(session, account, mine))
        except (MailError, CredentialError) as exc:
            log.warning("drafts.unreachable account=%s error=%s", account.name, exc)
            unreachable[account.name] = str(exc)
        finally:
            session.logout()
    return DraftsReport(tuple((r, fates.get(r.key)) for r in records), unreachable)


def _look_up(
    session: ImapSession, account: AccountConfig, records: Sequence[ActionRecord]
) -> dict[str, Found]:
    folders = session.discover_folders(account.folders)
    drafts, sent = folders[FolderRole.DRAFTS], folders[FolderRole.SENT]
    validity = session.examine(drafts).uidvalidity
    found: dict[str, Found] = {}
    for record in records:
        message_id = str(record.draft_message_id)
        in_sent = session.find_by_message_id(sent, message_id)
        in_drafts = session.find_by_message_id(drafts, message_id)
        known = record.draft_uid is not None and record.draft_uidvalidity == validity
        if in_sent:
            found[record.key] = Found(Fate.SENT, sent, in_sent[-1])
        elif not in_drafts:
            found[record.key] = Found(Fate.DELETED)
        elif not known:
            found[record.key] = Found(Fate.THERE, drafts, in_drafts[-1])
        elif record.draft_uid in in_drafts:
            found[record.key] = Found(Fate.UNCHANGED, drafts, record.draft_uid)
        else:
            found[record.key] = Found(Fate.EDITED, drafts, in_drafts[-1])
    log.info("drafts.checked account=%s drafts=%d", account.name, len(records))
    return found
