"""Message -> Classification: what one message says about an application, with evidence.

Signals are weighted cues from the language data (phrases, subjects), the sender (ATS,
job board, mailing list), any calendar part (METHOD, SEQUENCE) and optionally the labels
earlier in the thread. Cues are combined per label as a noisy-or; a cue that is negated
("we are not rejecting") is dropped and one that is hedged ("if you are not selected") keeps
only a small share of its weight. A phrase inside a stronger phrase already counted (the
same words matched twice) adds nothing. Quoted text and signatures are never read.

Confidence is the winner's evidence, saturated, discounted by how close the runner-up
comes: two independent phrases for one label are confident, two labels with similar
evidence are not (see `confidence_of`). Labels with the same outcome are no rivals: a
confirmation and a reschedule both fix the interview's time (the thread is scheduled at the
time given), so an updated invitation that also says "the calendar invitation is attached"
is a sure reschedule, not a doubtful one (see `runner_up`).
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from followupd.core.senders import listed_as
from followupd.core.understand.lexicon import Cue, Lexicon
from followupd.core.understand.mailkind import (
    answers_in_thread,
    auto_reply_reason,
    bulk_reasons,
    scheduling_link,
)
from followupd.core.understand.organisation import company_evidence
from followupd.core.understand.people import People, find_people, sender_domains, senders
from followupd.core.understand.quoting import Content, own_content, strip_subject
from followupd.model import Classification, Contact, Label, Message

_SCHEDULED = frozenset({Label.CONFIRMATION, Label.RESCHEDULE})
# Labels that lead to the same outcome for the thread: evidence for one never argues
# against the other (a reschedule is a confirmation of a new time).
_SAME_OUTCOME: tuple[frozenset[Label], ...] = (_SCHEDULED,)
_UNFOLD = re.compile(r"\r?\n[ \t]")  # RFC 5545 3.1: a line break plus one space continues
_NEGATION_WINDOW_WORDS = 4
_CONTEXT_CHARS = 160
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_SPACE = re.compile(r"\s+")
_EVIDENCE_LIMIT = 12


@dataclass(frozen=True, slots=True)
class CalendarFacts:
    """What classification needs from a text/calendar part (RFC 5545)."""

    method: str | None
    sequence: int
    cancelled: bool
    summary: str


@dataclass(slots=True)
class _Scores:
    """Per-label noisy-or accumulators with the evidence that fed them."""

    remaining: dict[Label, float] = field(default_factory=dict)
    evidence: list[tuple[float, Label | None, str]] = field(default_factory=list)

    def add(self, label: Label, weight: float, why: str) -> None:
        self.remaining[label] = self.remaining.get(label, 1.0) * (1.0 - min(weight, 0.99))
        self.evidence.append((weight, label, f"{why} -> {label.value} (+{weight:.2f})"))

    def note(self, why: str) -> None:
        self.evidence.append((0.0, None, why))

    def score(self, label: Label) -> float:
        return 1.0 - self.remaining.get(label, 1.0)

    def ranked(self) -> list[tuple[Label, float]]:
        return sorted(((lb, self.score(lb)) for lb in self.remaining), key=lambda x: -x[1])


def calendar_facts(calendars: Sequence[str]) -> CalendarFacts | None:
    """METHOD, SEQUENCE, STATUS and SUMMARY of the first calendar part, if there is one."""
    for raw in calendars:
        text = _UNFOLD.sub("", raw)
        if "BEGIN:VEVENT" not in text.upper():
            continue
        method = re.search(r"^METHOD:\s*([A-Za-z-]+)", text, re.MULTILINE | re.IGNORECASE)
        event = text[text.upper().index("BEGIN:VEVENT") :]
        seq = re.search(r"^SEQUENCE:\s*(\d+)", event, re.MULTILINE | re.IGNORECASE)
        status = re.search(r"^STATUS:\s*([A-Za-z-]+)", event, re.MULTILINE | re.IGNORECASE)
        summary = re.search(r"^SUMMARY[^:\n]*:(.*)$", event, re.MULTILINE | re.IGNORECASE)
        return CalendarFacts(
            method=method.group(1).upper() if method else None,
            sequence=int(seq.group(1)) if seq else 0,
            cancelled=bool(status and status.group(1).upper() == "CANCELLED"),
            summary=summary.group(1).strip() if summary else "",
        )
    return None


def normalise(text: str, lexicon: Lexicon) -> str:
    """Lower case, straight quotes, accents folded ("résumé" is "resume"), contractions
    expanded, paragraphs as sentence breaks."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    if not text.isascii():
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
    for short, full in lexicon.contractions:
        if short in text:
            text = text.replace(short, full)
    text = _PARAGRAPH.sub(" .\n", text)
    return _SPACE.sub(" ", text).strip()


def _clause_start(before: str, lexicon: Lexicon) -> str:
    """The part of `before` after the last clause boundary."""
    last = 0
    for match in lexicon.clause_break.finditer(before):
        last = match.end()
    return before[last:]


def _sentence_start(before: str) -> str:
    last = 0
    for match in _SENTENCE_END.finditer(before):
        last = match.end()
    return before[last:]


