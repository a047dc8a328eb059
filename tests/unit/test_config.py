"""Config loading: defaults, every kind of problem with its exact key path, all reported at once."""

from __future__ import annotations

import re
from datetime import datetime, time
from pathlib import Path
from typing import Any

import pytest

from followupd.config import (
    Config,
    default_config_path,
    default_state_dir,
    load_config,
    parse_config,
)
from followupd.config import load as config_module
from followupd.config.notify import NOTIFY_KEYS, as_schedule
from followupd.config.types import NotifyConfig
from followupd.errors import ConfigError
from followupd.model import ActionKind

REPO = Path(__file__).resolve().parents[2]
ENV = {"HOME": "/home/jane"}

MINIMAL = """
[identity]
name = "Jane Doe"
email = "Jane.Doe@Example.COM"

[[accounts]]
name = "main"
host = "imap.example.com"
username = "jane"
password_env = "MAIL_PASSWORD"
"""


def write(tmp_path: Path, text: str, name: str = "config.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(tmp_path: Path, text: str) -> list[str]:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(path, ENV)
    return [p.removeprefix(f"{path}: ") for p in info.value.problems]


def base(**overrides: Any) -> dict[str, Any]:
    """A valid decoded config, for parse_config tests."""
    account: dict[str, Any] = {
        "name": "main",
        "host": "imap.example.com",
        "username": "jane",
        "password_command": "pass show mail",
    }
    data: dict[str, Any] = {
        "identity": {"name": "Jane", "email": "jane@example.com"},
        "accounts": [account],
    }
    for key, value in overrides.items():
        if key in ("account_password_env", "account_password_credential"):
            del account["password_command"]
        if key.startswith("account_"):
            account[key.removeprefix("account_")] = value
        else:
            data[key] = value
    return data


def parse_problems(data: dict[str, Any]) -> list[str]:
    with pytest.raises(ConfigError) as info:
        parse_config(data, source="cfg", env=ENV)
    return [p.removeprefix("cfg: ") for p in info.value.problems]


def test_minimal_config_gets_every_default(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL)
    cfg = load_config(path, ENV)
    assert cfg.source == path
    assert cfg.identity.email == "jane.doe@example.com"
    assert cfg.identity.signature == "" and cfg.identity.aliases == () and cfg.identity.pitch == ()
    (acct,) = cfg.accounts
    assert (acct.name, acct.host, acct.port, acct.tls) == (
        "main",
        "imap.example.com",
        993,
        "implicit",
    )
    assert acct.credential.source == "env" and acct.credential.value == "MAIL_PASSWORD"
    assert acct.credential.mechanism == "login"
    assert acct.lookback_days == 120 and acct.idle_renew_seconds == 540
    assert acct.timeout_seconds == 60.0 and acct.poll_interval_seconds == 300
    assert acct.body_max_bytes == 262144 and acct.fetch_chunk == 500
    assert acct.folders.inbox is None and acct.ca_file is None
    assert cfg.schedule.timezone == "UTC" and cfg.schedule.workdays == (0, 1, 2, 3, 4)
    assert cfg.schedule.business_start == time(9, 0)
    assert cfg.schedule.business_end == time(17, 30)
    assert cfg.schedule.zone.key == "UTC"
    assert cfg.policy.min_confidence == 0.75
    assert cfg.policy.status_check_time == time(9, 30)
    assert dict(cfg.policy.expiry_days) == {
        ActionKind.INVITATION_REPLY: 3,
        ActionKind.OUTREACH_REPLY: 3,
        ActionKind.CONFIRMATION_REPLY: 3,
        ActionKind.REPLY: 3,
        ActionKind.THANK_YOU: 3,
        ActionKind.REJECTION_REPLY: 14,
    }
    assert all(cfg.policy.enabled(kind) for kind in ActionKind)
    assert cfg.policy.max_followups == 1 and cfg.policy.history_window_days == 21
    assert not cfg.policy.draft_without_recipient
    assert cfg.templates.directory is None and dict(cfg.templates.attachments) == {}
    assert cfg.storage.state_dir == Path("/home/jane/.local/state/followupd")
    assert cfg.notify == NotifyConfig() and not cfg.notify.enabled
    assert cfg.notify.recipient(cfg.identity) == "jane.doe@example.com"


def test_example_config_documents_every_key_and_loads() -> None:
    cfg = load_config(REPO / "config.example.toml", ENV)
    assert isinstance(cfg, Config)
    (acct,) = cfg.accounts
    assert acct.name == "work-search" and acct.port == 993 and acct.tls == "implicit"
    assert acct.credential.value == "FOLLOWUPD_PASSWORD"
    assert acct.folders.sent == "Sent Items"
    assert cfg.identity.aliases == ("jane@example.org",)
    assert cfg.identity.signature.startswith("Jane Doe\n")
    assert len(cfg.identity.pitch) == 1
    assert cfg.schedule.timezone == "America/New_York"
    assert (cfg.schedule.holiday_country, cfg.schedule.holiday_subdivision) == ("US", "NY")
    assert cfg.policy.max_followups == 1 and cfg.policy.move_on_days == 21
    # Every key the loader accepts is mentioned, set or commented out, in the example.
    text = (REPO / "config.example.toml").read_text(encoding="utf-8")
    mentioned = set(re.findall(r"^#?\s*([a-z_0-9]+)\s*=", text, flags=re.M))
    mentioned |= set(re.findall(r"^#\s+([a-z_0-9]+)\s+[a-z]", text, flags=re.M))
    mentioned |= set(re.findall(r"^\[[a-z_.]*?([a-z_]+)\]$", text, flags=re.M))
    known = {
        *config_module._TOP_KEYS,
        *config_module._ACCOUNT_KEYS,
        *config_module._POLICY_KEYS,
        *config_module._SCHEDULE_KEYS,
        *("name", "email", "signature", "aliases", "pitch", "directory", "state_dir"),
        *("inbox", "sent", "drafts", "followup"),
        *NOTIFY_KEYS,
    } - set(config_module._TOP_KEYS)
    assert known - mentioned == set()


def test_full_values_and_relative_paths(tmp_path: Path) -> None:
    (tmp_path / "ca.pem").write_text("x")
    (tmp_path / "tpl").mkdir()
    (tmp_path / "cv.pdf").write_bytes(b"%PDF")
    text = (
        MINIMAL.replace('password_env = "MAIL_PASSWORD"', 'password_file = "secrets/pw"')
        + """
tls = "starttls"
ca_file = "ca.pem"
lookback_days = 30
timeout_seconds = 12.5
[accounts.folders]
drafts = "Entwürfe"
[schedule]
workdays = ["sun", "MON", "tue"]
business_start = 08:15:00
business_end = "18:00"
holiday_country = "de"
holiday_subdivision = "by"
[policy]
max_followups = 0
status_check_time = "10:05"
[policy.expiry_days]
rejection_reply = 30
[templates]
directory = "tpl"
[templates.attachments]
followup = ["cv.pdf"]
[storage]
state_dir = "~/state"
"""
    )
    cfg = load_config(write(tmp_path, text), ENV)
    acct = cfg.accounts[0]
    assert acct.tls == "starttls" and acct.port == 143
    assert acct.credential.source == "file"
    assert acct.credential.value == str(tmp_path / "secrets" / "pw")
    assert acct.ca_file == tmp_path / "ca.pem"
    assert acct.lookback_days == 30 and acct.timeout_seconds == 12.5
    assert acct.folders.drafts == "Entwürfe"
    assert cfg.schedule.workdays == (0, 1, 6)
    assert cfg.schedule.business_start == time(8, 15)
    assert cfg.schedule.business_end == time(18, 0)
    assert (cfg.schedule.holiday_country, cfg.schedule.holiday_subdivision) == ("DE", "BY")
    assert cfg.policy.max_followups == 0 and cfg.policy.status_check_time == time(10, 5)
    assert cfg.policy.expiry(ActionKind.REJECTION_REPLY) == 30
    assert cfg.policy.expiry(ActionKind.THANK_YOU) == 3
    assert cfg.templates.directory == tmp_path / "tpl"
    assert cfg.templates.attachments["followup"] == (tmp_path / "cv.pdf",)
    assert cfg.storage.state_dir == Path("/home/jane/state")


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("port", "abc", "accounts[0].port: expected an integer 1-65535, got 'abc'"),
        ("port", 70000, "accounts[0].port: expected an integer 1-65535, got 70000"),
        ("port", True, "accounts[0].port: expected an integer 1-65535, got true"),
        (
            "tls",
            "ssl",
            "accounts[0].tls: expected one of 'implicit', 'starttls', 'none', got 'ssl'",
        ),
        ("idle_renew_seconds", 1740, "accounts[0].idle_renew_seconds: expected an integer 30-600"),
        ("timeout_seconds", 0, "accounts[0].timeout_seconds: expected a number 1-600, got 0"),
        ("host", "imaps://x.org", "accounts[0].host: expected a host name or IP address"),
        ("name", "my account", "accounts[0].name: expected a name of letters, digits"),
        ("username", "", "accounts[0].username: expected a non-empty string, got ''"),
        ("folders", "Sent", "accounts[0].folders: expected a table, got 'Sent'"),
        ("ca_file", "/nonexistent/ca.pem", "accounts[0].ca_file: file not found: /nonexistent"),
        (
            "password_env",
            "MY-VAR",
            "accounts[0].password_env: expected the name of an environment variable",
        ),
        (
            "password_credential",
            "../x",
            "accounts[0].password_credential: expected the name of a systemd credential",
        ),
    ],
)
def test_account_value_problems(key: str, value: object, expected: str) -> None:
    problems = parse_problems(base(**{f"account_{key}": value}))
    assert len(problems) == 1, problems
    assert problems[0].startswith(expected)


