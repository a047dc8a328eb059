"""The one exception tree: every error followupd raises on purpose derives from FollowupdError."""

from __future__ import annotations

import os


class FollowupdError(Exception):
    """Base of every error followupd raises on purpose; `exit_code` is what the CLI returns."""

    exit_code: int = 1


class ConfigError(FollowupdError):
    """The configuration is invalid; carries every problem found, not just the first."""

    exit_code = os.EX_CONFIG  # 78, sysexits.h; systemd units use RestartPreventExitStatus=78

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class CredentialError(FollowupdError):
    """A secret could not be obtained (command failed, file missing, variable unset)."""

    exit_code = os.EX_CONFIG


class StateError(FollowupdError):
    """The state database cannot be used (corrupt, unwritable, newer schema)."""

    exit_code = os.EX_SOFTWARE


class StateLockedError(StateError):
    """Another followupd process holds the state directory."""

    exit_code = os.EX_TEMPFAIL


class MailError(FollowupdError):
    """Talking to the mail server failed."""

    exit_code = os.EX_UNAVAILABLE


class ConnectionLostError(MailError):
    """The connection dropped, timed out or went silent; reconnecting may help."""


class AuthenticationError(MailError):
    """The server refused our credentials; retrying with the same ones will not help."""

    exit_code = os.EX_NOPERM


class FolderError(MailError):
    """A folder followupd needs is missing or cannot be opened (never created silently)."""


class ParseError(FollowupdError):
    """A message could not be parsed; the caller quarantines it."""


class ComposeError(FollowupdError):
    """A draft cannot be built: a control character in a header value, a bad template."""


class NotifyError(FollowupdError):
    """The digest was not sent: refused by our own guard, or the SMTP server failed."""

    exit_code = os.EX_UNAVAILABLE
