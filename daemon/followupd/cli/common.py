"""Helpers shared by subcommands: the --config and --state-dir options, loading the config."""

from __future__ import annotations

import argparse
import dataclasses
import os
import pwd
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from followupd.config import Config, default_config_path, load_config
from followupd.config.trust import Runner, state_dir_problem
from followupd.errors import ConfigError


def add_config_option(parser: argparse.ArgumentParser) -> None:
    """The --config option every subcommand that needs the config takes."""
    parser.add_argument(
        "-c",
        "--config",
        type=Path,
        default=None,
        help="config file (default: $FOLLOWUPD_CONFIG or ~/.config/followupd/config.toml)",
    )
    parser.add_argument(
        "--state-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help="the state to use instead of the config's [storage] state_dir "
        "(e.g. the system service's /var/lib/followupd)",
    )


def config_from_args(args: argparse.Namespace, *, beside: bool = False) -> Config:
    """Load and validate the config named by --config or found in the default places.

    The state directory (--state-dir, else the config's) is checked too: a bad one is a
    config error (exit 78, which systemd does not restart), not a database error on every
    start. `beside`: the command only looks or corrects, beside the process that owns the
    state, so root may use a state directory another user owns (the system service's).
    """
    path: Path = args.config or default_config_path(os.environ)
    config = with_state_dir(load_config(path, os.environ), args)
    state_dir = config.storage.state_dir
    runner = Runner.current()
    where = "--state-dir" if getattr(args, "state_dir", None) else "storage.state_dir"
    owner = _other_owner(state_dir, runner) if beside else None
    if owner is not None:
        if runner.uid == 0:
            return config  # root may look at, and correct, any user's state
        whose = f"{state_dir} belongs to {owner}; run this command as {owner}, or as root"
        raise ConfigError([f"{config.source}: {where}: {whose}"])
    problem = state_dir_problem(state_dir, runner)
    if problem:
        raise ConfigError([f"{config.source}: {where}: {problem}"])
    return config


def with_state_dir(config: Config, args: argparse.Namespace) -> Config:
    """The config with --state-dir (when given) in place of its [storage] state_dir."""
    chosen: Path | None = getattr(args, "state_dir", None)
    if chosen is None:
        return config
    state_dir = Path(os.path.abspath(os.path.expanduser(chosen)))
    storage = dataclasses.replace(config.storage, state_dir=state_dir)
    return dataclasses.replace(config, storage=storage)


def _other_owner(path: Path, runner: Runner) -> str | None:
    """The name of the user owning the state directory when it is not `runner`, else None."""
    try:
        if not path.is_dir() or (owner := path.stat().st_uid) == runner.uid:
            return None
    except OSError:
        return None
    try:
        return pwd.getpwuid(owner).pw_name
    except KeyError:
        return str(owner)  # systemd's DynamicUser= users have no passwd entry outside


def no_state(state_dir: Path) -> str:
    """What to say when there is no state to look at: where we looked, and what to do."""
    return (
        f"No state in {state_dir} yet. Run `followupd sync --once` first? (To look at the "
        "system service's state: --state-dir /var/lib/followupd, or state_dir in the config.)"
    )


def moment(text: str) -> datetime:
    """argparse type for --now and --at: an ISO 8601 date or datetime, checked while parsing."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        # argparse turns this into "followupd CMD: error: argument --at: ..." and exit 2.
        raise argparse.ArgumentTypeError(
            f"not an ISO 8601 date/time: {text!r} (e.g. 2026-12-01T09:30 or 2026-12-01)"
        ) from None


def parse_when(value: str | datetime, zone: tzinfo) -> datetime:
    """An ISO 8601 date or datetime; without an offset it is read in the user's timezone."""
    when = moment(value) if isinstance(value, str) else value
    return when if when.tzinfo is not None else when.replace(tzinfo=zone)


def add_now_option(parser: argparse.ArgumentParser) -> None:
    """--now: pretend it is this moment (for the demo, previews and tests; never for daily use)."""
    parser.add_argument(
        "--now",
        metavar="DATETIME",
        type=moment,
        default=None,
        help="act as if it were this moment (ISO 8601; a fake clock for demos and tests)",
    )


def now_from_args(args: argparse.Namespace, config: Config) -> datetime:
    """The moment to act at: --now when given, else the real clock, always timezone-aware."""
    if args.now:
        return parse_when(args.now, config.schedule.zone).astimezone(UTC)
    return datetime.now(UTC)