@pytest.mark.parametrize(
    ("section", "value", "expected"),
    [
        (
            "schedule",
            {"timezone": "Europe/Berln"},
            "schedule.timezone: unknown time zone 'Europe/Berln'; did you mean 'Europe/Berlin'?",
        ),
        (
            "schedule",
            {"timezone": "Nowhere"},
            "schedule.timezone: unknown time zone 'Nowhere'; expected an IANA name",
        ),
        (
            "schedule",
            {"holiday_country": "XX"},
            "schedule.holiday_country: unsupported country code 'XX'",
        ),
        (
            "schedule",
            {"holiday_country": "US", "holiday_subdivision": "ZZ"},
            "schedule.holiday_subdivision: unknown subdivision 'ZZ' of US; expected one of: AK",
        ),
        (
            "schedule",
            {"holiday_subdivision": "BY"},
            "schedule.holiday_subdivision: needs holiday_country",
        ),
        (
            "schedule",
            {"workdays": ["mon", "monday"]},
            "schedule.workdays[1]: expected one of mon, tue",
        ),
        ("schedule", {"workdays": []}, "schedule.workdays: empty"),
        (
            "schedule",
            {"business_end": datetime(2024, 5, 1, 17, 0)},
            "schedule.business_end: expected a time of day like 09:30, got 2024-05-01T17:00:00",
        ),
        (
            "schedule",
            {"business_start": "9am"},
            "schedule.business_start: expected a time of day like 09:30, got '9am'",
        ),
        (
            "schedule",
            {"business_start": time(18), "business_end": time(9)},
            "schedule.business_end: expected a time later than business_start (18:00), got 09:00",
        ),
        (
            "policy",
            {"min_confidence": 1.5},
            "policy.min_confidence: expected a number 0-1, got 1.5",
        ),
        ("policy", {"thank_you": "yes"}, "policy.thank_you: expected true or false, got 'yes'"),
        ("policy", {"max_followups": 11}, "policy.max_followups: expected an integer 0-10, got 11"),
        (
            "policy",
            {"expiry_days": {"thank_you": 0}},
            "policy.expiry_days.thank_you: expected an integer 1-365, got 0",
        ),
        (
            "identity",
            {"name": "Jane", "email": "jane@localhost"},
            "identity.email: expected an address like you@example.com, got 'jane@localhost'",
        ),
        (
            "identity",
            {"name": "Jane\nBcc: x@y.z", "email": "j@x.org"},
            "identity.name: expected your name on one line",
        ),
        (
            "identity",
            {"name": "J", "email": "j@x.org", "aliases": ["nope"]},
            "identity.aliases[0]: expected an address like you@example.com, got 'nope'",
        ),
        (
            "identity",
            {"name": "J", "email": "j@x.org", "pitch": "text"},
            "identity.pitch: expected an array of non-empty strings, got 'text'",
        ),
        (
            "templates",
            {"directory": "/nonexistent/tpl"},
            "templates.directory: directory not found: /nonexistent/tpl",
        ),
        (
            "templates",
            {"attachments": {"followup": ["/nonexistent/cv.pdf"]}},
            "templates.attachments.followup[0]: file not found: /nonexistent/cv.pdf",
        ),
        (
            "templates",
            {"attachments": {"thankyou": []}},
            "templates.attachments.thankyou: unknown key; did you mean 'thank_you'?",
        ),
        ("storage", {"state_dir": 5}, "storage.state_dir: expected a non-empty string, got 5"),
        ("storage", "here", "storage: expected a table, got 'here'"),
    ],
)
def test_section_value_problems(section: str, value: object, expected: str) -> None:
    problems = parse_problems(base(**{section: value}))
    assert len(problems) == 1, problems
    assert problems[0].startswith(expected), problems[0]


