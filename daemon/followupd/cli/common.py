"""Helpers shared by subcommands: the --config option and loading the validated config."""

from __future__ import annotations

import argparse
import os
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


def config_from_args(args: argparse.Namespace) -> Config:
    """Load and validate the config named by --config or found in the default places.

    The state directory is checked too: a bad one is a config error (exit 78, which systemd
    does not restart), not a database error on every start.
    """
    path: Path = args.config or default_config_path(os.environ)
    config = load_config(path, os.environ)
    problem = state_dir_problem(config.storage.state_dir, Runner.current())
    if problem:
        raise ConfigError([f"{config.source}: storage.state_dir: {problem}"])
    return config


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
