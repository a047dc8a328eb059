"""Build the corpus: every rendering of every base, shuffled, as .eml files and labels.jsonl."""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from . import mime
from .data import ALL_BASES
from .model import LABELS, Base, Truth
from .render import names, render
from .styles import STYLES

DEFAULT_SEED = 20260310
_TIMED = {"confirmation", "reschedule", "cancellation"}
# Slots that carry a calendar date; without one, "on Tuesday" must mean the coming Tuesday.
_DATED = {"wmd", "wmdo", "wdate", "wnum", "wiso", "wdom", "word", "when"}
MAX_RENDERINGS = 6


@dataclass
class Summary:
    messages: int
    groups: int
    labels: Counter[str]
    sources: Counter[str]


def check_bases(bases: list[Base]) -> None:
    """Catch a slip in the hand-written data before it turns into a wrong label."""
    seen: set[str] = set()
    for base in bases:
        if base.gid in seen:
            raise ValueError(f"duplicate base id {base.gid}")
        seen.add(base.gid)
        if base.label not in LABELS:
            raise ValueError(f"{base.gid}: unknown label {base.label}")
        if base.style not in STYLES:
            raise ValueError(f"{base.gid}: unknown style {base.style}")
        if not 1 <= base.n <= MAX_RENDERINGS:
            raise ValueError(f"{base.gid}: {base.n} renderings")
        if base.thread == "own" and not base.quote:
            raise ValueError(f"{base.gid}: thread 'own' needs a quote")
        used = names(base.subject + base.body)
        stated = {n for n in used if n.startswith("w")}
        if stated and not stated & _DATED and base.days[1] > 6 and base.label in _TIMED:
            raise ValueError(f"{base.gid}: a bare weekday needs the interview within six days")
        fixed = base.ics or bool(stated)
        if base.label == "invitation" and fixed and not base.vague:
            raise ValueError(f"{base.gid}: an invitation states no fixed time (set vague)")


def generate(seed: int = DEFAULT_SEED) -> Iterator[tuple[str, bytes, Truth]]:
    """Every message of the corpus, in file order: (file name, RFC 5322 bytes, ground truth)."""
    bases = list(ALL_BASES)
    check_bases(bases)
    jobs = [(base, k) for base in bases for k in range(base.n)]
    random.Random(seed).shuffle(jobs)  # noqa: S311 - a corpus, not a secret
    for index, (base, k) in enumerate(jobs, 1):
        name = f"m{index:05d}.eml"
        rendered = render(base, k, seed)
        data = mime.build(rendered, seed, k).as_bytes(policy=mime.POLICY)
        t = rendered.truth
        yield (
            name,
            data,
            Truth(
                file=name,
                label=base.label,
                group=base.gid,
                source=base.source,
                style=base.style,
                interview_start=t["interview_start"],
                interview_end=t["interview_end"],
                reply_expected_by=t["reply_expected_by"],
                company=t["company"],
                role=t["role"],
            ),
        )


def truth_line(truth: Truth) -> str:
    return json.dumps(truth.as_dict(), ensure_ascii=False)


def build(out: Path, seed: int = DEFAULT_SEED) -> Summary:
    """Write the corpus to ``out``: m00001.eml... and labels.jsonl (one JSON object a line)."""
    out.mkdir(parents=True, exist_ok=True)
    lines = []
    labels: Counter[str] = Counter()
    sources: Counter[str] = Counter()
    groups: set[str] = set()
    for name, data, truth in generate(seed):
        (out / name).write_bytes(data)
        lines.append(truth_line(truth))
        labels[truth.label] += 1
        sources[truth.source] += 1
        groups.add(truth.group)
    (out / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Summary(len(lines), len(groups), labels, sources)
