"""Message -> Classification: what one message says about an application, with evidence.

Reading (`read`) gathers the cues and facts of a message as features: weighted phrases and
subject patterns from the language data (negation, hedges and one reading per sentence
applied, see `cues`), the sender (ATS, job board, no-reply), any calendar part (METHOD,
SEQUENCE), its place in a thread (a reply, a quote, an earlier fixed time), whether it names
a concrete time, asks the user something, is an automatic reply or bulk mail, and the words
and word pairs of the sender's own text (quotes and signatures are never read). Deciding
(`decide`) hands these to the language's learned model, whose probabilities are the
confidence and whose weights are the evidence; without a model, the cues' hand-set weights
decide. A message in a language followupd does not read is `other`, at low confidence, and
says so.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from followupd.core.senders import SenderKind, listed_as
from followupd.core.understand.asks import what_they_ask
from followupd.core.understand.cues import (
    CalendarFacts,
    Scores,
    calendar_facts,
    confidence_of,
    normalise,
    runner_up,
    score_cues,
)
from followupd.core.understand.decide import decide
from followupd.core.understand.features import time_features, word_features
from followupd.core.understand.language import LANGUAGES, detect_language
from followupd.core.understand.lexicon import Lexicon
from followupd.core.understand.mailkind import (
    answers_in_thread,
    auto_reply_reason,
    bulk_reasons,
    scheduling_link,
)
from followupd.core.understand.organisation import company_evidence
from followupd.core.understand.people import People, find_people, sender_domains, senders
from followupd.core.understand.quoting import Content, own_content, strip_subject
from followupd.core.understand.reading import Reading
from followupd.model import Address, Classification, Contact, Label, Message

__all__ = [
    "calendar_facts",
    "classify",
    "classify_reading",
    "confidence_of",
    "normalise",
    "read",
    "runner_up",
]

_SCHEDULED = frozenset({Label.CONFIRMATION, Label.RESCHEDULE})
# Inviting and fixing a time are one outcome, a meeting: strong cues for both (a calendar
# request worded "you are invited to an interview") are not a message saying two things.
_MEETING = _SCHEDULED | {Label.INVITATION}
_STRONG_CUES = 1.0  # a label's cues add up to at least this evidence (noisy-or 0.63)
_BULK_KINDS = (
    ("List-Id", "bulk:list_id"),
    ("List-Unsubscribe", "bulk:list_unsubscribe"),
    ("Precedence", "bulk:precedence"),
    ("is a job board", "bulk:job_board"),
    ("sends bulk mail", "bulk:bulk_sender"),
    ("bulk wording", "bulk:wording"),
)


def _calendar_signals(facts: CalendarFacts, lexicon: Lexicon, scores: Scores) -> bool:
    """Score the calendar part; True when it is an invitation, update or cancellation."""
    w = lexicon.weights
    if facts.method == "CANCEL" or facts.cancelled:
        why = "calendar METHOD:CANCEL"
        scores.add(Label.CANCELLATION, w["ics_cancel"], why, "calendar:cancel")
        return True
    if facts.method in (None, "REQUEST", "PUBLISH"):
        if facts.sequence > 0:
            why = f"calendar {facts.method or 'event'} SEQUENCE:{facts.sequence} (an update)"
            scores.add(Label.RESCHEDULE, w["ics_update"], why, "calendar:update")
            scores.add(Label.CONFIRMATION, w["ics_update_confirmation"], why, "calendar:update")
        else:
            why = f"calendar {facts.method or 'event'}"
            scores.add(Label.CONFIRMATION, w["ics_request"], why, "calendar:request")
        return True
    scores.note(f"calendar METHOD:{facts.method} is an attendee's answer, not the employer's")
    return False


def _promise_speaks(
    msg: Message, ranked: Sequence[tuple[Label, float]], domains: Sequence[str], lexicon: Lexicon
) -> bool:
    """Whether a dated promise of a decision is a status update's evidence in this message.

    Only in a reply from an organisation's address (friends promise things too), and only
    where no other reading has reached the threshold: a confirmation or acknowledgment that
    adds "we will let you know by Friday" is still that, with a promised date.
    """
    if any(d in lexicon.mail_providers for d in domains) or not answers_in_thread(msg, lexicon):
        return False
    threshold = lexicon.weights["threshold"]
    return not ranked or ranked[0][0] is Label.STATUS_UPDATE or ranked[0][1] < threshold


def _sender_features(
    addresses: Sequence[Address], domains: Sequence[str], lexicon: Lexicon, add: _Adder
) -> None:
    for domain in domains[:2]:
        kind = lexicon.senders.kind(domain)
        if kind is not SenderKind.ORGANISATION:  # an organisation's own domain: the default
            article = "an" if kind.value[0] in "aeio" else "a"
            add(f"sender:{kind.value}", f"sender {domain} is {article} {kind.value}")
    if any(lexicon.senders.is_no_reply(a) for a in addresses):
        add("sender:no_reply", "sender is a no-reply address")


class _Adder:
    """Collects features (name -> value) and how the evidence names each."""

    def __init__(self) -> None:
        self.features: dict[str, float] = {}
        self.described: dict[str, str] = {}

    def __call__(self, key: str, why: str, value: float = 1.0) -> None:
        if value:
            self.features[key] = value
            self.described[key] = why


def read(
    msg: Message,
    *,
    lexicon: Lexicon,
    previous_labels: Sequence[Label] = (),
    content: Content | None = None,
    interviewers: Sequence[Contact] = (),
    promise: str | None = None,
) -> Reading:
    """Everything classification knows about `msg` before deciding (see `classify`)."""
    w = lexicon.weights
    if content is None:
        content = own_content(msg.text, lexicon, subject=msg.subject)
    own_raw = content.text[: int(w["max_chars"])]
    own = normalise(own_raw, lexicon)
    is_reply = bool(lexicon.reply_prefix.match(msg.subject))
    subject_raw = strip_subject(msg.subject, lexicon)
    subject = normalise(subject_raw, lexicon)
    scores = Scores()
    for note in content.notes:
        scores.note(note)
    add = _Adder()

    facts = calendar_facts(msg.calendars)
    has_invite = facts is not None and _calendar_signals(facts, lexicon, scores)
    if facts is not None and not has_invite:
        add("calendar:reply", f"calendar METHOD:{facts.method} (an attendee's answer)")
    score_cues(own, lexicon.phrases, lexicon, scores, where="phrase", factor=1.0)
    subject_factor = w["reply_subject_factor"] if is_reply else 1.0
    score_cues(subject, lexicon.subjects, lexicon, scores, where="subject", factor=subject_factor)
    link = scheduling_link(own_raw.lower(), lexicon)
    if link:
        scores.add(Label.INVITATION, w["scheduling_link"], f"scheduling link {link}", "link")

    addresses = senders(msg, content, lexicon)
    domains = sender_domains(addresses)
    ats = next((a for d in domains if (a := listed_as(d, lexicon.ats_domains))), None)
    if ats and lexicon.model is None and (ranked := scores.ranked()):
        # Mail from an ATS is recruiting mail: that backs the leading reading, no other one.
        scores.add(ranked[0][0], w["ats_sender"], f"sender {ats} is an ATS", "sender:ats")
    if previous_labels and _SCHEDULED & set(previous_labels) and scores.score(Label.RESCHEDULE):
        why = "thread already had a fixed time"
        scores.add(Label.RESCHEDULE, w["thread_reschedule"], why, "thread:after_fixed_time")
    if promise and _promise_speaks(msg, scores.ranked(), domains, lexicon):
        why = f"a reply promises {promise}"
        scores.add(Label.STATUS_UPDATE, w["dated_promise"], why, "promise")

    context = f"{subject} {own} {facts.summary.lower() if facts else ''}"
    people = find_people(msg, content, lexicon, interviewers=interviewers)
    recruiting = lexicon.context.search(context) or lexicon.role_words.search(subject_raw)
    if not ats and not link and not recruiting and people.role is None:
        factor = w["no_context_factor"]
        scores.remaining = {lb: 1.0 - (1.0 - r) * factor for lb, r in scores.remaining.items()}
        scores.note(f"no recruiting vocabulary or job title: every score x{factor}")
        add("context:none", "no recruiting vocabulary or job title")

    auto = auto_reply_reason(msg, own, subject, lexicon)
    bulk = bulk_reasons(msg, own, domains, lexicon)
    language, language_why = detect_language(f"{subject_raw}\n{own_raw}")
    asks: tuple[str, ...] | None = None
    if model_reads := lexicon.model is not None:
        asks = what_they_ask(own_raw, lexicon)
        _facts(
            msg,
            content=content,
            own=own,
            own_raw=own_raw,
            asks=asks,
            is_reply=is_reply,
            scores=scores,
            add=add,
            lexicon=lexicon,
        )
        _sender_features(addresses, domains, lexicon, add)
        if ats:
            add("sender:ats", f"sender {ats} is an ATS")
        if auto:
            add("auto_reply", f"automatic reply: {auto}")
        for reason in bulk:
            key = next((k for marker, k in _BULK_KINDS if marker in reason), "bulk:other")
            add(key, f"bulk mail: {reason}")
        summary = facts.summary if facts else ""
        # Words are described only when the evidence shows them (features.describe).
        add.features.update(word_features(own_raw, subject_raw, summary, lexicon))
    return Reading(
        features=add.features if model_reads else {},
        described=add.described,
        scores=scores,
        auto=auto,
        bulk=tuple(bulk),
        has_invite=has_invite,
        ats=ats,
        language=language,
        language_why=language_why,
        reads_language=lexicon.lang not in LANGUAGES or language in (None, lexicon.lang),
        contested=_contested(scores),
        asks=asks,
        people=people,
        own=own,
    )


def _facts(
    msg: Message,
    *,
    content: Content,
    own: str,
    own_raw: str,
    asks: Sequence[str],
    is_reply: bool,
    scores: Scores,
    add: _Adder,
    lexicon: Lexicon,
) -> None:
    """The features besides cues, senders and words: thread, time, asks, length, scores."""
    if is_reply:
        add("thread:re_subject", "subject says Re:")
    if answers_in_thread(msg, lexicon):
        add("thread:answers", "an answer in a thread")
    if content.forwarded:
        add("thread:forward", "a forwarded message")
    if any(n.startswith(("quoted reply", "'>' quoted")) or "quoted" in n for n in content.notes):
        add("thread:quotes", "quotes an earlier message")
    for key in time_features(own):
        add(key, f"names a {key.split(':')[1]}")
    for topic in asks:
        add(f"asks:{topic}", f"asks for {topic}")
    if not own:
        add("length:empty", "no text of its own")
    for entry in scores.entries:
        value = max(entry.share, add.features.get(entry.key, 0.0))
        add(entry.key, entry.why, value)
    for label, evidence in _evidence_per_label(scores).items():
        add(f"score:{label.value}", f"{label.value} cues together", min(3.0, evidence))
    for label, count in scores.negated.items():
        add(f"negated:{label.value}", f"a {label.value} cue negated", float(min(count, 2)))


def _contested(scores: Scores) -> tuple[Label, ...]:
    """Labels of different outcomes that each have strong cues: the message says two things
    ("we'd like to invite you ... the role has been filled")."""
    strong = {lb for lb, e in _evidence_per_label(scores).items() if e >= _STRONG_CUES}
    if len(strong - _MEETING) + bool(strong & _MEETING) > 1:
        return tuple(sorted(strong, key=lambda lb: lb.value))
    return ()


def _evidence_per_label(scores: Scores) -> dict[Label, float]:
    """Each label's noisy-or score as additive evidence: -ln(1 - score)."""
    return {lb: -math.log(max(1e-6, r)) for lb, r in scores.remaining.items() if r < 1.0}


