"""`followupd init`: write a starter config from a few answers or from flags."""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Literal, cast

from followupd.config import default_config_path
from followupd.config.checks import as_email, as_host
from followupd.config.trust import Runner, file_problem
from followupd.config.types import CREDENTIAL_KEYS
from followupd.errors import ConfigError
from followupd.presets import (
    DEFAULT_PASSWORD_ENV,
    PROVIDERS,
    InitAnswers,
    build_starter_config,
    detect_provider,
    example_config_path,
    example_config_text,
    guess_timezone,
    known_zone,
    name_from_email,
    render_config,
    write_config,
)

log = logging.getLogger(__name__)

Ask = Callable[[str], str]
Say = Callable[[str], None]
# An answer's problem in plain words, or None when the answer will do.
Check = Callable[[str], str | None]

_ENV_NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

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
    parser.add_argument(
        "--state-dir",
        type=Path,
        metavar="DIR",
        help="where followupd keeps its state, written into the config (for the system "
        "service: /var/lib/followupd, so that every command finds the service's state)",
    )
    parser.add_argument(
        "--signature", metavar="TEXT", help="closing lines of every draft (default: your name)"
    )
    parser.add_argument("--pitch", metavar="LINE", help="one sentence on why you fit the roles")
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    parser.add_argument(
        "--example",
        action="store_true",
        help="print the example config, every key explained, and write nothing",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Collect the answers, validate them like a loaded config, write the file, say what next."""
    if args.example:
        sys.stdout.write(example_config_text())
        return 0
    path: Path = args.output or default_config_path(os.environ)
    if path.exists() and not args.force:
        raise ConfigError([f"{path}: already exists; pass --force to replace it"])
    interactive = not args.non_interactive
    answers = _interview(args, input, print) if interactive else _from_flags(args)
    data, provider = build_starter_config(answers, os.environ, path.parent, plain=interactive)
    if args.state_dir is not None:
        data["storage"] = {"state_dir": os.path.abspath(os.path.expanduser(args.state_dir))}
    write_config(path, render_config(data), force=args.force)
    log.info("init.written path=%s provider=%s", path, provider.key)
    account = data["accounts"][0]
    print(f"Wrote {path} (mode 0600) for {provider.label} at {account['host']}:{account['port']}.")
    print(f"\n{provider.note}\n")
    if "password_env" in account:
        print(f"followupd reads the password from ${account['password_env']} at start;")
        print("password_command, password_file or password_credential (systemd) work as well.")
    print(f"Every setting, with its default, is explained in {example_config_path()}")
    print("(`followupd init --example` prints it).")
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
        signature=args.signature,
        pitch=args.pitch,
    )


def _interview(args: argparse.Namespace, ask: Ask, say: Say) -> InitAnswers:
    """Ask what the flags did not say; a bad answer is explained and asked again."""
    try:
        return _questions(args, _Interview(ask, say))
    except EOFError:
        raise ConfigError(
            ["init: the input ended before every question was answered; nothing was written"]
        ) from None


class _Interview:
    """Questions on a terminal: an empty answer takes the default in brackets."""

    def __init__(self, ask: Ask, say: Say) -> None:
        self.ask = ask
        self.say = say

    def question(self, prompt: str, default: str | None = None, check: Check | None = None) -> str:
        """The first answer that passes `check`; each one that does not is explained."""
        shown = f" [{default}]" if default else ""
        while True:
            answer = self.ask(f"{prompt}{shown}: ").strip() or (default or "")
            problem = check(answer) if check is not None else None
            if problem is None:
                return answer
            self.say(f"  {problem} Please try again.")

    def lines(self, prompt: str) -> str:
        """Several lines, ended by an empty one; "" when the first is empty."""
        lines: list[str] = []
        while line := self.ask(f"{prompt}, line {len(lines) + 1}: ").rstrip():
            lines.append(line)
        return "\n".join(lines)


def _questions(args: argparse.Namespace, talk: _Interview) -> InitAnswers:
    email = args.email or talk.question("Your email address", check=_email)
    name = args.name or talk.question(
        "Your name, as drafts should show it", name_from_email(email), _something("your name")
    )
    provider_key = args.provider or talk.question(
        f"Mail provider ({', '.join(PROVIDERS)})", detect_provider(email), _provider
    )
    provider = PROVIDERS[provider_key.lower()]
    host, port, tls = args.host, args.port, args.tls
    if provider.host is None:
        host = host or talk.question("IMAP server host name", check=_host)
        tls = (
            tls
            or talk.question(
                "TLS: implicit (usually port 993) or starttls (143)", "implicit", _tls
            ).lower()
        )
        port = port or int(
            talk.question("Port", "993" if tls == "implicit" else "143", check=_port)
        )
    username = args.username or talk.question(
        "Login name", email, _something("the name you log in with")
    )
    key, value = _credential(args, talk, oauth2_only=provider.oauth2_only)
    timezone = args.timezone or talk.question(
        "Your time zone", guess_timezone(os.environ), _timezone
    )
    signature = args.signature
    if signature is None:
        talk.say(
            "Your signature closes every draft. Type it line by line and end with an empty "
            f"line; an empty first line signs with your name ({name}) alone."
        )
        signature = talk.lines("Signature")
    pitch = args.pitch
    if pitch is None:
        talk.say(
            "Status checks and follow-ups can offer one sentence on why you fit the role "
            "(a recent project, a result). Without one, drafts keep a line for you to fill in."
        )
        pitch = talk.question("Your pitch, one sentence (empty to skip)")
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
        signature=signature,
        pitch=pitch,
    )


def _credential(
    args: argparse.Namespace, talk: _Interview, *, oauth2_only: bool
) -> tuple[str, str]:
    for key in CREDENTIAL_KEYS:
        if getattr(args, key) is not None:
            return key, getattr(args, key)
    choice = "oauth2"
    if not oauth2_only:
        choice = talk.question(
            f"Where is the password? ({', '.join(_SOURCES)})", "env", _one_of(tuple(_SOURCES))
        )
    key, prompt, default = _SOURCES[choice.lower()]
    return key, talk.question(prompt, default, _SOURCE_CHECKS[key])


# ---- One check per question: None when the answer will do, else why not, in plain words.


def _email(answer: str) -> str | None:
    if as_email(answer) is None:
        return "That does not look like an email address (like jane@example.com)."
    return None


def _something(what: str) -> Check:
    return lambda answer: None if answer else f"Please type {what}."


def _one_of(choices: tuple[str, ...]) -> Check:
    def check(answer: str) -> str | None:
        if answer.lower() in choices:
            return None
        return f"{answer!r} is not one of the choices: {', '.join(choices)}."

    return check


def _provider(answer: str) -> str | None:
    return _one_of(tuple(PROVIDERS))(answer)


def _host(answer: str) -> str | None:
    if as_host(answer) is None:
        return "That is not a server name (like imap.example.com)."
    return None


def _tls(answer: str) -> str | None:
    if answer.lower() in ("implicit", "starttls"):
        return None
    return "Please answer implicit or starttls (your provider's help pages say which)."


def _port(answer: str) -> str | None:
    if answer.isdigit() and 1 <= int(answer) <= 65535:
        return None
    return "A port is a whole number from 1 to 65535, like 993."


def _timezone(answer: str) -> str | None:
    if known_zone(answer):
        return None
    return f"{answer!r} is not a time zone name; they look like Europe/Berlin or America/Chicago."


def _env_name(answer: str) -> str | None:
    if _ENV_NAME_RE.match(answer):
        return None
    return "A variable name has only letters, digits and _, and does not start with a digit."


def _credential_name(answer: str) -> str | None:
    if answer and "/" not in answer and answer not in (".", ".."):
        return None
    return "A credential name is one word without '/' (like imap-password)."


def _password_file(answer: str) -> str | None:
    if not answer:
        return "Please type the path of the file."
    path = Path(os.path.abspath(os.path.expanduser(answer)))
    problem = file_problem(path, Runner.current(), secret=True) if path.exists() else None
    # Refused by every command later: better said now, while it is easy to fix.
    return f"{problem}." if problem else None


_SOURCE_CHECKS: dict[str, Check] = {
    "password_env": _env_name,
    "password_command": _something("the command"),
    "password_file": _password_file,
    "password_credential": _credential_name,
    "oauth2_token_command": _something("the command"),
}
