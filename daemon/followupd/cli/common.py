"""Helpers shared by subcommands: the --config option and loading the validated config."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from followupd.config import Config, default_config_path, load_config


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
    """Load and validate the config named by --config or found in the default places."""
    path: Path = args.config or default_config_path(os.environ)
    return load_config(path, os.environ)
