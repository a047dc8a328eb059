"""The date an employer promised the candidate would hear back, from English prose.

Only sentences about the candidate hearing back count ("we'll get back to you", "expect to
hear", "decision", "update you", "we will let all applicants know"), and a sentence saying
how long the wait takes ("this may take up to three weeks", "please allow up to 30 days for
the review") when it follows such a sentence or names the review. Deadlines set for the
candidate ("apply by", "please confirm by") do not count. A sentence that promises (will,
expect, aim, hope...) wins over one that only names a date near a cue ("on leave this week
so there is a delay on feedback"). Hard-wrapped lines are joined before sentences are cut.
Every rule is named in the evidence (promise_rules.py holds them). A weekday written with a
date must agree with it: a contradiction, like an ambiguous date, gives no date at all.
"""

from __future__ import annotations

import re
from datetime import date, datetime, tzinfo

from followupd.core.dates.datekit import DateResult, in_zone
from followupd.core.dates.promise_rules import RULES, Context, Reading

# Cues open at a word start: the (?<!\w)(?=\w) guard lets the engine skip the other
# positions of a long message without trying every branch there (four times faster).
_CUES = re.compile(
    r"(?<!\w)(?=\w)(?:get back to|come back to|hear(?:d)? back"
    r"|hear(?:d)? from (?:us|me|them|the team)|expect to hear"
    r"|expect (?:an? )?(?:answer|response|update|decision|feedback|news)"
    r"|\bdecisions?\b|\bdecide|update you|(?:an|any) update|(?:an|our|the|a final) answer\b"
    r"|\blet (?:you|all (?:applicants|candidates)|applicants|candidates|everyone|them) know"
    r"|be in touch|be back in touch|reach out|get in touch|(?:contact|inform|notify|email)"
    r" (?:you|all|applicants|candidates|shortlisted|successful|everyone|those|the)"
    r"|respond to you|follow up with you|feedback|next steps|circle back|\bnews (?:for|to)"
    r"|\boutcome\b|\bwe(?:'ll|\u2019ll| will) respond"
    r"|\b(?:we|i)(?:'ll|\u2019ll| will| aim to| hope to| expect to| should)\b[^.?!]{0,30}?"
    r"\b(?:respond|reply|decide|revert|follow up|be able to share))",
    re.I,
)
# A promise is made (not just a date named near a cue): a future, an expectation, a habit.
_PROMISES = re.compile(
    r"\b(?:will|shall|going to|expects?|expected|aim|hope|plan|intend|promised?|should"
    r"|anticipate|look to|usually|typically|normally|allow|takes?|if you (?:have not|haven't"
    r"|haven\u2019t|don't|don\u2019t|do not))\b|(?:'ll|\u2019ll|'d|\u2019d)\b",
    re.I,
)
# A sentence about the wait itself: counted after a cue, or when it names the review.
_DURATION = re.compile(
    r"\b(?:takes?|taking|allow|may take|can take|will take)\b[^.?!]{0,30}?"
    r"\b(?:days?|weeks?|months?)\b",
    re.I,
)
_ABOUT_WAIT = re.compile(r"\b(?:review|process|shortlisting|decision|selection)\b", re.I)
# What the promise is about: an answer on the application, not any news ("I'll let you know
# by Friday if I can make dinner" is no promise of a decision).
_ABOUT_DECISION = re.compile(
    r"\b(?:decision|decide|outcome|answer|response|feedback|update|news|results?|next steps"
    r"|hear back|hear from (?:us|me)|get back to you|come back to you|be in touch|circle back"
    r"|respond|reply|revert)\b",
    re.I,
)
# Deadlines for the candidate, not promises to them.
_NOT_A_PROMISE = re.compile(
    r"\b(?:apply|submit|complete|confirm|send|return|sign|reply|respond|register|book|upload"
    r"|fill|answer)\w*\b[^.?!]{0,40}?\b(?:by|before|within|until)\b"
    r"|\bdeadline\b|\bexpires?\b|\bplease\b[^.?!]{0,40}\bby\b",
    re.I,
)
# A full stop ends a sentence unless an abbreviation ("Dec. 11", "Fri.") or a lower-case word
# or number ("e.g. the", "approx. 2 weeks") follows it.
_SENTENCE = re.compile(
    r"(?:[^.!?\n]|(?<=\b(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun))\."
    r"|\.(?=[ \t]*(?-i:[a-z0-9,;)])))+(?:[.!?]+|\n|$)",
    re.I,
)
# Lines of a list or table are never joined to their neighbours.
_LIST_LINE = re.compile(r"^\s*(?:[-*\u2022|>]|\d+[.)]\s)")
_WRAPPED = 40  # a line at least this long that ends mid-sentence was wrapped by the mailer


