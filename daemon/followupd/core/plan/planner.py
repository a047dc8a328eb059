"""One planning pass for an application: its inputs, what it read, and the actions offered.

`Planner.offer` applies the rules every action obeys: never repeat a purpose already drafted
or dismissed (by key, and by what the ledger says was drafted for the same message and
person under an earlier grouping), never plan a draft nobody can receive, record an expired
one as missed, and move a past-due one found outside business hours to the next working
morning.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Literal

from followupd.config.types import PolicyConfig, ScheduleConfig
from followupd.core.dates import businesstime as bt
from followupd.core.plan.threads import message_key
from followupd.core.senders import SenderDirectory
from followupd.model import (
    FOLLOWUP_KINDS,
    Action,
    ActionKind,
    Address,
    Application,
    ApplicationState,
    Classification,
    FolderRole,
    Interview,
    Label,
    Message,
)

PastStatus = Literal["drafted", "dismissed", "missed"]
_STAMP = re.compile(r"\d{8}T\d{4}Z")  # the UTC moment `stamp` writes into keys


@dataclass(frozen=True, slots=True)
class PastAction:
    """One ledger row the planner must respect: a draft made, deleted by the user, or missed."""

    key: str
    kind: ActionKind
    status: PastStatus
    at: datetime  # when it was drafted (or settled)
    parent: str | None  # the Message-ID the draft answered
    to: tuple[str, ...]  # recipient addresses, lower case
    application_id: str
    draft_message_id: str | None = None  # the draft's Message-ID (kept when the user sends it)


@dataclass(frozen=True)
class PlanHistory:
    """What the shell's actions table knows, keyed for the planner's two questions: was this
    key handled, and what was drafted for these messages (whatever the key said then)."""

    entries: tuple[PastAction, ...] = ()
    _by_key: Mapping[str, PastAction] = field(init=False, repr=False, compare=False)
    _by_parent: Mapping[str, tuple[PastAction, ...]] = field(init=False, repr=False, compare=False)
    _by_app: Mapping[str, tuple[PastAction, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_parent: dict[str, list[PastAction]] = {}
        by_app: dict[str, list[PastAction]] = {}
        for entry in self.entries:
            if entry.parent:
                by_parent.setdefault(entry.parent, []).append(entry)
            by_app.setdefault(entry.application_id, []).append(entry)
        object.__setattr__(self, "_by_key", {e.key: e for e in self.entries})
        object.__setattr__(self, "_by_parent", {k: tuple(v) for k, v in by_parent.items()})
        object.__setattr__(self, "_by_app", {k: tuple(v) for k, v in by_app.items()})

    def get(self, key: str) -> PastAction | None:
        """The ledger row of `key`, if it was drafted, dismissed or missed."""
        return self._by_key.get(key)

    def of(self, app: Application) -> tuple[PastAction, ...]:
        """Rows belonging to the application: by its id, or answering one of its messages."""
        ids = {m.message_id for m in app.messages if m.message_id}
        found = {e.key: e for e in self._by_app.get(app.id, ())}
        for message_id in ids:
            for entry in self._by_parent.get(message_id, ()):
                found[entry.key] = entry
        return tuple(sorted(found.values(), key=lambda e: (e.at, e.key)))


def history_from(rows: Sequence[PastAction]) -> PlanHistory:
    """A PlanHistory of the given rows."""
    return PlanHistory(tuple(rows))


@dataclass(frozen=True)
class Plan:
    """Actions that should be pending now, expired ones to record as missed, and notes."""

    actions: tuple[Action, ...] = ()
    missed: tuple[Action, ...] = ()
    notes: tuple[str, ...] = ()
    moved_on: datetime | None = None  # when the follow-up sequence gave up, if it did
    dormant: bool = False  # quiet since before followupd was installed: nothing is planned


def stamp(moment: datetime) -> str:
    """A compact UTC timestamp for action keys (no ':' so keys split cleanly)."""
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%MZ")


def anchor_of(message_key_or_id: str) -> str:
    """A short, stable token for the message a purpose is anchored on."""
    return hashlib.sha256(message_key_or_id.encode("utf-8", "surrogatepass")).hexdigest()[:12]


@dataclass
class Planner:
    """One planning pass: the inputs, and the actions, missed actions and notes so far."""

    state: ApplicationState
    app: Application
    policy: PolicyConfig
    schedule: ScheduleConfig
    history: PlanHistory
    now: datetime
    own: frozenset[str]
    classifications: Mapping[str, Classification]
    senders: SenderDirectory
    revived: bool = False  # the user brought it back: plan it as if its silence were new
    past: tuple[PastAction, ...] = ()
    actions: list[Action] = field(default_factory=list)
    missed: list[Action] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    moved_on: datetime | None = None

    def __post_init__(self) -> None:
        self.past = self.history.of(self.app)

    # --- reading the application

    def outbound(self, msg: Message) -> bool:
        """The user's own message: in Sent, or from one of the user's addresses."""
        sender = msg.sender.email.lower() if msg.sender else ""
        return msg.role is FolderRole.SENT or sender in self.own

    def real(self) -> list[Message]:
        """Dated messages that are not drafts, oldest first."""
        found = [m for m in self.app.messages if not m.is_draft and m.date is not None]
        return sorted(found, key=lambda m: m.date or self.now)

    def inbound(self) -> list[Message]:
        """Real messages from the other side, oldest first (auto-replies and bulk left out)."""
        found = []
        for msg in self.real():
            verdict = self.label_of(msg)
            if self.outbound(msg) or (verdict is not None and not counts(verdict)):
                continue
            found.append(msg)
        return found

    def sends_after(self, moment: datetime) -> list[datetime]:
        """When the user wrote in the application after `moment`."""
        return [m.date for m in self.real() if self.outbound(m) and m.date and m.date > moment]

    def message_at(self, moment: datetime | None) -> Message | None:
        """The inbound message that arrived at `moment` (the one that decided the state)."""
        found = [m for m in self.inbound() if moment is not None and m.date == moment]
        return found[-1] if found else None

    def message_by_key(self, key: str) -> Message | None:
        """The application's message with this key."""
        return next((m for m in self.app.messages if message_key(m) == key), None)

    def label_of(self, msg: Message | None) -> Classification | None:
        """The classifier's verdict on `msg`, when the caller passed it."""
        return self.classifications.get(message_key(msg)) if msg is not None else None

    def when(self, moment: datetime) -> str:
        """A moment as the user reads it: local date and time with the zone."""
        return f"{bt.local(moment, self.schedule):%Y-%m-%d %H:%M %Z}"

    def day(self, moment: datetime) -> str:
        """A moment's local date."""
        return bt.local(moment, self.schedule).date().isoformat()

    # --- recipients

    def is_person(self, address: Address) -> bool:
        """An address one person reads: not ours, no-reply, a relay, a group or a room."""
        email = address.email.lower()
        return bool(
            email
            and email not in self.own
            and not self.senders.is_no_reply(address)
            and not self.senders.is_group_or_resource(address)
            and not self.senders.is_relay(address.domain)
        )

    def human(
        self, answering: Message | None = None, *, only: bool = False
    ) -> tuple[tuple[Address, ...], str]:
        """The latest human contact (Reply-To first, never a no-reply, relay, group or room
        address) and how we know; `answering` first when it names one, and with `only`
        nobody else (a decline is answered to whoever sent it, or to nobody).

        The classifier lists as 'contact' only the address a person reads on each message;
        the newest inbound message of the application with one decides.
        """
        order = self.inbound()[::-1]
        if answering is not None:
            order = [answering] if only else [answering, *(m for m in order if m is not answering)]
        for msg in order:
            verdict = self.label_of(msg)
            if verdict is None:
                continue
            for contact in verdict.contacts:
                if contact.role != "contact" or not contact.email:
                    continue
                address = Address(
                    contact.name or self.name_of(contact.email), contact.email.lower()
                )
                if self.is_person(address):
                    return (address,), f"to {address.email}"
        inbound = self.inbound()
        sender = inbound[-1].sender if inbound else None
        seen = f" ({sender.email})" if sender else ""
        return (), f"no person to answer, only an automated sender{seen}"

    def name_of(self, email: str) -> str:
        """A name the application's mail gave this address elsewhere (a signature, a
        calendar), for a greeting by first name; empty when none did."""
        email = email.lower()
        return next(
            (c.name for c in self.state.contacts if c.email.lower() == email and c.name), ""
        )

    def reply_target(self) -> Message | None:
        """The message a draft answers by default: the latest inbound one from a person,
        else the latest inbound one."""
        inbound = self.inbound()
        for msg in reversed(inbound):
            verdict = self.label_of(msg)
            if verdict is not None and any(c.role == "contact" for c in verdict.contacts):
                return msg
        return inbound[-1] if inbound else None

    # --- offering candidate actions

    def key(self, kind: ActionKind, seq: int, anchor: str, *parts: str) -> str:
        """f"{kind}:{seq}:{anchor}" plus discriminators (interview start, recipient...).

        The anchor is the message (or interview) the purpose hangs on, never the application's
        id: a regrouping of threads leaves every key as it was.
        """
        return ":".join((str(kind), str(seq), anchor_of(anchor), *parts))

    def handled_before(self, action: Action) -> PastAction | None:
        """A ledger row for the same purpose under another key: same kind answering the same
        message, to the same person (a draft made before a regrouping or an upgrade)."""
        if action.kind in FOLLOWUP_KINDS:
            return None  # the silence rounds count what was drafted (core.plan.silence)
        wanted = {a.email.lower() for a in action.to}
        # A thank-you is for one interview: the start in its key names it (keys old and new).
        moment = _STAMP.findall(action.key) if action.kind is ActionKind.THANK_YOU else []
        for entry in self.past:
            if entry.kind is not action.kind or entry.status == "missed":
                continue
            if moment:
                if not set(moment) & set(_STAMP.findall(entry.key)):
                    continue
            elif entry.parent != action.reply_to_message_id:
                continue
            if not wanted or not entry.to or wanted & set(entry.to):
                return entry
        return None

    def offer(self, action: Action) -> None:
        """Plan `action` unless it was handled, nobody can receive it, or it has expired."""
        kind, key = action.kind, action.key
        past = self.history.get(key) or self.handled_before(action)
        if past is not None and past.status == "dismissed":
            self.notes.append(f"{kind} dismissed by you: not repeated")
            return
        if past is not None and past.status == "drafted":
            self.notes.append(f"{kind} drafted {self.when(past.at)}")
            return
        if not action.to and not self.policy.draft_without_recipient:
            self.notes.append(
                f"{kind}: {action.reason.rpartition('; ')[2]}: nobody to write to, no draft"
            )
            return
        if action.expires is not None and self.now >= action.expires:
            self.notes.append(f"{kind} missed: expired {self.day(action.expires)}")
            if past is None:
                self.missed.append(action)
            return
        if action.due <= self.now and not bt.in_business_hours(self.now, self.schedule):
            morning = bt.next_working_morning(self.now, self.schedule)
            action = replace(
                action, due=morning, reason=f"{action.reason}; overdue, so next working morning"
            )
        self.actions.append(self.after_absence(action))

    def after_absence(self, action: Action) -> Action:
        """Due no earlier than the morning its recipient is back, if their automatic reply
        named the day (a draft to someone away waits for them; its expiry moves with it)."""
        away = dict(self.state.away)
        backs = [away[a.email.lower()] for a in action.to if a.email.lower() in away]
        if not backs:
            return action
        back = max(backs)
        start = bt.on_business_day_at(back, self.schedule.business_start, self.schedule)
        if start <= action.due:
            return action
        shift = start - action.due
        expires = action.expires + shift if action.expires is not None else None
        why = f"{action.reason}; they are away until {back.isoformat()}, so then"
        return replace(action, due=start, expires=expires, reason=why)

    def action(
        self,
        kind: ActionKind,
        key: str,
        due: datetime,
        reason: str,
        *,
        seq: int = 1,
        parent: Message | None = None,
        to: tuple[tuple[Address, ...], str] | None = None,
        evidence: tuple[str, ...] = (),
        only_parent: bool = False,
    ) -> Action:
        """An Action answering `parent` (default: the latest message from a person), to the
        human contact unless `to` is given (with `only_parent`: the parent's own sender or
        nobody), expiring per the kind's [policy.expiry_days]."""
        target = parent or self.reply_target()
        to_addresses, how = to if to is not None else self.human(target, only=only_parent)
        days = self.policy.expiry(kind)
        expires = due + timedelta(days=days) if days is not None else None
        return Action(
            key=key,
            application_id=self.app.id,
            kind=kind,
            due=due,
            expires=expires,
            reason=f"{reason}; {how}",
            seq=seq,
            to=to_addresses,
            reply_to_message_id=target.message_id if target is not None else None,
            evidence=evidence,
        )

    def announcing(self, interview: Interview) -> Message | None:
        """The latest message, before it ended, that set this interview (by calendar UID, else
        by its start): the one a thank-you answers when one day holds several sessions."""
        end = self.interview_end(interview)
        found = None
        for msg in self.inbound():
            told = self.label_of(msg)
            slot = told.interview if told is not None else None
            if slot is None or msg.date is None or msg.date > end:
                continue
            same = slot.uid == interview.uid if interview.uid else slot.start == interview.start
            if same:
                found = msg
        return found

    def interview_end(self, interview: Interview) -> datetime:
        """The end of the interview, or its start + default_interview_minutes."""
        minutes = timedelta(minutes=self.policy.default_interview_minutes)
        return interview.end or interview.start + minutes

    def describe(self, interview: Interview) -> str:
        """The interview slot in the user's time, with where we learnt it."""
        how = f"ics SEQUENCE {interview.sequence}" if interview.source == "ics" else "from text"
        end = bt.local(self.interview_end(interview), self.schedule)
        return f"interview {self.when(interview.start)} to {end:%H:%M} ({how})"

    def followups_drafted(self, since: datetime) -> list[PastAction]:
        """Status checks and follow-ups drafted (or dismissed) for the application since."""
        return [
            e
            for e in self.past
            if e.kind in FOLLOWUP_KINDS and e.status != "missed" and e.at >= since
        ]

    def done(self) -> Plan:
        """The plan, actions in due order."""
        actions = tuple(sorted(self.actions, key=lambda a: (a.due, a.key)))
        return Plan(actions, tuple(self.missed), tuple(self.notes), self.moved_on)


def counts(c: Classification) -> bool:
    """Whether a message can be the employer's answer: no auto-reply, and no bulk mail unless
    its reading was overwhelming (an ATS decline sent with List-Unsubscribe is still one)."""
    return not c.auto_reply and not (c.bulk and c.label is Label.OTHER)


def own_set(addresses: Collection[str]) -> frozenset[str]:
    """The user's addresses, lower case."""
    return frozenset(a.lower() for a in addresses)
