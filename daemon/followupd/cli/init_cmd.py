"""`followupd init`: write a starter config from a few answers or from flags."""

from __future__ import annotations

import argparse
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Literal, cast

from followupd.config import default_config_path
from followupd.config.types import CREDENTIAL_KEYS
from followupd.errors import ConfigError
from followupd.presets import (
    DEFAULT_PASSWORD_ENV,
    PROVIDERS,
    InitAnswers,
    build_starter_config,
    detect_provider,
    guess_timezone,
    name_from_email,
    render_config,
    write_config,
)

log = logging.getLogger(__name__)

Ask = Callable[[str], str]

# Short answers to "where is the password?" -> (config key, question for its value, default).
_SOURCES = {
    "env": ("password_env", "Environment variable holding the password", DEFAULT_PASSWORD_ENV),
    "command": ("password_command", "Command that prints the password", ""),
    "file": ("password_file", "File holding the password", ""),
    "credential": ("password_credential", "systemd credential name", "imap-password"),
    "oauth2": ("oauth2_token_command", "Command that prints an OAuth2 access token", ""),
}


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `followupd init`."""
    parser = sub.add_parser(
        "init",
        help="write a starter config file",
        description="Write a starter config (mode 0600). Asks a few questions, or takes them "
        "as flags with --non-interactive. Never stores a password: the account says where to "
        "fetch it from.",
    )
    parser.add_argument("--non-interactive", action="store_true", help="ask nothing; use flags")
    parser.add_argument("--email", help="your address (required with --non-interactive)")
    parser.add_argument("--name", help="your name as it appears in drafts")
    parser.add_argument("--provider", choices=sorted(PROVIDERS), help="default: from --email")
    parser.add_argument("--host", help="IMAP server (required for a generic provider)")
    parser.add_argument("--port", type=int, help="default: the provider's, or 993/143 by --tls")
    parser.add_argument("--tls", choices=("implicit", "starttls"), help="default: implicit")
    parser.add_argument("--username", help="login name (default: the address)")
    creds = parser.add_mutually_exclusive_group()
    creds.add_argument("--password-command", metavar="CMD", help="prints the password")
    creds.add_argument(
        "--password-env", metavar="VAR", help=f"holds the password (default {DEFAULT_PASSWORD_ENV})"
    )
    creds.add_argument("--password-file", metavar="PATH", help="file holding the password")
    creds.add_argument("--password-credential", metavar="NAME", help="systemd credential name")
    creds.add_argument("--oauth2-token-command", metavar="CMD", help="prints an OAuth2 token")
    parser.add_argument(
        "--timezone", help="IANA zone, e.g. Europe/Berlin (default: this machine's)"
    )
    parser.add_argument(
        "--output", "-o", type=Path, help="where to write (default: the usual place)"
    )
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Collect the answers, validate them like a loaded config, write the file, say what next."""
    path: Path = args.output or default_config_path(os.environ)
    if path.exists() and not args.force:
        raise ConfigError([f"{path}: already exists; pass --force to replace it"])
    answers = _from_flags(args) if args.non_interactive else _interview(args, input)
    data, provider = build_starter_config(answers, os.environ, path.parent)
    write_config(path, render_config(data), force=args.force)
    log.info("init.written path=%s provider=%s", path, provider.key)
    account = data["accounts"][0]
    print(f"Wrote {path} (mode 0600) for {provider.label} at {account['host']}:{account['port']}.")
    print(f"\n{provider.note}\n")
    if "password_env" in account:
        print(f"followupd reads the password from ${account['password_env']} at start;")
        print("password_command, password_file or password_credential (systemd) work as well.")
    print(f"Next: followupd check --config {path}")
    return 0


def _from_flags(args: argparse.Namespace) -> InitAnswers:
    if not args.email:
        raise ConfigError(["--email: required with --non-interactive"])
    # Each credential flag's dest is the config key it sets (--password-env -> password_env).
    given = [(key, getattr(args, key)) for key in CREDENTIAL_KEYS]
    key, value = next(((k, v) for k, v in given if v is not None), (None, None))
    return InitAnswers(
        email=args.email,
        name=args.name,
        provider=args.provider,
        host=args.host,
        port=args.port,
        tls=args.tls,
        username=args.username,
        credential_key=key,
        credential_value=value,
        timezone=args.timezone,
    )


def _interview(args: argparse.Namespace, ask: Ask) -> InitAnswers:
    """Ask what the flags did not say; an empty answer takes the default in brackets."""
    try:
        return _questions(args, ask)
    except EOFError:
        raise ConfigError(
            ["init: no answer on standard input; use --non-interactive with flags instead"]
        ) from None


def _question(ask: Ask, prompt: str, default: str | None = None) -> str:
    shown = f" [{default}]" if default else ""
    return ask(f"{prompt}{shown}: ").strip() or (default or "")


def _questions(args: argparse.Namespace, ask: Ask) -> InitAnswers:
    email = args.email or _question(ask, "Your email address")
    name = args.name or _question(
        ask, "Your name, as drafts should show it", name_from_email(email)
    )
    provider_key = args.provider or _question(
        ask, f"Mail provider ({', '.join(PROVIDERS)})", detect_provider(email)
    )
    provider = PROVIDERS.get(provider_key.lower())
    if provider is None:
        raise ConfigError(
            [f"provider: expected one of {', '.join(PROVIDERS)}, got {provider_key!r}"]
        )
    host, port, tls = args.host, args.port, args.tls
    if provider.host is None:
        host = host or _question(ask, "IMAP server host name")
        tls = tls or _question(
            ask, "TLS: implicit (usually port 993) or starttls (143)", "implicit"
        )
        if tls not in ("implicit", "starttls"):
            raise ConfigError([f"tls: expected implicit or starttls, got {tls!r}"])
        port = port or _port(_question(ask, "Port", "993" if tls == "implicit" else "143"))
    username = args.username or _question(ask, "Login name", email)
    key, value = _credential(args, ask, oauth2_only=provider.oauth2_only)
    timezone = args.timezone or _question(ask, "Your time zone", guess_timezone(os.environ))
    return InitAnswers(
        email=email,
        name=name,
        provider=provider.key,
        host=host,
        port=port,
        tls=cast(Literal["implicit", "starttls"] | None, tls),
        username=username,
        credential_key=key,
        credential_value=value,
        timezone=timezone,
    )


def _port(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise ConfigError([f"port: expected an integer 1-65535, got {text!r}"]) from None


def _credential(args: argparse.Namespace, ask: Ask, *, oauth2_only: bool) -> tuple[str, str]:
    for key in CREDENTIAL_KEYS:
        if getattr(args, key) is not None:
            return key, getattr(args, key)
    choice = "oauth2"
    if not oauth2_only:
        choice = _question(ask, f"Where is the password? ({', '.join(_SOURCES)})", "env")
    if choice not in _SOURCES:
        raise ConfigError(
            [f"password source: expected one of {', '.join(_SOURCES)}, got {choice!r}"]
        )
    key, prompt, default = _SOURCES[choice]
    return key, _question(ask, prompt, default)
