"""What `report` and `calendar` share: an --out option, and one file written from local state."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from followupd.cli.common import config_from_args, now_from_args
from followupd.config import Config
from followupd.facade import Look
from followupd.report_data import Snapshot

Writer = Callable[[Config, Snapshot, Path], int]


def add_out_option(parser: argparse.ArgumentParser, section: str, default_name: str) -> None:
    """--out FILE, defaulting to the config's `[section] path`, else `default_name` here."""
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="FILE",
        help=f"where to write it (default: [{section}] path, else ./{default_name})",
    )


def write_from_state(
    args: argparse.Namespace,
    configured: Callable[[Config], Path | None],
    default_name: str,
    write: Writer,
    what: str,
) -> Path:
    """Write one file from the local state (no network) and print where it is and its size."""
    config = config_from_args(args, beside=True)
    now = now_from_args(args, config)
    path = (args.out or configured(config) or Path(default_name)).absolute()
    with Look.open(config) as look:  # read-only: works while followupd runs
        snap = look.snapshot(now)
    size = write(config, snap, path)
    print(f"{what}: {path} ({size // 1024 + 1} KiB)")
    return path
