"""Run the `followupd` command as a user would: a separate process with a clean environment."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

DAEMON = Path(__file__).resolve().parents[2] / "daemon"

Cli = Callable[..., subprocess.CompletedProcess[str]]
Spawn = Callable[..., "subprocess.Popen[str]"]


def cli_env(home: Path) -> dict[str, str]:
    """A minimal environment: no inherited config paths, the package importable."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(DAEMON),
        "HOME": str(home),
        "LANG": "C.UTF-8",
    }


def cli_argv(*args: str) -> list[str]:
    """The argv of `followupd ARGS...` run through this interpreter."""
    return [sys.executable, "-m", "followupd", *args]


@pytest.fixture
def followupd(tmp_path: Path) -> Cli:
    """`followupd(*args)` runs the command to completion (60 s at most) and returns it."""

    def run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            cli_argv(*args),
            env=cli_env(tmp_path / "home"),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    return run


@pytest.fixture
def spawn_followupd(tmp_path: Path) -> Iterator[Spawn]:
    """`spawn_followupd(*args)` starts the command in the background; killed at teardown."""
    procs: list[subprocess.Popen[str]] = []

    def spawn(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
        proc = subprocess.Popen(
            cli_argv(*args),
            env={**cli_env(tmp_path / "home"), **(env or {})},
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        procs.append(proc)
        return proc

    yield spawn
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=10)
