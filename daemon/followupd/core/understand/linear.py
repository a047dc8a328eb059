"""A multinomial logistic regression read from data: learned weights, inference in plain Python.

The model scores every label as its bias plus the sum of weight x value over the message's
features, divides by a temperature fitted on held-out predictions (so the probabilities
mean what they say), and turns the scores into probabilities with a softmax. A feature the
model has no weights for adds nothing. Weights per feature and label are kept so that the
evidence can say what carried a label ("phrase 'regret to inform' -> rejection +1.84").

Plain Python on purpose: a message has a few hundred features, the model a few thousand
sparse rows; a dictionary lookup per feature costs less than converting to arrays would.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from followupd.model import Label

FORMAT = 1


@dataclass(frozen=True, slots=True)
class LinearModel:
    """Learned weights: one row per feature, one column per label."""

    labels: tuple[Label, ...]
    bias: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]
    temperature: float = 1.0
    # A recruiting reading less probable than this is not claimed: the message is `other`
    # (chosen by cross-validation, like the temperature).
    floor: float = 0.0
    info: Mapping[str, Any] = field(default_factory=dict)

    def scores(self, features: Mapping[str, float]) -> list[float]:
        """Each label's score (log-odds up to a constant), temperature applied."""
        weights = self.weights
        rows = [self.bias]  # present features worth 1.0 add their rows as they are
        for key, value in features.items():
            row = weights.get(key)
            if row is None:
                continue
            rows.append(row if value == 1.0 else tuple(w * value for w in row))
        return [sum(column) / self.temperature for column in zip(*rows, strict=True)]

    def probabilities(self, features: Mapping[str, float]) -> list[tuple[Label, float]]:
        """Every label with its probability, best first."""
        scores = self.scores(features)
        top = max(scores)
        exps = [math.exp(score - top) for score in scores]
        total = sum(exps)
        ranked = sorted(zip(self.labels, (e / total for e in exps), strict=True), key=_second)
        return ranked

    def contribution(self, label: Label, key: str, value: float) -> float:
        """What one feature adds to `label`'s score (after the temperature)."""
        row = self.weights.get(key)
        if row is None or not value:
            return 0.0
        return row[self.labels.index(label)] * value / self.temperature


def _second(item: tuple[Label, float]) -> float:
    return -item[1]


def model_from_mapping(data: Mapping[str, Any]) -> LinearModel:
    """A LinearModel from its parsed JSON file; ValueError/KeyError when malformed."""
    if data.get("format") != FORMAT:
        raise ValueError(f"model format {data.get('format')!r}, expected {FORMAT}")
    labels = tuple(Label(name) for name in data["labels"])
    bias = tuple(float(b) for b in data["bias"])
    if len(bias) != len(labels):
        raise ValueError("bias and labels differ in length")
    weights: dict[str, tuple[float, ...]] = {}
    for key, row in data["features"].items():
        values = tuple(float(w) for w in row)
        if len(values) != len(labels):
            raise ValueError(f"feature {key!r}: {len(values)} weights for {len(labels)} labels")
        weights[str(key)] = values
    temperature = float(data.get("temperature", 1.0))
    if not temperature > 0.0:
        raise ValueError("temperature must be positive")
    floor = float(data.get("floor", 0.0))
    return LinearModel(labels, bias, weights, temperature, floor, dict(data.get("info", {})))
