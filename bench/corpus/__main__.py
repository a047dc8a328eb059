"""``python -m bench.corpus --out DIR [--seed N]``: write the labelled corpus."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from .build import DEFAULT_SEED, build


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True, help="directory for .eml files")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    began = time.perf_counter()
    summary = build(args.out, args.seed)
    took = time.perf_counter() - began
    print(f"{summary.messages} messages from {summary.groups} bases in {took:.1f} s -> {args.out}")
    for title, counts in (("label", summary.labels), ("source", summary.sources)):
        print(f"by {title}: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))


if __name__ == "__main__":
    main()