def test_unknown_keys_suggest_the_nearest_name() -> None:
    data = base(account_prot=993, shedule={}, policy={"folowup_interval_days": 3, "zzz": 1})
    assert parse_problems(data) == [
        "shedule: unknown key; did you mean 'schedule'?",
        "accounts[0].prot: unknown key; did you mean 'port'?",
        "policy.folowup_interval_days: unknown key; did you mean 'followup_interval_days'?",
        "policy.zzz: unknown key; expected one of: " + ", ".join(config_module._POLICY_KEYS),
    ]


def test_plain_password_is_refused_naming_the_alternatives() -> None:
    account = {"name": "a", "host": "imap.example.com", "username": "u", "password": "hunter2"}
    data = {"identity": {"name": "J", "email": "j@x.org"}, "accounts": [account]}
    (problem,) = parse_problems(data)
    assert problem.startswith("accounts[0].password: plain passwords are not accepted")
    for alternative in (
        "password_command",
        "password_file",
        "password_env",
        "password_credential",
        "oauth2_token_command",
    ):
        assert alternative in problem
    assert "hunter2" not in problem


def test_credential_must_be_exactly_one() -> None:
    data = base()
    del data["accounts"][0]["password_command"]
    (missing,) = parse_problems(data)
    assert missing.startswith("accounts[0]: no credential; set exactly one of password_command")
    (several,) = parse_problems(base(account_password_file="pw"))
    assert several == (
        "accounts[0]: several credential sources (password_command, password_file); keep one"
    )


