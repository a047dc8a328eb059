"""Read config.toml (tomllib) into validated frozen dataclasses, reporting every problem at once."""

from __future__ import annotations

import dataclasses
import difflib
import logging
import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from datetime import time
from pathlib import Path
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import holidays

from followupd.config.checks import (
    Problems,
    Section,
    as_account_name,
    as_email,
    as_host,
    as_line,
    show,
)
from followupd.config.notify import parse_notify
from followupd.config.outputs import parse_output
from followupd.config.server import HOST_RULE, checked_tls, credential, without_password
from followupd.config.trust import Runner, trust_problems
from followupd.config.types import (
    ACTION_KINDS,
    CREDENTIAL_KEYS,
    DEFAULT_PORTS,
    WEEKDAY_NAMES,
    AccountConfig,
    Config,
    FolderOverrides,
    Identity,
    PolicyConfig,
    ScheduleConfig,
    StorageConfig,
    TemplatesConfig,
)
from followupd.errors import ConfigError
from followupd.model import DRAFT_KINDS

__all__ = ["default_config_path", "default_state_dir", "load_config", "parse_config"]

log = logging.getLogger(__name__)

_TOML_POS_RE = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")

_TOP_KEYS = (
    *("accounts", "identity", "schedule", "policy", "templates", "storage", "notify"),
    *("report", "calendar"),
)
# key -> (default, lowest, highest)
_ACCOUNT_INTS: Mapping[str, tuple[int, int, int]] = MappingProxyType(
    {
        "lookback_days": (120, 0, 36500),
        # RFC 2177 allows 29 minutes, but NATs and servers drop idle links sooner: cap at 10.
        "idle_renew_seconds": (540, 30, 600),
        "poll_interval_seconds": (300, 10, 86400),
        "body_max_bytes": (262144, 1024, 64 * 1024 * 1024),
        "fetch_chunk": (500, 1, 10000),
    }
)
_ACCOUNT_KEYS = (
    *("name", "host", "port", "tls", "allow_plaintext", "username", "ca_file", "folders"),
    *("timeout_seconds", *_ACCOUNT_INTS, *CREDENTIAL_KEYS),
)
_POLICY_FLAGS = (*(k.switch for k in DRAFT_KINDS), "draft_without_recipient")
_EXPIRING = tuple(k for k in DRAFT_KINDS if k.expiry_days is not None)
_POLICY_INTS: Mapping[str, tuple[int, int, int]] = MappingProxyType(
    {
        "default_interview_minutes": (60, 5, 600),
        "status_check_business_days": (2, 0, 30),
        "no_promise_days": (7, 1, 90),
        "followup_interval_days": (14, 1, 180),
        "max_followups": (1, 0, 10),
        "move_on_days": (21, 1, 365),
        "history_window_days": (21, 1, 3650),
    }
)
_POLICY_KEYS = (
    *("min_confidence", "thank_you_delay_hours", "status_check_time", "expiry_days"),
    *(*_POLICY_FLAGS, *_POLICY_INTS),
)
_SCHEDULE_KEYS = (
    *("timezone", "workdays", "business_start", "business_end"),
    *("holiday_country", "holiday_subdivision"),
)


def default_config_path(env: Mapping[str, str]) -> Path:
    """$FOLLOWUPD_CONFIG, systemd's $CONFIGURATION_DIRECTORY, then the XDG config home."""
    if env.get("FOLLOWUPD_CONFIG"):
        return _expand_home(env["FOLLOWUPD_CONFIG"], env)
    # systemd sets a colon-separated list when a unit names several ConfigurationDirectory=.
    if env.get("CONFIGURATION_DIRECTORY"):
        return Path(env["CONFIGURATION_DIRECTORY"].split(":")[0]) / "config.toml"
    return _xdg_dir(env, "XDG_CONFIG_HOME", ".config") / "config.toml"


