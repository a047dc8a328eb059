"""Fetch an account's password or OAuth2 token from its configured source, never echoing it."""

from __future__ import annotations

import hmac
import logging
import os
import signal
import stat
import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import NoReturn

from followupd.config.types import CredentialSpec
from followupd.errors import CredentialError

log = logging.getLogger(__name__)


class Secret:
    """A password or token; repr, str and pickling never reveal it (tracebacks, logs, state)."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The secret itself: call this only where it is handed to the server."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    __hash__ = None  # type: ignore[assignment]  # secrets do not belong in sets or dict keys

    def __reduce__(self) -> NoReturn:
        raise TypeError("a Secret cannot be pickled")


def read_secret(spec: CredentialSpec, env: Mapping[str, str], *, timeout: float = 30.0) -> Secret:
    """Obtain the secret `spec` describes; a CredentialError names the source, never the content."""
    if spec.source in ("command", "oauth2_command"):
        return _from_command(spec, env, timeout)
    if spec.source == "file":
        return _from_file(spec, Path(spec.value), check_mode=True)
    if spec.source == "env":
        value = env.get(spec.value, "")
        if not value:
            raise CredentialError(
                f"password_env: environment variable {spec.value} is unset or empty"
            )
        return Secret(value)
    directory = env.get("CREDENTIALS_DIRECTORY")
    if not directory:
        raise CredentialError(
            f"password_credential {spec.value!r}: $CREDENTIALS_DIRECTORY is not set; run under "
            "systemd with LoadCredential= or SetCredentialEncrypted= for this name"
        )
    # systemd makes these files readable by the service alone, so no mode warning here.
    return _from_file(spec, Path(directory) / spec.value, check_mode=False)


def _program(command: str) -> str:
    """The command's first word: names the helper without echoing arguments that may be secret."""
    words = command.split()
    return os.path.basename(words[0]) if words else "?"


def _from_command(spec: CredentialSpec, env: Mapping[str, str], timeout: float) -> Secret:
    what = f"{spec.key} ({_program(spec.value)} ...)"
    # A new session lets us kill the whole group on timeout: /bin/sh may have children that
    # keep stdout open, and waiting on them would hang.
    proc = subprocess.Popen(
        ["/bin/sh", "-c", spec.value],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(env),
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        log.warning("secret.command_timeout source=%s timeout=%.1f", spec.key, timeout)
        raise CredentialError(f"{what} did not finish within {timeout:g} s") from None
    if proc.returncode != 0:
        # stderr may quote the secret (a helper echoing what it tried); report only its size.
        log.warning(
            "secret.command_failed source=%s status=%d stderr_bytes=%d",
            spec.key,
            proc.returncode,
            len(err),
        )
        raise CredentialError(f"{what} exited {proc.returncode}")
    try:
        first_line = out.decode("utf-8").splitlines()[0].strip() if out.strip() else ""
    except UnicodeDecodeError:
        raise CredentialError(f"{what} printed something that is not UTF-8 text") from None
    if not first_line:
        raise CredentialError(f"{what} printed nothing on its first line")
    return Secret(first_line)


def _from_file(spec: CredentialSpec, path: Path, *, check_mode: bool) -> Secret:
    what = f"{spec.key} {path}"
    try:
        with path.open("rb") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            raw = handle.read()
    except OSError as exc:
        raise CredentialError(f"{what}: cannot read: {exc.strerror or exc}") from None
    if check_mode and mode & (stat.S_IRWXG | stat.S_IRWXO):
        log.warning(
            "secret.file_permissive path=%s mode=%03o hint=chmod_600", path, stat.S_IMODE(mode)
        )
    try:
        value = raw.decode("utf-8").rstrip("\r\n")
    except UnicodeDecodeError:
        raise CredentialError(f"{what}: not UTF-8 text") from None
    if not value:
        raise CredentialError(f"{what}: the file is empty")
    return Secret(value)
