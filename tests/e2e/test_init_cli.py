"""`python -m followupd init` as a user runs it: exit codes, messages, the file it leaves."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from followupd.config import load_config

REPO = Path(__file__).resolve().parents[2]
DAEMON = REPO / "daemon"


def run_init(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(DAEMON),
        "HOME": str(tmp_path / "home"),
        "TZ": "Australia/Perth",
    }
    return subprocess.run(
        [sys.executable, "-m", "followupd", "init", "--non-interactive", *args],
        cwd=tmp_path,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_bad_timezone_exits_78_with_a_clear_message(tmp_path: Path) -> None:
    result = run_init(tmp_path, "--email", "jane@yahoo.com", "--timezone", "Atlantis/Capital")
    assert result.returncode == 78, result.stderr
    assert (
        "followupd: config: --timezone: unknown time zone 'Atlantis/Capital'; expected an IANA "
        "name like 'Europe/Berlin'"
    ) in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "home").exists()


def test_writes_the_default_path_privately_and_it_loads(tmp_path: Path) -> None:
    result = run_init(tmp_path, "--email", "jane@icloud.com", "--name", "Jane Doe")
    assert result.returncode == 0, result.stderr
    path = tmp_path / "home" / ".config" / "followupd" / "config.toml"
    assert f"Wrote {path} (mode 0600) for iCloud Mail" in result.stdout
    assert "app-specific password" in result.stdout
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    cfg = load_config(path, {"HOME": str(tmp_path / "home")})
    assert cfg.accounts[0].host == "imap.mail.me.com"
    assert cfg.accounts[0].username == "jane@icloud.com"
    assert cfg.schedule.timezone == "Australia/Perth"
    again = run_init(tmp_path, "--email", "jane@icloud.com")
    assert again.returncode == 78
    assert f"followupd: config: {path}: already exists; pass --force to replace it" in again.stderr


def test_interactive_init_asks_again_and_points_at_a_real_example(tmp_path: Path) -> None:
    answers = [
        "jane.doe@fastmail",  # a typo: asked again
        "jane.doe@fastmail.com",
        "",  # name: Jane Doe
        "",  # provider: fastmail, from the address
        "",  # login: the address
        "file",
        str(tmp_path / "pw"),
        "Europe/Lisbn",  # a typo: asked again
        "Europe/Lisbon",
        "Jane Doe",
        "jane.example.org",
        "",  # ends the signature
        "I led the migration of 40 services to a new platform without downtime.",
    ]
    out = tmp_path / "config.toml"
    result = subprocess.run(
        [sys.executable, "-m", "followupd", "init", "-o", str(out)],
        input="\n".join(answers) + "\n",
        env={"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(DAEMON), "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "That does not look like an email address" in result.stdout
    assert "'Europe/Lisbn' is not a time zone name" in result.stdout
    assert "--" not in result.stdout[: result.stdout.index("Wrote ")]
    config = load_config(out, {"HOME": str(tmp_path)})
    assert config.identity.signature == "Jane Doe\njane.example.org"
    assert config.identity.pitch == (answers[-1],)
    assert config.schedule.timezone == "Europe/Lisbon"
    # The pointer it prints names a file that exists, and it is the example, which loads.
    line = next(x for x in result.stdout.splitlines() if x.startswith("Every setting"))
    example = Path(line.rpartition(" is explained in ")[2])
    assert example.is_file()
    assert load_config(example, {"HOME": str(tmp_path), "FOLLOWUPD_PASSWORD": "x"}).accounts


def test_init_example_prints_the_installed_example(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "followupd", "init", "--example"],
        env={"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(DAEMON), "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == (REPO / "config.example.toml").read_text(encoding="utf-8")
    assert not (tmp_path / ".config").exists()  # nothing written
