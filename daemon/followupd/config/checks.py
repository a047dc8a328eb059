"""Typed checkers for raw TOML tables: every getter records a problem and returns a default."""

from __future__ import annotations

import difflib
import ipaddress
import os
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date, time
from pathlib import Path
from typing import Any, TypeVar, cast

# ---- Checking raw TOML values: every getter records a problem and returns a harmless default,
# so that one pass reports everything that is wrong.

T = TypeVar("T")
Table = Mapping[str, Any]

_HHMM_RE = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_HOST_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_HOST_RE = re.compile(rf"^{_HOST_LABEL}(?:\.{_HOST_LABEL})*\.?$")
_EMAIL_RE = re.compile(r"^[^@\s<>,;\"()]+@[^@\s<>,;\"().]+(?:\.[^@\s<>,;\"().]+)+$")
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}$")


def show(value: object) -> str:
    """A value as the user would recognise it in their TOML."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Mapping):
        return "a table"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, time | date):  # datetime is a date
        return value.isoformat()
    return repr(value)


def as_text(value: object) -> str | None:
    """A string with something in it."""
    return value if isinstance(value, str) and value.strip() else None


def as_time(value: object) -> time | None:
    """A TOML local time, or "HH:MM" text."""
    if isinstance(value, time) and value.tzinfo is None:
        return value
    if isinstance(value, str) and (m := _HHMM_RE.match(value.strip())):
        return time(int(m.group(1)), int(m.group(2)))
    return None


def as_line(value: object) -> str | None:
    """A single-line string: it ends up in a From header, where CR/LF is refused."""
    text = as_text(value)
    return text.strip() if text and "\n" not in text and "\r" not in text else None


def as_email(value: object) -> str | None:
    """An address with a dot in its domain, lower-cased."""
    ok = isinstance(value, str) and _EMAIL_RE.match(value.strip())
    return cast(str, value).strip().lower() if ok else None


def as_host(value: object) -> str | None:
    """A host name or IP address (brackets around IPv6 dropped), lower-cased."""
    if not isinstance(value, str):
        return None
    host = value.strip().lower()
    try:
        return str(ipaddress.ip_address(host.strip("[]")))
    except ValueError:
        return host if _HOST_RE.match(host) else None


def as_account_name(value: object) -> str | None:
    """A short name safe in log lines and file names."""
    return value if isinstance(value, str) and _NAME_RE.match(value) else None


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 or localhost: the only hosts plaintext IMAP may talk to."""
    if host.rstrip(".").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class Problems:
    """The problems found so far, each as "SOURCE: key.path: what is wrong"."""

    def __init__(self, source: str, base_dir: Path, home: Path) -> None:
        self.source = source
        self.base_dir = base_dir
        self.home = home
        self.found: list[str] = []

    def add(self, path: str, text: str) -> None:
        """Record one problem at `path`."""
        self.found.append(f"{self.source}: {path or '(top level)'}: {text}")

    def path(self, text: str) -> Path:
        """A configured path: ~ expanded, relative ones against the config's directory."""
        if text == "~" or text.startswith("~/"):
            text = str(self.home / text[2:])
        return Path(os.path.normpath(self.base_dir / os.path.expanduser(text)))


class Section:
    """One table of the config at `path`, with typed getters that report bad values."""

    def __init__(self, problems: Problems, value: object, path: str, allowed: Sequence[str]):
        self.problems = problems
        self.path = path
        self.tbl: Table = {}
        if not isinstance(value, Mapping):
            problems.add(path, f"expected a table, got {show(value)}")
            return
        self.tbl = value
        for key in value:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
                hint = (
                    f"did you mean '{close[0]}'?"
                    if close
                    else f"expected one of: {', '.join(allowed)}"
                )
                self.problem(key, f"unknown key; {hint}")

    def where(self, key: str) -> str:
        """The full key path of `key` in this table."""
        return f"{self.path}.{key}" if self.path else key

    def problem(self, key: str, text: str) -> None:
        """Record a problem with `key` of this table."""
        self.problems.add(self.where(key), text)

    def sub(self, key: str, allowed: Sequence[str]) -> Section:
        """A nested table (empty when absent)."""
        return Section(self.problems, self.tbl.get(key, {}), self.where(key), allowed)

    def take(
        self,
        key: str,
        convert: Callable[[object], T | None],
        expected: str,
        default: T,
        *,
        required: bool = False,
        echo: bool = True,
    ) -> T:
        """tbl[key] through `convert` (None: invalid); `default` if absent or bad."""
        # echo=False keeps a bad value out of the message: it may be a secret in the wrong key.
        if key not in self.tbl:
            if required:
                self.problem(key, f"missing; expected {expected}")
            return default
        value = self.tbl[key]
        result = convert(value)
        if result is None:
            got = show(value) if echo else "something else (not shown)"
            self.problem(key, f"expected {expected}, got {got}")
            return default
        return result

    def string(
        self, key: str, default: str = "", *, required: bool = False, echo: bool = True
    ) -> str:
        """A non-empty string."""
        return self.take(key, as_text, "a non-empty string", default, required=required, echo=echo)

    def integer(self, key: str, bounds: tuple[int, int, int]) -> int:
        """An integer; `bounds` is (default, lowest, highest)."""
        default, lo, hi = bounds

        def conv(v: object) -> int | None:
            ok = isinstance(v, int) and not isinstance(v, bool) and lo <= v <= hi
            return cast(int, v) if ok else None

        return self.take(key, conv, f"an integer {lo}-{hi}", default)

    def number(self, key: str, bounds: tuple[float, float, float]) -> float:
        """An integer or float; `bounds` is (default, lowest, highest)."""
        default, lo, hi = bounds

        def conv(v: object) -> float | None:
            ok = isinstance(v, int | float) and not isinstance(v, bool) and lo <= v <= hi
            return float(cast(float, v)) if ok else None

        return self.take(key, conv, f"a number {lo:g}-{hi:g}", default)

    def boolean(self, key: str, default: bool) -> bool:
        """true or false (TOML booleans only, not 0/1 or "yes")."""
        return self.take(
            key, lambda v: v if isinstance(v, bool) else None, "true or false", default
        )

    def clock(self, key: str, default: time) -> time:
        """A time of day."""
        return self.take(key, as_time, "a time of day like 09:30", default)

    def strings(self, key: str) -> tuple[str, ...]:
        """An array of non-empty strings."""

        def conv(v: object) -> tuple[str, ...] | None:
            ok = isinstance(v, list) and all(as_text(x) is not None for x in v)
            return tuple(cast(list[str], v)) if ok else None

        return self.take(key, conv, "an array of non-empty strings", ())

    def existing(self, key: str, *, want_dir: bool) -> Path | None:
        """An optional path that must exist already (a file, or a directory if `want_dir`)."""
        text = self.string(key)
        if not text:
            return None
        path = self.problems.path(text)
        if not (path.is_dir() if want_dir else path.is_file()):
            self.problem(key, f"{'directory' if want_dir else 'file'} not found: {path}")
        return path
