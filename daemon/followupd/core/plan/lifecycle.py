"""An application's state at `now`, derived from all its messages and their classifications.

Every thread of the application is one story here: the messages of all its threads are
walked oldest first, so a decline in a thread of its own closes the application, and an
interview set up by a coordinator supersedes the cadence an earlier thread started. The
messages are walked oldest first; each inbound label moves the state, then the clock
decides what the waiting means. The rules, precisely:
- Drafts (ours or \\Draft-flagged) are skipped. A message is outbound when it is in the
  Sent folder or comes from one of `own_addresses`; everything else is inbound.
- Inbound auto-replies and bulk mail never count as the employer's answer; OTHER and
  unclassified messages do not move the state (OTHER still counts as contact).
- invitation/confirmation/reschedule with a time -> scheduled; without a time -> invited
  (an upcoming scheduled interview is kept). A lower SEQUENCE for the same UID is stale.
- cancellation (label, or a cancelled .ics) clears the interview -> invited, because a new
  time usually follows; a low-confidence cancellation becomes needs_review as any other.
  Every interview that was not cancelled is kept (`interviews`, one thank-you each): one
  with the same calendar UID, or on the same day, or the one a reschedule moves, is the
  same interview updated; another day is another round.
- A person (an inbound message with an address a person reads, not an ATS or no-reply one)
  who asks the user something leaves an `open_request` until the user writes again.
- rejection and offer are terminal: only a later invitation, confirmation, reschedule,
  rejection or offer changes them. The user's own withdrawal (WITHDRAW_PHRASES in the
  unquoted part of an outbound message) is final.
- The deciding message (the last one that changed the state) must reach `min_confidence`,
  else the state is needs_review, unless being wrong costs only a draft the user deletes
  (`core.plan.doubt`: the model's own reading, at least 0.5, with no closing reading
  behind it). No label other than OTHER at all -> not_recruiting.
- Mail in a language followupd does not read makes the application needs_review, named.
- A person's message that reads as OTHER in an open application (a decline or an update in
  words the classifier does not know) makes it needs_review until a readable message
  arrives or the user writes: chasing an employer who may have said no is the worst draft.
- scheduled -> interviewed once the interview's end (start + `interview_length` when the
  message gave none) has passed.
- After an interview or an acknowledgment/status update the application waits:
  interviewed while nothing happened since the interview; awaiting_reply(since = latest of
  interview end, last outbound and last status message); silent(since = last contact) when
  the promised date has passed (`now`'s own date is compared, so pass `now` in the user's
  zone) or, with no promise, after `silent_after` without contact. An invited application the
  user answered also turns silent after `silent_after`.
- moved_on: `followups_sent` > 0, the last outbound message is after the waiting began,
  nothing real came back since, and `move_on_after` has passed since that last message.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, tzinfo

from followupd.core.dates.away import away_until
from followupd.core.plan.doubt import calendar_meeting, readings, wrong_costs_little
from followupd.core.plan.planner import counts
from followupd.core.plan.threads import message_key
from followupd.core.plan.withdrawal import withdraws
from followupd.core.senders import SenderDirectory
from followupd.core.understand.organisation import company_from_subject_only, company_is_guess
from followupd.model import (
    CLOSED_STATES,
    Address,
    Application,
    ApplicationState,
    Classification,
    Contact,
    FolderRole,
    Interview,
    Label,
    Message,
    Request,
    State,
)

_REOPENING = frozenset({Label.INVITATION, Label.CONFIRMATION, Label.RESCHEDULE, Label.OFFER})


def _day(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d")


def _describe(interview: Interview) -> str:
    how = f"ics SEQUENCE {interview.sequence}" if interview.source == "ics" else "from text"
    return f"interview {interview.start.isoformat(timespec='minutes')} ({how})"


def interview_identity(interview: Interview, zone: tzinfo | None = None) -> str:
    """One interview across its updates: its calendar UID, else the day it takes place (in
    the user's zone when given: one evening in New York is the next day in UTC)."""
    if interview.uid:
        return f"uid:{interview.uid}"
    return f"day:{interview.start.astimezone(zone).date() if zone else interview.start.date()}"


@dataclass
class _Walk:
    """What the walk over the messages has established so far."""

    zone_now: datetime
    notes: list[str] = field(default_factory=list)
    state: State | None = None
    since: datetime | None = None
    interview: Interview | None = None
    interviews: dict[str, Interview] = field(default_factory=dict)
    promised_by: date | None = None
    promised_by_person: bool = False  # a person promised it, not an ATS's boilerplate
    confidence: float = 1.0
    decided_by: str = ""
    recruiting: bool = False
    last_inbound: datetime | None = None
    last_outbound: datetime | None = None
    last_human: datetime | None = None
    names: Counter[str] = field(default_factory=Counter)  # companies the mail writes out
    subjects: Counter[str] = field(default_factory=Counter)  # ... only a subject names
    guesses: Counter[str] = field(default_factory=Counter)  # companies guessed from addresses
    role: str | None = None
    contacts: dict[str, Contact] = field(default_factory=dict)
    request: Request | None = None
    unread: datetime | None = None  # a person wrote something followupd could not read
    unread_language: str | None = None  # ... in this language, which it does not read
    unread_reading: Classification | None = None  # ... and how it read
    deciding: Classification | None = None  # how the message that set the state read
    away: dict[str, date] = field(default_factory=dict)  # address -> back on (auto-replies)

    def take_company(self, c: Classification) -> None:
        """Count the company a message names (or only guesses from an address)."""
        if not c.company:
            return
        if company_is_guess(c.evidence):
            self.guesses[c.company] += 1
        elif company_from_subject_only(c.evidence):
            self.subjects[c.company] += 1
        else:
            self.names[c.company] += 1

    @property
    def company(self) -> str | None:
        """The name the application's mail writes most (a signature, a display name, the
        text); else one a subject gives beside a job title, which every "Re:" repeats and
        which may be a place ("Lead Data Engineer - Frankfurt"); else the likeliest guess."""
        for counter in (self.names, self.subjects, self.guesses):
            if counter:
                top = max(counter.values())
                # On a tie, the name first written later wins: later mail knows more.
                return next(n for n in reversed(counter) if counter[n] == top)
        return None

    def move(self, state: State, at: datetime, c: Classification, label: str) -> None:
        self.state, self.since = state, at
        self.confidence, self.decided_by = c.confidence, f"{_day(at)} {label}"
        self.deciding = c

    def same_day(self, new: Interview) -> Interview | None:
        """A known interview on the same day in the user's zone, where the calendar UIDs do
        not say they differ (a confirmation in words of an .ics invitation)."""
        zone = self.zone_now.tzinfo
        day = new.start.astimezone(zone).date()
        for old in self.interviews.values():
            if old.start.astimezone(zone).date() != day:
                continue
            if old.uid and new.uid and old.uid != new.uid:
                continue  # two calendar events that day: two interviews
            return old
        return None

    def identity(self, interview: Interview) -> str:
        """The interview's identity, its day counted in the user's zone."""
        return interview_identity(interview, self.zone_now.tzinfo)

    def set_interview(self, new: Interview, at: datetime, c: Classification, label: str) -> None:
        """Record `new` as the current interview, merged with the one it updates, if any."""
        identity = self.identity(new)
        old = self.interviews.get(identity) or self.same_day(new)
        if old is None and label == Label.RESCHEDULE and self.interview is not None:
            old = self.interview  # "moved to Thursday": the current interview, a new day
        if old and old.uid and new.uid == old.uid and new.sequence < old.sequence:
            self.notes.append(
                f"{_day(at)} {label}: SEQUENCE {new.sequence} older than {old.sequence}, ignored"
            )
            return
        if old is not None:
            self.interviews.pop(self.identity(old), None)
            if not new.interviewers and old.interviewers:
                new = replace(new, interviewers=old.interviewers)
            if old.uid and not new.uid:
                # The calendar's UID stays the interview's name: a later update or
                # cancellation of the event must still find it.
                new = replace(new, uid=old.uid, sequence=old.sequence)
            identity = self.identity(new)
        if old is not None and old.start != new.start and not new.cancelled:
            self.notes.append(
                f"{_day(at)} {label}: rescheduled from "
                f"{old.start.isoformat(timespec='minutes')} to {_describe(new)}"
            )
        else:
            self.notes.append(f"{_day(at)} {label}: {_describe(new)}")
        self.interviews[identity] = new
        self.interview = new
        self.move(State.SCHEDULED, at, c, label)

    def cancel_interview(self, given: Interview | None) -> None:
        """Drop the interview a cancellation names (its UID), else the current one."""
        target = None
        if given is not None and given.uid:
            target = self.interviews.get(self.identity(given))
        if target is None:
            target = self.interview
        if target is not None:
            self.interviews.pop(self.identity(target), None)
        self.interview = None


def _stale_cancellation(walk: _Walk, interview: Interview | None) -> bool:
    if interview is None or not interview.uid:
        return False
    old = walk.interviews.get(walk.identity(interview))
    return old is not None and interview.sequence < old.sequence


def _inbound(
    walk: _Walk, msg: Message, c: Classification, at: datetime, person: Contact | None
) -> None:
    label = c.label
    if label is Label.OTHER:
        walk.notes.append(f"{_day(at)} other: no change")
        return
    walk.recruiting = True
    walk.unread, walk.unread_language = None, None
    walk.take_company(c)
    walk.role = c.role or walk.role
    closed = walk.state is State.WITHDRAWN or (
        walk.state in CLOSED_STATES and label not in _REOPENING and label is not Label.REJECTION
    )
    if closed:
        walk.notes.append(f"{_day(at)} {label}: ignored after {walk.state}")
        return
    if c.reply_expected_by is not None:
        walk.promised_by = c.reply_expected_by
        # A named person's promise, not a team mailbox's boilerplate ("Careers <careers@>").
        walk.promised_by_person = person is not None and bool(person.name)
        rule = f" ({c.reply_rule})" if c.reply_rule else ""
        walk.notes.append(f"{_day(at)} {label}: reply promised by {c.reply_expected_by}{rule}")
    interview = c.interview
    if label is Label.CANCELLATION or (interview is not None and interview.cancelled):
        if _stale_cancellation(walk, interview):
            walk.notes.append(f"{_day(at)} {label}: stale cancellation ignored")
            return
        walk.cancel_interview(interview)
        walk.notes.append(f"{_day(at)} {label}: interview cancelled; invited until a new time")
        walk.move(State.INVITED, at, c, str(label))
        return
    if label in {Label.INVITATION, Label.CONFIRMATION, Label.RESCHEDULE}:
        if interview is not None:
            walk.set_interview(interview, at, c, str(label))
            return
        upcoming = walk.interview is not None and walk.interview.start > at
        if upcoming and label is not Label.RESCHEDULE:
            walk.notes.append(f"{_day(at)} {label}: no new time; the scheduled interview stands")
            walk.move(State.SCHEDULED, at, c, str(label))
            return
        if walk.interview is not None and walk.interview.start > at:
            walk.cancel_interview(None)  # a reschedule without a new time: open again
        walk.interview = None
        walk.notes.append(f"{_day(at)} {label}: no time fixed yet")
        walk.move(State.INVITED, at, c, str(label))
        return
    if label in {Label.REJECTION, Label.OFFER}:
        walk.notes.append(f"{_day(at)} {label}")
        walk.move(State.REJECTED if label is Label.REJECTION else State.OFFER, at, c, str(label))
        return
    upcoming = walk.interview is not None and walk.interview.start > at
    if walk.state is None or (label is Label.STATUS_UPDATE and not upcoming):
        walk.notes.append(f"{_day(at)} {label}: waiting for the employer")
        walk.move(State.AWAITING_REPLY, at, c, str(label))
    else:
        walk.notes.append(f"{_day(at)} {label}: no change")


def human_contact(c: Classification, senders: SenderDirectory) -> Contact | None:
    """The person to answer this message, if a person can be answered at all."""
    for contact in c.contacts:
        address = contact.email
        if contact.role != "contact" or not address:
            continue
        if senders.is_group_or_resource(Address(contact.name, address)):
            continue
        return contact
    return None


def _outbound(walk: _Walk, msg: Message, c: Classification | None, at: datetime) -> None:
    walk.last_outbound = at
    # The user read it and answered: the conversation goes on.
    walk.unread, walk.unread_language = None, None
    if walk.request is not None and at > walk.request.at:
        walk.notes.append(f"{_day(at)} you answered what they asked on {_day(walk.request.at)}")
        walk.request = None
    if c is not None:
        # Your own application names the company and role; their mail counts as much.
        walk.take_company(c)
        walk.role = walk.role or c.role
        _agreed_time(walk, c, at)
    phrase = withdraws(msg.text)
    if phrase and walk.recruiting and walk.state not in CLOSED_STATES - {State.OFFER}:
        walk.notes.append(f"{_day(at)} you wrote '{phrase}': withdrawn")
        walk.state, walk.since, walk.confidence = State.WITHDRAWN, at, 1.0
        walk.decided_by = f"{_day(at)} your message"
    else:
        walk.notes.append(f"{_day(at)} you wrote")


def _agreed_time(walk: _Walk, c: Classification, at: datetime) -> None:
    """Invited with no time fixed, the user names the one time that suits them ("Thursday
    29 January at 09:30 works for me"): that is the interview until the employer says more."""
    mine = c.interview
    if walk.state is not State.INVITED or walk.interview is not None or mine is None:
        return
    if mine.start <= at or mine.cancelled:
        return
    agreed = Classification(Label.CONFIRMATION, 1.0, ("the time you gave",))
    walk.set_interview(mine, at, agreed, "you gave a time")


def _walk(
    app: Application,
    classifications: Mapping[str, Classification],
    own: set[str],
    senders: SenderDirectory,
    now: datetime,
) -> _Walk:
    walk = _Walk(zone_now=now)
    for msg in app.messages:
        at = msg.date
        if msg.is_draft:
            walk.notes.append(f"draft {'of ours ' if msg.followupd_action else ''}ignored")
            continue
        if at is None:
            walk.notes.append(f"message without a date ignored: {message_key(msg)}")
            continue
        c = classifications.get(message_key(msg))
        sender = msg.sender.email.lower() if msg.sender else ""
        if msg.role is FolderRole.SENT or sender in own:
            _outbound(walk, msg, c, at)
            continue
        if c is None:
            walk.notes.append(f"{_day(at)} unclassified message ignored")
            continue
        if not counts(c):
            kind = "auto-reply" if c.auto_reply else "bulk mail"
            walk.notes.append(f"{_day(at)} {kind}: not the employer's answer")
            if c.auto_reply and msg.sender is not None:
                back = away_until(msg.text, sent_at=at, tz=now.tzinfo or UTC)
                if back is not None:
                    walk.away[msg.sender.email.lower()] = back
                    walk.notes.append(f"{_day(at)} {msg.sender.email} is away until {back}")
            continue
        walk.last_inbound = at
        if not c.language_read:
            # Written in a language followupd does not read: its label means nothing, so
            # the user looks, whoever sent it (a portal's decline counts as much).
            walk.recruiting, walk.unread, walk.unread_language = True, at, c.language
            walk.unread_reading = c
            walk.notes.append(f"{_day(at)} written in {c.language}: followupd does not read it")
            continue
        person = human_contact(c, senders)
        if person is not None:
            walk.last_human = at
            walk.contacts.setdefault(person.email, person)
        for contact in c.contacts:
            if contact.role != "contact":
                walk.contacts.setdefault(contact.email or f"name:{contact.name}", contact)
        if person is not None and c.asks:
            walk.request = Request(msg.message_id, message_key(msg), at, c.asks)
            walk.notes.append(f"{_day(at)} {person.email} asks: {'; '.join(c.asks)}")
        meeting = calendar_meeting(c) if walk.recruiting else None
        if person is not None and meeting is not None and walk.state not in CLOSED_STATES:
            walk.notes.append(f"{_day(at)} a calendar invitation from {person.email}: a meeting")
            c = meeting
        if person is not None and c.label is Label.OTHER:
            walk.unread, walk.unread_language, walk.unread_reading = at, None, c
        _inbound(walk, msg, c, at, person)
    return walk


@dataclass(frozen=True)
class _Timing:
    """The clock and the caller's patience."""

    now: datetime
    followups_sent: int
    move_on_after: timedelta
    silent_after: timedelta


def _waiting(walk: _Walk, anchor: datetime, timing: _Timing) -> tuple[State, datetime]:
    """awaiting_reply, silent or moved_on while waiting on the employer since `anchor`."""
    now = timing.now
    contacts = [t for t in (anchor, walk.last_inbound, walk.last_outbound) if t is not None]
    last_contact = max(contacts)
    out = walk.last_outbound
    answered = walk.last_inbound is not None and out is not None and walk.last_inbound > out
    followed_up = timing.followups_sent > 0 and out is not None and out >= anchor
    if followed_up and out is not None and not answered and now - out >= timing.move_on_after:
        walk.notes.append(
            f"{timing.followups_sent} follow-up(s) sent, the last {_day(out)}; "
            f"no reply for {(now - out).days} days: moved on"
        )
        return State.MOVED_ON, out + timing.move_on_after
    if walk.promised_by is not None:
        if now.date() > walk.promised_by:
            walk.notes.append(
                f"promised reply by {walk.promised_by} passed; "
                f"no inbound reply since {_day(last_contact)}"
            )
            return State.SILENT, last_contact
        waiting_since = max(t for t in (anchor, out) if t is not None)
        return State.AWAITING_REPLY, waiting_since
    if now - last_contact >= timing.silent_after:
        walk.notes.append(
            f"no inbound reply since {_day(last_contact)} ({(now - last_contact).days} days)"
        )
        return State.SILENT, last_contact
    return State.AWAITING_REPLY, max(t for t in (anchor, out) if t is not None)


def derive_state(
    app: Application,
    classifications: Mapping[str, Classification],
    *,
    own_addresses: Collection[str],
    senders: SenderDirectory,
    now: datetime,
    followups_sent: int = 0,
    move_on_after: timedelta = timedelta(days=21),
    min_confidence: float = 0.75,
    silent_after: timedelta = timedelta(days=7),
    interview_length: timedelta = timedelta(hours=1),
) -> ApplicationState:
    """Where the application stands at `now`; classifications are keyed by `message_key`.

    Pass `now` in the user's zone: promised dates and interview days are compared by its day.
    """
    walk = _walk(app, classifications, {a.lower() for a in own_addresses}, senders, now)
    timing = _Timing(now, followups_sent, move_on_after, silent_after)
    review: str | None = None
    state, since = walk.state, walk.since
    if not walk.recruiting:
        walk.notes.append("no message labelled other than 'other': not recruiting")
        state, since = State.NOT_RECRUITING, None
    elif walk.unread is not None and (state is None or state not in CLOSED_STATES):
        would = "" if state is None else f", would be {state}"
        why = "a person wrote and followupd cannot tell what it says"
        if walk.unread_language is not None:
            review = f"language: {walk.unread_language}"
            why = f"a message in a language followupd does not read ({review})"
        else:
            review = readings(walk.unread_reading)
        walk.notes.append(
            f"{_day(walk.unread)} {why}: needs a look{would}; nothing is chased until it is clear"
        )
        state = State.NEEDS_REVIEW
    elif state is None:
        state, review = State.NEEDS_REVIEW, "nothing readable yet"
    elif walk.confidence < min_confidence and not wrong_costs_little(walk.deciding):
        walk.notes.append(
            f"deciding message ({walk.decided_by}) has confidence {walk.confidence:.2f} "
            f"< {min_confidence:.2f}: needs review (would be {state})"
        )
        state, review = State.NEEDS_REVIEW, readings(walk.deciding)
    elif state is State.SCHEDULED and walk.interview is not None:
        start = walk.interview.start
        end = walk.interview.end or start + interview_length
        if now >= end:
            walk.notes.append(f"{end.strftime('%Y-%m-%d %H:%M')} interview ended")
            out, inbound = walk.last_outbound, walk.last_inbound
            active = any(t is not None and t > end for t in (out, inbound))
            state, since = _waiting(walk, end, timing)
            if state is State.AWAITING_REPLY and not active and walk.promised_by is None:
                state, since = State.INTERVIEWED, end
    elif state is State.AWAITING_REPLY and since is not None:
        state, since = _waiting(walk, since, timing)
    elif state is State.INVITED and since is not None:
        out = walk.last_outbound
        if out is not None and out > since:
            waited = _waiting(walk, since, timing)
            if waited[0] is not State.AWAITING_REPLY:
                state, since = waited
    if walk.recruiting and walk.last_human is None and walk.last_inbound is not None:
        walk.notes.append("every message from them came from an automated sender")
    interviews = tuple(sorted(walk.interviews.values(), key=lambda i: i.start))
    return ApplicationState(
        application_id=app.id,
        state=state,
        since=since,
        evidence=(*walk.notes, f"state: {state}"),
        interview=walk.interview,
        promised_by=walk.promised_by,
        promise_from_person=walk.promised_by_person,
        last_inbound=walk.last_inbound,
        last_outbound=walk.last_outbound,
        company=walk.company,
        role=walk.role,
        contacts=tuple(walk.contacts.values()),
        interviews=interviews,
        open_request=walk.request if state not in CLOSED_STATES else None,
        automated=walk.recruiting and walk.last_human is None,
        last_human=walk.last_human,
        away=tuple(sorted(walk.away.items())),
        review=review if state is State.NEEDS_REVIEW else None,
    )
