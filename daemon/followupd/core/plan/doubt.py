"""How sure a reading must be before followupd acts on it, and how to say that it is not."""

from __future__ import annotations

from followupd.model import Classification, Label

# Below min_confidence a reading still decides when being wrong costs a draft the user
# deletes, never a follow-up to someone who said no: it is the model's own (no rule held it
# down), it is the likeliest by a fair margin, and no closing reading carries weight.
_ACT_FLOOR = 0.5
_CLOSING_RISK = 0.1
_CLOSING = frozenset({Label.REJECTION, Label.OFFER, Label.CANCELLATION})


def wrong_costs_little(c: Classification | None) -> bool:
    """Whether an unsure reading may still decide the state (see above)."""
    if c is None or not c.alternatives or c.label in _CLOSING:
        return False
    ranked = dict(c.alternatives)
    if ranked.get(c.label) != c.confidence or c.confidence < _ACT_FLOOR:
        return False
    return sum(ranked.get(lb, 0.0) for lb in _CLOSING) < _CLOSING_RISK


def readings(c: Classification | None, least: float = 0.1) -> str | None:
    """The best two readings of a message, "rejection 0.55 or other 0.30": what the user
    weighs when followupd is unsure. The runner-up only when it has some weight."""
    if c is None:
        return None
    ranked = list(c.alternatives) or [(c.label, c.confidence)]
    shown = [ranked[0], *(r for r in ranked[1:2] if r[1] >= least)]
    return " or ".join(f"{label} {p:.2f}" for label, p in shown)
