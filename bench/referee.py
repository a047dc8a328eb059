"""Mail we did not write, scored as it comes: the real mail beside the project, a fresh batch.

The real mail (`../shared/mail-real` from the repository root) is read by its own scorer's
code, `../shared/tools/mailreal_score.py`, loaded by path: the rows, their decoding and their
labels stay there, nothing is copied here. Each usable row becomes the same neutral message
that scorer builds (from an employer address to the applicant, the row's subject and text)
and is understood as followupd understands any message. A fresh batch is a directory of
.eml files with a labels.jsonl, scored on its first run. Neither is ever trained on.
"""

from __future__ import annotations

import importlib.util
import logging
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from types import ModuleType

from bench.scoring import Answer, Summary, summarise
from bench.trainset import ROOT, USER_TZ, directory_rows

from followupd.adapters.lexicon_files import load_lexicon
from followupd.adapters.mailparse import parse_message
from followupd.core.understand.decide import decide
from followupd.core.understand.message import understand
from followupd.model import FolderRole

SHARED = ROOT.parent / "shared"
ABSENT = "absent"
SCORED = "scored"


@dataclass(frozen=True)
class Verdict:
    """How a referee set went: `absent` (nothing to score) or `scored` with its summary."""

    status: str
    summary: Summary | None = None
    where: str = ""
    misses: tuple[str, ...] = ()


def _scorer(shared: Path) -> ModuleType | None:
    tool = shared / "tools" / "mailreal_score.py"
    if not (tool.is_file() and (shared / "mail-real" / "labels.json").is_file()):
        return None
    spec = importlib.util.spec_from_file_location("mailreal_score", tool)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def real_mail(shared: Path = SHARED, threshold: float = 0.75) -> Verdict:
    """The real mail scored, or `absent` when the folder or its scorer is not there."""
    scorer = _scorer(shared)
    if scorer is None:
        return Verdict(ABSENT, where=str(shared / "mail-real"))
    logging.getLogger("mailparser").setLevel(logging.ERROR)
    lexicon = load_lexicon("en")
    answers: list[Answer] = []
    misses: list[str] = []
    for i, (name, row, subject, text, label) in enumerate(scorer.usable_rows()):
        mail = EmailMessage()
        mail["From"] = f'"Recruiting" <jobs@employer{i}.example.com>'
        mail["To"] = '"Sam Taylor" <sam.taylor@example.org>'
        mail["Subject"] = " ".join((subject or "").split())
        mail["Date"] = "Mon, 04 Mar 2019 10:00:00 -0800"
        mail["Message-ID"] = f"<real{i}@employer{i}.example.com>"
        mail.set_content(text)
        msg = parse_message(bytes(mail), location=None, role=FolderRole.INBOX)
        result = understand(msg, lexicon=lexicon, tz=USER_TZ)
        answers.append(Answer(label, result.label.value, result.confidence))
        if result.label.value != label:
            misses.append(f"{name} row {row}: {label} -> {result.label.value} {result.confidence}")
    summary = summarise(answers, threshold)
    return Verdict(SCORED, summary, str(shared / "mail-real"), tuple(misses))


def fresh_batch(folder: Path | None, threshold: float = 0.75) -> Verdict:
    """A directory of .eml files and labels.jsonl scored as it is, or `absent`."""
    if folder is None or not (folder / "labels.jsonl").is_file():
        return Verdict(ABSENT, where=str(folder) if folder else "")
    lexicon = load_lexicon("en")
    answers = []
    misses = []
    for row in directory_rows(lexicon, folder):
        decision = decide(row.reading, lexicon)
        answers.append(Answer(row.label, decision.label.value, decision.confidence))
        if decision.label.value != row.label:
            misses.append(f"{row.name}: {row.label} -> {decision.label.value}")
    return Verdict(SCORED, summarise(answers, threshold), str(folder), tuple(misses))
