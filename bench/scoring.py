"""Scores of a classifier's answers against truth: per-label precision and recall, macro-F1,
rejection precision, other mail read as recruiting, and calibration at the drafting threshold.

An answer is (truth, predicted label, confidence). Macro-F1 averages the labels that occur
in the truth (a label nobody wrote cannot be recalled), so corpora with few labels are
scored on those they have.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from followupd.model import Label

LABELS = tuple(label.value for label in Label)


@dataclass(frozen=True)
class Answer:
    truth: str
    got: str
    confidence: float


@dataclass(frozen=True)
class LabelScore:
    label: str
    n: int
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class Summary:
    n: int
    accuracy: float
    macro_f1: float
    per_label: tuple[LabelScore, ...]
    rejection_precision: float
    other_misread: tuple[int, int]  # other mail read as recruiting, of all other mail
    sure_right: tuple[int, int]  # right recruiting answers at or above the threshold, of all
    sure_wrong: tuple[int, int]  # wrong answers at or above the threshold, of all wrong
    confusions: tuple[tuple[tuple[str, str], int], ...]


def summarise(answers: Sequence[Answer], threshold: float = 0.75) -> Summary:
    pairs = Counter((a.truth, a.got) for a in answers)
    present = [label for label in LABELS if any(a.truth == label for a in answers)]
    scores = []
    for label in present:
        tp = pairs[(label, label)]
        n = sum(v for (t, _), v in pairs.items() if t == label)
        predicted = sum(v for (_, g), v in pairs.items() if g == label)
        precision = tp / predicted if predicted else 1.0
        recall = tp / n if n else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores.append(LabelScore(label, n, precision, recall, f1))
    right = sum(v for (t, g), v in pairs.items() if t == g)
    rejected = sum(v for (_, g), v in pairs.items() if g == "rejection")
    others = [a for a in answers if a.truth == "other"]
    recruiting = [a for a in answers if not (a.truth == "other" and a.got == "other")]
    good = [a for a in recruiting if a.truth == a.got]
    bad = [a for a in recruiting if a.truth != a.got]
    wrong = Counter((a.truth, a.got) for a in answers if a.truth != a.got)
    return Summary(
        n=len(answers),
        accuracy=right / len(answers) if answers else 0.0,
        macro_f1=sum(s.f1 for s in scores) / len(scores) if scores else 0.0,
        per_label=tuple(scores),
        rejection_precision=pairs[("rejection", "rejection")] / rejected if rejected else 1.0,
        other_misread=(sum(1 for a in others if a.got != "other"), len(others)),
        sure_right=(sum(1 for a in good if a.confidence >= threshold), len(good)),
        sure_wrong=(sum(1 for a in bad if a.confidence >= threshold), len(bad)),
        confusions=tuple(wrong.most_common(8)),
    )


def table(summary: Summary, title: str, threshold: float = 0.75) -> str:
    """The summary as a few lines of text."""
    lines = [
        f"{title}: {summary.n} messages",
        f"{'label':<15}{'prec':>7}{'recall':>8}{'F1':>7}{'n':>6}",
    ]
    for s in summary.per_label:
        lines.append(f"{s.label:<15}{s.precision:>7.3f}{s.recall:>8.3f}{s.f1:>7.3f}{s.n:>6}")
    misread, others = summary.other_misread
    sure, right = summary.sure_right
    unsure, wrong = summary.sure_wrong
    lines += [
        f"macro-F1 {summary.macro_f1:.3f}, accuracy {summary.accuracy:.3f}, "
        f"rejection precision {summary.rejection_precision:.3f}, "
        f"other read as recruiting {misread}/{others}",
        f"confidence >= {threshold:.2f}: right {sure}/{right}, wrong {unsure}/{wrong}",
        "commonest confusions (truth -> got): "
        + ", ".join(f"{t}->{g} {n}" for (t, g), n in summary.confusions),
    ]
    return "\n".join(lines)
