"""A whole job search (44 employers, 14 weeks) replayed twice against followupd and scored
against hand-set ground truth: from the first mail, and installed mid-search.

The figures are printed (run with -s to see them when the test passes); the zeros that no
job seeker should ever meet are asserted: no draft before its time, no duplicate, no draft
without a recipient, and nothing but a rejection reply to an employer that said no, made an
offer or was withdrawn from.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from replay.replays import Outcome, census, from_first_mail, installed_mid_search, table
from replay.story import build

from followupd.testing import DovecotServer

Replay = Callable[[DovecotServer, Path], Outcome]


@pytest.mark.parametrize(
    "replay", [from_first_mail, installed_mid_search], ids=["from-first-mail", "installed"]
)
def test_replay_scores(replay: Replay, tmp_path: Path, dovecot: DovecotServer) -> None:
    outcome = replay(dovecot, tmp_path)
    print(f"\n{census(build())}\n{table([outcome])}\n{outcome.details}")
    s = outcome.score
    zeros = {
        "early": s.early,
        "duplicates": s.duplicates,
        "empty_to": s.empty_to,
        "after_decline": s.after_decline,
    }
    assert zeros == dict.fromkeys(zeros, 0), f"{outcome.name}: see the captured stdout"
