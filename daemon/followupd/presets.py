"""Mail provider presets; building and safely writing the starter config of `followupd init`."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tomli_w

from followupd.config import parse_config
from followupd.config.checks import as_email
from followupd.config.types import CREDENTIAL_KEYS, DEFAULT_PORTS, WEEKDAY_NAMES
from followupd.errors import ConfigError

DEFAULT_PASSWORD_ENV = "FOLLOWUPD_PASSWORD"  # noqa: S105  (a variable name, not a password)
INIT_SOURCE = "followupd init"


@dataclass(frozen=True)
class Provider:
    """How to reach one mail provider's IMAP service and how it wants you to log in."""

    key: str
    label: str
    host: str | None  # None: the user must name one
    domains: tuple[str, ...]  # address domains that identify this provider
    port: int = 993
    tls: Literal["implicit", "starttls"] = "implicit"
    oauth2_only: bool = False

    @property
    def note(self) -> str:
        """What the user must know about passwords or OAuth2 for this provider."""
        return _NOTES[self.key]


_NOTES = {
    "gmail": "Gmail refuses your normal Google password over IMAP. Turn on 2-Step Verification "
    "and create an app password (Google Account > Security > App passwords), or use "
    "oauth2_token_command with a helper that prints an OAuth2 access token.",
    "outlook": "Microsoft accepts only OAuth2 (XOAUTH2) for IMAP: oauth2_token_command must run "
    "a helper that keeps your refresh token and prints a current access token with the "
    "IMAP.AccessAsUser.All scope. Passwords and app passwords do not work.",
    "fastmail": "Fastmail needs an app password with IMAP access (Settings > Privacy & "
    "Security > App passwords); your login password will not work.",
    "icloud": "iCloud Mail needs two-factor authentication and an app-specific password "
    "(account.apple.com > Sign-In and Security > App-Specific Passwords). Log in with your "
    "full address.",
    "yahoo": "Yahoo Mail needs an app password (Account Info > Account security > Generate app "
    "password); your normal password will not work.",
    "generic": "Use the password your provider gives for IMAP; if it offers app passwords, "
    "prefer one of those, since it can be revoked on its own.",
}

PROVIDERS: Mapping[str, Provider] = MappingProxyType(
    {
        p.key: p
        for p in (
            Provider("gmail", "Gmail", "imap.gmail.com", ("gmail.com", "googlemail.com")),
            Provider(
                "outlook",
                "Outlook.com / Microsoft 365",
                "outlook.office365.com",
                ("outlook.com", "hotmail.com", "live.com"),
                oauth2_only=True,
            ),
            Provider("fastmail", "Fastmail", "imap.fastmail.com", ("fastmail.com", "fastmail.fm")),
            Provider(
                "icloud", "iCloud Mail", "imap.mail.me.com", ("icloud.com", "me.com", "mac.com")
            ),
            Provider("yahoo", "Yahoo Mail", "imap.mail.yahoo.com", ("yahoo.com",)),
            Provider("generic", "IMAP server", None, ()),
        )
    }
)


def detect_provider(email: str) -> str:
    """The preset that matches the address's domain, or "generic"."""
    domain = email.rpartition("@")[2].strip().lower()
    for provider in PROVIDERS.values():
        if domain in provider.domains:
            return provider.key
    return "generic"


def name_from_email(email: str) -> str:
    """A readable name guessed from an address's local part: jane.doe -> Jane Doe."""
    local = email.partition("@")[0].replace("_", ".").replace("-", ".").replace("+", ".")
    words = [w.capitalize() for w in local.split(".") if w]
    return " ".join(words) or "Your Name"


