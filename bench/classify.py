"""Messages per second parsed and classified on one core, against mail-parser alone.

Usage: python3 bench/classify.py [CORPUS_DIR] [--rounds N]
The baseline, measured in the same run on the same messages, is mail-parser parsing alone;
the target is >= 500 messages/s for parse + understand (label, dates, people).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "daemon"))

import mailparser  # noqa: E402

from followupd.adapters.lexicon_files import load_lexicon  # noqa: E402
from followupd.adapters.mailparse import parse_message  # noqa: E402
from followupd.core.understand.message import understand  # noqa: E402
from followupd.model import FolderRole  # noqa: E402

TZ = ZoneInfo("America/New_York")


def rate(work: Callable[[bytes], object], messages: list[bytes], rounds: int) -> float:
    """Messages per second of `work` over `rounds` passes (best pass, to dodge noise)."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for raw in messages:
            work(raw)
        best = min(best, time.perf_counter() - start)
    return len(messages) / best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT / "tests" / "corpus")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    logging.getLogger("mailparser").setLevel(logging.ERROR)
    messages = [p.read_bytes() for p in sorted(args.corpus.glob("*.eml"))]
    lexicon = load_lexicon("en")

    def full(raw: bytes) -> object:
        msg = parse_message(raw, location=None, role=FolderRole.INBOX)
        return understand(msg, lexicon=lexicon, tz=TZ)

    def parse_only(raw: bytes) -> object:
        return parse_message(raw, location=None, role=FolderRole.INBOX)

    full(messages[0])  # warm caches (regex compilation happens at lexicon load)
    baseline = rate(mailparser.parse_from_bytes, messages, args.rounds)
    ours_parse = rate(parse_only, messages, args.rounds)
    ours = rate(full, messages, args.rounds)
    print(f"messages: {len(messages)}, rounds: {args.rounds}, one core")
    print(f"baseline mail-parser parse only:     {baseline:8.0f} msg/s")
    print(f"followupd parse (adapter):           {ours_parse:8.0f} msg/s")
    print(f"followupd parse + understand:        {ours:8.0f} msg/s  (target >= 500)")
    print(f"ratio parse+understand / baseline:   {ours / baseline:8.2f}")
    print(f"understand alone (derived):          {1 / (1 / ours - 1 / ours_parse):8.0f} msg/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
