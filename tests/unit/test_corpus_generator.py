"""The labelled corpus generator (bench/corpus): size, coverage, truth and determinism."""

from __future__ import annotations

import email
import email.policy
import importlib
import json
import re
import sys
from collections import Counter
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from followupd.model import Label

ROOT = Path(__file__).resolve().parents[2]
UNFILLED = re.compile(r"\{[a-z][a-z_0-9]*\}")  # a slot the renderer left unfilled
LABELS = tuple(label.value for label in Label)
# The least each label must have: the rare ones still need enough for cross-validation.
MINIMUM = {
    "invitation": 120,
    "confirmation": 120,
    "reschedule": 40,
    "cancellation": 40,
    "rejection": 200,
    "offer": 50,
    "acknowledgment": 150,
    "status_update": 100,
    "other": 450,
}


def _build_module() -> ModuleType:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    return importlib.import_module("bench.corpus.build")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    out = tmp_path_factory.mktemp("corpus")
    _build_module().build(out)
    rows = [json.loads(line) for line in (out / "labels.jsonl").read_text("utf-8").splitlines()]
    return out, rows


def test_size_groups_and_labels(corpus: tuple[Path, list[dict[str, Any]]]) -> None:
    _, rows = corpus
    assert len(rows) >= 1500
    groups = Counter(row["group"] for row in rows)
    assert len(groups) >= 300
    assert max(groups.values()) <= 6, "no base is rendered more than six times"
    labels = Counter(row["label"] for row in rows)
    assert set(labels) == set(LABELS)
    for label, least in MINIMUM.items():
        assert labels[label] >= least, (label, labels[label])
    assert labels["other"] >= 0.30 * len(rows)
    for group in groups:  # every rendering of a base carries the base's label
        assert len({row["label"] for row in rows if row["group"] == group}) == 1


def test_labels_match_the_files(corpus: tuple[Path, list[dict[str, Any]]]) -> None:
    out, rows = corpus
    files = sorted(p.name for p in out.glob("*.eml"))
    assert files == sorted(row["file"] for row in rows)
    assert len(set(files)) == len(rows)
    keys = {
        "file", "label", "group", "source", "style", "interview_start", "interview_end",
        "reply_expected_by", "company", "role",
    }  # fmt: skip
    for row in rows:
        assert set(row) == keys
        assert row["label"] in LABELS
        if row["label"] == "other":
            assert row["company"] is None and row["role"] is None


def test_every_message_parses_and_its_times_hold(
    corpus: tuple[Path, list[dict[str, Any]]],
) -> None:
    out, rows = corpus
    calendars: Counter[str] = Counter()
    for index, row in enumerate(rows):
        raw = (out / row["file"]).read_bytes()
        msg = email.message_from_bytes(raw)  # compat32: fast enough for every message
        for header in ("From", "To", "Date", "Subject", "Message-ID"):
            assert msg[header], (row["file"], header)
        assert not msg.defects, (row["file"], msg.defects)
        for part in msg.walk():
            assert not part.defects, (row["file"], part.defects)
            if not part.is_multipart():
                payload = part.get_payload(decode=True)
                assert isinstance(payload, bytes) and payload, row["file"]
                if part.get_content_maintype() == "text":
                    text = payload.decode(part.get_content_charset() or "ascii")
                    assert not UNFILLED.search(text), (row["file"], UNFILLED.search(text))
            if part.get_content_type() == "text/calendar":
                calendars[str(part.get_param("method"))] += 1
        if index % 10 == 0:  # the strict modern parser too, on a tenth of them
            modern = email.message_from_bytes(raw, policy=email.policy.default)
            assert modern.get_body(("plain", "html")) is not None, row["file"]
            assert not modern["From"].defects and not modern["To"].defects, row["file"]
        sent = parsedate_to_datetime(str(msg["Date"]))
        if row["interview_start"]:
            start = datetime.fromisoformat(row["interview_start"])
            assert start.utcoffset() is not None
            assert start > sent, row["file"]
            if row["interview_end"]:
                assert datetime.fromisoformat(row["interview_end"]) > start
        else:
            assert row["interview_end"] is None
        if row["reply_expected_by"]:
            assert date.fromisoformat(row["reply_expected_by"]) > sent.date(), row["file"]
        if msg["In-Reply-To"]:
            assert msg["In-Reply-To"] in str(msg["References"])
    assert calendars["REQUEST"] > 50 and calendars["CANCEL"] > 10


def test_two_builds_are_identical(corpus: tuple[Path, list[dict[str, Any]]]) -> None:
    out, _ = corpus
    build = _build_module()
    lines = []
    for name, data, truth in build.generate():
        assert (out / name).read_bytes() == data, name
        lines.append(build.truth_line(truth))
    assert (out / "labels.jsonl").read_text("utf-8") == "\n".join(lines) + "\n"