def test_credential_values_are_never_repeated_in_problems() -> None:
    pasted = "correct/horse battery"  # a password typed where a name belongs
    for key, value in [
        ("password_env", pasted),
        ("password_credential", pasted),
        ("password_command", 12345),
        ("password_command", ""),
    ]:
        (problem,) = parse_problems(base(**{f"account_{key}": value}))
        assert problem.startswith(f"accounts[0].{key}: expected ")
        assert pasted not in problem and "12345" not in problem


def test_oauth2_and_systemd_credentials() -> None:
    data = base()
    del data["accounts"][0]["password_command"]
    data["accounts"][0]["oauth2_token_command"] = "get-token jane"
    cfg = parse_config(data, source="cfg", env=ENV)
    assert cfg.accounts[0].credential.mechanism == "xoauth2"
    assert cfg.accounts[0].credential.source == "oauth2_command"
    assert cfg.accounts[0].credential.key == "oauth2_token_command"
    del data["accounts"][0]["oauth2_token_command"]
    data["accounts"][0]["password_credential"] = "imap-password"
    cred = parse_config(data, source="cfg", env=ENV).accounts[0].credential
    assert (cred.source, cred.value, cred.mechanism) == ("systemd", "imap-password", "login")


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.10", "::1", "[::1]", "localhost"])
def test_plaintext_allowed_on_loopback_with_explicit_opt_in(host: str) -> None:
    cfg = parse_config(
        base(account_host=host, account_tls="none", account_allow_plaintext=True),
        source="cfg",
        env=ENV,
    )
    assert cfg.accounts[0].tls == "none" and cfg.accounts[0].port == 143


def test_plaintext_refused_for_remote_host_and_without_opt_in() -> None:
    (remote,) = parse_problems(
        base(account_host="10.0.0.5", account_tls="none", account_allow_plaintext=True)
    )
    assert remote.startswith(
        "accounts[0].tls: 'none' (plaintext) is refused for the non-loopback host '10.0.0.5'"
    )
    (unconfirmed,) = parse_problems(base(account_host="127.0.0.1", account_tls="none"))
    assert unconfirmed.startswith("accounts[0].tls: 'none' sends the password unencrypted")
    assert "allow_plaintext = true" in unconfirmed


