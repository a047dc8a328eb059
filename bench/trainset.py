"""Labelled messages read the way followupd reads them, for training and scoring the model.

Each row has its label and the group a cross-validation split keeps together: the
generated corpus (`bench/corpus`, group = the hand-written base), the older corpus in
`tests/corpus` (group = its template family, the file name without its number), the short
notes of `bench/train_extra.py` (each its own group), and any directory of .eml files with
a labels.jsonl (a fresh batch, scored as it comes, never trained on).
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
import sys
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
for _path in (ROOT, ROOT / "daemon"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from bench.corpus.build import DEFAULT_SEED, generate  # noqa: E402
from bench.train_extra import notes  # noqa: E402

from followupd.adapters.lexicon_files import load_lexicon  # noqa: E402
from followupd.adapters.mailparse import parse_message  # noqa: E402
from followupd.core.understand.cues import normalise  # noqa: E402
from followupd.core.understand.lexicon import Lexicon  # noqa: E402
from followupd.core.understand.linear import LinearModel  # noqa: E402
from followupd.core.understand.message import reading_of  # noqa: E402
from followupd.core.understand.quoting import own_content  # noqa: E402
from followupd.core.understand.reading import Reading  # noqa: E402
from followupd.model import FolderRole, Label  # noqa: E402

USER_TZ = ZoneInfo("America/New_York")
TESTS_CORPUS = ROOT / "tests" / "corpus"
_NUMBERED = re.compile(r"^c\d+-")


@dataclass(frozen=True)
class Row:
    """One labelled message as read: where it came from, its truth and its Reading.

    `short` rows are made for training only: a message cut to the sentences that carry a
    cue, so that the model learns that a terse note saying one thing plainly says it.
    """

    name: str
    label: str
    group: str
    source: str
    reading: Reading
    short: bool = False


def reading_lexicon(lang: str = "en") -> Lexicon:
    """The language's lexicon with an empty model: reading it computes every feature."""
    lexicon = load_lexicon(lang)
    empty = LinearModel(tuple(Label), tuple(0.0 for _ in Label), {})
    return dataclasses.replace(lexicon, model=empty)


_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n\s*\n")


def _rows(
    name: str, raw: bytes, *, label: str, group: str, source: str, lexicon: Lexicon, short: bool
) -> Iterator[Row]:
    """The message's row, then (with `short`) its short form when it has one (see Row)."""
    msg = parse_message(raw, location=None, role=FolderRole.INBOX)
    row = Row(name, label, group, source, reading_of(msg, lexicon=lexicon, tz=USER_TZ))
    yield row
    if not short:
        return
    content = own_content(msg.text, lexicon, subject=msg.subject)
    sentences = [" ".join(s.split()) for s in _SENTENCE.split(content.text) if s.strip()]
    kept = [s for s in sentences if _has_cue(s, lexicon)]
    if kept and len(kept) < len(sentences) and row.reading.reads_language:
        short = dataclasses.replace(msg, text=" ".join(kept))
        reading = reading_of(short, lexicon=lexicon, tz=USER_TZ)
        yield Row(f"{name}#short", label, group, source, reading, short=True)


def _has_cue(sentence: str, lexicon: Lexicon) -> bool:
    text = normalise(sentence, lexicon)
    return any(
        (not cue.anchor or cue.anchor in text) and cue.pattern.search(text)
        for cue in lexicon.phrases
    )


def generated_rows(lexicon: Lexicon, seed: int | None = None) -> Iterator[Row]:
    """The generated corpus (bench/corpus), built in memory."""
    logging.getLogger("mailparser").setLevel(logging.ERROR)
    for name, raw, truth in generate(DEFAULT_SEED if seed is None else seed):
        yield from _rows(
            f"corpus/{name}",
            raw,
            label=truth.label,
            group=truth.group,
            source=truth.source,
            lexicon=lexicon,
            short=True,
        )


def tests_corpus_rows(lexicon: Lexicon, corpus: Path = TESTS_CORPUS) -> Iterator[Row]:
    """tests/corpus: labels from labels.toml, groups from the file names' template family."""
    truth = tomllib.loads((corpus / "labels.toml").read_text(encoding="utf-8"))
    for name, expected in sorted(truth.items()):
        family = _NUMBERED.sub("", name.removesuffix(".eml"))
        raw = (corpus / name).read_bytes()
        group = f"tests:{family}"
        label = expected["label"]
        yield from _rows(
            f"tests/{name}",
            raw,
            label=label,
            group=group,
            source="tests",
            lexicon=lexicon,
            short=True,
        )


def directory_rows(lexicon: Lexicon, folder: Path) -> Iterator[Row]:
    """A directory of .eml files and a labels.jsonl naming each file's label."""
    for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        raw = (folder / item["file"]).read_bytes()
        group = str(item.get("group", item["file"]))
        source = str(item.get("source", "fresh"))
        name = f"{folder.name}/{item['file']}"
        label = item["label"]
        yield from _rows(
            name, raw, label=label, group=group, source=source, lexicon=lexicon, short=False
        )


def note_rows(lexicon: Lexicon) -> Iterator[Row]:
    """The short notes of bench/train_extra.py, each its own group."""
    for gid, label, raw in notes():
        group = f"notes:{gid}"
        yield from _rows(
            f"notes/{gid}",
            raw,
            label=label,
            group=group,
            source="notes",
            lexicon=lexicon,
            short=True,
        )


def our_corpora(lexicon: Lexicon, seed: int | None = None) -> list[Row]:
    """Everything we train on: the generated corpus, tests/corpus and the short notes."""
    return [*generated_rows(lexicon, seed), *tests_corpus_rows(lexicon), *note_rows(lexicon)]


def label_counts(rows: Iterable[Row]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.label] = counts.get(row.label, 0) + 1
    return counts
