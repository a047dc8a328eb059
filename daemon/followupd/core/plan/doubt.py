"""How sure a reading must be before followupd acts on it, and how to say that it is not.

Below `min_confidence` a reading still decides when being wrong costs a draft the user
deletes, never a follow-up to someone who said no:
- it is the model's own reading (no rule held its confidence down);
- its outcome is the likeliest by a fair margin: the readings that lead to the same state
  count together (an invitation at 0.44 and a confirmation at 0.41 both fix a meeting);
- no closing reading (rejection, offer, cancellation) carries weight behind it.
A closing reading itself always needs the full `min_confidence`.

One more reading comes from the application rather than the words: a calendar invitation
from a person of an employer the user is already talking to is a meeting of that process,
however little its text says ("Priya has invited you to: System design").
"""

from __future__ import annotations

import dataclasses

from followupd.model import Classification, Label

_ACT_FLOOR = 0.5
_CLOSING_RISK = 0.1
_CLOSING = frozenset({Label.REJECTION, Label.OFFER, Label.CANCELLATION})
# Readings that lead to the same state of the application.
_OUTCOMES = (
    frozenset({Label.INVITATION, Label.CONFIRMATION, Label.RESCHEDULE}),  # a meeting
    frozenset({Label.ACKNOWLEDGMENT, Label.STATUS_UPDATE}),  # waiting for the employer
)


def _outcome(label: Label) -> frozenset[Label]:
    return next((group for group in _OUTCOMES if label in group), frozenset({label}))


def wrong_costs_little(c: Classification | None) -> bool:
    """Whether an unsure reading may still decide the state (see the module's rules)."""
    if c is None or not c.alternatives or c.label in _CLOSING:
        return False
    ranked = dict(c.alternatives)
    if ranked.get(c.label) != c.confidence:
        return False
    if _closing_weight(c) >= _CLOSING_RISK:
        return False
    return sum(ranked.get(lb, 0.0) for lb in _outcome(c.label)) >= _ACT_FLOOR


def readings(c: Classification | None, least: float = 0.1) -> str | None:
    """The best two readings of a message, "rejection 0.55 or other 0.30": what the user
    weighs when followupd is unsure. The runner-up only when it has some weight."""
    if c is None:
        return None
    ranked = list(c.alternatives) or [(c.label, c.confidence)]
    shown = [ranked[0], *(r for r in ranked[1:2] if r[1] >= least)]
    return " or ".join(f"{label} {p:.2f}" for label, p in shown)


def calendar_meeting(c: Classification) -> Classification | None:
    """`c`, a message read as `other` that carries a calendar invitation (not a cancellation),
    read again as the confirmation of a meeting; None when it has no such part, or when a
    closing reading has weight behind it. The caller decides it is in an open application."""
    interview = c.interview
    if c.label is not Label.OTHER or interview is None or interview.source != "ics":
        return None
    if interview.cancelled:
        return None
    closing = _closing_weight(c)
    if closing >= _CLOSING_RISK:
        return None
    why = "a calendar invitation in an application already under way: a meeting"
    return dataclasses.replace(
        c,
        label=Label.CONFIRMATION,
        confidence=round(1.0 - closing, 3),
        evidence=(*c.evidence, why),
    )


def _closing_weight(c: Classification) -> float:
    """How much of the model's belief says the message closes the application."""
    ranked = dict(c.alternatives)
    return sum(ranked.get(lb, 0.0) for lb in _CLOSING)
