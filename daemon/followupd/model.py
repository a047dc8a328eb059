"""Our own frozen value types: what crosses the boundary between adapters, core and service.

Library objects (imapclient responses, mail-parser objects, sqlite rows) never leave
`adapters/`; they are turned into these first.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class Address:
    """One mailbox: display name (may be empty) and lower-cased addr-spec."""

    name: str
    email: str

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>" if self.name else self.email

    @property
    def domain(self) -> str:
        """The part after the last '@', lower case; empty when there is none."""
        return self.email.rpartition("@")[2].lower() if "@" in self.email else ""


class FolderRole(enum.Enum):
    """What followupd does with a folder: read INBOX and Sent, append to Drafts."""

    INBOX = "inbox"
    SENT = "sent"
    DRAFTS = "drafts"


@dataclass(frozen=True, slots=True)
class MessageLocation:
    """Where a message lives on the server: (account, folder, UIDVALIDITY, UID)."""

    account: str
    folder: str
    uidvalidity: int
    uid: int


@dataclass(frozen=True, slots=True)
class Attachment:
    """Metadata of one attachment; the payload is never kept."""

    filename: str
    content_type: str
    size: int


@dataclass(frozen=True, slots=True)
class Envelope:
    """The cheap first look at a message: headers and sizes, fetched for every new UID.

    Enough for triage (`core.triage`) to decide whether the full body is worth fetching.
    """

    location: MessageLocation
    role: FolderRole
    size: int
    flags: tuple[str, ...]
    message_id: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    subject: str
    from_: tuple[Address, ...]
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    reply_to: tuple[Address, ...]
    date: datetime | None
    list_id: str | None = None
    list_unsubscribe: bool = False
    auto_submitted: str | None = None
    precedence: str | None = None
    followupd_action: str | None = None
    has_calendar: bool = False
    gm_thrid: int | None = None


@dataclass(frozen=True, slots=True)
class Message:
    """A parsed message with the parts followupd reasons about.

    `date` is timezone-aware (UTC) or None when the Date header is missing or unreadable.
    `text` is the plain-text body (HTML converted), size-capped; `calendars` holds the raw
    text of every text/calendar part (RFC 5545) for `core.dates`.
    """

    location: MessageLocation | None
    role: FolderRole
    message_id: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    subject: str
    from_: tuple[Address, ...]
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    reply_to: tuple[Address, ...]
    date: datetime | None
    text: str
    attachments: tuple[Attachment, ...] = ()
    calendars: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    list_id: str | None = None
    list_unsubscribe: bool = False
    auto_submitted: str | None = None
    precedence: str | None = None
    followupd_action: str | None = None
    gm_thrid: int | None = None
    html_only: bool = False
    truncated: bool = False
    size: int = 0
    defects: tuple[str, ...] = field(default=())

    @property
    def sender(self) -> Address | None:
        """The first From address, if any."""
        return self.from_[0] if self.from_ else None

    @property
    def is_draft(self) -> bool:
        """True for drafts: ours (X-Followupd-Action) or anything flagged \\Draft."""
        return self.followupd_action is not None or "\\Draft" in self.flags


@dataclass(frozen=True, slots=True)
class Quarantined:
    """A message that could not be parsed: logged and recorded, never retried in a loop."""

    location: MessageLocation
    reason: str


@dataclass(frozen=True, slots=True)
class FolderState:
    """A folder's sync mark: everything up to `highest_uid` under `uidvalidity` is seen."""

    account: str
    folder: str
    uidvalidity: int
    highest_uid: int


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What one sync pass did, per account and folder (for the CLI and the log)."""

    account: str
    folder: str
    role: FolderRole
    new: int
    fetched_bodies: int
    stored: int
    quarantined: int
    resynced: bool = False


# --- Understanding recruiting mail (filled by core.classify, core.dates, core.lifecycle) ---


class Label(enum.StrEnum):
    """What a single message says about an application."""

    INVITATION = "invitation"
    CONFIRMATION = "confirmation"
    RESCHEDULE = "reschedule"
    CANCELLATION = "cancellation"
    REJECTION = "rejection"
    OFFER = "offer"
    ACKNOWLEDGMENT = "acknowledgment"
    STATUS_UPDATE = "status_update"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Contact:
    """A person on the employer's side; role is 'recruiter', 'interviewer' or 'contact'."""

    name: str
    email: str
    role: str


@dataclass(frozen=True, slots=True)
class Interview:
    """An interview slot: aware start/end, where it came from, and its iCalendar SEQUENCE."""

    start: datetime
    end: datetime | None
    source: str  # "ics" or "text"
    sequence: int = 0
    cancelled: bool = False
    uid: str | None = None
    interviewers: tuple[Contact, ...] = ()


@dataclass(frozen=True, slots=True)
class Classification:
    """A message's label with confidence and the evidence that decided it."""

    label: Label
    confidence: float
    evidence: tuple[str, ...]
    auto_reply: bool = False
    bulk: bool = False
    asks_confirmation: bool = False
    interview: Interview | None = None
    reply_expected_by: date | None = None
    reply_rule: str | None = None
    contacts: tuple[Contact, ...] = ()
    company: str | None = None
    role: str | None = None


class State(enum.StrEnum):
    """Where an application thread stands."""

    INVITED = "invited"
    SCHEDULED = "scheduled"
    INTERVIEWED = "interviewed"
    AWAITING_REPLY = "awaiting_reply"
    SILENT = "silent"
    REJECTED = "rejected"
    OFFER = "offer"
    WITHDRAWN = "withdrawn"
    MOVED_ON = "moved_on"
    NEEDS_REVIEW = "needs_review"
    NOT_RECRUITING = "not_recruiting"


@dataclass(frozen=True, slots=True)
class Thread:
    """Messages of one conversation, oldest first, with a stable id."""

    id: str
    messages: tuple[Message, ...]


@dataclass(frozen=True, slots=True)
class ThreadState:
    """A thread's derived state at `now`, with the trail of evidence that led there."""

    thread_id: str
    state: State
    since: datetime | None
    evidence: tuple[str, ...]
    interview: Interview | None = None
    promised_by: date | None = None
    last_inbound: datetime | None = None
    last_outbound: datetime | None = None
    company: str | None = None
    role: str | None = None
    contacts: tuple[Contact, ...] = ()


# --- Follow-up actions (planned by core.policy, drafted by core.compose) ---


class ActionKind(enum.StrEnum):
    """The kinds of draft followupd can prepare."""

    INVITATION_REPLY = "invitation_reply"
    CONFIRMATION_REPLY = "confirmation_reply"
    THANK_YOU = "thank_you"
    STATUS_CHECK = "status_check"
    FOLLOWUP = "followup"
    REJECTION_REPLY = "rejection_reply"


@dataclass(frozen=True, slots=True)
class Action:
    """A planned draft: what, for which thread and person, when it is due, and why.

    `key` is stable across runs for the same (thread, kind, sequence, recipient); the
    draft's Message-ID derives from it, which is what makes drafting exactly-once.
    """

    key: str
    thread_id: str
    kind: ActionKind
    due: datetime
    expires: datetime | None
    reason: str
    seq: int = 0
    to: tuple[Address, ...] = ()
    reply_to_message_id: str | None = None
    evidence: tuple[str, ...] = ()
