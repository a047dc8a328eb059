"""Corrections persist across reopen, can be taken back, and stay per account."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from followupd.adapters.store import Store

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def test_corrections_round_trip_and_undo(tmp_path: Path) -> None:
    with Store.open(tmp_path / "state") as store:
        store.set_ignored("main", "t1", True, now=NOW)
        store.set_expected("main", "t2", date(2026, 12, 4), now=NOW)
        store.set_expected("main", "t2", date(2026, 12, 5), now=NOW)  # the latest word wins
        store.set_ignored("other", "t3", True, now=NOW)
    with Store.open(tmp_path / "state") as store:
        fixes = store.corrections("main")
        assert fixes.ignored == frozenset({"t1"})
        assert dict(fixes.expected) == {"t2": date(2026, 12, 5)}
        store.set_ignored("main", "t1", False, now=NOW)
        store.set_expected("main", "t2", None, now=NOW)
        assert store.corrections("main").ignored == frozenset()
        assert dict(store.corrections("main").expected) == {}
        assert store.corrections("other").ignored == frozenset({"t3"})
