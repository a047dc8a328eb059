"""The shipped systemd units: systemd's own verifier and security review, on the real files."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from followupd.adapters.secrets import read_secret
from followupd.config.types import CredentialSpec
from followupd.errors import ConfigError

UNITS = Path(__file__).resolve().parents[2] / "systemd"
SYSTEM_UNIT = UNITS / "followupd.service"
USER_UNIT = UNITS / "followupd-user.service"
MAX_EXPOSURE = 2.0
EXPOSURE_RE = re.compile(r"Overall exposure level for \S+: (\d+(?:\.\d+)?)")
# Settings both units must agree on: how systemd starts, watches, reloads and restarts it.
LIFECYCLE = {
    "Type": "notify",
    "NotifyAccess": "main",
    "WatchdogSec": "5min",
    "ExecReload": "/bin/kill -HUP $MAINPID",
    "TimeoutStartSec": "15min",
    "TimeoutStopSec": "60",
    "Restart": "on-failure",
    "RestartSec": "30",
    "RestartPreventExitStatus": str(ConfigError.exit_code),
}


@pytest.fixture(scope="module")
def analyze() -> str:
    """The systemd-analyze binary; its absence is a failure, never a silent skip."""
    found = shutil.which("systemd-analyze")
    if found is None:
        pytest.fail(
            "systemd-analyze is not installed: install the Debian package `systemd` "
            "(apt-get install systemd; `make test` does it) to check the shipped units",
            pytrace=False,
        )
    return found


@pytest.fixture
def user_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A home whose ~/.local/bin/followupd exists, so the user unit's ExecStart= resolves."""
    home = tmp_path / "home"
    (home / ".local" / "bin").mkdir(parents=True)
    fake = home / ".local" / "bin" / "followupd"
    fake.write_text("#!/bin/sh\nexit 0\n")
    fake.chmod(0o755)
    runtime = tmp_path / "run"  # a user manager needs $XDG_RUNTIME_DIR even to verify
    runtime.mkdir(mode=0o700)
    yield {**_quiet_env(), "HOME": str(home), "XDG_RUNTIME_DIR": str(runtime)}


def _quiet_env() -> dict[str, str]:
    return {**os.environ, "SYSTEMD_COLORS": "0", "SYSTEMD_PAGER": "", "LC_ALL": "C.UTF-8"}


def _run(
    analyze: str, *args: str | Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [analyze, "--no-pager", *map(str, args)],
        capture_output=True,
        text=True,
        env=env or _quiet_env(),
        timeout=60,
        check=False,
    )


def _verify(
    analyze: str, unit: Path, *, user: bool = False, env: dict[str, str] | None = None
) -> str:
    scope = ["--user"] if user else []
    # Only this unit's own errors count; the host's other units are not ours to judge.
    done = _run(
        analyze,
        *scope,
        "verify",
        "--man=no",
        "--generators=no",
        "--recursive-errors=no",
        unit,
        env=env,
    )
    return f"exit={done.returncode}\n{done.stdout}{done.stderr}".strip()


def _exposure(analyze: str, unit: Path) -> float:
    done = _run(analyze, "security", "--offline=yes", "--threshold=20", unit)
    match = EXPOSURE_RE.search(done.stdout)
    assert match is not None, f"no exposure line (exit {done.returncode}): {done.stderr}"
    return float(match.group(1))


def _service_settings(unit: Path) -> dict[str, list[str]]:
    """Every Key=Value of the [Service] section, in order (keys may repeat)."""
    settings: dict[str, list[str]] = {}
    section = ""
    for raw in unit.read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            section = line
        elif section == "[Service]":
            key, _, value = line.partition("=")
            settings.setdefault(key, []).append(value)
    return settings


def test_system_unit_exposure_is_at_most_two(analyze: str) -> None:
    score = _exposure(analyze, SYSTEM_UNIT)
    assert score <= MAX_EXPOSURE, f"exposure {score} > {MAX_EXPOSURE}"


def test_the_security_review_tells_an_unhardened_unit_apart(analyze: str, tmp_path: Path) -> None:
    bare = tmp_path / "followupd.service"
    bare.write_text("[Service]\nType=notify\nExecStart=/usr/bin/env followupd run\n")
    assert _exposure(analyze, bare) > 9.0


def test_system_unit_verifies_without_a_word(analyze: str) -> None:
    # ExecStart=/usr/bin/env exists everywhere, so the unit is checked as shipped.
    assert _verify(analyze, SYSTEM_UNIT) == "exit=0"


def test_user_unit_verifies_without_a_word(analyze: str, user_env: dict[str, str]) -> None:
    # %h is the HOME given here, where a stand-in for the pipx-installed script waits.
    assert _verify(analyze, USER_UNIT, user=True, env=user_env) == "exit=0"


def test_verify_reports_a_misspelt_setting(analyze: str, tmp_path: Path) -> None:
    broken = tmp_path / "followupd.service"
    broken.write_text(SYSTEM_UNIT.read_text().replace("UMask=", "UMaks="))
    assert "Unknown key 'UMaks'" in _verify(analyze, broken)


def test_user_unit_without_the_installed_script_does_not_verify(
    analyze: str, user_env: dict[str, str]
) -> None:
    (Path(user_env["HOME"]) / ".local" / "bin" / "followupd").unlink()
    assert "is not executable" in _verify(analyze, USER_UNIT, user=True, env=user_env)


@pytest.mark.parametrize("unit", [SYSTEM_UNIT, USER_UNIT], ids=["system", "user"])
def test_both_units_start_watch_and_restart_the_same_way(unit: Path) -> None:
    settings = _service_settings(unit)
    assert {key: settings.get(key) for key in LIFECYCLE} == {
        key: [value] for key, value in LIFECYCLE.items()
    }
    assert settings["UMask"] == ["0077"]


def test_system_unit_credential_is_what_password_credential_reads(tmp_path: Path) -> None:
    (loaded,) = _service_settings(SYSTEM_UNIT)["LoadCredential"]
    name, _, source = loaded.partition(":")
    assert (name, source) == ("imap-password", "/etc/followupd/imap-password")
    # systemd copies the file to $CREDENTIALS_DIRECTORY/<name>; the daemon reads it there.
    (tmp_path / name).write_text("generated-at-test-time\n")
    secret = read_secret(
        CredentialSpec(source="systemd", value=name), {"CREDENTIALS_DIRECTORY": str(tmp_path)}
    )
    assert secret.reveal() == "generated-at-test-time"