def test_missing_required_pieces() -> None:
    assert parse_problems({}) == [
        "identity: missing; add an [identity] table with name and email",
        "accounts: missing; add at least one [[accounts]] table",
    ]
    assert parse_problems(base(accounts=[])) == [
        "accounts: empty; add at least one [[accounts]] table"
    ]
    assert parse_problems(base(accounts={"name": "x"})) == [
        "accounts: expected an array of tables ([[accounts]]), got a table"
    ]
    assert parse_problems(base(identity={})) == [
        "identity.name: missing; expected your name on one line",
        "identity.email: missing; expected an address like you@example.com",
    ]
    assert parse_problems(base(identity={"signature": "x"})) == [
        "identity.name: missing; expected your name on one line",
        "identity.email: missing; expected an address like you@example.com",
    ]
    acct = {"password_env": "X"}
    assert parse_problems(base(accounts=[acct])) == [
        "accounts[0].name: missing; expected a name of letters, digits and ._@+- (at most 64)",
        "accounts[0].host: missing; expected a host name or IP address like 'imap.example.com'",
        "accounts[0].username: missing; expected a non-empty string",
    ]


def test_duplicate_account_names() -> None:
    data = base()
    data["accounts"].append(dict(data["accounts"][0]))
    data["accounts"].append(dict(data["accounts"][0], name="other"))
    assert parse_problems(data) == ["accounts[1].name: duplicate account name 'main'"]


def test_every_problem_is_reported_in_one_go(tmp_path: Path) -> None:
    text = """
[identity]
name = "Jane"
email = "not-an-address"

[[accounts]]
name = "main"
host = "mail.example.com"
port = "abc"
tls = "none"
username = "jane"
password = "secret-value"

[[accounts]]
name = "main"
host = "imap.example.com"
username = "jane"
password_env = "PW"
idle_renew = 600

[schedule]
timezone = "Mars/Olympus"
holiday_country = "QQ"
"""
    problems = problems_of(tmp_path, text)
    assert problems == [
        "accounts[0].password: plain passwords are not accepted in the config file; use one of "
        "password_command, password_file, password_env, password_credential, "
        "oauth2_token_command (password_credential reads a systemd credential)",
        "accounts[0].tls: 'none' (plaintext) is refused for the non-loopback host "
        "'mail.example.com'; use 'implicit' or 'starttls' (plaintext is only for 127.0.0.1, "
        "::1 or localhost)",
        "accounts[0].port: expected an integer 1-65535, got 'abc'",
        "accounts[1].idle_renew: unknown key; did you mean 'idle_renew_seconds'?",
        "accounts[1].name: duplicate account name 'main'",
        "identity.email: expected an address like you@example.com, got 'not-an-address'",
        "schedule.timezone: unknown time zone 'Mars/Olympus'; expected an IANA name like "
        "'Europe/Berlin'",
        "schedule.holiday_country: unsupported country code 'QQ'; expected an ISO 3166 code "
        "that the holidays package knows, like 'US', 'GB' or 'DE'",
    ]
    assert not any("secret-value" in p for p in problems)


def test_toml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, '[identity]\nname = "Jane"\nemail = jane@example.com\n')
    with pytest.raises(ConfigError) as info:
        load_config(path, ENV)
    (problem,) = info.value.problems
    assert problem.startswith(f"{path}: line 3, column 9: TOML syntax error: ")
    assert info.value.exit_code == 78


def test_unreadable_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as missing:
        load_config(tmp_path / "absent.toml", ENV)
    assert missing.value.problems == [
        f"{tmp_path / 'absent.toml'}: no such file; create one with `followupd init` or pass "
        "--config"
    ]
    with pytest.raises(ConfigError) as is_dir:
        load_config(tmp_path, ENV)
    assert is_dir.value.problems[0].startswith(f"{tmp_path}: cannot read: ")
    binary = tmp_path / "bin.toml"
    binary.write_bytes(b'# ok\n# ok\nname = "\xff"\n')
    with pytest.raises(ConfigError) as not_utf8:
        load_config(binary, ENV)
    assert not_utf8.value.problems == [f"{binary}: line 3: not valid UTF-8 text"]


