"""The shape of a valid config: frozen dataclasses, and typed checkers for raw TOML tables."""

from __future__ import annotations

import difflib
import ipaddress
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, TypeVar, cast
from zoneinfo import ZoneInfo

TlsMode = Literal["implicit", "starttls", "none"]
CredentialSource = Literal["command", "file", "env", "systemd", "oauth2_command"]

# Config key in an [[accounts]] entry -> CredentialSpec.source.
CREDENTIAL_KEYS: Mapping[str, CredentialSource] = MappingProxyType(
    {
        "password_command": "command",
        "password_file": "file",
        "password_env": "env",
        "password_credential": "systemd",
        "oauth2_token_command": "oauth2_command",
    }
)

# Action kinds that can carry attachments ([templates.attachments]).
ACTION_KINDS: tuple[str, ...] = (
    "invitation_reply",
    "confirmation_reply",
    "thank_you",
    "status_check",
    "followup",
    "rejection_reply",
)

WEEKDAY_NAMES: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

DEFAULT_PORTS: Mapping[str, int] = MappingProxyType({"implicit": 993, "starttls": 143, "none": 143})
# SMTP submission: RFC 8314 implicit TLS on 465, STARTTLS on 587 (RFC 6409).
NOTIFY_PORTS: Mapping[str, int] = MappingProxyType({"implicit": 465, "starttls": 587, "none": 25})


@dataclass(frozen=True)
class CredentialSpec:
    """Where an account's secret comes from; the secret itself is never stored here."""

    source: CredentialSource
    value: str

    @property
    def mechanism(self) -> Literal["login", "xoauth2"]:
        """Authentication to use: a password login, or XOAUTH2 with a token."""
        return "xoauth2" if self.source == "oauth2_command" else "login"

    @property
    def key(self) -> str:
        """The config key this spec was written as (for messages that must not show secrets)."""
        return next(k for k, v in CREDENTIAL_KEYS.items() if v == self.source)


@dataclass(frozen=True)
class FolderOverrides:
    """Folder names that replace SPECIAL-USE / common-name discovery, when set."""

    inbox: str | None = None
    sent: str | None = None
    drafts: str | None = None


@dataclass(frozen=True)
class AccountConfig:
    """One IMAP account to watch."""

    name: str
    host: str
    port: int
    tls: TlsMode
    username: str
    credential: CredentialSpec
    ca_file: Path | None = None
    folders: FolderOverrides = field(default_factory=FolderOverrides)
    lookback_days: int = 120
    timeout_seconds: float = 60.0
    # RFC 2177 asks clients to re-issue IDLE within 29 minutes; NATs and some servers drop
    # silent connections far sooner, so renew well before that.
    idle_renew_seconds: int = 540
    poll_interval_seconds: int = 300
    body_max_bytes: int = 262144
    fetch_chunk: int = 500


@dataclass(frozen=True)
class Identity:
    """Who the drafts are from."""

    name: str
    email: str
    signature: str = ""
    aliases: tuple[str, ...] = ()
    pitch: tuple[str, ...] = ()

    @property
    def addresses(self) -> tuple[str, ...]:
        """Every address that is the user's own (lower-cased)."""
        return (self.email, *self.aliases)


@dataclass(frozen=True)
class ScheduleConfig:
    """When the user works: drafts fall due in business hours on workdays."""

    timezone: str = "UTC"
    workdays: tuple[int, ...] = (0, 1, 2, 3, 4)
    business_start: time = time(9, 0)
    business_end: time = time(17, 30)
    holiday_country: str | None = None
    holiday_subdivision: str | None = None

    @property
    def zone(self) -> ZoneInfo:
        """The configured time zone."""
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class ExpiryDays:
    """Days after its due time that an action is still worth drafting; later it is missed."""

    invitation_reply: int = 3
    confirmation_reply: int = 3
    thank_you: int = 3
    rejection_reply: int = 14


@dataclass(frozen=True)
class PolicyConfig:
    """What to draft and when; defaults follow the design's policy table."""

    min_confidence: float = 0.75
    invitation_reply: bool = True
    confirmation_reply: bool = True
    thank_you: bool = True
    thank_you_delay_hours: float = 1.0
    default_interview_minutes: int = 60
    status_check: bool = True
    status_check_business_days: int = 2
    status_check_time: time = time(9, 30)
    no_promise_days: int = 7
    followups: bool = True
    followup_interval_days: int = 14
    max_followups: int = 3
    move_on_days: int = 21
    rejection_reply: bool = True
    expiry_days: ExpiryDays = field(default_factory=ExpiryDays)


@dataclass(frozen=True)
class TemplatesConfig:
    """Where user templates live and which files to attach per action kind."""

    directory: Path | None = None
    attachments: Mapping[str, tuple[Path, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    quote_original: bool = False


@dataclass(frozen=True)
class StorageConfig:
    """Where the state database and lock live."""

    state_dir: Path


@dataclass(frozen=True)
class NotifyConfig:
    """The optional daily digest mail, sent only to the user's own address; off by default."""

    enabled: bool = False
    host: str = ""
    port: int = 465
    tls: TlsMode = "implicit"
    username: str | None = None
    credential: CredentialSpec | None = None
    ca_file: Path | None = None
    # "HH:MM" once a day, or a 5-field crontab with weekdays by name.
    schedule: str = "08:00"
    # None: identity.email; otherwise identity.email or one of identity.aliases.
    to: str | None = None

    def recipient(self, identity: Identity) -> str:
        """The one address the digest goes to."""
        return self.to or identity.email


@dataclass(frozen=True)
class Config:
    """The whole validated configuration."""

    source: Path | str
    accounts: tuple[AccountConfig, ...]
    identity: Identity
    schedule: ScheduleConfig
    policy: PolicyConfig
    templates: TemplatesConfig
    storage: StorageConfig
    notify: NotifyConfig = field(default_factory=NotifyConfig)

    def account(self, name: str) -> AccountConfig:
        """The account called `name` (KeyError if there is none)."""
        for acct in self.accounts:
            if acct.name == name:
                return acct
        raise KeyError(name)


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
