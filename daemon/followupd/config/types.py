"""The shape of a valid config: frozen dataclasses only (core/ imports these and nothing else)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import time
from pathlib import Path
from types import MappingProxyType
from typing import Literal
from zoneinfo import ZoneInfo

from followupd.model import DRAFT_KINDS, ActionKind

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
ACTION_KINDS: tuple[str, ...] = tuple(k.kind.value for k in DRAFT_KINDS)

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


def _default_switches() -> Mapping[ActionKind, bool]:
    return MappingProxyType({k.kind: True for k in DRAFT_KINDS})


def _default_expiry() -> Mapping[ActionKind, int]:
    return MappingProxyType(
        {k.kind: k.expiry_days for k in DRAFT_KINDS if k.expiry_days is not None}
    )


@dataclass(frozen=True)
class PolicyConfig:
    """What to draft and when; defaults follow the design's policy table.

    `switches` turns each draft kind on or off ([policy] <switch> = true/false, the switch
    names come from model.DRAFT_KINDS); `expiry_days` says how long after its due time a
    kind that expires is still worth drafting ([policy.expiry_days] <kind> = N).
    """

    min_confidence: float = 0.75
    thank_you_delay_hours: float = 1.0
    default_interview_minutes: int = 60
    status_check_business_days: int = 2
    status_check_time: time = time(9, 30)
    no_promise_days: int = 7
    followup_interval_days: int = 14
    max_followups: int = 1
    move_on_days: int = 21
    # Installed in the middle of a search: applications quiet for longer than this before
    # followupd first read the mailbox get no draft (unless an interview or promised date
    # falls inside the window); they are listed as probably moved on.
    history_window_days: int = 21
    # A draft whose only possible recipient is a no-reply, ATS or job-board address reaches
    # nobody; off by default (the application says so in status and the digest instead).
    draft_without_recipient: bool = False
    switches: Mapping[ActionKind, bool] = field(default_factory=_default_switches)
    expiry_days: Mapping[ActionKind, int] = field(default_factory=_default_expiry)

    def enabled(self, kind: ActionKind) -> bool:
        """Whether drafts of `kind` are made at all."""
        return self.switches.get(kind, True)

    def expiry(self, kind: ActionKind) -> int | None:
        """Days after due that a draft of `kind` is still made; None: it never expires."""
        return self.expiry_days.get(kind)

    def with_switches(self, **switches: bool) -> PolicyConfig:
        """A copy with some kinds switched, by their config key (thank_you=False)."""
        by_switch = {k.switch: k.kind for k in DRAFT_KINDS}
        unknown = set(switches) - set(by_switch)
        if unknown:
            raise ValueError(f"unknown draft switches: {sorted(unknown)}")
        merged = dict(self.switches) | {by_switch[name]: on for name, on in switches.items()}
        return replace(self, switches=MappingProxyType(merged))


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
class OutputConfig:
    """A file followupd rewrites after each pass ([report] or [calendar]); None: not written."""

    path: Path | None = None


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
    report: OutputConfig = field(default_factory=OutputConfig)
    calendar: OutputConfig = field(default_factory=OutputConfig)

    def account(self, name: str) -> AccountConfig:
        """The account called `name` (KeyError if there is none)."""
        for acct in self.accounts:
            if acct.name == name:
                return acct
        raise KeyError(name)