@dataclass(frozen=True, slots=True)
class _Hit:
    """One cue's best match in a text: its weight after negation/hedging and where it is."""

    label: Label
    weight: float
    start: int
    end: int
    why: str


def score_cues(
    text: str, cues: Sequence[Cue], lexicon: Lexicon, scores: _Scores, *, where: str, factor: float
) -> None:
    """Add every cue found in normalised `text`, each counted once, negation and hedges applied.

    Strongest first: a match lying inside an already counted one, or overlapping one of the
    same label, restates those words and is left out. A sentence says one thing, so a cue
    sharing its sentence with a stronger cue of another label keeps only a share of its weight
    ("we must cancel your interview scheduled for Monday" is no confirmation).
    """
    hits = sorted(
        _hits(text, cues, lexicon, scores, where=where, factor=factor), key=lambda h: -h.weight
    )
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    share = lexicon.weights["sentence_share"]
    kept: list[tuple[_Hit, int]] = []
    for hit in hits:
        if any(
            (k.start <= hit.start and hit.end <= k.end)
            or (k.label is hit.label and hit.start < k.end and k.start < hit.end)
            for k, _ in kept
        ):
            continue
        sentence = bisect.bisect_right(ends, hit.start)
        rival = next((k for k, n in kept if n == sentence and k.label is not hit.label), None)
        kept.append((hit, sentence))
        if rival is None:
            scores.add(hit.label, hit.weight, hit.why)
        else:
            why = f"{hit.why} in a sentence that says {rival.label.value}"
            scores.add(hit.label, hit.weight * share, why)


def _hits(
    text: str, cues: Sequence[Cue], lexicon: Lexicon, scores: _Scores, *, where: str, factor: float
) -> list[_Hit]:
    """The best match of every cue in `text`; negated matches are noted and dropped."""
    hedge_factor = lexicon.weights["hedge_factor"]
    found: list[_Hit] = []
    for cue in cues:
        if cue.anchor and cue.anchor not in text:
            continue
        best: _Hit | None = None
        for match in cue.pattern.finditer(text):
            before = text[max(0, match.start() - _CONTEXT_CHARS) : match.start()]
            phrase = match.group(0).strip()
            words = _clause_start(before, lexicon).split()[-_NEGATION_WINDOW_WORDS:]
            negated = lexicon.negation.search(" ".join(words))
            if negated:
                scores.note(f"{where} '{phrase}' negated by '{negated.group(0)}' (ignored)")
                continue
            weight, why = cue.weight * factor, f"{where} '{phrase}'"
            if cue.label in lexicon.hedge_labels:
                hedged = lexicon.hedge.search(_sentence_start(before))
                if hedged:
                    weight *= hedge_factor
                    why = f"{why} hedged by '{hedged.group(0)}'"
            if best is None or weight > best.weight:
                best = _Hit(cue.label, weight, match.start(), match.end(), why)
        if best is not None:
            found.append(best)
    return found


def confidence_of(top: float, second: float, lexicon: Lexicon) -> float:
    """How sure the winner is, from its noisy-or score and the runner-up's.

    Scores become additive evidence (-ln(1 - s)); the winner's evidence is saturated
    (1 - exp(-k * e)) so independent cues add up quickly, then discounted by the square of
    the share of it the runner-up matches: a stray boilerplate hint for another label costs
    little, equal evidence for two labels halves the confidence.
    """
    w = lexicon.weights
    winner = -math.log(max(1e-9, 1.0 - top))
    if winner <= 0.0:
        return 0.0
    rival = -math.log(max(1e-9, 1.0 - second))
    saturated = 1.0 - math.exp(-w["confidence_saturation"] * winner)
    return saturated * (1.0 - w["rival_discount"] * min(1.0, rival / winner) ** 2)


def runner_up(ranked: Sequence[tuple[Label, float]]) -> float:
    """The score of the best label that would change what happens if it won instead.

    `ranked` is best first. A label with the same outcome as the winner (confirmation and
    reschedule both fix the time) is skipped: it backs the winner's reading, it is no rival.
    """
    if not ranked:
        return 0.0
    winner = ranked[0][0]
    allies = next((group for group in _SAME_OUTCOME if winner in group), frozenset({winner}))
    return next((score for label, score in ranked[1:] if label not in allies), 0.0)


