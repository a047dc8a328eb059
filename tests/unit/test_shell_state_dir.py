"""Under systemd, the daemon says when a shell with the same config would miss its state."""

from __future__ import annotations

from pathlib import Path

from followupd.config import load_config
from followupd.facade.act import shell_state_dir

CONFIG = """
[identity]
name = "Sam Rivera"
email = "sam.rivera@example.net"

[[accounts]]
name = "main"
host = "imap.example.net"
username = "sam"
password_credential = "imap-password"
"""


def test_a_state_dir_only_the_unit_knows_is_pointed_out(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(CONFIG, encoding="utf-8")
    unit = {"STATE_DIRECTORY": "/var/lib/followupd", "HOME": "/root"}
    config = load_config(path, unit)
    assert config.storage.state_dir == Path("/var/lib/followupd")
    assert shell_state_dir(config, unit) == Path("/root/.local/state/followupd")
    assert shell_state_dir(config, {"HOME": "/root"}) is None  # not under systemd

    path.write_text(CONFIG + '\n[storage]\nstate_dir = "/var/lib/followupd"\n', encoding="utf-8")
    assert shell_state_dir(load_config(path, unit), unit) is None  # named: both agree
