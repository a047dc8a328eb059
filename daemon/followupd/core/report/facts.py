"""What the report reads off one application: the employer, when it began, each answer, its end.

An *answer* is a message in which the employer reacted: a person writing to the user, or a
decision (an invitation, an interview booked, moved or cancelled, a rejection, an offer)
even when their applicant-tracking system sent it. Acknowledgments of receipt (whoever
signs them), auto-replies, bulk mail and a system's "under review" notes are not answers.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from followupd.core.plan.evaluate import ApplicationView
from followupd.core.plan.lifecycle import human_contact
from followupd.core.plan.planner import counts
from followupd.core.plan.threads import message_key
from followupd.core.senders import SenderDirectory
from followupd.model import (
    ActionKind,
    Classification,
    FolderRole,
    Label,
    Message,
    State,
)

# Labels that carry the employer's decision, whoever (or whatever) sent them.
DECISIONS = frozenset(
    {
        Label.INVITATION,
        Label.CONFIRMATION,
        Label.RESCHEDULE,
        Label.CANCELLATION,
        Label.REJECTION,
        Label.OFFER,
    }
)


class Outcome(enum.StrEnum):
    """Where an application ended, or that it has not ended yet."""

    IN_PROGRESS = "in progress"
    OFFER = "offer"
    DECLINED = "declined"
    SILENT = "silent"
    MOVED_ON = "moved on"


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """One row of the actions ledger, as the report needs it (no recipients' text, no body)."""

    key: str
    application_id: str
    kind: ActionKind
    status: str  # pending, appending, done, cancelled, missed or dismissed
    due: datetime
    drafted_at: datetime | None = None
    draft_message_id: str | None = None
    to: tuple[str, ...] = ()

    @property
    def drafted(self) -> bool:
        """Whether a draft was made (it may have been sent or deleted since)."""
        return self.status in {"appending", "done", "dismissed"}


@dataclass(frozen=True, slots=True)
class Parties:
    """Who is who: the user's own addresses, and the directory that tells people from systems."""

    own: frozenset[str]
    senders: SenderDirectory

    def outbound(self, msg: Message) -> bool:
        """The user's own message: in Sent, or from one of the user's addresses."""
        sender = msg.sender.email.lower() if msg.sender else ""
        return msg.role is FolderRole.SENT or sender in self.own

    def from_person(self, c: Classification) -> bool:
        """Whether a person one can answer wrote it (not a no-reply or group address)."""
        return human_contact(c, self.senders) is not None

    def answer(self, msg: Message, c: Classification | None) -> bool:
        """Whether the message is the employer's answer (see the module's docstring)."""
        if c is None or self.outbound(msg) or not counts(c) or c.label is Label.ACKNOWLEDGMENT:
            return False
        return c.label in DECISIONS or self.from_person(c)


def dated(view: ApplicationView) -> list[tuple[datetime, Message]]:
    """Messages that are not drafts, with their dates, oldest first (the undated left out)."""
    found = [(m.date, m) for m in view.app.messages if not m.is_draft and m.date is not None]
    return sorted(found, key=lambda pair: pair[0])


def classification(view: ApplicationView, msg: Message) -> Classification | None:
    """The message's classification, if the view has it."""
    return view.classifications.get(message_key(msg))


def shown_state(view: ApplicationView) -> State:
    """The state a person is shown: moved on once the policy gave up, or when the application
    was quiet since before followupd was installed (the rule `status` follows too)."""
    if view.plan.moved_on is not None or view.plan.dormant:
        return State.MOVED_ON
    return view.state.state


def state_words(view: ApplicationView) -> str:
    """The shown state in words ("awaiting reply"); "moved on?" when only probably so."""
    if view.plan.dormant:
        return "moved on?"
    return str(shown_state(view)).replace("_", " ")


def employer_of(view: ApplicationView) -> str:
    """The employer's name as the mail writes it, else the key the threads were joined by."""
    return view.state.company or view.app.employer


_OUTCOMES = {
    State.OFFER: Outcome.OFFER,
    State.REJECTED: Outcome.DECLINED,
    State.SILENT: Outcome.SILENT,
    State.MOVED_ON: Outcome.MOVED_ON,
    State.WITHDRAWN: Outcome.MOVED_ON,  # the user ended it
}


@dataclass(frozen=True, slots=True)
class AppFacts:
    """One application's milestones: when it began, was first answered, reached an interview,
    and how it ended (if it did)."""

    view: ApplicationView
    employer: str
    role: str
    state: State
    applied_at: datetime | None
    answered_at: datetime | None
    interviewed_at: datetime | None
    outcome: Outcome
    outcome_at: datetime | None

    @property
    def application_id(self) -> str:
        """The application's id."""
        return self.view.app.id


def _interviewed_at(
    view: ApplicationView, messages: list[tuple[datetime, Message]]
) -> datetime | None:
    """When the first interview that still stands was booked (else held): None without one."""
    interviews = [i for i in view.state.interviews if not i.cancelled]
    if not interviews:
        return None
    for at, msg in messages:
        c = classification(view, msg)
        if c is not None and c.interview is not None and not c.interview.cancelled:
            return at
    return interviews[0].start


def _outcome_at(
    view: ApplicationView, state: State, messages: list[tuple[datetime, Message]]
) -> datetime | None:
    if state is State.MOVED_ON and view.plan.moved_on is not None:
        return view.plan.moved_on
    if state is State.MOVED_ON and view.plan.dormant and messages:
        return messages[-1][0]  # quiet since then
    return view.state.since


def facts_of(view: ApplicationView, parties: Parties) -> AppFacts:
    """The milestones of one application."""
    messages = dated(view)
    state = shown_state(view)
    answered = next((at for at, m in messages if parties.answer(m, classification(view, m))), None)
    outcome = _OUTCOMES.get(state, Outcome.IN_PROGRESS)
    return AppFacts(
        view=view,
        employer=employer_of(view),
        role=view.state.role or "",
        state=state,
        applied_at=messages[0][0] if messages else None,
        answered_at=answered,
        interviewed_at=_interviewed_at(view, messages),
        outcome=outcome,
        outcome_at=None if outcome is Outcome.IN_PROGRESS else _outcome_at(view, state, messages),
    )