def _calendar_signals(facts: CalendarFacts, lexicon: Lexicon, scores: _Scores) -> bool:
    """Score the calendar part; True when it is an invitation, update or cancellation."""
    w = lexicon.weights
    if facts.method == "CANCEL" or facts.cancelled:
        scores.add(Label.CANCELLATION, w["ics_cancel"], "calendar METHOD:CANCEL")
        return True
    if facts.method in (None, "REQUEST", "PUBLISH"):
        if facts.sequence > 0:
            why = f"calendar {facts.method or 'event'} SEQUENCE:{facts.sequence} (an update)"
            scores.add(Label.RESCHEDULE, w["ics_update"], why)
            scores.add(Label.CONFIRMATION, w["ics_update_confirmation"], why)
        else:
            scores.add(Label.CONFIRMATION, w["ics_request"], f"calendar {facts.method or 'event'}")
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
    w = lexicon.weights
    if content is None:
        content = own_content(msg.text, lexicon, subject=msg.subject)
    own_raw = content.text[: int(w["max_chars"])]
    own = normalise(own_raw, lexicon)
    is_reply = bool(lexicon.reply_prefix.match(msg.subject))
    subject = normalise(strip_subject(msg.subject, lexicon), lexicon)
    scores = _Scores()
    for note in content.notes:
        scores.note(note)

    facts = calendar_facts(msg.calendars)
    has_invite = facts is not None and _calendar_signals(facts, lexicon, scores)
    score_cues(own, lexicon.phrases, lexicon, scores, where="phrase", factor=1.0)
    subject_factor = w["reply_subject_factor"] if is_reply else 1.0
    score_cues(subject, lexicon.subjects, lexicon, scores, where="subject", factor=subject_factor)
    link = scheduling_link(own_raw.lower(), lexicon)
    if link:
        scores.add(Label.INVITATION, w["scheduling_link"], f"scheduling link {link}")

    domains = sender_domains(senders(msg, content, lexicon))
    ats = next((a for d in domains if (a := listed_as(d, lexicon.ats_domains))), None)
    if ats and (ranked := scores.ranked()):
        # Mail from an ATS is recruiting mail: that backs the leading reading, no other one.
        scores.add(ranked[0][0], w["ats_sender"], f"sender {ats} is an ATS")
    if previous_labels and _SCHEDULED & set(previous_labels) and scores.score(Label.RESCHEDULE):
        scores.add(Label.RESCHEDULE, w["thread_reschedule"], "thread already had a fixed time")

    if promise and _promise_speaks(msg, scores.ranked(), domains, lexicon):
        scores.add(Label.STATUS_UPDATE, w["dated_promise"], f"a reply promises {promise}")

    context = f"{subject} {own} {facts.summary.lower() if facts else ''}"
    subject_raw = strip_subject(msg.subject, lexicon)
    people = find_people(msg, content, lexicon, interviewers=interviewers)
    recruiting = lexicon.context.search(context) or lexicon.role_words.search(subject_raw)
    if not ats and not link and not recruiting and people.role is None:
        factor = w["no_context_factor"]
        scores.remaining = {lb: 1.0 - (1.0 - r) * factor for lb, r in scores.remaining.items()}
        scores.note(f"no recruiting vocabulary or job title: every score x{factor}")

    ranked = scores.ranked()
    top_label, top = ranked[0] if ranked else (Label.OTHER, 0.0)
    second = runner_up(ranked)
    label = top_label if top >= w["threshold"] else Label.OTHER
    confidence = 1.0 - top if label is Label.OTHER else confidence_of(top, second, lexicon)

    auto = auto_reply_reason(msg, own, subject, lexicon)
    if auto:
        scores.note(f"automatic reply: {auto}; never the employer's answer")
        label, confidence = Label.OTHER, 0.9
    bulk = bulk_reasons(msg, own, domains, lexicon)
    if bulk and label is not Label.OTHER:
        overwhelming = has_invite or (ats is not None and top >= w["bulk_overwhelming"])
        if overwhelming:
            scores.note(f"bulk ({'; '.join(bulk)}) but the evidence is overwhelming")
        else:
            scores.note(f"bulk mail ({'; '.join(bulk)}): not an answer about an application")
            label, confidence = Label.OTHER, max(0.6, 1.0 - top)
    elif bulk:
        scores.note(f"bulk mail ({'; '.join(bulk)})")
    if label is Label.OTHER and not auto and not bulk:
        scores.note(f"no label reached {w['threshold']:.2f} (best {top_label.value} {top:.2f})")

    asks = label is Label.CONFIRMATION and bool(lexicon.asks_confirmation.search(own))
    return Classification(
        label=label,
        confidence=round(min(1.0, confidence), 3),
        evidence=_evidence(scores, label) + _company_line(people),
        auto_reply=auto is not None,
        bulk=bool(bulk),
        asks_confirmation=asks,
        answers_user=bool(lexicon.answers_user.search(own)),
        contacts=people.contacts,
        company=people.company,
        role=people.role,
    )


def _company_line(people: People) -> tuple[str, ...]:
    """How the company was read, always kept: a guess from an address must stay recognisable
    (`organisation.company_is_guess`) so a name written out elsewhere in the thread wins."""
    return (company_evidence(people.company, people.company_how),) if people.company else ()


def _evidence(scores: _Scores, label: Label) -> tuple[str, ...]:
    """The deciding cues first (strongest first), then the notes, then the rest."""
    deciding = sorted((e for e in scores.evidence if e[1] is label), key=lambda e: -e[0])
    notes = [e for e in scores.evidence if e[1] is None]
    others = sorted((e for e in scores.evidence if e[1] not in (label, None)), key=lambda e: -e[0])
    ordered = [text for _, _, text in deciding + notes + others]
    return tuple(ordered[:_EVIDENCE_LIMIT])
