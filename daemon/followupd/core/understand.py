"""One message understood: its label (classify) with interview time and promised reply date.

Dates come from the calendar part first (exact, with attendees), then from the sender's own
text; a promised reply date is only looked for where a decision is still to come. A date
found in the text backs the label that expects one (a confirmation names its time, a status
update its decision date) and raises the confidence a little.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, tzinfo

from followupd.core.classify import classify
from followupd.core.dates import (
    DateResult,
    interview_from_calendars,
    interview_from_text,
    promised_reply_date,
)
from followupd.core.lexicon import Lexicon
from followupd.core.quoting import own_content
from followupd.model import Classification, Interview, Label, Message

_TIME_IN_TEXT = frozenset({Label.CONFIRMATION, Label.RESCHEDULE})
_PROMISE_LABELS = frozenset({Label.STATUS_UPDATE, Label.ACKNOWLEDGMENT, Label.CONFIRMATION})


def understand(
    msg: Message, *, lexicon: Lexicon, tz: tzinfo, previous_labels: Sequence[Label] = ()
) -> Classification:
    """Classify `msg` and add its interview slot and promised reply date, with evidence."""
    content = own_content(msg.text, lexicon, subject=msg.subject)
    calendar: DateResult[Interview] | None = None
    if msg.calendars:
        calendar = interview_from_calendars(msg.calendars, default_tz=tz)
    interviewers = calendar.value.interviewers if calendar and calendar.value else ()
    result = classify(
        msg,
        lexicon=lexicon,
        previous_labels=previous_labels,
        content=content,
        interviewers=interviewers,
    )
    evidence = list(result.evidence)
    if result.auto_reply or (result.bulk and result.label is Label.OTHER):
        return result
    confidence = result.confidence
    backing = lexicon.weights["date_corroboration"]
    interview: Interview | None = None
    if calendar is not None:
        interview = calendar.value
        evidence += [f"calendar: {note}" for note in calendar.evidence]
    if interview is None and result.label in _TIME_IN_TEXT:
        if msg.date is None:
            evidence.append("no Date header: times in the text not resolved")
        else:
            found = interview_from_text(content.text, sent_at=msg.date, tz=tz)
            interview = found.value
            evidence += [f"interview time: {note}" for note in found.evidence]
            if interview is not None:
                confidence = _backed(confidence, backing)
                evidence.append(f"a time in the text backs {result.label.value}")
    reply_by: date | None = None
    rule: str | None = None
    if result.label in _PROMISE_LABELS and msg.date is not None:
        promise = promised_reply_date(content.text, sent_at=msg.date, tz=tz)
        if promise.value is not None:
            reply_by, rule = promise.value, "; ".join(promise.evidence)
            evidence.append(f"reply expected by {reply_by.isoformat()}: {rule}")
            if result.label is Label.STATUS_UPDATE:
                confidence = _backed(confidence, backing)
    return dataclasses.replace(
        result,
        confidence=round(confidence, 3),
        interview=interview,
        reply_expected_by=reply_by,
        reply_rule=rule,
        evidence=tuple(evidence),
    )


def _backed(confidence: float, weight: float) -> float:
    """Confidence after an independent piece of support worth `weight` (noisy-or)."""
    return 1.0 - (1.0 - confidence) * (1.0 - weight)
