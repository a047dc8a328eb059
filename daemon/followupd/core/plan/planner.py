"""One planning pass: its inputs, the thread read for the policy, and the actions offered.

`Planner.offer` applies the rules every action obeys: never repeat a drafted or dismissed
key, record an expired one as missed, and move a past-due one found outside business hours
to the next working morning.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from types import MappingProxyType

from followupd.config.types import PolicyConfig, ScheduleConfig
from followupd.core.dates import businesstime as bt
from followupd.core.plan.threads import message_key
from followupd.model import (
    Action,
    ActionKind,
    Address,
    Classification,
    FolderRole,
    Interview,
    Message,
    Thread,
    ThreadState,
)

FOLLOWUP_KINDS = frozenset({ActionKind.STATUS_CHECK, ActionKind.FOLLOWUP})


@dataclass(frozen=True)
class PlanHistory:
    """What the shell's actions table knows: drafted keys (with when), dismissed, missed."""

    drafted: Mapping[str, datetime] = field(default_factory=lambda: MappingProxyType({}))
    dismissed: frozenset[str] = frozenset()
    missed: frozenset[str] = frozenset()

    def followups(self, thread_id: str) -> tuple[int, datetime | None]:
        """Status checks and follow-ups drafted for the thread: how many, and the last when."""
        times = [
            at
            for key, at in self.drafted.items()
            if key.startswith(f"{thread_id}:") and key.split(":")[1] in FOLLOWUP_KINDS
        ]
        return len(times), max(times, default=None)


@dataclass(frozen=True)
class Plan:
    """Actions that should be pending now, expired ones to record as missed, and notes."""

    actions: tuple[Action, ...] = ()
    missed: tuple[Action, ...] = ()
    notes: tuple[str, ...] = ()
    moved_on: datetime | None = None  # when the follow-up sequence gave up, if it did


def stamp(moment: datetime) -> str:
    """A compact UTC timestamp for action keys (no ':' so keys split cleanly)."""
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%MZ")