def test_a_utf8_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + MINIMAL.lstrip().encode("utf-8"))
    cfg = load_config(path, ENV)
    assert cfg.identity.name == "Jane Doe"
    assert cfg.accounts[0].host == "imap.example.com"
    # Only a leading mark is dropped: one inside a value is the user's text and stays.
    path.write_bytes(b"\xef\xbb\xbf" + MINIMAL.replace("Jane Doe", "Jane\ufeffDoe").encode())
    assert load_config(path, ENV).identity.name == "Jane\ufeffDoe"


def test_default_config_path_order() -> None:
    assert default_config_path({"FOLLOWUPD_CONFIG": "~/f.toml", "HOME": "/h"}) == Path("/h/f.toml")
    assert default_config_path(
        {"CONFIGURATION_DIRECTORY": "/etc/followupd:/etc/other", "XDG_CONFIG_HOME": "/x"}
    ) == Path("/etc/followupd/config.toml")
    assert default_config_path({"XDG_CONFIG_HOME": "/x", "HOME": "/h"}) == Path(
        "/x/followupd/config.toml"
    )
    # XDG says relative values are invalid and must be ignored.
    assert default_config_path({"XDG_CONFIG_HOME": "rel", "HOME": "/h"}) == Path(
        "/h/.config/followupd/config.toml"
    )


def test_default_state_dir_order() -> None:
    assert default_state_dir({"STATE_DIRECTORY": "/var/lib/followupd"}) == Path(
        "/var/lib/followupd"
    )
    assert default_state_dir({"XDG_STATE_HOME": "/s", "HOME": "/h"}) == Path("/s/followupd")
    assert default_state_dir({"HOME": "/h"}) == Path("/h/.local/state/followupd")
    data = base()
    cfg = parse_config(data, source="cfg", env={"STATE_DIRECTORY": "/var/lib/f", "HOME": "/h"})
    assert cfg.storage.state_dir == Path("/var/lib/f")


def test_config_is_frozen_and_account_lookup() -> None:
    cfg = parse_config(base(), source="cfg", env=ENV)
    assert cfg.account("main").host == "imap.example.com"
    with pytest.raises(KeyError):
        cfg.account("absent")
    with pytest.raises(AttributeError):
        cfg.accounts[0].port = 1  # type: ignore[misc]
    assert cfg.identity.addresses == ("jane@example.com",)


# ---- [notify]: the digest's SMTP relay, schedule and (own) recipient.


def notify(**values: Any) -> dict[str, Any]:
    """A decoded config with an [identity] that has one alias, and a [notify] table."""
    data = base(notify=values)
    data["identity"]["aliases"] = ["jane@example.org"]
    return data


def test_example_notify_block_loads_when_uncommented(tmp_path: Path) -> None:
    text = (REPO / "config.example.toml").read_text(encoding="utf-8")
    start = text.index("# [notify]")
    block = re.findall(r"^# ([a-z_]+ = .*)$", text[start:], flags=re.M)
    (tmp_path / "certs").mkdir()
    (tmp_path / "certs" / "my-ca.pem").write_text("x")
    cfg = load_config(write(tmp_path, text[:start] + "[notify]\n" + "\n".join(block)), ENV)
    n = cfg.notify
    assert (n.enabled, n.host, n.port, n.tls) == (True, "smtp.example.com", 465, "implicit")
    assert n.username == "jane.doe@example.com" and n.credential is not None
    assert (n.credential.source, n.credential.mechanism) == ("command", "login")
    assert n.ca_file == tmp_path / "certs" / "my-ca.pem"
    assert (n.schedule, n.to) == ("08:00", "jane@example.org")
    assert n.recipient(cfg.identity) == "jane@example.org"


def test_notify_defaults_ports_and_own_recipient() -> None:
    cfg = parse_config(notify(enabled=True, host="SMTP.Example.com"), source="cfg", env=ENV)
    assert cfg.notify == NotifyConfig(enabled=True, host="smtp.example.com")
    assert cfg.notify.recipient(cfg.identity) == "jane@example.com"
    starttls = parse_config(
        notify(enabled=True, host="smtp.example.com", tls="starttls", to="Jane@Example.ORG"),
        source="cfg",
        env=ENV,
    ).notify
    assert (starttls.port, starttls.to, starttls.credential) == (587, "jane@example.org", None)
    local = parse_config(
        notify(enabled=True, host="127.0.0.1", tls="none", allow_plaintext=True, port=2525),
        source="cfg",
        env=ENV,
    ).notify
    assert (local.tls, local.port) == ("none", 2525)
    # Switched off, the table may stay half-filled: no host needed.
    assert parse_config(notify(enabled=False), source="cfg", env=ENV).notify.enabled is False


