"""One message understood: its label (classify) with interview time and promised reply date.

Dates come from the calendar part first (exact, with attendees), then from the sender's own
text; a promised reply date is only looked for where a decision is still to come. A date
found in the text backs the label that expects one (a confirmation names its time, a status
update its decision date); without a learned model it also raises the confidence a little
(a model already counted the times it saw, and its probabilities stay calibrated).

A reply in a thread is read for a dated promise of a decision before it is classified
("thanks for your note, we will let you know our decision by December 18"): however short
the rest, such a reply says where the application stands, so the promise is a status
update's evidence (classify decides where it may speak) and its date the reply_expected_by.
A promise in a message that ends up `other` is not reported: nothing acts on it there.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, tzinfo

from followupd.core.dates import (
    DateResult,
    interview_from_calendars,
    interview_from_text,
    promised_reply_date,
)
from followupd.core.understand.asks import what_they_ask
from followupd.core.understand.classify import classify_reading, read
from followupd.core.understand.lexicon import Lexicon
from followupd.core.understand.mailkind import answers_in_thread
from followupd.core.understand.quoting import Content, own_content
from followupd.core.understand.reading import Reading
from followupd.model import Classification, Contact, FolderRole, Interview, Label, Message

_TIME_IN_TEXT = frozenset({Label.CONFIRMATION, Label.RESCHEDULE})
# The user declining a time rather than agreeing to it (their own words, so English only).
_TURNED_DOWN = re.compile(
    r"n['\u2019]t\b|\b(?:not|unable|cannot|unfortunately|conflict|instead|alternative)\b", re.I
)
_PROMISE_LABELS = frozenset({Label.STATUS_UPDATE, Label.ACKNOWLEDGMENT, Label.CONFIRMATION})


@dataclass(frozen=True, slots=True)
class _Prepared:
    """What understanding finds before classifying: own text, calendar, a dated promise."""

    content: Content
    calendar: DateResult[Interview] | None
    promise: DateResult[date] | None
    counted: bool

    @property
    def interviewers(self) -> tuple[Contact, ...]:
        value = self.calendar.value if self.calendar else None
        return value.interviewers if value else ()

    @property
    def promise_text(self) -> str | None:
        if self.promise is None or not self.counted:
            return None
        return f"a decision {_described(self.promise)}"


def _prepare(msg: Message, lexicon: Lexicon, tz: tzinfo) -> _Prepared:
    content = own_content(msg.text, lexicon, subject=msg.subject)
    calendar: DateResult[Interview] | None = None
    if msg.calendars:
        calendar = interview_from_calendars(msg.calendars, default_tz=tz)
    # A reply promising a decision by a date is a status update however short it is: the
    # promise is looked for first (in replies only) and handed to classify as evidence.
    promise: DateResult[date] | None = None
    if msg.date is not None and answers_in_thread(msg, lexicon):
        promise = promised_reply_date(content.text, sent_at=msg.date, tz=tz, about_decision=True)
    counted = promise is not None and promise.value is not None
    return _Prepared(content, calendar, promise, counted)


def reading_of(
    msg: Message, *, lexicon: Lexicon, tz: tzinfo, previous_labels: Sequence[Label] = ()
) -> Reading:
    """What `understand` reads from `msg` before deciding (for training and inspection)."""
    return _read(msg, _prepare(msg, lexicon, tz), lexicon, previous_labels)


def _read(
    msg: Message, prepared: _Prepared, lexicon: Lexicon, previous_labels: Sequence[Label]
) -> Reading:
    return read(
        msg,
        lexicon=lexicon,
        previous_labels=previous_labels,
        content=prepared.content,
        interviewers=prepared.interviewers,
        promise=prepared.promise_text,
    )


def understand(
    msg: Message, *, lexicon: Lexicon, tz: tzinfo, previous_labels: Sequence[Label] = ()
) -> Classification:
    """Classify `msg` and add its interview slot and promised reply date, with evidence."""
    prepared = _prepare(msg, lexicon, tz)
    content, calendar, promise, counted = (
        prepared.content,
        prepared.calendar,
        prepared.promise,
        prepared.counted,
    )
    reading = _read(msg, prepared, lexicon, previous_labels)
    result = classify_reading(reading, lexicon)
    evidence = list(result.evidence)
    if result.auto_reply or (result.bulk and result.label is Label.OTHER):
        return result
    asks: tuple[str, ...] = ()
    if msg.role is not FolderRole.SENT:
        asks = reading.asks if reading.asks is not None else what_they_ask(content.text, lexicon)
    if asks:
        evidence.append(f"asks the user for: {'; '.join(asks)}")
    confidence = result.confidence
    # A learned model already weighed the times and dates it saw: its probability stays as
    # calibrated. The hand-set weights take a found date as independent support.
    backing = lexicon.weights["date_corroboration"] if lexicon.model is None else 0.0
    interview: Interview | None = None
    asks_confirmation = result.asks_confirmation
    if calendar is not None:
        interview = calendar.value
        evidence += [f"calendar: {note}" for note in calendar.evidence]
    mine = msg.role is FolderRole.SENT
    if interview is None and _may_name_a_time(msg, result, content.text, lexicon):
        if msg.date is None:
            evidence.append("no Date header: times in the text not resolved")
        else:
            found = interview_from_text(content.text, sent_at=msg.date, tz=tz)
            interview = found.value
            evidence += [f"interview time: {note}" for note in found.evidence]
            if interview is not None and result.label in _TIME_IN_TEXT:
                confidence = _backed(confidence, backing)
                evidence.append(f"a time in the text backs {result.label.value}")
            elif interview is not None and result.label is Label.INVITATION and not mine:
                # "an interview on Wednesday at 10:00; could you confirm it works?": one time
                # proposed, to be confirmed, is a fixed slot the user answers.
                asks_confirmation = True
                evidence.append("one time proposed and they ask you to confirm it")
    reply_by: date | None = None
    rule: str | None = None
    if result.label in _PROMISE_LABELS and msg.date is not None:
        if not counted:
            promise = promised_reply_date(content.text, sent_at=msg.date, tz=tz)
        if promise is not None and promise.value is not None:
            reply_by, rule = promise.value, "; ".join(promise.evidence)
            evidence.append(f"reply expected by {reply_by.isoformat()}: {rule}")
            # A promise classify already counted backs the label once, not twice.
            if result.label is Label.STATUS_UPDATE and not counted:
                confidence = _backed(confidence, backing)
    return dataclasses.replace(
        result,
        confidence=round(confidence, 3),
        interview=interview,
        reply_expected_by=reply_by,
        reply_rule=rule,
        evidence=tuple(evidence),
        asks=asks,
        asks_confirmation=asks_confirmation,
    )


def _may_name_a_time(msg: Message, result: Classification, own: str, lexicon: Lexicon) -> bool:
    """Whether the text's one time would be the interview's: a confirmation or reschedule; an
    invitation that asks to confirm a time it proposes; the user's own words, unless they
    turn a time down ("Wednesday at 10 doesn't work")."""
    if msg.role is FolderRole.SENT:
        return _TURNED_DOWN.search(own) is None
    if result.label is Label.INVITATION:
        return lexicon.asks_confirmation.search(own) is not None
    return result.label in _TIME_IN_TEXT


def _described(promise: DateResult[date]) -> str:
    """'by 2026-12-18 ('by December 18' -> next December 18)' for the evidence."""
    day = promise.value.isoformat() if promise.value else "?"
    return f"by {day} ({promise.evidence[0]})" if promise.evidence else f"by {day}"


def _backed(confidence: float, weight: float) -> float:
    """Confidence after an independent piece of support worth `weight` (noisy-or)."""
    return 1.0 - (1.0 - confidence) * (1.0 - weight)