def _unwrap(text: str) -> str:
    """Join hard-wrapped lines, so that a sentence broken by the mailer reads as one."""
    out: list[str] = []
    for line in text.splitlines():
        previous = out[-1] if out else ""
        joinable = (
            len(previous.strip()) >= _WRAPPED
            and not re.search(r"[.!?:]\s*$", previous)
            and line.strip()
            and not _LIST_LINE.match(line)
            and not _LIST_LINE.match(previous)
        )
        if joinable:
            out[-1] = previous.rstrip() + " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def _promise_sentences(text: str) -> list[str]:
    """The sentences about hearing back, and those about the wait that follow one."""
    found: list[str] = []
    for paragraph in re.split(r"\n\s*\n", _unwrap(text)):
        after_cue = False
        for sentence in _SENTENCE.findall(paragraph):
            if sentence.lstrip().startswith(">"):  # quoted: an earlier message's promise
                after_cue = False
                continue
            cued = bool(_CUES.search(sentence))
            if cued or (_DURATION.search(sentence) and (after_cue or _ABOUT_WAIT.search(sentence))):
                found.append(sentence)
            after_cue = cued
    return found


def _reading(sentence: str, ctx: Context, notes: list[str]) -> Reading | None:
    """What the first rule matching `sentence` reads; None when no rule matches.

    A date after the promise is looked for first: in "the panel meets on Friday 30 January,
    and you will hear from us by Tuesday 3 February" the promise is the Tuesday. A date
    before it counts when none follows ("by Friday, you will hear from us").
    """
    cue = _CUES.search(sentence)
    for start in (cue.start(), 0) if cue else (0,):
        for pattern, rule in RULES:
            m = pattern.search(sentence, start)
            if m is None:
                continue
            before = sentence[: m.start()]
            if _NOT_A_PROMISE.search(sentence[: m.end()]) and not _CUES.search(before):
                phrase = m.group(0).strip()
                notes.append(f"'{phrase}' is a deadline for the candidate, not a promise")
                return None
            return rule(m, ctx)
    return None


def promised_reply_date(
    text: str, *, sent_at: datetime, tz: tzinfo, about_decision: bool = False
) -> DateResult[date]:
    """The date the employer said the candidate would hear back by, with the rule used.

    `about_decision`: only sentences that name what is promised (a decision, an answer, an
    update, hearing back) count, not a bare "let you know".
    """
    sent = in_zone(sent_at, tz)
    notes: list[str] = []
    context = Context(sent.date(), sent, text)
    weak: Reading | None = None
    for sentence in _promise_sentences(text):
        if about_decision and not _ABOUT_DECISION.search(sentence):
            continue
        found = _reading(sentence, context, notes)
        if found is None:
            continue
        if found.day is None:
            if found.final:  # a contradiction or an ambiguous date: no guess
                return DateResult(None, (*notes, found.why), "text")
            notes.append(found.why)
            continue
        if _PROMISES.search(sentence):
            return DateResult(found.day, (found.why, *notes), "text")
        weak = weak or found
    if weak is not None and weak.day is not None:
        return DateResult(weak.day, (weak.why, *notes), "text")
    if not notes:
        notes.append("no promised reply date found")
    return DateResult(None, tuple(notes), "text")
