"""Who may change the files followupd trusts: the rules ssh applies to its config and its keys.

A config that names a command (password_command, oauth2_token_command) makes followupd run
whatever the file says, as the user it runs as: that file, its directory and the templates it
points to must be changeable by that user (or root) alone. A password file is a secret: others
may not even read it. Each refusal says which `chmod` or `chown` fixes it.

The state directory is checked here too: it must be (or become) a directory the runner owns
and can write, or every command would fail later with a database error.
"""

from __future__ import annotations

import os
import pwd
import shlex
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from followupd.config.types import Config, CredentialSpec

# What group or other mode bits allow, for the message about a secret.
_VERBS = (("read", 0o044), ("write", 0o022), ("execute", 0o011))
# os.access() checks the real user unless told otherwise; followupd acts as the effective one.
_EFFECTIVE = os.access in os.supports_effective_ids
# Credential sources that run a program named in the config.
_COMMAND_SOURCES = ("command", "oauth2_command")


@dataclass(frozen=True, slots=True)
class Runner:
    """The user followupd runs as: files must belong to them or to root."""

    uid: int
    name: str

    @classmethod
    def current(cls) -> Runner:
        """This process's effective user."""
        uid = os.geteuid()
        return cls(uid, _user_name(uid))


def _user_name(uid: int) -> str:
    """The login name of `uid`, or the number when it has none (systemd's DynamicUser)."""
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


def command_keys(config: Config) -> list[str]:
    """Key paths of every credential that runs a command, in config order."""
    keys = [
        f"accounts[{i}].{account.credential.key}"
        for i, account in enumerate(config.accounts)
        if account.credential.source in _COMMAND_SOURCES and account.credential.value
    ]
    notify = config.notify.credential
    if notify is not None and notify.source in _COMMAND_SOURCES and notify.value:
        keys.append(f"notify.{notify.key}")
    return keys


def trust_problems(
    config: Config, runner: Runner, config_file: Path | None
) -> Iterator[tuple[str, str]]:
    """(key path, problem) for every file the config relies on that others could change."""
    for key, spec in _password_files(config):
        path = Path(spec.value)
        if path.exists():  # a missing one is reported when it is read, as before
            found = file_problem(path, runner, secret=True)
            if found:
                yield key, found
    commands = command_keys(config)
    if not commands:
        return
    only = f"only {_allowed(runner)} may change"
    if config_file is not None:
        for found in (dir_problem(config_file.parent, runner, sticky_ok=True),
                      file_problem(config_file, runner, secret=False)):  # fmt: skip
            if found:
                yield (
                    commands[0],
                    f"this command runs as {runner.name}, so {only} the config: {found}",
                )
    directory = config.templates.directory
    if directory is not None and directory.is_dir():
        why = f"the config runs {commands[0]}, so {only} the templates"
        found = dir_problem(directory, runner, sticky_ok=False)
        if found:
            yield "templates.directory", f"{why}: {found}"
        for template in sorted(directory.glob("*.txt")):
            found = file_problem(template, runner, secret=False)
            if found:
                yield "templates.directory", f"{why}: {found}"


def _password_files(config: Config) -> Iterator[tuple[str, CredentialSpec]]:
    for i, account in enumerate(config.accounts):
        if account.credential.source == "file" and account.credential.value:
            yield f"accounts[{i}].password_file", account.credential
    notify = config.notify.credential
    if notify is not None and notify.source == "file" and notify.value:
        yield "notify.password_file", notify


def file_problem(path: Path, runner: Runner, *, secret: bool) -> str | None:
    """Why `path` cannot be trusted, ending in the command that fixes it; None if it can."""
    try:
        info = path.stat()
    except OSError as exc:
        return f"{path}: cannot check its permissions: {exc.strerror or exc}"
    owner = _owner_problem(path, info, runner)
    if owner:
        return owner
    mode = stat.S_IMODE(info.st_mode)
    if secret and mode & 0o077:
        # As ssh does for private keys: a secret others can read is no longer a secret.
        can = [
            verb
            for verb, bits in (("read", 0o044), ("write", 0o022), ("execute", 0o011))
            if mode & bits
        ]
        return (
            f"{path} holds a secret, yet mode {mode:04o} lets other users "
            f"{' and '.join(can)} it; fix: chmod go-rwx {_q(path)}"
        )
    return _writable_problem(path, mode)


def dir_problem(path: Path, runner: Runner, *, sticky_ok: bool) -> str | None:
    """Like file_problem for a directory: others who can write in it can replace its files."""
    try:
        info = path.stat()
    except OSError as exc:
        return f"{path}: cannot check its permissions: {exc.strerror or exc}"
    mode = stat.S_IMODE(info.st_mode)
    # In a sticky directory (/tmp) only a file's owner may rename or delete it.
    if sticky_ok and mode & stat.S_ISVTX:
        return None
    return _owner_problem(path, info, runner) or _writable_problem(path, mode)


def _owner_problem(path: Path, info: os.stat_result, runner: Runner) -> str | None:
    if info.st_uid in (0, runner.uid):
        return None
    return (
        f"{path} belongs to {_user_name(info.st_uid)}, not to {_allowed(runner)}; "
        f"fix: chown {shlex.quote(runner.name)} {_q(path)}"
    )


def _writable_problem(path: Path, mode: int) -> str | None:
    who = {0o020: "g", 0o002: "o", 0o022: "go"}.get(mode & 0o022)
    if who is None:
        return None
    whom = {"g": "its group", "o": "others", "go": "its group and others"}[who]
    return f"{path} is writable by {whom} (mode {mode:04o}); fix: chmod {who}-w {_q(path)}"


def _allowed(runner: Runner) -> str:
    return "root" if runner.uid == 0 else f"{runner.name} or root"


def _q(path: Path) -> str:
    """The path as it must be typed in a shell."""
    return shlex.quote(str(path))


def state_dir_problem(path: Path, runner: Runner) -> str | None:
    """Why followupd could not keep its state in `path`; None when it can (or can create it)."""
    if not path.exists():
        parent = path.parent
        while not parent.exists() and parent != parent.parent:
            parent = parent.parent
        if not parent.is_dir():
            return f"{path} cannot be created: {parent} is not a directory"
        if not os.access(parent, os.W_OK | os.X_OK, effective_ids=_EFFECTIVE):
            return f"{path} cannot be created: {parent} is not writable by {runner.name}"
        return None
    if not path.is_dir():
        return f"{path} is not a directory; name another state_dir or move that file away"
    owner = path.stat().st_uid
    if owner != runner.uid:
        # Not even root: the database, its lock and journal files must all be the runner's.
        return (
            f"{path} belongs to {_user_name(owner)}, not to {runner.name}; "
            f"fix: chown -R {shlex.quote(runner.name)} {_q(path)}"
        )
    if not os.access(path, os.W_OK | os.X_OK, effective_ids=_EFFECTIVE):
        return f"{path} is not writable by {runner.name}; fix: chmod u+rwx {_q(path)}"
    return None