def guess_timezone(env: Mapping[str, str]) -> str:
    """The machine's IANA time zone: $TZ, /etc/timezone, the /etc/localtime link, else UTC."""
    candidates = [env.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    with contextlib.suppress(OSError):
        target = os.readlink("/etc/localtime")
        candidates.append(target.partition("zoneinfo/")[2])
    for name in candidates:
        if name and not name.startswith("/") and known_zone(name):
            return name
    return "UTC"


def known_zone(name: str) -> bool:
    """True when `name` is an IANA time zone this machine knows."""
    try:
        ZoneInfo(name)
    except (ValueError, ZoneInfoNotFoundError, OSError):
        return False
    return True


@dataclass(frozen=True)
class InitAnswers:
    """What the user told `followupd init`, by flag or by answering its questions."""

    email: str
    name: str | None = None
    provider: str | None = None
    host: str | None = None
    port: int | None = None
    tls: Literal["implicit", "starttls"] | None = None
    username: str | None = None
    credential_key: str | None = None  # one of CREDENTIAL_KEYS
    credential_value: str | None = None
    timezone: str | None = None
    signature: str | None = None  # may span lines; empty or None: the name signs alone
    pitch: str | None = None  # one sentence; empty or None: drafts keep a line to fill in


# Config key path -> the flag that set it, so that init's problems point at what to change.
_FLAG_OF = {
    "identity.email": "--email",
    "identity.name": "--name",
    "identity.signature": "--signature",
    "identity.pitch": "--pitch",
    "accounts[0].host": "--host",
    "accounts[0].port": "--port",
    "accounts[0].tls": "--tls",
    "accounts[0].username": "--username",
    "schedule.timezone": "--timezone",
    **{f"accounts[0].{key}": "--" + key.replace("_", "-") for key in CREDENTIAL_KEYS},
}
# The same, for answers typed at init's questions: the question, never a flag.
_QUESTION_OF = {
    "identity.email": "your email address",
    "identity.name": "your name",
    "identity.signature": "your signature",
    "identity.pitch": "your pitch",
    "accounts[0].host": "the IMAP server",
    "accounts[0].port": "the port",
    "accounts[0].tls": "TLS",
    "accounts[0].username": "the login name",
    "schedule.timezone": "your time zone",
    **{f"accounts[0].{key}": "where the password is" for key in CREDENTIAL_KEYS},
}


def build_starter_config(
    answers: InitAnswers, env: Mapping[str, str], base_dir: Path, *, plain: bool = False
) -> tuple[dict[str, Any], Provider]:
    """The starter config as TOML-ready data, validated exactly as load_config would.

    Problems name the flag that set a value, or with `plain` the question that asked for it.
    """
    terms = _QUESTION_OF if plain else _FLAG_OF
    problems: list[str] = []
    email = answers.email.strip()
    provider = PROVIDERS.get(answers.provider or detect_provider(email))
    if provider is None:
        choices = ", ".join(PROVIDERS)
        where = "the mail provider" if plain else "--provider"
        raise ConfigError([f"{where}: expected one of {choices}, got {answers.provider!r}"])
    host = answers.host or provider.host
    if not host:
        where = terms["accounts[0].host"]
        problems.append(f"{where}: required for a generic IMAP provider, e.g. imap.example.com")
    tls = answers.tls or provider.tls
    key = answers.credential_key
    if provider.oauth2_only and key != "oauth2_token_command":
        where = terms["accounts[0].oauth2_token_command"]
        problems.append(f"{where}: required: {provider.label} accepts only OAuth2 for IMAP")
    if key is None:
        key, value = "password_env", DEFAULT_PASSWORD_ENV
    else:
        value = answers.credential_value or ""
    if key == "password_file" and value:
        # Typed relative to where init runs; the config would read it relative to itself.
        value = os.path.abspath(os.path.expanduser(value))
    account: dict[str, Any] = {
        "name": provider.key if provider.key != "generic" else "mail",
        "host": host or "",
        "port": answers.port if answers.port is not None else _default_port(provider, tls),
        "tls": tls,
        "username": answers.username or email,
        key: value,
    }
    identity: dict[str, Any] = {"name": answers.name or name_from_email(email), "email": email}
    if answers.signature and answers.signature.strip():
        identity["signature"] = answers.signature.strip("\n")
    if answers.pitch and answers.pitch.strip():
        identity["pitch"] = [answers.pitch.strip()]
    data: dict[str, Any] = {
        "identity": identity,
        "accounts": [account],
        "schedule": {
            "timezone": answers.timezone or guess_timezone(env),
            "workdays": list(WEEKDAY_NAMES[:5]),
            "business_start": time(9, 0),
            "business_end": time(17, 30),
        },
    }
    try:
        parse_config(data, source=INIT_SOURCE, env=env, base_dir=base_dir)
    except ConfigError as exc:
        # A flag reported above already says what is wrong with it, in plainer terms.
        said = {p.partition(":")[0] for p in problems}
        problems.extend(
            p
            for p in (_in_terms(problem, terms) for problem in exc.problems)
            if p.partition(":")[0] not in said
        )
    if problems:
        raise ConfigError(problems)
    data["identity"]["email"] = as_email(email)  # valid by now; store it lower-cased
    return data, provider


def _default_port(provider: Provider, tls: str) -> int:
    """The preset's port, or for a generic server the usual one for the TLS mode."""
    return provider.port if provider.host else DEFAULT_PORTS[tls]


def _in_terms(problem: str, terms: Mapping[str, str]) -> str:
    """ "followupd init: schedule.timezone: ..." -> "--timezone: ..." (or "your time zone: ...")."""
    text = problem.removeprefix(f"{INIT_SOURCE}: ")
    where, _, rest = text.partition(": ")
    term = terms.get(where)
    return f"{term}: {rest}" if term else f"{INIT_SOURCE}: {text}"


def example_config_path() -> Path:
    """The installed config.example.toml (package data): every key, its default, its meaning."""
    return Path(str(resources.files("followupd").joinpath("data", "config.example.toml")))


def example_config_text() -> str:
    """The text of the installed config.example.toml."""
    return resources.files("followupd").joinpath("data", "config.example.toml").read_text("utf-8")


def render_config(data: Mapping[str, Any]) -> str:
    """TOML text for `data` under a short header (tomli-w writes no comments of its own)."""
    header = (
        "# followupd configuration, written by `followupd init`.\n"
        "# `followupd init --example` prints every key with its default and what it does.\n"
        "# No secret belongs in this file: the account names where to fetch it from.\n\n"
    )
    # A multi-line signature reads as it will look in a draft, not as one line of \n escapes.
    return header + tomli_w.dumps(data, multiline_strings=True)


def write_config(path: Path, text: str, *, force: bool) -> None:
    """Write `text` to `path`, mode 0600, new parents 0700; replace (atomically) only if `force`."""
    try:
        _make_private_dirs(path.parent)
        if not force:
            _write_new(path, text)
            return
        temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            _write_new(temp, text)
            os.replace(temp, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
    except FileExistsError:
        raise ConfigError([f"{path}: already exists; pass --force to replace it"]) from None
    except OSError as exc:
        raise ConfigError([f"{path}: cannot write: {exc.strerror or exc}"]) from None


def _make_private_dirs(directory: Path) -> None:
    """Create the missing directories down to `directory`, each 0700; existing ones are left."""
    missing: list[Path] = []
    while not directory.exists():
        missing.append(directory)
        directory = directory.parent
    for new in reversed(missing):
        os.mkdir(new, 0o700)
        os.chmod(new, 0o700)  # the umask may have taken bits off; make it exactly 0700


def _write_new(path: Path, text: str) -> None:
    """Create `path` exclusively, 0600 from the first byte (no window where others can read)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        os.fchmod(fd, 0o600)  # a strict umask could have left it 0400 or less
        handle.write(text)
        handle.flush()
        os.fsync(fd)
