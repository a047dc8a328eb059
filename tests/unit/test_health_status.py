"""The STATUS= line the daemon builds from its accounts' health (pure: no threads, no I/O)."""

from __future__ import annotations

from followupd.errors import AuthenticationError, CredentialError, StateLockedError
from followupd.health import UNEXPECTED, Health, describe_wait, problem_for, summarize


def _failing(exc: Exception, retry_in: float) -> Health:
    return Health("retrying", problem_for(exc), str(exc), retry_in, failures=1)


def test_waits_read_in_seconds_then_minutes() -> None:
    assert [describe_wait(s) for s in (0.4, 1.6, 59, 89.4, 90, 300, 299.6)] == [
        "1 s",
        "2 s",
        "59 s",
        "89 s",
        "2 min",
        "5 min",
        "5 min",
    ]


def test_every_account_well_or_still_starting() -> None:
    assert summarize({"main": Health("ok")}) == "watching 1 account"
    assert summarize({"a": Health("ok"), "b": Health("ok")}) == "watching 2 accounts"
    assert summarize({"a": Health("ok"), "b": Health()}) == "starting: first sync"


def test_failing_accounts_are_named_with_why_and_when_they_are_tried_again() -> None:
    health = {
        "work": _failing(AuthenticationError("server refused the credentials"), 300.0),
        "home": Health("ok"),
    }
    assert summarize(health) == "1 of 2 accounts: credentials refused, retry in 5 min (work)"
    health["alt"] = _failing(CredentialError("password_file x: cannot read"), 4.2)
    assert summarize(health) == (
        "2 of 3 accounts: credentials unavailable, retry in 4 s (alt); "
        "credentials refused, retry in 5 min (work)"
    )


def test_each_failure_maps_to_the_most_specific_problem() -> None:
    assert problem_for(CredentialError("x")).local
    assert problem_for(AuthenticationError("x")).patient
    assert problem_for(StateLockedError("x")).summary == "state database error"
    assert problem_for(KeyError("x")) is UNEXPECTED
