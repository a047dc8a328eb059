"""The real-mail check (bench/referee.py): a development check, not a gate on scores.

Where the real mail lies beside the project (../shared/mail-real from the repository root)
the check runs and its figures must be sane; where it does not, the scorer must say
"absent" rather than fail or be skipped. Either way nothing is asserted about how good the
figures are: that is for people reading bench/quality.py.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

from followupd.model import Label

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
LABELS = {label.value for label in Label}


def referee() -> ModuleType:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    return importlib.import_module("bench.referee")


def test_real_mail_is_scored_when_present_and_absent_otherwise() -> None:
    module = referee()
    verdict = module.real_mail(SHARED)
    if not (SHARED / "mail-real" / "labels.json").is_file():
        assert verdict.status == module.ABSENT and verdict.summary is None
        return
    assert verdict.status == module.SCORED
    summary = verdict.summary
    assert summary is not None and summary.n > 100
    assert 0.0 <= summary.macro_f1 <= 1.0 and 0.0 <= summary.accuracy <= 1.0
    assert {s.label for s in summary.per_label} <= LABELS
    assert sum(s.n for s in summary.per_label) == summary.n
    assert len(verdict.misses) == round(summary.n * (1 - summary.accuracy))


def test_a_folder_without_the_real_mail_is_reported_absent(tmp_path: Path) -> None:
    module = referee()
    assert module.real_mail(tmp_path).status == module.ABSENT
    assert module.fresh_batch(tmp_path).status == module.ABSENT
    assert module.fresh_batch(None).status == module.ABSENT
