"""The job-search replay as a report: 44 employers over 14 weeks, scored twice.

Runs the same two replays as tests/e2e/test_replay.py against one private Dovecot on
127.0.0.1 (started for the run, stopped at the end): from the first mail, and with
followupd installed mid-search. Prints one row of figures per replay (recall, precision,
early, late, duplicates, empty_to, after_decline, kind mismatches, steps, seconds) and,
with --details, every missed and unwanted draft. Exit 0 whatever the figures: it is a
report (with --check, exit 1 when one of the zeros the test asserts is not zero).

--story fresh plays the second, independently written story instead (18 other employers
over the same weeks, its own install moment; tests/e2e/replay/story_fresh.py), scored the
same way and separately. --story third plays a third one (13 employers, tests/e2e/replay/
story_third.py), written after the others and first scored untuned.

Usage: python bench/replay.py [--story main|fresh|third] [--only first|installed] [--details]
                              [--truth] [--check]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "daemon"))
sys.path.insert(0, str(ROOT / "tests" / "e2e"))  # the story kit and the replay live there

from replay.plot import Plot  # noqa: E402
from replay.replays import (  # noqa: E402
    Outcome,
    census,
    from_first_mail,
    installed_mid_search,
    table,
    truth_listing,
)

from followupd.testing import DovecotServer  # noqa: E402
from replay import story, story_fresh, story_third, truth  # noqa: E402

REPLAYS = ("first", "installed")
STORIES: dict[str, tuple[Callable[[], Plot], datetime]] = {
    "main": (story.build, story.INSTALL),
    "fresh": (story_fresh.build, story_fresh.INSTALL),
    "third": (story_third.build, story_third.INSTALL),
}


def run_replay(name: str, which: str, server: DovecotServer, base: Path) -> Outcome:
    """One replay (`first` or `installed`) of the story `which`."""
    build, install = STORIES[which]
    if name == "first":
        return from_first_mail(server, base, story=build)
    return installed_mid_search(server, base, story=build, install=install)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--story", choices=sorted(STORIES), default="main",
                        help="which story to play (default: main)")  # fmt: skip
    parser.add_argument("--only", choices=REPLAYS, help="run one replay")
    parser.add_argument("--details", action="store_true", help="list missed and unwanted drafts")
    parser.add_argument("--truth", action="store_true", help="print the ground truth and stop")
    parser.add_argument("--check", action="store_true", help="exit 1 unless the zeros hold")
    args = parser.parse_args(argv)
    build, install = STORIES[args.story]
    plot = build()
    print(census(plot))
    if args.truth:
        print("\nfrom the first mail:")
        print(truth_listing(truth.from_start(plot)))
        kept, dropped = truth.installed(plot, install)
        print("\ninstalled mid-search:")
        print(truth_listing(kept, dropped))
        return 0
    names = [args.only] if args.only else list(REPLAYS)
    outcomes: list[Outcome] = []
    with DovecotServer() as server, tempfile.TemporaryDirectory(prefix="replay-") as tmp:
        for name in names:
            outcomes.append(run_replay(name, args.story, server, Path(tmp) / name))
    print(table(outcomes))
    if args.details:
        for outcome in outcomes:
            print(f"\n{outcome.name}:\n{outcome.details}")
    if args.check:
        bad = [o.name for o in outcomes if o.score.early or o.score.duplicates
               or o.score.empty_to or o.score.after_decline]  # fmt: skip
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
