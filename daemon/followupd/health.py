"""An account loop's health: how each kind of failure is answered, and the STATUS= line.

Pure: the watch loop records a Health after every try, the daemon reads them.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from followupd.errors import (
    AuthenticationError,
    ConnectionLostError,
    CredentialError,
    FolderError,
    FollowupdError,
    MailError,
    StateError,
)


@dataclass(frozen=True)
class Problem:
    """How the watch loop answers one kind of failure: what it logs, says and waits."""

    event: str
    level: int
    summary: str  # a few words for systemd's STATUS= line
    local: bool = False  # only this machine's setup can fix it (the secret's source)
    patient: bool = False  # wait the longest pause at once
    dead: bool = False  # the link is known dead: close it without LOGOUT
    unexpected: bool = False  # a bug, not a fault of the world: worth a traceback


# The first class that matches decides, so subclasses come before their bases.
PROBLEMS: tuple[tuple[type[Exception], Problem], ...] = (
    (
        CredentialError,
        Problem(
            "watch.credentials_unavailable", logging.ERROR, "credentials unavailable", local=True
        ),
    ),
    # Retrying quickly with a refused password only gets the account locked.
    (
        AuthenticationError,
        Problem("watch.auth_failed", logging.ERROR, "credentials refused", patient=True),
    ),
    # Never created silently: the user has to create or name the folder.
    (FolderError, Problem("watch.folder_missing", logging.ERROR, "folder missing")),
    (
        ConnectionLostError,
        Problem("watch.connection_lost", logging.WARNING, "connection lost", dead=True),
    ),
    (MailError, Problem("watch.mail_error", logging.WARNING, "mail server error")),
    # A full disk or a locked database: one transaction per batch means nothing was
    # half-written, so the loop lives on and tries again later.
    (StateError, Problem("watch.state_error", logging.ERROR, "state database error")),
    (FollowupdError, Problem("watch.failed", logging.ERROR, "error")),
)
# Anything else is a bug; the loop still lives on (a restart would meet the same mail).
UNEXPECTED = Problem(
    "watch.unexpected_error", logging.ERROR, "unexpected error", dead=True, unexpected=True
)


def problem_for(exc: Exception) -> Problem:
    """The Problem entry for `exc` (UNEXPECTED for anything outside our exception tree)."""
    return next((p for kind, p in PROBLEMS if isinstance(exc, kind)), UNEXPECTED)


@dataclass(frozen=True)
class Health:
    """One account loop's state as the daemon reports it (STATUS=, READY, exit 78)."""

    state: Literal["starting", "ok", "retrying"] = "starting"
    problem: Problem | None = None
    error: str = ""  # the failure in its own words (never a secret)
    retry_in: float = 0.0  # the back-off chosen before the next try
    failures: int = 0  # consecutive failed tries
    since: float = 0.0  # monotonic time of the first of them

    @property
    def tried(self) -> bool:
        """Whether the loop finished a first try, failed or not."""
        return self.state != "starting"


def describe_wait(seconds: float) -> str:
    """A pause in words for a status line: '4 s', '5 min'."""
    if seconds < 90:
        return f"{max(1, round(seconds))} s"
    return f"{round(seconds / 60)} min"


def summarize(health: Mapping[str, Health]) -> str:
    """The one-line STATUS= for every account's loop; failing accounts named with why."""
    total = len(health)
    accounts = f"{total} account{'' if total == 1 else 's'}"
    failing = sorted((name, h) for name, h in health.items() if h.state == "retrying")
    if failing:
        clauses = [
            f"{h.problem.summary if h.problem else 'failing'}, "
            f"retry in {describe_wait(h.retry_in)} ({name})"
            for name, h in failing
        ]
        return f"{len(failing)} of {accounts}: " + "; ".join(clauses)
    if not all(h.tried for h in health.values()):
        return "starting: first sync"
    return f"watching {accounts}"
