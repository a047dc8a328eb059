"""From a Reading to a label, its confidence, the other readings and the evidence.

With a learned model the label is the most probable reading and its probability is the
confidence; each evidence line names a feature and what it added to a label's score
("phrase 'regret to inform' -> rejection +1.84"). A cue's line also carries its share of its
label's combined cue score, which the model weighs as one more feature. Without a model
the hand-set weights decide as a noisy-or with a threshold (`cues.confidence_of`).

Rules stand above either: a message in a language followupd does not read is `other`
at low confidence ("written in de: followupd reads en"), so the application can ask for a
look instead of acting; an automatic reply is never the employer's answer; bulk mail
(lists, job boards) keeps a recruiting label only when the reading is overwhelming; and a
message with strong cues for two labels of different outcomes is never sure enough to draft
on (with a model; the hand-set confidence discounts the runner-up itself).
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass

from followupd.core.understand.cues import Entry, confidence_of, runner_up
from followupd.core.understand.features import describe
from followupd.core.understand.lexicon import Lexicon
from followupd.core.understand.linear import LinearModel
from followupd.core.understand.reading import Reading
from followupd.model import Label

_EVIDENCE_LIMIT = 12
_DECIDING_LIMIT = 7
_AGAINST_LIMIT = 3
_SHOWN = 0.05  # a feature adding less than this to a score is not worth a line
_UNREAD_CONFIDENCE = 0.2
_AUTO_REPLY_CONFIDENCE = 0.9
_ALTERNATIVES = 3
_CONTESTED_CONFIDENCE = 0.6  # below the drafting threshold: a person should read it


@dataclass(frozen=True, slots=True)
class Decision:
    """A label with its confidence, the best readings with their probabilities, evidence."""

    label: Label
    confidence: float
    alternatives: tuple[tuple[Label, float], ...]
    evidence: tuple[str, ...]


def decide(reading: Reading, lexicon: Lexicon) -> Decision:
    """The label for `reading`: by the language's model, else by the hand-set weights."""
    if lexicon.model is None:
        return _by_hand(reading, lexicon)
    return _by_model(reading, lexicon.model, lexicon)


def _rules(
    reading: Reading, lexicon: Lexicon, label: Label, confidence: float, notes: list[str]
) -> tuple[Label, float]:
    """The label and confidence after the language, auto-reply and bulk rules."""
    if not reading.reads_language:
        notes.insert(0, f"written in {reading.language}: followupd reads {lexicon.lang}")
        notes.insert(1, reading.language_why)
        return Label.OTHER, _UNREAD_CONFIDENCE
    if reading.auto:
        notes.append(f"automatic reply: {reading.auto}; never the employer's answer")
        return Label.OTHER, _AUTO_REPLY_CONFIDENCE
    bulk = "; ".join(reading.bulk)
    if reading.bulk and label is not Label.OTHER:
        # The hand-set weights trust a strong reading of bulk mail only from an ATS.
        trusted = lexicon.model is not None or reading.ats is not None
        strong = trusted and confidence >= lexicon.weights["bulk_overwhelming"]
        if reading.has_invite or strong:
            notes.append(f"bulk ({bulk}) but the evidence is overwhelming")
            return label, confidence
        notes.append(f"bulk mail ({bulk}): not an answer about an application")
        return Label.OTHER, max(0.6, 1.0 - confidence)
    if reading.bulk:
        notes.append(f"bulk mail ({bulk})")
    return label, confidence


def _by_model(reading: Reading, model: LinearModel, lexicon: Lexicon) -> Decision:
    ranked = model.probabilities(reading.features)
    best, probability = ranked[0]
    notes = list(reading.scores.notes)
    second, second_p = ranked[1]
    if best is not Label.OTHER and probability < model.floor:
        notes.append(f"no reading reached {model.floor:.2f} (best {best.value} {probability:.2f})")
        best, probability = Label.OTHER, dict(ranked)[Label.OTHER]
    label, confidence = _rules(reading, lexicon, best, probability, notes)
    if label in reading.contested and confidence > _CONTESTED_CONFIDENCE:
        names = " and ".join(lb.value for lb in reading.contested)
        notes.append(f"strong cues for {names}: it says two things, confidence held at 0.60")
        confidence = _CONTESTED_CONFIDENCE
    if label is ranked[0][0]:
        notes.append(f"model: {best.value} {probability:.2f}, then {second.value} {second_p:.2f}")
    elif label is best:
        notes.append(f"model: {ranked[0][0].value} {ranked[0][1]:.2f}, too weak to claim")
    else:
        notes.append(f"model read {best.value} {probability:.2f}; {label.value} by the rule above")
    alternatives = tuple((lb, round(p, 3)) for lb, p in ranked[:_ALTERNATIVES])
    return Decision(label, confidence, alternatives, _explain(reading, model, label, notes))