def classify(
    msg: Message,
    *,
    lexicon: Lexicon,
    previous_labels: Sequence[Label] = (),
    content: Content | None = None,
    interviewers: Sequence[Contact] = (),
    promise: str | None = None,
) -> Classification:
    """Label one message with confidence, evidence, flags and the people it names.

    `content` is the message's own text when the caller already split it (own_content);
    `interviewers` are people known from elsewhere (the calendar part's attendees);
    `promise` is a dated promise of a decision the caller found in the own text: in a short
    reply ("we will let you know our decision by December 18") it says where the application
    stands, so it is a status update's evidence (see `_promise_speaks`).
    """
    reading = read(
        msg,
        lexicon=lexicon,
        previous_labels=previous_labels,
        content=content,
        interviewers=interviewers,
        promise=promise,
    )
    return classify_reading(reading, lexicon)


def classify_reading(reading: Reading, lexicon: Lexicon) -> Classification:
    """The Classification of a message already read (see `read`)."""
    decision = decide(reading, lexicon)
    label = decision.label
    asks = label is Label.CONFIRMATION and bool(lexicon.asks_confirmation.search(reading.own))
    people = reading.people
    return Classification(
        label=label,
        confidence=round(min(1.0, decision.confidence), 3),
        evidence=decision.evidence + _company_line(people),
        auto_reply=reading.auto is not None,
        bulk=bool(reading.bulk),
        asks_confirmation=asks,
        answers_user=bool(lexicon.answers_user.search(reading.own)),
        contacts=people.contacts,
        company=people.company,
        role=people.role,
        alternatives=decision.alternatives,
        language=reading.language,
        language_read=reading.reads_language,
    )


def _company_line(people: People) -> tuple[str, ...]:
    """How the company was read, always kept: a guess from an address must stay recognisable
    (`organisation.company_is_guess`) so a name written out elsewhere in the thread wins."""
    return (company_evidence(people.company, people.company_how),) if people.company else ()