@dataclass
class Planner:
    """One planning pass: the inputs, and the actions, missed actions and notes so far."""

    state: ThreadState
    thread: Thread
    policy: PolicyConfig
    schedule: ScheduleConfig
    history: PlanHistory
    now: datetime
    own: frozenset[str]
    classifications: Mapping[str, Classification]
    actions: list[Action] = field(default_factory=list)
    missed: list[Action] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    moved_on: datetime | None = None

    # --- reading the thread

    def outbound(self, msg: Message) -> bool:
        """The user's own message: in Sent, or from one of the user's addresses."""
        sender = msg.sender.email.lower() if msg.sender else ""
        return msg.role is FolderRole.SENT or sender in self.own

    def real(self) -> list[Message]:
        """Dated messages that are not drafts, oldest first."""
        found = [m for m in self.thread.messages if not m.is_draft and m.date is not None]
        return sorted(found, key=lambda m: m.date or self.now)

    def inbound(self) -> list[Message]:
        """Real messages from the other side, oldest first."""
        return [m for m in self.real() if not self.outbound(m)]

    def sends_after(self, moment: datetime) -> list[datetime]:
        """When the user wrote in the thread after `moment`."""
        return [m.date for m in self.real() if self.outbound(m) and m.date and m.date > moment]

    def message_at(self, moment: datetime | None) -> Message | None:
        """The inbound message that arrived at `moment` (the one that decided the state)."""
        found = [m for m in self.inbound() if moment is not None and m.date == moment]
        return found[-1] if found else None

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

    def human(self) -> tuple[tuple[Address, ...], str]:
        """The human contact (Reply-To first, never a no-reply address) and how we know.

        The classifier lists only addresses a person reads as 'contact'/'recruiter'
        contacts; the newest inbound message that names one of them decides.
        """
        vetted = {
            c.email.lower(): c
            for c in self.state.contacts
            if c.email and c.role in {"contact", "recruiter"} and c.email.lower() not in self.own
        }
        for msg in reversed(self.inbound()):
            for address in (*msg.reply_to, *msg.from_):
                contact = vetted.get(address.email.lower())
                if contact is not None:
                    name = address.name or contact.name
                    return (Address(name, address.email.lower()),), f"to {address.email}"
        if vetted:
            contact = list(vetted.values())[-1]
            return (Address(contact.name, contact.email.lower()),), f"to {contact.email}"
        inbound = self.inbound()
        sender = inbound[-1].sender if inbound else None
        seen = f" ({sender.email})" if sender else ""
        return (), f"no human address known, only a no-reply sender{seen}: To left empty"

    def reply_target_id(self) -> str | None:
        """The Message-ID the draft answers: the latest inbound real message."""
        inbound = self.inbound()
        return inbound[-1].message_id if inbound else None

    # --- offering candidate actions

    def key(self, kind: ActionKind, seq: int, *parts: str) -> str:
        """f"{thread}:{kind}:{seq}" plus discriminators (interview start, recipient...)."""
        return ":".join((self.state.thread_id, str(kind), str(seq), *parts))

    def offer(self, action: Action) -> None:
        """Plan `action` unless it was drafted, dismissed or has expired (then: missed)."""
        kind, key = action.kind, action.key
        if key in self.history.dismissed:
            self.notes.append(f"{kind} dismissed by you: not repeated")
            return
        if key in self.history.drafted:
            self.notes.append(f"{kind} drafted {self.when(self.history.drafted[key])}")
            return
        if action.expires is not None and self.now >= action.expires:
            self.notes.append(f"{kind} missed: expired {self.day(action.expires)}")
            if key not in self.history.missed:
                self.missed.append(action)
            return
        if action.due <= self.now and not bt.in_business_hours(self.now, self.schedule):
            morning = bt.next_working_morning(self.now, self.schedule)
            action = replace(
                action, due=morning, reason=f"{action.reason}; overdue, so next working morning"
            )
        self.actions.append(action)

    def action(
        self,
        kind: ActionKind,
        key: str,
        due: datetime,
        reason: str,
        *,
        expiry_days: int | None,
        seq: int = 1,
        to: tuple[tuple[Address, ...], str] | None = None,
        evidence: tuple[str, ...] = (),
    ) -> Action:
        """An Action with recipients (the human contact unless given) and its reason."""
        to_addresses, how = to if to is not None else self.human()
        expires = due + timedelta(days=expiry_days) if expiry_days is not None else None
        return Action(
            key=key,
            thread_id=self.state.thread_id,
            kind=kind,
            due=due,
            expires=expires,
            reason=f"{reason}; {how}",
            seq=seq,
            to=to_addresses,
            reply_to_message_id=self.reply_target_id(),
            evidence=evidence,
        )

    def interview_end(self, interview: Interview) -> datetime:
        """The end of the interview, or its start + default_interview_minutes."""
        minutes = timedelta(minutes=self.policy.default_interview_minutes)
        return interview.end or interview.start + minutes

    def describe(self, interview: Interview) -> str:
        """The interview slot in the user's time, with where we learnt it."""
        how = f"ics SEQUENCE {interview.sequence}" if interview.source == "ics" else "from text"
        end = bt.local(self.interview_end(interview), self.schedule)
        return f"interview {self.when(interview.start)} to {end:%H:%M} ({how})"

    def done(self) -> Plan:
        """The plan, actions in due order."""
        actions = tuple(sorted(self.actions, key=lambda a: (a.due, a.key)))
        return Plan(actions, tuple(self.missed), tuple(self.notes), self.moved_on)


def interview_end(interview: Interview, policy: PolicyConfig) -> datetime:
    """The end of the interview, or its start + default_interview_minutes."""
    return interview.end or interview.start + timedelta(minutes=policy.default_interview_minutes)


def describe_interview(interview: Interview, p: Planner) -> str:
    """The interview slot in the user's time, with where we learnt it."""
    how = f"ics SEQUENCE {interview.sequence}" if interview.source == "ics" else "from text"
    end = interview_end(interview, p.policy)
    return f"interview {p.when(interview.start)} to {bt.local(end, p.schedule):%H:%M} ({how})"