def test_notify_credentials_use_the_account_keys() -> None:
    smtp = {"enabled": True, "host": "smtp.example.com", "username": "jane@example.com"}
    oauth = parse_config(
        notify(**smtp, oauth2_token_command="get-token smtp"), source="cfg", env=ENV
    ).notify
    assert oauth.credential is not None and oauth.credential.mechanism == "xoauth2"
    cred = parse_config(notify(**smtp, password_env="SMTP_PW"), source="cfg", env=ENV).notify
    assert cred.credential is not None and cred.credential.key == "password_env"
    assert parse_problems(notify(**smtp)) == [
        "notify: no credential; set exactly one of password_command, password_file, "
        "password_env, password_credential, oauth2_token_command"
    ]
    assert parse_problems(notify(enabled=True, host="smtp.example.com", password_env="PW")) == [
        "notify.username: missing; a credential needs the login name, often your address"
    ]
    (refused,) = parse_problems(notify(**smtp, password="hunter2"))
    assert refused.startswith("notify.password: plain passwords are not accepted")
    assert "hunter2" not in refused
    (pasted,) = parse_problems(notify(**smtp, password_env="not a name"))
    assert pasted == "notify.password_env: expected the name of an environment variable " + (
        "(letters, digits, _)"
    )


def test_notify_problems_all_at_once_with_key_paths() -> None:
    data = notify(
        enabled=True,
        tls="none",
        to="boss@example.com",
        shedule="08:00",
        port=0,
        ca_file="missing.pem",
    )
    assert parse_problems(data) == [
        "notify.shedule: unknown key; did you mean 'schedule'?",
        "notify.host: missing; expected the SMTP server's host name or IP address like "
        "'smtp.example.com'",
        "notify.tls: 'none' sends the password unencrypted; confirm with allow_plaintext = true "
        "in this [notify] table (loopback hosts only)",
        "notify.port: expected an integer 1-65535, got 0",
        f"notify.ca_file: file not found: {Path('missing.pem').resolve()}",
        "notify.to: the digest only goes to your own address; expected identity.email or one "
        "of identity.aliases (jane@example.com, jane@example.org), got 'boss@example.com'",
    ]
    (remote,) = parse_problems(
        notify(enabled=True, host="smtp.example.com", tls="none", allow_plaintext=True)
    )
    assert remote.startswith("notify.tls: 'none' (plaintext) is refused for the non-loopback")
    assert parse_problems(base(notify="yes")) == ["notify: expected a table, got 'yes'"]


@pytest.mark.parametrize(
    ("given", "normalised"),
    [
        ("08:00", "08:00"),
        ("7:05", "07:05"),
        (time(18, 30), "18:30"),
        ("30 7 * * MON-FRI", "30 7 * * mon-fri"),
        ("0 8,12  * * *", "0 8,12 * * *"),
        ("*/15 9-17 1-7 jan-mar,dec sat,sun", "*/15 9-17 1-7 jan-mar,dec sat,sun"),
    ],
)
def test_schedule_daily_time_or_crontab(given: object, normalised: str) -> None:
    assert as_schedule(given) == normalised
    cfg = parse_config(notify(schedule=given), source="cfg", env=ENV)
    assert cfg.notify.schedule == normalised


@pytest.mark.parametrize(
    "given",
    [
        "24:00",
        "8",
        "8h",
        "* * * *",
        "* * * * * *",
        "60 * * * *",
        "0 24 * * *",
        "0 7 0 * *",
        "0 7 * 13 *",
        "0 7 * * 1-5",  # numbered weekdays mean different days to different cron readers
        "*/0 * * * *",
        "0 7 * * funday",
        "0 7 * mon *",
        8,
        ["08:00"],
    ],
)
def test_schedule_rejects_what_is_not_a_time_or_crontab(given: object) -> None:
    assert as_schedule(given) is None
    (problem,) = parse_problems(notify(schedule=given))
    assert problem.startswith("notify.schedule: expected a daily time like '08:00' or a 5-field")
