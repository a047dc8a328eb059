"""Our own frozen value types: what crosses the boundary between adapters, core and service.

Library objects (imapclient responses, mail-parser objects, sqlite rows) never leave
`adapters/`; they are turned into these first.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType


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
    # The store's key for this message (its Message-ID, or a stand-in: see
    # core.plan.threads.message_key); empty until the store has seen it. Bookkeeping, so
    # two messages with the same content compare equal whatever their keys.
    key: str = field(default="", compare=False)

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
    # What the sender asks the user for, in a few words each ("your availability"); empty
    # when they ask nothing. Topics only: never the sender's own sentences.
    asks: tuple[str, ...] = ()
    # The sender answers something the user sent (their application, a call): an invitation
    # without this and without earlier mail is a recruiter's first approach.
    answers_user: bool = False
    # The best readings with their probabilities, best first (at least two when a model
    # decided). A rule (unread language, automatic reply, bulk) may have set another label.
    alternatives: tuple[tuple[Label, float], ...] = ()
    # The language of the sender's own text ("en", "de"...); None when too short to tell.
    language: str | None = None
    # False when `language` is one followupd does not read: the label says nothing then.
    language_read: bool = True


class State(enum.StrEnum):
    """Where an application stands."""

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


# States after which no status check or follow-up is ever drafted.
CLOSED_STATES = frozenset({State.REJECTED, State.OFFER, State.WITHDRAWN})


@dataclass(frozen=True, slots=True)
class Thread:
    """Messages of one conversation, oldest first, with a stable id."""

    id: str
    messages: tuple[Message, ...]


@dataclass(frozen=True, slots=True)
class Application:
    """One employer process: every thread and message about one job at one organisation.

    A real employer writes from a recruiter, a coordinator, an ATS no-reply address and a job
    board under different subjects; `core.plan.applications` joins those threads. `id` is
    stable while the application's first message stays its first; `employer` is the key the
    threads were joined by (an organisation's domain, a company name, or a person).
    """

    id: str
    employer: str
    threads: tuple[Thread, ...]
    messages: tuple[Message, ...]  # of every thread, oldest first


@dataclass(frozen=True, slots=True)
class Request:
    """Something a person on the employer's side asked the user and is waiting for."""

    message_id: str | None
    message_key: str
    at: datetime
    asks: tuple[str, ...]  # what they asked, in a few words each


@dataclass(frozen=True, slots=True)
class ApplicationState:
    """An application's derived state at `now`, with the trail of evidence that led there.

    `interview` is the current (latest) interview; `interviews` every interview held or
    planned that was not cancelled, oldest first (one thank-you each). `open_request` is the
    latest question a person asked that the user has not answered yet. `automated` is true
    when nobody on the employer's side ever wrote from an address a person reads.
    """

    application_id: str
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
    interviews: tuple[Interview, ...] = ()
    open_request: Request | None = None
    automated: bool = False
    last_human: datetime | None = None
    # People whose automatic reply says they are away, and the day each is back.
    away: tuple[tuple[str, date], ...] = ()
    promise_from_person: bool = False  # promised_by came from a person, not an ATS notice
    # Why it needs a look, in a few words ("language: de", "rejection 0.55 or other 0.30");
    # set only when state is needs_review.
    review: str | None = None


# --- Follow-up actions (planned by core.plan.policy, drafted by core.write.compose) ---


class ActionKind(enum.StrEnum):
    """The kinds of draft followupd can prepare."""

    INVITATION_REPLY = "invitation_reply"
    OUTREACH_REPLY = "outreach_reply"
    CONFIRMATION_REPLY = "confirmation_reply"
    REPLY = "reply"
    THANK_YOU = "thank_you"
    STATUS_CHECK = "status_check"
    FOLLOWUP = "followup"
    REJECTION_REPLY = "rejection_reply"


@dataclass(frozen=True, slots=True)
class DraftKind:
    """One kind of draft: how a person says it, its [policy] switch, expiry and templates.

    `template` is the file used after an interview took place; `cold_template`, when set,
    the one used when none did (no "I enjoyed our conversation" before there was one).
    """

    kind: ActionKind
    label: str
    switch: str  # the [policy] key that turns it on or off
    expiry_days: int | None  # default days after due it is still worth drafting; None: no limit
    template: str  # file name among the templates
    cold_template: str | None = None

    @property
    def expires(self) -> bool:
        """Whether an overdue draft of this kind becomes 'missed' instead of late."""
        return self.expiry_days is not None

    @property
    def templates(self) -> tuple[str, ...]:
        """Every template file this kind reads."""
        return (self.template, *((self.cold_template,) if self.cold_template else ()))


# The one table of draft kinds: the config schema ([policy] switches and expiry_days), the
# digest's wording and the template files derive from it. A new kind is a line here, a
# template file, and the rule in core.plan.policy that plans it.
DRAFT_KINDS: tuple[DraftKind, ...] = (
    DraftKind(ActionKind.INVITATION_REPLY, "reply to the invitation", "invitation_reply", 3,
              "invitation_reply.txt"),
    DraftKind(ActionKind.OUTREACH_REPLY, "reply to a recruiter's approach", "outreach_reply", 3,
              "outreach_reply.txt"),
    DraftKind(ActionKind.CONFIRMATION_REPLY, "confirming reply", "confirmation_reply", 3,
              "confirmation_reply.txt"),
    DraftKind(ActionKind.REPLY, "reply to a question", "reply", 3, "reply.txt"),
    DraftKind(ActionKind.THANK_YOU, "thank-you note", "thank_you", 3, "thank_you.txt"),
    DraftKind(ActionKind.STATUS_CHECK, "status check", "status_check", None, "status_check.txt",
              "status_check_cold.txt"),
    DraftKind(ActionKind.FOLLOWUP, "follow-up", "followups", None, "followup.txt"),
    DraftKind(ActionKind.REJECTION_REPLY, "reply to the rejection", "rejection_reply", 14,
              "rejection_reply.txt", "rejection_reply_cold.txt"),
)  # fmt: skip
# Template file stem -> the kind it is for.
TEMPLATE_KINDS: Mapping[str, ActionKind] = MappingProxyType(
    {name.removesuffix(".txt"): k.kind for k in DRAFT_KINDS for name in k.templates}
)
KIND_INFO: Mapping[ActionKind, DraftKind] = MappingProxyType({k.kind: k for k in DRAFT_KINDS})
# Status checks and follow-ups: the cadence while the employer is silent.
FOLLOWUP_KINDS = frozenset({ActionKind.STATUS_CHECK, ActionKind.FOLLOWUP})


@dataclass(frozen=True, slots=True)
class Action:
    """A planned draft: what, for which application and person, when it is due, and why.

    `key` is stable across runs for the same purpose: it derives from the message (or the
    interview) the draft answers, never from how messages happen to be grouped, so a
    regrouping never makes a second draft for the same purpose. The draft's Message-ID
    derives from the key, which is what makes drafting exactly-once.
    """

    key: str
    application_id: str
    kind: ActionKind
    due: datetime
    expires: datetime | None
    reason: str
    seq: int = 0
    to: tuple[Address, ...] = ()
    reply_to_message_id: str | None = None
    evidence: tuple[str, ...] = ()
