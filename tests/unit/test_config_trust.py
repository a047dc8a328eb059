"""Files a config relies on are checked like ssh checks its own: real files, real modes."""

from __future__ import annotations

import os
import pwd
import subprocess
from pathlib import Path

import pytest

from followupd.config import load_config
from followupd.config.trust import Runner
from followupd.errors import ConfigError

ENV = {"HOME": "/home/jane"}
ME = Runner.current()

COMMAND = """
[identity]
name = "Jane Doe"
email = "jane@example.com"

[[accounts]]
name = "main"
host = "imap.example.com"
username = "jane"
password_command = "pass show mail"
"""
NO_COMMAND = COMMAND.replace('password_command = "pass show mail"', 'password_env = "PW"')


def write(directory: Path, text: str, mode: int) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "config.toml"
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)
    return path


def problems(path: Path, runner: Runner = ME) -> list[str]:
    with pytest.raises(ConfigError) as info:
        load_config(path, ENV, runner=runner)
    assert info.value.exit_code == 78
    return [p.removeprefix(f"{path}: ") for p in info.value.problems]


def take_the_advice(problem: str) -> None:
    """Run the fix a problem ends with, exactly as a user would paste it into a shell."""
    subprocess.run(["sh", "-c", problem.rpartition("fix: ")[2]], check=True)


def foreign(path: Path) -> Runner:
    """A user `path` does not belong to: as root the file is given away, else someone else."""
    if ME.uid == 0:
        nobody = pwd.getpwnam("nobody")
        os.chown(path, nobody.pw_uid, -1)
        return ME
    return Runner(ME.uid + 1, "someone-else")


@pytest.mark.parametrize(
    ("mode", "who", "fix"),
    [
        (0o666, "its group and others", "go-w"),
        (0o620, "its group", "g-w"),
        (0o602, "others", "o-w"),
    ],
)
def test_a_config_that_runs_a_command_must_be_writable_by_its_owner_alone(
    tmp_path: Path, mode: int, who: str, fix: str
) -> None:
    path = write(tmp_path, COMMAND, mode)
    found = problems(path)
    assert found == [
        f"accounts[0].password_command: this command runs as {ME.name}, so only "
        f"{'root' if ME.uid == 0 else f'{ME.name} or root'} may change the config: {path} is "
        f"writable by {who} (mode {mode:04o}); fix: chmod {fix} {path}"
    ]
    take_the_advice(found[0])
    assert load_config(path, ENV).accounts[0].credential.value == "pass show mail"


def test_without_a_command_a_shared_config_is_accepted(tmp_path: Path) -> None:
    path = write(tmp_path, NO_COMMAND, 0o666)
    assert load_config(path, ENV).accounts[0].credential.source == "env"


def test_reading_a_command_config_is_fine_only_writing_is_not(tmp_path: Path) -> None:
    path = write(tmp_path, COMMAND, 0o644)
    assert load_config(path, ENV).accounts[0].credential.source == "command"


def test_a_notify_token_command_counts_as_well(tmp_path: Path) -> None:
    text = NO_COMMAND + (
        '\n[notify]\nenabled = true\nhost = "smtp.example.com"\nusername = "jane"\n'
        'oauth2_token_command = "get-token smtp"\n'
    )
    path = write(tmp_path, text, 0o646)
    (problem,) = problems(path)
    assert problem.startswith("notify.oauth2_token_command: this command runs as ")
    assert problem.endswith(f"(mode 0646); fix: chmod o-w {path}")


def test_the_config_directory_counts_unless_it_is_sticky(tmp_path: Path) -> None:
    directory = tmp_path / "shared dir"
    path = write(directory, COMMAND, 0o600)
    directory.chmod(0o777)
    (problem,) = problems(path)
    assert problem.startswith("accounts[0].password_command: ")
    assert problem.endswith(
        f"{directory} is writable by its group and others (mode 0777); "
        f"fix: chmod go-w '{directory}'"
    )  # quoted: the fix must work when pasted into a shell
    take_the_advice(problem)
    assert load_config(path, ENV).accounts[0].name == "main"
    directory.chmod(0o1777)  # like /tmp: only the file's owner may replace it
    assert load_config(path, ENV).accounts[0].name == "main"


def test_a_config_of_someone_else_is_refused_with_chown(tmp_path: Path) -> None:
    path = write(tmp_path, COMMAND, 0o644)
    runner = foreign(path)
    (problem,) = problems(path, runner)
    owner = pwd.getpwuid(path.stat().st_uid).pw_name
    assert problem.endswith(
        f"{path} belongs to {owner}, not to "
        f"{'root' if runner.uid == 0 else f'{runner.name} or root'}; "
        f"fix: chown {runner.name} {path}"
    )


@pytest.mark.parametrize(
    ("mode", "can"),
    [(0o640, "read"), (0o604, "read"), (0o660, "read and write"), (0o620, "write")],
)
def test_a_password_file_others_can_open_is_refused_like_an_ssh_key(
    tmp_path: Path, mode: int, can: str
) -> None:
    secret = tmp_path / "pw"
    secret.write_text("hunter2\n")
    secret.chmod(mode)
    text = NO_COMMAND.replace('password_env = "PW"', 'password_file = "pw"')
    path = write(tmp_path, text, 0o644)  # no command: the config itself may be shared
    found = problems(path)
    assert found == [
        f"accounts[0].password_file: {secret} holds a secret, yet mode {mode:04o} lets other "
        f"users {can} it; fix: chmod go-rwx {secret}"
    ]
    take_the_advice(found[0])
    assert secret.stat().st_mode & 0o777 == mode & 0o700
    assert load_config(path, ENV).accounts[0].credential.value == str(secret)


def test_a_password_file_of_someone_else_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "pw"
    secret.write_text("hunter2\n")
    secret.chmod(0o600)
    text = NO_COMMAND.replace('password_env = "PW"', 'password_file = "pw"')
    path = write(tmp_path, text, 0o600)
    runner = foreign(secret)
    (problem,) = problems(path, runner)
    assert problem.startswith(f"accounts[0].password_file: {secret} belongs to ")
    assert problem.endswith(f"fix: chown {runner.name} {secret}")
    assert "hunter2" not in problem


def test_templates_count_when_the_config_runs_a_command(tmp_path: Path) -> None:
    templates = tmp_path / "tpl"
    templates.mkdir()
    template = templates / "thank_you.txt"
    template.write_text("Hi $first_name,\n\nThank you.\n\n$signature\n")
    template.chmod(0o666)
    templates.chmod(0o757)
    text = COMMAND + '\n[templates]\ndirectory = "tpl"\n'
    path = write(tmp_path, text, 0o600)
    why = "templates.directory: the config runs accounts[0].password_command, so only"
    found = problems(path)
    assert len(found) == 2 and all(p.startswith(why) for p in found)
    assert found[0].endswith(
        f"{templates} is writable by others (mode 0757); fix: chmod o-w {templates}"
    )
    assert found[1].endswith(
        f"{template} is writable by its group and others (mode 0666); fix: chmod go-w {template}"
    )
    # Without a command to run, shared templates are the user's own business.
    path.write_text(NO_COMMAND + '\n[templates]\ndirectory = "tpl"\n')
    assert load_config(path, ENV).templates.directory == templates


def test_permission_problems_come_with_every_other_problem(tmp_path: Path) -> None:
    path = write(tmp_path, COMMAND + "\n[policy]\nmax_followups = 99\n", 0o666)
    found = problems(path)
    assert [p.partition(":")[0] for p in found] == [
        "policy.max_followups",
        "accounts[0].password_command",
    ]