def default_state_dir(env: Mapping[str, str]) -> Path:
    """systemd's $STATE_DIRECTORY, then $XDG_STATE_HOME/followupd, then ~/.local/state."""
    if env.get("STATE_DIRECTORY"):
        return Path(env["STATE_DIRECTORY"].split(":")[0])
    return _xdg_dir(env, "XDG_STATE_HOME", ".local/state")


def _xdg_dir(env: Mapping[str, str], var: str, fallback: str) -> Path:
    """$VAR/followupd if $VAR is absolute (XDG says to ignore relative ones), else ~/fallback."""
    base = env.get(var, "")
    if base and os.path.isabs(base):
        return Path(base) / "followupd"
    return _home(env) / fallback / "followupd"


def _home(env: Mapping[str, str]) -> Path:
    """$HOME from the given environment, falling back to the password database."""
    return Path(env["HOME"]) if env.get("HOME") else Path.home()


def _expand_home(text: str, env: Mapping[str, str]) -> Path:
    """Expand a leading ~ using env's HOME."""
    if text == "~" or text.startswith("~/"):
        return _home(env) / text[2:]
    return Path(os.path.expanduser(text))


def load_config(path: Path, env: Mapping[str, str], *, runner: Runner | None = None) -> Config:
    """Read, parse and validate the config file at `path` (and who may change it)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        hint = "create one with `followupd init` or pass --config"
        raise ConfigError([f"{path}: no such file; {hint}"]) from None
    except OSError as exc:
        raise ConfigError([f"{path}: cannot read: {exc.strerror or exc}"]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ConfigError([f"{path}: line {line}: not valid UTF-8 text"]) from None
    # Notepad and some other editors start UTF-8 files with a byte-order mark; TOML has no
    # place for one, but it says nothing about the content.
    text = text.removeprefix("\ufeff")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # Python 3.11's TOMLDecodeError has no lineno attribute; the position is in the text.
        match = _TOML_POS_RE.search(str(exc))
        where = f"line {match.group(1)}, column {match.group(2)}: " if match else ""
        detail = _TOML_POS_RE.sub("", str(exc))
        raise ConfigError([f"{path}: {where}TOML syntax error: {detail}"]) from None
    config = parse_config(
        data,
        source=str(path),
        env=env,
        base_dir=path.parent,
        config_file=Path(os.path.abspath(path)),
        runner=runner,
    )
    log.debug("config.loaded path=%s accounts=%d", path, len(config.accounts))
    return dataclasses.replace(config, source=path)


def parse_config(
    data: Mapping[str, Any],
    *,
    source: str,
    env: Mapping[str, str],
    base_dir: Path | None = None,
    config_file: Path | None = None,
    runner: Runner | None = None,
) -> Config:
    """Validate decoded TOML; relative paths resolve against `base_dir` (default: source's dir).

    The files it names (and `config_file`, the file it came from) are checked against
    `runner`, the user followupd runs as (default: this process's).
    """
    base = Path(os.path.abspath(base_dir if base_dir is not None else Path(source).parent))
    problems = Problems(source, base, _home(env))
    top = Section(problems, data, "", _TOP_KEYS)
    if "identity" not in top.tbl:  # reported once here, not once per key inside it
        top.problem("identity", "missing; add an [identity] table with name and email")
    accounts = _accounts(problems, top.tbl.get("accounts"))
    identity = _identity(
        top.sub("identity", ("name", "email", "signature", "aliases", "pitch")),
        present="identity" in top.tbl,
    )
    config = Config(
        source=source,
        accounts=accounts,
        identity=identity,
        schedule=_schedule(top.sub("schedule", _SCHEDULE_KEYS)),
        policy=_policy(top.sub("policy", _POLICY_KEYS)),
        templates=_templates(top.sub("templates", ("directory", "quote_original", "attachments"))),
        storage=_storage(top.sub("storage", ("state_dir",)), env),
        notify=parse_notify(problems, top.tbl.get("notify", {}), identity),
        report=parse_output(top.sub("report", ("path",))),
        calendar=parse_output(top.sub("calendar", ("path",))),
    )
    for key, problem in trust_problems(config, runner or Runner.current(), config_file):
        problems.add(key, problem)
    if problems.found:
        raise ConfigError(problems.found)
    return config


def _accounts(problems: Problems, value: object) -> tuple[AccountConfig, ...]:
    if value is None:
        problems.add("accounts", "missing; add at least one [[accounts]] table")
        return ()
    if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
        problems.add("accounts", f"expected an array of tables ([[accounts]]), got {show(value)}")
        return ()
    if not value:
        problems.add("accounts", "empty; add at least one [[accounts]] table")
    accounts = tuple(_account(problems, tbl, f"accounts[{i}]") for i, tbl in enumerate(value))
    seen: set[str] = set()
    for i, acct in enumerate(accounts):
        if acct.name in seen:
            problems.add(f"accounts[{i}].name", f"duplicate account name {acct.name!r}")
        seen.add(acct.name or f"\0{i}")  # a missing name is reported already
    return accounts


def _account(problems: Problems, raw: Mapping[str, Any], path: str) -> AccountConfig:
    sec = Section(problems, without_password(problems, raw, path), path, _ACCOUNT_KEYS)
    name_rule = "a name of letters, digits and ._@+- (at most 64)"
    name = sec.take("name", as_account_name, name_rule, "", required=True)
    host = sec.take("host", as_host, HOST_RULE, "", required=True)
    tls = checked_tls(sec, host, owner="account")
    folders = sec.sub("folders", ("inbox", "sent", "drafts"))
    return AccountConfig(
        name=name,
        host=host,
        port=sec.integer("port", (DEFAULT_PORTS[tls], 1, 65535)),
        tls=tls,
        username=sec.string("username", required=True),
        credential=credential(sec, had_password="password" in raw),
        ca_file=sec.existing("ca_file", want_dir=False),
        folders=FolderOverrides(
            inbox=folders.string("inbox") or None,
            sent=folders.string("sent") or None,
            drafts=folders.string("drafts") or None,
        ),
        timeout_seconds=sec.number("timeout_seconds", (60.0, 1.0, 600.0)),
        **{key: sec.integer(key, bounds) for key, bounds in _ACCOUNT_INTS.items()},
    )


def _identity(sec: Section, *, present: bool) -> Identity:
    email_rule = "an address like you@example.com"
    aliases = sec.strings("aliases")
    for i, alias in enumerate(aliases):
        if as_email(alias) is None:
            sec.problems.add(f"identity.aliases[{i}]", f"expected {email_rule}, got {alias!r}")
    signature = sec.take("signature", lambda v: v if isinstance(v, str) else None, "a string", "")
    return Identity(
        name=sec.take("name", as_line, "your name on one line", "", required=present),
        email=sec.take("email", as_email, email_rule, "", required=present),
        signature=signature,
        aliases=tuple(a.strip().lower() for a in aliases),
        pitch=sec.strings("pitch"),
    )


def _schedule(sec: Section) -> ScheduleConfig:
    zone = sec.string("timezone", "UTC")
    if not _zone_exists(zone):
        close = difflib.get_close_matches(zone, sorted(available_timezones()), n=1, cutoff=0.8)
        hint = (
            f"did you mean '{close[0]}'?" if close else "expected an IANA name like 'Europe/Berlin'"
        )
        sec.problem("timezone", f"unknown time zone {zone!r}; {hint}")
    start = sec.clock("business_start", time(9, 0))
    end = sec.clock("business_end", time(17, 30))
    if end <= start:
        when = f"({start.isoformat('minutes')}), got {end.isoformat('minutes')}"
        sec.problem("business_end", f"expected a time later than business_start {when}")
    country, subdivision = _holidays(sec)
    return ScheduleConfig(
        timezone=zone,
        workdays=_workdays(sec),
        business_start=start,
        business_end=end,
        holiday_country=country,
        holiday_subdivision=subdivision,
    )


def _zone_exists(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _workdays(sec: Section) -> tuple[int, ...]:
    if "workdays" not in sec.tbl:
        return (0, 1, 2, 3, 4)
    names = sec.strings("workdays")
    days: set[int] = set()
    for i, day in enumerate(names):
        if day.strip().lower() in WEEKDAY_NAMES:
            days.add(WEEKDAY_NAMES.index(day.strip().lower()))
        else:
            expected = f"one of {', '.join(WEEKDAY_NAMES)}"
            sec.problems.add(f"schedule.workdays[{i}]", f"expected {expected}, got {day!r}")
    if sec.tbl["workdays"] == []:
        sec.problem("workdays", 'empty; list at least one day, like ["mon", "tue"]')
    return tuple(sorted(days))


def _holidays(sec: Section) -> tuple[str | None, str | None]:
    """Country and subdivision, checked against what the holidays package supports."""
    country = sec.string("holiday_country").strip().upper() or None
    subdivision = sec.string("holiday_subdivision").strip() or None
    if country is None:
        if subdivision is not None:
            sec.problem("holiday_subdivision", "needs holiday_country as well")
        return None, None
    supported: Mapping[str, Sequence[str]] = holidays.list_supported_countries()
    if country not in supported:
        sec.problem(
            "holiday_country",
            f"unsupported country code {country!r}; expected an ISO 3166 code that the holidays "
            "package knows, like 'US', 'GB' or 'DE'",
        )
        return country, subdivision
    if subdivision is None:
        return country, None
    canonical = {s.upper(): s for s in supported[country]}
    if subdivision.upper() not in canonical:
        choices = ", ".join(supported[country]) or "none (leave it out)"
        sec.problem(
            "holiday_subdivision",
            f"unknown subdivision {subdivision!r} of {country}; expected one of: {choices}",
        )
        return country, subdivision
    return country, canonical[subdivision.upper()]


def _policy(sec: Section) -> PolicyConfig:
    expiry_sec = sec.sub("expiry_days", tuple(k.kind.value for k in _EXPIRING))
    switches = {k.kind: sec.boolean(k.switch, True) for k in DRAFT_KINDS}
    expiry = {
        k.kind: expiry_sec.integer(k.kind.value, (k.expiry_days or 1, 1, 365)) for k in _EXPIRING
    }
    values: dict[str, Any] = {k: sec.integer(k, bounds) for k, bounds in _POLICY_INTS.items()}
    return PolicyConfig(
        min_confidence=sec.number("min_confidence", (0.75, 0.0, 1.0)),
        thank_you_delay_hours=sec.number("thank_you_delay_hours", (1.0, 0.0, 168.0)),
        status_check_time=sec.clock("status_check_time", time(9, 30)),
        draft_without_recipient=sec.boolean("draft_without_recipient", False),
        switches=MappingProxyType(switches),
        expiry_days=MappingProxyType(expiry),
        **values,
    )


def _templates(sec: Section) -> TemplatesConfig:
    directory = sec.existing("directory", want_dir=True)
    attach_sec = sec.sub("attachments", ACTION_KINDS)
    attachments: dict[str, tuple[Path, ...]] = {}
    for kind in ACTION_KINDS:
        paths = tuple(sec.problems.path(p) for p in attach_sec.strings(kind))
        for i, path in enumerate(paths):
            if not path.is_file():
                attach_sec.problem(f"{kind}[{i}]", f"file not found: {path}")
        if paths:
            attachments[kind] = paths
    return TemplatesConfig(
        directory=directory,
        attachments=MappingProxyType(attachments),
        quote_original=sec.boolean("quote_original", False),
    )


def _storage(sec: Section, env: Mapping[str, str]) -> StorageConfig:
    text = sec.string("state_dir")
    return StorageConfig(state_dir=sec.problems.path(text) if text else default_state_dir(env))
