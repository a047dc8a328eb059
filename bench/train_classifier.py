"""Train the classifier's weights: multinomial logistic regression over the cue features and
the words and word pairs of the sender's own text, cross-validated by group.

Usage: python bench/train_classifier.py [--out FILE] [--cv-only] [--folds N] [--c C]
Needs the `train` extra (scikit-learn): pip install -e '.[train]'.

Rows are our two corpora (bench/corpus, generated in memory, and tests/corpus), never the
real mail kept beside the project (that is the referee, scored by bench/quality.py). Every
figure printed is measured on groups the fold's model never saw (GroupKFold on the
hand-written base), with the whole decision (rules included) as followupd makes it. The
temperature that calibrates the probabilities is fitted on those held-out predictions.
Mail in a language followupd does not read is not trained on; it is scored apart.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "daemon")]

from bench.scoring import Answer, summarise, table  # noqa: E402
from bench.trainset import Row, label_counts, our_corpora, reading_lexicon  # noqa: E402
from scipy.sparse import csr_matrix  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import GroupKFold  # noqa: E402

from followupd.core.understand.decide import decide  # noqa: E402
from followupd.core.understand.lexicon import Lexicon  # noqa: E402
from followupd.core.understand.linear import FORMAT, LinearModel  # noqa: E402
from followupd.model import Label  # noqa: E402

OUT = ROOT / "daemon" / "followupd" / "data" / "model" / "en.json"
MIN_GROUPS = 3  # a feature seen in fewer hand-written bases is that base's, not the label's
PRUNE = 0.03  # a feature whose every weight is smaller than this is left out of the file
DIGITS = 3
FLOORS = (0.0, 0.3, 0.35, 0.4, 0.45, 0.5)
FLOOR_TIE = 0.005
# Features our corpora cannot show, with the weight a person would give them: the corpora
# hold single messages, so an earlier fixed time in the thread is never seen in training.
UNSEEN = {"thread:after_fixed_time": {Label.RESCHEDULE: 1.5}}


@dataclass(frozen=True)
class Params:
    """Regularisation strength, vocabulary and pruning, and how much each kind of feature is
    trusted: a feature scaled by k costs 1/k^2 of the penalty for the same effect, so the
    hand-written cues (combined per label, and one by one) are a strong prior that words
    must outweigh with evidence."""

    c: float = 0.5
    min_groups: int = MIN_GROUPS
    prune: float = PRUNE
    balanced: bool = True
    score_scale: float = 2.0
    cue_scale: float = 1.0
    word_scale: float = 1.0


def scale_of(key: str, params: Params) -> float:
    kind = key.split(":", 1)[0]
    if kind == "score":
        return params.score_scale
    if kind in ("phrase", "subject", "calendar", "link", "promise"):
        return params.cue_scale
    if kind in ("w", "w2", "s", "c"):
        return params.word_scale
    return 1.0


@dataclass(frozen=True)
class Held:
    """One held-out row: its scores under the fold's model (temperature 1) and the model."""

    row: Row
    model: LinearModel


def _vocabulary(rows: Sequence[Row], min_groups: int) -> list[str]:
    groups: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for key in row.reading.features:
            groups[key].add(row.group)
    return sorted(k for k, g in groups.items() if k.startswith("score:") or len(g) >= min_groups)


def fit(rows: Sequence[Row], params: Params) -> LinearModel:
    """A LinearModel trained on the rows written in the lexicon's language."""
    train = [r for r in rows if r.reading.reads_language]
    vocab = _vocabulary(train, params.min_groups)
    index = {key: j for j, key in enumerate(vocab)}
    scales = [scale_of(key, params) for key in vocab]
    data, cols, ptr = [], [], [0]
    for row in train:
        for key, value in row.reading.features.items():
            if key in index:
                cols.append(index[key])
                data.append(value * scales[index[key]])
        ptr.append(len(cols))
    matrix = csr_matrix((data, cols, ptr), shape=(len(train), len(vocab)))
    clf = LogisticRegression(
        C=params.c, max_iter=5000, class_weight="balanced" if params.balanced else None
    )
    clf.fit(matrix, [r.label for r in train])
    labels = tuple(Label(str(c)) for c in clf.classes_)
    weights = {}
    for j, key in enumerate(vocab):
        column = [float(w) * scales[j] for w in clf.coef_[:, j]]
        if max(abs(w) for w in column) >= params.prune:
            weights[key] = tuple(round(w, DIGITS) for w in column)
    for key, given in UNSEEN.items():
        weights[key] = tuple(given.get(label, 0.0) for label in labels)
    bias = tuple(round(float(b), DIGITS) for b in clf.intercept_)
    return LinearModel(labels, bias, weights)


def cross_validate(rows: Sequence[Row], params: Params, folds: int) -> list[Held]:
    """Every row scored by a model trained on the other groups (GroupKFold)."""
    held: list[Held] = []
    splitter = GroupKFold(n_splits=folds)
    labels = [r.label for r in rows]
    for train_idx, test_idx in splitter.split(rows, labels, [r.group for r in rows]):
        model = fit([rows[i] for i in train_idx], params)
        held.extend(Held(rows[i], model) for i in test_idx if not rows[i].short)
    return held


def fit_temperature(held: Sequence[Held]) -> float:
    """The temperature that minimises the held-out negative log-likelihood."""
    cases = []
    for item in held:
        if item.row.reading.reads_language:
            scores = item.model.scores(item.row.reading.features)
            cases.append((scores, item.model.labels.index(Label(item.row.label))))

    def nll(t: float) -> float:
        total = 0.0
        for scores, truth in cases:
            top = max(scores)
            log_z = top / t + math.log(sum(math.exp((s - top) / t) for s in scores))
            total += log_z - scores[truth] / t
        return total / len(cases)

    grid = [0.4 + 0.05 * i for i in range(53)]
    return min(grid, key=nll)


