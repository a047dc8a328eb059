"""Files followupd publishes: replaced in one step, private when new, their mode kept, a
symlink replaced rather than followed; and the [report] and [calendar] tables that name them."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from reportfactory import NOW

from followupd.adapters.files import write_atomically
from followupd.adapters.store import Store
from followupd.config import parse_config
from followupd.errors import ConfigError
from followupd.publish import publish

BASE = {
    "identity": {"name": "Sam Rivera", "email": "sam@example.net"},
    "accounts": [
        {"name": "main", "host": "imap.example.net", "username": "sam", "password_env": "PW"}
    ],
}


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_a_new_file_is_private_and_an_old_one_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    write_atomically(target, b"first")
    assert target.read_bytes() == b"first" and _mode(target) == 0o600
    target.chmod(0o644)  # the user lets a web server read it
    write_atomically(target, b"second")
    assert target.read_bytes() == b"second" and _mode(target) == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]  # no temporary left


def test_a_symlink_is_replaced_not_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_bytes(b"not yours to overwrite")
    link = tmp_path / "feed.ics"
    link.symlink_to(elsewhere)
    write_atomically(link, b"BEGIN:VCALENDAR")
    assert not link.is_symlink() and link.read_bytes() == b"BEGIN:VCALENDAR"
    assert elsewhere.read_bytes() == b"not yours to overwrite"
    assert _mode(link) == 0o600


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.html"
    write_atomically(target, b"old")

    def full(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError, match="disk full"):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]


def test_report_and_calendar_paths_in_the_config(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    data = {**BASE, "report": {"path": "site/report.html"}, "calendar": {"path": "~/job.ics"}}
    config = parse_config(data, source=str(tmp_path / "config.toml"), env={"HOME": str(tmp_path)})
    assert config.report.path == tmp_path / "site" / "report.html"
    assert config.calendar.path == tmp_path / "job.ics"
    plain = parse_config(BASE, source=str(tmp_path / "config.toml"), env={"HOME": str(tmp_path)})
    assert plain.report.path is None and plain.calendar.path is None


def test_a_path_in_a_missing_folder_or_naming_a_folder_is_reported(tmp_path: Path) -> None:
    data = {
        **BASE,
        "report": {"path": "nowhere/report.html"},
        "calendar": {"path": str(tmp_path), "refresh": 5},
    }
    with pytest.raises(ConfigError) as caught:
        parse_config(data, source=str(tmp_path / "config.toml"), env={"HOME": str(tmp_path)})
    problems = "\n".join(caught.value.problems)
    assert f"report.path: folder not found: {tmp_path / 'nowhere'}" in problems
    assert f"calendar.path: {tmp_path} is a folder; name a file in it" in problems
    assert "calendar.refresh: unknown key" in problems


def test_after_a_pass_a_file_that_cannot_be_written_is_logged_not_raised(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    data = {
        **BASE,
        "storage": {"state_dir": str(tmp_path / "state")},
        "report": {"path": str(site / "report.html")},
        "calendar": {"path": str(tmp_path / "job.ics")},
    }
    config = parse_config(data, source=str(tmp_path / "config.toml"), env={"HOME": str(tmp_path)})
    site.rmdir()  # the folder went away after the config was read
    with Store.open(config.storage.state_dir) as store, caplog.at_level("INFO"):
        publish(config, store, NOW)
    assert f"publish.failed what=report path={site / 'report.html'}" in caplog.text
    feed = (tmp_path / "job.ics").read_bytes()  # the other file is written all the same
    assert feed.startswith(b"BEGIN:VCALENDAR") and b"BEGIN:VEVENT" not in feed
