"""Classifier quality: three macro-F1 figures side by side, each on mail the model never saw.

Usage: python3 bench/quality.py [CORPUS_DIR] [--fresh DIR] [--cv run|recorded] [--errors]

1. cross-validated on our corpora (bench/corpus, tests/corpus, bench/train_extra.py): every
   message scored by a model trained without its group (needs the `train` extra to run;
   otherwise the figures recorded in the model file when it was trained are shown);
2. the real mail beside the project (../shared/mail-real, read by its own scorer), when present;
3. a fresh batch: a directory of .eml files and labels.jsonl given with --fresh.
Each with per-label precision and recall, rejection precision, `other` mail read as
recruiting, and calibration: how many right answers reach the drafting threshold
(--min-confidence, 0.75) and how many wrong ones do. Then the detailed report on CORPUS_DIR
(tests/corpus by default: in training, so in-sample): confusion matrix, exact interview
start, promised reply date, company and role. Targets: cross-validated macro-F1 >= 0.95,
rejection recall on real mail >= 0.95 with precision >= 0.99, other misread <= 1%.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "daemon")]

from bench.referee import ABSENT, Verdict, fresh_batch, real_mail  # noqa: E402
from bench.scoring import table  # noqa: E402

from followupd.adapters.lexicon_files import load_lexicon, load_model  # noqa: E402
from followupd.adapters.mailparse import parse_message  # noqa: E402
from followupd.core.understand.message import understand  # noqa: E402
from followupd.model import FolderRole, Label  # noqa: E402

USER_TZ = ZoneInfo("America/New_York")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT / "tests" / "corpus")
    parser.add_argument("--errors", action="store_true", help="list every wrong answer")
    parser.add_argument("--min-confidence", type=float, default=0.75)
    parser.add_argument("--fresh", type=Path, help="a directory of .eml files and labels.jsonl")
    parser.add_argument("--cv", choices=("auto", "run", "recorded"), default="auto")
    args = parser.parse_args()
    threshold = args.min_confidence
    cv = cross_validated(args.cv)
    real = real_mail(threshold=threshold)
    fresh = fresh_batch(args.fresh, threshold)
    print("\nmacro-F1 on mail the model never saw:")
    print(f"cross-validated macro-F1: {cv:.3f}" if cv is not None else "cross-validated: n/a")
    for title, verdict in (("real-mail", real), ("fresh-batch", fresh)):
        print(f"{title} macro-F1: {_figure(verdict)}")
    for title, verdict in (("real mail", real), ("fresh batch", fresh)):
        if verdict.summary is not None:
            print("\n" + table(verdict.summary, f"{title} ({verdict.where})", threshold))
            rejection = next((s for s in verdict.summary.per_label if s.label == "rejection"), None)
            if rejection is not None:
                print(f"rejection recall {rejection.recall:.3f} (target >= 0.95)")
            if args.errors:
                print("\n".join(verdict.misses))
    print(f"\n--- {args.corpus.name}: detailed (in training for tests/corpus: in-sample) ---")
    truth = tomllib.loads((args.corpus / "labels.toml").read_text(encoding="utf-8"))
    lexicon = load_lexicon("en")
    labels = [label.value for label in Label]
    confusion = {t: dict.fromkeys(labels, 0) for t in labels}
    times = [0, 0]
    promises = [0, 0]
    errors: list[str] = []
    calibration: list[tuple[bool, float]] = []
    names = {"company": [0, 0], "role": [0, 0]}
    for name, expected in sorted(truth.items()):
        raw = (args.corpus / name).read_bytes()
        msg = parse_message(raw, location=None, role=FolderRole.INBOX)
        result = understand(msg, lexicon=lexicon, tz=USER_TZ)
        got = result.label.value
        confusion[expected["label"]][got] += 1
        if expected["label"] != "other" or got != "other":
            calibration.append((got == expected["label"], result.confidence))
        if got != expected["label"]:
            errors.append(f"{name}: expected {expected['label']}, got {got} {result.evidence[:3]}")
        for key, pair in names.items():
            if key in expected and expected[key] in f"{msg.subject}\n{msg.text}":
                pair[1] += 1
                found = getattr(result, key)
                if found == expected[key]:
                    pair[0] += 1
                else:
                    errors.append(f"{name}: {key} {expected[key]!r} != {found!r}")
        if expected["interview"] != "none":
            times[1] += 1
            start = result.interview.start if result.interview else None
            if start is not None and start == datetime.fromisoformat(expected["interview"]):
                times[0] += 1
            else:
                errors.append(f"{name}: interview {expected['interview']} != {start}")
        if expected["reply_by"] != "none":
            promises[1] += 1
            if result.reply_expected_by == date.fromisoformat(expected["reply_by"]):
                promises[0] += 1
            else:
                errors.append(
                    f"{name}: reply_by {expected['reply_by']} != {result.reply_expected_by}"
                )
    report(confusion, labels, times, promises, len(truth))
    print(f"company exact: {ratio(names['company'])}  role exact: {ratio(names['role'])}")
    report_calibration(calibration, args.min_confidence)
    if args.errors:
        print("\n".join(["", "errors:", *errors]))
    return 0


def _figure(verdict: Verdict) -> str:
    if verdict.status == ABSENT or verdict.summary is None:
        return f"absent ({verdict.where or 'no directory given'})"
    return f"{verdict.summary.macro_f1:.3f} (n={verdict.summary.n})"


def cross_validated(mode: str) -> float | None:
    """Run the group cross-validation (train extra), or show the figures the model recorded."""
    if mode != "recorded":
        try:
            from bench import train_classifier  # noqa: PLC0415 (scikit-learn: optional)
        except ImportError:
            if mode == "run":
                raise
            print("(scikit-learn not installed: figures recorded when the model was trained)")
        else:
            return train_classifier.cross_validated_report()
    model = load_model("en")
    info = model.info if model is not None else {}
    for label, figures in sorted(info.get("cv_per_label", {}).items()):
        print(
            f"  recorded {label:<15} precision {figures['precision']:.3f} "
            f"recall {figures['recall']:.3f} n={figures['n']}"
        )
    value = info.get("cv_macro_f1")
    return float(value) if value is not None else None


def report(
    confusion: dict[str, dict[str, int]],
    labels: list[str],
    times: list[int],
    promises: list[int],
    total: int,
) -> None:
    print(f"corpus: {total} messages\n")
    print(f"{'label':<15}{'prec':>7}{'recall':>8}{'F1':>7}{'n':>6}")
    f1s = []
    for label in labels:
        tp = confusion[label][label]
        predicted = sum(confusion[t][label] for t in labels)
        actual = sum(confusion[label].values())
        precision = tp / predicted if predicted else 1.0
        recall = tp / actual if actual else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        f1s.append(f1)
        print(f"{label:<15}{precision:>7.3f}{recall:>8.3f}{f1:>7.3f}{actual:>6}")
    print(f"\nmacro-F1: {sum(f1s) / len(f1s):.3f}  (target >= 0.95)")
    rej_pred = sum(confusion[t]["rejection"] for t in labels)
    rej_prec = confusion["rejection"]["rejection"] / rej_pred if rej_pred else 1.0
    print(f"rejection precision: {rej_prec:.3f}  (target >= 0.99)")
    others = sum(confusion["other"].values())
    misread = others - confusion["other"]["other"]
    rate = misread / others if others else 0.0
    print(f"other misread as recruiting: {rate:.3%} ({misread}/{others}, target <= 1%)")
    print(f"interview start exact: {ratio(times)}")
    print(f"promised date exact: {ratio(promises)}")
    short = {label: label[:6] for label in labels}
    print("\nconfusion (rows = truth, columns = predicted)")
    print(" " * 15 + "".join(f"{short[p]:>8}" for p in labels))
    for t in labels:
        print(f"{t:<15}" + "".join(f"{confusion[t][p]:>8}" for p in labels))


def report_calibration(pairs: list[tuple[bool, float]], threshold: float) -> None:
    """Confidence of recruiting answers: right ones should clear the threshold, wrong ones not."""
    right = sorted(c for ok, c in pairs if ok)
    wrong = sorted(c for ok, c in pairs if not ok)
    sure = sum(1 for c in right if c >= threshold)
    print(f"\nconfidence (recruiting answers, drafting threshold {threshold:.2f})")
    if right:
        median = right[len(right) // 2]
        print(f"right: {sure}/{len(right)} ({sure / len(right):.1%}) reach it; median {median:.3f}")
    bad = sum(1 for c in wrong if c >= threshold)
    print(f"wrong: {bad}/{len(wrong)} reach it")


def ratio(pair: list[int]) -> str:
    return f"{pair[0] / pair[1]:.1%} ({pair[0]}/{pair[1]})" if pair[1] else "n/a (0 cases)"


if __name__ == "__main__":
    raise SystemExit(main())