def answers(
    held: Sequence[Held], lexicon: Lexicon, temperature: float, floor: float = 0.0
) -> list[tuple[Row, Answer]]:
    """The whole decision for each held-out row, with the fitted temperature and floor."""
    out = []
    for item in held:
        model = dataclasses.replace(item.model, temperature=temperature, floor=floor)
        decision = decide(item.row.reading, dataclasses.replace(lexicon, model=model))
        answer = Answer(item.row.label, decision.label.value, decision.confidence)
        out.append((item.row, answer))
    return out


def fit_floor(held: Sequence[Held], lexicon: Lexicon, temperature: float) -> float:
    """The least probability a recruiting reading needs, for the best held-out macro-F1."""
    scores = {}
    for floor in FLOORS:
        scored = answers(held, lexicon, temperature, floor)
        scores[floor] = summarise([a for r, a in scored if r.reading.reads_language]).macro_f1
    print("floor: " + ", ".join(f"{f:.2f} -> macro-F1 {v:.3f}" for f, v in scores.items()))
    # Where cross-validation cannot tell floors apart, claim less: the higher floor wins.
    best = max(scores.values())
    return max(f for f in FLOORS if scores[f] >= best - FLOOR_TIE)


def report(scored: Sequence[tuple[Row, Answer]]) -> dict[str, Any]:
    """Print the cross-validated figures; return the ones the model file records."""
    ours = [a for r, a in scored if r.reading.reads_language]
    unread = [r for r, _ in scored if not r.reading.reads_language]
    summary = summarise(ours)
    print(table(summary, "cross-validated by group, our corpora (language read)"))
    for source in ("corpus/", "tests/", "notes/"):
        part = summarise(
            [a for r, a in scored if r.reading.reads_language and r.name.startswith(source)]
        )
        print(f"  {source:<8} macro-F1 {part.macro_f1:.3f} (n={part.n})")
    recruiting_unread = [r for r in unread if r.label != "other"]
    print(
        f"not read (language): {len(unread)} messages ({len(recruiting_unread)} recruiting), "
        "every one 'other' at low confidence with its language named"
    )
    return {
        "cv_macro_f1": round(summary.macro_f1, 4),
        "cv_accuracy": round(summary.accuracy, 4),
        "cv_per_label": {
            s.label: {"precision": round(s.precision, 3), "recall": round(s.recall, 3), "n": s.n}
            for s in summary.per_label
        },
        "cv_sure_right": list(summary.sure_right),
        "cv_sure_wrong": list(summary.sure_wrong),
    }


def cross_validated_report(params: Params | None = None, folds: int = 5) -> float:
    """Read our corpora, cross-validate, print the report; the macro-F1 (for bench/quality)."""
    lexicon = reading_lexicon()
    held = cross_validate(our_corpora(lexicon), params or Params(), folds)
    temperature = fit_temperature(held)
    floor = fit_floor(held, lexicon, temperature)
    return float(report(answers(held, lexicon, temperature, floor))["cv_macro_f1"])


def write(model: LinearModel, out: Path, info: dict[str, Any]) -> None:
    data = {
        "format": FORMAT,
        "lang": "en",
        "labels": [label.value for label in model.labels],
        "bias": list(model.bias),
        "temperature": round(model.temperature, 3),
        "floor": model.floor,
        "info": info,
        "features": {key: list(row) for key, row in sorted(model.weights.items())},
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, separators=(",", ":"), ensure_ascii=True)
    out.write_text(text.replace('],"', '],\n"') + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--c", type=float, default=Params.c)
    parser.add_argument("--min-groups", type=int, default=MIN_GROUPS)
    parser.add_argument("--unbalanced", action="store_true", help="no class weights")
    parser.add_argument("--cv-only", action="store_true", help="report, write nothing")
    args = parser.parse_args()
    params = Params(c=args.c, min_groups=args.min_groups, balanced=not args.unbalanced)
    began = time.perf_counter()
    lexicon = reading_lexicon()
    rows = our_corpora(lexicon)
    read_s = time.perf_counter() - began
    whole = [r for r in rows if not r.short]
    groups = len({r.group for r in rows})
    print(f"{len(whole)} messages (+{len(rows) - len(whole)} cut to their cue sentences, for")
    print(f"training only), {groups} groups, read in {read_s:.1f} s")
    print("labels: " + ", ".join(f"{k} {v}" for k, v in sorted(label_counts(whole).items())))
    held = cross_validate(rows, params, args.folds)
    temperature = fit_temperature(held)
    print(f"temperature (fitted on held-out predictions): {temperature:.2f}")
    floor = fit_floor(held, lexicon, temperature)
    info = report(answers(held, lexicon, temperature, floor))
    if args.cv_only:
        return 0
    model = dataclasses.replace(fit(rows, params), temperature=temperature, floor=floor)
    info.update(
        {
            "trained_on": {"messages": len(whole), "short_forms": len(rows) - len(whole)},
            "params": dataclasses.asdict(params),
            "features": len(model.weights),
        }
    )
    write(model, args.out, info)
    took = time.perf_counter() - began
    size = args.out.stat().st_size
    print(f"wrote {args.out} ({len(model.weights)} features, {size / 1024:.0f} KB) in {took:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
