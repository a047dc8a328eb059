"""The feed's events: every interview, the promised decision date of each open application,
and the moment each planned draft will be made.

UIDs are stable so a calendar app updates an event rather than adding another: an interview
from the employer's .ics keeps its calendar UID (ours is derived from it), one read from the
text is named by its application and day; a decision date by its application; a draft moment
by its application, kind, round and recipients (so a thank-you that moves with its interview
stays one event).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from followupd.core.agenda.joining import Joining, joining_details
from followupd.core.plan.evaluate import ApplicationView
from followupd.core.plan.lifecycle import interview_identity
from followupd.core.report.facts import classification, employer_of, shown_state
from followupd.core.report.timeline import draft_words
from followupd.model import CLOSED_STATES, Action, Contact, Interview, Message, State

UID_DOMAIN = "followupd.invalid"  # RFC 2606: names no host; UIDs only need to be unique
DRAFT_MINUTES = 15


@dataclass(frozen=True, slots=True)
class FeedEvent:
    """One event of the feed, before its revision (SEQUENCE, DTSTAMP) is settled.

    `start` and `end` are aware datetimes, or dates for an all-day event (end exclusive).
    `base_sequence` is the employer's own SEQUENCE for an interview from their .ics.
    """

    uid: str
    category: str  # interview, decision or draft
    summary: str
    start: datetime | date
    end: datetime | date
    description: str
    location: str | None = None
    url: str | None = None
    attendees: tuple[Contact, ...] = ()
    organizer: Contact | None = None
    busy: bool = False
    base_sequence: int = 0

    def fingerprint(self) -> str:
        """A digest of everything a calendar shows: it changes exactly when the event does."""
        parts = [
            self.category,
            self.summary,
            self.start.isoformat(),
            self.end.isoformat(),
            self.description,
            self.location or "",
            self.url or "",
            *(f"{p.name}<{p.email}>" for p in self.attendees),
            f"{self.organizer.name}<{self.organizer.email}>" if self.organizer else "",
            str(self.busy),
        ]
        return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _uid(kind: str, *parts: str) -> str:
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return f"{kind}-{digest[:24]}@{UID_DOMAIN}"


def _title(view: ApplicationView) -> str:
    role = view.state.role
    return f"{role} at {employer_of(view)}" if role else employer_of(view)


def _booked_by(view: ApplicationView, interview: Interview) -> list[Message]:
    """The messages whose reading carried this interview (same calendar UID, or same start)."""
    found = []
    for msg in view.app.messages:
        c = classification(view, msg)
        held = c.interview if c is not None else None
        if held is None:
            continue
        if (interview.uid and held.uid == interview.uid) or held.start == interview.start:
            found.append(msg)
    return found


def _person(contact: Contact) -> str:
    return f"{contact.name} <{contact.email}>" if contact.name else contact.email


def _interview_text(
    view: ApplicationView, people: Sequence[Contact], organizer: Contact | None, joining: Joining
) -> str:
    lines = [f"Interview for {_title(view)}."]
    if people:
        lines.append(f"With: {', '.join(map(_person, people))}")
    if organizer is not None:
        lines.append(f"Organised by: {_person(organizer)}")
    if joining.url:
        lines.append(f"Join: {joining.url}")
    if joining.location:
        lines.append(f"Where: {joining.location}")
    lines += list(joining.access)
    lines.append(f"followupd explain {view.app.id[:10]}")
    return "\n".join(lines)


def interview_event(
    view: ApplicationView, interview: Interview, *, zone: tzinfo, length: timedelta
) -> FeedEvent:
    """The event of one interview, with its interviewers and how to join where the mail says."""
    joining = joining_details(interview, _booked_by(view, interview))
    organizer = next((p for p in interview.interviewers if p.role == "organizer"), None)
    people = tuple(p for p in interview.interviewers if p.role != "organizer")
    identity = interview_identity(interview, zone)
    key = identity if interview.uid else f"{view.app.id}/{identity}"
    return FeedEvent(
        uid=_uid("interview", key),
        category="interview",
        summary=f"Interview: {_title(view)}",
        start=interview.start,
        end=interview.end or interview.start + length,
        description=_interview_text(view, people, organizer, joining),
        location=joining.location or joining.url,
        url=joining.url,
        attendees=people,
        organizer=organizer,
        busy=True,
        base_sequence=interview.sequence if interview.source == "ics" else 0,
    )


def decision_event(view: ApplicationView, by: date) -> FeedEvent:
    """The all-day event of the date they promised a decision by."""
    return FeedEvent(
        uid=_uid("decision", view.app.id),
        category="decision",
        summary=f"Decision due: {_title(view)}",
        start=by,
        end=by + timedelta(days=1),
        description=(
            f"{employer_of(view)} said you would hear by {by.isoformat()}. If nothing comes, "
            f"followupd plans a status check.\nfollowupd explain {view.app.id[:10]}"
        ),
    )


def draft_events(view: ApplicationView) -> list[FeedEvent]:
    """An event at the moment each planned draft will be made (nothing is sent then)."""
    rounds: dict[tuple[str, int, tuple[str, ...]], int] = {}
    events = []
    for action in sorted(view.plan.actions, key=lambda a: (a.due, a.key)):
        to = tuple(sorted(a.email for a in action.to))
        slot = (str(action.kind), action.seq, to)
        rounds[slot] = rounds.get(slot, 0) + 1
        events.append(_draft_event(view, action, to, rounds[slot]))
    return events


def _draft_event(view: ApplicationView, action: Action, to: tuple[str, ...], n: int) -> FeedEvent:
    words = draft_words(action.kind)
    recipients = ", ".join(to) if to else "nobody yet (no address a person reads)"
    return FeedEvent(
        uid=_uid("draft", view.app.id, str(action.kind), str(action.seq), *to, str(n)),
        category="draft",
        summary=f"followupd drafts a {words}: {employer_of(view)}",
        start=action.due,
        end=action.due + timedelta(minutes=DRAFT_MINUTES),
        description=(
            f"A {words} to {recipients} appears in your Drafts folder for you to edit and "
            f"send; followupd never sends it.\nWhy: {action.reason}\n"
            f"followupd explain {view.app.id[:10]}"
        ),
    )


def _open(view: ApplicationView) -> bool:
    return shown_state(view) not in CLOSED_STATES | {State.MOVED_ON}


def _sort_key(event: FeedEvent, zone: tzinfo) -> tuple[datetime, str]:
    start = event.start
    if not isinstance(start, datetime):
        start = datetime(start.year, start.month, start.day, tzinfo=zone)
    return start, event.uid


def feed_events(
    views: Sequence[ApplicationView], *, zone: tzinfo, interview_length: timedelta
) -> tuple[FeedEvent, ...]:
    """Every event of the feed, by start time (all-day events at midnight in `zone`)."""
    events: list[FeedEvent] = []
    for view in views:
        if not view.recruiting:
            continue
        events += [
            interview_event(view, interview, zone=zone, length=interview_length)
            for interview in view.state.interviews
            if not interview.cancelled
        ]
        if view.state.promised_by is not None and _open(view):
            events.append(decision_event(view, view.state.promised_by))
        events += draft_events(view)
    unique = {e.uid: e for e in events}  # one event per UID, whatever the input repeats
    return tuple(sorted(unique.values(), key=lambda e: _sort_key(e, zone)))
