"""Session-wide fixtures: one private Dovecot per test run, a fresh mail user per test."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import settings

from followupd.testing import DovecotServer, MailUser

# Property tests explore with a fixed sequence of examples, so a run's result depends only
# on the code: a disagreement they find is found every time, not on 3 runs in 100. Looking
# for new cases is a deliberate act: HYPOTHESIS_PROFILE=explore.
settings.register_profile("pinned", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile("explore" if os.environ.get("HYPOTHESIS_PROFILE") == "explore" else "pinned")


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    """A private Dovecot on 127.0.0.1 with TLS, started once and stopped at the end."""
    with DovecotServer() as server:
        yield server


@pytest.fixture
def mail_user(dovecot: DovecotServer) -> MailUser:
    """A new mail user with a password generated now; Sent, Drafts and Trash are special-use."""
    return dovecot.add_user()


@pytest.fixture(scope="session")
def dovecot_minimal() -> Iterator[DovecotServer]:
    """A second private Dovecot that advertises neither UIDPLUS nor IDLE (started on demand)."""
    with DovecotServer(uidplus=False, idle=False) as server:
        yield server
