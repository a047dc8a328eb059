"""The cues of one message: weighted phrases and subject patterns, found with negation,
hedges and one-reading-per-sentence applied, each kept with the feature name it carries.

Cues are combined per label as a noisy-or of their hand-set weights (`Scores.score`); the
learned model reads each cue and these per-label scores as features, and the hand-set
combination (`confidence_of`, `runner_up`) decides alone when a language has no trained
model. A cue that is negated ("we are not rejecting") is dropped and one that is hedged ("if
you are not selected") keeps only a small share of its weight. A phrase inside a stronger
phrase already counted (the same words matched twice) adds nothing.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from followupd.core.understand.lexicon import Cue, Lexicon
from followupd.model import Label

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


@dataclass(frozen=True, slots=True)
class CalendarFacts:
    """What classification needs from a text/calendar part (RFC 5545)."""

    method: str | None
    sequence: int
    cancelled: bool
    summary: str


@dataclass(frozen=True, slots=True)
class Entry:
    """One cue counted: its weight as applied, label, description and feature name.

    `share` is the part of the cue's own weight it kept (a hedge, a rival in its sentence or
    an inherited "Re:" subject lower it): the value of its feature for the learned model.
    """

    weight: float
    label: Label
    why: str
    key: str
    share: float = 1.0


@dataclass(slots=True)
class Scores:
    """Per-label noisy-or accumulators with the cues that fed them and notes on the way."""

    remaining: dict[Label, float] = field(default_factory=dict)
    entries: list[Entry] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    negated: dict[Label, int] = field(default_factory=dict)

    def add(self, label: Label, weight: float, why: str, key: str, share: float = 1.0) -> None:
        self.remaining[label] = self.remaining.get(label, 1.0) * (1.0 - min(weight, 0.99))
        self.entries.append(Entry(weight, label, why, key, share))

    def note(self, why: str) -> None:
        self.notes.append(why)

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
    key: str
    share: float


def score_cues(
    text: str, cues: Sequence[Cue], lexicon: Lexicon, scores: Scores, *, where: str, factor: float
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
            scores.add(hit.label, hit.weight, hit.why, hit.key, hit.share)
        else:
            why = f"{hit.why} in a sentence that says {rival.label.value}"
            scores.add(hit.label, hit.weight * share, why, hit.key, hit.share * share)


def _hits(
    text: str, cues: Sequence[Cue], lexicon: Lexicon, scores: Scores, *, where: str, factor: float
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
                scores.negated[cue.label] = scores.negated.get(cue.label, 0) + 1
                continue
            share, why = factor, f"{where} '{phrase}'"
            if cue.label in lexicon.hedge_labels:
                hedged = lexicon.hedge.search(_sentence_start(before))
                if hedged:
                    share *= hedge_factor
                    why = f"{why} hedged by '{hedged.group(0)}'"
            weight = cue.weight * share
            if best is None or weight > best.weight:
                key = f"{where}:{cue.key}"
                best = _Hit(cue.label, weight, match.start(), match.end(), why, key, share)
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
