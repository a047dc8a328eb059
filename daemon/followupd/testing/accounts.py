"""A real followupd config file for a mail user of the private test server."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import tomli_w

from followupd.testing.dovecot import DovecotServer, MailUser


def _merge(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """`base` with `extra` laid over it, tables merged key by key."""
    out = dict(base)
    for key, value in extra.items():
        old = out.get(key)
        if isinstance(old, dict) and isinstance(value, Mapping):
            out[key] = _merge(old, value)
        else:
            out[key] = value
    return out


def write_private(path: Path, data: bytes) -> Path:
    """Write `data` to `path`, readable by its owner only (0600 from the first byte)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return path


def write_config(
    base: Path,
    server: DovecotServer,
    user: MailUser,
    *,
    identity: tuple[str, str] = ("Alex Morgan", "alex.morgan@mail.example"),
    account: Mapping[str, Any] | None = None,
    extra: Mapping[str, Any] | None = None,
) -> Path:
    """Write `base/config.toml` (and a 0600 password file) for `user`; return its path.

    `account` overrides keys of the one [[accounts]] entry; `extra` merges top-level tables.
    """
    base.mkdir(parents=True, exist_ok=True)
    secret = write_private(base / "imap-password", (user.password + "\n").encode())
    entry: dict[str, Any] = {
        "name": "main",
        "host": server.host,
        "port": server.imaps_port,
        "tls": "implicit",
        "username": user.username,
        "password_file": str(secret),
        "ca_file": str(server.ca_file),
    }
    entry.update(account or {})
    data: dict[str, Any] = {
        "identity": {"name": identity[0], "email": identity[1]},
        "schedule": {"timezone": "UTC"},
        "storage": {"state_dir": str(base / "state")},
        "accounts": [entry],
    }
    data = _merge(data, extra or {})
    return write_private(base / "config.toml", tomli_w.dumps(data).encode())
