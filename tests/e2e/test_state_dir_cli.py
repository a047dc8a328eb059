"""A state_dir followupd cannot use is a config error (78) in `check` and every other command."""

from __future__ import annotations

import contextlib
import os
import pwd
import subprocess
from collections.abc import Iterator
from pathlib import Path

from conftest import Cli
from followupd.config.trust import Runner

ME = Runner.current()
EVERY_COMMAND = ("check", "status", "plan", "explain", "sync", "run", "digest", "track")
# `run` would otherwise fail with 70 each start, and systemd restart it in a loop.
CHECK_AND_RUN = ("check", "run")


def _config(tmp_path: Path, state_dir: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        '[identity]\nname = "Jane Doe"\nemail = "jane@example.com"\n\n'
        '[[accounts]]\nname = "main"\nhost = "127.0.0.1"\nport = 9\nusername = "jane"\n'
        'password_env = "FOLLOWUPD_PASSWORD"\n\n'
        f"[storage]\nstate_dir = {str(state_dir)!r}\n",
        encoding="utf-8",
    )
    return path


def _refused(followupd: Cli, config: Path, problem: str, commands: tuple[str, ...]) -> None:
    """Each command exits 78 with the same one line, naming the key."""
    for command in commands:
        operand = {"explain": ["Acme"], "track": ["<id@example.com>"]}.get(command, [])
        result = followupd(command, *operand, "--config", str(config))
        assert result.returncode == 78, (command, result.stdout, result.stderr)
        assert result.stderr == f"followupd: config: {config}: storage.state_dir: {problem}\n"
        assert "Traceback" not in result.stderr


def test_a_file_in_the_way(tmp_path: Path, followupd: Cli) -> None:
    state = tmp_path / "state"
    state.write_text("not a directory\n")
    config = _config(tmp_path, state)
    _refused(
        followupd,
        config,
        f"{state} is not a directory; name another state_dir or move that file away",
        EVERY_COMMAND,
    )


def test_a_state_dir_that_cannot_be_created(tmp_path: Path, followupd: Cli) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    state = blocker / "followupd" / "state"
    config = _config(tmp_path, state)
    _refused(
        followupd, config, f"{state} cannot be created: {blocker} is not a directory", CHECK_AND_RUN
    )


@contextlib.contextmanager
def _unwritable(directory: Path) -> Iterator[None]:
    """Make `directory` unwritable for us for real: chattr +i for root, who ignores modes."""
    if ME.uid == 0:
        subprocess.run(["chattr", "+i", str(directory)], check=True)
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(directory)], check=True)
    else:
        directory.chmod(0o500)
        try:
            yield
        finally:
            directory.chmod(0o700)


def test_a_state_dir_that_is_not_writable(tmp_path: Path, followupd: Cli) -> None:
    state = tmp_path / "state"
    state.mkdir(mode=0o700)
    config = _config(tmp_path, state)
    with _unwritable(state):
        _refused(
            followupd,
            config,
            f"{state} is not writable by {ME.name}; fix: chmod u+rwx {state}",
            CHECK_AND_RUN,
        )
    parent = tmp_path / "locked"
    parent.mkdir()
    inside = parent / "state"
    config = _config(tmp_path, inside)
    with _unwritable(parent):
        _refused(
            followupd,
            config,
            f"{inside} cannot be created: {parent} is not writable by {ME.name}",
            CHECK_AND_RUN,
        )


def test_a_state_dir_of_another_user(tmp_path: Path, followupd: Cli) -> None:
    if ME.uid == 0:  # root may give a directory away; anyone else finds one root owns
        state = tmp_path / "state"
        state.mkdir()
        nobody = pwd.getpwnam("nobody")
        os.chown(state, nobody.pw_uid, nobody.pw_gid)
        owner = "nobody"
    else:
        state, owner = Path("/usr"), "root"
    config = _config(tmp_path, state)
    _refused(
        followupd,
        config,
        f"{state} belongs to {owner}, not to {ME.name}; fix: chown -R {ME.name} {state}",
        CHECK_AND_RUN,
    )


def test_check_names_a_usable_state_dir(tmp_path: Path, followupd: Cli) -> None:
    state = tmp_path / "new" / "state"
    config = _config(tmp_path, state)
    result = followupd("check", "--config", str(config))
    assert f"state    {state}: created at first use\n" in result.stdout
    state.mkdir(parents=True)
    result = followupd("check", "--config", str(config))
    assert f"state    {state}: ok\n" in result.stdout
    assert result.returncode == 78  # the password variable is unset: the account is not ready