def _explain(
    reading: Reading, model: LinearModel, label: Label, notes: list[str]
) -> tuple[str, ...]:
    """Deciding lines first (most weight first), then the notes, then what argued otherwise."""
    features = reading.features
    deciding: list[tuple[float, str]] = []
    others: list[tuple[float, str]] = []
    cue_keys: set[str] = set()
    weight_of = {lb: _cue_total(reading.scores.entries, lb) for lb in Label}
    for entry in reading.scores.entries:
        cue_keys.add(entry.key)
        lb = entry.label
        added = model.contribution(lb, entry.key, features.get(entry.key, 0.0))
        combined = f"score:{lb.value}"
        if weight_of[lb] > 0.0:
            part = _evidence(entry.weight) / weight_of[lb]
            added += part * model.contribution(lb, combined, features.get(combined, 0.0))
        line = (added, f"{entry.why} -> {lb.value} {added:+.2f}")
        (deciding if lb is label else others).append(line)
    # Every other feature's weight for the label; only the lines shown are written out.
    column = model.labels.index(label)
    weights = model.weights
    scale = 1.0 / model.temperature
    pushes: list[tuple[float, str]] = []
    for key, value in features.items():
        row = weights.get(key)
        if row is not None and key not in cue_keys and not key.startswith("score:"):
            pushes.append((row[column] * value * scale, key))
    top = heapq.nlargest(_DECIDING_LIMIT, pushes)
    low = heapq.nsmallest(_AGAINST_LIMIT, pushes)
    deciding += [
        (added, _line(reading, key, label, added)) for added, key in top if added >= _SHOWN
    ]
    deciding.sort(key=lambda item: -item[0])
    others.sort(key=lambda item: -item[0])
    against = [
        (-added, _line(reading, key, label, added)) for added, key in low if added <= -_SHOWN
    ]
    lines = [text for _, text in deciding[:_DECIDING_LIMIT]]
    # Unread mail says so first: the words the model weighed are not what decided.
    ordered = lines + notes if reading.reads_language else notes + lines
    ordered += [text for _, text in (others + against[:_AGAINST_LIMIT])]
    return tuple(ordered[:_EVIDENCE_LIMIT])


def _line(reading: Reading, key: str, label: Label, added: float) -> str:
    why = reading.described.get(key) or describe(key)
    return f"{why} -> {label.value} {added:+.2f}"


def _evidence(weight: float) -> float:
    return -math.log(1.0 - min(weight, 0.99))


def _cue_total(entries: list[Entry], label: Label) -> float:
    return sum(_evidence(e.weight) for e in entries if e.label is label)


def _by_hand(reading: Reading, lexicon: Lexicon) -> Decision:
    """The noisy-or of the hand-set weights, a threshold, and the runner-up's discount."""
    w = lexicon.weights
    scores = reading.scores
    ranked = scores.ranked()
    top_label, top = ranked[0] if ranked else (Label.OTHER, 0.0)
    label = top_label if top >= w["threshold"] else Label.OTHER
    confidence = (
        1.0 - top if label is Label.OTHER else confidence_of(top, runner_up(ranked), lexicon)
    )
    notes = list(scores.notes)
    before = label
    label, confidence = _rules(reading, lexicon, label, confidence, notes)
    rules_spoke = label is not before or reading.auto is not None or bool(reading.bulk)
    if label is Label.OTHER and not rules_spoke:
        notes.append(f"no label reached {w['threshold']:.2f} (best {top_label.value} {top:.2f})")
    first = (label, round(min(1.0, confidence), 3))
    rest = [(lb, round(s, 3)) for lb, s in ranked if lb is not label][: _ALTERNATIVES - 1]
    if not rest:
        rest = [(Label.OTHER if label is not Label.OTHER else top_label, round(1.0 - first[1], 3))]
    entries = reading.scores.entries
    deciding = sorted((e for e in entries if e.label is label), key=lambda e: -e.weight)
    others = sorted((e for e in entries if e.label is not label), key=lambda e: -e.weight)
    lines = [f"{e.why} -> {e.label.value} (+{e.weight:.2f})" for e in deciding]
    lines += notes + [f"{e.why} -> {e.label.value} (+{e.weight:.2f})" for e in others]
    return Decision(label, confidence, (first, *rest), tuple(lines[:_EVIDENCE_LIMIT]))
